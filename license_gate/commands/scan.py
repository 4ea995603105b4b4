"""`license-gate scan [PATHS...]`: list model, dataset, space and service references, with no
policy and no network."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from license_gate._repo import find_root
from license_gate.models import Reference

__all__ = ["register", "render_json", "render_text", "run"]


def register(sub: Any) -> None:
    p = sub.add_parser("scan", help="list the model and dataset references found (no policy)")
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or directories (default: every file git tracks under the current directory)",
    )
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.set_defaults(run=run)


def render_json(refs: tuple[Reference, ...]) -> str:
    """The `scan` JSON contract, version 1."""
    rows = [
        {
            "path": r.path,
            "line": r.line,
            "column": r.column,
            "identifier": r.identifier,
            "kind": r.kind.value,
            "text": r.text,
            "revision": r.revision,
            "detector": r.detector,
            "suppressed": r.suppressed,
        }
        for r in refs
    ]
    return json.dumps({"version": 1, "references": rows}, indent=2) + "\n"


def render_text(refs: tuple[Reference, ...]) -> str:
    lines = []
    for r in refs:
        rev = f"@{r.revision}" if r.revision else ""
        sup = "  (suppressed)" if r.suppressed else ""
        lines.append(f"{r.path}:{r.line}:{r.column}: {r.kind.value} {r.identifier}{rev}{sup}")
    n = len(refs)
    lines.append(f"{n} reference{'s' if n != 1 else ''} found")
    return "\n".join(lines) + "\n"


def run(args: argparse.Namespace) -> int:
    from license_gate.pipeline import collect
    from license_gate.runtime import require_paths

    require_paths(args.paths)
    scanned = collect(find_root(), args.paths)
    refs = scanned.references
    out = render_json(refs) if args.format == "json" else render_text(refs)
    sys.stdout.write(out)
    for note in scanned.notes:
        if note.level != "info":
            where = f"{note.path}: " if note.path else ""
            print(f"license-gate: {where}{note.message}", file=sys.stderr)
    return 0
