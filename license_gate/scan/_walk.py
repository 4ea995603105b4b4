"""Which files to scan: git-tracked (and untracked, not ignored) files under the working
directory, or the given files and directories; never dependency trees, virtualenvs, caches or
symlinks that lead out of the repository; the policy's `exclude` globs applied."""

from __future__ import annotations

import os
from collections.abc import Iterator, Sequence
from pathlib import Path

from license_gate._glob import match_any
from license_gate._repo import git_tracked_files
from license_gate.models import Note
from license_gate.scan.interface import ScanConfig

__all__ = ["SKIP_DIRS", "list_files"]

#: Directory names never descended into.
SKIP_DIRS = frozenset(
    {
        ".git",
        ".hg",
        ".svn",
        "node_modules",
        "site-packages",
        "dist-packages",
        "__pycache__",
        ".venv",
        "venv",
        ".tox",
        ".nox",
        ".mypy_cache",
        ".pytest_cache",
        ".ruff_cache",
        ".ipynb_checkpoints",
        ".eggs",
        "bower_components",
        ".cache",
        ".conda",
        ".direnv",
    }
)


def _is_venv(path: Path) -> bool:
    return (path / "pyvenv.cfg").is_file() or (path / "conda-meta").is_dir()


def _skipped_part(rel: str) -> bool:
    parts = rel.split("/")[:-1]
    return any(p in SKIP_DIRS for p in parts)


def _inside(path: Path, root: Path) -> bool:
    try:
        path.resolve().relative_to(root)
    except (ValueError, OSError, RuntimeError):
        return False
    return True


def _walk(top: Path) -> Iterator[Path]:
    stack = [top]
    while stack:
        d = stack.pop()
        try:
            entries = sorted(os.scandir(d), key=lambda e: e.name)
        except OSError:
            continue
        for e in entries:
            try:
                if e.is_dir(follow_symlinks=False):
                    if e.name in SKIP_DIRS:
                        continue
                    p = Path(e.path)
                    if _is_venv(p):
                        continue
                    stack.append(p)
                elif e.is_file(follow_symlinks=False) or e.is_symlink():
                    yield Path(e.path)
            except OSError:
                continue


def list_files(
    root: Path, paths: Sequence[str] | None, config: ScanConfig
) -> tuple[list[Path], list[Note]]:
    """The files to scan and notes about paths that could not be used.

    No `paths`: every file git tracks (plus untracked, not ignored ones) under the working
    directory, or a plain walk when not in a git repository. Given `paths`: those files, and the
    files below those directories (git-listed when inside a repository).
    """
    root = root.resolve()
    notes: list[Note] = []
    candidates: list[Path] = []
    if not paths:
        cwd = Path.cwd().resolve()
        under = cwd if _inside(cwd, root) else root
        listed = git_tracked_files(root, under)
        candidates = listed if listed is not None else list(_walk(under))
    else:
        for p in paths:
            path = Path(p)
            if not path.is_absolute():
                path = Path.cwd() / path
            if path.is_dir() and not path.is_symlink():
                listed = git_tracked_files(root, path) if _inside(path, root) else None
                candidates.extend(listed if listed is not None else _walk(path))
            elif path.is_file() or path.is_symlink():
                candidates.append(path)
            else:
                notes.append(
                    Note(
                        level="warning",
                        message="no such file or directory",
                        path=p,
                        code="path-missing",
                    )
                )
    out: list[Path] = []
    seen: set[Path] = set()
    for f in candidates:
        try:
            rel = f.absolute().relative_to(root).as_posix()
        except ValueError:
            rel = f.as_posix()
        if _skipped_part(rel):
            continue
        if config.exclude and match_any(config.exclude, rel):
            continue
        if f.is_symlink():
            if not _inside(f, root):
                notes.append(
                    Note(
                        level="info",
                        message="skipped: symlink out of the repository",
                        path=rel,
                        code="file-skipped",
                    )
                )
                continue
            if not f.resolve().is_file():
                continue
        elif not f.is_file():
            continue
        key = f.absolute()
        if key in seen:
            continue
        seen.add(key)
        out.append(f)
    return out, notes
