"""scan -> resolve -> assess -> evaluate -> exceptions -> (diff/baseline) -> GateResult.

Never prints and never exits: the CLI renders the result and maps it to an exit code. Heavy
stages are imported lazily so that a commit touching no model reference stays fast.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from license_gate.models import Assessment, Decision, GateResult, Kind, Note, Reference, RefKey
from license_gate.runtime import Context
from license_gate.scan.interface import DEFAULT_MAX_BYTES, ScanConfig, ScanResult

__all__ = ["OWN_FILES", "CheckRequest", "collect", "run_check"]

# license-gate's own files name models on purpose (policy declarations, lockfile, exceptions):
# they are configuration, not uses, and are never scanned.
OWN_FILES: tuple[str, ...] = ("/.license-gate.yaml", "/.license-gate/", "/license-gate.lock")


@dataclass(frozen=True, slots=True)
class CheckRequest:
    """What to check and how strictly."""

    paths: tuple[str, ...] = ()  # files or directories; () = every file git tracks under cwd
    diff_base: str | None = None
    baseline: Path | None = None
    fail_on: str = "deny"
    warn_only: bool = False
    today: date | None = None
    max_bytes: int = DEFAULT_MAX_BYTES


def collect(
    root: Path,
    paths: Sequence[str],
    *,
    exclude: tuple[str, ...] = (),
    max_bytes: int = DEFAULT_MAX_BYTES,
) -> ScanResult:
    """Walk and scan: the references in `paths` (or the whole repository) with per-file notes."""
    from license_gate.scan import list_files, scan_paths

    config = ScanConfig(root=root, exclude=exclude + OWN_FILES, max_bytes=max_bytes)
    files, walk_notes = list_files(root, list(paths) or None, config)
    result = scan_paths(files, config)
    return ScanResult(
        references=result.references,
        notes=tuple(walk_notes) + result.notes,
        files_scanned=result.files_scanned,
    )


def _assess(ctx: Context, refs: Sequence[Reference]) -> dict[RefKey, Assessment]:
    hub_keys = {r.key for r in refs if r.kind is not Kind.SERVICE}
    assessments = ctx.assess(hub_keys)
    services = [r for r in refs if r.kind is Kind.SERVICE]
    if services:
        from license_gate.lineage import assess_service

        for r in services:
            assessments.setdefault(r.key, assess_service(r))
    return assessments


def run_check(ctx: Context, request: CheckRequest) -> GateResult:
    """The whole gate for one repository."""
    today = request.today or date.today()
    scanned = collect(
        ctx.root, request.paths, exclude=ctx.policy.exclude, max_bytes=request.max_bytes
    )
    refs = [r for r in scanned.references if not r.suppressed]
    suppressed = tuple(r for r in scanned.references if r.suppressed)
    notes: list[Note] = list(scanned.notes)
    notes.extend(
        Note(level="warning", message=w, code="policy-warning") for w in ctx.policy.warnings
    )

    decisions: tuple[Decision, ...] = ()
    if refs:
        from license_gate.policy import evaluate

        assessments = _assess(ctx, refs)
        decisions = tuple(evaluate(refs, assessments, ctx.policy))
        notes.extend(ctx.resolver().notes())

    from license_gate.waivers import apply_exceptions, load_exceptions

    exset = load_exceptions(ctx.root, ctx.policy.exceptions, trust=ctx.trust, today=today)
    decisions, exception_reports = apply_exceptions(decisions, exset, today=today)

    if request.diff_base:
        from license_gate.diffmode import changed_lines, mark_pre_existing

        decisions = mark_pre_existing(decisions, changed_lines(ctx.root, request.diff_base))
    if request.baseline is not None:
        from license_gate.diffmode import apply_baseline, load_baseline

        decisions = apply_baseline(decisions, load_baseline(request.baseline))

    return GateResult(
        decisions=tuple(decisions),
        suppressed=suppressed,
        notes=tuple(notes),
        exceptions=tuple(exception_reports),
        policy_name=ctx.policy.name,
        fail_on=request.fail_on,
        warn_only=request.warn_only,
    )
