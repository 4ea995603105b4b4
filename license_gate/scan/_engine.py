"""Running the detectors: choosing one per file, de-duplicating, inline suppression, the cheap
byte prefilter, lenient decoding, size/binary skips, and a process pool for large trees."""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import replace
from pathlib import Path, PurePosixPath

from license_gate import _lazyre
from license_gate.models import Kind, Note, Reference
from license_gate.scan._common import (
    BENTO_FILE,
    DASHSCOPE_FILE,
    KNOWN_ORGS,
    LM_STUDIO_FILE,
    MODEL_RUNNER_FILE,
    NIM_FILE,
    OLLAMA_FILE,
    OPENROUTER_FILE,
    LineIndex,
    url_references,
)
from license_gate.scan._prefilter import (
    always_scan,
    grep_candidates,
    may_contain,
    worth_scanning,
)
from license_gate.scan.config import ConfigDetector
from license_gate.scan.interface import Detector, ScanConfig, ScanResult
from license_gate.scan.js import JsDetector
from license_gate.scan.notebook import NotebookDetector
from license_gate.scan.python import PythonDetector
from license_gate.scan.shell import ShellDetector
from license_gate.scan.text import TextDetector

__all__ = ["DETECTORS", "prefilter", "scan_file", "scan_paths", "scan_text", "scan_text_notes"]

#: Every detector, in the order they are tried; the first that applies reads the file.
DETECTORS: tuple[Detector, ...] = (
    NotebookDetector(),
    PythonDetector(),
    JsDetector(),
    ConfigDetector(),
    ShellDetector(),
    TextDetector(),
)

#: Texts larger than this get the URL scan only (scan_paths' size limit normally stops earlier).
FULL_SCAN_LIMIT = 8 * 1024 * 1024
#: Below this many files, scan in this process (the pre-commit hook's common case).
PARALLEL_MIN_FILES = 256
_CHUNK = 48
#: A file that talks to Ollama: by name, by its port, or by its REST routes on a host
#: (`fetch('http://vellama.flycast:80/api/generate', ...)`; a web app's own relative
#: `/api/generate` says nothing).
_OLLAMA_CONTEXT = _lazyre.compile(
    r"ollama|:11434\b|https?://[\w.:-]+/api/(?:generate|chat|embed|embeddings|pull|tags)\b",
    re.IGNORECASE,
)
_OPENROUTER_CONTEXT = _lazyre.compile(r"openrouter", re.IGNORECASE)
_NIM_CONTEXT = _lazyre.compile(
    r"integrate\.api\.nvidia\.com|build\.nvidia\.com|ChatNVIDIA|NVIDIA_API_KEY|nvapi-"
)
_DASHSCOPE_CONTEXT = _lazyre.compile(r"dashscope|bailian", re.IGNORECASE)
_LM_STUDIO_CONTEXT = _lazyre.compile(
    r"lm[-_ ]?studio|(?:localhost|127\.0\.0\.1):1234\b", re.IGNORECASE
)
_RUNNER_CONTEXT = _lazyre.compile(r":12434\b|docker model |model[ -]runner", re.IGNORECASE)

_SUPPRESS = _lazyre.compile(r"license-gate:\s*ignore(?:\[(?P<ids>[^\]\n]*)\])?", re.IGNORECASE)


def prefilter(data: bytes) -> bool:
    """Whether `data` might contain a reference (stage 1: substring tests only)."""
    return may_contain(data)


def _detector_for(path: str, text: str = "") -> Detector:
    for d in DETECTORS:
        if d.applies_to(path):
            if d is DETECTORS[-1] and text.startswith("#!"):
                # a script without an extension (`script/download_weights`): its interpreter
                stand_in = {"python": "x.py", "shell": "x.sh"}.get(_interpreter(text) or "")
                if stand_in is not None:
                    return _detector_for(stand_in)
            return d
    return DETECTORS[-1]


def _interpreter(text: str) -> str | None:
    """ "python" or "shell" for a `#!` line that runs one (`#!/usr/bin/env -S python3 -u`)."""
    words = text[2 : text.find("\n") if "\n" in text else 200].split()
    if words and words[0].rsplit("/", 1)[-1] == "env":
        words = [w for w in words[1:] if not w.startswith("-")]
    name = words[0].rsplit("/", 1)[-1] if words else ""
    if name.startswith("python"):
        return "python"
    return "shell" if name in ("sh", "bash", "zsh", "dash", "ksh") else None


def _suppress(refs: list[Reference], text: str) -> list[Reference]:
    if "license-gate" not in text and "LICENSE-GATE" not in text.upper():
        return refs
    index = LineIndex(text)
    out: list[Reference] = []
    for r in refs:
        m = _SUPPRESS.search(index.line_text(r.line))
        if m is not None:
            ids = m.group("ids")
            wanted = {i.strip().lower() for i in ids.split(",")} if ids is not None else None
            if wanted is None or r.identifier.lower() in wanted or r.text.lower() in wanted:
                r = replace(r, suppressed=True, suppression=m.group())
        out.append(r)
    return out


def _consistent_kinds(refs: list[Reference]) -> list[Reference]:
    """An id a file names as a dataset (its `/datasets/` URL, a dataset loader) is a dataset
    wherever else that file names it without saying (`id: org/x` next to the URL)."""
    datasets = {r.identifier.lower() for r in refs if r.kind is Kind.DATASET}
    if not datasets:
        return refs
    return [
        replace(r, kind=Kind.DATASET)
        if r.kind is Kind.MODEL and r.identifier.lower() in datasets and not _model_url(r.text)
        else r
        for r in refs
    ]


def _model_url(text: str) -> bool:
    """A Hub URL to a model page says model itself (WhisperSpeech links its models and its
    datasets, both `collabora/whisperspeech`)."""
    low = text.lower()
    return ("huggingface.co/" in low or "hf.co/" in low) and "/datasets/" not in low


_OLLAMA_CREATE = _lazyre.compile(r"\bollama[ \t]+create[ \t]+(?:-\S+[ \t]+)*(?P<name>[\w.:/-]+)")


def _not_created(refs: list[Reference], text: str) -> list[Reference]:
    """`ollama create custom -f Modelfile` ... `ollama run custom`: a model the project builds
    itself is not one it pulls from anyone."""
    made = {m.group("name").removesuffix(":latest") for m in _OLLAMA_CREATE.finditer(text)}
    # (whatever kind it was read as: `{"model": "acme/support-bot"}` is the same model)
    return [r for r in refs if r.identifier.removesuffix(":latest") not in made]


def _dedup(refs: Iterable[Reference]) -> list[Reference]:
    seen: dict[tuple[int, int, str], Reference] = {}
    by_line: set[tuple[int, str, Kind]] = set()
    for r in sorted(refs, key=lambda r: (r.line, r.column)):
        key = (r.line, r.column, "")
        ident_key = (r.line, r.identifier.lower(), r.kind)
        old = seen.get(key)
        if old is not None and "{" in r.text and r.text == old.text and r.kind is old.kind:
            # one f-string, several known values (`f"Mollel/ARC_{subset}_SWH"`): each is a use
            key = (r.line, r.column, r.identifier.lower())
            old = seen.get(key)
        if old is not None:
            if old.revision is None and r.revision is not None and old.identifier == r.identifier:
                seen[key] = r  # the same literal, also reached with its pinned revision
            continue
        if ident_key in by_line and r.text != r.identifier:
            continue
        seen[key] = r
        by_line.add(ident_key)
    return list(seen.values())


def scan_text_notes(path: str, text: str) -> tuple[list[Reference], list[Note]]:
    """References in `text` (the content of repo-relative `path`) and notes about the scan."""
    notes: list[Note] = []
    detector = _detector_for(path, text)
    if "\r\n" in text:
        # Windows line ends: every detector reads `\n` lines; lines and columns stay the same
        text = text.replace("\r\n", "\n")
    token = OLLAMA_FILE.set(_OLLAMA_CONTEXT.search(text) is not None)
    runner = MODEL_RUNNER_FILE.set(_RUNNER_CONTEXT.search(text) is not None)
    openrouter = OPENROUTER_FILE.set(_OPENROUTER_CONTEXT.search(text) is not None)
    nim = NIM_FILE.set(_NIM_CONTEXT.search(text) is not None)
    dashscope = DASHSCOPE_FILE.set(_DASHSCOPE_CONTEXT.search(text) is not None)
    lm_studio = LM_STUDIO_FILE.set(_LM_STUDIO_CONTEXT.search(text) is not None)
    bento = BENTO_FILE.set(
        not OLLAMA_FILE.get()
        and ("bentoml" in text or PurePosixPath(path).name.lower().startswith("bentofile"))
    )
    try:
        return _scan(path, text, detector, notes)
    finally:
        BENTO_FILE.reset(bento)
        LM_STUDIO_FILE.reset(lm_studio)
        DASHSCOPE_FILE.reset(dashscope)
        NIM_FILE.reset(nim)
        OPENROUTER_FILE.reset(openrouter)
        MODEL_RUNNER_FILE.reset(runner)
        OLLAMA_FILE.reset(token)


def _scan(
    path: str, text: str, detector: Detector, notes: list[Note]
) -> tuple[list[Reference], list[Note]]:
    if len(text) > FULL_SCAN_LIMIT:
        notes.append(
            Note(
                level="warning",
                message=f"{len(text)} characters: only Hub URLs were looked for",
                path=path,
                code="file-partially-scanned",
            )
        )
        refs = url_references(path, text, LineIndex(text), detector.id)
    else:
        try:
            refs = list(detector.detect(path, text))
        except (RecursionError, MemoryError, ValueError) as exc:
            notes.append(
                Note(
                    level="warning",
                    message=f"{detector.id} detector could not read this file "
                    f"({exc.__class__.__name__}); only Hub URLs were looked for",
                    path=path,
                    code="detector-failed",
                )
            )
            refs = url_references(path, text, LineIndex(text), detector.id)
    if ".hf.space" in text and any(r.kind is Kind.SPACE for r in refs):
        refs.extend(_space_hosts(path, text, refs, detector.id))
    if "ollama create " in text:
        refs = _not_created(refs, text)
    if detector.id in ("text", "shell") and ("huggingface.co/" in text or "hf.co/" in text):
        # (prose and scripts; in code a bare mention is a docstring's or a message's)
        refs.extend(_linked_elsewhere(path, text, refs, detector.id))
    return _suppress(_dedup(_consistent_kinds(_own_routes(refs))), text), notes


def _own_routes(refs: list[Reference]) -> list[Reference]:
    """A router's own route names, `switchyard/random`, `switchyard/classify`, `switchyard/
    escalation`: four or more plain words in one file under an owner no one knows (and few
    other names beside them), none written as a Hub URL, are the program's vocabulary, not Hub
    models (an owner's models are compounds with sizes and versions: `acme/robo-7b`)."""
    names: dict[str, set[str]] = {}
    for r in refs:
        if r.kind is Kind.MODEL and r.identifier.count("/") == 1:
            owner, _, name = r.identifier.partition("/")
            names.setdefault(owner.lower(), set()).add(name.lower())
    own = {
        owner
        for owner, group in names.items()
        if len(group) >= 4
        and owner not in KNOWN_ORGS
        # one plain word each (`random`, `classify`, `escalation`); a Hub owner's names are
        # compounds (`robertuito-sentiment-analysis`, `customer_support_orders`)
        and sum(name.isalpha() for name in group) >= 4
        and sum(not name.isalpha() for name in group) * 4 <= len(group)
    }
    if not own:
        return refs
    return [
        r
        for r in refs
        if not (
            r.kind is Kind.MODEL
            and r.identifier.partition("/")[0].lower() in own
            and _HUB_URL_TEXT.search(r.text) is None
        )
    ]


def _linked_elsewhere(
    path: str, text: str, refs: list[Reference], detector: str
) -> list[Reference]:
    """`@REM https://huggingface.co/org/x` over `call %HF% file.safetensors org/x out/`: the
    same `org/x` written bare, where the file links its Hub page, is that repository (a
    wrapper script's argument, a name in prose beside its link)."""
    linked: dict[str, Reference] = {}
    for r in refs:
        # (a README that links both the model and its demo Space, `org/x`: the bare id in its
        # code is the model's)
        if (
            "/" in r.identifier
            and r.kind is not Kind.SERVICE
            and _HUB_URL_TEXT.search(r.text)
            and (r.identifier not in linked or r.kind is Kind.MODEL)
        ):
            linked[r.identifier] = r
    if not linked:
        return []
    index = LineIndex(text)
    have = {(r.line, r.identifier.lower()) for r in refs}
    out: list[Reference] = []
    for ident, ref in linked.items():
        for m in re.finditer(r"(?<![\w./@:%=+-])" + re.escape(ident) + r"(?![\w/@-]|\.\w)", text):
            line, col = index.pos(m.start())
            if (line, ident.lower()) in have:
                continue
            if "github.com/" + ident.lower() in index.line_text(line).lower():
                continue  # `[org/x](https://github.com/org/x)`: the code, not the weights
            if _WRITES_TO.search(text, max(0, m.start() - 40), m.start()) is not None:
                continue  # `--local-dir org/x`, `local_dir="org/x"`: where a download lands
            have.add((line, ident.lower()))
            out.append(Reference(path, line, col, ident, ref.kind, ident, detector))
    return out


#: A flag or keyword naming where something is written, just before a value.
_WRITES_TO = _lazyre.compile(
    r"(?:\B-o|\b(?:local|cache|output|out|save)[-_]?dir)[ \t]*[= \t][ \t]*[\"']?\Z", re.I
)
_HUB_URL_TEXT = _lazyre.compile(r"(?:huggingface\.co|hf\.co)/", re.I)
_SPACE_HOST = _lazyre.compile(r"https?://([a-z0-9][a-z0-9-]{1,120})\.hf\.space\b")


def _space_hosts(path: str, text: str, refs: list[Reference], detector: str) -> list[Reference]:
    """`https://argilla-synthetic-data-generator.hf.space`: a Space's own host, which cannot be
    split into owner and name by itself; read as the Space the same file names in full."""
    spaces = {
        re.sub(r"[^a-z0-9]+", "-", r.identifier.lower()): r.identifier
        for r in refs
        if r.kind is Kind.SPACE
    }
    index = LineIndex(text)
    out: list[Reference] = []
    for m in _SPACE_HOST.finditer(text):
        ident = spaces.get(m.group(1))
        if ident is not None:
            line, col = index.pos(m.start())
            out.append(Reference(path, line, col, ident, Kind.SPACE, m.group(), detector))
    return out


def scan_text(path: str, text: str) -> list[Reference]:
    """References in `text`, the content of repo-relative POSIX `path`."""
    return scan_text_notes(path, text)[0]


def _relpath(path: Path, root: Path) -> str:
    try:
        return path.relative_to(root).as_posix()
    except ValueError:
        try:
            return Path(os.path.relpath(path, root)).as_posix()
        except ValueError:
            return path.as_posix()


_REPO_ID_ARG = _lazyre.compile(r"\brepo_id[ \t]*=[ \t]*[\"']")


def _is_local(ref: Reference, rel: str, root: Path) -> bool:
    if ref.kind is Kind.SERVICE or (
        ref.text != ref.identifier and ref.text.split("@")[0] != (ref.identifier)
    ):
        return False
    ident = ref.identifier
    parent = Path(rel).parent
    try:
        return (root / parent / ident).exists() or (root / ident).exists()
    except (OSError, ValueError):
        return False


def scan_file(
    path: Path, config: ScanConfig, *, prefiltered: bool = False
) -> tuple[list[Reference], list[Note]]:
    """Read, skip or decode one file and scan it (`prefiltered`: stage 1 already passed)."""
    root = config.root
    rel = _relpath(path.absolute(), root)
    try:
        size = path.stat().st_size
        if size > config.max_bytes:
            return [], [
                Note(
                    level="info",
                    message=f"skipped: {size} bytes is over the {config.max_bytes}-byte limit",
                    path=rel,
                    code="file-skipped",
                )
            ]
        data = path.read_bytes()
    except OSError as exc:
        return [], [
            Note(
                level="warning",
                message=f"could not read: {exc.strerror or exc}",
                path=rel,
                code="file-unreadable",
            )
        ]
    if b"\0" in data[:8192]:
        return [], [
            Note(level="info", message="skipped: binary file", path=rel, code="file-skipped")
        ]
    always = always_scan(path)
    if not prefiltered and not always and not may_contain(data):
        return [], []
    notes: list[Note] = []
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = data.decode("latin-1")
        notes.append(
            Note(
                level="info", message="not UTF-8: read as Latin-1", path=rel, code="decoded-latin-1"
            )
        )
    if text.startswith("\ufeff"):
        text = text[1:]
    if not always and not worth_scanning(text):
        return [], []
    refs, more = scan_text_notes(rel, text)
    notes.extend(more)
    local = [r for r in refs if _is_local(r, rel, root)]
    if local:
        # (`snapshot_download(repo_id="org/datasets")` downloads from the Hub even where the
        # project has an `org/datasets/` folder of its own: a repo_id is never a path)
        index = LineIndex(text)
        dropped = {id(r) for r in local if not _REPO_ID_ARG.search(index.line_text(r.line))}
        refs = [r for r in refs if id(r) not in dropped]
    return refs, notes


def _scan_chunk(
    args: tuple[list[Path], ScanConfig, bool],
) -> tuple[list[Reference], list[Note], int]:
    files, config, prefiltered = args
    refs: list[Reference] = []
    notes: list[Note] = []
    for f in files:
        r, n = scan_file(f, config, prefiltered=prefiltered)
        refs.extend(r)
        notes.extend(n)
    return refs, notes, len(files)


def _jobs(config: ScanConfig, n_files: int) -> int:
    if config.jobs > 0:
        return config.jobs
    if n_files < PARALLEL_MIN_FILES:
        return 1
    try:
        cpus = len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not Linux
        cpus = os.cpu_count() or 1
    return max(1, min(cpus, 16))


def _stage1(
    files: list[Path], config: ScanConfig, jobs: int
) -> tuple[list[Path], list[Note], bool]:
    """For large trees: size notes, then `grep -liF` picks the files worth reading (Python
    does it per file when grep is not available)."""
    notes: list[Note] = []
    keep: list[Path] = []
    for f in files:
        try:
            size = f.stat().st_size
        except OSError:
            keep.append(f)  # scan_file reports it
            continue
        if size > config.max_bytes:
            notes.append(
                Note(
                    level="info",
                    message=f"skipped: {size} bytes is over the {config.max_bytes}-byte limit",
                    path=_relpath(f.absolute(), config.root),
                    code="file-skipped",
                )
            )
        else:
            keep.append(f)
    found = grep_candidates([os.fspath(f) for f in keep], jobs=jobs)
    if found is None:
        return keep, notes, False
    return [f for f in keep if os.fspath(f) in found or always_scan(f)], notes, True


def scan_paths(files: Sequence[Path], config: ScanConfig) -> ScanResult:
    """Scan `files` (absolute or relative to cwd); references sorted by path, line, column."""
    files = list(files)
    n_files = len(files)
    refs: list[Reference] = []
    notes: list[Note] = []
    jobs = _jobs(config, len(files))
    if len(files) < PARALLEL_MIN_FILES and config.jobs <= 1:
        r, n, _ = _scan_chunk((files, config, False))
        refs, notes = r, n
    else:
        files, notes, prefiltered = _stage1(files, config, jobs)
        chunks = [
            (files[i : i + _CHUNK], config, prefiltered) for i in range(0, len(files), _CHUNK)
        ]
        if jobs <= 1:
            for chunk in chunks:
                r, n, _ = _scan_chunk(chunk)
                refs.extend(r)
                notes.extend(n)
            return _result(refs, notes, n_files)
        import multiprocessing

        method = "fork" if "fork" in multiprocessing.get_all_start_methods() else "spawn"
        ctx = multiprocessing.get_context(method)
        with ctx.Pool(jobs) as pool:
            for r, n, _ in pool.imap_unordered(_scan_chunk, chunks):
                refs.extend(r)
                notes.extend(n)
    return _result(refs, notes, n_files)


def _result(refs: list[Reference], notes: list[Note], n_files: int) -> ScanResult:
    refs.sort(key=lambda r: (r.path, r.line, r.column, r.identifier))
    notes.sort(key=lambda n: (n.path or "", n.code))
    return ScanResult(references=tuple(refs), notes=tuple(notes), files_scanned=n_files)
