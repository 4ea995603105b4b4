"""SARIF 2.1.0 for GitHub code scanning (upload with github/codeql-action/upload-sarif and
`category: license-gate`).

- One reportingDescriptor per policy rule (the rules seen plus `RenderOptions.policy_rules`) and
  three stable ids for exception problems; each with helpUri, descriptions and a default level.
- deny -> error, warn -> warning. Excepted findings are left out (GitHub ignores SARIF
  suppressions) unless `sarif_include_excepted`, then they carry an external, accepted suppression
  with the exception as justification. Allowed findings are never results.
- Locations are repo-relative with uriBaseId %SRCROOT%. partialFingerprints hold our own key,
  a hash of identifier, license and rule (never a line number); primaryLocationLineHash is left to
  upload-sarif, which computes it from the source.
- Resolution failures and run notes are invocation toolExecutionNotifications.
"""

from __future__ import annotations

import hashlib
import json
from typing import Any
from urllib.parse import quote

from license_gate.models import TRANSIENT, Decision, ExceptionReport, GateResult, Note, Verdict
from license_gate.report._common import (
    DOCS,
    HOMEPAGE,
    exception_hint,
    license_text,
    lineage_text,
    ordered,
    provenance,
)
from license_gate.report.interface import RenderOptions

__all__ = [
    "EXCEPTION_RULES",
    "FINGERPRINT_KEY",
    "SARIF_SCHEMA",
    "SarifFormatter",
    "fingerprint",
    "sarif_log",
]

SARIF_SCHEMA = (
    "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json"
)
FINGERPRINT_KEY = "licenseGate/v1"
UNRESOLVED = "license-gate/unresolved"

# status -> (rule id, level, short description, README anchor)
EXCEPTION_RULES: dict[str, tuple[str, str, str]] = {
    "invalid": (
        "license-gate/exception-invalid",
        "error",
        "A license exception is invalid (bad or missing signature, untrusted key, expired, "
        "malformed) and covers nothing",
    ),
    "expiring": (
        "license-gate/exception-expiring",
        "warning",
        "A license exception expires soon: renew it or remove the model",
    ),
    "unused": (
        "license-gate/exception-unused",
        "note",
        "A license exception matches no finding and can be deleted",
    ),
}

_LEVEL = {Verdict.DENY: "error", Verdict.WARN: "warning", Verdict.EXCEPTED: "warning"}
_RANK = {"error": 0, "warning": 1, "note": 2}
_NOTE_LEVEL = {"error": "error", "warning": "warning", "info": "note"}


def fingerprint(d: Decision) -> str:
    """Stable across edits: the identifier (case-insensitive), its license and the rule."""
    key = f"{d.reference.kind.value}:{d.identifier.lower()}|{d.license or ''}|{d.rule}"
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def _uri(path: str) -> str:
    return quote(path, safe="/")


def _location(path: str, line: int | None, column: int | None = None, text: str = "") -> Any:
    region: dict[str, int] = {}
    if line is not None:
        region["startLine"] = line
        if column is not None:
            region["startColumn"] = column
            if text and "\n" not in text:
                region["endColumn"] = column + len(text)
    physical: dict[str, Any] = {"artifactLocation": {"uri": _uri(path), "uriBaseId": "%SRCROOT%"}}
    if region:
        physical["region"] = region
    return {"physicalLocation": physical}


def _message(d: Decision) -> str:
    word = {
        Verdict.DENY: "is denied",
        Verdict.WARN: "needs review",
        Verdict.EXCEPTED: "is allowed by an exception",
    }.get(d.verdict, "is allowed")
    kind = d.reference.kind.value
    parts = [f"{kind.capitalize()} {d.identifier} ({license_text(d)}) {word} by rule {d.rule}."]
    if d.message:
        parts.append(d.message.rstrip(".") + ".")
    if d.lineage:
        parts.append(f"Via {lineage_text(d.lineage)}.")
    label = provenance(d)
    if label:
        parts.append(label[0].upper() + label[1:] + ".")
    if d.assessment.unresolved is not None:
        parts.append(f"Could not resolve: {d.assessment.unresolved.detail}.")
    if d.pre_existing:
        parts.append("Pre-existing: not introduced by this change.")
    if d.verdict is Verdict.DENY:
        parts.append(f"To request an exception: {exception_hint(d)}")
    return " ".join(parts)


def _rule(rule_id: str, level: str, policy: str) -> dict[str, Any]:
    where = f" of policy {policy}" if policy else ""
    return {
        "id": rule_id,
        "name": "".join(p.capitalize() for p in rule_id.replace("/", "-").split("-") if p),
        "shortDescription": {"text": f"License policy rule {rule_id}{where}"},
        "fullDescription": {
            "text": f"A model or dataset reference matched the license policy rule "
            f"{rule_id}{where}. Use another model, or request a signed, expiring exception."
        },
        "helpUri": f"{DOCS}#configuration",
        "help": {
            "text": f"Rule {rule_id}{where}. To accept a finding, request a signed exception: "
            f"license-gate exception new MODEL --rule {rule_id} --reason TEXT --expires DATE",
            "markdown": f"Rule `{rule_id}`{where}. To accept a finding, request a signed "
            f"exception:\n\n```\nlicense-gate exception new MODEL --rule {rule_id} "
            f"--reason TEXT --expires DATE\n```",
        },
        "defaultConfiguration": {"level": level},
        "properties": {"tags": ["license", "compliance"], "precision": "very-high"},
    }


def _exception_rule(status: str) -> dict[str, Any]:
    rule_id, level, text = EXCEPTION_RULES[status]
    return {
        "id": rule_id,
        "name": "".join(p.capitalize() for p in rule_id.split("/")[-1].split("-")),
        "shortDescription": {"text": text},
        "fullDescription": {"text": text + "."},
        "helpUri": f"{DOCS}#exceptions",
        "help": {"text": text + ".", "markdown": text + "."},
        "defaultConfiguration": {"level": level},
        "properties": {"tags": ["license", "exception"]},
    }


def _decision_result(d: Decision, index: int, result: GateResult) -> dict[str, Any]:
    r = d.reference
    record = d.assessment.record
    out: dict[str, Any] = {
        "ruleId": d.rule,
        "ruleIndex": index,
        "level": _LEVEL[d.verdict],
        "message": {"text": _message(d)},
        "locations": [_location(r.path, r.line, r.column, r.text)],
        "partialFingerprints": {FINGERPRINT_KEY: fingerprint(d)},
        "properties": {
            "identifier": d.identifier,
            "kind": r.kind.value,
            "license": d.license,
            "categories": list(d.categories),
            "verdict": d.verdict.value,
            "lineage": [
                {"identifier": s.identifier, "relation": s.relation, "license": s.license}
                for s in d.lineage
            ],
            "source": record.source.value if record is not None else None,
            "recorded": record.recorded if record is not None else None,
            "pre_existing": d.pre_existing,
        },
    }
    if d.verdict is Verdict.EXCEPTED:
        report = next((e for e in result.exceptions if e.id == d.exception), None)
        why = f"exception {d.exception}" + (f": {report.message}" if report else "")
        if report is not None and report.expires:
            why += f" (expires {report.expires})"
        out["suppressions"] = [{"kind": "external", "status": "accepted", "justification": why}]
    return out


def _exception_result(e: ExceptionReport, index: int) -> dict[str, Any]:
    rule_id, level, _ = EXCEPTION_RULES[e.status]
    expires = f" (expires {e.expires})" if e.expires else ""
    return {
        "ruleId": rule_id,
        "ruleIndex": index,
        "level": level,
        "message": {"text": f"Exception {e.id} is {e.status}{expires}: {e.message}"},
        "locations": [_location(e.path, e.line)],
        "partialFingerprints": {
            FINGERPRINT_KEY: hashlib.sha256(f"exception:{e.id}|{e.status}".encode()).hexdigest()
        },
        "properties": {"exception": e.id, "status": e.status, "expires": e.expires},
    }


def _notifications(result: GateResult) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """(driver notification descriptors, toolExecutionNotifications)."""
    descriptors: list[dict[str, Any]] = []
    index: dict[str, int] = {}

    def descriptor(did: str, text: str) -> dict[str, Any]:
        if did not in index:
            index[did] = len(descriptors)
            descriptors.append({"id": did, "shortDescription": {"text": text}})
        return {"id": did, "index": index[did]}

    out: list[dict[str, Any]] = []
    for d in ordered(result.decisions):
        unresolved = d.assessment.unresolved
        if unresolved is None:
            continue
        r = d.reference
        out.append(
            {
                "level": "error" if unresolved.reason in TRANSIENT else "warning",
                "message": {
                    "text": f"Could not resolve {d.identifier} ({unresolved.reason}): "
                    f"{unresolved.detail}"
                },
                "locations": [_location(r.path, r.line, r.column, r.text)],
                "descriptor": descriptor(UNRESOLVED, "A reference's license could not be resolved"),
            }
        )
    out.extend(
        _note(n, descriptor(f"license-gate/{n.code}", f"license-gate note: {n.code}"))
        for n in result.notes
    )
    return descriptors, out


def _note(n: Note, desc: dict[str, Any]) -> dict[str, Any]:
    out: dict[str, Any] = {
        "level": _NOTE_LEVEL.get(n.level, "note"),
        "message": {"text": n.message},
        "descriptor": desc,
    }
    if n.path:
        out["locations"] = [_location(n.path, n.line)]
    return out


def sarif_log(result: GateResult, options: RenderOptions) -> dict[str, Any]:
    """The SARIF log as plain data."""
    included = [
        d
        for d in ordered(result.decisions)
        if d.verdict in (Verdict.DENY, Verdict.WARN)
        or (d.verdict is Verdict.EXCEPTED and options.sarif_include_excepted)
    ]
    levels: dict[str, str] = {}
    for d in included:
        level = _LEVEL[d.verdict]
        if d.rule not in levels or _RANK[level] < _RANK[levels[d.rule]]:
            levels[d.rule] = level
    for rule_id in options.policy_rules:
        levels.setdefault(rule_id, "warning")
    rule_ids = sorted(levels)
    rules = [_rule(rid, levels[rid], result.policy_name) for rid in rule_ids]
    rules.extend(_exception_rule(status) for status in EXCEPTION_RULES)
    rule_index = {rule["id"]: i for i, rule in enumerate(rules)}

    results = [_decision_result(d, rule_index[d.rule], result) for d in included]
    results.extend(
        _exception_result(e, rule_index[EXCEPTION_RULES[e.status][0]])
        for e in result.exceptions
        if e.status in EXCEPTION_RULES
    )
    descriptors, notifications = _notifications(result)
    driver: dict[str, Any] = {
        "name": "license-gate",
        "informationUri": HOMEPAGE,
        "rules": rules,
    }
    if options.tool_version:
        driver["semanticVersion"] = options.tool_version
    if descriptors:
        driver["notifications"] = descriptors
    transient = any(
        d.assessment.unresolved is not None and d.assessment.unresolved.reason in TRANSIENT
        for d in result.decisions
    )
    invocation: dict[str, Any] = {"executionSuccessful": not transient}
    if notifications:
        invocation["toolExecutionNotifications"] = notifications
    run: dict[str, Any] = {
        "tool": {"driver": driver},
        "invocations": [invocation],
        "columnKind": "unicodeCodePoints",
        "results": results,
    }
    if result.policy_name:
        run["properties"] = {"policy": result.policy_name}
    return {"$schema": SARIF_SCHEMA, "version": "2.1.0", "runs": [run]}


class SarifFormatter:
    """SARIF 2.1.0 for code scanning."""

    name = "sarif"

    def render(self, result: GateResult, options: RenderOptions) -> str:
        return json.dumps(sarif_log(result, options), indent=2, ensure_ascii=False) + "\n"
