import KlyngeEcosystem

/// A report as one self-contained HTML page: inline CSS (with a print stylesheet for A4), an
/// optional inline SVG map, a table of contents, and tables that sort by any column on a
/// click (a few lines of inline JavaScript; no network access, no external files).
///
/// A report with key findings opens with its board page: the title, the map, the findings
/// with why each matters, and the board's charts; the contents and the analyst sections follow
/// (printed from a new page each).
extension Report {
    /// - Parameters:
    ///   - mapSVG: an SVG document (as Graphviz writes it) shown first on the board page; its
    ///     XML prolog and DOCTYPE are dropped so it can sit inside the page.
    ///   - generator: a line for the footer (e.g. the command and version).
    public func renderHTML(mapSVG: String? = nil, generator: String = "Klynge") -> String {
        renderHTML(mapFigure: mapSVG.map(Self.inlineSVG), generator: generator)
    }

    /// The page with `mapFigure` (HTML: an inline SVG or an image) as the board page's map.
    ///
    /// - Parameters:
    ///   - mapFigure: the map as HTML, or nil for none.
    ///   - generator: a line for the footer.
    /// - Complexity: O(size of the report).
    public func renderHTML(mapFigure: String?, generator: String) -> String {
        let text = self.text
        var out = """
            <!DOCTYPE html>
            <html lang="\(language.code)">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Escape.html(title))</title>
            <style>
            \(Self.css)
            </style>
            </head>
            <body>

            """
        out += "<header><h1>\(Escape.html(title))</h1>\(lead.isEmpty ? "" : "<p>\(Escape.html(lead))</p>")</header>\n"
        let hasBoard = mapFigure != nil || !findings.isEmpty || !highlights.isEmpty || !boardFigures.isEmpty
        if hasBoard {
            out += "<div class=\"board\">\n"
            if let mapFigure {
                out += "<section id=\"map\"><h2>\(Escape.html(text("board.map")))</h2>"
                out += "<div class=\"map\">\(mapFigure)</div>"
                out += "<p class=\"note\">\(Escape.html(text("board.map.note")))</p></section>\n"
            }
            if !findings.isEmpty || !highlights.isEmpty {
                out += "<section id=\"findings\"><h2>\(Escape.html(text("board.findings")))</h2><ol class=\"findings\">"
                if findings.isEmpty {
                    out += highlights.map { "<li>\(Escape.html($0))</li>" }.joined()
                } else {
                    out += findings.map {
                        "<li><span class=\"finding\">\(Escape.html($0.statement))</span> <span class=\"why\"><b>\(Escape.html(text("board.why")))</b> \(Escape.html($0.why))</span></li>"
                    }.joined()
                }
                out += "</ol></section>\n"
            }
            if !boardFigures.isEmpty {
                out += "<div class=\"charts\">" + boardFigures.joined(separator: "\n") + "</div>\n"
            }
            out += "</div>\n"
        }
        if !sections.isEmpty {
            out += "<nav><h2>\(Escape.html(text("board.contents")))</h2><ol>"
            for s in sections { out += "<li><a href=\"#\(Escape.html(s.key))\">\(Escape.html(s.title))</a></li>" }
            out += "</ol></nav>\n"
        }
        out += "<main>\n"
        for s in sections {
            out += "<section id=\"\(Escape.html(s.key))\"><h2>\(Escape.html(s.title))</h2>\n"
            if !s.note.isEmpty { out += "<p class=\"note\">\(Escape.html(s.note))</p>\n" }
            if !s.figures.isEmpty {
                out += "<div class=\"charts\">"
                out += s.figures.joined(separator: "\n") + "</div>\n"
            }
            let (table, hidden) = s.shown
            out += table.columns.isEmpty ? "" : table.html(text)
            if hidden > 0 { out += "<p class=\"note\">\(Escape.html(text("rows.more", text.count(hidden))))</p>\n" }
            out += "</section>\n"
        }
        out += "</main>\n<footer>\(Escape.html(text("footer.made", generator)))</footer>\n"
        out += "<script>\n\(Self.sortScript)\n</script>\n</body>\n</html>\n"
        return out
    }

    /// `svg` without what precedes its `<svg` element (XML prolog, DOCTYPE).
    static func inlineSVG(_ svg: String) -> String {
        guard let start = svg.range(of: "<svg") else { return svg }
        return String(svg[start.lowerBound...])
    }

    /// Screen: at most 1200 px wide, tables as wide as the page with cells that wrap (no
    /// sideways scrolling). Print (A4): the board page first with the map, every analyst
    /// section from a new page, tables in a smaller type with every column shown.
    static let css = """
        body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;margin:0 auto;max-width:1200px;padding:0 1.5rem 3rem;color:#222;line-height:1.45}
        h1{font-size:1.6rem;margin:1.5rem 0 .5rem}h2{font-size:1.2rem;margin:2rem 0 .4rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
        nav ol{columns:2;font-size:.9rem;padding-left:1.2rem}p.note{color:#555;font-size:.92rem;max-width:60rem}
        ol.findings{padding-left:1.4rem}ol.findings li{margin:.45rem 0}.finding{font-weight:600}.why{display:block;color:#444;font-size:.92rem}
        .charts{display:flex;flex-wrap:wrap;gap:1rem}.charts svg{max-width:100%;height:auto}
        table{border-collapse:collapse;font-size:.85rem;margin:.4rem 0;width:100%;max-width:100%;table-layout:auto}
        th,td{padding:.25rem .5rem;border-bottom:1px solid #eee;text-align:left;vertical-align:top;overflow-wrap:anywhere}
        th{background:#f4f6f8;cursor:pointer;user-select:none;position:sticky;top:0;font-weight:600}th:hover{background:#e6ebf0}
        th.asc::after{content:" ▲"}th.desc::after{content:" ▼"}td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap;overflow-wrap:normal}
        tr:nth-child(even) td{background:#fafbfc}.map svg{max-width:100%;height:auto;border:1px solid #eee}
        footer{margin-top:3rem;color:#777;font-size:.8rem}
        @media print{
        @page{size:A4;margin:10mm 11mm}
        html{font-size:8.5pt}body{max-width:none;padding:0;font-size:8.5pt;line-height:1.25}
        h1{font-size:14pt;margin:0 0 1.5mm}h2{font-size:11pt;margin:2.5mm 0 1mm}header p{margin:0 0 1mm}
        .board{break-after:page}.board .map svg{max-height:105mm;width:auto;max-width:100%;display:block;margin:0 auto}
        .board h2{margin-top:1.5mm}.board p.note{margin:.5mm 0;font-size:7.5pt}
        ol.findings{margin:0}ol.findings li{margin:.6mm 0;break-inside:avoid}.why{font-size:8pt}
        .charts svg{max-height:38mm;width:auto}
        nav{break-after:page}nav ol{columns:2}
        main>section{break-before:page}
        table{font-size:7pt;width:100%}th,td{padding:.4mm 1mm;white-space:normal}td.num{white-space:nowrap}
        th{position:static;background:#eee!important}tr{break-inside:avoid}thead{display:table-header-group}
        th.asc::after,th.desc::after{content:""}footer{font-size:7pt}
        }
        """

    static let sortScript = """
        document.querySelectorAll("table").forEach(function (table) {
          table.querySelectorAll("th").forEach(function (th, col) {
            th.addEventListener("click", function () {
              var body = table.tBodies[0], rows = Array.prototype.slice.call(body.rows);
              var asc = !th.classList.contains("asc");
              table.querySelectorAll("th").forEach(function (h) { h.classList.remove("asc", "desc"); });
              th.classList.add(asc ? "asc" : "desc");
              rows.sort(function (a, b) {
                var x = a.cells[col].getAttribute("data-v") || a.cells[col].textContent;
                var y = b.cells[col].getAttribute("data-v") || b.cells[col].textContent;
                var nx = parseFloat(x), ny = parseFloat(y);
                var c = (!isNaN(nx) && !isNaN(ny)) ? nx - ny : x.localeCompare(y);
                return asc ? c : -c;
              });
              rows.forEach(function (r) { body.appendChild(r); });
            });
          });
        });
        """
}

extension Table {
    /// The table as HTML: numbers right-aligned and shown as people read them in `text`'s
    /// language (``ColumnStyle``), with the exact value in `data-v` for sorting.
    func html(_ text: ReportText = .english) -> String {
        var out =
            "<table><thead><tr>" + columns.map { "<th>\(Escape.html($0))</th>" }.joined()
            + "</tr></thead><tbody>\n"
        for r in rows {
            out += "<tr>"
            for (i, c) in r.enumerated() {
                switch c {
                case .text(let s): out += "<td>\(Escape.html(s))</td>"
                case .number(let x) where !x.isFinite: out += "<td>\(Escape.html(text("value.undefined")))</td>"
                default:
                    out +=
                        "<td class=\"num\" data-v=\"\(Table.exact(c))\">\(Escape.html(human(c, column: i, text)))</td>"
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }
}
