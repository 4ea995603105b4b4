"""Draw a new sealed PyPI source-archive set for `heldout_pypi.py`, before anyone reads it.

    python benchmarks/draw_pypi_set.py N MONTH 'REGEX_A' ['REGEX_B'] [--index TSV] [--out DIR]

Packages by a stated filter and seed, files by seed: rows of a PyPI index (a TSV with name,
version, month, rank and summary columns; the default is this workplace's
/usr/share/package-lists/pypi.tsv) with month >= MONTH whose summary matches REGEX_A (and
REGEX_B when given; case-insensitive), minus every package a pinned set already uses (PEP 503),
sorted by name;
random.Random(N).sample(rows, 12) taken in order, keeping the first 4 whose listed version has a
source archive on PyPI that opens and holds at least one text file. From each, up to 30 text
files (no NUL byte, at most 2 MiB, UTF-8) by random.Random(N * 100 + i).sample over the sorted
member paths. Writes DIR/set-N/<pkg>/<path> and DIR/set-N.json with theme, packages, files
and an empty labels list: someone who has not read the scanner labels it, it is scored once
(`scan_accuracy.py --corpus DIR/set-N` after writing its labels.json), then pinned by copying
set-N.json into benchmarks/heldout_pypi/.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import random
import re
import sys
import tarfile
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path


def norm(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def sdist_members(name: str, version: str) -> tuple[str, dict[str, bytes]] | None:
    api = f"https://pypi.org/pypi/{name}/json"
    with urllib.request.urlopen(api, timeout=60) as r:
        releases = json.load(r)["releases"]
    urls = releases.get(version) or []
    sd = next((u for u in urls if u["packagetype"] == "sdist"), None)
    if sd is None:
        return None
    # (a mirror may answer with a URL relative to the API's)
    with urllib.request.urlopen(urllib.parse.urljoin(api, sd["url"]), timeout=300) as r:
        blob = r.read()
    files: dict[str, bytes] = {}
    if sd["filename"].endswith(".zip"):
        with zipfile.ZipFile(io.BytesIO(blob)) as z:
            for info in z.infolist():
                _top, sep, inner = info.filename.partition("/")
                if sep and inner and not info.is_dir():
                    files[inner] = z.read(info)
        return "zip", files
    with tarfile.open(fileobj=io.BytesIO(blob)) as tar:
        for m in tar.getmembers():
            _top, sep, inner = m.name.partition("/")
            if sep and inner and m.isfile():
                f = tar.extractfile(m)
                if f is not None:
                    files[inner] = f.read()
    return "tar", files


def is_text(data: bytes) -> bool:
    if b"\0" in data or len(data) > 2 * 1024 * 1024:
        return False
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def _used() -> set[str]:
    """Every package a pinned set already samples (PEP 503 names)."""
    used: set[str] = set()
    for path in (Path(__file__).resolve().parent / "heldout_pypi").glob("set-*.json"):
        for spec in json.loads(path.read_text(encoding="utf-8"))["packages"].values():
            used.add(norm(spec.split("==")[0]))
    return used


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("n", type=int)
    parser.add_argument("month")
    parser.add_argument("patterns", nargs="+")
    parser.add_argument("--index", default="/usr/share/package-lists/pypi.tsv")
    parser.add_argument("--out", type=Path, default=Path("pypi-sets"))
    args = parser.parse_args()
    n, month = args.n, args.month
    args.out.mkdir(parents=True, exist_ok=True)
    pats = [re.compile(p, re.I) for p in args.patterns]
    used = _used()
    rows = []
    csv.field_size_limit(10**9)
    with open(args.index, newline="", encoding="utf-8") as fh:
        reader = csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE)
        next(reader)
        for row in reader:
            if len(row) < 5:
                continue
            name, version, mon, _rank, summary = row[:5]
            if mon < month or norm(name) in used:
                continue
            if all(p.search(summary) for p in pats):
                rows.append((name, version, mon, summary))
    rows.sort()
    print(f"{len(rows)} rows match", file=sys.stderr)
    draw = random.Random(n).sample(rows, min(12, len(rows)))
    out = args.out / f"set-{n}"
    packages: dict[str, str] = {}
    files: list[str] = []
    skipped: list[str] = []
    for name, version, _mon, _summary in draw:
        if len(packages) == 4:
            break
        try:
            got = sdist_members(name, version)
        except Exception as exc:  # (a draw that cannot be fetched is skipped, and said so)
            skipped.append(f"{name}=={version}: {type(exc).__name__}")
            continue
        if got is None:
            skipped.append(f"{name}=={version}: no sdist")
            continue
        texts = sorted(p for p, d in got[1].items() if is_text(d))
        if got[0] == "zip":
            skipped.append(f"{name}=={version}: zip sdist (the rebuild script reads tar only)")
            continue
        if not texts:
            skipped.append(f"{name}=={version}: no text file")
            continue
        key = norm(name)
        i = len(packages)
        packages[key] = f"{name}=={version} sdist"
        chosen = sorted(random.Random(n * 100 + i).sample(texts, min(30, len(texts))))
        for p in chosen:
            target = out / key / p
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(got[1][p])
            files.append(f"{key}/{p}")
    pattern_text = " AND ".join(p.pattern for p in pats)
    theme = (
        f"PyPI packages (month >= {month}) whose summary matches {pattern_text} "
        "(case-insensitive), minus the pinned sets' packages (PEP 503-normalised); sorted by name, "
        f"random.Random({n}).sample 12 taken in order, first 4 with a readable tar sdist; "
        f"up to 30 text files each by random.Random({n}*100+i)"
    )
    if skipped:
        theme += " (skipped: " + "; ".join(skipped) + ")"
    data = {"theme": theme, "packages": packages, "files": files, "labels": []}
    (args.out / f"set-{n}.json").write_text(json.dumps(data, indent=1) + "\n")
    print(json.dumps({"packages": packages, "files": len(files), "skipped": skipped}, indent=1))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
