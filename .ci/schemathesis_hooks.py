"""Lets schemathesis validate Puente's CSV answers: the body must be UTF-8 text that Python's csv module reads with
every row as wide as the header; it is then checked against the `CSV` schema (a string)."""

import csv
import io

import schemathesis


@schemathesis.deserializer("text/csv")
def deserialize_csv(ctx, response):
    text = response.content.decode("utf-8")
    rows = list(csv.reader(io.StringIO(text, newline=""), strict=True))
    if not rows or any(len(row) != len(rows[0]) for row in rows):
        raise ValueError("CSV rows differ in width from the header row")
    return text
