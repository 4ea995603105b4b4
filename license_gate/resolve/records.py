"""Hub metadata -> `RepoRecord`, defensively; and `RepoRecord` <-> JSON for the cache and the lock.

Card metadata is written by hand by millions of authors: `license` may be a string, a list, a
number, a mapping or a 10 kB paste; `base_model` a string, a list or garbage. Nothing here may
raise on such input: odd values are kept as (bounded) strings so that the knowledge base sees them
and classifies them as unknown, and nothing is silently dropped except values that cannot be ids.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterable, Mapping
from typing import Any

from license_gate.models import Edge, Kind, RefKey, RepoRecord, Source

__all__ = [
    "MAX_FIELD",
    "RELATIONS",
    "record_from_dict",
    "record_from_hub_info",
    "record_to_dict",
    "valid_hub_id",
]

RELATIONS: frozenset[str] = frozenset({"finetune", "adapter", "quantized", "merge"})
MAX_FIELD = 1000  # characters kept of a free-text field (a pasted license text, say)

_PART = r"[A-Za-z0-9_](?:[A-Za-z0-9_.\-]{0,94}[A-Za-z0-9_])?"
_ID_RE = re.compile(rf"(?:{_PART}/)?{_PART}", re.ASCII)
_URL_PREFIX = re.compile(r"^(?:https?://)?(?:www\.)?(?:huggingface\.co|hf\.co)/", re.IGNORECASE)


def valid_hub_id(s: str) -> bool:
    """The client's rule for repo ids (name or namespace/name, no `--`/`..`, no `.git`)."""
    return bool(_ID_RE.fullmatch(s)) and ".." not in s and "--" not in s and not s.endswith(".git")


def _text(value: Any) -> str | None:
    """Any scalar or structure as a bounded string; None for null/empty."""
    if value is None:
        return None
    if isinstance(value, str):
        text = value.strip()
    elif isinstance(value, bool | int | float):
        text = str(value)
    else:
        try:
            text = json.dumps(value, sort_keys=True, default=str, ensure_ascii=False)
        except (TypeError, ValueError):  # pragma: no cover - default=str makes this unlikely
            text = repr(value)
    if not text:
        return None
    return text if len(text) <= MAX_FIELD else text[:MAX_FIELD] + "…"


def _texts(value: Any) -> tuple[str, ...]:
    """A str or list field as a tuple of strings (each element through `_text`)."""
    items: Iterable[Any] = value if isinstance(value, list | tuple) else [value]
    out: list[str] = []
    for item in items:
        t = _text(item)
        if t is not None and t not in out:
            out.append(t)
    return tuple(out)


def _ids(value: Any) -> list[str]:
    """A str or list of repo ids; values that cannot be Hub ids (paths, dicts) are dropped."""
    items: Iterable[Any] = value if isinstance(value, list | tuple) else [value]
    out: list[str] = []
    for item in items:
        if not isinstance(item, str):
            continue
        s = _URL_PREFIX.sub("", item.strip()).strip("/")
        if s.startswith("datasets/"):
            s = s[len("datasets/") :]
        if valid_hub_id(s) and s.lower() not in {o.lower() for o in out}:
            out.append(s)
    return out


def _attr(info: Any, attr: str, key: str) -> Any:
    """Read a field from a ModelInfo-like object or from the raw JSON mapping."""
    if isinstance(info, Mapping):
        return info.get(key, info.get(attr))
    value = getattr(info, attr, None)
    return value if value is not None else getattr(info, key, None)


def _card(info: Any) -> dict[str, Any]:
    card = _attr(info, "card_data", "cardData")
    if card is None:
        return {}
    if isinstance(card, Mapping):
        return dict(card)
    to_dict = getattr(card, "to_dict", None)
    if callable(to_dict):
        try:
            data = to_dict()
        except Exception:  # a library-side parsing problem: read what attributes we can
            data = {k: getattr(card, k, None) for k in ("license", "base_model", "datasets")}
        return dict(data) if isinstance(data, Mapping) else {}
    return {}


def _relation(value: Any) -> str | None:
    if isinstance(value, list) and len(value) == 1:
        value = value[0]
    if isinstance(value, str) and value.strip().lower() in RELATIONS:
        return value.strip().lower()
    return None


def _base_edges(card: Mapping[str, Any], base_models: Any, tags: list[str]) -> tuple[Edge, ...]:
    """Base models from the card, the Hub's `baseModels` and `base_model:` tags, in that order
    of authority; the relation from `base_model_relation`, then `baseModels.relation`, then the
    tags, else `merge` for several bases and `base` for one."""
    ids = _ids(card.get("base_model"))
    hub_relation: str | None = None
    if isinstance(base_models, Mapping):
        hub_relation = _relation(base_models.get("relation"))
        models = base_models.get("models")
        if isinstance(models, list):
            ids += [
                m["id"] for m in models if isinstance(m, Mapping) and isinstance(m.get("id"), str)
            ]
    tag_relations: dict[str, str] = {}
    for tag in tags:
        if not tag.startswith("base_model:"):
            continue
        rest = tag[len("base_model:") :]
        rel, sep, ident = rest.partition(":")
        if sep and rel in RELATIONS:
            tag_relations[ident.lower()] = rel
            ids.append(ident)
        elif not sep:
            ids.append(rest)
    unique = _ids(ids)
    if not unique:
        return ()
    declared = _relation(card.get("base_model_relation"))
    edges = []
    for ident in unique:
        relation = (
            declared
            or hub_relation
            or tag_relations.get(ident.lower())
            or ("merge" if len(unique) > 1 else "base")
        )
        edges.append(Edge(identifier=ident, relation=relation, kind=Kind.MODEL))
    return tuple(edges)


def record_from_hub_info(
    info: Any,
    kind: Kind,
    *,
    key: RefKey | None = None,
    source: Source = Source.HUB,
    recorded: str | None = None,
) -> RepoRecord:
    """A `RepoRecord` from `HfApi.model_info` / `dataset_info` output (or the raw JSON body).

    Never raises on odd card metadata. `key` supplies the identifier when the response has none
    and the revision asked for.
    """
    card = _card(info)
    raw_tags = _attr(info, "tags", "tags")
    tags = [t for t in raw_tags if isinstance(t, str)] if isinstance(raw_tags, list) else []

    licenses = _texts(card.get("license"))
    if (
        not licenses
    ):  # the Hub derives `license:<id>` tags from the card; use them if the card is absent
        licenses = tuple(
            dict.fromkeys(t[len("license:") :] for t in tags if t.startswith("license:"))
        )
    license_name = next(iter(_texts(card.get("license_name"))), None)
    license_link = next(iter(_texts(card.get("license_link"))), None)

    base_edges: tuple[Edge, ...] = ()
    if kind is Kind.MODEL:
        base_edges = _base_edges(card, _attr(info, "base_models", "baseModels"), tags)
    datasets = _ids(card.get("datasets"))
    datasets = _ids(datasets + [t[len("dataset:") :] for t in tags if t.startswith("dataset:")])

    ident = _attr(info, "id", "id")
    if not isinstance(ident, str) or not ident:
        ident = key.identifier if key is not None else ""
    sha = _attr(info, "sha", "sha")
    gated = _attr(info, "gated", "gated")
    return RepoRecord(
        identifier=ident,
        kind=kind,
        license=licenses[0] if licenses else None,
        source=source,
        licenses=licenses if len(licenses) > 1 or isinstance(card.get("license"), list) else (),
        license_name=license_name,
        license_link=license_link,
        base_models=base_edges,
        datasets=tuple(datasets),
        sha=sha if isinstance(sha, str) and sha else None,
        gated=bool(gated) and gated not in ("false", "False"),
        recorded=recorded,
        revision=key.revision if key is not None else None,
    )


def record_to_dict(record: RepoRecord) -> dict[str, Any]:
    """A JSON-able mapping with stable keys (used by the cache and the lockfile)."""
    return {
        "id": record.identifier,
        "kind": record.kind.value,
        "license": record.license,
        "licenses": list(record.licenses),
        "license_name": record.license_name,
        "license_link": record.license_link,
        "base_models": [{"id": e.identifier, "relation": e.relation} for e in record.base_models],
        "datasets": list(record.datasets),
        "sha": record.sha,
        "gated": record.gated,
        "revision": record.revision,
    }


def _opt_str(data: Mapping[str, Any], name: str) -> str | None:
    value = data.get(name)
    if value is None:
        return None
    if not isinstance(value, str):
        raise ValueError(f"{name!r} must be a string or null")
    return value


def record_from_dict(
    data: Mapping[str, Any], *, source: Source, recorded: str | None = None
) -> RepoRecord:
    """The inverse of `record_to_dict`; raises ValueError on a malformed mapping."""
    ident = data.get("id")
    if not isinstance(ident, str) or not ident:
        raise ValueError("'id' must be a non-empty string")
    kind = Kind(data.get("kind", "model"))
    licenses = data.get("licenses", [])
    datasets = data.get("datasets", [])
    bases = data.get("base_models", [])
    if not all(isinstance(x, list) for x in (licenses, datasets, bases)):
        raise ValueError("'licenses', 'datasets' and 'base_models' must be lists")
    if not all(isinstance(x, str) for x in [*licenses, *datasets]):
        raise ValueError("'licenses' and 'datasets' must hold strings")
    edges = []
    for b in bases:
        if not (isinstance(b, Mapping) and isinstance(b.get("id"), str)):
            raise ValueError("each base model must be {id, relation}")
        edges.append(Edge(identifier=b["id"], relation=str(b.get("relation") or "base")))
    return RepoRecord(
        identifier=ident,
        kind=kind,
        license=_opt_str(data, "license"),
        source=source,
        licenses=tuple(licenses),
        license_name=_opt_str(data, "license_name"),
        license_link=_opt_str(data, "license_link"),
        base_models=tuple(edges),
        datasets=tuple(datasets),
        sha=_opt_str(data, "sha"),
        gated=bool(data.get("gated", False)),
        recorded=recorded,
        revision=_opt_str(data, "revision"),
    )
