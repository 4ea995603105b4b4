"""The report stage: pure formatters from a GateResult to text, one module per format.

`FORMATTERS` is the explicit registry (the CLI's `--format` choices come from it) and
`render(fmt, result, options)` the one entry point. Formatters never print or exit.
"""

from __future__ import annotations

from license_gate.errors import UsageError
from license_gate.models import GateResult
from license_gate.report.github import GithubFormatter
from license_gate.report.interface import Formatter, RenderOptions
from license_gate.report.json import JsonFormatter
from license_gate.report.markdown import MarkdownFormatter
from license_gate.report.sarif import SarifFormatter
from license_gate.report.text import TextFormatter

__all__ = ["FORMATTERS", "Formatter", "RenderOptions", "render"]

FORMATTERS: dict[str, Formatter] = {
    "text": TextFormatter(),
    "json": JsonFormatter(),
    "sarif": SarifFormatter(),
    "github": GithubFormatter(),
    "markdown": MarkdownFormatter(),
}


def render(fmt: str, result: GateResult, options: RenderOptions) -> str:
    """Render `result` in format `fmt` (a key of FORMATTERS)."""
    try:
        formatter = FORMATTERS[fmt]
    except KeyError:
        choices = ", ".join(FORMATTERS)
        raise UsageError(f"unknown report format {fmt!r} (choose from {choices})") from None
    return formatter.render(result, options)
