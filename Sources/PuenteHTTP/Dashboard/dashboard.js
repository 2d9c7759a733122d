// Puente's dashboard: reads the public API, renders counts, the trade balance chart and table, Belt and Road
// status, a timeline, meetings, agreements and articles, and traces every value to its quotes. Filters live in the
// page URL (?country=CO&from=2023&to=2025), as does an open article (&doc=ID&span=START-END).
"use strict";

const FILTERS = ["country", "from", "to"];
const STATUS_LABELS = {
  member: "Member",
  former_member: "Former member",
  intends_to_join: "Intends to join",
  non_member: "Not a member",
};
const KIND_LABELS = {
  meeting: "Meeting",
  agreement: "Agreement",
  relation: "Relations",
  bri_joined: "Belt and Road",
  bri_exited: "Belt and Road",
  bri_intent: "Belt and Road",
  bri_not_member: "Belt and Road",
};

const regionNames = typeof Intl.DisplayNames === "function" ? new Intl.DisplayNames(["en"], { type: "region" }) : null;

/** Everything loaded for the current filters; rebuilt on every load. */
const state = { documents: new Map(), figures: new Map(), balances: [], facts: [], chart: null };

// ---- small DOM helpers -------------------------------------------------------------------------------------------

function el(tag, attributes = {}, ...children) {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (name === "class") node.className = value;
    else if (name.startsWith("on")) node.addEventListener(name.slice(2), value);
    else node.setAttribute(name, value === true ? "" : value);
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined) continue;
    node.append(child instanceof Node ? child : String(child));
  }
  return node;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
  return node;
}

function countryName(code) {
  if (!code) return "";
  try {
    return (regionNames && regionNames.of(code)) || code;
  } catch {
    return code;
  }
}

function joinCountries(codes) {
  return (codes || []).map(countryName).join(", ");
}

/** "USD 8.0 bn", "-USD 8.0 bn", "USD 850 m". */
function money(amount, currency) {
  if (amount === null || amount === undefined) return null;
  const magnitude = Math.abs(amount);
  const sign = amount < 0 ? "−" : "";
  const unit = currency || "";
  if (magnitude >= 1e9) return `${sign}${unit} ${(magnitude / 1e9).toFixed(1)} bn`;
  if (magnitude >= 1e6) return `${sign}${unit} ${(magnitude / 1e6).toFixed(0)} m`;
  return `${sign}${unit} ${magnitude.toLocaleString("en")}`;
}

function plural(count, noun) {
  return `${count} ${noun}${count === 1 ? "" : "s"}`;
}

const QUALIFIERS = { about: "about ", more_than: "more than ", less_than: "less than ", exact: "" };

// ---- the page URL ------------------------------------------------------------------------------------------------

function pageParameters() {
  return new URLSearchParams(window.location.search);
}

function currentFilters() {
  const parameters = pageParameters();
  const filters = {};
  for (const name of FILTERS) {
    const value = (parameters.get(name) || "").trim();
    if (value) filters[name] = name === "country" ? value.toUpperCase() : value;
  }
  return filters;
}

/** The page URL with `changes` applied; a null value removes the parameter. */
function pageURL(changes) {
  const parameters = pageParameters();
  for (const [name, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === "") parameters.delete(name);
    else parameters.set(name, value);
  }
  const query = parameters.toString();
  return query ? `/?${query}` : "/";
}

function navigate(changes, reload) {
  history.pushState(null, "", pageURL(changes));
  reload ? load() : showDocumentFromURL();
}

// ---- the API -----------------------------------------------------------------------------------------------------

async function getJSON(path) {
  const response = await fetch(path, { headers: { Accept: "application/json" } });
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const detail = body && body.detail ? body.detail : `${response.status} ${response.statusText}`;
    throw new Error(`${path}: ${detail}`);
  }
  return body;
}

/** Every item of a list, page after page. */
async function getAll(path, parameters = {}) {
  const items = [];
  for (;;) {
    const query = new URLSearchParams(parameters);
    query.set("limit", "1000");
    query.set("offset", String(items.length));
    const page = await getJSON(`${path}?${query}`);
    items.push(...page.items);
    if (page.items.length === 0 || items.length >= page.total) return items;
  }
}

function pick(filters, names) {
  const chosen = {};
  for (const name of names) if (filters[name]) chosen[name] = filters[name];
  return chosen;
}

async function fetchAll(filters) {
  const dated = pick(filters, ["country", "from", "to"]);
  const [summary, documents, balances, figures, timeline, bri, meetings, agreements] = await Promise.all([
    getJSON("/v1/summary"),
    getAll("/v1/documents"),
    getAll("/v1/trade/balances", dated),
    getAll("/v1/trade/figures", pick(filters, ["country"])),
    getAll("/v1/timeline", dated),
    getAll("/v1/bri/members"),
    getAll("/v1/meetings", dated),
    getAll("/v1/agreements", dated),
  ]);
  return { summary, documents, balances, figures, timeline, bri, meetings, agreements };
}

// ---- loading and rendering ---------------------------------------------------------------------------------------

async function load() {
  document.body.dataset.state = "loading";
  const filters = currentFilters();
  fillFilterForm(filters);
  clear(document.getElementById("error")).hidden = true;
  const invalid = invalidFilters(filters);
  if (invalid) {
    showError(invalid);
    document.body.dataset.state = "error";
    return;
  }
  try {
    const data = await fetchAll(filters);
    remember(data);
    const years = yearFilter(filters);
    const figures = data.figures.filter((figure) => years(figure.year));
    const bri = data.bri.filter((membership) => !filters.country || membership.country === filters.country);
    renderCorpus(data.summary, data.documents);
    renderCountryOptions(data.documents, data.bri, filters.country);
    renderCounts(data, figures, bri);
    renderBalances(data.balances);
    renderBri(bri);
    renderTimeline(data.timeline.filter((entry) => entry.kind !== "trade_figure"));
    renderMeetings(data.meetings);
    renderAgreements(data.agreements);
    renderDocuments(data.documents);
    updateCSVLink(filters);
    document.body.dataset.state = "ready";
    showDocumentFromURL();
  } catch (error) {
    showError(error.message);
    document.body.dataset.state = "error";
  }
}

/** Why the page URL's filters cannot be asked of the API, or null when they can. */
function invalidFilters(filters) {
  if (filters.country && !/^[A-Z]{2}$/.test(filters.country)) return `the country '${filters.country}' is not a two-letter code such as CO.`;
  for (const name of ["from", "to"]) {
    if (filters[name] && !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(filters[name])) return `'${filters[name]}' is not a date YYYY, YYYY-MM or YYYY-MM-DD.`;
  }
  return null;
}

function showError(message) {
  const box = document.getElementById("error");
  box.textContent = `Cannot show this view: ${message}`;
  box.hidden = false;
}

/** Keeps what the evidence views need: documents by id, figures by id, and every fact's evidence. */
function remember(data) {
  state.documents = new Map(data.documents.map((documentSummary) => [documentSummary.id, documentSummary]));
  state.figures = new Map(data.figures.map((figure) => [figure.id, figure]));
  state.balances = data.balances;
  state.facts = [
    ...data.meetings.map((meeting) => meeting.evidence),
    ...data.agreements.map((agreement) => agreement.evidence),
    ...data.figures.map((figure) => figure.evidence),
    ...data.timeline.map((entry) => entry.evidence),
    ...data.bri.flatMap((membership) => membership.events.map((event) => event.evidence)),
  ].flat();
}

/** A test of a year against the from/to filters, which may be YYYY, YYYY-MM or YYYY-MM-DD. */
function yearFilter(filters) {
  const from = filters.from ? Number(filters.from.slice(0, 4)) : -Infinity;
  const to = filters.to ? Number(filters.to.slice(0, 4)) : Infinity;
  return (year) => year >= from && year <= to;
}

function fillFilterForm(filters) {
  document.getElementById("filter-from").value = filters.from || "";
  document.getElementById("filter-to").value = filters.to || "";
}

function renderCountryOptions(documents, bri, selected) {
  const codes = new Set(bri.map((membership) => membership.country));
  for (const documentSummary of documents) for (const code of documentSummary.countries) if (code !== "CN") codes.add(code);
  if (selected) codes.add(selected);
  const select = document.getElementById("filter-country");
  clear(select).append(el("option", { value: "" }, "All countries"));
  const sorted = [...codes].sort((a, b) => countryName(a).localeCompare(countryName(b)));
  for (const code of sorted) select.append(el("option", { value: code, selected: code === selected }, `${countryName(code)} (${code})`));
}

function renderCorpus(summary, documents) {
  const publishers = new Set(documents.map((documentSummary) => documentSummary.publisher).filter(Boolean));
  const dates = documents.map((documentSummary) => documentSummary.published).filter(Boolean).sort();
  const span = dates.length ? `, published ${dates[0]} to ${dates[dates.length - 1]}` : "";
  const warnings = summary.counts.warnings ? `; ${summary.counts.warnings} files skipped or partly read` : "";
  document.getElementById("corpus").textContent =
    `Corpus: ${summary.counts.documents} articles from ${publishers.size} publishers${span}${warnings}`;
}

function renderCounts(data, figures, bri) {
  const members = bri.filter((membership) => membership.status === "member").length;
  const cards = [
    ["meetings", data.meetings.length, "meetings", data.summary.counts.meetings],
    ["agreements", data.agreements.length, "agreements", data.summary.counts.agreements],
    ["trade-figures", figures.length, "trade figures", data.summary.counts.tradeFigures],
    ["bri-members", members, "Belt and Road members", data.summary.briMembers.length],
  ];
  const filtered = Object.keys(currentFilters()).length > 0;
  clear(document.getElementById("counts")).append(
    ...cards.map(([id, count, label, total]) =>
      el("div", { class: "count", id: `count-${id}` }, el("strong", {}, count), el("span", {}, label + (filtered ? ` (of ${total})` : ""))),
    ),
  );
}

// ---- trade balances ----------------------------------------------------------------------------------------------

function balanceCell(value, isBalance) {
  if (!value) return el("td", { class: "number empty" }, "–");
  const amount = isBalance && value.sign && value.amount !== null ? Math.abs(value.amount) : value.amount;
  const text = money(amount, value.currency);
  const cell = el("td", { class: "number" });
  if (text) {
    cell.append((QUALIFIERS[value.qualifier] || "") + text + (isBalance && value.sign ? ` ${value.sign}` : ""));
  } else {
    cell.append(el("span", { class: "empty" }, value.sign ? `${value.sign}, amount not given` : "not given"));
  }
  if (isBalance && value.sign) cell.classList.add(value.sign);
  if (value.derived) cell.append(" ", el("span", { class: "tag derived", title: "computed from the other two values" }, "derived"));
  return cell;
}

/** How far to trust a fact (see the API's `confidence`), with how many articles report it. */
function confidenceCell(fact) {
  const label = `${fact.confidence.toFixed(2)}`;
  const title = `${plural(fact.sources.length, "source")}; 0.85 is one plain report, higher with more articles`;
  return el("td", { class: "number confidence", "data-confidence": String(fact.confidence), title }, label, el("div", { class: "hint" }, plural(fact.sources.length, "source")));
}

/** A table head; the columns at `numeric` are right-aligned like their values. */
function headerRow(names, numeric = []) {
  return el("thead", {}, el("tr", {}, names.map((name, index) => el("th", { class: numeric.includes(index) ? "number" : null }, name))));
}

function renderBalances(rows) {
  const table = clear(document.getElementById("balances-table"));
  table.append(headerRow(["Country", "Year", "Exports", "Imports", "Balance", ""], [1, 2, 3, 4]));
  const body = el("tbody");
  for (const [index, row] of rows.entries()) {
    const partner = row.partner === "CN" ? "" : ` with ${countryName(row.partner)}`;
    const flags = row.conflicts.length ? el("span", { class: "tag conflict" }, "sources disagree") : null;
    body.append(
      el(
        "tr",
        {
          class: "clickable",
          tabindex: "0",
          "data-balance": `${row.country}-${row.partner}-${row.year}`,
          onclick: () => showBalance(index),
          onkeydown: (event) => event.key === "Enter" && showBalance(index),
        },
        el("td", {}, `${countryName(row.country)} (${row.country})${partner}`),
        el("td", { class: "number" }, row.year),
        balanceCell(row.exports, false),
        balanceCell(row.imports, false),
        balanceCell(row.balance, true),
        el("td", {}, flags),
      ),
    );
  }
  if (rows.length === 0) body.append(el("tr", {}, el("td", { colspan: "6", class: "empty" }, "No trade balances match these filters.")));
  table.append(body);
  renderBalanceChart(rows);
}

function renderBalanceChart(rows) {
  const available = typeof window.Chart === "function";
  document.body.dataset.charts = available ? "available" : "unavailable";
  document.getElementById("charts-unavailable").hidden = available;
  const box = document.getElementById("balance-chart-box");
  if (state.chart) {
    state.chart.destroy();
    state.chart = null;
  }
  const charted = rows.filter((row) => row.balance && row.balance.amount !== null);
  box.hidden = !available || charted.length === 0;
  if (box.hidden) return;
  const years = [...new Set(charted.map((row) => row.year))].sort((a, b) => a - b);
  const series = new Map();
  for (const row of charted) {
    const key = `${row.country}|${row.partner}|${row.balance.currency}`;
    if (!series.has(key)) series.set(key, { row, points: new Map() });
    series.get(key).points.set(row.year, row);
  }
  const palette = ["#1a5fb4", "#c0392b", "#2e7d5b", "#a56a00", "#7b3fa0", "#00838f", "#6d4c41", "#546e7a", "#d81b60",
    "#7cb342", "#3949ab", "#f4511e"];
  const datasets = [...series.values()].map(({ row, points }, index) => ({
    label: `${countryName(row.country)} with ${countryName(row.partner)} (${row.balance.currency})`,
    data: years.map((year) => (points.has(year) ? points.get(year).balance.amount / 1e9 : null)),
    rows: years.map((year) => points.get(year) || null),
    backgroundColor: palette[index % palette.length],
    maxBarThickness: 56,
  }));
  state.chart = new window.Chart(document.getElementById("balance-chart"), {
    type: "bar",
    data: { labels: years.map(String), datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      scales: { y: { title: { display: true, text: "billions (negative: deficit)" }, grid: { color: (context) => (context.tick.value === 0 ? "#1d2430" : "#e6eaef") } } },
      plugins: {
        tooltip: {
          callbacks: {
            label: (context) => {
              const row = context.dataset.rows[context.dataIndex];
              const derived = row.balance.derived ? " (derived)" : "";
              return `${context.dataset.label}: ${money(row.balance.amount, row.balance.currency)}${derived}`;
            },
          },
        },
      },
      onClick: (event, elements) => {
        if (elements.length === 0) return;
        const row = datasets[elements[0].datasetIndex].rows[elements[0].index];
        if (row) showBalance(state.balances.indexOf(row));
      },
    },
  });
}

function describeValue(name, value) {
  if (!value) return [el("dt", {}, name), el("dd", { class: "empty" }, "not reported")];
  const amount = money(value.amount, value.currency);
  const text = amount ? (QUALIFIERS[value.qualifier] || "") + amount : value.sign ? `${value.sign}, amount not given` : "not given";
  const how = value.derived ? el("span", { class: "tag derived" }, "derived from the other two") : el("span", { class: "tag" }, "stated");
  return [el("dt", {}, name), el("dd", {}, text, " ", how)];
}

function showBalance(index) {
  const row = state.balances[index];
  if (!row) return;
  for (const selected of document.querySelectorAll("#balances-table tr.selected")) selected.classList.remove("selected");
  const tableRow = document.querySelector(`#balances-table tr[data-balance="${row.country}-${row.partner}-${row.year}"]`);
  if (tableRow) tableRow.classList.add("selected");
  const content = [
    el("p", {}, el("strong", {}, `${countryName(row.country)} and ${countryName(row.partner)}, ${row.year}`)),
    el("dl", {}, describeValue("Exports", row.exports), describeValue("Imports", row.imports), describeValue("Balance", row.balance)),
  ];
  if (row.conflicts.length) {
    content.push(el("h3", {}, "Sources disagree"));
    for (const conflict of row.conflicts) {
      const values = conflict.figures.map((id) => {
        const figure = state.figures.get(id);
        return figure && figure.value ? money(figure.value.amount, figure.value.currency) : id;
      });
      content.push(el("p", { class: "conflict-note" }, `${conflict.indicator}: ${values.join(" vs ")}`));
    }
  }
  for (const id of row.figures) {
    const figure = state.figures.get(id);
    if (!figure) continue;
    const value = figure.value ? (QUALIFIERS[figure.value.qualifier] || "") + money(figure.value.amount, figure.value.currency) : figure.sign || "reported";
    content.push(el("h3", {}, `${figure.indicator}: ${value}`), evidenceList(figure.evidence));
  }
  openDrawer("Trade balance sources", content);
}

// ---- Belt and Road -----------------------------------------------------------------------------------------------

function renderBri(memberships) {
  const table = clear(document.getElementById("bri-table"));
  table.append(headerRow(["Country", "Status", "Joined", "Left", "Confidence", "Evidence"], [2, 3, 4]));
  const body = el("tbody");
  for (const membership of memberships) {
    const evidence = membership.events.flatMap((event) => event.evidence);
    const events = membership.events.map((event) => `${event.date || "undated"}: ${event.kind.replace(/_/g, " ")}`).join("; ");
    body.append(
      el(
        "tr",
        { "data-country": membership.country },
        el("td", {}, `${membership.name || countryName(membership.country)} (${membership.country})`),
        el("td", {}, el("span", { class: `status status-${membership.status}`, "data-status": membership.status }, STATUS_LABELS[membership.status] || membership.status)),
        el("td", { class: "number" }, membership.joined || "–"),
        el("td", { class: "number" }, membership.exited || "–"),
        confidenceCell(membership),
        el("td", {}, el("details", {}, el("summary", {}, plural(membership.events.length, "report")), el("p", { class: "hint" }, events), evidenceList(evidence))),
      ),
    );
  }
  if (memberships.length === 0) body.append(el("tr", {}, el("td", { colspan: "6", class: "empty" }, "The articles say nothing of these countries and the initiative.")));
  table.append(body);
}

// ---- timeline, meetings, agreements, articles --------------------------------------------------------------------

function renderTimeline(entries) {
  const list = clear(document.getElementById("timeline"));
  for (const entry of [...entries].reverse()) {
    list.append(
      el(
        "li",
        { class: `kind-${entry.kind}`, "data-kind": entry.kind },
        el(
          "details",
          {},
          el("summary", {}, el("time", { datetime: entry.date }, entry.date), el("span", { class: "tag" }, KIND_LABELS[entry.kind] || entry.kind), " ", entry.title),
          evidenceList(entry.evidence),
        ),
      ),
    );
  }
  if (entries.length === 0) list.append(el("li", { class: "empty" }, "Nothing dated matches these filters."));
}

function participantsText(meeting) {
  return meeting.participants.map((person) => (person.role ? `${person.name} (${person.role})` : person.name)).join(", ");
}

function renderMeetings(meetings) {
  const table = clear(document.getElementById("meetings-table"));
  table.append(headerRow(["Date", "Who", "Where", "Agreements", "Confidence", "Evidence"], [3, 4]));
  const body = el("tbody");
  for (const meeting of [...meetings].reverse()) {
    const signed = meeting.reportedAgreementCount ? meeting.reportedAgreementCount.count : meeting.agreements.length;
    body.append(
      el(
        "tr",
        { "data-meeting": meeting.id },
        el("td", { class: "number" }, meeting.date || "undated"),
        el("td", {}, participantsText(meeting), meeting.occasion ? el("div", { class: "hint" }, meeting.occasion) : null),
        el("td", {}, meeting.location || "–"),
        el("td", { class: "number" }, signed),
        confidenceCell(meeting),
        el("td", {}, el("details", {}, el("summary", {}, plural(meeting.evidence.length, "quote")), evidenceList(meeting.evidence))),
      ),
    );
  }
  if (meetings.length === 0) body.append(el("tr", {}, el("td", { colspan: "6", class: "empty" }, "No meetings match these filters.")));
  table.append(body);
}

function renderAgreements(agreements) {
  const table = clear(document.getElementById("agreements-table"));
  table.append(headerRow(["Signed", "Agreement", "Status", "Confidence", "Evidence"], [3]));
  const body = el("tbody");
  for (const agreement of [...agreements].reverse()) {
    const about = [agreement.kind.replace(/_/g, " "), agreement.sectors.join(", "), joinCountries(agreement.parties)].filter(Boolean).join(" · ");
    body.append(
      el(
        "tr",
        { "data-agreement": agreement.id },
        el("td", { class: "number" }, agreement.signed || "undated"),
        el("td", {}, agreement.title, el("div", { class: "hint" }, about)),
        el("td", {}, agreement.status),
        confidenceCell(agreement),
        el("td", {}, el("details", {}, el("summary", {}, plural(agreement.evidence.length, "quote")), evidenceList(agreement.evidence))),
      ),
    );
  }
  if (agreements.length === 0) body.append(el("tr", {}, el("td", { colspan: "5", class: "empty" }, "No agreements match these filters.")));
  table.append(body);
}

function documentLabel(documentSummary) {
  if (!documentSummary) return "";
  return documentSummary.title || documentSummary.file;
}

function renderDocuments(documents) {
  const table = clear(document.getElementById("documents-table"));
  table.append(headerRow(["Published", "Title", "Publisher", "Sentences", "Countries"], [3]));
  const body = el("tbody");
  for (const documentSummary of documents) {
    body.append(
      el(
        "tr",
        { "data-document": documentSummary.id },
        el("td", { class: "number" }, documentSummary.published || "–"),
        el("td", {}, documentLink(documentSummary.id, null, documentLabel(documentSummary))),
        el("td", {}, documentSummary.publisher || "–"),
        el("td", { class: "number" }, documentSummary.sentenceCount),
        el("td", {}, documentSummary.countries.join(", ")),
      ),
    );
  }
  table.append(body);
}

function updateCSVLink(filters) {
  const query = new URLSearchParams(pick(filters, ["country", "from", "to"]));
  query.set("format", "csv");
  document.getElementById("csv-link").href = `/v1/timeline?${query}`;
}

// ---- evidence and the article view -------------------------------------------------------------------------------

function documentLink(id, evidence, text) {
  const span = evidence ? `${evidence.start}-${evidence.end}` : null;
  const href = pageURL({ doc: id, span });
  return el("a", { href, class: "document-link", onclick: (event) => {
    event.preventDefault();
    navigate({ doc: id, span }, false);
  } }, text);
}

function evidenceList(evidence) {
  const list = el("ul", { class: "quotes" });
  for (const item of evidence) {
    const source = state.documents.get(item.document);
    const about = source ? [source.publisher, source.published].filter(Boolean).join(", ") : "";
    list.append(
      el(
        "li",
        {},
        el("blockquote", {}, item.quote),
        el("cite", {}, documentLink(item.document, item, documentLabel(source) || item.document), about ? ` · ${about}` : ""),
      ),
    );
  }
  return list;
}

function openDrawer(title, content) {
  document.getElementById("evidence-title").textContent = title;
  clear(document.getElementById("evidence-body")).append(...content);
  document.getElementById("evidence").hidden = false;
}

/** Opens the article named in the page URL, if any, with every known quote in it highlighted. */
async function showDocumentFromURL() {
  const parameters = pageParameters();
  const id = parameters.get("doc");
  const view = document.getElementById("document");
  if (!id) {
    view.hidden = true;
    return;
  }
  const focus = (parameters.get("span") || "").split("-").map(Number);
  try {
    const detail = await getJSON(`/v1/documents/${encodeURIComponent(id)}`);
    renderDocument(detail, focus.length === 2 && focus.every(Number.isInteger) ? focus : null);
    view.hidden = false;
    const focused = view.querySelector("mark.focus");
    if (focused) focused.scrollIntoView({ block: "center" });
  } catch (error) {
    showError(error.message);
  }
}

function renderDocument(detail, focus) {
  document.getElementById("document-title").textContent = detail.title || detail.file;
  const meta = clear(document.getElementById("document-meta"));
  meta.append([detail.publisher, detail.published].filter(Boolean).join(", ") || "Publisher and date unknown");
  if (detail.url && /^https?:\/\//.test(detail.url)) meta.append(" · ", el("a", { href: detail.url, rel: "noopener noreferrer" }, "original"));
  const spans = state.facts.filter((evidence) => evidence.document === detail.id).map((evidence) => [evidence.start, evidence.end]);
  if (focus) spans.push(focus);
  clear(document.getElementById("document-text")).append(...highlighted(detail.text, spans, focus));
}

/**
 * The text split into plain and marked runs. Offsets count Unicode scalars, as the API gives them, so the text is
 * cut by code points, not UTF-16 units.
 */
function highlighted(text, spans, focus) {
  const points = Array.from(text);
  const cuts = new Set([0, points.length]);
  for (const [start, end] of spans) {
    cuts.add(Math.max(0, Math.min(start, points.length)));
    cuts.add(Math.max(0, Math.min(end, points.length)));
  }
  const sorted = [...cuts].sort((a, b) => a - b);
  const nodes = [];
  for (let index = 0; index + 1 < sorted.length; index += 1) {
    const [start, end] = [sorted[index], sorted[index + 1]];
    const piece = points.slice(start, end).join("");
    const marked = spans.some(([from, to]) => from <= start && end <= to);
    if (!marked) {
      nodes.push(piece);
      continue;
    }
    const focused = focus && focus[0] <= start && end <= focus[1];
    nodes.push(el("mark", { class: focused ? "focus" : null, "data-start": start, "data-end": end }, piece));
  }
  return nodes;
}

// ---- wiring ------------------------------------------------------------------------------------------------------

function wire() {
  const form = document.getElementById("filters");
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    if (!form.reportValidity()) return;
    const changes = { doc: null, span: null };
    for (const name of FILTERS) changes[name] = form.elements[name].value.trim();
    navigate(changes, true);
  });
  document.getElementById("filter-reset").addEventListener("click", () => navigate({ country: null, from: null, to: null, doc: null, span: null }, true));
  document.getElementById("evidence-close").addEventListener("click", () => {
    document.getElementById("evidence").hidden = true;
  });
  document.getElementById("document-close").addEventListener("click", () => navigate({ doc: null, span: null }, false));
  document.getElementById("document").addEventListener("click", (event) => {
    if (event.target.id === "document") navigate({ doc: null, span: null }, false);
  });
  document.addEventListener("keydown", (event) => {
    if (event.key !== "Escape") return;
    if (!document.getElementById("document").hidden) navigate({ doc: null, span: null }, false);
    else document.getElementById("evidence").hidden = true;
  });
  window.addEventListener("popstate", () => load());
}

wire();
load();
