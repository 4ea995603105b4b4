"""Drift: what changed upstream since license-gate.lock was written.

`compute_drift` compares every lock entry with what the Hub says now (license fields, lineage,
derived categories) and ranks each change: *stricter* when the id's own categories, or the
categories a referenced id inherits through its lineage, gained a restrictive one (anything but
`permissive` / `attribution`), or when it disappeared from the Hub. Renderers for text, JSON and
Markdown are pure functions; the command prints.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Collection, Mapping
from dataclasses import dataclass, field
from typing import Any

from license_gate.lockfile import Lockfile
from license_gate.models import RefKey, RepoRecord, Resolution, Source, Unresolved
from license_gate.resolve.closure import categories_of, effective_categories

__all__ = [
    "LENIENT_CATEGORIES",
    "Change",
    "CommitInfo",
    "DriftReport",
    "commit_finder",
    "compute_drift",
    "render_drift",
]

# Gaining one of these never makes a verdict stricter; gaining anything else may.
LENIENT_CATEGORIES: frozenset[str] = frozenset({"permissive", "attribution"})
_FIELDS = ("license", "licenses", "license_name", "license_link", "base_models", "datasets")


@dataclass(frozen=True, slots=True)
class CommitInfo:
    id: str
    date: str | None
    title: str | None


@dataclass(frozen=True, slots=True)
class Change:
    """One id whose license facts changed. `fields` maps a field to (old, new)."""

    key: RefKey
    identifier: str
    fields: Mapping[str, tuple[Any, Any]]
    old_categories: tuple[str, ...]
    new_categories: tuple[str, ...]
    old_sha: str | None
    new_sha: str | None
    stricter: bool
    reasons: tuple[str, ...] = ()  # why it is stricter
    commit: CommitInfo | None = None


@dataclass(frozen=True, slots=True)
class DriftReport:
    changes: tuple[Change, ...]
    checked: int
    unchecked: tuple[tuple[str, str], ...] = ()  # (key, why) the Hub could not be asked about
    inherited: tuple[tuple[str, tuple[str, ...]], ...] = ()  # referenced id -> gained categories
    verdicts: tuple[str, ...] = field(default=())  # policy verdicts that got stricter (per ref)

    @property
    def stricter(self) -> bool:
        return any(c.stricter for c in self.changes) or bool(self.inherited or self.verdicts)

    @property
    def exit_code(self) -> int:
        """1 when a verdict may get stricter, 3 when something could not be checked, else 0."""
        if self.stricter:
            return 1
        return 3 if self.unchecked else 0


def _facts(record: RepoRecord | None) -> dict[str, Any]:
    if record is None:
        return dict.fromkeys(_FIELDS)
    return {
        "license": record.license,
        "licenses": sorted(record.licenses),
        "license_name": record.license_name,
        "license_link": record.license_link,
        "base_models": sorted(f"{e.identifier.lower()} ({e.relation})" for e in record.base_models),
        "datasets": sorted(d.lower() for d in record.datasets),
    }


def _restrictive(cats: Collection[str]) -> set[str]:
    return {c for c in cats if c not in LENIENT_CATEGORIES}


def compute_drift(
    lock: Lockfile,
    now: Mapping[RefKey, Resolution],
    *,
    roots: Collection[RefKey] = (),
    find_commit: Callable[[RefKey, RepoRecord, RepoRecord], CommitInfo | None] | None = None,
) -> DriftReport:
    """Compare the lock with `now` (Hub answers for the lock's keys and their new lineage)."""
    old_map: dict[RefKey, Resolution] = {e.key: e.resolution(e.key) for e in lock}
    changes: list[Change] = []
    unchecked: list[tuple[str, str]] = []
    for entry in lock:
        key = entry.key
        new = now.get(key)
        if new is None:
            unchecked.append((str(key), "not asked"))
            continue
        if isinstance(new, Unresolved) and new.reason != "not-found":
            unchecked.append((str(key), f"{new.reason}: {new.detail}"))
            continue
        if isinstance(new, RepoRecord) and new.source is not Source.HUB:
            unchecked.append((str(key), f"the Hub did not answer (only the {new.source.value})"))
            continue
        new_record = new if isinstance(new, RepoRecord) else None
        old_facts, new_facts = _facts(entry.record), _facts(new_record)
        fields = {f: (old_facts[f], new_facts[f]) for f in _FIELDS if old_facts[f] != new_facts[f]}
        if entry.record is None and new_record is None:
            continue
        if (entry.record is None) != (new_record is None):
            fields["status"] = (
                "ok" if entry.record is not None else "not-found",
                "ok" if new_record is not None else "not-found",
            )
        old_cats = tuple(sorted(entry.categories))
        new_cats = tuple(sorted(categories_of(new_record))) if new_record else ("unknown",)
        if not old_cats and entry.record is not None:
            old_cats = tuple(sorted(categories_of(entry.record)))
        if not fields and old_cats == new_cats:
            continue
        reasons = []
        gained = _restrictive(new_cats) - _restrictive(old_cats)
        if gained:
            reasons.append("gained " + ", ".join(sorted(gained)))
        if new_record is None:
            reasons.append("no longer on the Hub")
        commit = None
        if find_commit is not None and entry.record is not None and new_record is not None:
            try:
                commit = find_commit(key, entry.record, new_record)
            except Exception:
                commit = None
        changes.append(
            Change(
                key=key,
                identifier=new_record.identifier if new_record else entry.key.identifier,
                fields=fields,
                old_categories=old_cats,
                new_categories=new_cats,
                old_sha=entry.record.sha if entry.record else None,
                new_sha=new_record.sha if new_record else None,
                stricter=bool(reasons),
                reasons=tuple(reasons),
                commit=commit,
            )
        )
    inherited: list[tuple[str, tuple[str, ...]]] = []
    for root in sorted(roots, key=str):
        if root not in old_map:
            continue
        before = _restrictive(effective_categories(root, old_map))
        after = _restrictive(effective_categories(root, now))
        gained_cats = tuple(sorted(after - before))
        own = next((c for c in changes if c.key == root), None)
        if gained_cats and (
            own is None or not set(gained_cats) <= _restrictive(own.new_categories)
        ):
            inherited.append((str(root), gained_cats))
    return DriftReport(
        changes=tuple(changes),
        checked=len(lock) - len(unchecked),
        unchecked=tuple(unchecked),
        inherited=tuple(inherited),
    )


def commit_finder(
    list_commits: Callable[[RefKey], list[dict[str, Any]] | None],
    record_at: Callable[[RefKey, str], RepoRecord | None],
    *,
    max_probes: int = 8,
) -> Callable[[RefKey, RepoRecord, RepoRecord], CommitInfo | None]:
    """Find the commit where an id's license facts changed: the commits after the locked sha;
    if several, the oldest whose facts already match the new ones (at most `max_probes` looks)."""

    def find(key: RefKey, old: RepoRecord, new: RepoRecord) -> CommitInfo | None:
        commits = list_commits(key)
        if not commits:
            return None
        ids = [c["id"] for c in commits]
        if old.sha is None or old.sha not in ids:
            return None
        newer = commits[: ids.index(old.sha)]
        if not newer:
            return None
        chosen = newer[0] if len(newer) == 1 else None
        if chosen is None:
            target = _facts(new)
            for c in list(reversed(newer))[:max_probes]:
                rec = record_at(key, c["id"])
                if rec is not None and _facts(rec) == target:
                    chosen = c
                    break
        if chosen is None:
            return None
        return CommitInfo(id=chosen["id"], date=chosen.get("date"), title=chosen.get("title"))

    return find


def _show(value: Any) -> str:
    if value is None:
        return "(none)"
    if isinstance(value, list):
        return "[" + ", ".join(value) + "]" if value else "[]"
    return str(value)


def to_json(report: DriftReport) -> dict[str, Any]:
    return {
        "version": 1,
        "stricter": report.stricter,
        "summary": {
            "checked": report.checked,
            "changed": len(report.changes),
            "stricter": sum(1 for c in report.changes if c.stricter),
            "unchecked": len(report.unchecked),
        },
        "changes": [
            {
                "key": str(c.key),
                "identifier": c.identifier,
                "kind": c.key.kind.value,
                "stricter": c.stricter,
                "reasons": list(c.reasons),
                "fields": {f: {"old": o, "new": n} for f, (o, n) in sorted(c.fields.items())},
                "categories": {"old": list(c.old_categories), "new": list(c.new_categories)},
                "sha": {"old": c.old_sha, "new": c.new_sha},
                "commit": None
                if c.commit is None
                else {"id": c.commit.id, "date": c.commit.date, "title": c.commit.title},
            }
            for c in report.changes
        ],
        "inherited": [{"key": k, "gained": list(g)} for k, g in report.inherited],
        "verdicts": list(report.verdicts),
        "unchecked": [{"key": k, "reason": why} for k, why in report.unchecked],
    }


def _commit_text(c: Change) -> str | None:
    if c.commit is None:
        return None
    date = f" ({c.commit.date[:10]})" if c.commit.date else ""
    title = f' "{c.commit.title}"' if c.commit.title else ""
    return f"changed in commit {c.commit.id[:12]}{date}{title}"


def render_drift(fmt: str, report: DriftReport) -> str:
    """text, json or markdown."""
    if fmt == "json":
        return json.dumps(to_json(report), indent=2, sort_keys=True) + "\n"
    n_strict = sum(1 for c in report.changes if c.stricter)
    head = (
        f"{len(report.changes)} change(s) since license-gate.lock ({n_strict} stricter), "
        f"{report.checked} id(s) checked"
    )
    if fmt == "markdown":
        lines = ["## License drift", "", head, ""]
        if report.changes:
            lines += ["| Id | Change | Categories | Commit | Stricter |", "|---|---|---|---|---|"]
            for c in report.changes:
                what = (
                    "<br>".join(
                        f"`{f}`: {_show(o)} → {_show(n)}" for f, (o, n) in sorted(c.fields.items())
                    )
                    or "categories only"
                )
                cats = (
                    f"{', '.join(c.old_categories) or '-'} → {', '.join(c.new_categories) or '-'}"
                )
                commit = f"`{c.commit.id[:12]}` {c.commit.title or ''}" if c.commit else ""
                strict = "**yes**: " + "; ".join(c.reasons) if c.stricter else "no"
                lines.append(f"| `{c.identifier}` | {what} | {cats} | {commit} | {strict} |")
            lines.append("")
        for k, gained in report.inherited:
            lines.append(f"- `{k}` now inherits **{', '.join(gained)}** through its lineage")
        for v in report.verdicts:
            lines.append(f"- stricter verdict: {v}")
        for k, why in report.unchecked:
            lines.append(f"- could not check `{k}`: {why}")
        return "\n".join(lines).rstrip() + "\n"
    lines = [f"license-gate drift: {head}"]
    for c in report.changes:
        tag = "STRICTER " if c.stricter else ""
        lines.append(f"  {tag}{c.identifier} ({c.key.kind.value})")
        for f, (o, n) in sorted(c.fields.items()):
            lines.append(f"      {f}: {_show(o)} -> {_show(n)}")
        if c.old_categories != c.new_categories:
            lines.append(
                f"      categories: {', '.join(c.old_categories) or '-'} -> "
                f"{', '.join(c.new_categories) or '-'}"
            )
        if c.reasons:
            lines.append(f"      stricter: {'; '.join(c.reasons)}")
        if (text := _commit_text(c)) is not None:
            lines.append(f"      {text}")
    for k, gained in report.inherited:
        lines.append(f"  STRICTER {k}: now inherits {', '.join(gained)} through its lineage")
    for v in report.verdicts:
        lines.append(f"  STRICTER verdict: {v}")
    for k, why in report.unchecked:
        lines.append(f"  could not check {k}: {why}")
    return "\n".join(lines) + "\n"
