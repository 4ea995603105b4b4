"""The text format: compiler-style lines, lineage, exceptions, notes, summary and hint."""

from __future__ import annotations

import re

from license_gate.models import GateResult, Verdict
from license_gate.report import RenderOptions, render

LINE = re.compile(
    r"^(?P<loc>[^:\s]+:\d+:\d+): (?P<verdict>[A-Z]+) (?P<id>\S+) \((?P<lic>[^)]*)\) "
    r"\[(?P<rule>[^\]]+)\] (?P<msg>.+)$"
)


def test_one_line_per_denied_or_warned_finding(result: GateResult) -> None:
    out = render("text", result, RenderOptions())
    findings = [m for line in out.splitlines() if (m := LINE.match(line))]
    verdicts = sorted((m["verdict"], m["loc"]) for m in findings)
    assert verdicts == [
        ("DENY", "configs/translate/de.yaml:3:13"),
        ("DENY", "src/search/rerank.py:20:9"),
        ("DENY", "src/translate/service.py:14:22"),
        ("EXCEPTED", "src/audio/jingle.py:5:44"),
        ("WARN", "notebooks/explore_sd.ipynb:42:21"),
        ("WARN", "src/chat/bot.py:8:30"),
        ("WARN", "src/chat/router.py:21:18"),
    ]
    nllb = next(m for m in findings if m["loc"].startswith("src/translate"))
    assert nllb["id"] == "facebook/nllb-200-distilled-600M"
    assert nllb["lic"] == "cc-by-nc-4.0"
    assert nllb["rule"] == "no-non-commercial"


def test_lineage_line_follows_the_finding(result: GateResult) -> None:
    lines = render("text", result, RenderOptions()).splitlines()
    i = next(i for i, line in enumerate(lines) if line.startswith("src/chat/bot.py:8:30: WARN"))
    assert lines[i + 1] == "  via meta-llama/Llama-2-7b-hf (llama2)"


def test_excepted_shows_the_exception_id(result: GateResult) -> None:
    out = render("text", result, RenderOptions())
    line = next(x for x in out.splitlines() if "EXCEPTED" in x)
    assert line.endswith("(exception EXC-2026-007)")


def test_allowed_only_when_verbose(result: GateResult) -> None:
    assert "all-MiniLM-L6-v2 (" not in render("text", result, RenderOptions())
    verbose = render("text", result, RenderOptions(verbose=True))
    assert "src/search/embed.py:3:30: ALLOW sentence-transformers/all-MiniLM-L6-v2" in verbose
    assert "src/legacy/caption.py:7:15: SUPPRESSED facebook/opt-350m" in verbose
    assert "scanned 37 files" in verbose


def test_snapshot_source_is_labelled_with_its_date(result: GateResult) -> None:
    lines = render("text", result, RenderOptions()).splitlines()
    i = next(i for i, line in enumerate(lines) if "Meta-Llama-3-8B-Instruct (llama3)" in line)
    assert "bundled snapshot" in lines[i + 1]
    assert "2026-09-01" in lines[i + 1]


def test_unresolved_says_why(result: GateResult) -> None:
    out = render("text", result, RenderOptions())
    assert "acme-internal/ranker-v3 (unresolved: not-found)" in out
    assert "set HF_TOKEN" in out


def test_notes_exception_problems_summary_and_hint(result: GateResult) -> None:
    lines = render("text", result, RenderOptions()).splitlines()
    assert "assets/vocab.bin: warning: skipped: not valid UTF-8 [file-skipped]" in lines
    assert (
        ".license-gate/exceptions/EXC-2026-009.yaml:12: exception EXC-2026-009 invalid: "
        "signed by a key not in .license-gate/allowed_signers"
    ) in lines
    assert any("EXC-2026-003 expiring (expires 2026-12-05)" in x for x in lines)
    assert any("EXC-2025-011 unused" in x for x in lines)
    assert not any("EXC-2026-007 applied" in x for x in lines)
    summary = lines[-2]
    assert summary.startswith("license-gate: failed: 3 denied, 3 warned, 2 allowed, 1 excepted")
    assert "1 suppressed" in summary
    assert lines[-1].startswith("hint: to request an exception")
    assert (
        "license-gate exception new acme-ml/nllb-finetuned-de --rule no-non-commercial"
        in (lines[-1])
    )


def test_quiet_when_all_is_well(clean: GateResult) -> None:
    hub_only = GateResult(
        decisions=tuple(
            d
            for d in clean.decisions
            if d.assessment.source is not None and d.assessment.source.value == "cache"
        ),
        policy_name="no-nc-in-production",
    )
    out = render("text", hub_only, RenderOptions())
    assert (
        out == "license-gate: passed: 0 denied, 0 warned, 1 allowed (policy no-nc-in-production)\n"
    )


def test_nothing_found() -> None:
    out = render("text", GateResult(decisions=()), RenderOptions())
    assert out == "license-gate: passed: no model or dataset references found\n"


def test_colour_only_when_asked(result: GateResult) -> None:
    assert "\033[" not in render("text", result, RenderOptions())
    coloured = render("text", result, RenderOptions(color=True))
    assert "\033[1;31mDENY\033[0m" in coloured
    assert "\033[1;31mfailed\033[0m" in coloured


def test_warn_only_and_fail_on_warn(result: GateResult) -> None:
    from dataclasses import replace

    warn_only = render("text", replace(result, warn_only=True), RenderOptions())
    assert "failed (not blocking: --warn-only)" in warn_only
    warns = replace(
        result,
        decisions=tuple(d for d in result.decisions if d.verdict is Verdict.WARN),
        exceptions=(),
        fail_on="warn",
    )
    assert "license-gate: failed: 0 denied, 3 warned" in render("text", warns, RenderOptions())
    assert "license-gate: passed: 0 denied, 3 warned" in render(
        "text", replace(warns, fail_on="deny"), RenderOptions()
    )


def test_undecided_hint(make_decision) -> None:  # type: ignore[no-untyped-def]
    d = make_decision(
        "src/app.py",
        1,
        1,
        "acme/private-model",
        verdict=Verdict.DENY,
        rule="unresolved",
        message="license could not be resolved",
        license=None,
        categories=("unknown",),
        unresolved=("unreachable", "connection refused"),
    )
    out = render("text", GateResult(decisions=(d,)), RenderOptions())
    assert "license-gate: undecided:" in out
    assert "license-gate lock" in out
