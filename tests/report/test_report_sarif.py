"""SARIF 2.1.0: schema-valid, GitHub code scanning conventions, stable fingerprints."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator

from license_gate.models import GateResult, Verdict
from license_gate.report import RenderOptions, render
from license_gate.report.sarif import FINGERPRINT_KEY

SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"
OPTIONS = RenderOptions(tool_version="0.1.0")


@pytest.fixture(scope="module")
def validator() -> Draft4Validator:
    schema = json.loads(SCHEMA.read_text(encoding="utf-8"))
    Draft4Validator.check_schema(schema)
    return Draft4Validator(schema)


def sarif(result: GateResult, options: RenderOptions = OPTIONS) -> dict[str, Any]:
    doc: dict[str, Any] = json.loads(render("sarif", result, options))
    return doc


def assert_valid(validator: Draft4Validator, doc: dict[str, Any]) -> None:
    errors = sorted(validator.iter_errors(doc), key=lambda e: list(e.absolute_path))
    assert not errors, "\n".join(f"{list(e.absolute_path)}: {e.message}" for e in errors)


def test_validates_against_the_official_schema(
    validator: Draft4Validator, result: GateResult
) -> None:
    assert_valid(validator, sarif(result))
    assert_valid(validator, sarif(result, replace(OPTIONS, sarif_include_excepted=True)))
    assert_valid(validator, sarif(GateResult(decisions=())))


def test_schema_check_is_not_vacuous(validator: Draft4Validator, result: GateResult) -> None:
    doc = sarif(result)
    doc["runs"][0]["results"][0]["level"] = "fatal"
    assert list(validator.iter_errors(doc))


def test_matches_golden(result: GateResult, golden) -> None:  # type: ignore[no-untyped-def]
    golden(
        "report/sample-include-excepted.sarif",
        render("sarif", result, replace(OPTIONS, sarif_include_excepted=True)),
    )


def test_levels_rules_and_locations(result: GateResult) -> None:
    run = sarif(result)["runs"][0]
    rules = run["tool"]["driver"]["rules"]
    assert run["tool"]["driver"]["semanticVersion"] == "0.1.0"
    ids = [r["id"] for r in rules]
    assert len(ids) == len(set(ids))
    assert {"no-non-commercial", "custom-terms", "use-restrictions", "unresolved"} <= set(ids)
    for rule in rules:
        assert rule["helpUri"].startswith("https://")
        assert rule["defaultConfiguration"]["level"] in {"error", "warning", "note"}
        assert len(rule["shortDescription"]["text"]) <= 1024
    by_id = {r["id"]: r for r in rules}
    assert by_id["no-non-commercial"]["defaultConfiguration"]["level"] == "error"
    assert by_id["custom-terms"]["defaultConfiguration"]["level"] == "warning"
    findings = [r for r in run["results"] if not r["ruleId"].startswith("license-gate/")]
    assert sorted((r["level"], r["properties"]["identifier"]) for r in findings) == [
        ("error", "acme-internal/ranker-v3"),
        ("error", "acme-ml/nllb-finetuned-de"),
        ("error", "facebook/nllb-200-distilled-600M"),
        ("warning", "acme-ml/support-bot-7b"),
        ("warning", "meta-llama/Meta-Llama-3-8B-Instruct"),
        ("warning", "stabilityai/stable-diffusion-2"),
    ]
    for r in run["results"]:
        assert rules[r["ruleIndex"]]["id"] == r["ruleId"]
        loc = r["locations"][0]["physicalLocation"]
        assert loc["artifactLocation"]["uriBaseId"] == "%SRCROOT%"
        assert not loc["artifactLocation"]["uri"].startswith("/")
        assert "primaryLocationLineHash" not in r["partialFingerprints"]
    nllb = next(r for r in findings if r["properties"]["identifier"].startswith("facebook/nllb"))
    region = nllb["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"], region["endColumn"]) == (14, 22, 56)
    assert nllb["message"]["text"].startswith(
        "Model facebook/nllb-200-distilled-600M (cc-by-nc-4.0) is denied by rule no-non-commercial."
    )


def test_snapshot_and_lineage_are_in_the_message(result: GateResult) -> None:
    results = sarif(result)["runs"][0]["results"]
    router = next(r for r in results if "Meta-Llama-3" in r["properties"]["identifier"])
    assert "bundled snapshot (recorded 2026-09-01)" in router["message"]["text"]
    assert router["properties"]["source"] == "snapshot"
    de = next(r for r in results if r["properties"]["identifier"] == "acme-ml/nllb-finetuned-de")
    assert "Via facebook/nllb-200-distilled-600M (cc-by-nc-4.0)." in de["message"]["text"]


def test_excepted_left_out_by_default_and_suppressed_on_request(result: GateResult) -> None:
    default = sarif(result)["runs"][0]["results"]
    assert not any(r["properties"].get("verdict") == "excepted" for r in default)
    assert not any("suppressions" in r for r in default)
    included = sarif(result, replace(OPTIONS, sarif_include_excepted=True))["runs"][0]["results"]
    (jingle,) = [r for r in included if r["properties"].get("verdict") == "excepted"]
    (sup,) = jingle["suppressions"]
    assert (sup["kind"], sup["status"]) == ("external", "accepted")
    assert sup["justification"].startswith("exception EXC-2026-007: jingle generator demo")


def test_exception_problems_are_results_with_stable_rules(result: GateResult) -> None:
    run = sarif(result)["runs"][0]
    problems = {r["ruleId"]: r for r in run["results"] if r["ruleId"].startswith("license-gate/")}
    assert problems["license-gate/exception-invalid"]["level"] == "error"
    loc = problems["license-gate/exception-invalid"]["locations"][0]["physicalLocation"]
    assert loc["artifactLocation"]["uri"] == ".license-gate/exceptions/EXC-2026-009.yaml"
    assert loc["region"]["startLine"] == 12
    assert problems["license-gate/exception-expiring"]["level"] == "warning"
    assert problems["license-gate/exception-unused"]["level"] == "note"
    # declared even when a run has none, so that fixed alerts close
    empty_rules = sarif(GateResult(decisions=()))["runs"][0]["tool"]["driver"]["rules"]
    assert {r["id"] for r in empty_rules} >= set(problems)


def test_policy_rules_are_declared_without_results() -> None:
    options = replace(OPTIONS, policy_rules=("no-non-commercial", "unknown-license"))
    rules = sarif(GateResult(decisions=()), options)["runs"][0]["tool"]["driver"]["rules"]
    assert {"no-non-commercial", "unknown-license"} <= {r["id"] for r in rules}


def test_fingerprints_ignore_lines_but_not_license_or_rule(make_decision) -> None:  # type: ignore[no-untyped-def]
    def fp(line: int, license: str, rule: str, path: str = "src/app.py") -> str:
        d = make_decision(
            path,
            line,
            5,
            "facebook/nllb-200-distilled-600M",
            verdict=Verdict.DENY,
            rule=rule,
            license=license,
            categories=("non-commercial",),
            message="nc",
        )
        (r,) = sarif(GateResult(decisions=(d,)))["runs"][0]["results"]
        value: str = r["partialFingerprints"][FINGERPRINT_KEY]
        return value

    base = fp(10, "cc-by-nc-4.0", "no-non-commercial")
    assert fp(99, "cc-by-nc-4.0", "no-non-commercial") == base
    assert fp(10, "cc-by-nc-4.0", "no-non-commercial", path="src/moved.py") == base
    assert fp(10, "cc-by-nc-sa-4.0", "no-non-commercial") != base
    assert fp(10, "cc-by-nc-4.0", "other-rule") != base


def test_resolution_failures_are_tool_execution_notifications(
    result: GateResult,
    make_decision,  # type: ignore[no-untyped-def]
) -> None:
    inv = sarif(result)["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is True  # a 404 is a finding, not a tool failure
    texts = [n["message"]["text"] for n in inv["toolExecutionNotifications"]]
    assert any(t.startswith("Could not resolve acme-internal/ranker-v3 (not-found)") for t in texts)
    assert any("skipped: not valid UTF-8" in t for t in texts)
    down = make_decision(
        "src/app.py",
        3,
        9,
        "acme/private",
        verdict=Verdict.DENY,
        rule="unresolved",
        license=None,
        categories=("unknown",),
        message="license could not be resolved",
        unresolved=("unreachable", "connection refused"),
    )
    inv = sarif(GateResult(decisions=(down,)))["runs"][0]["invocations"][0]
    assert inv["executionSuccessful"] is False
    (note,) = inv["toolExecutionNotifications"]
    assert note["level"] == "error"
    assert note["descriptor"]["id"] == "license-gate/unresolved"


def test_uris_are_percent_encoded(make_decision, validator: Draft4Validator) -> None:  # type: ignore[no-untyped-def]
    d = make_decision(
        "notebooks/Data Prep #1.ipynb",
        7,
        3,
        "facebook/nllb-200-distilled-600M",
        verdict=Verdict.WARN,
        rule="no-non-commercial",
        license="cc-by-nc-4.0",
        categories=("non-commercial",),
        message="outside production",
    )
    doc = sarif(GateResult(decisions=(d,)))
    assert_valid(validator, doc)
    uri = doc["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["artifactLocation"]
    assert uri["uri"] == "notebooks/Data%20Prep%20%231.ipynb"
