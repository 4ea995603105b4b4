"""The scan stage: find every model, dataset, space and service reference in a tree.

`list_files` decides what to read, `scan_paths` reads it (prefiltered, in parallel for large
trees) and returns a `ScanResult`; `scan_text` scans one text. `DETECTORS` is the explicit
registry, one detector per file type, all producing `license_gate.models.Reference`.
"""

from __future__ import annotations

from license_gate.scan._engine import DETECTORS, scan_paths, scan_text, scan_text_notes
from license_gate.scan._walk import list_files
from license_gate.scan.interface import DEFAULT_MAX_BYTES, Detector, ScanConfig, ScanResult

__all__ = [
    "DEFAULT_MAX_BYTES",
    "DETECTORS",
    "Detector",
    "ScanConfig",
    "ScanResult",
    "list_files",
    "scan_paths",
    "scan_text",
    "scan_text_notes",
]
