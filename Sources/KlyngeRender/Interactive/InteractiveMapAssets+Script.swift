extension InteractiveMapAssets {
    /// The map's script (`text/javascript`): pan and zoom with mouse, touch and keyboard; search
    /// by name folded as `foldedKey` folds it (case, accents, æ/ø/å); filters by cluster, kind and
    /// county that dim the rest; a hover and focus card; the member card or link on click. It
    /// also defines `globalThis.KlyngeMap` (`fold`, `search`, `score`) for tests.
    public static let script = #"""
        /* Klynge interactive map: pan and zoom (mouse, touch, keyboard), search, filters,
           hover card and member card. Written for Klynge; no library, no network. Every name is
           put into the page as text (textContent), never as markup. */
        (function () {
          "use strict";

          /* Folds a name as Klynge's foldedKey does: lowercase; æ → ae, ø → o, å → a; accents
             stripped (NFD, combining marks dropped); only letters and digits kept. */
          function fold(text) {
            var out = "";
            for (var ch of String(text).toLowerCase()) {
              if (ch === "\u00f8") out += "o";
              else if (ch === "\u00e6") out += "ae";
              else if (ch === "\u00e5") out += "a";
              else out += ch.normalize("NFD").replace(/\p{M}/gu, "").replace(/[^\p{Alphabetic}\p{N}]/gu, "");
            }
            return out;
          }

          /* Members whose folded name (or id) contains the folded query: names starting with it
             first, then by name; at most `limit`. */
          function search(members, query, limit) {
            var key = fold(query);
            if (!key) return [];
            var hits = [];
            for (var i = 0; i < members.length; i++) {
              var m = members[i];
              var at = m.key.indexOf(key);
              if (at < 0 && fold(m.id) === key) at = 0;
              if (at >= 0) hits.push({ member: m, at: at === 0 ? 0 : 1 });
            }
            hits.sort(function (a, b) {
              if (a.at !== b.at) return a.at - b.at;
              return a.member.name < b.member.name ? -1 : a.member.name > b.member.name ? 1 : 0;
            });
            return hits.slice(0, limit).map(function (h) { return h.member; });
          }

          /* A centrality value with four significant digits, trailing zeros dropped. */
          function score(v) {
            if (v === null || v === undefined || !isFinite(v)) return "n/a";
            return String(Number(Number(v).toPrecision(4)));
          }

          globalThis.KlyngeMap = { fold: fold, search: search, score: score };
          if (typeof document === "undefined") return;

          function el(tag, cls, text) {
            var e = document.createElement(tag);
            if (cls) e.className = cls;
            if (text !== undefined) e.textContent = text;
            return e;
          }

          function init() {
            var root = document.getElementById("klynge-map");
            var dataEl = document.getElementById("klynge-map-data");
            var viewport = document.getElementById("klynge-map-viewport");
            if (!root || !dataEl || !viewport) return;
            var svg = viewport.querySelector("svg");
            if (!svg) return;
            var data = JSON.parse(dataEl.textContent);
            var members = data.members;
            var byId = new Map();
            members.forEach(function (m) { byId.set(m.id, m); });

            var nodes = new Map();
            svg.querySelectorAll("g[data-member]").forEach(function (g) {
              nodes.set(g.getAttribute("data-member"), g);
              var t = g.querySelector("title");
              if (t) t.remove();
              g.querySelectorAll("a").forEach(function (a) {
                a.removeAttributeNS("http://www.w3.org/1999/xlink", "title");
                a.removeAttribute("title");
              });
            });
            var edges = Array.prototype.slice.call(svg.querySelectorAll("g[data-source]"));
            var captions = Array.prototype.slice.call(svg.querySelectorAll("g[data-caption]"));
            var card = document.getElementById("klynge-map-card");
            var stage = card ? card.parentElement : viewport;
            var status = document.getElementById("klynge-map-status");
            var input = document.getElementById("klynge-map-search");
            var results = document.getElementById("klynge-map-results");
            var panel = document.getElementById("klynge-map-member");
            var filters = ["cluster", "kind", "county"].map(function (f) {
              return { field: f, select: document.getElementById("klynge-map-" + f) };
            }).filter(function (f) { return f.select; });
            var reduceMotion = window.matchMedia && window.matchMedia("(prefers-reduced-motion: reduce)").matches;

            /* ---- view box: pan and zoom ---- */
            var parts = (svg.getAttribute("viewBox") || "0 0 100 100").trim().split(/[\s,]+/).map(Number);
            var base = { x: parts[0], y: parts[1], w: parts[2] || 100, h: parts[3] || 100 };
            var vb = { x: base.x, y: base.y, w: base.w, h: base.h };
            var minW = base.w / 60, maxW = base.w * 4;
            var animation = 0;
            svg.setAttribute("preserveAspectRatio", "xMidYMid meet");

            function apply() {
              svg.setAttribute("viewBox", [vb.x, vb.y, vb.w, vb.h].map(function (v) { return v.toFixed(2); }).join(" "));
            }
            function toSvg(clientX, clientY) {
              var m = svg.getScreenCTM();
              if (!m) return { x: vb.x + vb.w / 2, y: vb.y + vb.h / 2 };
              var p = svg.createSVGPoint();
              p.x = clientX;
              p.y = clientY;
              p = p.matrixTransform(m.inverse());
              return { x: p.x, y: p.y };
            }
            function unitsPerPixel() {
              var m = svg.getScreenCTM();
              return m && m.a ? 1 / m.a : vb.w / Math.max(viewport.clientWidth, 1);
            }
            function zoomAt(factor, cx, cy) {
              cancelAnimationFrame(animation);
              var w = Math.min(maxW, Math.max(minW, vb.w / factor));
              var h = w * base.h / base.w;
              vb.x = cx - (cx - vb.x) * (w / vb.w);
              vb.y = cy - (cy - vb.y) * (h / vb.h);
              vb.w = w;
              vb.h = h;
              apply();
            }
            function zoomCentre(factor) { zoomAt(factor, vb.x + vb.w / 2, vb.y + vb.h / 2); }
            function pan(dx, dy) {
              cancelAnimationFrame(animation);
              vb.x += dx;
              vb.y += dy;
              apply();
            }
            function animateTo(target) {
              cancelAnimationFrame(animation);
              if (reduceMotion) {
                vb = target;
                apply();
                return;
              }
              var from = { x: vb.x, y: vb.y, w: vb.w, h: vb.h };
              var start = performance.now();
              function step(now) {
                var t = Math.min(1, (now - start) / 450);
                var e = t < 0.5 ? 2 * t * t : 1 - Math.pow(-2 * t + 2, 2) / 2;
                vb = {
                  x: from.x + (target.x - from.x) * e,
                  y: from.y + (target.y - from.y) * e,
                  w: from.w + (target.w - from.w) * e,
                  h: from.h + (target.h - from.h) * e,
                };
                apply();
                if (t < 1) animation = requestAnimationFrame(step);
              }
              animation = requestAnimationFrame(step);
            }
            function reset() { animateTo({ x: base.x, y: base.y, w: base.w, h: base.h }); }
            function nodeCentre(g) {
              var r = g.getBoundingClientRect();
              return toSvg(r.left + r.width / 2, r.top + r.height / 2);
            }
            function flyTo(id) {
              var g = nodes.get(id);
              if (!g) return;
              var c = nodeCentre(g);
              var w = Math.min(vb.w, Math.max(base.w / 4, 320));
              var h = w * base.h / base.w;
              animateTo({ x: c.x - w / 2, y: c.y - h / 2, w: w, h: h });
            }

            /* Mouse and touch through pointer events: one pointer pans, two pinch. */
            var pointers = new Map();
            var moved = false, startPoint = null, pinch = null;
            viewport.addEventListener("pointerdown", function (e) {
              if (e.pointerType === "mouse" && e.button !== 0) return;
              pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
              if (pointers.size === 1) {
                moved = false;
                startPoint = { x: e.clientX, y: e.clientY };
              }
              pinch = null;
            });
            viewport.addEventListener("pointermove", function (e) {
              var last = pointers.get(e.pointerId);
              if (!last) return;
              if (pointers.size === 1) {
                if (!moved && Math.hypot(e.clientX - startPoint.x, e.clientY - startPoint.y) < 5) return;
                if (!moved) {
                  moved = true;
                  viewport.classList.add("is-dragging");
                  try { viewport.setPointerCapture(e.pointerId); } catch (err) { /* already released */ }
                }
                var u = unitsPerPixel();
                pan(-(e.clientX - last.x) * u, -(e.clientY - last.y) * u);
              } else if (pointers.size === 2) {
                moved = true;
                pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
                var ps = Array.from(pointers.values());
                var dist = Math.hypot(ps[0].x - ps[1].x, ps[0].y - ps[1].y);
                var mid = { x: (ps[0].x + ps[1].x) / 2, y: (ps[0].y + ps[1].y) / 2 };
                if (pinch && dist > 0 && pinch.dist > 0) {
                  var u2 = unitsPerPixel();
                  pan(-(mid.x - pinch.mid.x) * u2, -(mid.y - pinch.mid.y) * u2);
                  var p = toSvg(mid.x, mid.y);
                  zoomAt(dist / pinch.dist, p.x, p.y);
                }
                pinch = { dist: dist, mid: mid };
                e.preventDefault();
                return;
              }
              pointers.set(e.pointerId, { x: e.clientX, y: e.clientY });
            });
            function release(e) {
              pointers.delete(e.pointerId);
              pinch = null;
              if (pointers.size === 0) viewport.classList.remove("is-dragging");
            }
            viewport.addEventListener("pointerup", release);
            viewport.addEventListener("pointercancel", release);
            viewport.addEventListener("click", function (e) {
              if (moved) {
                e.preventDefault();
                e.stopPropagation();
                moved = false;
              }
            }, true);
            viewport.addEventListener("wheel", function (e) {
              e.preventDefault();
              var delta = e.deltaY * (e.deltaMode === 1 ? 16 : e.deltaMode === 2 ? 400 : 1);
              var p = toSvg(e.clientX, e.clientY);
              zoomAt(Math.exp(-delta * 0.0015), p.x, p.y);
            }, { passive: false });
            viewport.addEventListener("keydown", function (e) {
              if (e.ctrlKey || e.metaKey || e.altKey) return;
              var g = memberNode(e.target);
              switch (e.key) {
                case "ArrowLeft": pan(-vb.w * 0.1, 0); break;
                case "ArrowRight": pan(vb.w * 0.1, 0); break;
                case "ArrowUp": pan(0, -vb.h * 0.1); break;
                case "ArrowDown": pan(0, vb.h * 0.1); break;
                case "+": case "=": zoomCentre(1.25); break;
                case "-": case "_": zoomCentre(0.8); break;
                case "0": reset(); break;
                case "Escape": closeAll(); break;
                case "Enter": case " ":
                  if (!g) return;
                  open(g.getAttribute("data-member"));
                  break;
                default: return;
              }
              e.preventDefault();
            });
            function button(id, action) {
              var b = document.getElementById(id);
              if (b) b.addEventListener("click", action);
            }
            button("klynge-map-zoom-in", function () { zoomCentre(1.4); });
            button("klynge-map-zoom-out", function () { zoomCentre(1 / 1.4); });
            button("klynge-map-reset", function () { reset(); });

            /* ---- the hover card ---- */
            function memberNode(target) {
              return target && target.closest ? target.closest("[data-member]") : null;
            }
            function facts(m) {
              var list = [];
              list.push(m.kind);
              if (m.county) list.push(m.municipality && m.municipality !== m.county ? m.municipality + ", " + m.county : m.county);
              return list.join(" \u00b7 ");
            }
            function centralityRows(m, container) {
              (data.measures || []).forEach(function (name, i) {
                var row = el("div", "klynge-map-measure");
                row.appendChild(el("span", "klynge-map-measure-name", name));
                var rank = m.ranks && m.ranks[i] ? " (#" + m.ranks[i] + " of " + data.total + ")" : "";
                row.appendChild(el("span", "klynge-map-measure-value", score(m.values[i]) + rank));
                container.appendChild(row);
              });
            }
            var pinned = null;
            function showCard(id, clientX, clientY, pin) {
              var m = byId.get(id);
              if (!card || !m) return;
              if (pinned && !pin && pinned !== id) return;
              pinned = pin ? id : pinned;
              card.textContent = "";
              card.setAttribute("data-member", id);
              card.appendChild(el("strong", "klynge-map-card-name", m.name));
              card.appendChild(el("div", "klynge-map-card-facts", facts(m)));
              card.appendChild(el("div", "klynge-map-card-clusters",
                m.clusters.length ? "Clusters: " + m.clusters.join(", ") : "No cluster"));
              var measures = el("div", "klynge-map-card-measures");
              centralityRows(m, measures);
              card.appendChild(measures);
              if (m.href) {
                var link = el("a", "klynge-map-card-open", "Open member page");
                link.id = "klynge-map-card-open";
                link.href = m.href;
                card.appendChild(link);
              } else {
                card.appendChild(el("div", "klynge-map-card-hint", "Click or press Enter for partners"));
              }
              card.hidden = false;
              var s = stage.getBoundingClientRect();
              var x = clientX - s.left + 14, y = clientY - s.top + 14;
              var w = card.offsetWidth, h = card.offsetHeight;
              if (x + w > s.width - 4) x = Math.max(4, clientX - s.left - w - 14);
              if (y + h > s.height - 4) y = Math.max(4, clientY - s.top - h - 14);
              card.style.left = x + "px";
              card.style.top = y + "px";
            }
            function showCardAtNode(id, pin) {
              var g = nodes.get(id);
              if (!g) return;
              var r = g.getBoundingClientRect();
              showCard(id, r.left + r.width, r.top + r.height, pin);
            }
            function hideCard(force) {
              if (!card || (pinned && !force)) return;
              pinned = null;
              card.hidden = true;
              card.removeAttribute("data-member");
            }
            svg.addEventListener("pointerover", function (e) {
              var g = memberNode(e.target);
              if (g && e.pointerType !== "touch" && pointers.size === 0) showCard(g.getAttribute("data-member"), e.clientX, e.clientY, false);
            });
            svg.addEventListener("pointerout", function (e) {
              var g = memberNode(e.target);
              if (g && !g.contains(e.relatedTarget)) hideCard(false);
            });
            svg.addEventListener("focusin", function (e) {
              var g = memberNode(e.target);
              if (g) showCardAtNode(g.getAttribute("data-member"), false);
            });
            svg.addEventListener("focusout", function (e) {
              if (memberNode(e.target)) hideCard(false);
            });
            svg.addEventListener("click", function (e) {
              var g = memberNode(e.target);
              if (!g) return;
              e.preventDefault();
              open(g.getAttribute("data-member"));
            });

            /* ---- selection and the member card ---- */
            var selected = null;
            function select(id) {
              svg.querySelectorAll(".is-selected, .is-partner, .is-linked").forEach(function (n) {
                n.classList.remove("is-selected", "is-partner", "is-linked");
              });
              selected = byId.has(id) ? id : null;
              root.classList.toggle("has-selection", selected !== null);
              if (!selected) return;
              var g = nodes.get(id);
              if (g) g.classList.add("is-selected");
              byId.get(id).partners.forEach(function (p) {
                var n = nodes.get(p);
                if (n) n.classList.add("is-partner");
              });
              edges.forEach(function (e) {
                if (e.getAttribute("data-source") === id || e.getAttribute("data-target") === id) e.classList.add("is-linked");
              });
            }
            function open(id) {
              var m = byId.get(id);
              if (!m) return;
              if (m.href) {
                window.location.assign(m.href);
                return;
              }
              select(id);
              openPanel(m);
            }
            function openPanel(m) {
              if (!panel) return;
              hideCard(true);
              panel.setAttribute("data-member", m.id);
              document.getElementById("klynge-map-member-name").textContent = m.name;
              var dl = document.getElementById("klynge-map-member-facts");
              dl.textContent = "";
              function fact(term, value) {
                dl.appendChild(el("dt", "", term));
                dl.appendChild(el("dd", "", value));
              }
              fact("Id", m.id);
              fact("Kind", m.kind);
              fact("Clusters", m.clusters.length ? m.clusters.join(", ") : "none");
              fact("County", m.county || "unknown");
              if (m.municipality) fact("Municipality", m.municipality);
              var measures = document.getElementById("klynge-map-member-measures");
              measures.textContent = "";
              centralityRows(m, measures);
              var list = document.getElementById("klynge-map-member-partners");
              list.textContent = "";
              var partners = m.partners.map(function (p) { return byId.get(p); }).filter(Boolean);
              partners.sort(function (a, b) { return a.name < b.name ? -1 : a.name > b.name ? 1 : 0; });
              document.getElementById("klynge-map-member-partner-count").textContent = String(partners.length);
              partners.forEach(function (p) {
                var li = el("li");
                var b = el("button", "klynge-map-partner", p.name);
                b.type = "button";
                b.setAttribute("data-member", p.id);
                b.addEventListener("click", function () {
                  flyTo(p.id);
                  open(p.id);
                });
                li.appendChild(b);
                list.appendChild(li);
              });
              panel.hidden = false;
              root.classList.add("has-panel");
            }
            function closePanel() {
              if (!panel || panel.hidden) return;
              panel.hidden = true;
              panel.removeAttribute("data-member");
              root.classList.remove("has-panel");
            }
            function closeAll() {
              closePanel();
              hideCard(true);
              select(null);
            }
            button("klynge-map-member-close", function () {
              closePanel();
              viewport.focus();
            });
            if (panel) panel.addEventListener("keydown", function (e) {
              if (e.key === "Escape") {
                closePanel();
                viewport.focus();
              }
            });

            /* ---- search ---- */
            var found = [], active = -1;
            function renderResults() {
              results.textContent = "";
              found.forEach(function (m, i) {
                var li = el("li", "klynge-map-result" + (i === active ? " is-active" : ""));
                li.id = "klynge-map-result-" + i;
                li.setAttribute("role", "option");
                li.setAttribute("data-member", m.id);
                li.setAttribute("aria-selected", i === active ? "true" : "false");
                li.appendChild(el("span", "klynge-map-result-name", m.name));
                li.appendChild(el("span", "klynge-map-result-facts", facts(m)));
                li.addEventListener("mousedown", function (e) {
                  e.preventDefault();
                  choose(m.id);
                });
                results.appendChild(li);
              });
              if (input.value.trim() && !found.length) {
                results.appendChild(el("li", "klynge-map-result-none", "No member matches \u201c" + input.value.trim() + "\u201d"));
              }
              results.hidden = !input.value.trim();
              input.setAttribute("aria-expanded", results.hidden ? "false" : "true");
              if (active >= 0) input.setAttribute("aria-activedescendant", "klynge-map-result-" + active);
              else input.removeAttribute("aria-activedescendant");
            }
            function choose(id) {
              var m = byId.get(id);
              if (!m) return;
              input.value = m.name;
              found = [];
              active = -1;
              renderResults();
              results.hidden = true;
              input.setAttribute("aria-expanded", "false");
              select(id);
              flyTo(id);
              if (!m.href && panel) openPanel(m);
              else setTimeout(function () { showCardAtNode(id, true); }, reduceMotion ? 0 : 480);
              if (status) status.textContent = m.name + " \u2014 shown on the map";
            }
            if (input && results) {
              input.addEventListener("input", function () {
                found = search(members, input.value, 12);
                active = found.length ? 0 : -1;
                renderResults();
              });
              input.addEventListener("keydown", function (e) {
                if (e.key === "ArrowDown" && found.length) {
                  active = (active + 1) % found.length;
                  renderResults();
                } else if (e.key === "ArrowUp" && found.length) {
                  active = (active - 1 + found.length) % found.length;
                  renderResults();
                } else if (e.key === "Enter") {
                  if (active < 0 && input.value.trim()) {
                    found = search(members, input.value, 12);
                    active = found.length ? 0 : -1;
                  }
                  if (active >= 0) choose(found[active].id);
                  else renderResults();
                } else if (e.key === "Escape") {
                  found = [];
                  active = -1;
                  results.hidden = true;
                  input.setAttribute("aria-expanded", "false");
                } else {
                  return;
                }
                e.preventDefault();
              });
              input.addEventListener("blur", function () {
                setTimeout(function () {
                  results.hidden = true;
                  input.setAttribute("aria-expanded", "false");
                }, 150);
              });
              var form = input.form;
              if (form) form.addEventListener("submit", function (e) { e.preventDefault(); });
            }

            /* ---- filters ---- */
            function applyFilters() {
              var want = {};
              filters.forEach(function (f) { want[f.field] = f.select.value; });
              var on = filters.some(function (f) { return f.select.value !== ""; });
              var matching = 0;
              var ok = new Set();
              members.forEach(function (m) {
                var fits = (!want.cluster || m.clusters.indexOf(want.cluster) >= 0)
                  && (!want.kind || m.kind === want.kind)
                  && (!want.county || m.county === want.county);
                if (fits) {
                  matching++;
                  ok.add(m.id);
                }
                var g = nodes.get(m.id);
                if (g) g.classList.toggle("is-dimmed", on && !fits);
              });
              edges.forEach(function (e) {
                var fits = ok.has(e.getAttribute("data-source")) && ok.has(e.getAttribute("data-target"));
                e.classList.toggle("is-dimmed", on && !fits);
              });
              captions.forEach(function (c) {
                c.classList.toggle("is-dimmed", on && !!want.cluster && c.getAttribute("data-caption") !== want.cluster);
              });
              root.classList.toggle("is-filtered", on);
              if (status) {
                status.textContent = on
                  ? matching + " of " + members.length + " members match the filters"
                  : members.length + " members on the map";
              }
            }
            filters.forEach(function (f) { f.select.addEventListener("change", applyFilters); });
            button("klynge-map-clear", function () {
              filters.forEach(function (f) { f.select.value = ""; });
              applyFilters();
            });

            document.addEventListener("keydown", function (e) {
              if (e.key === "Escape" && card && !card.hidden && pinned) hideCard(true);
            });
            applyFilters();
            root.classList.add("is-ready");
          }

          if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", init);
          else init();
        })();
        """#
}
