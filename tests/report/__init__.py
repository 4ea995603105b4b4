"""Tests of the report stage, diff mode and the composite GitHub Action."""
