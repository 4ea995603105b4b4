"""Command-line entry point: `main(argv) -> int`.

Each subcommand lives in `license_gate/commands/<name>.py` and exposes `register(subparsers)`,
which adds its parser and sets `run=<function(args) -> int>`. This module owns the one place where
exceptions become exit codes:

- 0: nothing denied; 1: policy failure; 2: usage or configuration error;
- 3: undecided (metadata unreachable and no fallback); 4: internal error (a bug: please report);
- 130: interrupted.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sys
from collections.abc import Sequence

from license_gate import __version__
from license_gate.errors import LicenseGateError

__all__ = ["COMMANDS", "build_parser", "main"]

# The explicit registry of subcommands, in the order `--help` lists them.
COMMANDS: tuple[str, ...] = (
    "check",
    "scan",
    "explain",
    "lock",
    "drift",
    "policy",
    "init",
    "exception",
    "cache",
    "snapshot",
)

EXIT_INTERNAL = 4


class _Parser(argparse.ArgumentParser):
    """argparse that exits 2 with one line, never a usage dump on stdout."""

    def error(self, message: str) -> None:  # type: ignore[override]
        self.print_usage(sys.stderr)
        self.exit(2, f"{self.prog}: error: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    parser = _Parser(
        prog="license-gate",
        description="Find AI model and dataset references, resolve their licenses (with lineage), "
        "and enforce an organization policy.",
    )
    parser.add_argument("--version", action="version", version=f"license-gate {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)
    for name in COMMANDS:
        module = importlib.import_module(f"license_gate.commands.{name}")
        module.register(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    """Run license-gate; return the exit code."""
    parser = build_parser()
    try:
        args = parser.parse_args(argv)
    except SystemExit as e:  # argparse: --help/--version (0) or usage errors (2)
        return int(e.code) if isinstance(e.code, int) else 2
    run = getattr(args, "run", None)
    if run is None:
        parser.print_help(sys.stderr)
        return 2
    try:
        return int(run(args))
    except LicenseGateError as e:
        print(f"license-gate: {e.diagnostics()}", file=sys.stderr)
        return e.exit_code
    except KeyboardInterrupt:
        print("license-gate: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:
        return 0
    except Exception as e:  # a bug: one line, no traceback unless asked for
        if os.environ.get("LICENSE_GATE_DEBUG"):
            raise
        print(
            f"license-gate: internal error: {type(e).__name__}: {e} "
            "(set LICENSE_GATE_DEBUG=1 for a traceback, and please report it)",
            file=sys.stderr,
        )
        return EXIT_INTERNAL
