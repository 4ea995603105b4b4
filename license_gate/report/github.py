"""GitHub Actions workflow-command annotations (`::error file=…,line=…,col=…,title=…::message`).

Escaping follows @actions/core: in the message `%` (first), CR and LF; in property values also
`:` and `,`. GitHub shows only the first 10 annotations of each level per step, so at most
`RenderOptions.max_annotations` of each level are written, most important first, and one notice
says how many more there are and points at the job summary.
"""

from __future__ import annotations

from dataclasses import dataclass

from license_gate.models import Decision, GateResult, Verdict
from license_gate.report._common import (
    by_severity,
    exception_hint,
    license_text,
    lineage_text,
    provenance,
)
from license_gate.report.interface import RenderOptions

__all__ = ["Annotation", "GithubFormatter", "collect_annotations", "escape_data", "escape_property"]

LEVELS: tuple[str, ...] = ("error", "warning", "notice")
_NOTE_LEVEL = {"error": "error", "warning": "warning"}
_EXCEPTION_LEVEL = {"invalid": "error", "expiring": "warning", "unused": "notice"}


def escape_data(text: str) -> str:
    """Escape a message (the part after `::`)."""
    return text.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A")


def escape_property(text: str) -> str:
    """Escape a property value (file, title, ...)."""
    return escape_data(text).replace(":", "%3A").replace(",", "%2C")


@dataclass(frozen=True, slots=True)
class Annotation:
    """One workflow command before escaping."""

    level: str  # error, warning, notice
    message: str
    title: str | None = None
    file: str | None = None
    line: int | None = None
    col: int | None = None
    end_column: int | None = None

    def command(self) -> str:
        props = [
            (name, value)
            for name, value in (
                ("file", self.file),
                ("line", self.line),
                ("col", self.col),
                ("endColumn", self.end_column),
                ("title", self.title),
            )
            if value is not None
        ]
        head = ",".join(f"{name}={escape_property(str(value))}" for name, value in props)
        sep = " " if head else ""
        return f"::{self.level}{sep}{head}::{escape_data(self.message)}"


def _finding(d: Decision) -> Annotation:
    r = d.reference
    lines = [d.message or f"{d.verdict.value} by rule {d.rule}"]
    if d.lineage:
        lines.append(f"via {lineage_text(d.lineage)}")
    label = provenance(d)
    if label:
        lines.append(label)
    if d.assessment.unresolved is not None:
        lines.append(f"could not resolve: {d.assessment.unresolved.detail}")
    if d.pre_existing:
        lines.append("pre-existing: not introduced by this change")
    if d.verdict is Verdict.DENY:
        lines.append(f"to request an exception: {exception_hint(d)}")
    end = r.column + len(r.text) if r.text and "\n" not in r.text else None
    return Annotation(
        level="error" if d.verdict is Verdict.DENY else "warning",
        message="\n".join(lines),
        title=f"license-gate: {d.verdict.value.upper()} {d.identifier} ({license_text(d)}) "
        f"[{d.rule}]",
        file=r.path,
        line=r.line,
        col=r.column,
        end_column=end,
    )


def collect_annotations(result: GateResult) -> list[Annotation]:
    """Every annotation the result calls for, most important first within each level."""
    out = [
        _finding(d)
        for d in by_severity(result.decisions)
        if d.verdict in (Verdict.DENY, Verdict.WARN)
    ]
    for e in result.exceptions:
        level = _EXCEPTION_LEVEL.get(e.status)
        if level is None:
            continue
        expires = f" (expires {e.expires})" if e.expires else ""
        out.append(
            Annotation(
                level=level,
                message=f"exception {e.id} {e.status}{expires}: {e.message}",
                title=f"license-gate: exception {e.status}",
                file=e.path,
                line=e.line,
            )
        )
    for n in result.notes:
        level = _NOTE_LEVEL.get(n.level)
        if level is not None:
            out.append(
                Annotation(
                    level=level,
                    message=n.message,
                    title=f"license-gate: {n.code}",
                    file=n.path,
                    line=n.line if n.path else None,
                )
            )
    return out


class GithubFormatter:
    """Workflow commands for the step log (GitHub turns them into annotations)."""

    name = "github"

    def render(self, result: GateResult, options: RenderOptions) -> str:
        limit = max(options.max_annotations, 1)
        grouped = {
            level: [a for a in collect_annotations(result) if a.level == level] for level in LEVELS
        }
        overflow = {level: max(len(items) - limit, 0) for level, items in grouped.items()}
        if any(overflow.values()) and len(grouped["notice"]) >= limit:
            # keep one notice slot for the line that counts what was left out
            overflow["notice"] = len(grouped["notice"]) - (limit - 1)
        lines = [a.command() for level in ("error", "warning") for a in grouped[level][:limit]]
        if any(overflow.values()):
            more = ", ".join(
                f"{n} more {level}{'s' if n != 1 else ''}" for level, n in overflow.items() if n
            )
            lines.append(
                Annotation(
                    level="notice",
                    title="license-gate: more findings",
                    message=f"{more} not annotated (GitHub shows {limit} per level and step): "
                    "see the job summary for all findings",
                ).command()
            )
        notices = grouped["notice"][: len(grouped["notice"]) - overflow["notice"]]
        lines.extend(a.command() for a in notices)
        return "".join(line + "\n" for line in lines)
