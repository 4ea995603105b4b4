"""`license-gate.lock`: the licenses a repository was reviewed against, pinned.

A JSON document at the repository root, deterministic so that unrelated changes never churn it:
entries sorted by key, keys sorted, two-space indentation, a final newline, no timestamps, no
line numbers, no machine-specific values. One entry per id (the referenced ids and their lineage
ancestors and training datasets), each with the kind, the canonical id, the Hub commit sha the
metadata was read at, the declared license fields, base models with relations, datasets and the
categories derived by the knowledge base. Ids the Hub does not know are pinned as `not-found`, so
that `--locked` gives the same answers as a live run.

```json
{
  "entries": {
    "model:bert-base-uncased": {"id": "google-bert/bert-base-uncased", "kind": "model",
                                "license": "apache-2.0", "sha": "86b5e09...", ...}
  },
  "generated-by": "license-gate lock",
  "version": 1
}
```
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from types import MappingProxyType
from typing import Any

from license_gate.errors import ConfigError
from license_gate.models import Kind, RefKey, RepoRecord, Resolution, Source, Unresolved
from license_gate.resolve.records import record_from_dict, record_to_dict

__all__ = [
    "LOCK_NAME",
    "LOCK_VERSION",
    "LockEntry",
    "Lockfile",
    "dump_lock",
    "entry_key",
    "load_lock",
    "parse_lock",
]

LOCK_NAME = "license-gate.lock"
LOCK_VERSION = 1


def entry_key(key: RefKey) -> str:
    """The lock's key for a RefKey: `kind:lowercased-id[@revision]`."""
    kind, ident, rev = key.norm
    return f"{kind}:{ident}" + (f"@{rev}" if rev else "")


def _key_from_entry_key(text: str) -> RefKey:
    kind, sep, rest = text.partition(":")
    if not sep or not rest:
        raise ValueError(f"bad entry key {text!r} (expected kind:id[@revision])")
    ident, _, rev = rest.partition("@")
    return RefKey(Kind(kind), ident, rev or None)


@dataclass(frozen=True, slots=True)
class LockEntry:
    """One pinned id. `record` is None for an id the Hub does not know (status not-found)."""

    key: RefKey
    record: RepoRecord | None
    categories: tuple[str, ...] = ()
    status: str = "ok"  # "ok" | "not-found"
    detail: str | None = None
    source: str = "hub"  # "hub" | "snapshot": where the facts came from when locked

    def to_json(self) -> dict[str, Any]:
        if self.record is None:
            return {
                "kind": self.key.kind.value,
                "id": self.key.identifier,
                "status": self.status,
                "detail": self.detail,
            }
        data = record_to_dict(self.record)
        data["categories"] = sorted(self.categories)
        if self.source != "hub":
            data["source"] = self.source
        if data.get("revision") is None:
            data.pop("revision", None)
        return data

    def resolution(self, key: RefKey) -> Resolution:
        if self.record is None:
            return Unresolved(key, "not-found", self.detail or "not found on the Hub (locked)")
        return replace(self.record, source=Source.LOCK, recorded=None, revision=key.revision)


@dataclass(frozen=True, slots=True)
class Lockfile:
    """The parsed lock. `lookup` answers the resolver chain; `entries` is keyed by `entry_key`."""

    entries: Mapping[str, LockEntry] = field(default_factory=lambda: MappingProxyType({}))
    path: Path | None = None

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[LockEntry]:
        return iter(self.entries[k] for k in sorted(self.entries))

    def get(self, key: RefKey) -> LockEntry | None:
        entry = self.entries.get(entry_key(key))
        if entry is None and key.revision is None:
            ident = key.identifier.lower()
            for candidate in self.entries.values():  # referenced under its canonical id
                rec = candidate.record
                if (
                    rec is not None
                    and candidate.key.kind is key.kind
                    and candidate.key.revision is None
                    and rec.identifier.lower() == ident
                ):
                    return candidate
        return entry

    def lookup(self, key: RefKey) -> Resolution | None:
        entry = self.get(key)
        return entry.resolution(key) if entry is not None else None

    @classmethod
    def from_resolutions(
        cls,
        resolutions: Mapping[RefKey, Resolution],
        *,
        categories: Callable[[RepoRecord], tuple[str, ...]] | None = None,
    ) -> Lockfile:
        """Entries for every record (except policy declarations, which the policy governs) and
        every not-found; other failures are not lockable and are skipped (callers check)."""
        entries: dict[str, LockEntry] = {}
        for key, res in resolutions.items():
            if isinstance(res, Unresolved):
                if res.reason == "not-found":
                    entries[entry_key(key)] = LockEntry(
                        key, None, status="not-found", detail=res.detail
                    )
                continue
            if res.source is Source.POLICY:
                continue
            record = replace(res, recorded=None, note=None, revision=key.revision)
            cats = tuple(sorted(categories(res))) if categories is not None else ()
            source = "snapshot" if res.source is Source.SNAPSHOT else "hub"
            entries[entry_key(key)] = LockEntry(key, record, cats, source=source)
        return cls(MappingProxyType(dict(sorted(entries.items()))))


def dump_lock(lock: Lockfile) -> str:
    """The lock's canonical text (byte-for-byte stable for equal content)."""
    doc = {
        "version": LOCK_VERSION,
        "generated-by": "license-gate lock",
        "entries": {k: lock.entries[k].to_json() for k in sorted(lock.entries)},
    }
    return json.dumps(doc, indent=2, sort_keys=True, ensure_ascii=False) + "\n"


def parse_lock(text: str, *, source: str = LOCK_NAME) -> Lockfile:
    """Parse lock text; a malformed lock is a ConfigError naming the file (and line)."""
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        raise ConfigError(
            f"not valid JSON: {e.msg}",
            source=source,
            line=e.lineno,
            column=e.colno,
            hint="regenerate it with `license-gate lock`",
        ) from None
    if not isinstance(doc, dict) or not isinstance(doc.get("entries"), dict):
        raise ConfigError("not a license-gate lockfile (no 'entries' object)", source=source)
    if doc.get("version") != LOCK_VERSION:
        raise ConfigError(
            f"unsupported lockfile version {doc.get('version')!r} "
            f"(this build reads {LOCK_VERSION})",
            source=source,
            hint="regenerate it with `license-gate lock`",
        )
    entries: dict[str, LockEntry] = {}
    for name, data in doc["entries"].items():
        try:
            key = _key_from_entry_key(name)
            if not isinstance(data, dict):
                raise ValueError("an entry must be an object")
            if data.get("status", "ok") == "not-found":
                detail = data.get("detail")
                entry = LockEntry(
                    key,
                    None,
                    status="not-found",
                    detail=detail if isinstance(detail, str) else None,
                )
            else:
                record = record_from_dict(data, source=Source.LOCK)
                cats = data.get("categories", [])
                if not isinstance(cats, list) or not all(isinstance(c, str) for c in cats):
                    raise ValueError("'categories' must be a list of strings")
                src = data.get("source", "hub")
                entry = LockEntry(key, record, tuple(cats), source=str(src))
        except ValueError as e:
            raise ConfigError(
                f"entry {name!r}: {e}",
                source=source,
                line=_line_of(text, name),
                hint="regenerate it with `license-gate lock`",
            ) from None
        entries[name] = entry
    return Lockfile(MappingProxyType(entries))


def _line_of(text: str, name: str) -> int | None:
    needle = json.dumps(name)
    for i, line in enumerate(text.splitlines(), start=1):
        if needle in line:
            return i
    return None


def load_lock(root: Path) -> Lockfile | None:
    """The lock at `root`, or None when there is none."""
    path = root / LOCK_NAME
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read the lockfile: {e}", source=LOCK_NAME) from None
    return replace(parse_lock(text, source=LOCK_NAME), path=path)
