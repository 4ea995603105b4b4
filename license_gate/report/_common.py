"""Helpers shared by the formatters: ordering, labels and the texts every format repeats.

Everything here is pure and cheap (no third-party imports): the text and json formatters are on
the hook's fast path.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from license_gate.models import Decision, GateResult, Kind, LineageStep, Reference, Source, Verdict

__all__ = [
    "DOCS",
    "EXCEPTION_PROBLEMS",
    "HOMEPAGE",
    "by_severity",
    "exception_hint",
    "hub_link",
    "is_reported",
    "license_text",
    "lineage_text",
    "ordered",
    "outcome",
    "provenance",
    "reference_location",
    "reported",
    "snapshot_dates",
    "summary_counts",
]

HOMEPAGE = "https://github.com/license-gate/license-gate"
DOCS = f"{HOMEPAGE}/blob/main/README.md"

# Exception statuses that the reports list as problems (applied ones show on their findings).
EXCEPTION_PROBLEMS: tuple[str, ...] = ("invalid", "expiring", "unused")

_SEVERITY = {Verdict.DENY: 0, Verdict.WARN: 1, Verdict.EXCEPTED: 2, Verdict.ALLOW: 3}


def _position(d: Decision) -> tuple[str, int, int, str, str]:
    r = d.reference
    return (r.path, r.line, r.column, d.identifier.lower(), d.rule)


def ordered(decisions: Iterable[Decision]) -> list[Decision]:
    """Decisions in file order (path, line, column), deterministic across runs."""
    return sorted(decisions, key=_position)


def by_severity(decisions: Iterable[Decision]) -> list[Decision]:
    """Most important first: deny, warn, excepted, allow; new before pre-existing; then position."""
    return sorted(decisions, key=lambda d: (_SEVERITY[d.verdict], d.pre_existing, _position(d)))


def is_reported(d: Decision) -> bool:
    """Findings every format shows (allowed ones only on request)."""
    return d.verdict is not Verdict.ALLOW


def reported(result: GateResult) -> list[Decision]:
    return ordered(d for d in result.decisions if is_reported(d))


def license_text(d: Decision) -> str:
    """The license as shown in one-line formats: declared value, or why there is none."""
    if d.assessment.unresolved is not None:
        return f"unresolved: {d.assessment.unresolved.reason}"
    if d.license is None:
        return "no license declared"
    return d.license


def lineage_text(steps: Sequence[LineageStep]) -> str:
    """`meta-llama/Llama-2-7b-hf (llama2)`; hops joined by ` -> `, datasets marked."""
    parts = []
    for step in steps:
        lic = step.license or "no license declared"
        prefix = "dataset " if step.relation == "dataset" else ""
        parts.append(f"{prefix}{step.identifier} ({lic})")
    return " -> ".join(parts)


def provenance(d: Decision) -> str | None:
    """A label for facts that did not come from the Hub or the cache in this run: the bundled
    snapshot (always labelled, with its date), the lockfile, or a policy declaration."""
    record = d.assessment.record
    if record is None:
        return None
    when = f"recorded {record.recorded}" if record.recorded else "date unknown"
    if record.source is Source.SNAPSHOT:
        return f"license from the bundled snapshot ({when}), not from the Hub"
    if record.source is Source.LOCK:
        at = f" (read at Hub commit {record.sha[:12]})" if record.sha else ""
        return f"license from license-gate.lock{at}"
    if record.source is Source.POLICY:
        return "license declared in the policy's models: section"
    return None


def snapshot_dates(result: GateResult) -> list[str]:
    """The dates of every snapshot record the result relies on (empty when none)."""
    dates = {
        d.assessment.record.recorded or "unknown date"
        for d in result.decisions
        if d.assessment.record is not None and d.assessment.record.source is Source.SNAPSHOT
    }
    return sorted(dates)


def exception_hint(d: Decision) -> str:
    """The command that starts an exception request for a denied finding."""
    return (
        f"license-gate exception new {d.identifier} --rule {d.rule} "
        f'--reason "..." --expires YYYY-MM-DD --paths {d.reference.path}'
    )


def hub_link(kind: Kind, identifier: str, hub_url: str) -> str | None:
    """The Hub page of a model, dataset or space; None for hosted services."""
    base = hub_url.rstrip("/")
    if kind is Kind.MODEL:
        return f"{base}/{identifier}"
    if kind is Kind.DATASET:
        return f"{base}/datasets/{identifier}"
    if kind is Kind.SPACE:
        return f"{base}/spaces/{identifier}"
    return None


def outcome(result: GateResult) -> str:
    """`failed`, `failed (ignored: --warn-only)`, `undecided` or `passed`."""
    if result.failed:
        return "failed (not blocking: --warn-only)" if result.warn_only else "failed"
    if result.undecided:
        return "undecided"
    return "passed"


def summary_counts(result: GateResult) -> list[tuple[str, int]]:
    """Labelled counts in display order, zeros included."""
    s = result.summary
    return [
        ("denied", s["deny"]),
        ("warned", s["warn"]),
        ("allowed", s["allow"]),
        ("excepted", s["excepted"]),
        ("unresolved", s["unresolved"]),
        ("suppressed", len(result.suppressed)),
        ("pre-existing", sum(1 for d in result.decisions if d.pre_existing)),
    ]


def reference_location(r: Reference) -> str:
    return f"{r.path}:{r.line}:{r.column}"
