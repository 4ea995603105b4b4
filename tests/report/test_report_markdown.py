"""The job summary: verdict line, linked table, Mermaid lineage, exceptions, size limit."""

from __future__ import annotations

from dataclasses import replace

from license_gate.models import GateResult, Verdict
from license_gate.report import RenderOptions, render

GITHUB = RenderOptions(
    tool_version="0.1.0",
    github_server_url="https://github.com",
    github_repository="acme-ml/translation-service",
    github_sha="4f2a9c1e0b7d",
)


def test_matches_golden(result: GateResult, golden) -> None:  # type: ignore[no-untyped-def]
    golden("report/sample-github-links.markdown", render("markdown", result, GITHUB))


def test_verdict_line_and_links(result: GateResult) -> None:
    out = render("markdown", result, GITHUB)
    assert out.startswith("## ❌ license-gate: failed\n")
    assert (
        "| [src/translate/service.py:14](https://github.com/acme-ml/translation-service/blob/"
        "4f2a9c1e0b7d/src/translate/service.py#L14) | [facebook/nllb-200-distilled-600M]"
        "(https://huggingface.co/facebook/nllb-200-distilled-600M) | cc-by-nc-4.0 "
        "| `no-non-commercial` | ❌ deny |"
    ) in out
    assert "2026-09-01, not from the Hub" in out
    plain = render("markdown", result, RenderOptions())
    assert "| src/translate/service.py:14 |" in plain
    verbose = render("markdown", result, RenderOptions(verbose=True))
    assert "[rajpurkar/squad](https://huggingface.co/datasets/rajpurkar/squad) (dataset)" in verbose


def test_mermaid_lineage_only_when_there_is_lineage(result: GateResult) -> None:
    out = render("markdown", result, RenderOptions())
    assert "```mermaid\ngraph LR\n" in out
    assert '["meta-llama/Llama-2-7b-hf<br/>llama2"]' in out
    assert "-->|finetune|" in out
    no_lineage = replace(result, decisions=tuple(d for d in result.decisions if not d.lineage))
    assert "mermaid" not in render("markdown", no_lineage, RenderOptions())


def test_exceptions_used_and_expiring(result: GateResult) -> None:
    out = render("markdown", result, RenderOptions())
    assert "| `EXC-2026-007` | ☑️ applied | 2026-12-31 |" in out
    assert "| `EXC-2026-003` | ⏳ expiring | 2026-12-05 |" in out


def test_cells_are_escaped(make_decision) -> None:  # type: ignore[no-untyped-def]
    d = make_decision(
        "src/app.py",
        2,
        1,
        "acme/model",
        verdict=Verdict.DENY,
        rule="no-non-commercial",
        license="other",
        categories=("non-commercial",),
        message="license_name: a|b <script>\nsecond line",
    )
    out = render("markdown", GateResult(decisions=(d,)), RenderOptions())
    row = next(line for line in out.splitlines() if line.startswith("| src/app.py:2"))
    assert row.count(" | ") == 5  # six columns, no pipe leaked from the message
    assert "a\\|b &lt;script&gt;<br>second line" in row


def test_kept_under_the_limit_with_a_truncation_note(make_decision) -> None:  # type: ignore[no-untyped-def]
    decisions = tuple(
        make_decision(
            f"services/s{i:04d}/app.py",
            12,
            20,
            f"acme/nc-model-{i}",
            verdict=Verdict.DENY,
            rule="no-non-commercial",
            license="cc-by-nc-4.0",
            categories=("non-commercial",),
            message="non-commercial license (cc-by-nc-4.0) in production code",
        )
        for i in range(3000)
    )
    big = GateResult(decisions=decisions)
    full = render("markdown", big, RenderOptions())
    assert len(full.encode()) > 200_000
    assert "not shown" not in full
    limit = 100_000
    out = render("markdown", big, RenderOptions(summary_limit=limit))
    assert len(out.encode()) <= limit
    shown = sum(1 for line in out.splitlines() if line.startswith("| services/"))
    assert 0 < shown < 3000
    assert f"_{3000 - shown} more finding(s) not shown" in out
    # the default limit keeps GitHub's 1 MiB
    huge = GateResult(decisions=decisions * 4)
    assert len(render("markdown", huge, RenderOptions()).encode()) <= 1024 * 1024


def test_clean_summary(clean: GateResult) -> None:
    out = render("markdown", clean, RenderOptions())
    assert out.startswith("## ✅ license-gate: passed\n")
    assert "| File |" not in out
