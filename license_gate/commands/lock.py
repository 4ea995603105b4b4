"""`license-gate lock [PATHS...] [--check]`: pin every referenced id (and its lineage) in
license-gate.lock at the repository root.

Writing resolves through the normal chain without the old lock (policy declarations, cache, Hub,
snapshot); ids that cannot be resolved right now (Hub unreachable, offline) leave the lock
untouched and exit 3. `--check` needs no network: it walks the references and their locked
lineage through the lock alone and exits 1 when an id is missing or an entry is stale (no
longer referenced, or its categories no longer match what the knowledge base derives).
"""

from __future__ import annotations

import argparse
import contextlib
import os
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import replace
from pathlib import Path
from typing import Any

from license_gate.models import TRANSIENT, Kind, Note, RefKey, Unresolved

__all__ = ["check_lock", "referenced_keys", "register", "run", "write_text_atomic"]


def register(sub: Any) -> None:
    from license_gate.runtime import add_context_options

    p = sub.add_parser(
        "lock",
        help="pin the licenses of every referenced model and dataset in license-gate.lock",
        description="Resolve every referenced id with its base models and datasets and write "
        "license-gate.lock (deterministic; commit it). `check --locked` then needs no network. "
        "Exit codes: 0 written or up to date, 1 --check found missing or stale entries, "
        "2 usage or configuration error, 3 some ids could not be resolved (nothing written).",
    )
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or directories to scan (default: every file git tracks)",
    )
    p.add_argument(
        "--check",
        action="store_true",
        help="do not write; exit 1 if the lock is missing entries or has stale ones",
    )
    p.add_argument(
        "--refresh", action="store_true", help="ask the Hub even for ids with a fresh cache entry"
    )
    add_context_options(p)
    p.set_defaults(run=run)


def referenced_keys(root: Path, paths: Sequence[str], exclude: tuple[str, ...]) -> set[RefKey]:
    """The Hub keys referenced (unsuppressed, services excluded) under `paths`."""
    from license_gate.pipeline import collect

    scanned = collect(root, paths, exclude=exclude)
    return {r.key for r in scanned.references if not r.suppressed and r.kind is not Kind.SERVICE}


def write_text_atomic(path: Path, text: str) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp)
        raise


def _print_notes(notes: Sequence[Note]) -> None:
    for note in notes:
        print(f"license-gate: {note.level}: {note.message}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from license_gate.lockfile import LOCK_NAME, Lockfile, dump_lock, load_lock
    from license_gate.resolve import build_resolver
    from license_gate.resolve.closure import categories_of, resolve_closure
    from license_gate.runtime import context_from_args

    ctx = context_from_args(args)
    keys = referenced_keys(ctx.root, list(args.paths), ctx.policy.exclude)
    if args.check:
        return check_lock(ctx, keys)

    options = replace(ctx.options, locked=False, refresh=bool(args.refresh))
    resolver = build_resolver(options, declared=ctx.policy.declared, lock=None)
    resolutions = resolve_closure(resolver, keys)
    _print_notes(resolver.notes())
    failed = sorted(
        str(k)
        for k, r in resolutions.items()
        if isinstance(r, Unresolved) and r.reason in TRANSIENT
    )
    if failed:
        print(
            f"license-gate: {LOCK_NAME} not written: {len(failed)} id(s) could not be resolved "
            f"now: {', '.join(failed)}",
            file=sys.stderr,
        )
        return 3
    lock = Lockfile.from_resolutions(resolutions, categories=categories_of)
    for entry in lock:
        if entry.source == "snapshot":
            print(
                f"license-gate: warning: {entry.key} locked from the bundled snapshot (no Hub "
                "answer): review it, or re-run `license-gate lock` with network",
                file=sys.stderr,
            )
    text = dump_lock(lock)
    path = ctx.root / LOCK_NAME
    old = load_lock(ctx.root) if path.exists() else None
    try:
        current = path.read_text(encoding="utf-8") if path.exists() else None
    except OSError:
        current = None
    if current == text:
        print(f"{LOCK_NAME} is up to date ({len(lock)} entries)")
        return 0
    write_text_atomic(path, text)
    added = len(set(lock.entries) - set(old.entries)) if old else len(lock)
    removed = len(set(old.entries) - set(lock.entries)) if old else 0
    print(f"wrote {LOCK_NAME}: {len(lock)} entries ({added} added, {removed} removed)")
    return 0


def check_lock(ctx: Any, keys: set[RefKey]) -> int:
    """--check: every needed id locked, no stale entry. No network."""
    from license_gate.lockfile import LOCK_NAME, entry_key, load_lock
    from license_gate.resolve import build_resolver
    from license_gate.resolve.closure import categories_of, resolve_closure

    lock = load_lock(ctx.root)
    if lock is None:
        if not keys:
            print(f"{LOCK_NAME}: nothing to lock (no model or dataset references)")
            return 0
        print(f"{LOCK_NAME} is missing ({len(keys)} referenced ids); run `license-gate lock`")
        return 1
    options = replace(ctx.options, locked=True)
    resolver = build_resolver(options, declared=ctx.policy.declared, lock=lock)
    resolutions = resolve_closure(resolver, keys)
    missing = sorted(
        str(k)
        for k, r in resolutions.items()
        if isinstance(r, Unresolved) and r.reason == "not-locked"
    )
    used: set[str] = set()
    outdated: list[str] = []
    for key in resolutions:
        entry = lock.get(key)
        if entry is None:
            continue
        used.add(entry_key(entry.key))
        if entry.record is not None:
            derived = categories_of(entry.record)
            if derived and tuple(sorted(derived)) != tuple(sorted(entry.categories)):
                outdated.append(
                    f"{entry.key} (categories {', '.join(entry.categories) or '-'} locked, "
                    f"{', '.join(derived)} derived now)"
                )
    unused = sorted(set(lock.entries) - used)
    problems = []
    if missing:
        problems.append(f"missing {len(missing)}: {', '.join(missing)}")
    if unused:
        problems.append(f"stale (no longer referenced) {len(unused)}: {', '.join(unused)}")
    if outdated:
        problems.append(
            f"stale (categories changed) {len(outdated)}: {', '.join(sorted(outdated))}"
        )
    if problems:
        print(f"{LOCK_NAME} is out of date; run `license-gate lock`:")
        for line in problems:
            print(f"  {line}")
        return 1
    print(f"{LOCK_NAME} is up to date ({len(lock)} entries)")
    return 0
