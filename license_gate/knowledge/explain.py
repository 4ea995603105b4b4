"""`license-gate explain`, as pure functions: a lineage graph -> a tree of nodes -> text or JSON.

Every node shows what its card declares (`license`), where that came from (`source`: hub,
cache, lock, snapshot, policy; with the recorded date and age for the snapshot), its own
categories and its effective categories (own plus everything inherited from base models).
Training data is shown as `dataset` children; its categories are listed separately because
policies treat them separately (they warn by default).
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from typing import Any

from license_gate.knowledge.kb import license_info
from license_gate.knowledge.snapshot import age_days
from license_gate.lineage import LineageGraph, edges
from license_gate.models import (
    CATEGORIES,
    Assessment,
    Decision,
    LineageStep,
    RefKey,
    RepoRecord,
    Source,
    Unresolved,
)

__all__ = [
    "ExplainNode",
    "build_tree",
    "decision_data",
    "effective_categories",
    "explain_data",
    "render_decision",
    "render_json",
    "render_text",
]

_NOT_PERMISSIVE = frozenset(CATEGORIES) - {"permissive", "attribution"}


@dataclass(frozen=True, slots=True)
class ExplainNode:
    """One node of the drawn lineage."""

    identifier: str
    kind: str
    relation: str  # "root" for the id asked about
    license: str | None  # as declared (LicenseClass.raw)
    license_id: str | None
    license_name: str | None
    categories: tuple[str, ...]  # the node's own reading
    effective: tuple[str, ...]  # own plus inherited from base models
    data: tuple[str, ...]  # categories from training data (datasets at any depth)
    source: str | None  # Source value, or None when unresolved
    recorded: str | None = None
    note: str | None = None  # record note (policy declaration note, uncertain snapshot entry)
    unresolved: str | None = None  # "reason: detail"
    stop: str | None = None  # why the tree stops here: "cycle", "depth limit", "invalid id"
    children: tuple[ExplainNode, ...] = ()


def effective_categories(assessment: Assessment) -> tuple[str, ...]:
    """Own categories plus inherited ones; `permissive` only when nothing restricts."""
    cats = set(assessment.own.categories) | set(assessment.inherited)
    if cats & _NOT_PERMISSIVE:
        cats.discard("permissive")
    return tuple(c for c in CATEGORIES if c in cats)


def _node(
    graph: LineageGraph,
    key: RefKey,
    relation: str,
    path: tuple[RefKey, ...],
    budget: list[int],
) -> ExplainNode:
    answer = graph.known.get(key)
    budget[0] -= 1
    if not isinstance(answer, RepoRecord):
        reason = (
            f"{answer.reason}: {answer.detail}"
            if isinstance(answer, Unresolved)
            else "not followed (depth limit)"
        )
        return ExplainNode(
            identifier=key.identifier,
            kind=key.kind.value,
            relation=relation,
            license=None,
            license_id=None,
            license_name=None,
            categories=("unknown",),
            effective=("unknown",),
            data=(),
            source=None,
            unresolved=reason,
            stop=None if isinstance(answer, Unresolved) else "depth limit",
        )
    a = graph.assess(key)
    children: list[ExplainNode] = []
    for child, rel, ident in edges(answer):
        if budget[0] <= 0:
            break
        if child is None:
            children.append(
                ExplainNode(
                    identifier=ident[:200],
                    kind="dataset" if rel == "dataset" else "model",
                    relation=rel,
                    license=None,
                    license_id=None,
                    license_name=None,
                    categories=("unknown",),
                    effective=("unknown",),
                    data=(),
                    source=None,
                    stop="invalid id",
                )
            )
            continue
        if child in path or child == key:
            sub = graph.known.get(child)
            children.append(
                ExplainNode(
                    identifier=sub.identifier if isinstance(sub, RepoRecord) else child.identifier,
                    kind=child.kind.value,
                    relation=rel,
                    license=None,
                    license_id=None,
                    license_name=None,
                    categories=(),
                    effective=(),
                    data=(),
                    source=None,
                    stop="cycle",
                )
            )
            continue
        children.append(_node(graph, child, rel, (*path, key), budget))
    return ExplainNode(
        identifier=answer.identifier,
        kind=answer.kind.value,
        relation=relation,
        license=a.own.raw,
        license_id=a.own.license_id,
        license_name=a.own.name,
        categories=a.own.categories,
        effective=effective_categories(a),
        data=tuple(c for c in CATEGORIES if c in a.from_datasets),
        source=answer.source.value,
        recorded=answer.recorded,
        note=answer.note,
        children=tuple(children),
    )


def build_tree(graph: LineageGraph, key: RefKey, *, max_nodes: int = 500) -> ExplainNode:
    """The lineage of `key` as a tree (cycles and cut-offs marked, never followed)."""
    return _node(graph, key, "root", (), [max_nodes])


def _steps(chains: Mapping[str, tuple[LineageStep, ...]]) -> dict[str, list[dict[str, Any]]]:
    return {
        cat: [
            {"identifier": s.identifier, "relation": s.relation, "license": s.license} for s in ch
        ]
        for cat, ch in chains.items()
    }


def _node_data(node: ExplainNode) -> dict[str, Any]:
    out: dict[str, Any] = {
        "identifier": node.identifier,
        "kind": node.kind,
        "relation": node.relation,
        "license": node.license,
        "license_id": node.license_id,
        "categories": list(node.categories),
        "effective_categories": list(node.effective),
        "source": node.source,
    }
    if node.recorded:
        out["recorded"] = node.recorded
    if node.note:
        out["note"] = node.note
    if node.unresolved:
        out["unresolved"] = node.unresolved
    if node.stop:
        out["stop"] = node.stop
    out["children"] = [_node_data(c) for c in node.children]
    return out


def explain_data(
    assessment: Assessment, tree: ExplainNode, *, today: date | None = None
) -> dict[str, Any]:
    """The `explain --format json` object (JSON contract version 1)."""
    rec = assessment.record
    info = license_info(assessment.own.license_id) if assessment.own.license_id else None
    data: dict[str, Any] = {
        "version": 1,
        "identifier": assessment.identifier,
        "kind": assessment.key.kind.value,
        "revision": assessment.key.revision,
        "license": assessment.own.raw,
        "license_id": assessment.own.license_id,
        "license_name": assessment.own.name,
        "spdx": assessment.own.spdx,
        "recognised": assessment.own.recognised,
        "categories": list(effective_categories(assessment)),
        "own_categories": list(assessment.own.categories),
        "source": rec.source.value if rec else None,
        "recorded": rec.recorded if rec else None,
        "base_models": [
            {"identifier": e.identifier, "relation": e.relation} for e in rec.base_models
        ]
        if rec
        else [],
        "datasets": list(rec.datasets) if rec else [],
        "declared": {
            "license": rec.license,
            "licenses": list(rec.licenses),
            "license_name": rec.license_name,
            "license_link": rec.license_link,
        }
        if rec
        else None,
        "inherited": _steps(assessment.inherited),
        "from_datasets": _steps(assessment.from_datasets),
        "conditions": [c.text for c in info.conditions] if info else [],
        "obligations": list(info.obligations) if info else [],
        "notes": list(assessment.notes) + ([rec.note] if rec and rec.note else []),
        "unresolved": {
            "reason": assessment.unresolved.reason,
            "detail": assessment.unresolved.detail,
        }
        if assessment.unresolved
        else None,
        "lineage": _node_data(tree),
    }
    if rec and rec.source is Source.SNAPSHOT:
        data["snapshot_age_days"] = age_days(rec.recorded, today=today)
    return data


def render_json(assessment: Assessment, tree: ExplainNode, *, today: date | None = None) -> str:
    return json.dumps(explain_data(assessment, tree, today=today), indent=2) + "\n"


def _source_label(source: str | None, recorded: str | None, today: date | None) -> str:
    if source is None:
        return "unresolved"
    if source == Source.SNAPSHOT.value:
        age = age_days(recorded, today=today)
        when = f" recorded {recorded}" if recorded else ""
        old = f", {age} days old" if age is not None else ""
        return f"bundled snapshot{when}{old}"
    return f"{source}{f', recorded {recorded}' if recorded else ''}"


def _line(node: ExplainNode, today: date | None) -> str:
    head = node.identifier if node.relation == "root" else f"{node.relation}: {node.identifier}"
    if node.kind == "dataset" and node.relation != "dataset":
        head += " (dataset)"
    if node.stop == "cycle":
        return f"{head}  (cycle: already shown above)"
    if node.stop == "invalid id":
        return f"{head}  (not a valid Hub id) -> unknown"
    if node.unresolved:
        return f"{head}  (unresolved: {node.unresolved}) -> unknown"
    lic = node.license or "none declared"
    if node.license is None and node.license_id:
        lic = f"none declared, reads as {node.license_id}"
    cats = ", ".join(node.effective) or "-"
    return f"{head}  ({lic})  [{_source_label(node.source, node.recorded, today)}]  -> {cats}"


def _tree_lines(
    node: ExplainNode, prefix: str, last: bool, root: bool, today: date | None
) -> list[str]:
    if root:
        lines = [_line(node, today)]
        child_prefix = ""
    else:
        lines = [f"{prefix}{'└── ' if last else '├── '}{_line(node, today)}"]
        child_prefix = prefix + ("    " if last else "│   ")
    for i, child in enumerate(node.children):
        lines.extend(_tree_lines(child, child_prefix, i == len(node.children) - 1, False, today))
    return lines


def _chain_text(chain: tuple[LineageStep, ...]) -> str:
    return " -> ".join(f"{s.identifier} ({s.license or 'none'})" for s in chain)


def render_text(assessment: Assessment, tree: ExplainNode, *, today: date | None = None) -> str:
    """The human-readable explanation."""
    rec = assessment.record
    own = assessment.own
    out = [f"{assessment.identifier} ({assessment.key.kind.value})"]
    if assessment.unresolved is not None:
        out.append(f"  unresolved: {assessment.unresolved.reason}: {assessment.unresolved.detail}")
    declared = own.raw or "none declared"
    name = f" - {own.name}" if own.name else ""
    out.append(f"  license:     {declared}{name}")
    if own.spdx:
        out.append(f"  spdx:        {own.spdx}")
    source = _source_label(rec.source.value if rec else None, rec.recorded if rec else None, today)
    out.append(f"  source:      {source}")
    out.append(f"  categories:  {', '.join(own.categories)}")
    out.append(f"  effective:   {', '.join(effective_categories(assessment))}")
    info = license_info(own.license_id) if own.license_id else None
    if info is not None:
        out.extend(f"  condition:   {c.text}" for c in info.conditions)
        out.extend(f"  obligation:  {o}" for o in info.obligations)
    for title, chains in (
        ("inherited", assessment.inherited),
        ("from data", assessment.from_datasets),
    ):
        for cat, chain in chains.items():
            out.append(f"  {title}: {cat} via {_chain_text(chain)}")
    out.append("")
    out.append("lineage:")
    out.extend("  " + line for line in _tree_lines(tree, "", True, True, today))
    notes = list(assessment.notes) + ([rec.note] if rec and rec.note else [])
    if notes:
        out.append("")
        out.append("notes:")
        out.extend(f"  - {n}" for n in notes)
    return "\n".join(out) + "\n"


def decision_data(decision: Decision, *, policy: str) -> dict[str, Any]:
    """What the policy would decide for a reference to the id at `decision.reference.path`."""
    return {
        "name": policy,
        "path": decision.reference.path,
        "verdict": decision.verdict.value,
        "rule": decision.rule,
        "message": decision.message,
        "categories": list(decision.categories),
        "lineage": [
            {"identifier": s.identifier, "relation": s.relation, "license": s.license}
            for s in decision.lineage
        ],
    }


def render_decision(decision: Decision, *, policy: str) -> str:
    """One paragraph for the text output."""
    line = (
        f"policy:      {decision.verdict.value.upper()} in {decision.reference.path} under "
        f"{policy} [{decision.rule}] {decision.message}"
    )
    if decision.lineage:
        line += f"\n             via {_chain_text(decision.lineage)}"
    return line + "\n"
