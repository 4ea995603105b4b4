"""license-gate: a pre-commit hook and CI policy gate for AI model and dataset licenses."""

from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["__version__"]
