import KlyngeEcosystem

/// A report as one self-contained HTML page: inline CSS, an optional inline SVG map,
/// a table of contents, and tables that sort by any column on a click (a few lines of
/// inline JavaScript; no network access, no external files).
extension Report {
    /// - Parameters:
    ///   - mapSVG: an SVG document (as Graphviz writes it) shown after the summary; its XML
    ///     prolog and DOCTYPE are dropped so it can sit inside the page.
    ///   - generator: a line for the footer (e.g. the command and version).
    public func renderHTML(mapSVG: String? = nil, generator: String = "Klynge") -> String {
        var out = """
            <!DOCTYPE html>
            <html lang="en">
            <head>
            <meta charset="utf-8">
            <meta name="viewport" content="width=device-width, initial-scale=1">
            <title>\(Escape.html(title))</title>
            <style>
            \(Self.css)
            </style>
            </head>
            <body>
            <header><h1>\(Escape.html(title))</h1>\(lead.isEmpty ? "" : "<p>\(Escape.html(lead))</p>")</header>
            <nav><ol>
            """
        // The map goes after the summary sections, before the first ranking (or last).
        let mapAfter =
            mapSVG == nil
            ? nil
            : (sections.indices.first { $0 + 1 < sections.count && sections[$0 + 1].key.hasPrefix("top_") } ?? sections
                .count - 1)
        if !highlights.isEmpty { out += "<li><a href=\"#findings\">Key findings</a></li>" }
        if mapAfter == -1 { out += "<li><a href=\"#map\">Ecosystem map</a></li>" }
        for (i, s) in sections.enumerated() {
            out += "<li><a href=\"#\(Escape.html(s.key))\">\(Escape.html(s.title))</a></li>"
            if i == mapAfter { out += "<li><a href=\"#map\">Ecosystem map</a></li>" }
        }
        out += "</ol></nav>\n<main>\n"
        if !highlights.isEmpty {
            out +=
                "<section id=\"findings\"><h2>Key findings</h2><ul>"
                + highlights.map { "<li>\(Escape.html($0))</li>" }.joined() + "</ul></section>\n"
        }
        if let svg = mapSVG, mapAfter == -1 { out += Self.mapSection(svg) }
        for (i, s) in sections.enumerated() {
            out += "<section id=\"\(Escape.html(s.key))\"><h2>\(Escape.html(s.title))</h2>\n"
            if !s.note.isEmpty { out += "<p class=\"note\">\(Escape.html(s.note))</p>\n" }
            if !s.figures.isEmpty {
                out += "<div class=\"charts\" style=\"display:flex;flex-wrap:wrap;gap:1rem\">"
                out += s.figures.joined(separator: "\n") + "</div>\n"
            }
            out += s.table.columns.isEmpty ? "" : s.table.html()
            out += "</section>\n"
            if let svg = mapSVG, i == mapAfter { out += Self.mapSection(svg) }
        }
        out += "</main>\n<footer>Made by \(Escape.html(generator)). Click a column heading to sort.</footer>\n"
        out += "<script>\n\(Self.sortScript)\n</script>\n</body>\n</html>\n"
        return out
    }

    static func mapSection(_ svg: String) -> String {
        var body = Substring(svg)
        if let start = body.range(of: "<svg") { body = body[start.lowerBound...] }
        return
            "<section id=\"map\"><h2>Ecosystem map</h2><p class=\"note\">Hover over a member for its name, kind, clusters and centralities.</p><div class=\"map\">\(body)</div></section>\n"
    }

    static let css = """
        body{font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;margin:0 auto;max-width:1200px;padding:0 1.5rem 3rem;color:#222;line-height:1.45}
        h1{font-size:1.6rem;margin:1.5rem 0 .5rem}h2{font-size:1.2rem;margin:2rem 0 .4rem;border-bottom:1px solid #ddd;padding-bottom:.2rem}
        nav ol{columns:2;font-size:.9rem;padding-left:1.2rem}p.note{color:#555;font-size:.92rem;max-width:60rem}
        table{border-collapse:collapse;font-size:.85rem;margin:.4rem 0;display:block;overflow-x:auto;max-width:100%}
        th,td{padding:.25rem .6rem;border-bottom:1px solid #eee;text-align:left;white-space:nowrap}
        th{background:#f4f6f8;cursor:pointer;user-select:none;position:sticky;top:0}th:hover{background:#e6ebf0}
        th.asc::after{content:" ▲"}th.desc::after{content:" ▼"}td.num{text-align:right;font-variant-numeric:tabular-nums}
        tr:nth-child(even) td{background:#fafbfc}.map svg{max-width:100%;height:auto;border:1px solid #eee}
        footer{margin-top:3rem;color:#777;font-size:.8rem}
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
    /// The table as HTML: numbers right-aligned and shown short, with the exact value in
    /// `data-v` for sorting.
    func html() -> String {
        var out =
            "<table><thead><tr>" + columns.map { "<th>\(Escape.html($0))</th>" }.joined()
            + "</tr></thead><tbody>\n"
        for r in rows {
            out += "<tr>"
            for c in r {
                switch c {
                case .text(let s): out += "<td>\(Escape.html(s))</td>"
                default:
                    out += "<td class=\"num\" data-v=\"\(Table.exact(c))\">\(Escape.html(Table.short(c)))</td>"
                }
            }
            out += "</tr>\n"
        }
        return out + "</tbody></table>\n"
    }
}
