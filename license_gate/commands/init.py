"""`license-gate init`: write a commented starter `.license-gate.yaml` at the repository root
(never overwriting one), extending a built-in preset."""

from __future__ import annotations

import argparse
import io
import sys
from pathlib import Path
from typing import Any

from license_gate.errors import ConfigError

__all__ = ["register", "run", "starter_policy"]


def register(sub: Any) -> None:
    p = sub.add_parser(
        "init",
        help="write a commented starter .license-gate.yaml",
        description="Write a commented starter .license-gate.yaml at the repository root. "
        "Refuses to overwrite an existing one.",
    )
    p.add_argument(
        "--preset",
        default="no-nc-in-production",
        metavar="NAME",
        help="built-in policy to extend: no-nc-in-production (default), "
        "permissive-only, research, strict",
    )
    p.add_argument(
        "--root",
        metavar="DIR",
        default=None,
        help="repository root (default: the git top level of the current directory)",
    )
    p.set_defaults(run=run)


def starter_policy(preset: str = "no-nc-in-production") -> str:
    """The starter file's text, extending `builtin:<preset>` (comments kept: ruamel round-trip)."""
    from ruamel.yaml import YAML

    from license_gate.policy import BUILTIN_PREFIX, builtin_policy_names

    names = builtin_policy_names()
    if preset not in names:
        raise ConfigError(
            f"--preset: unknown built-in policy {preset!r}; available: {', '.join(names)}"
        )
    template = (Path(__file__).resolve().parent.parent / "policy" / "starter.yaml").read_text(
        encoding="utf-8"
    )
    yaml = YAML(typ="rt", pure=True)
    yaml.width = 120
    doc = yaml.load(template)
    doc["extends"] = BUILTIN_PREFIX + preset
    buf = io.StringIO()
    yaml.dump(doc, buf)
    return buf.getvalue()


def run(args: argparse.Namespace) -> int:
    from license_gate._repo import find_root
    from license_gate.policy import POLICY_FILE, load_policy_text, pyproject_policy_pointer

    root = find_root(Path(args.root) if args.root else None)
    target = root / POLICY_FILE
    if target.exists() or target.is_symlink():
        raise ConfigError(
            f"{target} already exists; not overwriting it",
            hint="edit it, or check it with `license-gate policy check`",
        )
    pointer = pyproject_policy_pointer(root)
    if pointer is not None:
        raise ConfigError(
            f"pyproject.toml already names the policy ([tool.license-gate] policy = {pointer!r}); "
            f"not writing {POLICY_FILE}",
            hint="edit that file, or remove the pointer first",
        )
    text = starter_policy(args.preset)
    load_policy_text(text, source=POLICY_FILE, root=root)  # never write an invalid policy
    try:
        with target.open("x", encoding="utf-8") as fh:
            fh.write(text)
    except FileExistsError:
        raise ConfigError(f"{target} already exists; not overwriting it") from None
    except OSError as e:
        raise ConfigError(
            f"cannot write {POLICY_FILE}: {e.strerror or e}", source=str(target)
        ) from None
    print(
        f"license-gate: wrote {target} (extends builtin:{args.preset}); "
        "check it with `license-gate policy check`",
        file=sys.stderr,
    )
    return 0
