"""The run's context: repository root, policy, trust root and resolution settings, built once from
command-line flags and environment variables and shared by every command.

Environment defaults (flags win): LICENSE_GATE_POLICY, LICENSE_GATE_OFFLINE, HF_HUB_OFFLINE,
LICENSE_GATE_NETWORK_BUDGET, LICENSE_GATE_CACHE_DIR, HF_ENDPOINT, HF_TOKEN.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Collection
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from license_gate._repo import GitRefReader, RepoReader, WorkTreeReader, find_root
from license_gate.errors import UsageError
from license_gate.models import Assessment, RefKey
from license_gate.resolve.interface import ResolveOptions, Resolver

if TYPE_CHECKING:
    from license_gate.policy import Policy

__all__ = ["Context", "add_context_options", "context_from_args", "env_flag", "require_paths"]

_TRUE = {"1", "true", "yes", "on"}


def env_flag(name: str) -> bool:
    """A boolean environment variable (1/true/yes/on)."""
    return os.environ.get(name, "").strip().lower() in _TRUE


def _budget(value: str) -> float:
    try:
        budget = float(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of seconds: {value!r}") from None
    if budget < 0 or budget > 3600:
        raise argparse.ArgumentTypeError("the network budget must be between 0 and 3600 seconds")
    return budget


def add_context_options(parser: argparse.ArgumentParser) -> None:
    """The options every command that reads the policy or resolves licenses shares."""
    g = parser.add_argument_group("policy and resolution")
    g.add_argument(
        "--root",
        metavar="DIR",
        default=None,
        help="treat DIR as the repository root (default: the git top level of the current "
        "directory); policy, lockfile and exceptions are looked up there",
    )
    g.add_argument(
        "--policy",
        metavar="FILE",
        default=os.environ.get("LICENSE_GATE_POLICY") or None,
        help="policy file (default: .license-gate.yaml, then [tool.license-gate] in "
        "pyproject.toml, then the built-in no-nc-in-production); env LICENSE_GATE_POLICY",
    )
    g.add_argument(
        "--offline",
        action="store_true",
        default=env_flag("LICENSE_GATE_OFFLINE") or env_flag("HF_HUB_OFFLINE"),
        help="no network: use the policy, lockfile, cache and bundled snapshot only "
        "(env LICENSE_GATE_OFFLINE or HF_HUB_OFFLINE)",
    )
    g.add_argument(
        "--locked",
        action="store_true",
        default=env_flag("LICENSE_GATE_LOCKED"),
        help="use only the policy's declarations and license-gate.lock; ids missing from the "
        "lock are undecided (exit 3). For pre-commit.ci and air-gapped CI",
    )
    g.add_argument(
        "--trust-from",
        metavar="REF",
        default=os.environ.get("LICENSE_GATE_TRUST_FROM") or None,
        help="read the policy and allowed_signers from this git ref (e.g. origin/main) "
        "instead of the working tree, so a change cannot approve itself",
    )
    g.add_argument(
        "--network-budget",
        metavar="SECONDS",
        type=_budget,
        default=_budget(os.environ.get("LICENSE_GATE_NETWORK_BUDGET", "10")),
        help="total time the run may spend on the network (default 10)",
    )


@dataclass
class Context:
    """What a command needs to run. Heavy parts (resolver) are built lazily, once."""

    root: Path
    policy: Policy
    trust: RepoReader
    options: ResolveOptions
    _resolver: Resolver | None = field(default=None, repr=False)

    def resolver(self) -> Resolver:
        if self._resolver is None:
            from license_gate.lockfile import load_lock
            from license_gate.resolve import build_resolver

            lock = load_lock(self.root)
            self._resolver = build_resolver(self.options, declared=self.policy.declared, lock=lock)
        return self._resolver

    def assess(self, keys: Collection[RefKey]) -> dict[RefKey, Assessment]:
        from license_gate.lineage import assess_all

        if not keys:
            return {}
        return assess_all(keys, self.resolver())


def _options(args: argparse.Namespace) -> ResolveOptions:
    cache_dir = os.environ.get("LICENSE_GATE_CACHE_DIR")
    return ResolveOptions(
        offline=bool(getattr(args, "offline", False)),
        locked=bool(getattr(args, "locked", False)),
        budget=float(getattr(args, "network_budget", 10.0)),
        endpoint=os.environ.get("HF_ENDPOINT") or None,
        token=os.environ.get("HF_TOKEN") or os.environ.get("HUGGING_FACE_HUB_TOKEN") or None,
        cache_dir=Path(cache_dir) if cache_dir else None,
    )


def context_from_args(args: argparse.Namespace, *, root: Path | None = None) -> Context:
    """Build the context: find the repository root, choose the trust root, load the policy."""
    from license_gate.policy import load_policy

    root_arg = getattr(args, "root", None)
    if root is None and root_arg:
        root = Path(root_arg).resolve()
        if not root.is_dir():
            raise UsageError(f"--root: {root_arg} is not a directory")
    root = root or find_root()
    ref = getattr(args, "trust_from", None)
    trust: RepoReader = GitRefReader(root, ref) if ref else WorkTreeReader(root)
    policy_arg: Any = getattr(args, "policy", None)
    policy_path: Path | None = None
    if policy_arg:
        policy_path = Path(policy_arg)
        if ref and policy_path.is_absolute():
            raise UsageError("--policy must be a repository-relative path with --trust-from")
    policy = load_policy(root, policy_path, reader=trust)
    return Context(root=root, policy=policy, trust=trust, options=_options(args))


def require_paths(paths: list[str]) -> None:
    """A path given on the command line that does not exist is a usage error, never a pass
    (pre-commit only passes files that exist)."""
    missing = [p for p in paths if not os.path.lexists(p)]
    if missing:
        raise UsageError(f"no such file or directory: {', '.join(missing)}")
