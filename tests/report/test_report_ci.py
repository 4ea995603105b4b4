"""Step outputs for the GitHub Action, and pre-existing findings across the formats."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest

from license_gate.diffmode import mark_pre_existing
from license_gate.models import GateResult
from license_gate.report import RenderOptions, render
from license_gate.report.ci import (
    format_outputs,
    github_options,
    github_outputs,
    outputs_from_sarif,
)


def test_outputs_from_the_result_and_from_sarif_agree(result: GateResult) -> None:
    direct = github_outputs(result)
    assert direct == {
        "denied": "3",
        "warned": "3",
        "excepted": "1",
        "unresolved": "1",
        "outcome": "failed",
    }
    from_sarif = outputs_from_sarif(render("sarif", result, RenderOptions()))
    assert from_sarif == {"denied": "3", "warned": "3", "excepted": "0", "unresolved": "1"}
    with_excepted = outputs_from_sarif(
        render("sarif", result, RenderOptions(sarif_include_excepted=True))
    )
    assert with_excepted["excepted"] == "1"


def test_format_outputs() -> None:
    assert format_outputs({"denied": "2", "sarif-file": "out/lg.sarif"}) == (
        "denied=2\nsarif-file=out/lg.sarif\n"
    )
    multi = format_outputs({"notes": "a\nb"})
    assert multi == "notes<<LICENSE_GATE_EOF\na\nb\nLICENSE_GATE_EOF\n"
    with pytest.raises(ValueError, match="not a valid output name"):
        format_outputs({"bad name": "x"})


def test_github_options_from_the_runner_environment() -> None:
    env = {
        "GITHUB_SERVER_URL": "https://github.example.com",
        "GITHUB_REPOSITORY": "acme-ml/translation-service",
        "GITHUB_SHA": "4f2a9c1e",
    }
    opts = github_options(RenderOptions(tool_version="0.1.0"), env)
    assert (opts.github_server_url, opts.github_repository, opts.github_sha, opts.tool_version) == (
        "https://github.example.com",
        "acme-ml/translation-service",
        "4f2a9c1e",
        "0.1.0",
    )
    assert github_options(RenderOptions(), {}).github_sha is None


def test_pre_existing_findings_are_marked_in_every_format(result: GateResult) -> None:
    only_service_changed = {"src/translate/service.py": {14}}
    diff = replace(result, decisions=mark_pre_existing(result.decisions, only_service_changed))
    text = render("text", diff, RenderOptions())
    assert "configs/translate/de.yaml:3:13: WARN acme-ml/nllb-finetuned-de" in text
    assert "(pre-existing)" in text
    assert "src/translate/service.py:14:22: DENY" in text
    doc = json.loads(render("json", diff, RenderOptions()))
    assert doc["summary"]["deny"] == 1
    assert sum(f["pre_existing"] for f in doc["findings"]) == len(result.decisions) - 1
    sarif = json.loads(render("sarif", diff, RenderOptions()))
    de = next(
        r
        for r in sarif["runs"][0]["results"]
        if r.get("properties", {}).get("identifier") == "acme-ml/nllb-finetuned-de"
    )
    assert de["level"] == "warning"
    assert de["properties"]["pre_existing"] is True
    md = render("markdown", diff, RenderOptions())
    assert "⚠️ warn (pre-existing)" in md
    github = render("github", diff, RenderOptions())
    assert github.count("::error file=src/") == 1
