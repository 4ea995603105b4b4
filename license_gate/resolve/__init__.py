"""Resolution: what is known about each referenced repository, and who said so.

`build_resolver(options, declared=..., lock=...)` chains, in order: the policy's `models:`
declarations, the lockfile, a fresh cache entry, the Hub (within the network budget), a stale
cache entry (only when the Hub could not answer), and the bundled snapshot. `--offline`
(or HF_HUB_OFFLINE) uses no network at all and never imports huggingface_hub; `--locked` uses
only the declarations and the lockfile. See `chain.py`, `hub.py` and `cache.py`.
"""

from __future__ import annotations

import importlib
import os
from collections.abc import Callable
from typing import TYPE_CHECKING

from license_gate.models import RefKey, RepoRecord
from license_gate.resolve.cache import Cache, default_cache_dir
from license_gate.resolve.chain import ChainResolver, LockLookup, env_offline, make_fetcher
from license_gate.resolve.hub import DEFAULT_ENDPOINT, NetworkBudget
from license_gate.resolve.interface import ResolveOptions, Resolver
from license_gate.resolve.progress import Progress
from license_gate.resolve.records import record_from_hub_info

if TYPE_CHECKING:
    from license_gate.lockfile import Lockfile

__all__ = [
    "ChainResolver",
    "ResolveOptions",
    "Resolver",
    "build_resolver",
    "effective_endpoint",
    "open_cache",
    "record_from_hub_info",
    "snapshot_lookup",
]


def effective_endpoint(options: ResolveOptions) -> str:
    """options.endpoint, else HF_ENDPOINT, else https://huggingface.co (no trailing slash)."""
    return (options.endpoint or os.environ.get("HF_ENDPOINT") or DEFAULT_ENDPOINT).rstrip("/")


def open_cache(options: ResolveOptions) -> Cache:
    return Cache(
        options.cache_dir or default_cache_dir(),
        endpoint=effective_endpoint(options),
        ttl=options.ttl,
        negative_ttl=options.negative_ttl,
    )


def snapshot_lookup() -> Callable[[RefKey], RepoRecord | None] | None:
    """The bundled snapshot's lookup, or None when this build has none."""
    try:
        module = importlib.import_module("license_gate.knowledge.snapshot")
    except ImportError:
        return None
    lookup = getattr(module, "lookup", None)
    return lookup if callable(lookup) else None


def build_resolver(
    options: ResolveOptions,
    *,
    declared: Callable[[RefKey], RepoRecord | None] | None = None,
    lock: Lockfile | LockLookup | None = None,
    progress: Progress | None = None,
) -> ChainResolver:
    """The resolver for one run. Order: declared, lock, fresh cache, Hub, stale cache, snapshot.

    `progress` defaults to a stderr indicator that appears only on a TTY after one second.
    Building it costs nothing: no file is read and no module imported until `resolve_all`.
    """
    endpoint = effective_endpoint(options)
    if env_offline() and not options.offline:
        from dataclasses import replace

        options = replace(options, offline=True)
    cache = None if options.locked else open_cache(options)
    budget = NetworkBudget(options.budget)
    return ChainResolver(
        options,
        declared=declared,
        lock=lock,
        cache=cache,
        endpoint=endpoint,
        snapshot=snapshot_lookup() if options.use_snapshot else None,
        progress=progress if progress is not None else Progress(),
        fetcher_factory=None
        if options.offline or options.locked
        else make_fetcher(options, endpoint=endpoint, budget=budget, cache=cache),
    )
