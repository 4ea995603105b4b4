"""Read declared card license fields into a `LicenseClass`, through the knowledge base.

Rules (documented in the README's "How licenses are read"):

- Nothing declared (no `license`, no `license_name`, no `license_link`, or only empty values):
  `LicenseClass(None, None, ("unknown",), recognised=False)`.
- A Hub id, an alias or an SPDX id (`Apache-2.0`, `license:apache-2.0` tag form): that entry.
- `other` (or only `license_name`/`license_link`): `license_name` through the alias table, then
  `license_link` through the link table. `raw` is `other:<license_name>` (or `other`). Unmatched:
  KB id `other`, categories `custom-terms` + `unknown`, recognised False.
- An unrecognised id keeps its raw value (truncated to 100 characters) with `("unknown",)`.
- A list: every member is read and the categories are unioned (most restrictive wins);
  `permissive` survives only when every member is permissive. `license_id` is the most
  restrictive member's.
- Malformed values (numbers, dicts, huge strings) never raise and never read as permissive.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence

from license_gate.knowledge.kb import (
    KnowledgeBase,
    LicenseInfo,
    knowledge_base,
    normalise_link,
    normalise_name,
)
from license_gate.models import CATEGORIES, RESTRICTIVE_ORDER, LicenseClass, RepoRecord

__all__ = ["NOTHING_DECLARED", "classify", "classify_fields", "combine"]

MAX_RAW = 100
MAX_VALUES = 32  # a card listing more licenses than this is malformed; the rest are ignored

NOTHING_DECLARED = LicenseClass(
    license_id=None, raw=None, categories=("unknown",), recognised=False
)

# Categories that make "permissive" untrue for a combination.
_NOT_PERMISSIVE = frozenset(CATEGORIES) - {"permissive", "attribution"}


def _clip(text: str) -> str:
    text = " ".join(text.split())
    return text if len(text) <= MAX_RAW else text[: MAX_RAW - 1] + "…"


def _text(value: object) -> str | None:
    """A usable string field, or None."""
    if isinstance(value, str) and value.strip():
        return value.strip()
    return None


def _values(license: object, licenses: object) -> list[object]:
    """The declared license values in order, de-duplicated (strings compared normalised)."""
    out: list[object] = []
    seen: set[str] = set()

    def push(v: object) -> None:
        if isinstance(v, str):
            if not v.strip():
                return
            key = normalise_name(v[: MAX_RAW * 2])
            if key in seen:
                return
            seen.add(key)
        elif v is None:
            return
        out.append(v)

    for item in (license, licenses):
        if isinstance(item, list | tuple):
            for v in item[:MAX_VALUES]:
                push(v)
        else:
            push(item)
    return out


def _from_info(info: LicenseInfo, raw: str, *, recognised: bool = True) -> LicenseClass:
    return LicenseClass(
        license_id=info.id,
        raw=raw,
        categories=info.categories,
        recognised=recognised,
        name=info.name,
        spdx=info.spdx or info.license_ref,
    )


def _lookup_name(kb: KnowledgeBase, name: str | None) -> LicenseInfo | None:
    if name is None or len(name) > MAX_RAW * 2:
        return None
    key = kb.by_name.get(normalise_name(name))
    if key is None or key in ("other", "unknown"):
        return None
    return kb.licenses[key]


def _lookup_link(kb: KnowledgeBase, link: str | None) -> LicenseInfo | None:
    if link is None or len(link) > 2000:
        return None
    norm = normalise_link(link)
    if norm is None:
        return None
    for fragment, key in kb.links:
        if fragment in norm:
            return kb.licenses[key]
    return None


def _other(kb: KnowledgeBase, name: str | None, link: str | None) -> LicenseClass:
    raw = _clip(f"other:{name}") if name else "other"
    info = _lookup_name(kb, name) or _lookup_link(kb, link)
    if info is not None:
        return _from_info(info, raw)
    return _from_info(kb.licenses["other"], raw, recognised=False)


def _one(kb: KnowledgeBase, value: object, name: str | None, link: str | None) -> LicenseClass:
    if not isinstance(value, str):
        kind = type(value).__name__
        return LicenseClass(
            license_id=None,
            raw=f"<invalid license value: {kind}>",
            categories=("unknown",),
            recognised=False,
        )
    text = value.strip()
    if text.lower().startswith("license:"):
        text = text[len("license:") :].strip()
    if len(text) > MAX_RAW * 2:
        return LicenseClass(None, _clip(text), ("unknown",), recognised=False)
    key = kb.by_name.get(normalise_name(text))
    if key == "other":
        return _other(kb, name, link)
    if key is not None:
        return _from_info(kb.licenses[key], _clip(text))
    # Not an id we know: a custom name may still explain it.
    info = _lookup_name(kb, name) or _lookup_link(kb, link)
    if info is not None:
        return _from_info(info, _clip(f"{text}:{name}" if name else text))
    return LicenseClass(None, _clip(text), ("unknown",), recognised=False)


def _rank(lc: LicenseClass) -> int:
    return min(RESTRICTIVE_ORDER.index(c) for c in lc.categories)


def combine(parts: Sequence[LicenseClass]) -> LicenseClass:
    """Several license readings as one: union of categories (most restrictive wins)."""
    if not parts:
        return NOTHING_DECLARED
    if len(parts) == 1:
        return parts[0]
    cats = {c for p in parts for c in p.categories}
    if cats & _NOT_PERMISSIVE:
        cats.discard("permissive")
    worst = min(parts, key=_rank)
    spdx_ids = [p.spdx for p in parts]
    spdx = " AND ".join(s for s in spdx_ids if s) if all(spdx_ids) else None
    return LicenseClass(
        license_id=worst.license_id,
        raw=_clip(", ".join(p.raw or "none" for p in parts)),
        categories=tuple(c for c in CATEGORIES if c in cats),
        recognised=all(p.recognised for p in parts),
        name=" + ".join(p.name or p.raw or "?" for p in parts),
        spdx=spdx,
    )


def classify_fields(
    license: object,
    licenses: Iterable[object] | object = (),
    license_name: object = None,
    license_link: object = None,
) -> LicenseClass:
    """Read declared card fields. Total: any input gives a LicenseClass, never an exception."""
    kb = knowledge_base()
    name = _text(license_name)
    link = _text(license_link)
    values = _values(license, licenses)
    if not values:
        if name is None and link is None:
            return NOTHING_DECLARED
        return _other(kb, name, link)
    return combine([_one(kb, v, name, link) for v in values])


def classify(record: RepoRecord) -> LicenseClass:
    """The reading of one resolved record's declared license fields."""
    return classify_fields(
        record.license, record.licenses, record.license_name, record.license_link
    )
