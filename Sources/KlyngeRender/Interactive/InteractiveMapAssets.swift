/// The interactive map's script and style sheet, written for Klynge (no library, no network
/// request): ``InteractiveMap/standaloneHTML(title:)`` inlines them; `klynge serve` serves them
/// as `/assets/map.js` and `/assets/map.css` for ``InteractiveMap/embeddedHTML(memberLink:)``.
///
/// The script drives the fragment's elements by id (`klynge-map`, `klynge-map-viewport`,
/// `klynge-map-search`, `klynge-map-results`, `klynge-map-cluster`, `klynge-map-kind`,
/// `klynge-map-county`, `klynge-map-card`, `klynge-map-member`, `klynge-map-data`, …) and the
/// drawing's nodes by `data-member`. It puts names into the page as text only.
///
/// ```swift
/// router.get("/assets/map.js") { _, _ in InteractiveMapAssets.script }
/// ```
public enum InteractiveMapAssets {
    /// The map's style sheet (`text/css`).
    public static let style = #"""
        .klynge-map{position:relative;font:14px/1.4 system-ui,-apple-system,"Segoe UI",Roboto,"DejaVu Sans",sans-serif;color:#1d2329}
        .klynge-map-tools{display:flex;flex-wrap:wrap;gap:.5rem .75rem;align-items:flex-end;margin:0 0 .5rem}
        .klynge-map-field{display:flex;flex-direction:column;gap:.15rem;position:relative;min-width:0}
        .klynge-map-field label{font-size:.8rem;color:#4a5561}
        .klynge-map input,.klynge-map select,.klynge-map button{font:inherit;color:inherit}
        .klynge-map input[type=search],.klynge-map select{padding:.35rem .5rem;border:1px solid #9aa5b1;border-radius:4px;background:#fff;max-width:100%}
        #klynge-map-search{width:19rem;max-width:calc(100vw - 2.5rem)}
        .klynge-map select{max-width:16rem}
        .klynge-map button{padding:.35rem .6rem;border:1px solid #9aa5b1;border-radius:4px;background:#f4f6f8;cursor:pointer}
        .klynge-map button:hover{background:#e6ebf0}
        .klynge-map :focus-visible{outline:3px solid #2b6cb0;outline-offset:1px}
        .klynge-map-buttons{display:flex;gap:.35rem}
        #klynge-map-results{position:absolute;top:100%;left:0;z-index:30;margin:2px 0 0;padding:0;list-style:none;width:max(100%,19rem);max-width:calc(100vw - 2rem);max-height:22rem;overflow:auto;background:#fff;border:1px solid #9aa5b1;border-radius:4px;box-shadow:0 4px 14px rgba(0,0,0,.15)}
        #klynge-map-results[hidden]{display:none}
        .klynge-map-result{display:flex;flex-direction:column;padding:.35rem .55rem;cursor:pointer;border-bottom:1px solid #eef1f4}
        .klynge-map-result.is-active,.klynge-map-result:hover{background:#e8f0fb}
        .klynge-map-result-facts{font-size:.8rem;color:#4a5561}
        .klynge-map-result-none{padding:.35rem .55rem;color:#4a5561}
        .klynge-map-status{display:block;font-size:.85rem;color:#4a5561;min-height:1.2em;margin:.1rem 0 .35rem}
        .klynge-map-stage{position:relative}
        .klynge-map-viewport{position:relative;height:72vh;min-height:320px;border:1px solid #c4ccd4;border-radius:4px;overflow:hidden;background:#fff;touch-action:none;cursor:grab;overscroll-behavior:contain}
        .klynge-map-viewport.is-dragging{cursor:grabbing}
        .klynge-map-viewport svg{display:block;width:100%;height:100%;user-select:none;-webkit-user-select:none}
        .klynge-map-viewport g.node[data-member]{cursor:pointer}
        .klynge-map-viewport g.node[data-member]:focus{outline:none}
        .klynge-map-viewport g.node[data-member]:focus-visible ellipse,.klynge-map-viewport g.node[data-member]:focus-visible polygon:first-of-type,.klynge-map-viewport g.node[data-member]:focus-visible path{stroke:#2b6cb0;stroke-width:4px}
        .klynge-map-viewport g,.klynge-map-viewport path{transition:opacity .2s}
        .klynge-map .is-dimmed{opacity:.1}
        .klynge-map.has-selection g.node[data-member]:not(.is-selected):not(.is-partner){opacity:.3}
        .klynge-map.has-selection g.edge:not(.is-linked){opacity:.15}
        .klynge-map g.is-selected ellipse,.klynge-map g.is-selected polygon:first-of-type,.klynge-map g.is-selected path{stroke:#c0392b;stroke-width:5px}
        .klynge-map g.is-partner ellipse,.klynge-map g.is-partner polygon:first-of-type,.klynge-map g.is-partner path{stroke:#1f4e79;stroke-width:3px}
        .klynge-map g.edge.is-linked path{stroke:#c0392b;stroke-opacity:.85}
        .klynge-map-card{position:absolute;z-index:20;max-width:min(22rem,calc(100% - 8px));padding:.5rem .7rem;background:#fff;border:1px solid #9aa5b1;border-radius:6px;box-shadow:0 4px 16px rgba(0,0,0,.18);pointer-events:auto;overflow-wrap:anywhere}
        .klynge-map-card[hidden]{display:none}
        .klynge-map-card-name{display:block;font-size:1rem}
        .klynge-map-card-facts,.klynge-map-card-clusters,.klynge-map-card-hint{font-size:.85rem;color:#4a5561}
        .klynge-map-card-measures{margin-top:.3rem}
        .klynge-map-measure{display:flex;justify-content:space-between;gap:1rem;font-size:.85rem}
        .klynge-map-measure-value{font-variant-numeric:tabular-nums}
        .klynge-map-card-open{display:inline-block;margin-top:.35rem}
        .klynge-map-member{position:absolute;z-index:25;top:.5rem;right:.5rem;bottom:.5rem;width:min(24rem,calc(100% - 1rem));overflow:auto;padding:.75rem 1rem;background:#fff;border:1px solid #9aa5b1;border-radius:6px;box-shadow:0 6px 20px rgba(0,0,0,.2);overflow-wrap:anywhere}
        .klynge-map-member[hidden]{display:none}
        .klynge-map-member h2{margin:0 2rem .5rem 0;font-size:1.15rem}
        .klynge-map-member h3{margin:.8rem 0 .3rem;font-size:.95rem}
        .klynge-map-member dl{display:grid;grid-template-columns:max-content 1fr;gap:.15rem .75rem;margin:0}
        .klynge-map-member dt{color:#4a5561}
        .klynge-map-member dd{margin:0}
        .klynge-map-member ul{margin:0;padding:0;list-style:none}
        .klynge-map-partner{display:block;width:100%;text-align:left;margin:.15rem 0;background:#fff}
        #klynge-map-member-close{position:absolute;top:.4rem;right:.4rem;line-height:1;padding:.2rem .5rem}
        .klynge-map-help{font-size:.8rem;color:#4a5561;margin:.35rem 0 0}
        .klynge-map-page{margin:0;padding:.75rem 1rem}
        .klynge-map-page h1{font-size:1.3rem;margin:0 0 .5rem}
        .klynge-map-page .klynge-map-note{font-size:.85rem;color:#4a5561;margin:0 0 .5rem}
        @media (max-width:640px){
        .klynge-map-tools{gap:.4rem}
        .klynge-map-tools{display:grid;grid-template-columns:repeat(3,minmax(0,1fr))}
        .klynge-map-find,.klynge-map-buttons{grid-column:1/-1}
        .klynge-map-field,.klynge-map select,#klynge-map-search{width:100%;max-width:none}
        .klynge-map select{font-size:.85rem;padding:.3rem .25rem}
        .klynge-map-viewport{height:60vh;min-height:260px}
        .klynge-map-member{position:fixed;top:auto;left:0;right:0;bottom:0;width:auto;max-height:65vh;border-radius:10px 10px 0 0}
        .klynge-map-page{padding:.5rem}
        }
        @media (prefers-reduced-motion:reduce){.klynge-map-viewport g,.klynge-map-viewport path{transition:none}}
        """#
}
