"""Rebuilding the bundled snapshot from the Hub's list API (`license-gate snapshot update`).

For every id already in the snapshot, the repositories of its author are listed once
(`list_models(author=..., expand=[cardData, baseModels, gated, tags])`, likewise datasets), so a
refresh of several hundred ids costs one paginated listing per organisation rather than one
request per id. Ids missing from their author's listing (renamed, moved or gone) are asked for
directly (`model_info`, which follows the Hub's redirects); if that fails too, the old entry is
kept with its old date and reported. The top N repositories by downloads are added. Entries keep
their `aliases`; Hub answers replace `uncertain` curated values.

The `api` argument is an `huggingface_hub.HfApi` (or anything with the same four methods): this
module never imports huggingface_hub itself.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from license_gate.knowledge.snapshot import entry_from_record, normalise_entry
from license_gate.models import Kind

__all__ = ["DATASET_EXPAND", "MODEL_EXPAND", "BuildResult", "rebuild"]

MODEL_EXPAND = ["cardData", "baseModels", "gated", "tags", "downloads"]
DATASET_EXPAND = ["cardData", "gated", "tags", "downloads"]
_LICENSE_FIELDS = ("license", "licenses", "license_name", "license_link")


@dataclass
class BuildResult:
    """The rebuilt entries and what changed (for the command's summary)."""

    models: list[dict[str, Any]] = field(default_factory=list)
    datasets: list[dict[str, Any]] = field(default_factory=list)
    refreshed: int = 0
    added: list[str] = field(default_factory=list)
    kept: list[str] = field(default_factory=list)  # not found on the Hub: old entry kept
    changed: list[str] = field(default_factory=list)  # "id: old -> new" license changes


def _license_text(entry: Mapping[str, Any]) -> str:
    parts = [entry.get("license") or "none"]
    if entry.get("license_name"):
        parts.append(f"({entry['license_name']})")
    return " ".join(str(p) for p in parts)


def _author(identifier: str) -> str | None:
    return identifier.split("/", 1)[0] if "/" in identifier else None


def _section(
    kind: Kind,
    old: list[Mapping[str, Any]],
    *,
    list_repos: Callable[..., Iterable[Any]],
    repo_info: Callable[..., Any],
    expand: list[str],
    top: int,
    today: str,
    result: BuildResult,
) -> list[dict[str, Any]]:
    from license_gate.resolve.records import record_from_hub_info

    by_id = {str(e["id"]).lower(): e for e in old}
    found: dict[str, Any] = {}
    for author in sorted({a for e in old if (a := _author(str(e["id"])))}, key=str.lower):
        for info in list_repos(author=author, expand=expand):
            ident = getattr(info, "id", None)
            if isinstance(ident, str) and ident.lower() in by_id:
                found[ident.lower()] = info
    for low, entry in by_id.items():
        if low in found:
            continue
        try:
            found[low] = repo_info(str(entry["id"]), expand=expand)
        except Exception:  # not found, gated oddity, network: keep what we had
            result.kept.append(str(entry["id"]))
    if top > 0:
        for info in list_repos(sort="downloads", limit=top, expand=expand):
            ident = getattr(info, "id", None)
            if isinstance(ident, str) and ident.lower() not in found:
                found[ident.lower()] = info
                result.added.append(ident)

    out: list[dict[str, Any]] = []
    seen: set[str] = set()
    for low, info in found.items():
        record = record_from_hub_info(info, kind)
        if not record.identifier or record.identifier.lower() in seen:
            continue
        seen.add(record.identifier.lower())
        previous = by_id.get(low) or by_id.get(record.identifier.lower())
        aliases = list(previous.get("aliases", ())) if previous else []
        if previous and record.identifier.lower() != low:
            aliases.append(str(previous["id"]))  # renamed: the old id keeps working
        entry = entry_from_record(record, recorded=today, aliases=aliases)
        if previous is not None:
            result.refreshed += 1
            before = normalise_entry(previous)
            if any(before.get(k) != entry.get(k) for k in _LICENSE_FIELDS):
                result.changed.append(
                    f"{entry['id']}: {_license_text(before)} -> {_license_text(entry)}"
                )
        out.append(entry)
    out.extend(normalise_entry(by_id[k.lower()]) for k in result.kept if k.lower() in by_id)
    return out


def rebuild(api: Any, current: Mapping[str, Any], *, top: int = 0, today: str) -> BuildResult:
    """Refresh every entry of `current` (the snapshot file's JSON) and add the top `top` models
    and datasets by downloads."""
    models, datasets = BuildResult(), BuildResult()
    models.models = _section(
        Kind.MODEL,
        list(current.get("models", ())),
        list_repos=api.list_models,
        repo_info=api.model_info,
        expand=MODEL_EXPAND,
        top=top,
        today=today,
        result=models,
    )
    models.datasets = _section(
        Kind.DATASET,
        list(current.get("datasets", ())),
        list_repos=api.list_datasets,
        repo_info=api.dataset_info,
        expand=DATASET_EXPAND,
        top=top,
        today=today,
        result=datasets,
    )
    models.refreshed += datasets.refreshed
    for attr in ("added", "kept", "changed"):
        getattr(models, attr).extend(f"datasets/{x}" for x in getattr(datasets, attr))
    return models
