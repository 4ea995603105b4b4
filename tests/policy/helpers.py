"""Builders for evaluation tests: References and Assessments written directly (no scanner, no
resolver), with license readings that mirror the knowledge base's categories."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from types import MappingProxyType

from license_gate.models import (
    Assessment,
    Kind,
    LicenseClass,
    LineageStep,
    Reference,
    RefKey,
    RepoRecord,
    Source,
    Unresolved,
)

# license id -> categories, as the knowledge base reads them
LICENSES: dict[str, tuple[str, ...]] = {
    "apache-2.0": ("permissive", "attribution"),
    "mit": ("permissive", "attribution"),
    "cc-by-4.0": ("attribution",),
    "cc-by-nc-4.0": ("non-commercial", "attribution"),
    "cc-by-nc-sa-4.0": ("non-commercial", "copyleft", "attribution"),
    "cc-by-nd-4.0": ("no-derivatives", "attribution"),
    "gpl-3.0": ("copyleft",),
    "llama3.1": ("use-restrictions", "custom-terms", "attribution"),
    "gemma": ("use-restrictions", "custom-terms"),
    "openrail": ("use-restrictions",),
    "proprietary": ("proprietary",),
}


def ref(
    identifier: str,
    path: str = "src/app.py",
    *,
    kind: Kind = Kind.MODEL,
    line: int = 12,
    column: int = 30,
    suppressed: bool = False,
) -> Reference:
    return Reference(
        path=path,
        line=line,
        column=column,
        identifier=identifier,
        kind=kind,
        text=f'"{identifier}"',
        detector="python-call",
        suppressed=suppressed,
    )


def license_class(license_id: str | None) -> LicenseClass:
    if license_id is None:
        return LicenseClass(None, None, ("unknown",), False)
    if license_id in LICENSES:
        return LicenseClass(license_id, license_id, LICENSES[license_id], True)
    return LicenseClass(None, license_id, ("unknown",), False)


def chain(*steps: tuple[str, str, str | None]) -> tuple[LineageStep, ...]:
    return tuple(LineageStep(i, rel, lic) for i, rel, lic in steps)


def assess(
    identifier: str,
    license_id: str | None,
    *,
    kind: Kind = Kind.MODEL,
    canonical: str | None = None,
    inherited: Mapping[str, tuple[LineageStep, ...]] | None = None,
    datasets: Mapping[str, tuple[LineageStep, ...]] | None = None,
    unresolved: str | None = None,
    source: Source = Source.HUB,
) -> Assessment:
    key = RefKey(kind, identifier)
    canon = canonical or identifier
    if unresolved:
        return Assessment(
            key=key,
            identifier=canon,
            record=None,
            unresolved=Unresolved(key, unresolved, "404 Client Error: Repository Not Found"),
            own=license_class(None),
        )
    return Assessment(
        key=key,
        identifier=canon,
        record=RepoRecord(
            canon, kind, license_id, source, licenses=(license_id,) if license_id else ()
        ),
        unresolved=None,
        own=license_class(license_id),
        inherited=MappingProxyType(dict(inherited or {})),
        from_datasets=MappingProxyType(dict(datasets or {})),
    )


def index(assessments: Iterable[Assessment]) -> dict[RefKey, Assessment]:
    return {a.key: a for a in assessments}
