"""The human format: one compiler-style line per finding, then notes, exception problems, one
summary line and, when something is denied, how to ask for an exception.

    src/serve.py:12:17: DENY facebook/nllb-200-distilled-600M (cc-by-nc-4.0) [no-nc] message
      via meta-llama/Llama-2-7b-hf (llama2)

Allowed findings are listed only with `verbose`; when all is well the output is the summary line.
"""

from __future__ import annotations

from license_gate.models import Decision, GateResult, Note, Source, Verdict, is_undecided
from license_gate.report._common import (
    EXCEPTION_PROBLEMS,
    by_severity,
    exception_hint,
    license_text,
    lineage_text,
    ordered,
    outcome,
    provenance,
    snapshot_dates,
    summary_counts,
)
from license_gate.report.interface import RenderOptions

__all__ = ["TextFormatter"]

_RESET = "\033[0m"
_STYLE = {
    "deny": "\033[1;31m",
    "warn": "\033[33m",
    "excepted": "\033[36m",
    "allow": "\033[32m",
    "dim": "\033[2m",
    "failed": "\033[1;31m",
    "undecided": "\033[1;33m",
    "passed": "\033[1;32m",
}


class _Paint:
    def __init__(self, enabled: bool) -> None:
        self.enabled = enabled

    def __call__(self, style: str, text: str) -> str:
        if not self.enabled:
            return text
        return f"{_STYLE[style]}{text}{_RESET}"


def _finding(d: Decision, paint: _Paint) -> list[str]:
    r = d.reference
    tag = paint(d.verdict.value, d.verdict.value.upper())
    line = f"{r.path}:{r.line}:{r.column}: {tag} {d.identifier} ({license_text(d)}) [{d.rule}]"
    if d.message:
        line += f" {d.message}"
    if d.verdict is Verdict.EXCEPTED and d.exception:
        line += f" (exception {d.exception})"
    if d.pre_existing:
        line += " (pre-existing)"
    lines = [line]
    extra: list[str] = []
    if d.lineage:
        extra.append(f"via {lineage_text(d.lineage)}")
    label = provenance(d)
    if label:
        extra.append(label)
    if d.assessment.unresolved is not None:
        extra.append(f"could not resolve: {d.assessment.unresolved.detail}")
    extra.extend(d.notes)
    lines.extend(paint("dim", f"  {e}") for e in extra)
    return lines


def _note(n: Note) -> str:
    where = n.path or "license-gate"
    if n.path and n.line is not None:
        where += f":{n.line}"
    return f"{where}: {n.level}: {n.message} [{n.code}]"


class TextFormatter:
    """Plain text for terminals and hook output."""

    name = "text"

    def render(self, result: GateResult, options: RenderOptions) -> str:
        paint = _Paint(options.color)
        lines: list[str] = []
        shown = [
            d
            for d in ordered(result.decisions)
            if options.verbose or d.verdict is not Verdict.ALLOW
        ]
        for d in shown:
            lines.extend(_finding(d, paint))
        if options.verbose:
            for r in sorted(result.suppressed, key=lambda r: (r.path, r.line, r.column)):
                why = f": {r.suppression}" if r.suppression else ""
                lines.append(f"{r.path}:{r.line}:{r.column}: SUPPRESSED {r.identifier}{why}")
        lines.extend(_note(n) for n in result.notes if options.verbose or n.level != "info")
        dates = snapshot_dates(result)
        if dates and not any(n.code == "resolve-fallback" for n in result.notes):
            count = sum(
                1
                for d in result.decisions
                if d.assessment.record is not None and d.assessment.record.source is Source.SNAPSHOT
            )
            lines.append(
                f"license-gate: note: {count} license(s) came from the bundled snapshot recorded "
                f"{', '.join(dates)}, not from the Hub"
            )
        for e in result.exceptions:
            if e.status in EXCEPTION_PROBLEMS:
                where = e.path + (f":{e.line}" if e.line is not None else "")
                expires = f" (expires {e.expires})" if e.expires and e.status == "expiring" else ""
                lines.append(f"{where}: exception {e.id} {e.status}{expires}: {e.message}")
        lines.append(self._summary(result, paint))
        denied = [
            d
            for d in by_severity(result.decisions)
            if d.verdict is Verdict.DENY and not is_undecided(d)
        ]
        if denied:
            more = " (one per finding)" if len(denied) > 1 else ""
            lines.append(f"hint: to request an exception{more}: {exception_hint(denied[0])}")
        if result.undecided:
            lines.append(
                "hint: some licenses could not be resolved; retry with network access, "
                "or record them with `license-gate lock`"
            )
        return "\n".join(lines) + "\n"

    @staticmethod
    def _summary(result: GateResult, paint: _Paint) -> str:
        state = outcome(result)
        counts = [
            f"{n} {label}"
            for label, n in summary_counts(result)
            if n or label in ("denied", "warned")
        ]
        if not result.decisions and not result.suppressed:
            counts = ["no model or dataset references found"]
        policy = f" (policy {result.policy_name})" if result.policy_name else ""
        return f"license-gate: {paint(state.split()[0], state)}: {', '.join(counts)}{policy}"
