#!/usr/bin/env python3
"""Checks openapi.yaml beyond its validity: every answer with a body has an example (on the answer, or on the
component schema it names), and every example validates against its schema."""
import sys

import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

BASE = "urn:puente:openapi"


def absolute_refs(node):
    """A copy of a schema whose local `$ref`s name the whole document, so they resolve from anywhere."""
    if isinstance(node, dict):
        return {key: BASE + value if key == "$ref" and value.startswith("#") else absolute_refs(value)
                for key, value in node.items()}
    if isinstance(node, list):
        return [absolute_refs(value) for value in node]
    return node


def examples_of(media):
    if "example" in media:
        yield "example", media["example"]
    for name, entry in media.get("examples", {}).items():
        yield name, entry["value"]


def main():
    spec = yaml.safe_load(open(sys.argv[1] if len(sys.argv) > 1 else "openapi.yaml"))
    validate(spec)
    registry = Registry().with_resource(BASE, Resource.from_contents(spec, default_specification=DRAFT202012))
    schemas = spec["components"]["schemas"]
    problems = []

    def check(where, schema, example):
        for error in Draft202012Validator(absolute_refs(schema), registry=registry).iter_errors(example):
            problems.append(f"{where}: the example does not match its schema: {error.message}")

    for name, schema in schemas.items():
        if "example" in schema:
            check(f"components.schemas.{name}", {"$ref": f"#/components/schemas/{name}"}, schema["example"])

    answers = [(f"components.responses.{name}", answer) for name, answer in spec["components"].get("responses", {}).items()]
    for path, operations in spec["paths"].items():
        for method, operation in operations.items():
            answers += [(f"{method.upper()} {path} {status}", answer) for status, answer in operation["responses"].items()]
    for where, answer in answers:
        for media_type, media in answer.get("content", {}).items():
            schema = media.get("schema", {})
            found = list(examples_of(media))
            named = schema.get("$ref", "").rsplit("/", 1)[-1]
            if not found and "example" not in schemas.get(named, {}):
                problems.append(f"{where} {media_type}: no example")
            for label, example in found:
                check(f"{where} {media_type} {label}", schema, example)

    for problem in problems:
        print(problem)
    print(f"openapi.yaml: valid OpenAPI {spec['openapi']}; {len(answers)} answers' examples checked; {len(problems)} problems")
    sys.exit(1 if problems else 0)


if __name__ == "__main__":
    main()
