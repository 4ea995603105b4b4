"""The FORMATTERS registry is exhaustive against the golden files, and render() is strict."""

from __future__ import annotations

import subprocess
import sys
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
        loaded = formatter.load()  # type: ignore[attr-defined]
        assert loaded.name == name
        assert type(loaded).__module__ == f"license_gate.report.{name}"


def test_text_output_does_not_import_the_other_formats() -> None:
    code = (
        "import sys\n"
        "from license_gate.models import GateResult\n"
        "from license_gate.report import RenderOptions, render\n"
        "render('text', GateResult(decisions=()), RenderOptions())\n"
        "print(sorted(m for m in sys.modules if m.startswith('license_gate.report.')))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).resolve().parents[2],
    ).stdout
    assert out.strip() == (
        "['license_gate.report._common', 'license_gate.report.interface', "
        "'license_gate.report.text']"
    )


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
