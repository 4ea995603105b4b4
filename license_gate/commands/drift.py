"""`license-gate drift [--format text|json|markdown]`: compare license-gate.lock with the Hub now.

Reports every locked id whose license fields, lineage or derived categories changed, with old
and new values and, when the Hub's commit history can tell, the commit where it changed. Exit 1
when a change can make a verdict stricter (a restrictive category gained by an id or inherited
by a referenced one, an id gone from the Hub, or a policy verdict that gets stricter), 3 when
some ids could not be checked, 0 otherwise. Meant for a nightly CI job.
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import sys
from dataclasses import replace
from typing import Any

from license_gate.errors import ConfigError, UsageError

__all__ = ["register", "run"]

FORMATS = ("text", "json", "markdown")
_RANK = {"allow": 0, "excepted": 0, "warn": 1, "deny": 2}


def register(sub: Any) -> None:
    from license_gate.runtime import add_context_options

    p = sub.add_parser(
        "drift",
        help="report upstream license changes since license-gate.lock (for a nightly job)",
        description="Exit codes: 0 no stricter change, 1 a change makes a verdict stricter, "
        "2 usage or configuration error (e.g. no lockfile), 3 some ids could not be checked.",
    )
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or directories whose references count as roots (default: all)",
    )
    p.add_argument("--format", choices=FORMATS, default="text")
    p.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE")
    add_context_options(p)
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from license_gate.commands.lock import referenced_keys
    from license_gate.lockfile import LOCK_NAME, load_lock
    from license_gate.resolve import build_resolver
    from license_gate.resolve.closure import resolve_closure
    from license_gate.resolve.drift import commit_finder, compute_drift, render_drift
    from license_gate.runtime import context_from_args

    ctx = context_from_args(args)
    if ctx.options.offline or ctx.options.locked:
        raise UsageError("drift compares the lockfile with the Hub: it cannot run offline/locked")
    lock = load_lock(ctx.root)
    if lock is None:
        raise ConfigError(
            f"no {LOCK_NAME} at {ctx.root}", hint="create it with `license-gate lock` and commit it"
        )
    try:
        roots = referenced_keys(ctx.root, list(args.paths), ctx.policy.exclude)
    except Exception:  # drift still reports per-id changes without the references
        roots = set()
    options = replace(ctx.options, refresh=True, use_snapshot=False, locked=False, offline=False)
    resolver = build_resolver(options, declared=None, lock=None)
    keys = [e.key for e in lock]
    now = resolve_closure(resolver, keys)
    fetcher = resolver.fetcher
    finder = commit_finder(fetcher.list_commits, fetcher.record_at) if fetcher else None
    report = compute_drift(lock, now, roots=roots, find_commit=finder)

    verdicts = _verdict_changes(ctx, roots, lock, resolver) if roots else []
    report = dataclasses.replace(report, verdicts=tuple(verdicts))
    text = render_drift(args.format, report)
    if args.output:
        with open(args.output, "w", encoding="utf-8") as f:
            f.write(text)
    else:
        sys.stdout.write(text)
    return report.exit_code


class _Declared:
    """Policy declarations first, then another resolver (so both sides of the comparison see
    the same `models:` overrides)."""

    def __init__(self, declared: Any, inner: Any) -> None:
        self._declared = declared
        self._inner = inner

    def resolve_all(self, keys: Any) -> dict[Any, Any]:
        out: dict[Any, Any] = {}
        rest = []
        for k in keys:
            rec = self._declared(k) if self._declared is not None else None
            if rec is not None:
                out[k] = rec
            else:
                rest.append(k)
        if rest:
            out.update(self._inner.resolve_all(rest))
        return out

    def notes(self) -> tuple[Any, ...]:
        return tuple(self._inner.notes())


def _verdict_changes(ctx: Any, roots: set[Any], lock: Any, new_resolver: Any) -> list[str]:
    """Policy verdicts (lock vs now) per reference that got stricter; [] when the policy or
    lineage stages are unavailable in this build."""
    try:
        from license_gate.lineage import assess_all
        from license_gate.pipeline import collect
        from license_gate.policy import evaluate
        from license_gate.resolve import build_resolver
    except ImportError:
        return []
    try:
        scanned = collect(ctx.root, [], exclude=ctx.policy.exclude)
        refs = [r for r in scanned.references if not r.suppressed and r.key in roots]
        old_resolver = build_resolver(
            replace(ctx.options, locked=True), declared=ctx.policy.declared, lock=lock
        )
        old = evaluate(refs, assess_all(roots, old_resolver), ctx.policy)
        new = evaluate(
            refs, assess_all(roots, _Declared(ctx.policy.declared, new_resolver)), ctx.policy
        )
    except Exception:
        if os.environ.get("LICENSE_GATE_DEBUG"):
            raise
        return []
    out = []
    for before, after in zip(old, new, strict=False):
        if _RANK.get(after.verdict.value, 0) > _RANK.get(before.verdict.value, 0):
            ref = after.reference
            out.append(
                f"{ref.path}:{ref.line}: {after.identifier} {before.verdict.value} -> "
                f"{after.verdict.value} [{after.rule}]"
            )
    return out
