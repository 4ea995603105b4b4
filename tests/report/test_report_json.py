"""The JSON format: contract version 1 of issue 2, extended only additively."""

from __future__ import annotations

import json

from license_gate.models import CATEGORIES, GateResult
from license_gate.report import RenderOptions, render

V1_FINDING_KEYS = [
    "path",
    "line",
    "column",
    "identifier",
    "kind",
    "license",
    "categories",
    "verdict",
    "rule",
    "message",
    "lineage",
]


def test_version_one_contract(result: GateResult) -> None:
    doc = json.loads(render("json", result, RenderOptions(tool_version="1.2.3")))
    assert doc["version"] == 1
    assert doc["summary"] == {
        "deny": 3,
        "warn": 3,
        "allow": 2,
        "excepted": 1,
        "unresolved": 1,
    }
    assert len(doc["findings"]) == len(result.decisions)
    for f in doc["findings"]:
        assert list(f)[: len(V1_FINDING_KEYS)] == V1_FINDING_KEYS
        assert isinstance(f["line"], int)
        assert f["line"] >= 1
        assert isinstance(f["column"], int)
        assert f["column"] >= 1
        assert f["kind"] in {"model", "dataset", "space", "service"}
        assert f["verdict"] in {"deny", "warn", "allow", "excepted"}
        assert set(f["categories"]) <= set(CATEGORIES)
        assert f["license"] is None or isinstance(f["license"], str)
        for step in f["lineage"]:
            assert set(step) == {"identifier", "relation", "license"}
    assert doc["tool"] == {"name": "license-gate", "version": "1.2.3"}


def test_findings_carry_lineage_source_exception_and_canonical_id(result: GateResult) -> None:
    doc = json.loads(render("json", result, RenderOptions()))
    by_path = {f["path"]: f for f in doc["findings"]}
    assert by_path["configs/translate/de.yaml"]["lineage"] == [
        {
            "identifier": "facebook/nllb-200-distilled-600M",
            "relation": "finetune",
            "license": "cc-by-nc-4.0",
        }
    ]
    router = by_path["src/chat/router.py"]
    assert (router["source"], router["recorded"]) == ("snapshot", "2026-09-01")
    assert by_path["src/audio/jingle.py"]["exception"] == "EXC-2026-007"
    assert by_path["src/audio/jingle.py"]["verdict"] == "excepted"
    squad = by_path["src/train/data.py"]
    assert (squad["identifier"], squad["kind"], squad["text"]) == (
        "rajpurkar/squad",
        "dataset",
        "squad",
    )
    rerank = by_path["src/search/rerank.py"]
    assert rerank["license"] is None
    assert rerank["unresolved"]["reason"] == "not-found"


def test_suppressed_exceptions_and_notes_are_listed(result: GateResult) -> None:
    doc = json.loads(render("json", result, RenderOptions()))
    assert [s["identifier"] for s in doc["suppressed"]] == ["facebook/opt-350m"]
    assert "JIRA-4411" in doc["suppressed"][0]["suppression"]
    assert {e["id"]: e["status"] for e in doc["exceptions"]} == {
        "EXC-2026-007": "applied",
        "EXC-2026-003": "expiring",
        "EXC-2025-011": "unused",
        "EXC-2026-009": "invalid",
    }
    assert [n["code"] for n in doc["notes"]] == ["file-skipped", "snapshot-fallback", "scan-stats"]
    assert (doc["outcome"], doc["exit_code"]) == ("failed", 1)


def test_empty_result_is_valid_json() -> None:
    doc = json.loads(render("json", GateResult(decisions=()), RenderOptions()))
    assert doc["findings"] == []
    assert doc["summary"]["deny"] == 0
    assert doc["outcome"] == "passed"
