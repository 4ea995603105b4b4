"""`license-gate explain ID`: what is known about one model or dataset, where it came from, and
what it inherits, drawn as a lineage tree (`--format json` gives the same as data).

ID forms: `org/name`, `org/name@rev`, `datasets/org/name`, `spaces/org/name`, legacy ids
(`bert-base-uncased`), huggingface.co / hf.co URLs, `hf://` paths, and hosted-API names or
Ollama tags (`gpt-4o`, `llama3:8b`), which read as service terms.

Exit codes: 0 resolved; 1 not found or not a valid id; 3 could not be resolved now (offline,
unreachable, not in the lockfile with --locked).
"""

from __future__ import annotations

import argparse
import sys
from typing import Any

from license_gate.errors import UsageError
from license_gate.models import TRANSIENT, Kind, Reference, RefKey

__all__ = ["parse_target", "register", "run"]

_PREFIXES = {"datasets/": Kind.DATASET, "spaces/": Kind.SPACE, "models/": Kind.MODEL}


def register(sub: Any) -> None:
    from license_gate.runtime import add_context_options

    p = sub.add_parser(
        "explain",
        help="show one model's or dataset's license, where it came from, and its lineage",
        description="Resolve one id (with its base models and training datasets) and show each "
        "node's declared license, its source (hub, cache, lock, snapshot, policy) and the "
        "effective result.",
    )
    p.add_argument(
        "identifier",
        metavar="ID",
        help="org/name[@rev], datasets/org/name, a huggingface.co URL, an hf:// path, "
        "or a hosted API model name",
    )
    p.add_argument("--format", choices=("text", "json"), default="text")
    p.add_argument(
        "--max-depth",
        type=int,
        default=10,
        metavar="N",
        help="follow base models and datasets at most N levels (default 10)",
    )
    p.add_argument(
        "--path",
        default="src/app.py",
        metavar="FILE",
        help="show the policy's verdict for a reference in this repository path "
        "(default src/app.py: production code under the built-in policy)",
    )
    add_context_options(p)
    p.set_defaults(run=run)


def parse_target(text: str) -> RefKey:
    """The key for an ID argument (raises UsageError naming the problem)."""
    from license_gate.ids import is_service_name, is_valid_hub_id, parse_hub_url, split_revision

    value = text.strip()
    if not value:
        raise UsageError("explain: an id is required (e.g. meta-llama/Llama-3.1-8B)")
    parsed = parse_hub_url(value)
    if parsed is not None:
        kind, ident, rev = parsed
        return RefKey(kind, ident, rev)
    kind = Kind.MODEL
    for prefix, prefix_kind in _PREFIXES.items():
        if value.startswith(prefix):
            kind, value = prefix_kind, value[len(prefix) :]
            break
    else:
        if is_service_name(value):
            return RefKey(Kind.SERVICE, value)
    ident, rev = split_revision(value)
    if not is_valid_hub_id(ident):
        raise UsageError(
            f"explain: {text!r} is not a Hub id, URL or hf:// path",
            hint="ids look like org/name, datasets/org/name or https://huggingface.co/org/name",
        )
    return RefKey(kind, ident, rev)


def _service(key: RefKey, fmt: str) -> int:
    import json

    from license_gate.lineage import assess_service

    ref = Reference("<explain>", 1, 1, key.identifier, Kind.SERVICE, key.identifier, "explain")
    a = assess_service(ref)
    if fmt == "json":
        data = {
            "version": 1,
            "identifier": key.identifier,
            "kind": "service",
            "license": a.own.raw,
            "categories": list(a.own.categories),
            "source": None,
            "base_models": [],
            "datasets": [],
            "notes": list(a.notes),
        }
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    else:
        sys.stdout.write(
            f"{key.identifier} (service)\n  license:     {a.own.raw} - {a.own.name}\n"
            f"  categories:  {', '.join(a.own.categories)}\n  note:        {a.notes[0]}\n"
        )
    return 0


def run(args: argparse.Namespace) -> int:
    from license_gate.runtime import context_from_args

    key = parse_target(args.identifier)
    if key.kind is Kind.SERVICE:
        return _service(key, args.format)
    if args.max_depth < 0 or args.max_depth > 50:
        raise UsageError("explain: --max-depth must be between 0 and 50")
    ctx = context_from_args(args)

    from license_gate.knowledge.explain import (
        build_tree,
        decision_data,
        explain_data,
        render_decision,
        render_text,
    )
    from license_gate.lineage import explore
    from license_gate.policy import evaluate

    resolver = ctx.resolver()
    graph = explore([key], resolver, max_depth=args.max_depth)
    assessment = graph.assess(key)
    tree = build_tree(graph, key)
    notes = [n.message for n in resolver.notes()]
    ref = Reference(
        path=args.path.replace("\\", "/").lstrip("/") or "src/app.py",
        line=1,
        column=1,
        identifier=key.identifier,
        kind=key.kind,
        text=args.identifier,
        detector="explain",
        revision=key.revision,
    )
    decisions = evaluate([ref], {key: assessment}, ctx.policy)
    policy_name = ctx.policy.name
    if args.format == "json":
        import json

        data = explain_data(assessment, tree)
        data["policy"] = decision_data(decisions[0], policy=policy_name) if decisions else None
        data["resolution_notes"] = notes
        sys.stdout.write(json.dumps(data, indent=2) + "\n")
    else:
        text = render_text(assessment, tree)
        if decisions:
            text += "\n" + render_decision(decisions[0], policy=policy_name)
        if notes:
            text += "\nresolution:\n" + "".join(f"  - {n}\n" for n in notes)
        sys.stdout.write(text)
    if assessment.unresolved is None:
        return 0
    return 3 if assessment.unresolved.reason in TRANSIENT else 1
