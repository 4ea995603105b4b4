"""`license-gate policy check [FILE]`: validate a policy and print the effective policy (after
`extends`) as YAML. Exit 0 when valid (warnings on stderr), 2 when invalid."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path
from typing import Any, cast

from license_gate.errors import UsageError

__all__ = ["register", "run_check"]


def register(sub: Any) -> None:
    p = sub.add_parser(
        "policy",
        help="validate the policy and show what it enforces",
        description="Policy tools. `policy check [FILE]` validates FILE (default: the policy "
        "`check` would use) and prints the effective policy after `extends` as YAML.",
    )
    psub = p.add_subparsers(dest="policy_command", metavar="SUBCOMMAND")
    c = psub.add_parser(
        "check",
        help="validate a policy file and print the effective policy as YAML",
        description="Validate FILE (default: .license-gate.yaml, then [tool.license-gate] "
        "policy in pyproject.toml, then builtin:no-nc-in-production) and print the effective "
        "policy. FILE may be `builtin:NAME`. Exit 0 when valid (warnings go to stderr), "
        "2 when invalid.",
    )
    c.add_argument(
        "file",
        nargs="?",
        metavar="FILE",
        default=os.environ.get("LICENSE_GATE_POLICY") or None,
        help="policy file or builtin:NAME (default: env LICENSE_GATE_POLICY, else discovery)",
    )
    c.add_argument(
        "--root",
        metavar="DIR",
        default=None,
        help="repository root (default: the git top level of the current directory)",
    )
    c.add_argument(
        "--trust-from",
        metavar="REF",
        default=None,
        help="read the policy from this git ref instead of the working tree",
    )
    c.add_argument(
        "-q",
        "--quiet",
        action="store_true",
        help="only validate; do not print the effective policy",
    )
    c.set_defaults(run=run_check)
    p.set_defaults(run=_no_subcommand)


def _no_subcommand(args: argparse.Namespace) -> int:
    raise UsageError("usage: license-gate policy check [FILE]")


def _known_license_warnings(policy: Any) -> list[str]:
    """Warn about `models:` declarations the knowledge base does not recognise (they would be
    treated as unknown). Skipped when the knowledge base is not available."""
    try:
        from license_gate.knowledge import classify_fields
    except ImportError:
        return []
    out = []
    for d in policy.models:
        try:
            cls = classify_fields(
                d.license, license_name=d.license_name, license_link=d.license_link
            )
        except Exception:  # the knowledge base is another stage; never crash validation
            return []
        if not getattr(cls, "recognised", True):
            shown = d.license_name or d.license
            out.append(
                f"models[{d.pattern!r}]: license {shown!r} is not one license-gate knows; "
                "findings for it will count as unknown"
            )
    return out


def run_check(args: argparse.Namespace) -> int:
    from license_gate._repo import GitRefReader, RepoReader, find_root
    from license_gate.policy import load_policy, policy_to_yaml

    root = find_root(Path(args.root) if args.root else None)
    reader: RepoReader | None = None
    if args.trust_from:
        reader = cast("RepoReader", GitRefReader(root, args.trust_from))
    policy = load_policy(root, args.file, reader=reader)
    warnings = [*policy.warnings, *_known_license_warnings(policy)]
    for w in warnings:
        print(f"license-gate: warning: {w}", file=sys.stderr)
    if not args.quiet:
        sys.stdout.write(policy_to_yaml(policy))
    n = len(warnings)
    print(
        f"license-gate: policy {policy.name!r} is valid ({len(policy.rules)} rules"
        + (f", {n} warning{'s' if n != 1 else ''}" if n else "")
        + ")",
        file=sys.stderr,
    )
    return 0
