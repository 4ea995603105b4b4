"""The report stage's seam: a formatter turns a GateResult into a string. Formatters are pure:
only the CLI writes to streams or files."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol

from license_gate.models import GateResult

__all__ = ["Formatter", "RenderOptions"]

# GitHub's limit for one step's job summary is 1 MiB; keep a margin for what else the step writes.
SUMMARY_LIMIT = 1024 * 1024 - 16 * 1024


@dataclass(frozen=True, slots=True)
class RenderOptions:
    """Presentation choices that are not part of the result.

    `verbose` lists allowed findings and suppressed references in the text format. The `github_*`
    fields (from GITHUB_SERVER_URL, GITHUB_REPOSITORY, GITHUB_SHA) let the markdown summary link
    `file:line` to the commit; `summary_limit` is the byte budget of the markdown summary.
    `max_annotations` is how many workflow-command annotations of each level are emitted before the
    rest are counted in one line (GitHub shows 10 per level and step). `policy_rules` are the
    policy's rule ids: SARIF declares them all, even those without a result, so fixed alerts close.
    """

    color: bool = False
    sarif_include_excepted: bool = False
    tool_version: str = ""
    hub_url: str = "https://huggingface.co"
    verbose: bool = False
    github_server_url: str | None = None
    github_repository: str | None = None
    github_sha: str | None = None
    summary_limit: int = SUMMARY_LIMIT
    max_annotations: int = 10
    policy_rules: tuple[str, ...] = ()


class Formatter(Protocol):
    """Renders a result."""

    name: str

    def render(self, result: GateResult, options: RenderOptions) -> str:
        """The whole output as one string."""
        ...
