"""Small helpers for the scanner tests: scan a snippet, find what was reported on a line."""

from __future__ import annotations

import textwrap

from license_gate.models import Kind, Reference
from license_gate.scan import scan_text


def scan(path: str, source: str) -> list[Reference]:
    """Scan `source` (dedented) as if it were the file at `path`."""
    return scan_text(path, textwrap.dedent(source).lstrip("\n"))


def ids(refs: list[Reference]) -> set[tuple[str, str]]:
    """{(kind, identifier)} of the references."""
    return {(r.kind.value, r.identifier) for r in refs}


def on_line(refs: list[Reference], line: int) -> list[Reference]:
    return [r for r in refs if r.line == line]


def one(refs: list[Reference], identifier: str, kind: Kind | None = None) -> Reference:
    """The single reference to `identifier` (fails loudly otherwise)."""
    got = [r for r in refs if r.identifier == identifier and (kind is None or r.kind is kind)]
    assert len(got) == 1, f"expected one {identifier!r}, got {got!r} in {refs!r}"
    return got[0]
