import KlyngeEcosystem

extension InteractiveMap {
    /// The map as one self-contained HTML file: the drawing, its data, and the map's CSS and
    /// script inline, so it opens from disk (`file://`) with no server and no network. A
    /// Content-Security-Policy in the page forbids every request (`default-src 'none'`).
    /// Clicking a member opens an in-page card with its attributes and partners.
    ///
    /// ```swift
    /// try map.standaloneHTML(title: "Health clusters").write(toFile: "map.html", atomically: true, encoding: .utf8)
    /// ```
    /// - Complexity: O(|svg| + size of the members' data).
    public func standaloneHTML(title: String) -> String {
        let head = [
            "<!DOCTYPE html>",
            "<html lang=\"en\">",
            "<head>",
            "<meta charset=\"utf-8\">",
            "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">",
            "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; script-src 'unsafe-inline'; "
                + "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'\">",
            "<meta name=\"generator\" content=\"Klynge\">",
            "<title>\(Escape.html(title))</title>",
            "<style>\n\(InteractiveMapAssets.style)</style>",
            "</head>",
            "<body class=\"klynge-map-page\">",
            "<h1>\(Escape.html(title))</h1>",
        ]
        let notes = subtitle.map { "<p class=\"klynge-map-note\">\(Escape.html($0))</p>" }
        return (head + notes).joined(separator: "\n") + "\n" + fragment(links: nil)
            + "<script>\n\(InteractiveMapAssets.script)</script>\n</body>\n</html>\n"
    }

    /// The map as a fragment of the server's page: no inline script and no `style`
    /// attribute (the page loads ``InteractiveMapAssets/script`` and
    /// ``InteractiveMapAssets/style`` as files), the data in
    /// `<script type="application/json" id="klynge-map-data">`. Each member's shape is a
    /// link to `memberLink(id)`, followed with or without script.
    ///
    /// ```swift
    /// let html = map.embeddedHTML { id in "/members/" + percentEncoded(id) }
    /// ```
    /// - Complexity: O(|svg| + size of the members' data).
    public func embeddedHTML(memberLink: (String) -> String) -> String {
        withoutActuallyEscaping(memberLink) { fragment(links: $0) }
    }

    /// The part both outputs share: tools, drawing, hover card, member card, help and data.
    func fragment(links: ((String) -> String)?) -> String {
        """
        <section class="klynge-map" id="klynge-map" aria-label="\(Escape.html("Interactive map: " + title))">
        <div class="klynge-map-tools" id="klynge-map-tools" role="search">
        <div class="klynge-map-field klynge-map-find"><label for="klynge-map-search">Find a member</label>\
        <input type="search" id="klynge-map-search" autocomplete="off" spellcheck="false" \
        placeholder="Name; accents and case do not matter" role="combobox" aria-autocomplete="list" \
        aria-expanded="false" aria-controls="klynge-map-results">\
        <ul id="klynge-map-results" role="listbox" aria-label="Members found" hidden></ul></div>
        \(select("cluster", "Cluster", all: "All clusters", clusters))\
        \(select("kind", "Kind", all: "All kinds", kinds))\
        \(select("county", "County", all: "All counties", counties))\
        <div class="klynge-map-buttons"><button type="button" id="klynge-map-clear">Clear filters</button>\
        <button type="button" id="klynge-map-zoom-in" aria-label="Zoom in">+</button>\
        <button type="button" id="klynge-map-zoom-out" aria-label="Zoom out">\u{2212}</button>\
        <button type="button" id="klynge-map-reset">Reset view</button></div>
        </div>
        <output id="klynge-map-status" class="klynge-map-status" aria-live="polite">\
        \(entries.count) members on the map</output>
        <noscript><p class="klynge-map-help">Search, filters and zoom need JavaScript; \
        the drawing and its tooltips work without it.</p></noscript>
        <div class="klynge-map-stage">
        <div class="klynge-map-viewport" id="klynge-map-viewport" tabindex="0" \
        aria-label="Map. Arrow keys move, plus and minus zoom, 0 resets; Tab moves through the members.">
        \(drawing.text(links: links))</div>
        <div class="klynge-map-card" id="klynge-map-card" role="status" hidden></div>
        <aside class="klynge-map-member" id="klynge-map-member" aria-labelledby="klynge-map-member-name" hidden>
        <button type="button" id="klynge-map-member-close" aria-label="Close the member card">\u{00d7}</button>
        <h2 id="klynge-map-member-name"></h2>
        <dl id="klynge-map-member-facts"></dl>
        <h3>Centralities (rank among \(total) members)</h3>
        <div id="klynge-map-member-measures"></div>
        <h3>Partners on the map (<span id="klynge-map-member-partner-count">0</span>)</h3>
        <ul id="klynge-map-member-partners"></ul>
        </aside>
        </div>
        <p class="klynge-map-help">Drag, or use the arrow keys, to move; wheel, pinch or + and \u{2212} to zoom; \
        0 resets. Hover or focus a member for its details; click it or press Enter to open it.</p>
        <script type="application/json" id="klynge-map-data">\(dataJSON(links: links))</script>
        </section>

        """
    }

    /// A labelled filter: `<select id="klynge-map-FIELD">` with "all" (value "") and each option.
    private func select(_ field: String, _ label: String, all: String, _ options: [String]) -> String {
        var h = "<div class=\"klynge-map-field\"><label for=\"klynge-map-\(field)\">\(label)</label>"
        h += "<select id=\"klynge-map-\(field)\"><option value=\"\">\(all)</option>"
        for o in options { h += "<option value=\"\(Escape.html(o))\">\(Escape.html(o))</option>" }
        return h + "</select></div>\n"
    }
}
