/// The script of every page (`/assets/site.js`). It only enhances: every page reads and every
/// form submits without it. It sorts a `table.sortable` in place when a heading is clicked (the
/// heading links still sort on the server without JavaScript), and filters a list of checkboxes
/// or links as the user types into an `input[data-filter]` (accent- and case-insensitive).
enum SiteScript {
    static let javascript = """
        (function () {
          "use strict";
          document.documentElement.classList.add("js");

          function fold(text) {
            return text.normalize("NFD").replace(/[\\u0300-\\u036f]/g, "").toLowerCase();
          }

          function cellValue(row, col) {
            var cell = row.cells[col];
            if (!cell) { return ""; }
            return cell.getAttribute("data-v") !== null ? cell.getAttribute("data-v") : cell.textContent.trim();
          }

          function sortBy(table, th, col) {
            var body = table.tBodies[0];
            if (!body) { return; }
            var rows = Array.prototype.slice.call(body.rows);
            var descending = th.getAttribute("aria-sort") !== "descending";
            Array.prototype.forEach.call(table.tHead.rows[0].cells, function (h) { h.removeAttribute("aria-sort"); });
            th.setAttribute("aria-sort", descending ? "descending" : "ascending");
            rows.sort(function (a, b) {
              var x = cellValue(a, col), y = cellValue(b, col);
              var nx = parseFloat(x), ny = parseFloat(y), c;
              if (!isNaN(nx) && !isNaN(ny)) { c = nx - ny; } else { c = fold(x).localeCompare(fold(y)); }
              if (c === 0) { c = Number(a.getAttribute("data-order") || 0) - Number(b.getAttribute("data-order") || 0); return c; }
              return descending ? -c : c;
            });
            rows.forEach(function (r) { body.appendChild(r); });
          }

          Array.prototype.forEach.call(document.querySelectorAll("table.sortable"), function (table) {
            if (!table.tHead) { return; }
            Array.prototype.forEach.call(table.tBodies[0] ? table.tBodies[0].rows : [], function (r, i) {
              r.setAttribute("data-order", String(i));
            });
            Array.prototype.forEach.call(table.tHead.rows[0].cells, function (th, col) {
              var link = th.querySelector("a");
              if (!link) {
                th.tabIndex = 0;
                th.addEventListener("keydown", function (event) {
                  if (event.key === "Enter" || event.key === " ") { event.preventDefault(); sortBy(table, th, col); }
                });
              }
              (link || th).addEventListener("click", function (event) {
                event.preventDefault();
                sortBy(table, th, col);
              });
            });
          });

          Array.prototype.forEach.call(document.querySelectorAll("input[data-filter]"), function (input) {
            var items = document.querySelectorAll(input.getAttribute("data-filter"));
            var status = input.getAttribute("data-status") ? document.getElementById(input.getAttribute("data-status")) : null;
            function apply() {
              var q = fold(input.value.trim()), shown = 0;
              Array.prototype.forEach.call(items, function (item) {
                var hit = q === "" || fold(item.textContent).indexOf(q) >= 0 ||
                  (item.querySelector("input:checked") !== null);
                item.hidden = !hit;
                if (hit) { shown += 1; }
              });
              if (status) { status.textContent = q === "" ? "" : shown + " shown"; }
            }
            input.addEventListener("input", apply);
            apply();
          });
        })();
        """
}
