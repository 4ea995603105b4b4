"""Jupyter notebooks: code cells through the Python detector (IPython magics and `!` shell lines
through the shell scanner), markdown cells through the text detector, outputs ignored. Reported
lines and columns are those of the `.ipynb` file itself: each cell line is located in the JSON
text as it is encoded there.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, replace

from license_gate import _lazyre
from license_gate.models import Reference
from license_gate.scan._common import LineIndex, ref_at, url_references
from license_gate.scan._tokens import scan_tokens
from license_gate.scan.python import python_references
from license_gate.scan.shell import shell_found
from license_gate.scan.text import text_references

__all__ = ["NotebookDetector", "notebook_references"]

# `!cmd` / `%magic` lines, with their `\` continuation lines
_MAGIC = _lazyre.compile(r"(?m)^[ \t]*[!%](?:[^\n]*\\\n)*[^\n]*$")


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


#: Cell magics whose body is still the cell's Python (`%%capture` around `!pip install`).
_PY_CELL_MAGICS = ("%%capture", "%%time", "%%timeit", "%%prun", "%%memit")


def _unwrap(src: str) -> str:
    """`src` with a Python-keeping cell magic line blanked (same length)."""
    stripped = src.lstrip()
    if not stripped.startswith(_PY_CELL_MAGICS):
        return src
    word = stripped.split(None, 1)[0]
    if word not in _PY_CELL_MAGICS:
        return src
    start = len(src) - len(stripped)
    end = src.find("\n", start)
    end = len(src) if end == -1 else end
    return src[:start] + " " * (end - start) + src[end:]


def _python_source(cell_type: str, src: str) -> str | None:
    """The cell's Python with IPython magics blanked (same length), or None."""
    if cell_type == "code":
        src = _unwrap(src)
    if cell_type != "code" or src.lstrip().startswith("%%"):
        return None
    return _MAGIC.sub(lambda m: " " * len(m.group()), src)


def _cell_refs(path: str, cell_type: str, src: str, detector: str) -> list[Reference]:
    """What one cell holds outside its Python (read across cells by the caller): Markdown,
    `%%bash` cells and `!`/`%` shell lines."""
    if cell_type == "markdown":
        # read as the Markdown it is (prose rules included), reported at the notebook's path
        return [replace(r, path=path) for r in text_references(path + ".md", src, detector)]
    if cell_type != "code":
        return []
    src = _unwrap(src)
    first = src.lstrip().split("\n", 1)[0]
    index = LineIndex(src)
    if first.startswith(("%%bash", "%%sh", "%%script bash", "%%script sh", "%%shell")):
        return url_references(path, src, index, detector) + [
            ref_at(path, index, f.offset, f.raw, f.value, detector) for f in shell_found(src)
        ]
    if first.startswith(("%%writefile", "%%file")):
        return _written_file(path, src, first, detector)
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
        out.extend(url_references(path, shell_text, index, detector))  # `!git clone https://...`
        out.extend(
            ref_at(path, index, f.offset, f.raw, f.value, detector) for f in shell_found(shell_text)
        )
    return out


def _written_file(path: str, src: str, first: str, detector: str) -> list[Reference]:
    """`%%writefile /content/LLaMA-Factory/examples/train_lora/news.yaml`: the cell is that
    file, read as its type says (positions stay the cell's: the magic line is blanked)."""
    words = first.split()
    target = next((w for w in reversed(words[1:]) if not w.startswith("-")), "")
    if not target or target.lower().endswith(".ipynb"):
        return []
    from license_gate.scan._engine import scan_text  # (the engine imports this module)

    end = src.index(first) + len(first)
    body = "".join(c if c == "\n" else " " for c in src[:end]) + src[end:]
    return [replace(r, path=path, detector=detector) for r in scan_text(target, body)]


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
    layouts: list[_Cell] = []
    code_parts: list[str] = []
    code_starts: list[int] = []  # where each code cell starts in the joined Python
    code_cells: list[_Cell] = []
    joined_len = 0
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
        layout = _Cell(elems, where, starts, src)
        layouts.append(layout)
        cell_type = str(cell.get("cell_type", ""))
        for r in _cell_refs(path, cell_type, src, detector):
            placed = _place(r, layout, LineIndex(src), index)
            if placed is not None:
                out.append(placed)
        py = _python_source(cell_type, src)
        if py is not None:
            code_starts.append(joined_len)
            code_cells.append(layout)
            code_parts.append(py)
            joined_len += len(py) + 1
    # the cells share one namespace: a constant in one cell reaches a loader in another
    joined = "\n".join(code_parts)
    joined_index = LineIndex(joined)
    for r in python_references(path, joined, detector):
        off = joined_index.starts[r.line - 1] + r.column - 1
        k = max(0, _bisect(code_starts, off))
        layout = code_cells[k]
        cell_off = off - code_starts[k]
        placed = _place_offset(r, layout, cell_off, index)
        if placed is not None:
            out.append(placed)
    return out


@dataclass(frozen=True, slots=True)
class _Cell:
    elems: list[str]
    where: list[tuple[int, bool]]
    starts: list[int]
    src: str


def _place(r: Reference, cell: _Cell, cell_index: LineIndex, index: LineIndex) -> Reference | None:
    if r.line > len(cell_index.starts):
        return None
    return _place_offset(r, cell, cell_index.starts[r.line - 1] + r.column - 1, index)


def _place_offset(r: Reference, cell: _Cell, off: int, index: LineIndex) -> Reference | None:
    """`r`, found at offset `off` of the cell's source, moved to its line/column in the file."""
    k = max(0, _bisect(cell.starts, off))
    elem_at, ea = cell.where[k] if k < len(cell.where) else (-1, False)
    if elem_at < 0:
        return None
    within = off - cell.starts[k]
    enc_prefix = json.dumps(cell.elems[k][:within], ensure_ascii=ea)[1:-1]
    line, col = index.pos(elem_at + 1 + len(enc_prefix))
    return replace(r, line=line, column=col)


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
