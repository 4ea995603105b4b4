"""The scanning stage's seam: the Detector protocol and its value types.

A detector reads one file's text and yields `Reference`s with exact 1-based line and column.
Detectors never touch the network and never raise on bad input: they yield what they can.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Protocol

from license_gate.models import Note, Reference

__all__ = ["DEFAULT_MAX_BYTES", "Detector", "ScanConfig", "ScanResult"]

DEFAULT_MAX_BYTES = 2 * 1024 * 1024


class Detector(Protocol):
    """A detector plugin. `id` is stable: it is persisted in JSON output and SARIF."""

    id: str

    def applies_to(self, path: str) -> bool:
        """Whether this detector reads the file at repo-relative POSIX `path`."""
        ...

    def detect(self, path: str, text: str) -> Iterator[Reference]:
        """Yield every reference in `text` (the decoded content of `path`)."""
        ...


@dataclass(frozen=True, slots=True)
class ScanConfig:
    """How to scan: `root` is the repository root that reference paths are relative to."""

    root: Path
    max_bytes: int = DEFAULT_MAX_BYTES
    exclude: tuple[str, ...] = ()  # gitignore-style globs relative to root (policy `exclude`)
    jobs: int = 0  # worker processes for large trees; 0 = decide automatically


@dataclass(frozen=True, slots=True)
class ScanResult:
    """References (suppressed ones included, flagged) and per-file notes (skipped files...)."""

    references: tuple[Reference, ...]
    notes: tuple[Note, ...] = ()
    files_scanned: int = 0
