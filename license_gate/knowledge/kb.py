"""The license knowledge base: `licenses.json` (packaged data, not code) loaded once, read-only.

Each entry maps a knowledge-base id (every Hub license id, plus the custom licenses seen as
`license: other`) to its categories from the fixed vocabulary, conditions (with numbers where the
license has them), obligations, SPDX id, ScanCode `LicenseRef-` id, aliases for `license_name`
values, fragments of `license_link` URLs, and sources. Only `json` is imported: the hook's fast
path loads the table in about a millisecond.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any

from license_gate.models import CATEGORIES

__all__ = [
    "KB_PATH",
    "Condition",
    "KnowledgeBase",
    "LicenseInfo",
    "all_license_ids",
    "knowledge_base",
    "license_info",
    "normalise_link",
    "normalise_name",
]

KB_PATH = Path(__file__).with_name("licenses.json")

_SEPARATORS = re.compile(r"[\s_]+")
_DASHES = re.compile(r"-{2,}")
_LOCAL_LINK = re.compile(r"^(\./)?[\w.\- ]*$")


@dataclass(frozen=True, slots=True)
class Condition:
    """A condition of use. `metric`/`threshold` carry the number when there is one
    (e.g. monthly_active_users / 700000000, annual_revenue_usd / 1000000)."""

    text: str
    metric: str | None = None
    threshold: int | None = None


@dataclass(frozen=True, slots=True)
class LicenseInfo:
    """What the knowledge base knows about one license id."""

    id: str
    name: str
    spdx: str | None
    categories: tuple[str, ...]
    conditions: tuple[Condition, ...] = ()
    obligations: tuple[str, ...] = ()
    sources: tuple[str, ...] = ()
    aliases: tuple[str, ...] = ()
    links: tuple[str, ...] = ()
    license_ref: str | None = None  # ScanCode LicenseRef when there is no SPDX id
    hf_listed: bool = False  # one of the Hub's own license ids
    family: bool = False  # a family id whose version or variant is not stated
    confidence: str = "high"
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class KnowledgeBase:
    """The loaded table plus its lookup indexes (all read-only)."""

    licenses: Mapping[str, LicenseInfo]
    by_name: Mapping[str, str]  # normalised id / alias / SPDX id -> KB id
    links: tuple[tuple[str, str], ...]  # (link fragment, KB id), longest fragment first


def normalise_name(value: str) -> str:
    """`License Name_X` -> `license-name-x`: the form ids and aliases are compared in."""
    text = _SEPARATORS.sub("-", value.strip().strip("\"'").lower())
    return _DASHES.sub("-", text).strip("-")


def normalise_link(value: str) -> str | None:
    """A `license_link` reduced for matching (no scheme, `www.`, query or trailing slash), or
    None for a file inside the repository (`LICENSE`, `./LICENSE.md`), which names nothing."""
    text = value.strip().lower()
    if not text or _LOCAL_LINK.match(text):
        return None
    for prefix in ("https://", "http://"):
        if text.startswith(prefix):
            text = text[len(prefix) :]
            break
    text = text.removeprefix("www.")
    text = text.split("#", 1)[0].split("?", 1)[0].rstrip("/")
    return text or None


def _info(key: str, raw: Mapping[str, Any]) -> LicenseInfo:
    categories = tuple(c for c in CATEGORIES if c in raw["categories"])
    unknown = set(raw["categories"]) - set(CATEGORIES)
    if unknown or not categories:
        raise ValueError(f"licenses.json: {key}: bad categories {sorted(unknown) or '[]'}")
    return LicenseInfo(
        id=key,
        name=raw["name"],
        spdx=raw.get("spdx"),
        categories=categories,
        conditions=tuple(
            Condition(c["text"], c.get("metric"), c.get("threshold"))
            for c in raw.get("conditions", ())
        ),
        obligations=tuple(raw.get("obligations", ())),
        sources=tuple(raw.get("sources", ())),
        aliases=tuple(raw.get("aliases", ())),
        links=tuple(raw.get("links", ())),
        license_ref=raw.get("license_ref"),
        hf_listed=bool(raw.get("hf_listed", False)),
        family=bool(raw.get("family", False)),
        confidence=raw.get("confidence", "high"),
        notes=raw.get("notes"),
    )


def load_knowledge_base(path: Path = KB_PATH) -> KnowledgeBase:
    """Parse a knowledge-base file and build its indexes (uncached; see `knowledge_base`)."""
    data = json.loads(path.read_text(encoding="utf-8"))
    licenses = {key: _info(key, raw) for key, raw in data["licenses"].items()}
    by_name: dict[str, str] = {}
    links: list[tuple[str, str]] = []
    # Ids first, so an alias never shadows a real id; then aliases, SPDX and LicenseRef ids.
    for info in licenses.values():
        by_name[normalise_name(info.id)] = info.id
    for info in licenses.values():
        names = [*info.aliases, info.spdx or "", info.license_ref or ""]
        for name in names:
            if name:
                by_name.setdefault(normalise_name(name), info.id)
        links.extend((fragment.lower(), info.id) for fragment in info.links)
    links.sort(key=lambda item: (-len(item[0]), item[0]))
    return KnowledgeBase(
        licenses=MappingProxyType(licenses),
        by_name=MappingProxyType(by_name),
        links=tuple(links),
    )


@lru_cache(maxsize=1)
def knowledge_base() -> KnowledgeBase:
    """The packaged knowledge base, loaded on first use."""
    return load_knowledge_base()


def license_info(license_id: object) -> LicenseInfo | None:
    """The entry for a knowledge-base id, an alias or an SPDX id (case-insensitive)."""
    if not isinstance(license_id, str):
        return None
    kb = knowledge_base()
    key = kb.by_name.get(normalise_name(license_id))
    return kb.licenses[key] if key else None


def all_license_ids() -> tuple[str, ...]:
    """Every knowledge-base id, in file order."""
    return tuple(knowledge_base().licenses)
