"""The policy as a frozen value: scopes, ordered rules, a default action, lineage modes, model
declarations, the exceptions block and scan excludes.

Built by `license_gate.policy.load` (after `extends` is merged) and read by
`license_gate.policy.evaluate`. Nothing here does I/O.
"""

from __future__ import annotations

import fnmatch
import re
from dataclasses import dataclass, field
from enum import StrEnum

from license_gate._glob import GlobSet
from license_gate.models import (
    Action,
    Edge,
    ExceptionsConfig,
    Kind,
    RefKey,
    RepoRecord,
    Source,
)

__all__ = [
    "DEFAULT_RULE",
    "LineageMode",
    "LineageModes",
    "Match",
    "ModelDeclaration",
    "Policy",
    "Rule",
    "Scope",
    "compile_id_globs",
]

# The rule id a decision carries when no rule matched and `default` decided.
DEFAULT_RULE = "default"


class LineageMode(StrEnum):
    """How categories reached through lineage count: as the model's own (`inherit`), only as a
    warning (`warn`: a stricter verdict they would cause is capped at warn), or not at all."""

    INHERIT = "inherit"
    WARN = "warn"
    IGNORE = "ignore"


@dataclass(frozen=True, slots=True)
class LineageModes:
    """`lineage: {base_models: ..., datasets: ...}`."""

    base_models: LineageMode = LineageMode.INHERIT
    datasets: LineageMode = LineageMode.WARN


def compile_id_globs(patterns: tuple[str, ...]) -> re.Pattern[str] | None:
    """One case-insensitive regex for id globs (`*` and `?` match any character, `/` included;
    `[...]` is a character class). None for no patterns."""
    if not patterns:
        return None
    body = "|".join(f"(?:{fnmatch.translate(p.lower())})" for p in patterns)
    return re.compile(body, re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class Scope:
    """A named set of files: gitignore-style globs relative to the repository root."""

    name: str
    include: tuple[str, ...] = ("**",)
    exclude: tuple[str, ...] = ()

    def matches(self, path: str) -> bool:
        return GlobSet(self.include, self.exclude).matches(path)


@dataclass(frozen=True, slots=True)
class Match:
    """A rule's conditions. Every key given must match; within a key any listed value may.
    An empty Match (no key given) matches every finding."""

    models: tuple[str, ...] = ()  # id globs, case-insensitive
    categories: tuple[str, ...] = ()  # effective categories
    licenses: tuple[str, ...] = ()  # declared license ids (globs, case-insensitive)
    kinds: tuple[Kind, ...] = ()
    unknown: bool | None = None  # True: license unknown or unresolved; False: known
    _models_re: re.Pattern[str] | None = field(
        default=None, init=False, repr=False, compare=False, hash=False
    )
    _licenses_re: re.Pattern[str] | None = field(
        default=None, init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "_models_re", compile_id_globs(self.models))
        object.__setattr__(self, "_licenses_re", compile_id_globs(self.licenses))

    def model_matches(self, *identifiers: str) -> bool:
        rx = self._models_re
        return rx is not None and any(rx.fullmatch(i.lower()) for i in identifiers if i)

    def license_matches(self, *licenses: str | None) -> bool:
        rx = self._licenses_re
        return rx is not None and any(rx.fullmatch(v.lower()) for v in licenses if v)

    @property
    def empty(self) -> bool:
        return (
            not (self.models or self.categories or self.licenses or self.kinds)
            and self.unknown is None
        )


@dataclass(frozen=True, slots=True)
class Rule:
    """One ordered rule: the first rule whose scope and match fit a finding decides it."""

    id: str
    action: Action
    match: Match = field(default_factory=Match)
    scope: str | None = None  # a scope name; None = every file
    message: str | None = None
    origin: str = ""  # the policy file that defined it (for `policy check` and errors)


@dataclass(frozen=True, slots=True)
class ModelDeclaration:
    """A `models:` entry: declared facts for ids the Hub cannot tell us about, or corrections.

    `pattern` is an id glob (case-insensitive); `kind` limits it to models or datasets."""

    pattern: str
    license: str | None = None
    license_name: str | None = None
    license_link: str | None = None
    base_models: tuple[str, ...] = ()
    datasets: tuple[str, ...] = ()
    note: str | None = None
    kind: Kind = Kind.MODEL
    _re: re.Pattern[str] | None = field(
        default=None, init=False, repr=False, compare=False, hash=False
    )

    def __post_init__(self) -> None:
        object.__setattr__(self, "_re", compile_id_globs((self.pattern,)))

    def matches(self, key: RefKey) -> bool:
        rx = self._re
        return (
            key.kind is self.kind and rx is not None and bool(rx.fullmatch(key.identifier.lower()))
        )


@dataclass(frozen=True, slots=True)
class Policy:
    """The effective policy (after `extends`). See the README's "Policy file" section."""

    name: str
    source: str  # where the top-level file was read from ("builtin:NAME", a repo path, ...)
    rules: tuple[Rule, ...] = ()
    scopes: tuple[Scope, ...] = ()
    default: Action = Action.ALLOW
    lineage: LineageModes = field(default_factory=LineageModes)
    models: tuple[ModelDeclaration, ...] = ()
    exceptions: ExceptionsConfig = field(default_factory=ExceptionsConfig)
    exclude: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
    chain: tuple[str, ...] = ()  # the files read, child first ("builtin:..." for presets)
    version: int = 1
    description: str | None = None

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.rules)

    def scope(self, name: str) -> Scope | None:
        for s in self.scopes:
            if s.name == name:
                return s
        return None

    def rule(self, rule_id: str) -> Rule | None:
        for r in self.rules:
            if r.id == rule_id:
                return r
        return None

    def declaration(self, key: RefKey) -> ModelDeclaration | None:
        """The first `models:` entry whose glob matches `key` (child entries come first)."""
        for d in self.models:
            if d.matches(key):
                return d
        return None

    def declared(self, key: RefKey) -> RepoRecord | None:
        """What the policy declares about `key` (resolution asks this first), or None."""
        d = self.declaration(key)
        if d is None:
            return None
        return RepoRecord(
            identifier=key.identifier,
            kind=key.kind,
            license=d.license,
            source=Source.POLICY,
            licenses=(d.license,) if d.license else (),
            license_name=d.license_name,
            license_link=d.license_link,
            base_models=tuple(Edge(b, "base") for b in d.base_models),
            datasets=d.datasets,
            note=d.note,
            revision=key.revision,
        )
