"""The effective policy as YAML (what `license-gate policy check` prints): the same keys as the
policy file format, with `extends` already applied, so a reader sees exactly what is enforced."""

from __future__ import annotations

import io
from typing import Any

from license_gate.models import ExceptionsConfig
from license_gate.policy.model import Match, ModelDeclaration, Policy, Rule, Scope

__all__ = ["policy_to_data", "policy_to_yaml"]


def _flow(items: list[Any]) -> Any:
    from ruamel.yaml.comments import CommentedSeq

    seq = CommentedSeq(items)
    seq.fa.set_flow_style()
    return seq


def _match(m: Match) -> dict[str, Any]:
    out: dict[str, Any] = {}
    if m.models:
        out["models"] = _flow(list(m.models))
    if m.categories:
        out["categories"] = _flow(list(m.categories))
    if m.licenses:
        out["licenses"] = _flow(list(m.licenses))
    if m.kinds:
        out["kinds"] = _flow([k.value for k in m.kinds])
    if m.unknown is not None:
        out["unknown"] = m.unknown
    return out


def _rule(r: Rule) -> dict[str, Any]:
    out: dict[str, Any] = {"id": r.id}
    if r.scope is not None:
        out["scope"] = r.scope
    out["match"] = _match(r.match)
    out["action"] = r.action.value
    if r.message:
        out["message"] = r.message
    return out


def _scope(s: Scope) -> dict[str, Any]:
    out: dict[str, Any] = {"include": _flow(list(s.include))}
    if s.exclude:
        out["exclude"] = list(s.exclude)
    return out


def _declaration(d: ModelDeclaration) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in ("license", "license_name", "license_link"):
        value = getattr(d, key)
        if value is not None:
            out[key] = value
    if d.base_models:
        out["base_models"] = _flow(list(d.base_models))
    if d.datasets:
        out["datasets"] = _flow(list(d.datasets))
    if d.note:
        out["note"] = d.note
    return out


def _exceptions(e: ExceptionsConfig) -> dict[str, Any]:
    return {
        "dir": e.dir,
        "allowed_signers": e.allowed_signers,
        "max_days": e.max_days,
        "require_signature": e.require_signature,
        "namespace": e.namespace,
        "expiring_days": e.expiring_days,
    }


def policy_to_data(policy: Policy) -> dict[str, Any]:
    """The effective policy as plain data in the file format's key order."""
    out: dict[str, Any] = {"version": policy.version, "name": policy.name}
    if policy.description:
        out["description"] = policy.description
    out["scopes"] = {s.name: _scope(s) for s in policy.scopes}
    out["rules"] = [_rule(r) for r in policy.rules]
    out["default"] = policy.default.value
    out["lineage"] = {
        "base_models": policy.lineage.base_models.value,
        "datasets": policy.lineage.datasets.value,
    }
    models: dict[str, Any] = {}
    for d in policy.models:
        key = d.pattern if d.kind.value == "model" else f"datasets/{d.pattern}"
        models[key] = _declaration(d)
    out["models"] = models
    out["exceptions"] = _exceptions(policy.exceptions)
    out["exclude"] = list(policy.exclude)
    return out


def policy_to_yaml(policy: Policy) -> str:
    from ruamel.yaml import YAML
    from ruamel.yaml.comments import CommentedMap

    def convert(v: Any) -> Any:
        if isinstance(v, dict):
            cm = CommentedMap()
            for k, x in v.items():
                cm[k] = convert(x)
            return cm
        if isinstance(v, list) and not hasattr(v, "fa"):
            return [convert(x) for x in v]
        return v

    data = convert(policy_to_data(policy))
    header = [f"effective policy {policy.name!r} (read from {' -> '.join(policy.chain)})"]
    header.append("rules are tried in order; the first that matches a finding decides it")
    data.yaml_set_start_comment("\n".join(header))
    yaml = YAML(typ="rt", pure=True)
    yaml.default_flow_style = False
    yaml.width = 100
    yaml.indent(mapping=2, sequence=4, offset=2)
    buf = io.StringIO()
    yaml.dump(data, buf)
    return buf.getvalue()
