"""GitHub workflow-command annotations: escaping (table-tested) and the per-level limit."""

from __future__ import annotations

import re

import pytest

from license_gate.models import GateResult, Verdict
from license_gate.report import RenderOptions, render
from license_gate.report.github import Annotation, escape_data, escape_property


@pytest.mark.parametrize(
    ("raw", "data", "prop"),
    [
        ("plain text", "plain text", "plain text"),
        ("100%", "100%25", "100%25"),
        ("%0A is not a newline", "%250A is not a newline", "%250A is not a newline"),
        ("two\nlines", "two%0Alines", "two%0Alines"),
        ("crlf\r\nend", "crlf%0D%0Aend", "crlf%0D%0Aend"),
        ("key: value", "key: value", "key%3A value"),
        ("a,b", "a,b", "a%2Cb"),
        ("50%,: \n", "50%25,: %0A", "50%25%2C%3A %0A"),
        ("::error::injected", "::error::injected", "%3A%3Aerror%3A%3Ainjected"),
        ("ünïcode ✓", "ünïcode ✓", "ünïcode ✓"),
    ],
)
def test_escaping(raw: str, data: str, prop: str) -> None:
    assert escape_data(raw) == data
    assert escape_property(raw) == prop


def _unescape(text: str, *, prop: bool) -> str:
    pairs = [("%0D", "\r"), ("%0A", "\n")]
    if prop:
        pairs += [("%3A", ":"), ("%2C", ",")]
    for code, char in pairs:
        text = text.replace(code, char)
    return text.replace("%25", "%")


def parse(line: str) -> tuple[str, dict[str, str], str]:
    """Parse one workflow command the way the runner does (split on the first `::` after the
    command, properties on `,` then the first `=`)."""
    m = re.fullmatch(r"::(\w+)(?: ([^:]*))?::(.*)", line)
    assert m, line
    props: dict[str, str] = {}
    if m[2]:
        for item in m[2].split(","):
            key, _, value = item.partition("=")
            props[key] = _unescape(value, prop=True)
    return m[1], props, _unescape(m[3], prop=False)


def test_round_trip_through_the_runner_parser() -> None:
    a = Annotation(
        level="error",
        message="line one\nline two: 100% sure, really",
        title="DENY a/b (cc-by-nc-4.0) [rule:x,y]",
        file="src/we,ird:name.py",
        line=3,
        col=7,
    )
    command = a.command()
    assert "\n" not in command
    level, props, message = parse(command)
    assert level == "error"
    assert props == {
        "file": "src/we,ird:name.py",
        "line": "3",
        "col": "7",
        "title": "DENY a/b (cc-by-nc-4.0) [rule:x,y]",
    }
    assert message == "line one\nline two: 100% sure, really"


def test_findings_become_annotations(result: GateResult) -> None:
    lines = render("github", result, RenderOptions()).splitlines()
    parsed = [parse(line) for line in lines]
    errors = [p for p in parsed if p[0] == "error"]
    assert errors[0][1]["file"] == "configs/translate/de.yaml"  # deny first, in file order
    nllb = next(p for p in errors if p[1].get("file") == "src/translate/service.py")
    assert (nllb[1]["line"], nllb[1]["col"], nllb[1]["endColumn"]) == ("14", "22", "56")
    assert nllb[1]["title"] == (
        "license-gate: DENY facebook/nllb-200-distilled-600M (cc-by-nc-4.0) [no-non-commercial]"
    )
    assert "license-gate exception new facebook/nllb-200-distilled-600M" in nllb[2]
    bot = next(p for p in parsed if p[1].get("file") == "src/chat/bot.py")
    assert bot[0] == "warning"
    assert "via meta-llama/Llama-2-7b-hf (llama2)" in bot[2].splitlines()
    assert not any(p[1].get("file") == "src/audio/jingle.py" for p in parsed)  # excepted
    invalid = next(p for p in parsed if "EXC-2026-009" in p[2])
    assert (invalid[0], invalid[1]["line"]) == ("error", "12")


def _many(make_decision, n_deny: int, n_warn: int) -> GateResult:  # type: ignore[no-untyped-def]
    decisions = [
        make_decision(
            f"src/models/m{i:02d}.py",
            10,
            5,
            f"acme/nc-model-{i}",
            verdict=Verdict.DENY,
            rule="no-non-commercial",
            license="cc-by-nc-4.0",
            categories=("non-commercial",),
            message="non-commercial license in production code",
        )
        for i in range(n_deny)
    ] + [
        make_decision(
            f"src/chat/c{i:02d}.py",
            4,
            1,
            f"acme/llama-ft-{i}",
            verdict=Verdict.WARN,
            rule="custom-terms",
            license="llama3",
            categories=("custom-terms",),
            message="custom terms",
        )
        for i in range(n_warn)
    ]
    return GateResult(decisions=tuple(decisions))


def test_at_most_ten_per_level_then_one_line_pointing_at_the_summary(make_decision) -> None:  # type: ignore[no-untyped-def]
    lines = render("github", _many(make_decision, 25, 3), RenderOptions()).splitlines()
    levels = [parse(line)[0] for line in lines]
    assert levels.count("error") == 10
    assert levels.count("warning") == 3
    (more,) = [parse(line) for line in lines if line.startswith("::notice")]
    assert "15 more errors not annotated" in more[2]
    assert "job summary" in more[2]
    kept = [parse(line)[1]["file"] for line in lines if line.startswith("::error")]
    assert kept == [f"src/models/m{i:02d}.py" for i in range(10)]


def test_no_overflow_line_at_the_limit(make_decision) -> None:  # type: ignore[no-untyped-def]
    lines = render("github", _many(make_decision, 10, 10), RenderOptions()).splitlines()
    assert len(lines) == 20
    assert not any(line.startswith("::notice") for line in lines)
    small = render("github", _many(make_decision, 3, 0), RenderOptions(max_annotations=2))
    assert "1 more error not annotated" in small


def test_clean_result_emits_nothing(clean: GateResult) -> None:
    assert render("github", clean, RenderOptions()) == ""
