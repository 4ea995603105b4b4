"""The machine format: JSON contract version 1 (issue 2), extended only additively.

Version-1 keys: `version`, `findings` (path, line, column, identifier, kind, license, categories,
verdict, rule, message, lineage [{identifier, relation, license}]) and `summary` (deny, warn,
allow, excepted, unresolved). Additive keys: per finding `text`, `revision`, `license_id`,
`source`, `recorded`, `exception`, `pre_existing`, `unresolved`, `notes`; top level `tool`,
`policy`, `outcome`, `exit_code`, `suppressed`, `exceptions`, `notes` (`summary` keeps exactly
the five version-1 counts). Every finding is listed, allowed ones included; suppressed
references are listed under `suppressed`, never dropped.
"""

from __future__ import annotations

import json
from typing import Any

from license_gate.models import Decision, ExceptionReport, GateResult, Note, Reference
from license_gate.report._common import ordered, outcome
from license_gate.report.interface import RenderOptions

__all__ = ["JSON_VERSION", "JsonFormatter", "finding_dict", "result_dict"]

JSON_VERSION = 1


def finding_dict(d: Decision) -> dict[str, Any]:
    """One finding: the version-1 keys first, then the additive ones."""
    r = d.reference
    record = d.assessment.record
    unresolved = d.assessment.unresolved
    return {
        "path": r.path,
        "line": r.line,
        "column": r.column,
        "identifier": d.identifier,
        "kind": r.kind.value,
        "license": d.license,
        "categories": list(d.categories),
        "verdict": d.verdict.value,
        "rule": d.rule or None,
        "message": d.message,
        "lineage": [
            {"identifier": s.identifier, "relation": s.relation, "license": s.license}
            for s in d.lineage
        ],
        # additive (not in the version-1 contract)
        "text": r.text,
        "revision": r.revision,
        "license_id": d.assessment.own.license_id,
        "source": record.source.value if record is not None else None,
        "recorded": record.recorded if record is not None else None,
        "exception": d.exception,
        "pre_existing": d.pre_existing,
        "unresolved": (
            {"reason": unresolved.reason, "detail": unresolved.detail} if unresolved else None
        ),
        "notes": list(d.notes),
    }


def _suppressed(r: Reference) -> dict[str, Any]:
    return {
        "path": r.path,
        "line": r.line,
        "column": r.column,
        "identifier": r.identifier,
        "kind": r.kind.value,
        "text": r.text,
        "suppression": r.suppression,
    }


def _exception(e: ExceptionReport) -> dict[str, Any]:
    return {
        "id": e.id,
        "path": e.path,
        "line": e.line,
        "status": e.status,
        "expires": e.expires,
        "message": e.message,
    }


def _note(n: Note) -> dict[str, Any]:
    return {"level": n.level, "code": n.code, "message": n.message, "path": n.path, "line": n.line}


def result_dict(result: GateResult, options: RenderOptions) -> dict[str, Any]:
    """The whole document as plain data (also what tests and the action read)."""
    return {
        "version": JSON_VERSION,
        "tool": {"name": "license-gate", "version": options.tool_version or None},
        "policy": result.policy_name or None,
        "outcome": outcome(result).split()[0],
        "exit_code": result.exit_code,
        "findings": [finding_dict(d) for d in ordered(result.decisions)],
        "summary": dict(result.summary),
        "suppressed": [
            _suppressed(r)
            for r in sorted(result.suppressed, key=lambda r: (r.path, r.line, r.column))
        ],
        "exceptions": [_exception(e) for e in result.exceptions],
        "notes": [_note(n) for n in result.notes],
    }


class JsonFormatter:
    """JSON for other tools and CI."""

    name = "json"

    def render(self, result: GateResult, options: RenderOptions) -> str:
        return json.dumps(result_dict(result, options), indent=2, ensure_ascii=False) + "\n"
