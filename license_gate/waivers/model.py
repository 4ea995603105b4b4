"""The exception ("waiver") values: a parsed exception file, its verification outcome, and the
set `load_exceptions` hands to `apply_exceptions`. No I/O, no third-party imports."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from urllib.parse import unquote

from license_gate.models import ExceptionsConfig, Kind

__all__ = [
    "ExceptionSet",
    "LoadedWaiver",
    "Target",
    "Waiver",
    "parse_target",
]


@dataclass(frozen=True, slots=True)
class Target:
    """What an exception's `model:` names. `kinds` are the reference kinds it may match; a
    `revision` restricts it to references pinned to that revision."""

    identifier: str
    kinds: tuple[Kind, ...]
    revision: str | None = None


_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789-_.:/+")


def parse_target(text: str) -> Target:
    """`org/name`, `org/name@rev`, `datasets/org/name`, `spaces/org/name`, or a purl
    `pkg:huggingface/org/name[@rev]`. Raises ValueError with a readable reason."""
    s = text.strip()
    if not s:
        raise ValueError("is empty")
    kinds: tuple[Kind, ...] = (Kind.MODEL, Kind.SERVICE)
    if s.lower().startswith("pkg:"):
        if not s.lower().startswith("pkg:huggingface/"):
            raise ValueError(f"{s!r} is not a pkg:huggingface/ purl")
        if "?" in s or "#" in s:
            raise ValueError("purl qualifiers and subpaths are not supported")
        s = s[len("pkg:huggingface/") :]
        kinds = (Kind.MODEL,)
        name, _, rev = s.partition("@")
        name = "/".join(unquote(part) for part in name.split("/"))
        rev = unquote(rev)
    else:
        name, _, rev = s.partition("@")
        for prefix, kind in (("datasets/", Kind.DATASET), ("spaces/", Kind.SPACE)):
            if name.lower().startswith(prefix):
                name = name[len(prefix) :]
                kinds = (kind,)
    if not name or name.startswith("/") or name.endswith("/") or name.count("/") > 1:
        raise ValueError(f"{text.strip()!r} is not a model id such as org/name")
    if not set(name) <= _ID_CHARS or (rev and not set(rev) <= _ID_CHARS):
        raise ValueError(f"{text.strip()!r} contains characters a model id cannot have")
    return Target(identifier=name, kinds=kinds, revision=rev or None)


@dataclass(frozen=True, slots=True)
class Waiver:
    """A structurally valid exception file."""

    id: str
    path: str  # repo-relative POSIX path of the .yaml file
    model: str  # as written
    target: Target
    license: str
    rule: str
    reason: str
    requested_by: str
    approved_by: str
    created: date
    expires: date
    paths: tuple[str, ...] = ()  # () = every file
    ticket: str | None = None
    line: int = 1  # line of `id:` (for reports)
    field_lines: tuple[tuple[str, int], ...] = ()

    def line_of(self, field: str) -> int | None:
        return dict(self.field_lines).get(field)


@dataclass(frozen=True, slots=True)
class LoadedWaiver:
    """One exception file as this run sees it. `problem` is None when it is valid; otherwise
    the reason it is invalid (then it never applies)."""

    path: str
    waiver: Waiver | None  # None when the file could not be parsed at all
    problem: str | None = None
    line: int | None = None
    signer: str | None = None  # the verified principal; None when unsigned or invalid
    fingerprint: str | None = None
    signed: bool = False

    @property
    def valid(self) -> bool:
        return self.problem is None and self.waiver is not None

    @property
    def id(self) -> str:
        if self.waiver is not None:
            return self.waiver.id
        name = self.path.rsplit("/", 1)[-1]
        for ext in (".yaml", ".yml"):
            if name.endswith(ext):
                return name[: -len(ext)]
        return name


@dataclass(frozen=True, slots=True)
class ExceptionSet:
    """Every exception file found, verified once per run."""

    entries: tuple[LoadedWaiver, ...] = ()
    config: ExceptionsConfig = field(default_factory=ExceptionsConfig)
    trust: str = "working tree"  # where allowed_signers came from

    @property
    def valid(self) -> tuple[LoadedWaiver, ...]:
        return tuple(e for e in self.entries if e.valid)

    @property
    def invalid(self) -> tuple[LoadedWaiver, ...]:
        return tuple(e for e in self.entries if not e.valid)
