"""Lift findings with valid exceptions, and report on every exception.

Report messages do not repeat the id and status (every format prints those next to them).

A DENY or WARN decision becomes EXCEPTED only when a valid exception names its identifier (and
revision, when the exception pins one), its deciding rule, its current license, and covers its
path. Otherwise the decision keeps its verdict and, when an exception targeted that model, gets a
note saying why the exception did not apply. Pure: no I/O.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Sequence
from datetime import date

from license_gate._glob import match_any
from license_gate.models import Decision, ExceptionReport, Verdict
from license_gate.waivers.model import ExceptionSet, LoadedWaiver, Target, Waiver

__all__ = ["apply_exceptions", "current_licenses", "targets"]


def _norm(s: str) -> str:
    return " ".join(s.strip().lower().split())


def targets(target: Target, decision: Decision) -> bool:
    """Does the exception's `model:` name this decision's reference (kind and id; the revision
    is checked by `_why_not`, so that a mismatch is explained)?"""
    ref = decision.reference
    if ref.kind not in target.kinds:
        return False
    names = {decision.identifier.lower(), ref.identifier.lower()}
    return target.identifier.lower() in names


def current_licenses(decision: Decision) -> tuple[str, ...]:
    """The spellings of the finding's current license an exception's `license:` may use."""
    own = decision.assessment.own
    out = [v for v in (own.license_id, own.raw, own.spdx) if v]
    record = decision.assessment.record
    if record is not None:
        if record.license and record.license.lower() not in ("other", "unknown"):
            out.append(record.license)
        if record.license_name:
            out.append(record.license_name)
    return tuple(dict.fromkeys(out))


def _why_not(w: Waiver, decision: Decision) -> str | None:
    """None when `w` applies to `decision`, else the reason it does not."""
    rev = decision.reference.revision
    if w.target.revision is not None and (rev is None or rev.lower() != w.target.revision.lower()):
        pinned = f"revision {rev}" if rev else "no pinned revision"
        return f"it is for revision {w.target.revision}, the reference has {pinned}"
    if _norm(decision.rule) != _norm(w.rule):
        return f"it lifts rule {w.rule!r}, the finding comes from rule {decision.rule!r}"
    if decision.assessment.unresolved is not None:
        return f"the license of {decision.identifier} could not be resolved now"
    licenses = current_licenses(decision)
    if not licenses:
        return f"{decision.identifier} has no declared license now"
    if _norm(w.license) not in {_norm(x) for x in licenses}:
        return f"license changed from {w.license} (approved) to {licenses[0]}"
    if w.paths and not match_any(w.paths, decision.reference.path):
        return f"{decision.reference.path} is outside its paths {list(w.paths)}"
    return None


def _location(d: Decision) -> str:
    return f"{d.reference.path}:{d.reference.line}"


def apply_exceptions(
    decisions: Sequence[Decision], exset: ExceptionSet, *, today: date
) -> tuple[tuple[Decision, ...], tuple[ExceptionReport, ...]]:
    """Apply the valid exceptions of `exset` to `decisions`; report every exception."""
    valid = exset.valid
    invalid = exset.invalid
    applied: dict[str, list[Decision]] = {}
    misses: dict[str, list[str]] = {}
    out: list[Decision] = []
    for d in decisions:
        if d.verdict not in (Verdict.DENY, Verdict.WARN) or not (valid or invalid):
            out.append(d)
            continue
        notes: list[str] = []
        lifted: LoadedWaiver | None = None
        for entry in valid:
            assert entry.waiver is not None
            if not targets(entry.waiver.target, d):
                continue
            reason = _why_not(entry.waiver, d)
            if reason is None:
                lifted = entry
                break
            notes.append(f"exception {entry.id} not applied: {reason}")
            misses.setdefault(entry.id, []).append(f"{_location(d)}: {reason}")
        if lifted is not None:
            applied.setdefault(lifted.id, []).append(d)
            out.append(dataclasses.replace(d, verdict=Verdict.EXCEPTED, exception=lifted.id))
            continue
        notes.extend(
            f"exception {entry.id} not applied: {entry.problem}"
            for entry in invalid
            if entry.waiver is not None and targets(entry.waiver.target, d)
        )
        if notes:
            d = dataclasses.replace(d, notes=(*d.notes, *notes))
        out.append(d)
    return tuple(out), _reports(exset, applied, misses, today)


def _reports(
    exset: ExceptionSet,
    applied: dict[str, list[Decision]],
    misses: dict[str, list[str]],
    today: date,
) -> tuple[ExceptionReport, ...]:
    config = exset.config
    reports: list[ExceptionReport] = []
    for entry in exset.entries:
        w = entry.waiver
        expires = w.expires.isoformat() if w else None
        if not entry.valid:
            reports.append(
                ExceptionReport(
                    id=entry.id,
                    path=entry.path,
                    status="invalid",
                    message=str(entry.problem),
                    expires=expires,
                    line=entry.line,
                )
            )
            continue
        assert w is not None
        hits = applied.get(entry.id, [])
        signed = (
            f"approved by {entry.signer}"
            if entry.signed
            else "unsigned, accepted because exceptions.require_signature is false"
        )
        if hits:
            where = ", ".join(_location(d) for d in hits[:5])
            more = f" and {len(hits) - 5} more" if len(hits) > 5 else ""
            reports.append(
                ExceptionReport(
                    id=entry.id,
                    path=entry.path,
                    status="applied",
                    message=f"lifted {len(hits)} finding(s) of {w.model} ({signed}): {where}{more}",
                    expires=expires,
                    line=w.line,
                )
            )
        else:
            why = misses.get(entry.id)
            detail = (
                f"not applied: {why[0]}"
                if why
                else (f"no denied or warned finding of {w.model} under rule {w.rule}")
            )
            reports.append(
                ExceptionReport(
                    id=entry.id,
                    path=entry.path,
                    status="unused",
                    message=f"matched nothing ({detail}); remove it or fix it",
                    expires=expires,
                    line=w.line,
                )
            )
        left = (w.expires - today).days
        if left <= config.expiring_days:
            when = "today" if left == 0 else f"in {left} day{'s' if left != 1 else ''}"
            reports.append(
                ExceptionReport(
                    id=entry.id,
                    path=entry.path,
                    status="expiring",
                    message=f"ends {when} ({w.expires.isoformat()}); renew it or remove the model",
                    expires=expires,
                    line=w.line_of("expires"),
                )
            )
    return tuple(reports)
