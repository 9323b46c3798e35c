#!/usr/bin/env python3
"""Validates a FHIR R4 Bundle file against the official FHIR R4 (4.0.1) JSON
schema (tests/data/fhir/fhir.schema.json.gz, see PROVENANCE.md there).

    validate_fhir.py BUNDLE.json [--schema SCHEMA.json[.gz]]

The Bundle is checked against the schema's Bundle definition with each
entry's resource left to the second step (the schema's "ResourceList" is a
oneOf over every resource type, slow and with unreadable errors); then each
resource against its own "#/definitions/<resourceType>". Also FHIR JSON's
own rules the schema cannot say: no empty arrays or objects, unique fullUrls,
and every "urn:uuid:" reference resolves inside the Bundle. Prints every
problem with its path; exit status 1 when there is any, 2 when the file
cannot be read.
"""

import argparse
import copy
import gzip
import json
import os
import sys

import jsonschema

SCHEMA_URI = "urn:tessera:fhir-r4-schema"
DEFAULT_SCHEMA = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "data", "fhir", "fhir.schema.json.gz")


def load_json(path):
    opener = gzip.open if path.endswith(".gz") else open
    with opener(path, "rt", encoding="utf-8") as f:
        return json.load(f)


def make_validator_factory(schema):
    """Returns validator_for(definition) working with jsonschema 4.x, with or
    without the `referencing` library (4.18+ has it; RefResolver before)."""
    cls = jsonschema.Draft6Validator
    try:
        from referencing import Registry, Resource
        from referencing.jsonschema import DRAFT6

        registry = Registry().with_resource(SCHEMA_URI, Resource.from_contents(schema, default_specification=DRAFT6))

        def validator_for(definition):
            return cls({"$ref": SCHEMA_URI + "#/definitions/" + definition}, registry=registry)
    except ImportError:  # jsonschema before 4.18
        resolver = jsonschema.RefResolver(SCHEMA_URI, schema, store={SCHEMA_URI: schema})

        def validator_for(definition):
            return cls({"$ref": SCHEMA_URI + "#/definitions/" + definition}, resolver=resolver)

    return validator_for


def path_text(prefix, path):
    out = prefix
    for p in path:
        out += "[%d]" % p if isinstance(p, int) else ("." if out else "") + str(p)
    return out or "(top)"


def report_errors(validator, instance, prefix, problems):
    for error in sorted(validator.iter_errors(instance), key=lambda e: list(map(str, e.absolute_path))):
        # A oneOf/anyOf failure: its closest sub-errors say more than "is not valid under any".
        leaves = list(error.context) if error.context else [error]
        if error.context:
            best = jsonschema.exceptions.best_match(error.context)
            leaves = [best] if best is not None else leaves
        for e in leaves:
            full = list(error.absolute_path) + [p for p in e.absolute_path if e is not error]
            problems.append("%s: %s" % (path_text(prefix, full if e is not error else error.absolute_path), e.message))


def empty_values(value, path, problems):
    if isinstance(value, dict):
        if not value:
            problems.append("%s: an empty object (FHIR JSON leaves it out)" % path_text("", path))
        for k, v in value.items():
            empty_values(v, path + [k], problems)
    elif isinstance(value, list):
        if not value:
            problems.append("%s: an empty array (FHIR JSON leaves it out)" % path_text("", path))
        for i, v in enumerate(value):
            empty_values(v, path + [i], problems)


def references(value, out):
    if isinstance(value, dict):
        for k, v in value.items():
            if k == "reference" and isinstance(v, str):
                out.append(v)
            else:
                references(v, out)
    elif isinstance(value, list):
        for v in value:
            references(v, out)


def validate(bundle, schema):
    problems = []
    if not isinstance(bundle, dict) or bundle.get("resourceType") != "Bundle":
        return ["(top): not a FHIR Bundle (resourceType must be \"Bundle\")"]
    definitions = schema.get("definitions", {})
    # Step 1: the Bundle with each entry's resource checked in step 2.
    outer = copy.deepcopy(schema)
    outer["definitions"]["Bundle_Entry"]["properties"]["resource"] = {"type": "object"}
    report_errors(make_validator_factory(outer)("Bundle"), bundle, "", problems)
    empty_values(bundle, [], problems)

    validator_for = make_validator_factory(schema)
    validators = {}
    full_urls = set()
    entries = bundle.get("entry", [])
    for i, entry in enumerate(entries if isinstance(entries, list) else []):
        prefix = "entry[%d].resource" % i
        url = entry.get("fullUrl") if isinstance(entry, dict) else None
        if not url:
            problems.append("entry[%d].fullUrl: missing" % i)
        elif url in full_urls:
            problems.append("entry[%d].fullUrl: %s is given to an earlier entry too" % (i, url))
        full_urls.add(url)
        resource = entry.get("resource") if isinstance(entry, dict) else None
        if not isinstance(resource, dict):
            problems.append("%s: missing" % prefix)
            continue
        rtype = resource.get("resourceType")
        if not isinstance(rtype, str) or rtype not in definitions or "properties" not in definitions[rtype] \
                or "resourceType" not in definitions[rtype]["properties"]:
            problems.append("%s.resourceType: %r is not a FHIR R4 resource type" % (prefix, rtype))
            continue
        if rtype not in validators:
            validators[rtype] = validator_for(rtype)
        report_errors(validators[rtype], resource, prefix, problems)
    for i, entry in enumerate(entries if isinstance(entries, list) else []):
        refs = []
        references(entry.get("resource", {}) if isinstance(entry, dict) else {}, refs)
        for ref in refs:
            if ref.startswith("urn:uuid:") and ref not in full_urls:
                problems.append("entry[%d].resource: reference %s names no entry of the Bundle" % (i, ref))
            if ref.startswith("#"):
                problems.append("entry[%d].resource: local reference %s was not resolved" % (i, ref))
    return problems


def main():
    parser = argparse.ArgumentParser(description="Validate a FHIR R4 Bundle against the FHIR R4 JSON schema.")
    parser.add_argument("bundle")
    parser.add_argument("--schema", default=DEFAULT_SCHEMA)
    args = parser.parse_args()
    try:
        schema = load_json(args.schema)
    except (OSError, ValueError) as e:
        print("%s: cannot read the schema: %s" % (args.schema, e), file=sys.stderr)
        return 2
    if schema.get("id") != "http://hl7.org/fhir/json-schema/4.0":
        print("%s: not the FHIR R4 schema (id %r)" % (args.schema, schema.get("id")), file=sys.stderr)
        return 2
    try:
        bundle = load_json(args.bundle)
    except (OSError, ValueError) as e:
        print("%s: cannot read the bundle: %s" % (args.bundle, e), file=sys.stderr)
        return 2
    problems = validate(bundle, schema)
    for p in problems:
        print("%s: %s" % (args.bundle, p))
    count = len(bundle.get("entry", []))
    if problems:
        print("%s: %d problem(s) in %d entries" % (args.bundle, len(problems), count), file=sys.stderr)
        return 1
    print("%s: valid FHIR R4 (%d entries)" % (args.bundle, count))
    return 0


if __name__ == "__main__":
    sys.exit(main())
