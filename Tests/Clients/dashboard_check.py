"""The dashboard in a real browser: headless Chromium, driven over the DevTools protocol, loads `/` from a running
Puente, waits for the data and checks what a person would see against what the API says: every list and count,
the timeline newest first, every trade balance traced to all its quotes, a chart bar opening its sources, an article
with the quote highlighted, filters kept in the URL and read back from a shared one, and no console errors.
`--seed-facts` adds the facts the bundled corpus must show (both Petro–Xi meetings, Colombia's 2022 balance with
China, Colombia's Belt and Road membership). `--expect tables` checks the page without Chart.js: every figure still
in tables and a notice that charts are unavailable."""

import argparse
import base64
import json
import os
import re
import subprocess
import sys
import tempfile
import urllib.request

import websocket

from served import Served, wait_until


class Browser:
    """Headless Chromium with one page, spoken to over the DevTools protocol."""

    def __init__(self, executable, width, height):
        self.profile = tempfile.mkdtemp(prefix="puente-chromium-")
        self.process = subprocess.Popen(
            [executable, "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
             "--hide-scrollbars", "--remote-debugging-port=0", f"--user-data-dir={self.profile}",
             f"--window-size={width},{height}", "about:blank"],
            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
        port = self._devtools_port()
        pages = json.load(urllib.request.urlopen(f"http://127.0.0.1:{port}/json/list", timeout=10))
        page = next(target for target in pages if target["type"] == "page")
        self.socket = websocket.create_connection(page["webSocketDebuggerUrl"], timeout=30, suppress_origin=True)
        self.next_id = 0
        self.problems = []
        for domain in ("Page", "Runtime", "Log"):
            self.call(f"{domain}.enable")

    def _devtools_port(self):
        for line in self.process.stderr:
            match = re.search(r"DevTools listening on ws://127\.0\.0\.1:(\d+)/", line)
            if match:
                return int(match.group(1))
        raise RuntimeError("chromium did not start its DevTools server")

    def close(self):
        self.socket.close()
        self.process.terminate()
        self.process.wait(timeout=10)

    def call(self, method, **params):
        self.next_id += 1
        self.socket.send(json.dumps({"id": self.next_id, "method": method, "params": params}))
        while True:
            message = json.loads(self.socket.recv())
            if message.get("id") == self.next_id:
                if "error" in message:
                    raise RuntimeError(f"{method}: {message['error']}")
                return message.get("result", {})
            self._note(message)

    def _note(self, event):
        """Keeps what a person would see in the console as an error: console.error, uncaught exceptions, and the
        browser's own error entries (failed loads, blocked content)."""
        method, params = event.get("method"), event.get("params", {})
        if method == "Runtime.consoleAPICalled" and params.get("type") in ("error", "assert"):
            self.problems.append("console.error: " + " ".join(str(arg.get("value", arg.get("description"))) for arg in params["args"]))
        elif method == "Runtime.exceptionThrown":
            details = params["exceptionDetails"]
            self.problems.append("uncaught: " + details.get("exception", {}).get("description", details.get("text", "")))
        elif method == "Log.entryAdded" and params["entry"]["level"] == "error":
            self.problems.append(f"log: {params['entry']['text']} ({params['entry'].get('url', '')})")

    def evaluate(self, expression):
        result = self.call("Runtime.evaluate", expression=expression, returnByValue=True, awaitPromise=True)
        if "exceptionDetails" in result:
            raise RuntimeError(f"{expression[:80]}: {result['exceptionDetails']}")
        return result["result"].get("value")

    def open(self, url):
        self.call("Page.navigate", url=url)
        return wait_until(lambda: self.evaluate("document.readyState === 'complete' && document.body.dataset.state !== 'loading' "
                                                "&& document.body.dataset.state"), 30)

    def click(self, x, y):
        for kind in ("mousePressed", "mouseReleased"):
            self.call("Input.dispatchMouseEvent", type=kind, x=x, y=y, button="left", clickCount=1)

    def screenshot(self, path, width, height):
        clip = {"x": 0, "y": 0, "width": width, "height": height, "scale": 1}
        data = self.call("Page.captureScreenshot", format="png", captureBeyondViewport=True, clip=clip)["data"]
        with open(path, "wb") as file:
            file.write(base64.b64decode(data))


class Checks:
    def __init__(self):
        self.failures = []

    def expect(self, condition, message):
        print(("  ok    " if condition else "  FAIL  ") + message)
        if not condition:
            self.failures.append(message)


def text_of(browser, selector):
    return browser.evaluate(f"[...document.querySelectorAll({json.dumps(selector)})].map(node => node.innerText)")


def visible(browser, selector):
    return browser.evaluate(f"(() => {{ const node = document.querySelector({json.dumps(selector)}); "
                            "return !!node && !node.closest('[hidden]') && node.getClientRects().length > 0; })()")


def api_items(served, path):
    separator = "&" if "?" in path else "?"
    _, _, body = served.get(f"{path}{separator}limit=1000")
    return json.loads(body)["items"]


def words(text):
    """Text with its white space collapsed, as a browser renders it."""
    return " ".join(text.split())


def check_seed_facts(browser, checks):
    """What the bundled corpus must show: both Petro–Xi meetings, Colombia's 2022 balance, its BRI membership."""
    meetings = text_of(browser, "#meetings-table tr[data-meeting]")
    for date in ("2023-10-25", "2025-05-14"):
        checks.expect(any(date in row and "Gustavo Petro" in row and "Xi Jinping" in row for row in meetings),
                      f"the meetings table shows the Petro–Xi meeting of {date}")
    balance = text_of(browser, '#balances-table tr[data-balance="CO-CN-2022"]')
    checks.expect(len(balance) == 1 and "Colombia" in balance[0] and "2022" in balance[0] and "8.0 bn deficit" in balance[0],
                  f"the balance table shows Colombia's 2022 deficit with China: {balance}")
    bri = text_of(browser, '#bri-table tr[data-country="CO"]')
    checks.expect(len(bri) == 1 and "Member" in bri[0] and "2025-05-14" in bri[0],
                  f"the Belt and Road table shows Colombia as a member since 2025-05-14: {bri}")
    corpus = browser.evaluate("document.getElementById('corpus').innerText")
    checks.expect("5 articles" in corpus, f"the corpus line names the articles loaded: {corpus!r}")


def check_against_api(browser, served, checks):
    """Whatever the corpus, the page shows every item the API lists, in the API's order (newest first where the
    page says so), and the headline counts are the API's totals."""
    balances = api_items(served, "/v1/trade/balances")
    shown = browser.evaluate("[...document.querySelectorAll('#balances-table tr[data-balance]')].map(row => row.dataset.balance)")
    checks.expect(shown == [f"{row['country']}-{row['partner']}-{row['year']}" for row in balances],
                  f"the balance table has the API's {len(balances)} rows in order")
    for name, path, selector in (("meetings", "/v1/meetings", "#meetings-table tr[data-meeting]"),
                                 ("agreements", "/v1/agreements", "#agreements-table tr[data-agreement]"),
                                 ("BRI records", "/v1/bri/members", "#bri-table tr[data-country]"),
                                 ("articles", "/v1/documents", "#documents-table tr[data-document]")):
        total = len(api_items(served, path))
        rows = browser.evaluate(f"document.querySelectorAll({json.dumps(selector)}).length")
        checks.expect(rows == total, f"the page lists the API's {total} {name} ({rows})")
    for name, path, attribute, key in (("meetings", "/v1/meetings", "data-meeting", "id"),
                                       ("agreements", "/v1/agreements", "data-agreement", "id"),
                                       ("BRI records", "/v1/bri/members", "data-country", "country")):
        expected = {item[key]: item["confidence"] for item in api_items(served, path)}
        shown = browser.evaluate(f"Object.fromEntries([...document.querySelectorAll('tr[{attribute}]')].map(row => "
                                 f"[row.getAttribute('{attribute}'), Number(row.querySelector('[data-confidence]').dataset.confidence)]))")
        checks.expect(shown == expected, f"every one of the {name} shows the API's confidence")
    meetings = browser.evaluate("document.querySelector('#count-meetings strong').innerText")
    checks.expect(meetings == str(len(api_items(served, "/v1/meetings"))), f"the headline counts the meetings ({meetings})")
    timeline = [entry for entry in api_items(served, "/v1/timeline") if entry["kind"] != "trade_figure"]
    dates = browser.evaluate("[...document.querySelectorAll('#timeline li[data-kind] time')].map(node => node.getAttribute('datetime'))")
    checks.expect(dates == [entry["date"] for entry in reversed(timeline)], f"the timeline shows the API's {len(timeline)} entries newest first")
    kinds = {entry["kind"] for entry in timeline}
    checks.expect({"meeting", "agreement"} <= kinds, f"the timeline holds meetings and agreements among {sorted(kinds)}")
    browser.evaluate("document.querySelector('#timeline li[data-kind=\"meeting\"] summary').click()")
    quotes = text_of(browser, "#timeline li[data-kind='meeting'] details[open] blockquote")
    checks.expect(len(quotes) > 0, "a timeline entry opens to its quotes")


def balance_quotes(row, figures):
    """Every quote of every figure a balance row rests on, white space collapsed."""
    return [words(evidence["quote"]) for id in row["figures"] for evidence in figures[id]["evidence"]]


def drawer_text(browser):
    # Chart.js handles pointer events on the next animation frame, so the drawer may open a moment later.
    return wait_until(lambda: browser.evaluate("document.getElementById('evidence').hidden ? '' : document.getElementById('evidence').innerText"), 10)


def check_every_balance_traces(browser, served, checks):
    """Each balance row opens to every quote of every figure it rests on, says how each value was obtained, and
    names disagreements."""
    figures = {figure["id"]: figure for figure in api_items(served, "/v1/trade/figures")}
    untraced = []
    for index, row in enumerate(api_items(served, "/v1/trade/balances")):
        browser.evaluate("document.getElementById('evidence').hidden = true")
        browser.evaluate(f"document.querySelectorAll('#balances-table tr[data-balance]')[{index}].click()")
        drawer = words(drawer_text(browser) or "")
        quotes = balance_quotes(row, figures)
        complete = all(quote in drawer for quote in quotes) and ("stated" in drawer or "derived" in drawer)
        if not complete or (row["conflicts"] and "Sources disagree" not in drawer):
            untraced.append(f"{row['country']}-{row['year']}")
    checks.expect(not untraced, f"every balance row opens to all its quotes, how each value was obtained and any disagreement {untraced}")


def check_chart_and_article(browser, served, checks, charts):
    """A bar (or, without charts, a row) of the first balance with an amount opens its quotes; a quote's link opens
    the article with that quote highlighted."""
    rows = [row for row in api_items(served, "/v1/trade/balances") if row["balance"] and row["balance"]["amount"] is not None]
    figures = {figure["id"]: figure for figure in api_items(served, "/v1/trade/figures")}
    if not rows:
        checks.expect(False, "the corpus has a trade balance with an amount to trace")
        return
    row = rows[0]
    key = f"{row['country']}-{row['partner']}-{row['year']}"
    browser.evaluate("document.getElementById('evidence').hidden = true")
    if charts:
        point = browser.evaluate(f"""(() => {{
            const canvas = document.getElementById('balance-chart');
            const chart = Chart.getChart(canvas);
            const index = chart.data.datasets.findIndex(set => set.rows.some(row => row && `${{row.country}}-${{row.partner}}-${{row.year}}` === {json.dumps(key)}));
            const bar = chart.getDatasetMeta(index).data[chart.data.labels.indexOf({json.dumps(str(row['year']))})];
            const box = canvas.getBoundingClientRect();
            const points = chart.data.datasets.flatMap(set => set.data).filter(value => value !== null).length;
            return [box.left + bar.x, box.top + (bar.y + bar.base) / 2, chart.data.datasets[index].data, points];
        }})()""")
        checks.expect(point[3] == len(rows), f"the chart draws every balance with an amount ({point[3]} of {len(rows)})")
        sign_right = any(value is not None and (value < 0) == (row["balance"]["amount"] < 0) for value in point[2])
        checks.expect(sign_right, f"the chart draws {key} on the side of zero its sign gives")
        browser.click(point[0], point[1])
    else:
        browser.evaluate(f"document.querySelector('#balances-table tr[data-balance={json.dumps(key)}]').click()")
    drawer = words(drawer_text(browser) or "")
    quotes = balance_quotes(row, figures)
    how = "clicking the chart's bar" if charts else "clicking the table row"
    checks.expect(quotes and all(quote in drawer for quote in quotes), f"{how} for {key} shows every quote of its figures")
    link = browser.evaluate("(() => { const link = document.querySelector('#evidence .document-link'); link.click(); return link.getAttribute('href'); })()")
    wait_until(lambda: browser.evaluate("!!document.querySelector('#document:not([hidden]) mark.focus')"), 10)
    focused = words(browser.evaluate("[...document.querySelectorAll('#document mark.focus')].map(node => node.textContent).join('')"))
    checks.expect(focused in quotes, f"the article opens with the quote highlighted ({link})")
    checks.expect("doc=" in browser.evaluate("location.search"), "the open article is in the page URL")
    browser.evaluate("document.getElementById('document-close').click()")
    return row


def check_filters(browser, served, checks, row):
    """Applying filters writes them into the URL and narrows the lists as the API does; a shared URL opens on the
    same view; a malformed one says what is wrong."""
    country, year = row["country"], str(row["year"])
    browser.evaluate(f"""(() => {{ const form = document.getElementById('filters');
        form.elements.country.value = {json.dumps(country)}; form.elements.from.value = {json.dumps(year)}; form.requestSubmit(); }})()""")
    wait_until(lambda: browser.evaluate(f"document.body.dataset.state === 'ready' && location.search.includes('from={year}')"), 20)
    checks.expect(browser.evaluate("location.search") == f"?country={country}&from={year}", "applying filters writes them into the page URL")
    wait_until(lambda: browser.evaluate("document.body.dataset.state") == "ready", 20)
    for name, path, selector in (("meetings", "/v1/meetings", "#meetings-table tr[data-meeting]"),
                                 ("balances", "/v1/trade/balances", "#balances-table tr[data-balance]")):
        expected = len(api_items(served, f"{path}?country={country}&from={year}"))
        rows = browser.evaluate(f"document.querySelectorAll({json.dumps(selector)}).length")
        checks.expect(rows == expected, f"filtered to {country} from {year}: {rows} {name}, as the API gives ({expected})")
    memberships = api_items(served, "/v1/bri/members")
    if memberships:
        chosen = memberships[-1]
        browser.open(f"{served.base}/?country={chosen['country'].lower()}")
        bri = browser.evaluate("[...document.querySelectorAll('#bri-table tr[data-country] [data-status]')].map(node => node.dataset.status)")
        selected = browser.evaluate("document.getElementById('filter-country').value")
        checks.expect(selected == chosen["country"] and bri == [chosen["status"]],
                      f"a shared URL ?country={chosen['country'].lower()} opens on that country's BRI status {bri}")
    state = browser.open(f"{served.base}/?from=last-year")
    message = browser.evaluate("document.getElementById('error').innerText")
    checks.expect(state == "error" and "last-year" in message, f"a URL with a malformed date says what is wrong: {message!r}")


def main():
    arguments = argparse.ArgumentParser()
    arguments.add_argument("--binary", required=True)
    arguments.add_argument("--corpus", required=True)
    arguments.add_argument("--openapi", required=True)
    arguments.add_argument("--chromium", default="chromium")
    arguments.add_argument("--assets-dir", help="PUENTE_ASSETS_DIR for the server")
    arguments.add_argument("--expect", choices=["charts", "tables"], default="charts")
    arguments.add_argument("--screenshot", help="where to save a PNG of the first screen")
    arguments.add_argument("--seed-facts", action="store_true", help="also check the facts the bundled corpus must show")
    options = arguments.parse_args()
    environment = {"PUENTE_ASSETS_DIR": options.assets_dir} if options.assets_dir else {}
    checks = Checks()
    with Served(options.binary, options.corpus, options.openapi, environment) as served:
        browser = Browser(options.chromium, 1440, 1200)
        try:
            state = browser.open(served.base + "/")
            checks.expect(state == "ready", f"the page loads its data (state {state!r})")
            charts = options.expect == "charts"
            checks.expect(browser.evaluate("document.body.dataset.charts") == ("available" if charts else "unavailable"),
                          f"the page knows whether charts are available ({options.expect})")
            checks.expect(visible(browser, "#balance-chart") == charts, "the balance chart is drawn" if charts else "no chart is drawn")
            checks.expect(visible(browser, "#charts-unavailable") != charts,
                          "no notice about charts" if charts else "the page says charts are unavailable")
            if options.seed_facts:
                check_seed_facts(browser, checks)
            check_against_api(browser, served, checks)
            if options.screenshot:
                browser.evaluate("window.scrollTo(0, 0)")
                browser.screenshot(options.screenshot, 1440, 1800)
                print(f"  saved {options.screenshot}")
            check_every_balance_traces(browser, served, checks)
            row = check_chart_and_article(browser, served, checks, charts)
            if row:
                check_filters(browser, served, checks, row)
            browser.call("Runtime.evaluate", expression="0")  # drains events still queued
            checks.expect(not browser.problems, "no console errors" + (f": {browser.problems}" if browser.problems else ""))
        finally:
            browser.close()
    if checks.failures:
        print(f"dashboard check ({options.expect}): FAILED")
        sys.exit(1)
    print(f"dashboard check ({options.expect}): passed")


if __name__ == "__main__":
    main()
