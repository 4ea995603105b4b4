"""Scanner accuracy on real third-party code: files sampled from pinned PyPI wheels and sdists.

    PYTHONPATH=. python benchmarks/heldout_pypi.py [--sets 1,2] [--dir DIR] [--keep]

Each `benchmarks/heldout_pypi/set-N.json` names pinned wheels (`lm-eval==0.4.13`, ...), the files
sampled from them (seeded, before anyone read them) and their labels, written by someone who had
not read the scanner and frozen before its first score. The files themselves are not in this
repository (they are other projects' code): this script downloads the wheels with
`pip download --no-deps` (network needed), copies the sampled files into DIR/set-N/ and scores
them with `benchmarks/scan_accuracy.py --corpus`. Some pins are platform wheels (chromadb,
sglang, letta, vllm, litellm: Linux x86-64, CPython 3.11). A pin ending in ` sdist`
(`axolotl==0.21.0 sdist`) is the source archive, fetched through PyPI's JSON API without building
anything: sdists ship the examples, configs and scripts that wheels leave out. First-contact
figures are in `tests/corpus/README.md`. A benchmark reports; it does not fail. New sets are
drawn with `benchmarks/draw_pypi_set.py` (stated filter and seed, before anyone reads them).
"""

from __future__ import annotations

import argparse
import json
import posixpath
import shutil
import subprocess
import sys
import tarfile
import tempfile
import urllib.parse
import urllib.request
import zipfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETS = HERE / "heldout_pypi"


def fetch(spec: str, cache: Path) -> Path:
    """The wheel for pinned `spec` (`name==version`), downloaded once into `cache`."""
    name = spec.split("==")[0].replace("-", "_").lower()
    for whl in cache.glob("*.whl"):
        if whl.name.lower().startswith(name + "-" + spec.split("==")[1]):
            return whl
    subprocess.run(
        [sys.executable, "-m", "pip", "download", "--no-deps", "-q", "-d", str(cache), spec],
        check=True,
    )
    return next(w for w in cache.glob("*.whl") if w.name.lower().startswith(name + "-"))


def fetch_sdist(spec: str, cache: Path) -> Path:
    """The source archive for pinned `spec`, downloaded once into `cache` (no build step)."""
    name, version = spec.split("==")
    api = f"https://pypi.org/pypi/{name}/json"  # (mirrors may not serve the per-version form)
    with urllib.request.urlopen(api, timeout=60) as r:
        urls = json.load(r)["releases"][version]
    sdist: dict[str, str] = next(u for u in urls if u["packagetype"] == "sdist")
    target = cache / sdist["filename"]
    if not target.exists():
        with urllib.request.urlopen(urllib.parse.urljoin(api, sdist["url"]), timeout=300) as r:
            target.write_bytes(r.read())
    return target


class _Sdist:
    """Members of a source archive by their path under its top directory."""

    def __init__(self, path: Path) -> None:
        self._files: dict[str, bytes] = {}
        links: dict[str, str] = {}
        with tarfile.open(path) as tar:
            for member in tar.getmembers():
                _top, sep, inner = member.name.partition("/")
                if member.issym() and sep:
                    # (a symbolic link to a file beside it: mkdocs-llmstxt's `scripts/make`)
                    links[inner] = posixpath.normpath(
                        posixpath.join(posixpath.dirname(inner), member.linkname)
                    )
                    continue
                # (a hard link in the archive reads as the file it links to)
                readable = member.isfile() or member.islnk()
                data = tar.extractfile(member) if readable and sep else None
                if data is not None:
                    self._files[inner] = data.read()
        for inner, target in links.items():
            if target in self._files:
                self._files[inner] = self._files[target]

    def read(self, inner: str) -> bytes:
        return self._files[inner]


def build(n: int, data: dict[str, object], out: Path, cache: Path) -> Path:
    root = out / f"set-{n}"
    if root.exists():
        shutil.rmtree(root)
    packages = data["packages"]
    assert isinstance(packages, dict)
    archives: dict[str, zipfile.ZipFile | _Sdist] = {}
    for pkg, spec in packages.items():
        if spec.endswith(" sdist"):
            archives[pkg] = _Sdist(fetch_sdist(spec.removesuffix(" sdist"), cache))
        else:
            archives[pkg] = zipfile.ZipFile(fetch(spec, cache))
    files = data["files"]
    assert isinstance(files, list)
    for rel in files:
        pkg, _, inner = str(rel).partition("/")
        target = root / pkg / inner
        target.parent.mkdir(parents=True, exist_ok=True)
        target.write_bytes(archives[pkg].read(inner))
    (root / "labels.json").write_text(json.dumps(data["labels"], indent=0), encoding="utf-8")
    return root


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sets", help="comma-separated set numbers (default: all)")
    parser.add_argument("--dir", type=Path, help="where to build the sets (default: a temp dir)")
    parser.add_argument("--keep", action="store_true", help="keep the built sets")
    args = parser.parse_args(argv)
    chosen = sorted(SETS.glob("set-*.json"))
    if args.sets:
        wanted = {f"set-{s.strip()}.json" for s in args.sets.split(",")}
        chosen = [p for p in chosen if p.name in wanted]
    out = args.dir or Path(tempfile.mkdtemp(prefix="license-gate-pypi-"))
    cache = out / "wheels"
    cache.mkdir(parents=True, exist_ok=True)
    sys.path.insert(0, str(HERE.parent))
    from benchmarks.scan_accuracy import main as score

    for path in chosen:
        n = int(path.stem.split("-")[1])
        data = json.loads(path.read_text(encoding="utf-8"))
        root = build(n, data, out, cache)
        print(f"== set {n}: {data.get('theme', '')} ({len(data['files'])} files)")
        score(["--corpus", str(root), "--limit", "40"])
    if not args.keep and args.dir is None:
        shutil.rmtree(out, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
