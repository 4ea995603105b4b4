"""Authoring aid: build `tests/corpus/labels.json` from the needle list in `needles.txt`.

`labels.json` is the truth the accuracy harness and the checker read; this tool only saves
counting lines by hand. Each needle is located in its corpus file (whole-token match: the
characters around it must not be `[A-Za-z0-9_.-]`), and the tool refuses to guess: a needle that
is missing, or that occurs on several lines without an explicit selection, is an error.

Needle syntax (`needles.txt`), one per line, `#` starts a comment line::

    == <corpus-relative file>
    +  <text>  [options]      positive, kind model
    +d <text>  [options]      positive dataset
    +s <text>  [options]      positive space
    +x <text>  [options]      positive service (hosted API name, Ollama tag)
    ?  <text>  [kind=...] [id=...]   optional: neither a false positive nor a miss
    -  <text>  [options]      look-alike negative: must not be reported on that line

Options: `id=<identifier>` (default: the text), `rev=<revision>`, `sup` (suppressed),
`alt=<kind>:<identifier>` (another acceptable answer, repeatable), `#2` or `#1,3` (which
occurrences, 1-based, in file order), `all` (every occurrence), `raw` (no token-boundary
check), `L12` (the expected line, checked).

Run: `python -m tests.scan_accuracy.label_tool` (rewrites labels.json, prints a summary).
"""

from __future__ import annotations

import argparse
import json
import re
import shlex
import sys
from dataclasses import dataclass, field
from pathlib import Path

HERE = Path(__file__).resolve().parent
CORPUS = HERE.parent / "corpus"
NEEDLES = HERE / "needles.txt"
LABELS = CORPUS / "labels.json"

_KINDS = {"+": "model", "+d": "dataset", "+s": "space", "+x": "service", "?": None, "-": None}
_WORD = re.compile(r"[A-Za-z0-9_.\-]")


@dataclass
class Needle:
    marker: str
    text: str
    src_line: int
    options: dict[str, str] = field(default_factory=dict)
    alts: list[str] = field(default_factory=list)
    picks: list[int] | None = None
    every: bool = False
    raw: bool = False  # plain substring match, no token-boundary check
    expect_line: int | None = None


def _occurrences(lines: list[str], text: str, *, raw: bool = False) -> list[int]:
    found: list[int] = []
    for number, line in enumerate(lines, start=1):
        if raw:
            if text in line:
                found.append(number)
            continue
        start = 0
        while (at := line.find(text, start)) >= 0:
            before = line[at - 1] if at else ""
            after = line[at + len(text)] if at + len(text) < len(line) else ""
            following = line[at + len(text) + 1 : at + len(text) + 2] or " "
            if after == "." and not _WORD.match(following):
                after = ""  # a sentence-ending full stop
            edge_ok = not (before and _WORD.match(before) and _WORD.match(text[0]))
            edge_ok = edge_ok and not (after and _WORD.match(after) and _WORD.match(text[-1]))
            if edge_ok:
                found.append(number)
                break
            start = at + 1
    return found


def _parse(path: Path) -> dict[str, list[Needle]]:
    sections: dict[str, list[Needle]] = {}
    current: list[Needle] | None = None
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        if line.startswith("=="):
            name = line[2:].strip()
            if name in sections:
                raise SystemExit(f"needles.txt:{number}: section {name} repeated")
            current = sections[name] = []
            continue
        if current is None:
            raise SystemExit(f"needles.txt:{number}: needle before any '== file' section")
        try:
            parts = shlex.split(line, posix=True)
        except ValueError as exc:
            raise SystemExit(f"needles.txt:{number}: {exc}") from None
        marker, text, rest = parts[0], parts[1], parts[2:]
        if marker not in _KINDS:
            raise SystemExit(f"needles.txt:{number}: unknown marker {marker!r}")
        needle = Needle(marker, text, number)
        for opt in rest:
            if opt == "sup":
                needle.options["suppressed"] = "1"
            elif opt == "raw":
                needle.raw = True
            elif opt == "all":
                needle.every = True
            elif opt.startswith("#"):
                needle.picks = [int(x) for x in opt[1:].split(",")]
            elif re.fullmatch(r"L\d+", opt):
                needle.expect_line = int(opt[1:])
            elif opt.startswith("alt="):
                needle.alts.append(opt[4:])
            elif "=" in opt:
                key, value = opt.split("=", 1)
                needle.options[key] = value
            else:
                raise SystemExit(f"needles.txt:{number}: unknown option {opt!r}")
        current.append(needle)
    return sections


def build(
    needles_path: Path = NEEDLES, corpus: Path = CORPUS
) -> tuple[list[dict[str, object]], list[str]]:
    errors: list[str] = []
    entries: list[dict[str, object]] = []
    for rel, needles in _parse(needles_path).items():
        file = corpus / rel
        if not file.is_file():
            errors.append(f"{rel}: no such corpus file")
            continue
        lines = file.read_text(encoding="utf-8").splitlines()
        for n in needles:
            where = _occurrences(lines, n.text, raw=n.raw)
            if not where:
                errors.append(f"needles.txt:{n.src_line}: {n.text!r} not found in {rel}")
                continue
            if n.picks is not None:
                if max(n.picks) > len(where):
                    errors.append(f"needles.txt:{n.src_line}: {n.text!r} has {len(where)} hits")
                    continue
                where = [where[i - 1] for i in n.picks]
            elif len(where) > 1 and not n.every:
                errors.append(
                    f"needles.txt:{n.src_line}: {n.text!r} occurs on lines {where} of {rel}; "
                    "say which (#n) or 'all'"
                )
                continue
            if n.expect_line is not None and where != [n.expect_line]:
                errors.append(f"needles.txt:{n.src_line}: {n.text!r} is on {where}")
            for line_no in where:
                entry: dict[str, object] = {"file": rel, "line": line_no}
                if n.marker == "-":
                    entry.update(label="negative", text=n.text)
                else:
                    kind = _KINDS[n.marker] or n.options.get("kind", "model")
                    entry.update(
                        label="optional" if n.marker == "?" else "positive",
                        kind=kind,
                        identifier=n.options.get("id", n.text),
                    )
                    if n.options.get("id") and n.options["id"] != n.text:
                        entry["text"] = n.text
                    if "rev" in n.options:
                        entry["revision"] = n.options["rev"]
                    if n.options.get("suppressed"):
                        entry["suppressed"] = True
                    if n.alts:
                        entry["accept"] = [
                            {"kind": a.split(":", 1)[0], "identifier": a.split(":", 1)[1]}
                            for a in n.alts
                        ]
                entries.append(entry)
    entries.sort(key=lambda e: (str(e["file"]), int(str(e["line"]))))
    return entries, errors


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="draft labels.json from needles.txt")
    parser.add_argument("--needles", type=Path, default=NEEDLES)
    parser.add_argument("--corpus", type=Path, default=CORPUS)
    parser.add_argument("--out", type=Path, default=LABELS)
    args = parser.parse_args(argv)
    entries, errors = build(args.needles, args.corpus)
    for error in errors:
        print(error, file=sys.stderr)
    if errors:
        return 1
    body = ",\n".join("  " + json.dumps(e, ensure_ascii=False) for e in entries)
    args.out.write_text("[\n" + body + "\n]\n", encoding="utf-8")
    counts: dict[str, int] = {}
    for e in entries:
        counts[str(e["label"])] = counts.get(str(e["label"]), 0) + 1
    print(f"wrote {args.out}: {counts}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
