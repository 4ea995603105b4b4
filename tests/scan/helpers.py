"""Small helpers for the scanner tests: scan a snippet, find what was reported on a line."""

from __future__ import annotations

import textwrap
from pathlib import PurePath

from license_gate.models import Kind, Reference
from license_gate.scan import scan_text
from license_gate.scan._prefilter import always_scan, may_contain, worth_scanning


def scan(path: str, source: str, *, prefiltered: bool = True) -> list[Reference]:
    """Scan `source` (dedented) as if it were the file at `path`. A snippet that yields a
    reference must also pass the prefilter a tree's walk puts it through, or `scan` and
    `check` would never read the file those references are in (`prefiltered=False`: a
    snippet the prefilter is known to drop, its gap recorded where the test says so)."""
    text = textwrap.dedent(source).lstrip("\n")
    refs = scan_text(path, text)
    if refs and prefiltered and not always_scan(PurePath(path)):
        assert may_contain(text.encode()), f"prefilter stage 1 drops {path}"
        assert worth_scanning(text), f"prefilter stage 2 drops {path}"
    return refs


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
