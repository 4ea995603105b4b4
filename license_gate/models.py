"""Values that cross stage boundaries: scan -> resolve -> assess -> evaluate -> report.

Everything here is a frozen, hashable dataclass or an enum. No I/O and no third-party imports, so
that every stage (and the hook's fast path) can import it for free.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import Enum
from types import MappingProxyType

__all__ = [
    "CATEGORIES",
    "RESTRICTIVE_ORDER",
    "TRANSIENT",
    "Action",
    "Assessment",
    "Decision",
    "Edge",
    "ExceptionReport",
    "ExceptionsConfig",
    "GateResult",
    "Kind",
    "LicenseClass",
    "LineageStep",
    "Note",
    "RefKey",
    "Reference",
    "RepoRecord",
    "Resolution",
    "Source",
    "Unresolved",
    "Verdict",
    "is_undecided",
]


class Kind(str, Enum):
    """What a reference points at."""

    MODEL = "model"
    DATASET = "dataset"
    SPACE = "space"
    SERVICE = (
        "service"  # a hosted API model name or an Ollama tag: classified, never resolved on the Hub
    )


class Verdict(str, Enum):
    """The outcome for one finding. EXCEPTED: a DENY or WARN lifted by a valid signed exception."""

    DENY = "deny"
    WARN = "warn"
    ALLOW = "allow"
    EXCEPTED = "excepted"


class Action(str, Enum):
    """What a policy rule does when it matches."""

    DENY = "deny"
    WARN = "warn"
    ALLOW = "allow"


class Source(str, Enum):
    """Where the facts about a repository came from (shown by `explain` and in every report)."""

    POLICY = "policy"  # the policy file's `models:` declarations
    LOCK = "lock"  # license-gate.lock
    CACHE = "cache"  # the on-disk cache of earlier Hub answers
    HUB = "hub"  # a live Hub request in this run
    SNAPSHOT = "snapshot"  # the bundled snapshot (only when nothing better answered)


# The fixed category vocabulary of the JSON contract (version 1). Order is for display only.
CATEGORIES: tuple[str, ...] = (
    "permissive",
    "copyleft",
    "non-commercial",
    "research-only",
    "non-production",
    "no-derivatives",
    "use-restrictions",
    "custom-terms",
    "attribution",
    "proprietary",
    "unknown",
)

# Most restrictive first; used to pick "the" category that explains a verdict.
RESTRICTIVE_ORDER: tuple[str, ...] = (
    "non-commercial",
    "research-only",
    "non-production",
    "unknown",
    "proprietary",
    "no-derivatives",
    "copyleft",
    "custom-terms",
    "use-restrictions",
    "attribution",
    "permissive",
)


@dataclass(frozen=True, slots=True)
class RefKey:
    """The identity that resolution de-duplicates on. `identifier` keeps the casing as written;
    equality and hashing are case-insensitive (the Hub's ids are)."""

    kind: Kind
    identifier: str
    revision: str | None = None

    @property
    def norm(self) -> tuple[str, str, str | None]:
        return (self.kind.value, self.identifier.lower(), self.revision)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, RefKey) and self.norm == other.norm

    def __hash__(self) -> int:
        return hash(self.norm)

    def __str__(self) -> str:
        prefix = "" if self.kind in (Kind.MODEL, Kind.SERVICE) else f"{self.kind.value}s/"
        rev = f"@{self.revision}" if self.revision else ""
        return f"{prefix}{self.identifier}{rev}"


@dataclass(frozen=True, slots=True)
class Reference:
    """One model, dataset, space or service reference found in a file (what `scan` emits).

    `path` is POSIX and relative to the repository root; `line` and `column` are 1-based and point
    at the first character of `text`, the literal as written in the file (for a notebook: the line
    in the .ipynb file itself). `identifier` is the id after syntactic normalisation only (URL,
    `hf://` and `hf-hub:` prefixes stripped, sentence-transformers short names expanded); legacy
    ids such as `gpt2` stay as written and are canonicalised by resolution.
    """

    path: str
    line: int
    column: int
    identifier: str
    kind: Kind
    text: str
    detector: str
    revision: str | None = None
    suppressed: bool = False  # a `license-gate: ignore` comment applies to it
    suppression: str | None = None  # the comment's text, for the report

    @property
    def key(self) -> RefKey:
        return RefKey(self.kind, self.identifier, self.revision)


@dataclass(frozen=True, slots=True)
class Note:
    """Something the run wants the user to know that is not a finding (a skipped file, a snapshot
    fallback, an exception expiring soon). `level` is info, warning or error; an `error` note
    that concerns resolution makes the run undecided (exit 3) unless a finding already failed it."""

    level: str
    message: str
    path: str | None = None
    line: int | None = None
    code: str = "note"  # stable machine id, e.g. "file-skipped", "snapshot-fallback"


@dataclass(frozen=True, slots=True)
class Edge:
    """A lineage edge from a model card: a base model (relation finetune, adapter, quantized, merge,
    or `base` when the Hub does not say) or a training dataset (relation `dataset`)."""

    identifier: str
    relation: str
    kind: Kind = Kind.MODEL


@dataclass(frozen=True, slots=True)
class RepoRecord:
    """What one source said about one repository. License fields are exactly as declared."""

    identifier: str  # canonical id as resolved (legacy ids mapped, Hub casing)
    kind: Kind
    license: str | None  # first declared `license` value ("other", "llama3.1", ...) or None
    source: Source
    licenses: tuple[str, ...] = ()  # every declared value when the card gives a list
    license_name: str | None = None
    license_link: str | None = None
    base_models: tuple[Edge, ...] = ()
    datasets: tuple[str, ...] = ()
    sha: str | None = None
    gated: bool = False
    recorded: str | None = None  # ISO date the facts were recorded (snapshot, lock, cache fetch)
    note: str | None = None  # e.g. a policy `models:` note
    revision: str | None = None  # the revision asked for, if any


@dataclass(frozen=True, slots=True)
class Unresolved:
    """Resolution failed. `reason`: not-found (404/401: typo, deleted or private), unreachable
    (network error, timeout, budget spent), offline (no network allowed and nothing known),
    not-locked (--locked and missing from the lockfile), invalid (not a valid Hub id), error."""

    key: RefKey
    reason: str
    detail: str


Resolution = RepoRecord | Unresolved

# Unresolved reasons that say "could not find out" rather than "does not exist": a run whose only
# failures carry one of these exits 3 (undecided), not 1.
TRANSIENT: frozenset[str] = frozenset({"unreachable", "offline", "not-locked", "error"})


@dataclass(frozen=True, slots=True)
class LicenseClass:
    """The knowledge base's reading of declared license fields."""

    license_id: str | None  # the knowledge-base id ("cc-by-nc-4.0", "llama3.1", "mrl") or None
    raw: str | None  # what was declared, e.g. "other (license_name: mrl)"; None if nothing
    categories: tuple[str, ...]  # from CATEGORIES, never empty ("unknown" when not recognised)
    recognised: bool
    name: str | None = None  # human name
    spdx: str | None = None


@dataclass(frozen=True, slots=True)
class LineageStep:
    """One hop of the chain shown in reports: `identifier` reached through `relation`
    (finetune, adapter, quantized, merge, base, dataset) with its declared `license`."""

    identifier: str
    relation: str
    license: str | None


@dataclass(frozen=True, slots=True)
class Assessment:
    """Everything known about one referenced id after resolution and lineage.

    `own` is the id's own license reading. `inherited` maps a category to the chain (from the
    referenced id's parent up to the ancestor that carries it) for categories coming from base
    models; `from_datasets` likewise for training data. The policy decides, per its `lineage`
    modes, whether those count as the model's own (inherit), only warn, or are ignored.
    """

    key: RefKey
    identifier: str  # canonical id (record.identifier when resolved, else as written)
    record: RepoRecord | None
    unresolved: Unresolved | None
    own: LicenseClass
    inherited: Mapping[str, tuple[LineageStep, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    from_datasets: Mapping[str, tuple[LineageStep, ...]] = field(
        default_factory=lambda: MappingProxyType({})
    )
    notes: tuple[str, ...] = ()
    # lowercased ids of lineage nodes whose resolution failed for a transient reason (network,
    # offline, not locked): a verdict caused by one of them is undecided, not a policy failure
    transient: frozenset[str] = frozenset()

    def __hash__(self) -> int:
        return hash((self.key, self.identifier))

    @property
    def source(self) -> Source | None:
        return self.record.source if self.record else None

    @property
    def resolved(self) -> bool:
        return self.record is not None


@dataclass(frozen=True, slots=True)
class Decision:
    """The policy's verdict on one reference (what `evaluate` emits, what reports render)."""

    reference: Reference
    assessment: Assessment
    verdict: Verdict
    rule: str  # the deciding rule id, or "default"
    message: str
    categories: tuple[str, ...]  # effective categories used for the verdict
    lineage: tuple[LineageStep, ...] = ()  # chain to the ancestor that caused it; () if itself
    exception: str | None = None  # id of the exception that lifted it (verdict EXCEPTED)
    notes: tuple[str, ...] = ()  # e.g. "exception x not applied: expired on 2026-10-01"
    pre_existing: bool = False  # diff/baseline mode: the reference existed before the change

    @property
    def identifier(self) -> str:
        return self.assessment.identifier

    @property
    def license(self) -> str | None:
        return self.assessment.own.raw


def is_undecided(d: Decision) -> bool:
    """The decision rests on metadata that could not be had (the model's own, or that of the
    ancestor that caused the verdict), for a reason that may go away."""
    unresolved = d.assessment.unresolved
    if unresolved is not None:
        return unresolved.reason in TRANSIENT
    return bool(d.lineage) and d.lineage[-1].identifier.lower() in d.assessment.transient


@dataclass(frozen=True, slots=True)
class ExceptionsConfig:
    """The policy's `exceptions:` block (paths are relative to the repository root)."""

    dir: str = ".license-gate/exceptions"
    allowed_signers: str = ".license-gate/allowed_signers"
    max_days: int = 180
    require_signature: bool = True
    namespace: str = "license-gate-exception"
    expiring_days: int = 14  # exceptions ending within this many days warn


@dataclass(frozen=True, slots=True)
class ExceptionReport:
    """A signed exception as seen by this run: status is one of applied, unused, expiring,
    invalid (bad or missing signature, untrusted key, expired, malformed)."""

    id: str
    path: str
    status: str
    message: str
    expires: str | None = None
    line: int | None = None


@dataclass(frozen=True, slots=True)
class GateResult:
    """The single input of every report format."""

    decisions: tuple[Decision, ...]
    suppressed: tuple[Reference, ...] = ()
    notes: tuple[Note, ...] = ()
    exceptions: tuple[ExceptionReport, ...] = ()
    policy_name: str = ""
    fail_on: str = "deny"  # "deny" or "warn"
    warn_only: bool = False

    def count(self, verdict: Verdict) -> int:
        return sum(1 for d in self.decisions if d.verdict is verdict)

    @property
    def unresolved(self) -> int:
        return sum(1 for d in self.decisions if d.assessment.unresolved is not None)

    @property
    def summary(self) -> dict[str, int]:
        return {
            "deny": self.count(Verdict.DENY),
            "warn": self.count(Verdict.WARN),
            "allow": self.count(Verdict.ALLOW),
            "excepted": self.count(Verdict.EXCEPTED),
            "unresolved": self.unresolved,
        }

    def _counts(self, d: Decision) -> bool:
        if d.verdict is Verdict.DENY:
            return True
        # pre-existing findings (diff/baseline mode) are capped at warn and never fail the run
        return self.fail_on == "warn" and d.verdict is Verdict.WARN and not d.pre_existing

    @property
    def failing(self) -> tuple[Decision, ...]:
        """Decisions that fail the run under `fail_on`."""
        return tuple(d for d in self.decisions if self._counts(d))

    @property
    def failed(self) -> bool:
        """A policy failure: a failing decision that does not merely lack data, or an invalid
        exception (a broken exception always fails the run)."""
        if any(e.status == "invalid" for e in self.exceptions):
            return True
        return any(not is_undecided(d) for d in self.failing)

    @property
    def undecided(self) -> bool:
        """Something fails only because its metadata could not be had (network, offline,
        --locked): the verdict may change once it can be resolved."""
        return bool(self.failing) and not self.failed

    @property
    def exit_code(self) -> int:
        """0 pass, 1 policy failure (0 with warn_only), 3 undecided."""
        if self.failed:
            return 0 if self.warn_only else 1
        if self.undecided:
            return 3
        return 0
