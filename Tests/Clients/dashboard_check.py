"""The dashboard in a real browser: headless Chromium, driven over the DevTools protocol, loads `/` from a running
Puente, waits for the data and checks what a person would see: both Petro–Xi meetings, Colombia's 2022 balance with
China traced to its quotes, Colombia's Belt and Road membership, the timeline newest first, an article with the
quote highlighted, filters kept in the URL, and no console errors. `--expect tables` checks the page without
Chart.js: every figure still in tables and a notice that charts are unavailable."""

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
        for domain in ("Page", "Runtime", "Log", "Network"):
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
        elif method == "Network.responseReceived":
            self.responses.append(params["response"]["url"])

    responses = []

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

    def screenshot(self, path):
        data = self.call("Page.captureScreenshot", format="png")["data"]
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


def check_first_screen(browser, served, checks):
    meetings = text_of(browser, "#meetings-table tr[data-meeting]")
    for date in ("2023-10-25", "2025-05-14"):
        checks.expect(any(date in row and "Gustavo Petro" in row and "Xi Jinping" in row for row in meetings),
                      f"the meetings table shows the Petro–Xi meeting of {date}")
    balance = text_of(browser, '#balances-table tr[data-balance="CO-CN-2022"]')
    checks.expect(len(balance) == 1 and "Colombia" in balance[0] and "2022" in balance[0] and "8.0 bn" in balance[0],
                  f"the balance table shows Colombia's 2022 deficit with China: {balance}")
    bri = text_of(browser, '#bri-table tr[data-country="CO"]')
    checks.expect(len(bri) == 1 and "Member" in bri[0] and "2025-05-14" in bri[0],
                  f"the Belt and Road table shows Colombia as a member since 2025-05-14: {bri}")
    counts = browser.evaluate("document.getElementById('count-meetings').innerText")
    checks.expect(counts.startswith("2"), f"the headline counts two meetings: {counts!r}")
    corpus = browser.evaluate("document.getElementById('corpus').innerText")
    checks.expect("5 articles" in corpus, f"the corpus line names the articles loaded: {corpus!r}")
    dates = browser.evaluate("[...document.querySelectorAll('#timeline li[data-kind] time')].map(node => node.getAttribute('datetime'))")
    checks.expect(len(dates) > 5 and dates == sorted(dates, reverse=True), "the timeline runs newest first")
    kinds = set(browser.evaluate("[...document.querySelectorAll('#timeline li[data-kind]')].map(node => node.dataset.kind)"))
    checks.expect({"meeting", "agreement", "relation", "bri_joined"} <= kinds, f"the timeline holds meetings, agreements, relations and BRI events: {sorted(kinds)}")
    browser.evaluate("document.querySelector('#timeline li[data-kind=\"meeting\"] summary').click()")
    quotes = text_of(browser, "#timeline li[data-kind='meeting'] details[open] blockquote")
    checks.expect(len(quotes) > 0, "a timeline entry opens to its quotes")


def figure_quotes(served):
    _, _, body = served.get("/v1/trade/figures?country=CO&year=2022")
    return [evidence["quote"] for figure in json.loads(body)["items"] for evidence in figure["evidence"]]


def check_trace_and_article(browser, served, checks, via_chart):
    browser.evaluate("document.getElementById('evidence').hidden = true")
    if via_chart:
        point = browser.evaluate("""(() => {
            const canvas = document.getElementById('balance-chart');
            const chart = Chart.getChart(canvas);
            const index = chart.data.datasets.findIndex(set => set.rows.some(row => row && row.country === 'CO' && row.year === 2022));
            const bar = chart.getDatasetMeta(index).data[chart.data.labels.indexOf('2022')];
            const box = canvas.getBoundingClientRect();
            return [box.left + bar.x, box.top + (bar.y + bar.base) / 2, chart.data.datasets[index].data];
        })()""")
        checks.expect(any(value is not None and value < 0 for value in point[2]), f"the chart draws Colombia's 2022 balance below zero: {point[2]}")
        browser.click(point[0], point[1])
    else:
        browser.evaluate("document.querySelector('#balances-table tr[data-balance=\"CO-CN-2022\"]').click()")
    # Chart.js handles pointer events on the next animation frame, so the drawer may open a moment later.
    drawer = wait_until(lambda: browser.evaluate("document.getElementById('evidence').hidden ? '' : document.getElementById('evidence').innerText"), 10)
    quotes = figure_quotes(served)
    how = "clicking the chart's bar" if via_chart else "clicking the table row"
    checks.expect(quotes and all(quote in drawer for quote in quotes), f"{how} shows every quote of Colombia's 2022 figures")
    checks.expect("stated" in drawer and "derived" in drawer, "the sources say which values were stated and which derived")
    link = browser.evaluate("(() => { const link = document.querySelector('#evidence .document-link'); link.click(); return link.getAttribute('href'); })()")
    wait_until(lambda: browser.evaluate("!!document.querySelector('#document:not([hidden]) mark.focus')"), 10)
    focused = browser.evaluate("[...document.querySelectorAll('#document mark.focus')].map(node => node.textContent).join('')")
    checks.expect(focused in quotes, f"the article opens with the quote highlighted ({link})")
    checks.expect("doc=" in browser.evaluate("location.search"), "the open article is in the page URL")
    browser.evaluate("document.getElementById('document-close').click()")


def check_filters(browser, base, checks):
    browser.evaluate("""(() => { const form = document.getElementById('filters');
        form.elements.country.value = 'CO'; form.elements.from.value = '2025'; form.requestSubmit(); })()""")
    wait_until(lambda: browser.evaluate("document.body.dataset.state === 'ready' && location.search.includes('from=2025')"), 20)
    checks.expect(browser.evaluate("location.search") == "?country=CO&from=2025", "applying filters writes them into the page URL")
    wait_until(lambda: browser.evaluate("document.body.dataset.state") == "ready", 20)
    meetings = text_of(browser, "#meetings-table tr[data-meeting]")
    checks.expect(len(meetings) == 1 and "2025-05-14" in meetings[0], f"filtered to CO from 2025, one meeting remains: {meetings}")
    browser.open(f"{base}/?country=PA")
    bri = text_of(browser, "#bri-table tr[data-country]")
    selected = browser.evaluate("document.getElementById('filter-country').value")
    checks.expect(selected == "PA" and len(bri) == 1 and "Former member" in bri[0], f"a shared URL ?country=PA opens on Panama: {bri}")
    state = browser.open(f"{base}/?from=last-year")
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
            check_first_screen(browser, served, checks)
            if options.screenshot:
                browser.evaluate("window.scrollTo(0, 0)")
                browser.screenshot(options.screenshot)
                print(f"  saved {options.screenshot}")
            check_trace_and_article(browser, served, checks, via_chart=charts)
            check_filters(browser, served.base, checks)
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
