"""`license-gate check [PATHS...]`: the gate. Used by the pre-commit hook and in CI."""

from __future__ import annotations

import argparse
import os
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any, TextIO

from license_gate import __version__
from license_gate.errors import UsageError
from license_gate.models import GateResult
from license_gate.runtime import add_context_options, context_from_args, env_flag, require_paths

__all__ = ["FORMATS", "register", "run"]

# Mirrors license_gate.report.FORMATTERS (a test keeps them equal); kept literal here so that
# building the parser does not import every formatter.
FORMATS: tuple[str, ...] = ("text", "json", "sarif", "github", "markdown")


def register(sub: Any) -> None:
    p = sub.add_parser(
        "check",
        help="scan files, resolve licenses and enforce the policy (the hook and CI gate)",
        description="Exit codes: 0 nothing denied, 1 policy failure, 2 usage or configuration "
        "error, 3 undecided (license metadata unreachable and no fallback), 4 internal error.",
    )
    p.add_argument(
        "paths",
        nargs="*",
        metavar="PATH",
        help="files or directories (default: every file git tracks under the current directory)",
    )
    fmt = os.environ.get("LICENSE_GATE_FORMAT", "text")
    p.add_argument(
        "--format",
        choices=FORMATS,
        default=fmt if fmt in FORMATS else "text",
        help="output format (default text; env LICENSE_GATE_FORMAT)",
    )
    p.add_argument("-o", "--output", metavar="FILE", help="write the report to FILE")
    p.add_argument(
        "--diff",
        metavar="BASE",
        help="only references on lines changed since the merge base with BASE fail; "
        "older ones are reported as pre-existing warnings",
    )
    p.add_argument(
        "--baseline",
        metavar="FILE",
        help="findings recorded in this baseline are pre-existing (warn at most)",
    )
    p.add_argument(
        "--write-baseline",
        metavar="FILE",
        help="record the current deny/warn findings as the accepted baseline",
    )
    fail_on = os.environ.get("LICENSE_GATE_FAIL_ON", "deny")
    p.add_argument(
        "--fail-on",
        choices=("deny", "warn"),
        default=fail_on if fail_on in ("deny", "warn") else "deny",
        help="the lowest verdict that fails the run (default deny)",
    )
    p.add_argument(
        "--warn-only",
        action="store_true",
        default=env_flag("LICENSE_GATE_WARN_ONLY"),
        help="report, but exit 0 on policy failures (for a rollout period)",
    )
    p.add_argument(
        "--sarif-include-excepted",
        action="store_true",
        help="include excepted findings in SARIF as suppressed results",
    )
    p.add_argument("--color", choices=("auto", "always", "never"), default="auto")
    p.add_argument(
        "-v",
        "--verbose",
        action="store_true",
        help="also list allowed findings, suppressed references and info notes",
    )
    p.add_argument(
        "--max-file-size",
        type=int,
        metavar="BYTES",
        help="skip files larger than this (default 2 MiB)",
    )
    add_context_options(p)
    p.set_defaults(run=run)


def _use_color(choice: str, stream: TextIO, to_file: bool) -> bool:
    if choice == "always":
        return True
    if choice == "never" or to_file or os.environ.get("NO_COLOR"):
        return False
    return bool(getattr(stream, "isatty", lambda: False)())


def _write(path: str, text: str) -> None:
    try:
        Path(path).write_text(text, encoding="utf-8")
    except OSError as e:
        raise UsageError(f"cannot write {path}: {e.strerror or e}") from None


def emit(
    result: GateResult, args: argparse.Namespace, *, policy_rules: tuple[str, ...] = ()
) -> None:
    """Render the chosen format to stdout or --output, plus GitHub extras on Actions."""
    from license_gate.report import render
    from license_gate.report.ci import github_options
    from license_gate.report.interface import RenderOptions

    to_file = bool(args.output)
    base = github_options(
        RenderOptions(tool_version=__version__, policy_rules=policy_rules), os.environ
    )
    options = replace(
        base,
        color=_use_color(args.color, sys.stdout, to_file) and args.format == "text",
        sarif_include_excepted=args.sarif_include_excepted,
        verbose=args.verbose,
    )
    text = render(args.format, result, options)
    if to_file:
        _write(args.output, text)
    elif text:
        sys.stdout.write(text if text.endswith("\n") else text + "\n")

    if os.environ.get("GITHUB_ACTIONS") == "true":
        if args.format != "github":
            annotations = render("github", result, base)
            if annotations:
                stream = sys.stdout if (to_file or args.format == "text") else sys.stderr
                stream.write(annotations if annotations.endswith("\n") else annotations + "\n")
        summary = os.environ.get("GITHUB_STEP_SUMMARY")
        if summary:
            md = render("markdown", result, base)
            try:
                with open(summary, "a", encoding="utf-8") as fh:
                    fh.write(md if md.endswith("\n") else md + "\n")
            except OSError as e:
                print(f"license-gate: cannot write the job summary: {e}", file=sys.stderr)


def run(args: argparse.Namespace) -> int:
    from license_gate.pipeline import CheckRequest, run_check

    require_paths(args.paths)
    ctx = context_from_args(args)
    request = CheckRequest(
        paths=tuple(args.paths),
        diff_base=args.diff,
        baseline=Path(args.baseline) if args.baseline else None,
        fail_on=args.fail_on,
        warn_only=args.warn_only,
        **({"max_bytes": args.max_file_size} if args.max_file_size else {}),
    )
    result = run_check(ctx, request)
    if args.write_baseline:
        from license_gate.diffmode import write_baseline

        write_baseline(Path(args.write_baseline), result)
    emit(result, args, policy_rules=tuple(ctx.policy.rule_ids))
    return result.exit_code
