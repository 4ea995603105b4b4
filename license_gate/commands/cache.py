"""`license-gate cache info|clear`: inspect or empty the on-disk cache of Hub answers."""

from __future__ import annotations

import argparse
import json
import os
import sys
from pathlib import Path
from typing import Any

from license_gate.errors import UsageError

__all__ = ["register", "run"]


def register(sub: Any) -> None:
    p = sub.add_parser(
        "cache",
        help="show or clear the cache of Hub answers",
        description="The cache lives in LICENSE_GATE_CACHE_DIR, else $XDG_CACHE_HOME/license-gate, "
        "else ~/.cache/license-gate.",
    )
    actions = p.add_subparsers(dest="cache_action", metavar="ACTION")
    info = actions.add_parser("info", help="where the cache is, how many entries, how fresh")
    info.add_argument("--format", choices=("text", "json"), default="text")
    actions.add_parser("clear", help="delete every cached answer")
    p.set_defaults(run=run)


def _options() -> Any:
    from license_gate.resolve.interface import ResolveOptions

    cache_dir = os.environ.get("LICENSE_GATE_CACHE_DIR")
    return ResolveOptions(
        endpoint=os.environ.get("HF_ENDPOINT") or None,
        cache_dir=Path(cache_dir) if cache_dir else None,
    )


def run(args: argparse.Namespace) -> int:
    from license_gate.resolve import open_cache

    action = getattr(args, "cache_action", None)
    if action not in ("info", "clear"):
        raise UsageError("usage: license-gate cache info|clear")
    cache = open_cache(_options())
    if action == "clear":
        removed = cache.clear()
        print(
            f"removed {removed} cached answer{'s' if removed != 1 else ''} from {cache.directory}"
        )
        return 0
    info = cache.info()
    if getattr(args, "format", "text") == "json":
        doc = {
            "version": 1,
            "directory": str(info.directory),
            "entries": info.entries,
            "positive": info.positive,
            "not_found": info.negative,
            "fresh": info.fresh,
            "stale": info.stale,
            "corrupt": info.corrupt,
            "size_bytes": info.size_bytes,
            "ttl_seconds": cache.ttl,
            "negative_ttl_seconds": cache.negative_ttl,
        }
        sys.stdout.write(json.dumps(doc, indent=2, sort_keys=True) + "\n")
        return 0
    lines = [
        f"cache directory: {info.directory}",
        f"entries: {info.entries} ({info.positive} resolved, {info.negative} not found)",
        f"fresh: {info.fresh}, stale: {info.stale}"
        + (f", corrupt (discarded on next use): {info.corrupt}" if info.corrupt else ""),
        f"size: {info.size_bytes} bytes",
        f"ttl: {cache.ttl / 3600:g} h (not found: {cache.negative_ttl / 3600:g} h)",
    ]
    print("\n".join(lines))
    return 0
