"""Tests for the knowledge base, card-metadata reading, lineage, snapshot and explain."""

from __future__ import annotations
