"""Lineage: what a referenced id inherits from its base models and its training data.

`assess_all` resolves the referenced keys, then their base models and datasets, level by level
(breadth first, one `resolver.resolve_all` batch per depth, so lineage shares the resolver's
cache and network budget), and builds one `Assessment` per referenced key:

- `own`: the id's own declared license (`knowledge.classify`). A model that declares nothing and
  is a `quantized` or `adapter` derivative reads as its base(s) (`raw` stays None; the name says
  "inherited"), because a re-upload or an adapter is used under its base's terms.
- `inherited`: category -> chain (parent first, the ancestor carrying it last) for everything
  carried by base models at any depth. A merge unions its bases (most restrictive wins); per
  category the shortest chain is kept. `permissive` is never inherited (it says nothing about a
  derivative).
- `from_datasets`: the same for datasets listed by the model or by any ancestor (chain ends with
  the dataset, relation `dataset`).
- `notes`: cycles, the depth limit, unresolved or invalid base models and datasets. An
  unresolved base model, an invalid id or a depth cut-off adds `unknown` (to `inherited`, or to
  `from_datasets` for data) with its chain, so it never silently vanishes.

`assess_service` classifies hosted-API names and Ollama tags (Kind.SERVICE): they are not Hub
repositories, so they read as the provider's service terms: categories ("proprietary",), raw
"service-terms", recognised True, no record.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import TYPE_CHECKING

from license_gate.knowledge import classify, combine
from license_gate.models import (
    CATEGORIES,
    TRANSIENT,
    Assessment,
    Kind,
    LicenseClass,
    LineageStep,
    Reference,
    RefKey,
    RepoRecord,
    Resolution,
    Unresolved,
)

if TYPE_CHECKING:  # importing license_gate.resolve pulls in the Hub client layer
    from license_gate.resolve.interface import Resolver

__all__ = [
    "DEFAULT_MAX_DEPTH",
    "SERVICE_LICENSE",
    "LineageGraph",
    "assess_all",
    "assess_service",
    "edges",
    "explore",
]

DEFAULT_MAX_DEPTH = 10
RELATIONS = frozenset({"finetune", "adapter", "quantized", "merge", "base"})
# Derivatives that are used under their base's terms when they declare nothing themselves.
INHERITS_WHEN_SILENT = frozenset({"quantized", "adapter"})
MAX_WORK = 5000  # node visits per assessment: a pathological graph is cut off, not explored

SERVICE_LICENSE = LicenseClass(
    license_id="service-terms",
    raw="service-terms",
    categories=("proprietary",),
    recognised=True,
    name="Hosted service terms (not a Hub repository)",
)

Chains = dict[str, tuple[LineageStep, ...]]

# The client's repo-id grammar (huggingface_hub validators): `name` or `namespace/name`.
_PART = r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,94}[A-Za-z0-9_])?"
_HUB_ID = re.compile(rf"(?:{_PART}/)?{_PART}", re.ASCII)


def is_valid_hub_id(value: str) -> bool:
    """Whether a lineage edge names something resolvable (a syntactically valid repo id)."""
    return (
        bool(value)
        and len(value) <= 193
        and _HUB_ID.fullmatch(value) is not None
        and "--" not in value
        and ".." not in value
    )


def _relation(value: object) -> str:
    rel = value.strip().lower() if isinstance(value, str) else "base"
    return rel if rel in RELATIONS else "base"


def _as_id(value: object) -> str:
    return value if isinstance(value, str) else repr(value)


def edges(record: RepoRecord) -> list[tuple[RefKey | None, str, str]]:
    """(key or None when the id is invalid, relation, id as written) for every lineage edge.
    Records come from parsers that may have let odd values through: nothing is trusted."""
    out: list[tuple[RefKey | None, str, str]] = []
    for edge in record.base_models:
        ident = _as_id(edge.identifier)
        kind = Kind.DATASET if edge.kind == Kind.DATASET else Kind.MODEL
        key = RefKey(kind, ident) if is_valid_hub_id(ident) else None
        out.append((key, _relation(edge.relation), ident))
    for ds in record.datasets:
        ident = _as_id(ds)
        key = RefKey(Kind.DATASET, ident) if is_valid_hub_id(ident) else None
        out.append((key, "dataset", ident))
    return out


def _fetch(keys: list[RefKey], resolver: Resolver, max_depth: int) -> dict[RefKey, Resolution]:
    """Breadth-first resolution of the keys and their lineage, one batch per depth level."""
    known: dict[RefKey, Resolution] = {}
    frontier = keys
    depth = 0
    while frontier:
        answers = resolver.resolve_all(frontier)
        for key in frontier:
            known[key] = answers.get(key) or Unresolved(key, "error", "the resolver gave no answer")
        if depth >= max_depth:
            break
        nxt: dict[RefKey, None] = {}
        for key in frontier:
            answer = known[key]
            if isinstance(answer, RepoRecord):
                for child, _rel, _ident in edges(answer):
                    if child is not None and child not in known:
                        nxt[child] = None
        frontier = list(nxt)
        depth += 1
    return known


def _merge(into: Chains, more: Mapping[str, tuple[LineageStep, ...]]) -> None:
    """Union of category chains; per category the shorter (nearer) chain wins, ties keep the
    first."""
    for cat, chain in more.items():
        have = into.get(cat)
        if have is None or len(chain) < len(have):
            into[cat] = chain


def _ordered(chains: Chains) -> Mapping[str, tuple[LineageStep, ...]]:
    return MappingProxyType({c: chains[c] for c in CATEGORIES if c in chains})


@dataclass
class _Profile:
    """What one node passes to whoever derives from it (before prefixing its own step)."""

    own: LicenseClass
    models: Chains = field(default_factory=dict)  # inherited through base models
    data: Chains = field(default_factory=dict)  # inherited through datasets
    notes: list[str] = field(default_factory=list)
    complete: bool = True  # False when a cycle cut it short (then it is not memoised)


class LineageGraph:
    """The fetched lineage graph (`known`: every key reached -> its resolution) and the
    per-node computations over it."""

    def __init__(
        self,
        known: Mapping[RefKey, Resolution],
        max_depth: int,
        *,
        classify: Callable[[RepoRecord], LicenseClass] = classify,
    ) -> None:
        self.known = known
        self.max_depth = max_depth
        self.classify = classify
        self.memo: dict[RefKey, _Profile] = {}
        self.work = 0
        self.transient = frozenset(
            k.identifier.lower()
            for k, v in known.items()
            if isinstance(v, Unresolved) and v.reason in TRANSIENT
        )

    def assess(self, key: RefKey) -> Assessment:
        """The Assessment of any key in the graph (an unknown key reads as unresolved)."""
        self.work = 0
        return _assess(self, key)

    def profile(self, key: RefKey, stack: tuple[RefKey, ...]) -> _Profile:
        cached = self.memo.get(key)
        if cached is not None:
            return cached
        self.work += 1
        answer = self.known.get(key)
        if not isinstance(answer, RepoRecord):  # callers handle missing/unresolved nodes
            return _Profile(own=classify_nothing())
        prof = _Profile(own=self.classify(answer))
        parents: list[tuple[LineageStep, _Profile]] = []
        for child, rel, ident in edges(answer):
            is_data = rel == "dataset"
            label = "dataset" if is_data else "base model"
            target = prof.data if is_data else prof.models
            if child is None:
                step = LineageStep(ident[:200], rel, None)
                prof.notes.append(
                    f"{answer.identifier}: {label} {ident[:80]!r} is not a valid Hub id"
                )
                _merge(target, {"unknown": (step,)})
                continue
            path = (*stack, key)
            if child in path:
                loop = " -> ".join(k.identifier for k in (*path[path.index(child) :], child))
                prof.notes.append(f"lineage cycle: {loop} (ignored)")
                prof.complete = False
                continue
            sub = self.known.get(child)
            if sub is None:
                step = LineageStep(child.identifier, rel, None)
                prof.notes.append(
                    f"lineage depth limit ({self.max_depth}) reached: {label} "
                    f"{child.identifier} of {answer.identifier} was not followed"
                )
                _merge(target, {"unknown": (step,)})
                continue
            if isinstance(sub, Unresolved):
                step = LineageStep(child.identifier, rel, None)
                prof.notes.append(
                    f"{label} {child.identifier} of {answer.identifier} could not be resolved "
                    f"({sub.reason}: {sub.detail})"
                )
                _merge(target, {"unknown": (step,)})
                continue
            if self.work > MAX_WORK:
                prof.notes.append("lineage graph too large: cut off")
                _merge(target, {"unknown": (LineageStep(sub.identifier, rel, None),)})
                prof.complete = False
                continue
            sub_prof = self.profile(child, (*stack, key))
            prof.complete = prof.complete and sub_prof.complete
            prof.notes.extend(n for n in sub_prof.notes if n not in prof.notes)
            step = LineageStep(sub.identifier, rel, sub_prof.own.raw)
            # A parent that declares nothing but reads as its base passes the base's chain on.
            silent = sub_prof.own.raw is None and sub_prof.own.license_id is not None
            own_cats = () if silent else sub_prof.own.categories
            carried: Chains = {c: (step,) for c in own_cats if c != "permissive"}
            for cat, chain in sub_prof.models.items():
                carried.setdefault(cat, (step, *chain))
            if is_data:
                # A dataset's own license and whatever it derives from are all "data".
                for cat, chain in sub_prof.data.items():
                    carried.setdefault(cat, (step, *chain))
                _merge(prof.data, carried)
            else:
                _merge(prof.models, carried)
                _merge(prof.data, {c: (step, *ch) for c, ch in sub_prof.data.items()})
                parents.append((step, sub_prof))
        prof.own = _silent_inherits(answer, prof.own, parents)
        if prof.complete:
            self.memo[key] = prof
        return prof


def classify_nothing() -> LicenseClass:
    return LicenseClass(license_id=None, raw=None, categories=("unknown",), recognised=False)


def _silent_inherits(
    record: RepoRecord, own: LicenseClass, parents: list[tuple[LineageStep, _Profile]]
) -> LicenseClass:
    """A quantized re-upload or an adapter that declares nothing reads as its base(s)."""
    if own.raw is not None or not parents:
        return own
    if any(step.relation not in INHERITS_WHEN_SILENT for step, _ in parents):
        return own
    if len(parents) != len(record.base_models):  # some base unresolved: stay unknown
        return own
    base = combine([p.own for _, p in parents])
    via = ", ".join(f"{step.identifier} ({step.license or 'none'})" for step, _ in parents)
    return LicenseClass(
        license_id=base.license_id,
        raw=None,
        categories=base.categories,
        recognised=base.recognised,
        name=f"none declared; inherited from {via}",
        spdx=base.spdx,
    )


def _assess(graph: LineageGraph, key: RefKey) -> Assessment:
    answer = graph.known.get(key)
    if not isinstance(answer, RepoRecord):
        unresolved = (
            answer if isinstance(answer, Unresolved) else Unresolved(key, "error", "no answer")
        )
        return Assessment(
            key=key,
            identifier=key.identifier,
            record=None,
            unresolved=unresolved,
            own=classify_nothing(),
        )
    prof = graph.profile(key, ())
    notes = list(dict.fromkeys(prof.notes))
    if prof.own.raw is None and prof.own.license_id is not None:
        notes.insert(
            0, f"{answer.identifier} declares no license; read as its base: {prof.own.name}"
        )
    # Training data whose license is unknown is the norm on the Hub (most cards list corpora
    # with no card of their own): it is reported as a note, not as a category the policy acts
    # on. Known restrictions of the data (non-commercial, research-only, ...) do count.
    data = dict(prof.data)
    unknown_data = data.pop("unknown", None)
    if unknown_data:
        notes.append(
            "training data with no known license: "
            + " -> ".join(s.identifier for s in unknown_data)
        )
    return Assessment(
        key=key,
        identifier=answer.identifier,
        record=answer,
        unresolved=None,
        own=prof.own,
        inherited=_ordered(prof.models),
        from_datasets=_ordered(data),
        notes=tuple(notes),
        transient=graph.transient,
    )


def assess_all(
    keys: Collection[RefKey],
    resolver: Resolver,
    *,
    max_depth: int = DEFAULT_MAX_DEPTH,
    classify: Callable[[RepoRecord], LicenseClass] = classify,
) -> dict[RefKey, Assessment]:
    """One Assessment per key (every key in, one entry out), following lineage to `max_depth`
    levels of base models / datasets."""
    wanted = list(dict.fromkeys(keys))
    if not wanted:
        return {}
    graph = explore(wanted, resolver, max_depth=max_depth, classify=classify)
    return {key: graph.assess(key) for key in wanted}


def explore(
    keys: Collection[RefKey],
    resolver: Resolver,
    *,
    max_depth: int = DEFAULT_MAX_DEPTH,
    classify: Callable[[RepoRecord], LicenseClass] = classify,
) -> LineageGraph:
    """Resolve keys and their lineage; the graph can then assess any node it reached
    (`explain` draws every node's own result from it)."""
    depth = max(0, max_depth)
    wanted = list(dict.fromkeys(keys))
    known = _fetch(wanted, resolver, depth) if wanted else {}
    return LineageGraph(known, depth, classify=classify)


def assess_service(ref: Reference) -> Assessment:
    """A hosted API model name or an Ollama tag: the provider's service terms."""
    return Assessment(
        key=ref.key,
        identifier=ref.identifier,
        record=None,
        unresolved=None,
        own=SERVICE_LICENSE,
        notes=(
            f"{ref.identifier} is a hosted service or runtime tag, not a Hub repository: "
            "its provider's terms apply",
        ),
    )
