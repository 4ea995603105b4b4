"""Fixtures for the report tests: GateResult values built directly, the way the pipeline builds
them for a typical ML service repository (a translation service, a chat bot, notebooks)."""

from __future__ import annotations

import os
from collections.abc import Callable
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest

from license_gate.models import (
    Assessment,
    Decision,
    Edge,
    ExceptionReport,
    GateResult,
    Kind,
    LicenseClass,
    LineageStep,
    Note,
    Reference,
    RepoRecord,
    Source,
    Unresolved,
    Verdict,
)

GOLDEN = Path(__file__).resolve().parent.parent / "golden"
DATA = Path(__file__).resolve().parent / "data"


def decision(
    path: str,
    line: int,
    column: int,
    identifier: str,
    *,
    verdict: Verdict,
    rule: str,
    message: str,
    license: str | None,
    categories: tuple[str, ...],
    kind: Kind = Kind.MODEL,
    text: str | None = None,
    canonical: str | None = None,
    source: Source | None = Source.HUB,
    recorded: str | None = None,
    lineage: tuple[LineageStep, ...] = (),
    exception: str | None = None,
    unresolved: tuple[str, str] | None = None,
    notes: tuple[str, ...] = (),
    pre_existing: bool = False,
    base_models: tuple[Edge, ...] = (),
) -> Decision:
    """One decision with a consistent reference, record and assessment."""
    literal = text if text is not None else identifier
    ref = Reference(path, line, column, identifier, kind, literal, detector="python-call")
    key = ref.key
    record: RepoRecord | None = None
    unres: Unresolved | None = None
    if unresolved is not None:
        unres = Unresolved(key, unresolved[0], unresolved[1])
    elif source is not None:
        record = RepoRecord(
            identifier=canonical or identifier,
            kind=kind,
            license=license,
            source=source,
            recorded=recorded,
            base_models=base_models,
        )
    own = LicenseClass(
        license_id=license,
        raw=license,
        categories=categories if unresolved is None else ("unknown",),
        recognised=license is not None,
    )
    inherited = {categories[0]: lineage} if lineage else {}
    assessment = Assessment(
        key=key,
        identifier=canonical or identifier,
        record=record,
        unresolved=unres,
        own=own,
        inherited=MappingProxyType(inherited),
    )
    return Decision(
        reference=ref,
        assessment=assessment,
        verdict=verdict,
        rule=rule,
        message=message,
        categories=categories,
        lineage=lineage,
        exception=exception,
        notes=notes,
        pre_existing=pre_existing,
    )


def sample_result(**overrides: Any) -> GateResult:
    """Deny, deny through lineage, warn (custom terms, snapshot-sourced), warn outside production,
    excepted, unresolved, allowed; a suppressed reference; notes; every exception status."""
    nllb = LineageStep("facebook/nllb-200-distilled-600M", "finetune", "cc-by-nc-4.0")
    llama = LineageStep("meta-llama/Llama-2-7b-hf", "finetune", "llama2")
    decisions = (
        decision(
            "src/translate/service.py",
            14,
            22,
            "facebook/nllb-200-distilled-600M",
            verdict=Verdict.DENY,
            rule="no-non-commercial",
            license="cc-by-nc-4.0",
            categories=("non-commercial", "attribution"),
            message="non-commercial license (cc-by-nc-4.0) in production code",
            text='"facebook/nllb-200-distilled-600M"',
        ),
        decision(
            "configs/translate/de.yaml",
            3,
            13,
            "acme-ml/nllb-finetuned-de",
            verdict=Verdict.DENY,
            rule="no-non-commercial",
            license="apache-2.0",
            categories=("non-commercial",),
            lineage=(nllb,),
            message="inherits non-commercial from its base model facebook/nllb-200-distilled-600M",
        ),
        decision(
            "src/chat/bot.py",
            8,
            30,
            "acme-ml/support-bot-7b",
            verdict=Verdict.WARN,
            rule="custom-terms",
            license="llama2",
            categories=("custom-terms", "use-restrictions"),
            lineage=(llama,),
            message="custom license terms (llama2): review the acceptable use policy",
        ),
        decision(
            "src/chat/router.py",
            21,
            18,
            "meta-llama/Meta-Llama-3-8B-Instruct",
            verdict=Verdict.WARN,
            rule="custom-terms",
            license="llama3",
            categories=("custom-terms", "use-restrictions"),
            source=Source.SNAPSHOT,
            recorded="2026-09-01",
            message="custom license terms (llama3): review the acceptable use policy",
        ),
        decision(
            "notebooks/explore_sd.ipynb",
            42,
            21,
            "stabilityai/stable-diffusion-2",
            verdict=Verdict.WARN,
            rule="use-restrictions",
            license="openrail++",
            categories=("use-restrictions",),
            message="use-based restrictions (openrail++) outside production",
        ),
        decision(
            "src/audio/jingle.py",
            5,
            44,
            "facebook/musicgen-small",
            verdict=Verdict.EXCEPTED,
            rule="no-non-commercial",
            license="cc-by-nc-4.0",
            categories=("non-commercial",),
            exception="EXC-2026-007",
            message="non-commercial license (cc-by-nc-4.0) in production code",
        ),
        decision(
            "src/search/rerank.py",
            20,
            9,
            "acme-internal/ranker-v3",
            verdict=Verdict.DENY,
            rule="unresolved",
            license=None,
            categories=("unknown",),
            unresolved=("not-found", "404 from the Hub: a typo, or a private repo (set HF_TOKEN)"),
            message="license could not be resolved",
        ),
        decision(
            "src/search/embed.py",
            3,
            30,
            "sentence-transformers/all-MiniLM-L6-v2",
            verdict=Verdict.ALLOW,
            rule="default",
            license="apache-2.0",
            categories=("permissive",),
            source=Source.SNAPSHOT,
            recorded="2026-09-01",
            message="permissive license",
        ),
        decision(
            "src/train/data.py",
            11,
            26,
            "squad",
            kind=Kind.DATASET,
            canonical="rajpurkar/squad",
            verdict=Verdict.ALLOW,
            rule="default",
            license="cc-by-sa-4.0",
            categories=("copyleft", "attribution"),
            source=Source.CACHE,
            message="dataset license allowed for training data",
        ),
    )
    suppressed = (
        Reference(
            "src/legacy/caption.py",
            7,
            15,
            "facebook/opt-350m",
            Kind.MODEL,
            '"facebook/opt-350m"',
            detector="python-call",
            suppressed=True,
            suppression="license-gate: ignore -- removed with the legacy captioner (JIRA-4411)",
        ),
    )
    notes = (
        Note("warning", "skipped: not valid UTF-8", path="assets/vocab.bin", code="file-skipped"),
        Note(
            "warning",
            "the Hub could not be reached (connection refused): 2 licenses came from the "
            "bundled snapshot",
            code="snapshot-fallback",
        ),
        Note("info", "scanned 37 files", code="scan-stats"),
    )
    exceptions = (
        ExceptionReport(
            "EXC-2026-007",
            ".license-gate/exceptions/EXC-2026-007.yaml",
            "applied",
            "jingle generator demo for the internal hackathon",
            expires="2026-12-31",
        ),
        ExceptionReport(
            "EXC-2026-003",
            ".license-gate/exceptions/EXC-2026-003.yaml",
            "expiring",
            "expires in 9 days",
            expires="2026-12-05",
        ),
        ExceptionReport(
            "EXC-2025-011",
            ".license-gate/exceptions/EXC-2025-011.yaml",
            "unused",
            "matches no finding: delete it",
            expires="2027-01-31",
        ),
        ExceptionReport(
            "EXC-2026-009",
            ".license-gate/exceptions/EXC-2026-009.yaml",
            "invalid",
            "signed by a key not in .license-gate/allowed_signers",
            line=12,
        ),
    )
    fields: dict[str, Any] = {
        "decisions": decisions,
        "suppressed": suppressed,
        "notes": notes,
        "exceptions": exceptions,
        "policy_name": "no-nc-in-production",
    }
    fields.update(overrides)
    return GateResult(**fields)


def clean_result() -> GateResult:
    """Nothing to report: two allowed references."""
    full = sample_result()
    return GateResult(
        decisions=tuple(d for d in full.decisions if d.verdict is Verdict.ALLOW),
        policy_name="no-nc-in-production",
    )


@pytest.fixture
def make_decision() -> Callable[..., Decision]:
    return decision


@pytest.fixture
def result() -> GateResult:
    return sample_result()


@pytest.fixture
def clean() -> GateResult:
    return clean_result()


@pytest.fixture
def golden() -> Callable[[str, str], None]:
    """Compare text with tests/golden/<name>; UPDATE_GOLDEN=1 rewrites the file instead."""

    def check(name: str, text: str) -> None:
        path = GOLDEN / name
        if os.environ.get("UPDATE_GOLDEN") == "1":
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8", newline="\n")
            return
        assert path.is_file(), f"missing golden file {path}: run with UPDATE_GOLDEN=1"
        expected = path.read_text(encoding="utf-8")
        assert text == expected, f"{name} differs from its golden file (UPDATE_GOLDEN=1 rewrites)"

    return check
