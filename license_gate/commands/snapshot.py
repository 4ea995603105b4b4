"""`license-gate snapshot`: the bundled offline snapshot.

    license-gate snapshot info                 # date, counts, age
    license-gate snapshot update [--top N] [--output FILE] [--date YYYY-MM-DD]

`update` is a maintainer command: it refreshes every id already in the snapshot from the Hub's
list API (through HF_ENDPOINT, with HF_TOKEN if set), adds the top N models and datasets by
downloads, and writes sorted, deterministic JSON dated today. Ids the Hub no longer knows keep
their old entry and are listed; license changes are listed as drift.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from datetime import date
from pathlib import Path
from typing import Any

from license_gate.errors import ResolveError, UsageError

__all__ = ["register", "run_info", "run_update"]


def register(sub: Any) -> None:
    p = sub.add_parser(
        "snapshot",
        help="the bundled offline snapshot of well-known models' licenses (info, update)",
    )
    actions = p.add_subparsers(dest="snapshot_command", metavar="ACTION")
    info = actions.add_parser("info", help="show the snapshot's date, size and age")
    info.add_argument("--format", choices=("text", "json"), default="text")
    info.set_defaults(run=run_info)
    update = actions.add_parser(
        "update",
        help="maintainers: rebuild the snapshot from the Hub's list API",
        description="Refresh every id in the snapshot from the Hub (HF_ENDPOINT, HF_TOKEN) and "
        "add the top N models and datasets by downloads.",
    )
    update.add_argument(
        "--top", type=int, default=0, metavar="N", help="also add the top N by downloads"
    )
    update.add_argument(
        "--output",
        metavar="FILE",
        default=None,
        help="write here instead of the bundled license_gate/data/snapshot.json",
    )
    update.add_argument(
        "--input",
        metavar="FILE",
        default=None,
        help="start from this snapshot file instead of the bundled one",
    )
    update.add_argument(
        "--date", default=None, metavar="YYYY-MM-DD", help="the recorded date (default today)"
    )
    update.set_defaults(run=run_update)
    p.set_defaults(run=_usage)


def _usage(args: argparse.Namespace) -> int:
    raise UsageError("snapshot: choose an action: info or update")


def run_info(args: argparse.Namespace) -> int:
    from license_gate.knowledge.snapshot import age_days, entries, snapshot_date
    from license_gate.models import Kind

    records = entries()
    recorded = snapshot_date()
    data = {
        "recorded": recorded,
        "age_days": age_days(recorded),
        "models": sum(1 for r in records if r.kind is Kind.MODEL),
        "datasets": sum(1 for r in records if r.kind is Kind.DATASET),
        "uncertain": sum(1 for r in records if r.note),
    }
    if args.format == "json":
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    else:
        sys.stdout.write(
            f"bundled snapshot recorded {recorded} ({data['age_days']} days old): "
            f"{data['models']} models, {data['datasets']} datasets "
            f"({data['uncertain']} marked uncertain)\n"
        )
    return 0


def _today(value: str | None) -> str:
    if value is None:
        return date.today().isoformat()
    try:
        return date.fromisoformat(value).isoformat()
    except ValueError:
        raise UsageError(f"snapshot update: --date {value!r} is not YYYY-MM-DD") from None


def _preflight(api: Any, current: dict[str, Any]) -> None:
    """One bounded request before the listings, whose pagination retries for half a minute on
    a dead endpoint: any HTTP answer (even a 404) proves the Hub is there."""
    from huggingface_hub.errors import HfHubHTTPError

    models = current.get("models") or [{"id": "google-bert/bert-base-uncased"}]
    probe = str(models[0].get("id") if isinstance(models[0], dict) else models[0])
    try:
        api.model_info(probe, timeout=10)
    except HfHubHTTPError:
        return
    except Exception as e:
        raise ResolveError(
            f"snapshot update: the Hub listing failed: cannot reach {api.endpoint} "
            f"({type(e).__name__}: {e})",
            hint="check HF_ENDPOINT / HF_TOKEN and try again; nothing was written",
        ) from None


def run_update(args: argparse.Namespace) -> int:
    from license_gate.knowledge.snapshot import SNAPSHOT_PATH, dumps_snapshot
    from license_gate.knowledge.snapshot_build import rebuild

    if args.top < 0 or args.top > 10_000:
        raise UsageError("snapshot update: --top must be between 0 and 10000")
    today = _today(args.date)
    source = Path(args.input) if args.input else SNAPSHOT_PATH
    try:
        current = json.loads(source.read_text(encoding="utf-8"))
    except (OSError, ValueError) as e:
        raise UsageError(f"snapshot update: cannot read {source}: {e}") from None
    if not isinstance(current, dict):
        raise UsageError(f"snapshot update: {source} is not a snapshot file")

    from huggingface_hub import HfApi

    endpoint = os.environ.get("HF_ENDPOINT") or None
    token = os.environ.get("HF_TOKEN") or os.environ.get("HUGGING_FACE_HUB_TOKEN") or False
    api = HfApi(endpoint=endpoint, token=token)
    _preflight(api, current)
    try:
        result = rebuild(api, current, top=args.top, today=today)
    except Exception as e:  # a listing failed: the Hub is down or refused us
        raise ResolveError(
            f"snapshot update: the Hub listing failed ({type(e).__name__}: {e})",
            hint="check HF_ENDPOINT / HF_TOKEN and try again; nothing was written",
        ) from None
    text = dumps_snapshot(
        result.models,
        result.datasets,
        recorded=today,
        about=str(current.get("about") or "license-gate bundled snapshot"),
    )
    target = Path(args.output) if args.output else SNAPSHOT_PATH
    tmp = target.with_name(target.name + ".tmp")
    tmp.write_text(text, encoding="utf-8")
    tmp.replace(target)
    out = sys.stdout
    out.write(
        f"wrote {target}: {len(result.models)} models, {len(result.datasets)} datasets "
        f"(recorded {today}); {result.refreshed} refreshed, {len(result.added)} added, "
        f"{len(result.kept)} kept unchanged\n"
    )
    for line in result.changed:
        out.write(f"  license changed: {line}\n")
    for ident in result.kept:
        out.write(f"  not found on the Hub (old entry kept): {ident}\n")
    return 0
