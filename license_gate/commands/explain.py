"""`license-gate explain`: placeholder until its issue lands (registered so --help is stable)."""

from __future__ import annotations

import argparse
from typing import Any

from license_gate.errors import UsageError


def register(sub: Any) -> None:
    p = sub.add_parser("explain", help="(not available yet)")
    p.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    raise UsageError("'license-gate explain' is not available in this build yet")
