#!/usr/bin/env python3
"""Check idea-tui database files against docs/ideas.db.schema.json.

Usage: scripts/check-schema.py [--schema PATH] [FILE ...]   (default FILE: ideas.db.json)

Exit status: 0 when every file passes, 1 when a file breaks the schema, 2 when a file or
the schema cannot be read or the jsonschema package is missing.

Beyond a plain draft 2020-12 validator, numbers are checked as idea-tui reads them: a
whole number must be written without a fraction or exponent (7, not 7.0 or 7e0), and a
field name may appear only once per object. Rules across records (unique ids,
references, the festival grid) are the Validator's and are not checked here.
"""
import argparse
import json
import pathlib
import sys

try:
    import jsonschema
    from jsonschema import validators
except ImportError:
    print("check-schema: the Python package 'jsonschema' is not installed.\n"
          "Install it with:  python3 -m pip install jsonschema", file=sys.stderr)
    sys.exit(2)

ROOT = pathlib.Path(__file__).resolve().parent.parent
MAX_SHOWN = 50


class Fraction(float):
    """A number written with a fraction or exponent: never a whole number for idea-tui."""


def no_duplicate_keys(pairs):
    seen = {}
    for key, value in pairs:
        if key in seen:
            raise ValueError(f'the field "{key}" appears twice in the same object')
        seen[key] = value
    return seen


def load(path):
    with open(path, "rb") as handle:
        data = handle.read()
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    return json.loads(data.decode("utf-8"), parse_float=Fraction, object_pairs_hook=no_duplicate_keys)


def where(error):
    path = ""
    for part in error.absolute_path:
        path += f"[{part}]" if isinstance(part, int) else (f".{part}" if path else str(part))
    return path or "(top)"


def make_validator(schema):
    base = validators.validator_for(schema)
    base.check_schema(schema)
    types = base.TYPE_CHECKER.redefine(
        "integer", lambda _, x: isinstance(x, int) and not isinstance(x, bool))
    strict = validators.extend(base, type_checker=types)
    checker = getattr(base, "FORMAT_CHECKER", None) or jsonschema.FormatChecker()
    return strict(schema, format_checker=checker)


def main():
    parser = argparse.ArgumentParser(description="Check idea-tui database files against the JSON Schema.")
    parser.add_argument("files", nargs="*", default=[str(ROOT / "ideas.db.json")])
    parser.add_argument("--schema", default=str(ROOT / "docs" / "ideas.db.schema.json"))
    args = parser.parse_args()
    try:
        validator = make_validator(load(args.schema))
    except (OSError, ValueError, jsonschema.SchemaError) as error:
        print(f"check-schema: cannot use the schema {args.schema}: {error}", file=sys.stderr)
        return 2
    status = 0
    for name in args.files:
        try:
            document = load(name)
        except (OSError, ValueError) as error:
            print(f"{name}: cannot be read as JSON: {error}")
            status = max(status, 2)
            continue
        errors = sorted(validator.iter_errors(document), key=lambda e: [str(p) for p in e.absolute_path])
        if not errors:
            print(f"{name}: matches the schema")
            continue
        status = max(status, 1)
        print(f"{name}: {len(errors)} problem(s)")
        for error in errors[:MAX_SHOWN]:
            message = error.message if len(error.message) <= 200 else error.message[:197] + "..."
            print(f"  {where(error)}: {message}")
        if len(errors) > MAX_SHOWN:
            print(f"  ... and {len(errors) - MAX_SHOWN} more")
    return status


if __name__ == "__main__":
    sys.exit(main())
