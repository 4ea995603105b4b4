"""Jupyter notebooks: code cells through the Python detector (IPython magics and `!` shell lines
through the shell scanner), markdown cells through the text detector, outputs ignored. Reported
lines and columns are those of the `.ipynb` file itself: each cell line is located in the JSON
text as it is encoded there.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace

from license_gate.models import Reference
from license_gate.scan._common import LineIndex, ref_at
from license_gate.scan._tokens import scan_tokens
from license_gate.scan.python import python_references
from license_gate.scan.shell import shell_found
from license_gate.scan.text import text_references

__all__ = ["NotebookDetector", "notebook_references"]

_MAGIC = re.compile(r"(?m)^[ \t]*[!%].*$")


def _locate(text: str, elems: list[str], cursor: int) -> tuple[list[tuple[int, bool]], int]:
    """Where each source element is written in the file: (offset of its opening quote,
    ensure_ascii used); -1 when not found."""
    where: list[tuple[int, bool]] = []
    for e in elems:
        found = -1
        ascii_ = False
        for ea in (False, True):
            enc = json.dumps(e, ensure_ascii=ea)
            at = text.find(enc, cursor)
            if at != -1:
                found, ascii_ = at, ea
                cursor = at + len(enc)
                break
        where.append((found, ascii_))
    return where, cursor


def _cell_refs(path: str, cell_type: str, src: str, detector: str) -> list[Reference]:
    if cell_type == "markdown":
        return text_references(path, src, detector)
    if cell_type != "code":
        return []
    first = src.lstrip().split("\n", 1)[0]
    index = LineIndex(src)
    if first.startswith(("%%bash", "%%sh", "%%script bash", "%%script sh", "%%shell")):
        return [ref_at(path, index, f.offset, f.raw, f.value, detector) for f in shell_found(src)]
    if first.startswith("%%"):
        return []
    out: list[Reference] = []
    magics = list(_MAGIC.finditer(src))
    if magics:
        # keep offsets: a same-length text with only the magic lines kept
        chars = [" " if c != "\n" else "\n" for c in src]
        for m in magics:
            chars[m.start() : m.end()] = list(src[m.start() : m.end()].replace("!", " ", 1))
        shell_text = "".join(chars)
        out.extend(
            ref_at(path, index, f.offset, f.raw, f.value, detector) for f in shell_found(shell_text)
        )
        src = _MAGIC.sub(lambda m: " " * len(m.group()), src)
    out.extend(python_references(path, src, detector))
    return out


def notebook_references(path: str, text: str, detector: str = "notebook") -> list[Reference]:
    """References in the cells of notebook `text`, positioned in the `.ipynb` file."""
    index = LineIndex(text)
    try:
        nb = json.loads(text)
    except (ValueError, RecursionError):
        nb = None
    cells = nb.get("cells") if isinstance(nb, dict) else None
    if not isinstance(cells, list):
        return [ref_at(path, index, f.offset, f.raw, f.value, detector) for f in scan_tokens(text)]
    out: list[Reference] = []
    cursor = 0
    for cell in cells:
        if not isinstance(cell, dict):
            continue
        source = cell.get("source", [])
        elems = [source] if isinstance(source, str) else source
        if not isinstance(elems, list) or not all(isinstance(e, str) for e in elems):
            continue
        where, cursor = _locate(text, elems, cursor)
        src = "".join(elems)
        starts: list[int] = []
        pos = 0
        for e in elems:
            starts.append(pos)
            pos += len(e)
        cell_index = LineIndex(src)
        for r in _cell_refs(path, str(cell.get("cell_type", "")), src, detector):
            off = (
                cell_index.starts[r.line - 1] + r.column - 1
                if r.line <= len(cell_index.starts)
                else 0
            )
            k = max(0, _bisect(starts, off))
            elem_at, ea = where[k] if k < len(where) else (-1, False)
            if elem_at < 0:
                continue
            within = off - starts[k]
            enc_prefix = json.dumps(elems[k][:within], ensure_ascii=ea)[1:-1]
            line, col = index.pos(elem_at + 1 + len(enc_prefix))
            out.append(replace(r, line=line, column=col))
    return out


def _bisect(starts: list[int], off: int) -> int:
    lo, hi = 0, len(starts)
    while lo < hi:
        mid = (lo + hi) // 2
        if starts[mid] <= off:
            lo = mid + 1
        else:
            hi = mid
    return lo - 1


class NotebookDetector:
    """`.ipynb` notebooks."""

    id = "notebook"

    def applies_to(self, path: str) -> bool:
        return path.endswith(".ipynb")

    def detect(self, path: str, text: str) -> Iterator[Reference]:
        yield from notebook_references(path, text, self.id)
