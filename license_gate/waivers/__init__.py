"""Signed, expiring, per-model exceptions ("waivers" in code, so as not to clash with Python's
exceptions; users see "exception").

    exset = load_exceptions(root, policy.exceptions, trust=ctx.trust, today=today)
    decisions, reports = apply_exceptions(decisions, exset, today=today)

Importing this package is cheap: `cryptography` and `ruamel.yaml` are imported only when
exception files exist.
"""

from __future__ import annotations

from license_gate.waivers.apply import apply_exceptions
from license_gate.waivers.load import exception_files, load_exceptions
from license_gate.waivers.model import ExceptionSet, LoadedWaiver, Target, Waiver, parse_target

__all__ = [
    "ExceptionSet",
    "LoadedWaiver",
    "Target",
    "Waiver",
    "apply_exceptions",
    "exception_files",
    "load_exceptions",
    "parse_target",
]
