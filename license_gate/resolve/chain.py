"""The resolver chain: policy declarations -> lockfile -> fresh cache -> Hub -> stale cache ->
bundled snapshot, with the modes `--offline` (no network) and `--locked` (declarations and the
lockfile only). Each id is answered by the first layer that knows it; `RepoRecord.source` says
which. Answers are memoised for the run, so lineage can ask again for free.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Collection, Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from license_gate.models import Note, RefKey, RepoRecord, Resolution, Unresolved
from license_gate.resolve.cache import Cache
from license_gate.resolve.hub import HubFetcher, NetworkBudget, SoftFailure
from license_gate.resolve.interface import ResolveOptions
from license_gate.resolve.progress import Progress

__all__ = ["ChainResolver", "LockLookup", "ResolveStats", "env_offline", "make_fetcher"]

_LIST = 8  # ids named in a note before "and N more"


class LockLookup(Protocol):
    """What the chain needs from a lockfile."""

    def lookup(self, key: RefKey) -> Resolution | None: ...


@dataclass(slots=True)
class ResolveStats:
    """Counters for notes, benchmarks and tests."""

    by_source: dict[str, int] = field(default_factory=dict)
    stale: dict[RefKey, float] = field(default_factory=dict)  # key -> age in days
    snapshot: dict[RefKey, str | None] = field(default_factory=dict)  # key -> recorded date
    soft: dict[RefKey, str] = field(default_factory=dict)  # key -> why the Hub could not answer
    unresolved_soft: list[RefKey] = field(default_factory=list)
    offline_missing: list[RefKey] = field(default_factory=list)
    not_locked: list[RefKey] = field(default_factory=list)

    def count(self, source: str, n: int = 1) -> None:
        self.by_source[source] = self.by_source.get(source, 0) + n


def _names(keys: Iterable[RefKey]) -> str:
    items = sorted({str(k) for k in keys})
    text = ", ".join(items[:_LIST])
    return text + (f" and {len(items) - _LIST} more" if len(items) > _LIST else "")


def _plural(n: int, word: str = "id") -> str:
    return f"{n} {word}" + ("" if n == 1 else "s")


class ChainResolver:
    """The `Resolver` `build_resolver` returns."""

    def __init__(
        self,
        options: ResolveOptions,
        *,
        declared: Callable[[RefKey], RepoRecord | None] | None = None,
        lock: LockLookup | None = None,
        cache: Cache | None = None,
        endpoint: str,
        snapshot: Callable[[RefKey], RepoRecord | None] | None = None,
        progress: Progress | None = None,
        fetcher_factory: Callable[[], HubFetcher] | None = None,
    ) -> None:
        self.options = options
        self.endpoint = endpoint
        self._declared = declared
        self._lock = lock
        self.cache = cache
        self._snapshot = snapshot
        self._progress = progress
        self._fetcher_factory = fetcher_factory
        self._fetcher: HubFetcher | None = None
        self._memo: dict[RefKey, Resolution] = {}
        self.stats = ResolveStats()

    @property
    def fetcher(self) -> HubFetcher | None:
        """The Hub client, once a request was needed (None on a warm or offline run)."""
        return self._fetcher

    @property
    def requests(self) -> int:
        return self._fetcher.requests if self._fetcher is not None else 0

    # ------------------------------------------------------------------ Resolver protocol
    def resolve_all(self, keys: Collection[RefKey]) -> dict[RefKey, Resolution]:
        out: dict[RefKey, Resolution] = {}
        pending: list[RefKey] = []
        seen: set[RefKey] = set()
        for key in keys:
            if key in self._memo:
                out[key] = self._memo[key]
            elif key not in seen:
                seen.add(key)
                pending.append(key)
        if pending:
            answers = self._resolve(pending)
            self._memo.update(answers)
            for key in keys:
                if key not in out:
                    out[key] = answers[key]
        return out

    def notes(self) -> tuple[Note, ...]:
        s = self.stats
        notes: list[Note] = []
        down = self._fetcher.down if self._fetcher is not None else None
        why = down or next(iter(s.soft.values()), None)
        if s.stale:
            oldest = max(s.stale.values())
            cause = f"Hub unreachable ({why})" if why else "offline"
            notes.append(Note(
                level="warning",
                code="stale-cache",
                message=f"{cause}; {_plural(len(s.stale))} answered from cached Hub answers "
                f"up to {oldest:.0f} days old: {_names(s.stale)}",
            ))  # fmt: skip
        if s.snapshot:
            dates = sorted(d for d in s.snapshot.values() if d)
            when = f" recorded {dates[0]}" if dates else ""
            cause = f"Hub unreachable ({why})" if why else "offline"
            notes.append(Note(
                level="warning",
                code="resolve-fallback",
                message=f"{cause}; {_plural(len(s.snapshot))} answered from the bundled "
                f"snapshot{when}: {_names(s.snapshot)}",
            ))  # fmt: skip
        if s.unresolved_soft:
            notes.append(Note(
                level="error",
                code="resolve-unreachable",
                message=f"Hub unreachable ({why}); {_plural(len(s.unresolved_soft))} could not "
                f"be resolved: {_names(s.unresolved_soft)}",
            ))  # fmt: skip
        if s.offline_missing:
            notes.append(Note(
                level="warning",  # offline is the user's choice; verdicts say what it costs
                code="resolve-offline",
                message=f"offline: nothing known about {_plural(len(s.offline_missing))} "
                f"(no lock entry, cache entry or snapshot entry): {_names(s.offline_missing)}",
            ))  # fmt: skip
        if s.not_locked:
            notes.append(Note(
                level="error",
                code="not-locked",
                message=f"--locked: {_plural(len(s.not_locked))} missing from license-gate.lock: "
                f"{_names(s.not_locked)}; run `license-gate lock` and commit the lockfile",
            ))  # fmt: skip
        f = self._fetcher
        if f is not None and f.rate_limited:
            notes.append(Note(
                level="info",
                code="rate-limited",
                message=f"the Hub rate-limited {_plural(f.rate_limited, 'request')}; set HF_TOKEN "
                "for a higher quota",
            ))  # fmt: skip
        if self.cache is not None and self.cache.write_errors:
            notes.append(Note(
                level="info",
                code="cache-unwritable",
                message=f"could not write to the cache directory {self.cache.directory}",
            ))  # fmt: skip
        return tuple(notes)

    # ------------------------------------------------------------------ the chain
    def _resolve(self, keys: list[RefKey]) -> dict[RefKey, Resolution]:
        out: dict[RefKey, Resolution] = {}
        s = self.stats

        def take(answers: dict[RefKey, Resolution], source: str) -> list[RefKey]:
            out.update(answers)
            if answers:
                s.count(source, len(answers))
            return [k for k in keys_left if k not in answers]

        keys_left = list(keys)
        if self._declared is not None:
            keys_left = take(self._layer(keys_left, self._declared), "policy")
        if self._lock is not None and keys_left:
            keys_left = take(self._layer(keys_left, self._lock.lookup), "lock")
        if self.options.locked:
            for key in keys_left:
                out[key] = Unresolved(
                    key,
                    "not-locked",
                    "not in license-gate.lock (--locked uses only the policy and the lockfile); "
                    "run `license-gate lock`",
                )
            s.not_locked.extend(keys_left)
            return out
        offline = self.options.offline
        stale: dict[RefKey, tuple[Resolution, float]] = {}
        if self.cache is not None and keys_left:
            fresh: dict[RefKey, Resolution] = {}
            for key in keys_left:
                hit = self.cache.get(key)
                if hit is None:
                    continue
                if hit.fresh and not self.options.refresh:
                    fresh[key] = hit.resolution
                else:
                    stale[key] = (hit.resolution, hit.age_days)
            keys_left = take(fresh, "cache")
        soft: dict[RefKey, SoftFailure] = {}
        if keys_left and not offline:
            fetched = self._fetch(keys_left)
            definitive: dict[RefKey, Resolution] = {}
            for key, result in fetched.items():
                if isinstance(result, SoftFailure):
                    soft[key] = result
                    s.soft[key] = result.detail
                else:
                    definitive[key] = result
            keys_left = take(definitive, "hub")
        if stale and keys_left:  # the Hub could not answer (or offline): an old answer beats none
            old = {k: stale[k][0] for k in keys_left if k in stale}
            for k in old:
                s.stale[k] = stale[k][1]
            keys_left = take(old, "stale-cache")
        if keys_left and self._snapshot is not None and self.options.use_snapshot:
            snap = self._layer(keys_left, self._snapshot)
            for k, rec in snap.items():
                s.snapshot[k] = rec.recorded if isinstance(rec, RepoRecord) else None
            keys_left = take(snap, "snapshot")
        for key in keys_left:
            if key in soft:
                out[key] = Unresolved(key, soft[key].reason, soft[key].detail)
                s.unresolved_soft.append(key)
            else:
                out[key] = Unresolved(
                    key,
                    "offline",
                    "offline (--offline or HF_HUB_OFFLINE) and not in the lockfile, the cache or "
                    "the bundled snapshot",
                )
                s.offline_missing.append(key)
        return out

    @staticmethod
    def _layer(keys: list[RefKey], lookup: Callable[[RefKey], Any]) -> dict[RefKey, Resolution]:
        found: dict[RefKey, Resolution] = {}
        for key in keys:
            try:
                value = lookup(key)
            except Exception:  # a broken layer must not crash the run; later layers answer
                value = None
            if isinstance(value, RepoRecord | Unresolved):
                found[key] = value
        return found

    def _fetch(self, keys: list[RefKey]) -> dict[RefKey, Resolution | SoftFailure]:
        if self._fetcher is None:
            if self._fetcher_factory is None:
                return {k: SoftFailure("unreachable", "no Hub client configured") for k in keys}
            self._fetcher = self._fetcher_factory()
        progress = self._progress
        if progress is not None:
            progress.restart()
        try:
            return self._fetcher.fetch_all(keys, progress=progress)
        finally:
            if progress is not None:
                progress.close()


def make_fetcher(
    options: ResolveOptions, *, endpoint: str, budget: NetworkBudget, cache: Cache | None
) -> Callable[[], HubFetcher]:
    def on_record(key: RefKey, resolution: Resolution) -> None:
        if cache is not None:
            cache.put(key, resolution)

    def factory() -> HubFetcher:
        return HubFetcher(
            endpoint=endpoint,
            token=options.token,
            budget=budget,
            request_timeout=options.request_timeout,
            concurrency=options.concurrency,
            on_record=on_record,
        )

    return factory


def env_offline() -> bool:
    return any(
        os.environ.get(v, "").strip().lower() in {"1", "true", "yes", "on"}
        for v in ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")
    )
