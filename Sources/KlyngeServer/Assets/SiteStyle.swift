/// The style sheet of every page (`/assets/site.css`): a readable column, a navigation bar that
/// wraps, tables that scroll inside their own box, and score bars drawn by `<meter>`. Written
/// for this project; no web font, no external file. Usable from a 390-pixel-wide phone to a
/// 1366×768 laptop: one breakpoint at 46rem stacks the forms and the member panel.
enum SiteStyle {
    static let css = """
        :root{--ink:#1f2933;--muted:#52606d;--line:#d9e2ec;--soft:#f0f4f8;--accent:#0b6e99;--warn:#9b1c1c;--ok:#2f7d32}
        *{box-sizing:border-box}[hidden]{display:none!important}
        html{-webkit-text-size-adjust:100%}
        body{margin:0;font-family:"DejaVu Sans",Helvetica,Arial,sans-serif;color:var(--ink);line-height:1.45;background:#fff;overflow-wrap:anywhere}
        a{color:var(--accent)}a:focus-visible,button:focus-visible,input:focus-visible,select:focus-visible,summary:focus-visible{outline:3px solid #f0b429;outline-offset:2px}
        .skip{position:absolute;left:-999px}.skip:focus{left:.5rem;top:.5rem;background:#fff;padding:.3rem .6rem;z-index:10}
        header.site{background:#102a43;color:#fff;padding:.5rem 1rem;display:flex;flex-wrap:wrap;align-items:center;gap:.3rem 1.2rem}
        header.site .brand{font-weight:bold;color:#fff;text-decoration:none;font-size:1.1rem}
        header.site .dataset{color:#bcccdc;font-size:.9rem}
        nav.site ul{list-style:none;margin:0;padding:0;display:flex;flex-wrap:wrap;gap:.2rem}
        nav.site a{display:inline-block;color:#fff;text-decoration:none;padding:.35rem .6rem;border-radius:4px}
        nav.site a:hover{background:#243b53}nav.site a[aria-current=page]{background:#486581}
        .synthetic{background:#fff3c4;color:#5c4813;border-bottom:2px solid #f0b429;padding:.4rem 1rem;font-size:.92rem;margin:0}
        .synthetic strong{letter-spacing:.05em}
        main{max-width:72rem;margin:0 auto;padding:1rem}
        footer.site{max-width:72rem;margin:2rem auto 0;padding:1rem;color:var(--muted);font-size:.85rem;border-top:1px solid var(--line)}
        h1{font-size:1.5rem;margin:.6rem 0 .4rem}h2{font-size:1.2rem;margin:1.8rem 0 .5rem;border-bottom:1px solid var(--line);padding-bottom:.2rem}
        h3{font-size:1.02rem;margin:1.2rem 0 .3rem}
        .lead{color:var(--muted);max-width:50rem}.note{color:var(--muted);font-size:.9rem;max-width:50rem}
        .error{color:var(--warn);font-weight:bold}.field-error{color:var(--warn);display:block;font-size:.9rem;margin-top:.2rem}
        .table-wrap{overflow-x:auto;max-width:100%;border:1px solid var(--line);border-radius:4px;margin:.5rem 0}
        table{border-collapse:collapse;font-size:.88rem;width:100%;overflow-wrap:normal}td a{overflow-wrap:break-word}
        th,td{padding:.3rem .55rem;border-bottom:1px solid var(--soft);text-align:left;vertical-align:top}
        th{background:var(--soft);vertical-align:bottom}tbody th{vertical-align:top;text-align:left}.js table.sortable thead th{cursor:pointer}th a{color:var(--ink);text-decoration:none}th a:hover{text-decoration:underline}
        th[aria-sort=descending]::after{content:" \\25BC"}th[aria-sort=ascending]::after{content:" \\25B2"}
        td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}th.num{text-align:right}
        tr:nth-child(even) td{background:#fafcfe}
        dl.facts{display:grid;grid-template-columns:max-content 1fr;gap:.25rem 1rem;margin:.5rem 0}
        dl.facts dt{color:var(--muted)}dl.facts dd{margin:0}
        .chips{list-style:none;padding:0;margin:.2rem 0;display:flex;flex-wrap:wrap;gap:.3rem}
        .chips li{background:var(--soft);border:1px solid var(--line);border-radius:1rem;padding:.1rem .6rem;font-size:.85rem}
        .columns{display:grid;grid-template-columns:minmax(0,1fr) minmax(0,1fr);gap:1.5rem}
        .figure{border:1px solid var(--line);border-radius:4px;padding:.5rem;margin:.5rem 0;overflow:auto;max-height:80vh;background:#fff}
        .figure img,.figure svg{max-width:100%;height:auto;display:block}
        .actions{display:flex;flex-wrap:wrap;gap:.5rem;margin:.8rem 0}
        .button,button{display:inline-block;background:var(--accent);color:#fff;border:0;border-radius:4px;padding:.45rem .9rem;font-size:.95rem;text-decoration:none;cursor:pointer}
        .button.secondary{background:#fff;color:var(--accent);border:1px solid var(--accent)}
        form.panel{background:var(--soft);border:1px solid var(--line);border-radius:6px;padding:.8rem 1rem;margin:.5rem 0 1rem}
        fieldset{border:1px solid var(--line);border-radius:4px;margin:.6rem 0;padding:.5rem .8rem;background:#fff;min-width:0}
        legend{font-weight:bold;padding:0 .3rem}
        label{display:block;margin:.35rem 0 .1rem;font-weight:bold;font-size:.92rem}
        label.inline{display:flex;gap:.4rem;align-items:flex-start;font-weight:normal;margin:.15rem 0}
        input[type=text],input[type=search],input[type=number],select{font-size:1rem;padding:.35rem;border:1px solid #9fb3c8;border-radius:4px;max-width:100%;width:26rem}
        input[type=number]{width:7rem}select[multiple]{height:9rem}
        .choices{columns:3 11rem}.choices label{break-inside:avoid}
        .role-counts{display:grid;grid-template-columns:repeat(auto-fill,minmax(10rem,1fr));gap:.1rem 1rem}
        .role-counts input{width:5rem}
        .hint{color:var(--muted);font-size:.85rem;font-weight:normal}
        .topics{max-height:18rem;overflow-y:auto;columns:2 16rem;border:1px solid var(--line);border-radius:4px;padding:.3rem .5rem;background:#fff}
        .topics label{break-inside:avoid}
        .synonyms{color:var(--muted);font-size:.8rem;font-weight:normal}
        ol.results{padding-left:1.6rem}ol.results>li{margin:.8rem 0;padding:.5rem .7rem;border:1px solid var(--line);border-radius:6px}
        .score{display:flex;align-items:center;gap:.5rem;flex-wrap:wrap}
        meter{width:12rem;max-width:60%;height:1rem}
        ul.reasons{margin:.3rem 0;padding-left:1.2rem;font-size:.92rem}
        details.glossary{background:var(--soft);border:1px solid var(--line);border-radius:4px;padding:.4rem .8rem;margin:.5rem 0}
        details.glossary summary{cursor:pointer;font-weight:bold}
        details.glossary dl{margin:.4rem 0}details.glossary dt{font-weight:bold;margin-top:.4rem}details.glossary dd{margin:0 0 0 1rem}
        abbr[title]{text-decoration:underline dotted;cursor:help}
        .member-list{columns:3 16rem;padding-left:1.2rem;font-size:.9rem}
        .member-list li{break-inside:avoid}
        .report section{margin-bottom:1rem}.report nav ol{columns:2 16rem;font-size:.9rem}
        .report .map svg{max-width:100%;height:auto}
        .report table{display:block;overflow-x:auto;max-width:100%}
        .js-only{display:none}.js .js-only{display:block}
        @media (max-width:46rem){
          main{padding:.6rem}.columns{grid-template-columns:minmax(0,1fr)}
          dl.facts{grid-template-columns:minmax(0,1fr)}dl.facts dt{margin-top:.3rem}
          h1{font-size:1.3rem}input[type=text],input[type=search],select{width:100%}
          header.site{padding:.4rem .6rem}nav.site a{padding:.3rem .45rem}
          meter{width:8rem}
        }
        @media print{header.site,nav.site,.actions,form.panel{display:none}}
        """
}
