#!/usr/bin/env python3
"""`klynge serve` in a real browser: headless Chromium driven by Selenium through chromedriver.

    Scripts/.venv/bin/python Scripts/server/browser_test.py http://127.0.0.1:8080/ \\
        [--expect-match m0066,m0070,...] [--hostile-url http://127.0.0.1:8081/] \\
        [--map-file map.html] [--hostile-map-file hostile-map.html] [--screenshots DIR]

Against the server on the default dataset (the URL):
1. `/` — the interactive map loads; searching "Bergen" lists Bergen; choosing it opens its member
   panel with its name; the member's own page (`/members/{id}`) shows the same name.
2. `/match` — the newcomer form for a fall-detection startup in Vestland (kind company, topic fall
   detection, county Vestland, target kind municipality, top 5) is filled in and submitted; the
   ranked members equal `--expect-match` (the ids `klynge match --format json` gives for the same
   query: the Swift wrapper runs the CLI and passes them); the CSV download (into Chrome's download
   folder) has a header and the same ids in the same order.
3. Screenshots of both pages at 1366×768 and at a phone's 390×844 (map.png, match.png,
   map-phone.png, match-phone.png into --screenshots); at both sizes the page does not scroll
   sideways.
4. `--hostile-url` (a server on Tests/klyngeTests/Hostile, members named `<script>alert(1)</script>`,
   `" onmouseover="x`...): every member page shows the name exactly, as text; the map and the
   match results list them as text; no alert opened, `window.klyngeInjected` (set by the injected
   code, were it to run) stays unset, no element carries an injected handler.
5. `--map-file` (`klynge map DATASET -o map.html`) opened from file:// with the network switched
   off: search finds Bergen, a filter dims the other members, a click opens the member card, and
   the page made no request. `--hostile-map-file`: the hostile names as text there too.
Throughout: the browser console shows no Content-Security-Policy violation and no JavaScript
error (a script reports CSP violations and errors into the page from its first line; Chrome's log
is read too). Exit 0 when every check passed; the failures are listed otherwise.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import os
import sys
import tempfile
import time
import urllib.parse

from selenium import webdriver
from selenium.common.exceptions import NoAlertPresentException, TimeoutException, WebDriverException
from selenium.webdriver.chrome.service import Service
from selenium.webdriver.common.by import By
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support import expected_conditions as EC
from selenium.webdriver.support.select import Select
from selenium.webdriver.support.ui import WebDriverWait

CHROMIUM = next((p for p in ("/usr/bin/chromium", "/usr/bin/chromium-browser") if os.path.exists(p)), None)
CHROMEDRIVER = "/usr/bin/chromedriver"
DESKTOP = (1366, 768)
PHONE = (390, 844)

# Installed before any script of each page runs (Chrome DevTools, so the page's CSP does not apply
# to it): records alerts instead of blocking on them, CSP violations and uncaught errors.
WATCH = r"""
(() => {
  const w = window;
  w.__klyngeAlerts = []; w.__klyngeCSP = []; w.__klyngeErrors = [];
  for (const name of ['alert', 'confirm', 'prompt']) {
    w[name] = (m) => { w.__klyngeAlerts.push(name + ': ' + String(m)); return null; };
  }
  document.addEventListener('securitypolicyviolation', (e) => {
    w.__klyngeCSP.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' +
                       (e.sourceFile || '') + ':' + e.lineNumber + ' ' + (e.sample || ''));
  });
  w.addEventListener('error', (e) => {
    if (e.message) w.__klyngeErrors.push(e.message + ' at ' + e.filename + ':' + e.lineno);
  });
  w.addEventListener('unhandledrejection', (e) => { w.__klyngeErrors.push('unhandled rejection: ' + e.reason); });
})();
"""

HOSTILE_NAMES = {
    "h01": "<script>alert(1)</script>",
    "h02": '" onmouseover="x',
    "h03": "</script><img src=x onerror=alert(2)>",
    "h04": "'; DROP TABLE members; --",
    "h05": '<img src=x onerror="window.klyngeInjected=1">',
    "h06": '<svg onload="window.klyngeInjected=2"></svg>',
    "h07": "Blåbærøya Ærlig Øst – æøå ÆØÅ",
    "h08": "مجموعة الرعاية الصحية",
    "h09": "אשכול בריאות \u202egnp.exe\u202c Health",
    "h10": "{{7*7}} ${alert(3)} %s &amp; &lt;b&gt;",
    "h11": "javascript:alert(4)",
}


class Check:
    """Collects failures instead of stopping at the first, and prints each step."""

    def __init__(self) -> None:
        self.failures: list[str] = []

    def step(self, text: str) -> None:
        print(f"-- {text}", flush=True)

    def expect(self, condition: bool, message: str) -> bool:
        if not condition:
            self.failures.append(message)
            print(f"   FAILED: {message}", flush=True)
        return condition


class Browser:
    """One headless Chromium with a download folder and the console watch installed."""

    def __init__(self, downloads: str):
        options = webdriver.ChromeOptions()
        options.binary_location = CHROMIUM
        for argument in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                         "--hide-scrollbars", "--no-first-run", "--disable-extensions",
                         "--disable-background-networking", "--disable-component-update",
                         f"--window-size={DESKTOP[0]},{DESKTOP[1]}", "--lang=en-GB"):
            options.add_argument(argument)
        options.add_experimental_option("prefs", {
            "download.default_directory": downloads, "download.prompt_for_download": False,
            "safebrowsing.enabled": False,
        })
        options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
        # The driver is given by path: Selenium Manager (which would download one) is never asked.
        self.driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
        self.driver.set_page_load_timeout(120)
        self.driver.execute_cdp_cmd("Page.setDownloadBehavior", {"behavior": "allow", "downloadPath": downloads})
        self.driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": WATCH})
        self.downloads = downloads
        self.size(DESKTOP)

    def size(self, size: tuple[int, int], mobile: bool = False) -> None:
        self.driver.execute_cdp_cmd("Emulation.setDeviceMetricsOverride", {
            "width": size[0], "height": size[1], "deviceScaleFactor": 1, "mobile": mobile})

    def wait(self, seconds: float = 30) -> WebDriverWait:
        return WebDriverWait(self.driver, seconds)

    def open(self, url: str) -> None:
        self.driver.get(url)
        self.wait().until(lambda d: d.execute_script("return document.readyState") == "complete")

    def js(self, script: str, *args):
        return self.driver.execute_script(script, *args)

    def console_problems(self) -> list[str]:
        """CSP violations, errors and alerts the watch recorded on this page, and Chrome's severe
        console entries since the last call (a missing /favicon.ico excepted)."""
        problems = []
        try:
            recorded = self.js("return [window.__klyngeCSP || [], window.__klyngeErrors || [],"
                               " window.__klyngeAlerts || []]")
            problems += [f"CSP violation: {x}" for x in recorded[0]]
            problems += [f"JavaScript error: {x}" for x in recorded[1]]
            problems += [f"a script opened {x}" for x in recorded[2]]
        except WebDriverException as error:
            problems.append(f"could not read the page's console watch: {error.msg}")
        for entry in self.driver.get_log("browser"):
            if entry.get("level") == "SEVERE" and "favicon.ico" not in entry.get("message", ""):
                problems.append(f"console: {entry['message'][:300]}")
        try:
            alert = self.driver.switch_to.alert
            problems.append(f"an alert is open: {alert.text!r}")
            alert.dismiss()
        except NoAlertPresentException:
            pass
        return problems

    def no_sideways_scroll(self) -> tuple[bool, str]:
        width, inner = self.js("return [document.documentElement.scrollWidth, window.innerWidth]")
        return width <= inner + 1, f"page is {width} px wide in a {inner} px window"

    def screenshot(self, folder: str | None, name: str) -> None:
        if folder:
            os.makedirs(folder, exist_ok=True)
            self.js("window.scrollTo(0, 0)")
            self.driver.save_screenshot(os.path.join(folder, name))
            print(f"   screenshot {os.path.join(folder, name)}")

    def quit(self) -> None:
        self.driver.quit()


def page_checks(b: Browser, check: Check, where: str) -> None:
    for problem in b.console_problems():
        check.expect(False, f"{where}: {problem}")


RESULT_NAMES = ("return [...document.querySelectorAll('#klynge-map-results li[data-member]')]"
                ".map(li => [li.getAttribute('data-member'),"
                " (li.querySelector('.klynge-map-result-name') || li).textContent])")


def map_search(b: Browser, check: Check, text: str, expected_name: str) -> str | None:
    """Types into the map's search box; the id of the result named exactly `expected_name`."""
    box = b.wait().until(EC.element_to_be_clickable((By.ID, "klynge-map-search")))
    box.clear()
    box.send_keys(text)
    try:
        return b.wait(10).until(lambda d: next((i for i, n in d.execute_script(RESULT_NAMES) if n == expected_name), None))
    except TimeoutException:
        shown = [n for _, n in b.js(RESULT_NAMES)][:10]
        check.expect(False, f"searching {text!r} on the map did not list {expected_name!r} (listed: {shown})")
        return None


def choose_result(b: Browser, member: str) -> None:
    """Chooses the search result of `member` as a mouse does (the list acts on mousedown)."""
    li = b.driver.find_element(By.CSS_SELECTOR, f"#klynge-map-results li[data-member='{member}']")
    b.js("arguments[0].dispatchEvent(new MouseEvent('mousedown', {bubbles: true, cancelable: true}))", li)


def member_card_name(b: Browser, seconds: float = 10) -> str | None:
    """The name in the standalone map's member card, once it shows."""
    try:
        b.wait(seconds).until(lambda d: d.find_element(By.ID, "klynge-map-member").is_displayed())
    except TimeoutException:
        return None
    return b.js("return document.getElementById('klynge-map-member-name').textContent")


def test_map(b: Browser, check: Check, base: str, shots: str | None) -> None:
    check.step("/ : the interactive map, search 'Bergen', its member panel")
    b.size(DESKTOP)
    b.open(base)
    check.expect(len(b.driver.find_elements(By.CSS_SELECTOR, "#klynge-map-viewport svg")) == 1,
                 "/ has no map drawing (#klynge-map-viewport svg)")
    ok, text = b.no_sideways_scroll()
    check.expect(ok, f"/ at 1366×768: {text}")
    b.screenshot(shots, "map.png")
    member = map_search(b, check, "bergen", "Bergen")
    if member:
        choose_result(b, member)
        try:  # on the server each member is a link: choosing it shows its card, with the name
            b.wait(10).until(lambda d: "Bergen" in d.execute_script(
                "const c = document.getElementById('klynge-map-card'); return c && !c.hidden ? c.textContent : ''"))
        except TimeoutException:
            check.expect(False, "choosing Bergen in the search showed no card with its name")
        node = b.driver.find_elements(By.CSS_SELECTOR, f"#klynge-map-viewport [data-member='{member}']")
        link = node and b.js("""const n = arguments[0];
            const a = n.closest('a') || n.querySelector('a');
            return a ? (a.getAttribute('href') || a.getAttribute('xlink:href')) : null;""", node[0])
        if check.expect(bool(link) and link.endswith(f"/members/{member}"),
                        f"Bergen's shape on the map links to {link!r}, not /members/{member}"):
            b.js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))", node[0])
            b.wait().until(lambda d: f"/members/{member}" in d.current_url)
            b.wait().until(lambda d: d.execute_script("return document.readyState") == "complete")
            heading = b.js("return document.querySelector('h1').textContent")
            check.expect("Bergen" in heading, f"Bergen's member panel (/members/{member}) is headed {heading!r}")
            check.expect(b.driver.find_elements(By.CSS_SELECTOR, "a[href*='/match?for=']") != [],
                         "Bergen's member panel has no 'find partners' link to /match?for=…")
    page_checks(b, check, "/ and Bergen's page")
    b.size(PHONE, mobile=True)
    b.open(base)
    ok, text = b.no_sideways_scroll()
    check.expect(ok, f"/ at 390×844: {text}")
    b.screenshot(shots, "map-phone.png")
    page_checks(b, check, "/ on a phone")
    b.size(DESKTOP)


def fill_newcomer_form(b: Browser, check: Check, base: str, county: str, topic: str) -> None:
    """Opens /match and submits the newcomer form: a company, `topic`, `county`, looking for
    municipalities, top 5."""
    b.open(urllib.parse.urljoin(base, "match"))
    form = b.wait().until(EC.presence_of_element_located((By.CSS_SELECTOR, "form#match-form, form.match-form, main form")))

    def field(name: str):
        found = form.find_elements(By.NAME, name)
        if not found:
            raise AssertionError(f"/match has no form field named {name!r}")
        return found

    def choose(name: str, value: str) -> None:
        elements = field(name)
        first = elements[0]
        if first.tag_name == "select":
            Select(first).select_by_value(value)
        elif first.get_attribute("type") in ("checkbox", "radio"):
            matches = [e for e in elements if e.get_attribute("value") == value]
            if not matches:
                raise AssertionError(f"/match: no {name} option {value!r}")
            if not matches[0].is_selected():
                b.js("arguments[0].scrollIntoView({block: 'center'})", matches[0])
                matches[0].click()
        else:
            first.clear()
            first.send_keys(value)

    choose("newcomer-kind", "company")
    choose("newcomer-topics", topic)
    choose("newcomer-county", county)
    choose("kind", "municipality")
    choose("top", "5")
    submit = form.find_element(By.CSS_SELECTOR, "button[type=submit], input[type=submit]")
    b.js("arguments[0].scrollIntoView({block: 'center'})", submit)
    submit.click()
    b.wait().until(EC.presence_of_element_located((By.CSS_SELECTOR, "#match-results, .match-results")))


def ranked_ids(b: Browser) -> list[str]:
    """The member ids of the ranked results, in order (each result links to /members/ID)."""
    ids = []
    for element in b.driver.find_elements(By.CSS_SELECTOR, "#match-results [data-member], .match-results [data-member]"):
        ids.append(element.get_attribute("data-member"))
    return ids


def test_match(b: Browser, check: Check, base: str, expected: list[str] | None, shots: str | None) -> None:
    check.step("/match : the newcomer form (company, fall detection, Vestland → municipalities, top 5)")
    fill_newcomer_form(b, check, base, "Vestland", "fall detection")
    got = ranked_ids(b)
    print(f"   ranked: {got}")
    if expected is not None:
        check.expect(got == expected, f"/match ranked {got}, `klynge match --format json` ranks {expected}")
    else:
        check.expect(len(got) == 5, f"/match ranked {len(got)} members, expected 5")
    ok, text = b.no_sideways_scroll()
    check.expect(ok, f"/match at 1366×768: {text}")
    b.screenshot(shots, "match.png")
    page_checks(b, check, "/match")

    check.step("/match : the CSV download")
    links = [a for a in b.driver.find_elements(By.CSS_SELECTOR, "a[href*='format=csv']")]
    if check.expect(bool(links), "/match results have no CSV link (href with format=csv)"):
        before = set(os.listdir(b.downloads))
        b.js("arguments[0].scrollIntoView({block: 'center'})", links[0])
        links[0].click()
        deadline = time.monotonic() + 30
        new = []
        while time.monotonic() < deadline:
            new = [f for f in set(os.listdir(b.downloads)) - before if not f.endswith(".crdownload")]
            if new:
                break
            time.sleep(0.2)
        if check.expect(len(new) == 1, f"no CSV arrived in the download folder ({os.listdir(b.downloads)})"):
            path = os.path.join(b.downloads, new[0])
            check.expect(new[0].endswith(".csv"), f"the download is named {new[0]!r}, not *.csv")
            rows = list(csv.DictReader(io.StringIO(open(path, encoding="utf-8").read())))
            column = "member" if rows and "member" in rows[0] else "id"
            csv_ids = [r.get(column) for r in rows]
            print(f"   {new[0]}: {len(rows)} rows, ids {csv_ids}")
            check.expect(csv_ids == (expected if expected is not None else got),
                         f"the CSV lists {csv_ids}, the page ranked {got}")
            check.expect(all(r.get("rank") == str(i + 1) for i, r in enumerate(rows)) if rows and "rank" in rows[0]
                         else False, "the CSV has no rank column counting 1, 2, 3…")
    page_checks(b, check, "/match download")
    b.size(PHONE, mobile=True)
    fill_newcomer_form(b, check, base, "Vestland", "fall detection")
    ok, text = b.no_sideways_scroll()
    check.expect(ok, f"/match at 390×844: {text}")
    b.screenshot(shots, "match-phone.png")
    page_checks(b, check, "/match on a phone")
    b.size(DESKTOP)


def injected(b: Browser) -> list[str]:
    """Traces that hostile markup became live: the flag, recorded alerts, elements or handlers."""
    found = b.js("""
        const out = [];
        if (window.klyngeInjected !== undefined) out.push('window.klyngeInjected = ' + window.klyngeInjected);
        for (const a of (window.__klyngeAlerts || [])) out.push('alert ' + a);
        for (const e of document.querySelectorAll('*')) {
          for (const attr of e.attributes) {
            if (/^on/i.test(attr.name)) out.push('<' + e.tagName.toLowerCase() + ' ' + attr.name + '=' + attr.value + '>');
            if (/^(href|src|action|formaction|xlink:href)$/i.test(attr.name) && /^\\s*javascript:/i.test(attr.value))
              out.push('<' + e.tagName.toLowerCase() + ' ' + attr.name + '=' + attr.value + '>');
          }
        }
        for (const s of document.querySelectorAll('script')) {
          const type = (s.getAttribute('type') || '').toLowerCase();
          if (!s.src && type !== 'application/json' && s.textContent.includes('alert')) out.push('inline <script> ' + s.textContent.slice(0, 80));
        }
        for (const i of document.querySelectorAll('img[src="x"], svg[onload]')) out.push('injected ' + i.outerHTML.slice(0, 80));
        return out;""")
    return found


def test_hostile(b: Browser, check: Check, base: str) -> None:
    check.step("hostile names (Tests/klyngeTests/Hostile): member pages, map, match, as text, no script")
    for member, name in HOSTILE_NAMES.items():
        b.open(urllib.parse.urljoin(base, f"members/{member}"))
        heading = b.driver.find_element(By.TAG_NAME, "h1")
        text = b.js("return arguments[0].textContent", heading).strip()
        check.expect(name in text, f"/members/{member}: the heading reads {text!r}, not the name {name!r}")
        title = b.driver.title
        check.expect(name in title, f"/members/{member}: the title reads {title!r}")
        for trace in injected(b):
            check.expect(False, f"/members/{member}: {trace}")
        page_checks(b, check, f"/members/{member}")
    b.open(base)
    for trace in injected(b):
        check.expect(False, f"/ : {trace}")
    for member in ("h01", "h03", "h10"):
        map_search(b, check, HOSTILE_NAMES[member][:12], HOSTILE_NAMES[member])
    for trace in injected(b):
        check.expect(False, f"/ after searching: {trace}")
    page_checks(b, check, "/ (hostile)")
    fill_newcomer_form(b, check, base, "Vestland", "fall detection")
    text = b.js("return (document.querySelector('#match-results, .match-results') || document.body).textContent")
    listed = [m for m, name in HOSTILE_NAMES.items() if name in text]
    check.expect(bool(listed), "/match on the hostile dataset lists none of the hostile names as text")
    for trace in injected(b):
        check.expect(False, f"/match (hostile): {trace}")
    page_checks(b, check, "/match (hostile)")
    for path in ("brokers", "report", "consortium?topics=fall+detection"):
        b.open(urllib.parse.urljoin(base, path))
        for trace in injected(b):
            check.expect(False, f"/{path} (hostile): {trace}")
        page_checks(b, check, f"/{path} (hostile)")


def test_map_file(b: Browser, check: Check, path: str, hostile: bool) -> None:
    check.step(f"{os.path.basename(path)} from file://, network off: search, filter, click")
    b.driver.execute_cdp_cmd("Network.enable", {})
    b.driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
        "offline": True, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})
    try:
        b.open("file://" + os.path.abspath(path))
        if hostile:
            for trace in injected(b):
                check.expect(False, f"{path}: {trace}")
            for member in ("h01", "h02", "h03", "h05"):
                map_search(b, check, HOSTILE_NAMES[member][:10], HOSTILE_NAMES[member])
            for trace in injected(b):
                check.expect(False, f"{path} after searching: {trace}")
        else:
            member = map_search(b, check, "bergen", "Bergen")
            if member:
                choose_result(b, member)
                check.expect(member_card_name(b) == "Bergen", f"{path}: choosing Bergen opened no member card")
                b.driver.find_element(By.ID, "klynge-map-member-close").click()
            Select(b.driver.find_element(By.ID, "klynge-map-county")).select_by_value("Vestland")
            dimmed = b.js("return document.querySelectorAll('#klynge-map-viewport .is-dimmed').length")
            check.expect(dimmed > 0, f"{path}: filtering on Vestland dimmed no member")
            status = b.driver.find_element(By.ID, "klynge-map-status").text
            check.expect("Vestland" in status or any(c.isdigit() for c in status), f"{path}: status {status!r}")
            Select(b.driver.find_element(By.ID, "klynge-map-county")).select_by_value("")
            node = b.driver.find_element(By.CSS_SELECTOR, "#klynge-map-viewport [data-member]")
            name = b.js("return JSON.parse(document.getElementById('klynge-map-data').textContent)"
                        ".members.find(m => m.id === arguments[0].getAttribute('data-member')).name", node)
            b.js("arguments[0].dispatchEvent(new MouseEvent('click', {bubbles: true, cancelable: true}))", node)
            check.expect(member_card_name(b) == name, f"{path}: clicking {name!r} on the map opened no card with its name")
        requests = b.js("return performance.getEntriesByType('resource').map(e => e.name)")
        check.expect(not requests, f"{path} asked for {requests}")
        page_checks(b, check, path)
    finally:
        b.driver.execute_cdp_cmd("Network.emulateNetworkConditions", {
            "offline": False, "latency": 0, "downloadThroughput": -1, "uploadThroughput": -1})


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("url", help="the server on the default dataset")
    parser.add_argument("--expect-match", help="comma-separated ids `klynge match --format json` ranks")
    parser.add_argument("--hostile-url", help="a server on Tests/klyngeTests/Hostile")
    parser.add_argument("--map-file", help="`klynge map DATASET -o map.html` of the default dataset")
    parser.add_argument("--hostile-map-file", help="the same for the hostile dataset")
    parser.add_argument("--screenshots", help="folder for map.png, match.png, map-phone.png, match-phone.png")
    args = parser.parse_args()
    if CHROMIUM is None or not os.path.exists(CHROMEDRIVER):
        print("FAIL: chromium and chromedriver are needed: run `make test` (its `browser` target installs "
              "the Debian packages chromium and chromium-driver)", file=sys.stderr)
        return 1
    base = args.url if args.url.endswith("/") else args.url + "/"
    expected = args.expect_match.split(",") if args.expect_match else None
    check = Check()
    with tempfile.TemporaryDirectory(prefix="klynge-browser-") as downloads:
        b = Browser(downloads)
        try:
            for name, run in (
                ("map", lambda: test_map(b, check, base, args.screenshots)),
                ("match", lambda: test_match(b, check, base, expected, args.screenshots)),
                ("hostile", lambda: args.hostile_url and test_hostile(
                    b, check, args.hostile_url if args.hostile_url.endswith("/") else args.hostile_url + "/")),
                ("map file", lambda: args.map_file and test_map_file(b, check, args.map_file, False)),
                ("hostile map file", lambda: args.hostile_map_file and test_map_file(b, check, args.hostile_map_file, True)),
            ):
                try:
                    run()
                except (AssertionError, WebDriverException) as error:
                    message = getattr(error, "msg", None) or str(error)
                    check.expect(False, f"{name}: stopped: {type(error).__name__}: {message.splitlines()[0] if message else ''}")
        finally:
            b.quit()
    if check.failures:
        print(f"FAIL: {len(check.failures)} problems:", file=sys.stderr)
        for f in check.failures:
            print("  " + f, file=sys.stderr)
        return 1
    print("PASS: map, search, member panel, match = CLI, CSV, hostile names as text, map file offline; "
          "no CSP violation, no JavaScript error")
    return 0


if __name__ == "__main__":
    sys.exit(main())
