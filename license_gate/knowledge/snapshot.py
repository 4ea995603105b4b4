"""The bundled snapshot: declared license fields of well-known Hub repositories, for when the Hub
cannot be reached.

File: `license_gate/data/snapshot.json` (`{"version": 1, "recorded": DATE, "models": [...],
"datasets": [...]}`; each entry `{"id", "license", "licenses"?, "license_name"?,
"license_link"?, "base_models"?: [{"id", "relation"}], "datasets"?, "gated"?, "aliases"?,
"uncertain"?: why, "recorded": DATE}`). `license-gate snapshot update` rewrites it.

Lookups are case-insensitive, and legacy ids (`bert-base-uncased`, `squad`) are canonicalised
through `license_gate.ids` and the entries' own `aliases`. Every record says it came from the
snapshot (`source=Source.SNAPSHOT`) and when it was recorded; an `uncertain` entry carries its
reason in `note`.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from license_gate.models import Edge, Kind, RefKey, RepoRecord, Source

__all__ = [
    "ENTRY_KEYS",
    "SNAPSHOT_PATH",
    "Snapshot",
    "age_days",
    "dumps_snapshot",
    "entries",
    "entry_from_record",
    "load_snapshot",
    "lookup",
    "normalise_entry",
    "record_from_entry",
    "snapshot",
    "snapshot_date",
]

SNAPSHOT_PATH = Path(__file__).resolve().parent.parent / "data" / "snapshot.json"

_SECTIONS: tuple[tuple[str, Kind], ...] = (("models", Kind.MODEL), ("datasets", Kind.DATASET))


@dataclass(frozen=True, slots=True)
class Snapshot:
    """The loaded snapshot with a case-insensitive index (ids and aliases)."""

    recorded: str | None
    records: tuple[RepoRecord, ...]
    index: Mapping[tuple[Kind, str], RepoRecord]


def _str(value: Any) -> str | None:
    return value if isinstance(value, str) and value else None


def record_from_entry(
    entry: Mapping[str, Any], kind: Kind, *, recorded: str | None = None
) -> RepoRecord:
    """One snapshot entry as a RepoRecord (raises ValueError/TypeError on a malformed entry)."""
    ident = entry["id"]
    if not isinstance(ident, str) or not ident:
        raise ValueError("snapshot entry without an id")
    bases = tuple(
        Edge(identifier=str(b["id"]), relation=str(b.get("relation") or "base"))
        for b in entry.get("base_models", ())
    )
    uncertain = _str(entry.get("uncertain"))
    return RepoRecord(
        identifier=ident,
        kind=kind,
        license=_str(entry.get("license")),
        source=Source.SNAPSHOT,
        licenses=tuple(str(x) for x in entry.get("licenses", ())),
        license_name=_str(entry.get("license_name")),
        license_link=_str(entry.get("license_link")),
        base_models=bases,
        datasets=tuple(str(x) for x in entry.get("datasets", ())),
        gated=bool(entry.get("gated", False)),
        recorded=_str(entry.get("recorded")) or recorded,
        note=f"snapshot entry marked uncertain: {uncertain}" if uncertain else None,
    )


# The order keys are written in (the file is sorted and deterministic, so diffs stay reviewable).
ENTRY_KEYS: tuple[str, ...] = (
    "id",
    "license",
    "licenses",
    "license_name",
    "license_link",
    "base_models",
    "datasets",
    "gated",
    "aliases",
    "uncertain",
    "recorded",
)


def normalise_entry(entry: Mapping[str, Any]) -> dict[str, Any]:
    """An entry in canonical form: known keys in `ENTRY_KEYS` order, empty values dropped
    (`license` is always written, null when nothing is declared)."""
    out: dict[str, Any] = {}
    for k in ENTRY_KEYS:
        value = entry.get(k)
        if k == "license" or value not in (None, "", [], (), False):
            out[k] = list(value) if isinstance(value, tuple) else value
    return out


def entry_from_record(
    record: RepoRecord,
    *,
    recorded: str,
    aliases: tuple[str, ...] | list[str] = (),
    uncertain: str | None = None,
) -> dict[str, Any]:
    """A snapshot entry for a record (the inverse of `record_from_entry`)."""
    return normalise_entry(
        {
            "id": record.identifier,
            "license": record.license,
            "licenses": [x for x in record.licenses if x] if len(record.licenses) > 1 else [],
            "license_name": record.license_name,
            "license_link": record.license_link,
            "base_models": [
                {"id": e.identifier, "relation": e.relation} for e in record.base_models
            ],
            "datasets": list(record.datasets),
            "gated": record.gated,
            "aliases": sorted(set(aliases), key=str.lower),
            "uncertain": uncertain,
            "recorded": recorded,
        }
    )


def dumps_snapshot(
    models: list[dict[str, Any]],
    datasets: list[dict[str, Any]],
    *,
    recorded: str,
    about: str,
) -> str:
    """The snapshot file's text: entries normalised and sorted by id (case-insensitive)."""

    def section(items: list[dict[str, Any]]) -> list[dict[str, Any]]:
        return sorted((normalise_entry(e) for e in items), key=lambda e: str(e["id"]).lower())

    data = {
        "version": 1,
        "recorded": recorded,
        "about": about,
        "models": section(models),
        "datasets": section(datasets),
    }
    return json.dumps(data, indent=1, ensure_ascii=False) + "\n"


def load_snapshot(path: Path = SNAPSHOT_PATH) -> Snapshot:
    """Parse a snapshot file (uncached; see `snapshot`)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    recorded = _str(data.get("recorded"))
    records: list[RepoRecord] = []
    index: dict[tuple[Kind, str], RepoRecord] = {}
    for section, kind in _SECTIONS:
        for entry in data.get(section, ()):
            rec = record_from_entry(entry, kind, recorded=recorded)
            records.append(rec)
            index[(kind, rec.identifier.lower())] = rec
            for alias in entry.get("aliases", ()):
                index.setdefault((kind, str(alias).lower()), rec)
    return Snapshot(recorded=recorded, records=tuple(records), index=MappingProxyType(index))


@lru_cache(maxsize=1)
def snapshot() -> Snapshot:
    """The bundled snapshot, loaded on first use."""
    return load_snapshot()


def _canonical(kind: Kind, identifier: str) -> str:
    try:
        from license_gate.ids import canonical_id
    except ImportError:  # pragma: no cover - ids.py ships with the package
        return identifier
    return canonical_id(kind, identifier)


def lookup(key: RefKey) -> RepoRecord | None:
    """The snapshot's record for a key (case-insensitive, legacy ids canonicalised), or None.
    A pinned revision is kept on the record, but the snapshot knows only what it recorded."""
    if key.kind not in (Kind.MODEL, Kind.DATASET):
        return None
    snap = snapshot()
    ident = key.identifier.strip()
    rec = snap.index.get((key.kind, ident.lower()))
    if rec is None:
        canonical = _canonical(key.kind, ident)
        rec = snap.index.get((key.kind, canonical.lower()))
    if rec is None:
        return None
    if key.revision:
        from dataclasses import replace

        return replace(rec, revision=key.revision)
    return rec


def snapshot_date() -> str | None:
    """The ISO date the bundled snapshot was recorded."""
    return snapshot().recorded


def age_days(recorded: str | None, *, today: date | None = None) -> int | None:
    """Days since an ISO `recorded` date (None when unknown or unparsable)."""
    if not recorded:
        return None
    try:
        then = date.fromisoformat(recorded[:10])
    except ValueError:
        return None
    return ((today or date.today()) - then).days


def entries() -> tuple[RepoRecord, ...]:
    """Every record in the bundled snapshot (models first, each section sorted by id)."""
    return snapshot().records
