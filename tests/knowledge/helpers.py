"""Test doubles for the lineage layer: an in-memory Resolver (the documented unit-test double;
the real client is tested against the fake Hub in tests/resolve) and a reader that turns card
metadata, written the way model cards write it, into RepoRecords."""

from __future__ import annotations

import json
from collections.abc import Collection, Mapping
from pathlib import Path
from typing import Any

from license_gate.models import Edge, Kind, Note, RefKey, RepoRecord, Resolution, Source, Unresolved

DATA = Path(__file__).parent / "data"


def card_record(
    identifier: str,
    card: Mapping[str, Any],
    *,
    kind: Kind = Kind.MODEL,
    source: Source = Source.HUB,
) -> RepoRecord:
    """A record from card YAML fields as written (license str or list, base_model str or list)."""
    lic = card.get("license")
    licenses = tuple(lic) if isinstance(lic, list) else ()
    first = licenses[0] if licenses else lic
    bases = card.get("base_model") or []
    bases = [bases] if isinstance(bases, str) else list(bases)
    relation = card.get("base_model_relation") or "base"
    datasets = card.get("datasets") or []
    datasets = [datasets] if isinstance(datasets, str) else list(datasets)
    return RepoRecord(
        identifier=identifier,
        kind=kind,
        license=first,  # type: ignore[arg-type]  # malformed cases pass odd values on purpose
        source=source,
        licenses=licenses,
        license_name=card.get("license_name"),
        license_link=card.get("license_link"),
        base_models=tuple(Edge(b, relation) for b in bases),
        datasets=tuple(datasets),
    )


def sample_record(name: str) -> RepoRecord:
    """A record from one of the recorded /api/models responses in data/."""
    body = json.loads((DATA / name).read_text(encoding="utf-8"))
    return card_record(body["id"], body.get("cardData") or {})


class MemoryResolver:
    """Answers from a dict; counts batches so tests can see breadth-first batching."""

    def __init__(
        self,
        records: Collection[RepoRecord] = (),
        *,
        failures: Mapping[str, str] | None = None,
    ) -> None:
        self.records = {RefKey(r.kind, r.identifier): r for r in records}
        self.failures = dict(failures or {})
        self.batches: list[list[RefKey]] = []

    def resolve_all(self, keys: Collection[RefKey]) -> dict[RefKey, Resolution]:
        self.batches.append(list(keys))
        out: dict[RefKey, Resolution] = {}
        for key in keys:
            rec = self.records.get(RefKey(key.kind, key.identifier))
            if rec is not None:
                out[key] = rec
            else:
                reason = self.failures.get(key.identifier, "not-found")
                out[key] = Unresolved(key, reason, f"{key} is not on the Hub")
        return out

    def notes(self) -> tuple[Note, ...]:
        return ()


def model(identifier: str, **card: Any) -> RepoRecord:
    return card_record(identifier, card)


def dataset(identifier: str, **card: Any) -> RepoRecord:
    return card_record(identifier, card, kind=Kind.DATASET)


def key(identifier: str, kind: Kind = Kind.MODEL) -> RefKey:
    return RefKey(kind, identifier)
