"""The resolution stage's seam: the Resolver protocol and its options.

A resolver answers, for each `RefKey`, either a `RepoRecord` (with `source` saying who answered)
or an `Unresolved` with a reason. It never raises for a single id; it raises `ResolveError`
only when it cannot work at all. Decorator resolvers (policy declarations, lockfile, cache,
Hub, snapshot) are chained in the order of `resolve.build_resolver`.
"""

from __future__ import annotations

from collections.abc import Collection
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from license_gate.models import Note, RefKey, Resolution

__all__ = ["ResolveOptions", "Resolver"]


class Resolver(Protocol):
    """Answers what is known about repositories."""

    def resolve_all(self, keys: Collection[RefKey]) -> dict[RefKey, Resolution]:
        """One answer per key (every key in, one entry out)."""
        ...

    def notes(self) -> tuple[Note, ...]:
        """What the user should know about this resolver's work so far (fallbacks, outages)."""
        ...


@dataclass(frozen=True, slots=True)
class ResolveOptions:
    """Network and cache settings. `budget` bounds all network time of one run, in seconds."""

    offline: bool = False  # --offline or HF_HUB_OFFLINE: no network at all
    locked: bool = False  # --locked: policy declarations and the lockfile only
    budget: float = 10.0
    request_timeout: float = 5.0
    endpoint: str | None = None  # HF_ENDPOINT
    token: str | None = None  # HF_TOKEN
    cache_dir: Path | None = None  # LICENSE_GATE_CACHE_DIR or the user cache dir
    ttl: float = 7 * 24 * 3600.0
    negative_ttl: float = 6 * 3600.0
    concurrency: int = 32  # parallel Hub requests (a bounded pool)
    use_snapshot: bool = True
    refresh: bool = (
        False  # ask the Hub even when a fresh cache entry exists (lock --refresh, drift)
    )
