"""The repository: finding its root, listing its files, and reading trusted files either from the
work tree or from a git ref (`--trust-from`), so a pull request cannot approve itself."""

from __future__ import annotations

import os
import subprocess
from dataclasses import dataclass
from pathlib import Path, PurePosixPath
from typing import Protocol

from license_gate.errors import ConfigError

__all__ = [
    "GitRefReader",
    "RepoReader",
    "WorkTreeReader",
    "find_root",
    "git_tracked_files",
    "is_git_repo",
    "relpath",
]


def _git(root: Path, *args: str, check: bool = True) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        ["git", *args],
        cwd=root,
        capture_output=True,
        check=check,
        env={**os.environ, "GIT_OPTIONAL_LOCKS": "0"},
    )


def is_git_repo(path: Path) -> bool:
    try:
        proc = _git(path, "rev-parse", "--is-inside-work-tree", check=False)
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        return False
    return proc.returncode == 0 and proc.stdout.strip() == b"true"


def find_root(start: Path | None = None) -> Path:
    """The git work tree's top level containing `start` (default: cwd), or `start` itself."""
    start = (start or Path.cwd()).resolve()
    try:
        proc = _git(start, "rev-parse", "--show-toplevel", check=False)
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        return start
    if proc.returncode == 0 and proc.stdout.strip():
        return Path(os.fsdecode(proc.stdout.strip())).resolve()
    return start


def git_tracked_files(root: Path, under: Path | None = None) -> list[Path] | None:
    """Files git tracks (and untracked, not ignored ones) below `under`; None outside git."""
    where = (under or root).resolve()
    try:
        proc = _git(
            where, "ls-files", "-z", "--cached", "--others", "--exclude-standard", check=False
        )
    except (FileNotFoundError, NotADirectoryError, PermissionError):
        return None
    if proc.returncode != 0:
        return None
    out = []
    seen = set()
    for raw in proc.stdout.split(b"\0"):
        if not raw:
            continue
        p = where / os.fsdecode(raw)
        if p in seen:
            continue
        seen.add(p)
        out.append(p)
    return out


def relpath(path: Path, root: Path) -> str:
    """Repository-relative POSIX path (falls back to the path as given when outside root)."""
    try:
        rel = path.resolve().relative_to(root)
    except ValueError:
        try:
            rel = Path(os.path.relpath(path.resolve(), root))
        except ValueError:
            return PurePosixPath(path).as_posix()
    return PurePosixPath(rel).as_posix()


class RepoReader(Protocol):
    """Reads repository files by repo-relative POSIX path; None when the file does not exist."""

    @property
    def description(self) -> str:
        """Where the files come from, for messages ("working tree", "git ref origin/main")."""
        ...

    def read(self, path: str) -> bytes | None:
        """The file's bytes, or None when it does not exist there."""
        ...


@dataclass(frozen=True, slots=True)
class WorkTreeReader:
    """Reads from the working tree."""

    root: Path
    description: str = "working tree"

    def read(self, path: str) -> bytes | None:
        p = self.root / path
        try:
            return p.read_bytes()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            return None


@dataclass(frozen=True, slots=True)
class GitRefReader:
    """Reads from a git ref (e.g. the pull request's base branch)."""

    root: Path
    ref: str
    description: str = ""

    def __post_init__(self) -> None:
        proc = _git(
            self.root, "rev-parse", "--verify", "--quiet", f"{self.ref}^{{commit}}", check=False
        )
        if proc.returncode != 0:
            raise ConfigError(
                f"--trust-from: git ref {self.ref!r} does not exist in this repository",
                hint="fetch it first, e.g. `git fetch origin main` (actions/checkout needs "
                "fetch-depth: 0)",
            )
        object.__setattr__(self, "description", f"git ref {self.ref}")

    def read(self, path: str) -> bytes | None:
        proc = _git(self.root, "show", f"{self.ref}:{path}", check=False)
        if proc.returncode != 0:
            return None
        return proc.stdout
