"""Resolving ids together with their lineage: base models and training datasets, transitively.

Used by `lock` (to pin every ancestor) and `drift` (to see the lineage as it is now). Lineage
assessment proper (which categories are inherited, how) is the knowledge stage's business;
this only walks the edges.
"""

from __future__ import annotations

import importlib
from collections.abc import Collection, Mapping

from license_gate.models import Kind, RefKey, RepoRecord, Resolution
from license_gate.resolve.interface import Resolver

__all__ = ["categories_of", "edges_of", "effective_categories", "resolve_closure"]


def edges_of(record: RepoRecord) -> list[RefKey]:
    """The keys a record points at: its base models and its training datasets."""
    keys = [RefKey(e.kind, e.identifier) for e in record.base_models]
    keys += [RefKey(Kind.DATASET, d) for d in record.datasets]
    return keys


def resolve_closure(
    resolver: Resolver, keys: Collection[RefKey], *, max_depth: int = 10
) -> dict[RefKey, Resolution]:
    """Every key and every ancestor reachable within `max_depth` hops, level by level (so each
    level is one concurrent batch)."""
    out: dict[RefKey, Resolution] = {}
    level = list(dict.fromkeys(keys))
    depth = 0
    while level and depth <= max_depth:
        answers = resolver.resolve_all(level)
        out.update(answers)
        nxt: list[RefKey] = []
        for res in answers.values():
            if isinstance(res, RepoRecord):
                for k in edges_of(res):
                    if k not in out and k not in nxt:
                        nxt.append(k)
        level = nxt
        depth += 1
    return out


def categories_of(record: RepoRecord) -> tuple[str, ...]:
    """The knowledge base's categories for a record's own license fields ((), if this build has
    no knowledge base)."""
    try:
        knowledge = importlib.import_module("license_gate.knowledge")
        classify = knowledge.classify
    except (ImportError, AttributeError):
        return ()
    try:
        return tuple(sorted(classify(record).categories))
    except Exception:
        return ("unknown",)


def effective_categories(
    root: RefKey, resolutions: Mapping[RefKey, Resolution], *, max_depth: int = 10
) -> tuple[str, ...]:
    """The union of categories over a key and its ancestors (a coarse inheritance used to rank
    drift; the policy's lineage modes refine it)."""
    seen: set[RefKey] = set()
    cats: set[str] = set()
    level = [root]
    for _ in range(max_depth + 1):
        nxt: list[RefKey] = []
        for key in level:
            if key in seen:
                continue
            seen.add(key)
            res = resolutions.get(key)
            if isinstance(res, RepoRecord):
                cats.update(categories_of(res))
                nxt.extend(edges_of(res))
            elif res is not None:
                cats.add("unknown")
        level = nxt
        if not level:
            break
    return tuple(sorted(cats))
