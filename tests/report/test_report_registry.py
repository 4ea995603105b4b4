"""The FORMATTERS registry is exhaustive against the golden files, and render() is strict."""

from __future__ import annotations

from pathlib import Path

import pytest

from license_gate.errors import UsageError
from license_gate.models import GateResult
from license_gate.report import FORMATTERS, RenderOptions, render

GOLDEN = Path(__file__).resolve().parent.parent / "golden" / "report"
OPTIONS = RenderOptions(tool_version="0.1.0")


def test_registry_names() -> None:
    assert list(FORMATTERS) == ["text", "json", "sarif", "github", "markdown"]
    for name, formatter in FORMATTERS.items():
        assert formatter.name == name


@pytest.mark.parametrize("fmt", list(FORMATTERS))
def test_every_format_matches_its_golden(fmt: str, result: GateResult, golden) -> None:  # type: ignore[no-untyped-def]
    golden(f"report/sample.{fmt}", render(fmt, result, OPTIONS))


def test_every_golden_has_a_format() -> None:
    suffixes = {p.suffix.lstrip(".") for p in GOLDEN.glob("sample.*")}
    assert suffixes == set(FORMATTERS)


@pytest.mark.parametrize("fmt", list(FORMATTERS))
def test_every_format_renders_an_empty_result(fmt: str) -> None:
    out = render(fmt, GateResult(decisions=()), OPTIONS)
    assert isinstance(out, str)


def test_unknown_format_is_a_usage_error(result: GateResult) -> None:
    with pytest.raises(UsageError, match="unknown report format 'xml'"):
        render("xml", result, OPTIONS)
