"""The on-disk cache of Hub answers.

One JSON file per (endpoint, kind, lowercased id, revision) under the user cache directory
(`LICENSE_GATE_CACHE_DIR`, else `$XDG_CACHE_HOME/license-gate`, else `~/.cache/license-gate`).
Positive answers live for `ttl` seconds, "not found" answers for the shorter `negative_ttl`; an
answer for a pinned commit sha never goes stale. Writes are atomic (a temporary file in the same
directory, then `os.replace`), so two processes sharing the directory never see half a file; an
entry that is corrupted or truncated anyway is discarded and refetched. The cache is best-effort:
an unwritable directory costs speed, never correctness.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import re
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from license_gate.models import RefKey, Resolution, Source, Unresolved
from license_gate.resolve.records import record_from_dict, record_to_dict

__all__ = ["CACHE_VERSION", "Cache", "CacheHit", "CacheInfo", "default_cache_dir"]

CACHE_VERSION = 1
_SHA_RE = re.compile(r"[0-9a-f]{40}")


def default_cache_dir() -> Path:
    """LICENSE_GATE_CACHE_DIR, else $XDG_CACHE_HOME/license-gate, else ~/.cache/license-gate
    (%LOCALAPPDATA%\\license-gate on Windows)."""
    explicit = os.environ.get("LICENSE_GATE_CACHE_DIR")
    if explicit:
        return Path(explicit).expanduser()
    xdg = os.environ.get("XDG_CACHE_HOME")
    if xdg:
        return Path(xdg).expanduser() / "license-gate"
    local = os.environ.get("LOCALAPPDATA")
    if os.name == "nt" and local:
        return Path(local) / "license-gate"
    return Path.home() / ".cache" / "license-gate"


@dataclass(frozen=True, slots=True)
class CacheHit:
    """A cached answer: a `RepoRecord` (source CACHE) or an `Unresolved` not-found."""

    resolution: Resolution
    fetched: float  # epoch seconds
    fresh: bool

    @property
    def age_days(self) -> float:
        return max(0.0, (time.time() - self.fetched) / 86400)


@dataclass(frozen=True, slots=True)
class CacheInfo:
    directory: Path
    entries: int
    positive: int
    negative: int
    fresh: int
    stale: int
    corrupt: int
    size_bytes: int


class Cache:
    """Read and write cached Hub answers for one endpoint."""

    def __init__(
        self,
        directory: Path,
        *,
        endpoint: str,
        ttl: float,
        negative_ttl: float,
        clock: Callable[[], float] = time.time,
    ) -> None:
        self.directory = directory
        self.endpoint = endpoint.rstrip("/")
        self.ttl = ttl
        self.negative_ttl = negative_ttl
        self._clock = clock
        self.write_errors = 0

    @property
    def _root(self) -> Path:
        return self.directory / f"v{CACHE_VERSION}"

    def _ident(self, key: RefKey) -> str:
        kind, ident, rev = key.norm
        return f"{self.endpoint}\n{kind}\n{ident}\n{rev or ''}"

    def path(self, key: RefKey) -> Path:
        digest = hashlib.sha256(self._ident(key).encode()).hexdigest()
        return self._root / digest[:2] / f"{digest}.json"

    def get(self, key: RefKey) -> CacheHit | None:
        path = self.path(key)
        try:
            raw = path.read_bytes()
        except OSError:
            return None
        try:
            hit = self._decode(key, json.loads(raw))
        except (ValueError, TypeError, KeyError, AttributeError):
            hit = None
        if hit is None:  # corrupted, truncated or for another key: discard and refetch
            with contextlib.suppress(OSError):
                path.unlink()
        return hit

    def _decode(self, key: RefKey, data: Any) -> CacheHit | None:
        if not isinstance(data, dict) or data.get("version") != CACHE_VERSION:
            return None
        if data.get("ident") != self._ident(key):
            return None
        fetched = float(data["fetched"])
        recorded = datetime.fromtimestamp(fetched, UTC).date().isoformat()
        now = self._clock()
        if data["status"] == "ok":
            record = record_from_dict(data["record"], source=Source.CACHE, recorded=recorded)
            pinned = key.revision is not None and bool(_SHA_RE.fullmatch(key.revision.lower()))
            fresh = pinned or now - fetched < self.ttl
            return CacheHit(record, fetched, fresh)
        if data["status"] == "not-found":
            detail = str(data.get("detail") or "not found on the Hub")
            return CacheHit(
                Unresolved(key, "not-found", detail), fetched, now - fetched < self.negative_ttl
            )
        return None

    def put(self, key: RefKey, resolution: Resolution) -> None:
        """Store a Hub answer (records and not-found only; transient failures are not cached)."""
        if isinstance(resolution, Unresolved):
            if resolution.reason != "not-found":
                return
            payload: dict[str, Any] = {"status": "not-found", "detail": resolution.detail}
        else:
            payload = {"status": "ok", "record": record_to_dict(resolution)}
        kind, ident, rev = key.norm
        data = {
            "version": CACHE_VERSION,
            "ident": self._ident(key),
            "endpoint": self.endpoint,
            "kind": kind,
            "id": ident,
            "revision": rev,
            "fetched": self._clock(),
            **payload,
        }
        self._write(self.path(key), json.dumps(data, sort_keys=True).encode())

    def _write(self, path: Path, data: bytes) -> None:
        import tempfile

        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=".tmp-", suffix=".json")
            try:
                with os.fdopen(fd, "wb") as f:
                    f.write(data)
                os.replace(tmp, path)
            except BaseException:
                with contextlib.suppress(OSError):
                    os.unlink(tmp)
                raise
        except OSError:
            self.write_errors += 1

    def _files(self) -> Iterator[Path]:
        if self._root.is_dir():
            yield from self._root.glob("*/*.json")

    def clear(self) -> int:
        """Delete every entry (all endpoints); returns how many were removed."""
        removed = 0
        for path in self._files():
            with contextlib.suppress(OSError):
                path.unlink()
                removed += 1
        if self._root.is_dir():
            for tmp in self._root.glob("*/.tmp-*"):
                with contextlib.suppress(OSError):
                    tmp.unlink()
            for sub in self._root.iterdir():
                with contextlib.suppress(OSError):
                    sub.rmdir()
        return removed

    def info(self) -> CacheInfo:
        entries = positive = negative = fresh = stale = corrupt = size = 0
        now = self._clock()
        for path in self._files():
            try:
                raw = path.read_bytes()
                size += len(raw)
                data = json.loads(raw)
                status = data["status"]
                age = now - float(data["fetched"])
            except (OSError, ValueError, TypeError, KeyError):
                corrupt += 1
                continue
            entries += 1
            if status == "ok":
                positive += 1
                is_fresh = age < self.ttl
            else:
                negative += 1
                is_fresh = age < self.negative_ttl
            fresh += is_fresh
            stale += not is_fresh
        return CacheInfo(self.directory, entries, positive, negative, fresh, stale, corrupt, size)
