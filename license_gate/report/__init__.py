"""The report stage: pure formatters from a GateResult to text, one module per format.

`FORMATTERS` is the explicit registry (the CLI's `--format` choices come from it) and
`render(fmt, result, options)` the one entry point. Formatters never print or exit. Each
format's module is imported on first use, so the hook's text output does not pay for SARIF or
markdown.
"""

from __future__ import annotations

import importlib

from license_gate.errors import UsageError
from license_gate.models import GateResult
from license_gate.report.interface import Formatter, RenderOptions

__all__ = ["FORMATTERS", "Formatter", "RenderOptions", "render"]


class _Deferred:
    """A registry entry that imports `module` and builds `factory` when first rendering."""

    def __init__(self, name: str, module: str, factory: str) -> None:
        self.name = name
        self._module = module
        self._factory = factory

    def load(self) -> Formatter:
        formatter: Formatter = getattr(importlib.import_module(self._module), self._factory)()
        return formatter

    def render(self, result: GateResult, options: RenderOptions) -> str:
        return self.load().render(result, options)


FORMATTERS: dict[str, Formatter] = {
    "text": _Deferred("text", "license_gate.report.text", "TextFormatter"),
    "json": _Deferred("json", "license_gate.report.json", "JsonFormatter"),
    "sarif": _Deferred("sarif", "license_gate.report.sarif", "SarifFormatter"),
    "github": _Deferred("github", "license_gate.report.github", "GithubFormatter"),
    "markdown": _Deferred("markdown", "license_gate.report.markdown", "MarkdownFormatter"),
}


def render(fmt: str, result: GateResult, options: RenderOptions) -> str:
    """Render `result` in format `fmt` (a key of FORMATTERS)."""
    try:
        formatter = FORMATTERS[fmt]
    except KeyError:
        choices = ", ".join(FORMATTERS)
        raise UsageError(f"unknown report format {fmt!r} (choose from {choices})") from None
    return formatter.render(result, options)
