"""The report stage's seam: a formatter turns a GateResult into a string. Formatters are pure:
only the CLI writes to streams or files."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from license_gate.models import GateResult

__all__ = ["Formatter", "RenderOptions"]


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """Presentation choices that are not part of the result."""

    color: bool = False
    sarif_include_excepted: bool = False
    tool_version: str = ""
    hub_url: str = "https://huggingface.co"


class Formatter(Protocol):
    """Renders a result."""

    name: str

    def render(self, result: GateResult, options: RenderOptions) -> str:
        """The whole output as one string."""
        ...
