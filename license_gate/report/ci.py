"""Values for CI systems: the GitHub Action's step outputs.

`github_outputs(result)` is for the CLI (it has the GateResult); `outputs_from_sarif(text)` is
what the composite action uses, reading back the SARIF file that `check` wrote, so the action
needs no second run. `format_outputs` renders either as `$GITHUB_OUTPUT` lines.
`github_options` adds GITHUB_SERVER_URL / GITHUB_REPOSITORY / GITHUB_SHA from a runner's
environment to RenderOptions (links in the job summary). All pure.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from dataclasses import replace

from license_gate.models import GateResult, Verdict
from license_gate.report.interface import RenderOptions

__all__ = ["format_outputs", "github_options", "github_outputs", "outputs_from_sarif"]

_KEY = re.compile(r"^[A-Za-z_][A-Za-z0-9_-]*$")


def github_outputs(result: GateResult) -> dict[str, str]:
    """denied, warned, excepted, unresolved counts and the outcome, as strings."""
    summary = result.summary
    if result.failed:
        state = "failed"
    elif result.undecided:
        state = "undecided"
    else:
        state = "passed"
    return {
        "denied": str(summary["deny"]),
        "warned": str(summary["warn"]),
        "excepted": str(summary["excepted"]),
        "unresolved": str(summary["unresolved"]),
        "outcome": state,
    }


def outputs_from_sarif(text: str) -> dict[str, str]:
    """The same counts read back from a license-gate SARIF log (excepted findings are only
    counted when the log includes them)."""
    doc = json.loads(text)
    counts = dict.fromkeys(Verdict, 0)
    unresolved = 0
    for run in doc.get("runs", []):
        for res in run.get("results", []):
            verdict = (res.get("properties") or {}).get("verdict")
            if verdict in {v.value for v in Verdict}:
                counts[Verdict(verdict)] += 1
        for inv in run.get("invocations", []):
            for note in inv.get("toolExecutionNotifications", []):
                if (note.get("descriptor") or {}).get("id") == "license-gate/unresolved":
                    unresolved += 1
    return {
        "denied": str(counts[Verdict.DENY]),
        "warned": str(counts[Verdict.WARN]),
        "excepted": str(counts[Verdict.EXCEPTED]),
        "unresolved": str(unresolved),
    }


def format_outputs(outputs: Mapping[str, str]) -> str:
    """`key=value` lines for `$GITHUB_OUTPUT` (multi-line values use the heredoc form)."""
    lines = []
    for key, value in outputs.items():
        if not _KEY.match(key):
            raise ValueError(f"not a valid output name: {key!r}")
        if "\n" in value or "\r" in value:
            delimiter = "LICENSE_GATE_EOF"
            while delimiter in value:
                delimiter += "_"
            lines.append(f"{key}<<{delimiter}\n{value}\n{delimiter}")
        else:
            lines.append(f"{key}={value}")
    return "".join(line + "\n" for line in lines)


def github_options(options: RenderOptions, environ: Mapping[str, str]) -> RenderOptions:
    """`options` with the commit coordinates a GitHub runner sets (missing ones stay None)."""
    return replace(
        options,
        github_server_url=environ.get("GITHUB_SERVER_URL") or None,
        github_repository=environ.get("GITHUB_REPOSITORY") or None,
        github_sha=environ.get("GITHUB_SHA") or None,
    )
