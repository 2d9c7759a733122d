"""CSV answers of every list endpoint, read back with Python's csv module and held against the JSON answers for the
same filters: same rows in the same order, a header row, RFC 4180 line ends, both ways of asking."""

import argparse
import csv
import io
import json
import sys
import urllib.parse

from served import Served

# (path, filters): every list endpoint, unfiltered and with the filters users combine.
CASES = [
    ("/v1/meetings", {}), ("/v1/meetings", {"country": "CO"}), ("/v1/meetings", {"country": "co", "from": "2025"}),
    ("/v1/meetings", {"participant": "petro"}), ("/v1/meetings", {"country": "AR"}),
    ("/v1/agreements", {}), ("/v1/agreements", {"sector": "agriculture"}), ("/v1/agreements", {"status": "signed", "country": "CO"}),
    ("/v1/agreements", {"limit": "5", "offset": "3"}),
    ("/v1/trade/figures", {}), ("/v1/trade/figures", {"country": "CO", "year": "2022"}),
    ("/v1/trade/balances", {}), ("/v1/trade/balances", {"country": "CO"}),
    ("/v1/bri/members", {}), ("/v1/bri/members", {"status": "member"}),
    ("/v1/relations", {}), ("/v1/relations", {"country": "CO"}),
    ("/v1/documents", {}), ("/v1/documents", {"limit": "2"}),
    ("/v1/timeline", {}), ("/v1/timeline", {"country": "PA", "from": "2025"}), ("/v1/timeline", {"limit": "4", "offset": "10"}),
    ("/v1/search", {"q": "beef"}), ("/v1/search", {"q": "Belt Road"}),
]

# The JSON field each CSV's first column repeats, where the items have one.
KEYS = {"/v1/meetings": "id", "/v1/agreements": "id", "/v1/trade/figures": "id", "/v1/relations": "id",
        "/v1/documents": "id", "/v1/bri/members": "country", "/v1/trade/balances": "country",
        "/v1/timeline": "date", "/v1/search": "document"}


def url(path, filters, **extra):
    query = urllib.parse.urlencode({**filters, **extra})
    return f"{path}?{query}" if query else path


def parse(body):
    """The records of an RFC 4180 body: UTF-8, and written back by csv.writer with CRLF line ends and minimal
    quoting it gives the same text, so no field is quoted that need not be and every record ends with CRLF."""
    text = body.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    written = io.StringIO(newline="")
    csv.writer(written, lineterminator="\r\n").writerows(rows)
    if written.getvalue() != text:
        raise AssertionError("the body is not in RFC 4180 form:\n" + text[:400])
    return rows


def check(served, path, filters, failures):
    name = url(path, filters)
    status, _, body = served.get(url(path, filters))
    if status != 200:
        failures.append(f"{name}: JSON answered {status}")
        return
    page = json.loads(body)
    status, headers, by_parameter = served.get(url(path, filters, format="csv"))
    _, _, by_accept = served.get(url(path, filters), {"Accept": "text/csv"})
    problems = []
    if status != 200:
        problems.append(f"CSV answered {status}")
    if not headers.get("Content-Type", "").startswith("text/csv"):
        problems.append(f"Content-Type {headers.get('Content-Type')}")
    if "attachment; filename=" not in headers.get("Content-Disposition", ""):
        problems.append(f"Content-Disposition {headers.get('Content-Disposition')}")
    if headers.get("X-Total-Count") != str(page["total"]):
        problems.append(f"X-Total-Count {headers.get('X-Total-Count')} but JSON total {page['total']}")
    if by_accept != by_parameter:
        problems.append("Accept: text/csv and ?format=csv give different bodies")
    rows = parse(by_parameter)
    header, records = rows[0], rows[1:]
    if len(records) != len(page["items"]):
        problems.append(f"{len(records)} CSV rows but {len(page['items'])} JSON items")
    if any(len(record) != len(header) for record in records):
        problems.append("a row has a different number of fields than the header")
    key = KEYS[path]
    if header[0] != key:
        problems.append(f"first column {header[0]!r}, expected {key!r}")
    elif [record[0] for record in records] != [str(item[key]) for item in page["items"]]:
        problems.append("rows are not in the JSON order")
    if "limit" not in filters:
        _, _, whole = served.get(url(path, filters, format="csv", limit="1000"))
        rows_in_all = len(parse(whole)) - 1
        if rows_in_all != page["total"]:
            problems.append(f"all pages give {rows_in_all} rows, JSON total is {page['total']}")
    failures.extend(f"{name}: {problem}" for problem in problems)
    print(f"  {name}: {len(records)} rows of {page['total']}, {len(header)} columns" + (" FAILED" if problems else ""))


def main():
    arguments = argparse.ArgumentParser()
    arguments.add_argument("--binary", required=True)
    arguments.add_argument("--corpus", required=True)
    arguments.add_argument("--openapi", required=True)
    options = arguments.parse_args()
    failures = []
    with Served(options.binary, options.corpus, options.openapi) as served:
        for path, filters in CASES:
            check(served, path, filters, failures)
        status, headers, _ = served.get("/v1/meetings?format=xml")
        if status != 400 or "problem+json" not in headers.get("Content-Type", ""):
            failures.append(f"format=xml answered {status} {headers.get('Content-Type')}, expected a 400 problem")
        status, headers, _ = served.get("/v1/meetings", {"Accept": "application/json;q=0.5, text/csv"})
        if not headers.get("Content-Type", "").startswith("text/csv"):
            failures.append("Accept preferring text/csv got " + headers.get("Content-Type", ""))
    if failures:
        print("csv check: FAILED\n" + "\n".join(failures))
        sys.exit(1)
    print(f"csv check: passed ({len(CASES)} lists)")


if __name__ == "__main__":
    main()
