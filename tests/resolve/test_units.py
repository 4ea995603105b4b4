"""Small pure parts: Retry-After parsing, lockfile text, drift ranking."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from email.utils import format_datetime

import pytest

from license_gate.errors import ConfigError
from license_gate.lockfile import Lockfile, dump_lock, entry_key, parse_lock
from license_gate.models import Edge, Kind, RefKey, RepoRecord, Source, Unresolved
from license_gate.resolve.closure import categories_of
from license_gate.resolve.drift import compute_drift, render_drift
from license_gate.resolve.hub import parse_retry_after


def test_retry_after_seconds_and_dates() -> None:
    assert parse_retry_after("3") == 3.0
    assert parse_retry_after(" 1.5 ") == 1.5
    assert parse_retry_after(None) is None
    assert parse_retry_after("soon") is None
    now = datetime(2026, 11, 26, 12, 0, tzinfo=UTC)
    later = format_datetime(now + timedelta(seconds=30), usegmt=True)
    assert parse_retry_after(later, now=now.timestamp()) == pytest.approx(30, abs=1)
    assert parse_retry_after(format_datetime(now, usegmt=True), now=now.timestamp() + 60) == 0.0


def _lock() -> Lockfile:
    ft = RepoRecord(
        "acme/ft", Kind.MODEL, "apache-2.0", Source.HUB, sha="a" * 40,
        base_models=(Edge("acme/base", "adapter"),), datasets=("acme/data",), recorded="2026-11-26",
    )  # fmt: skip
    base = RepoRecord("acme/base", Kind.MODEL, "llama3.1", Source.CACHE, sha="b" * 40, gated=True)
    return Lockfile.from_resolutions(
        {
            RefKey(Kind.MODEL, "Acme/FT"): ft,
            RefKey(Kind.MODEL, "acme/base"): base,
            RefKey(Kind.DATASET, "acme/data"): Unresolved(
                RefKey(Kind.DATASET, "acme/data"), "not-found", "gone"
            ),
            RefKey(Kind.MODEL, "acme/flaky"): Unresolved(
                RefKey(Kind.MODEL, "acme/flaky"), "unreachable", "timeout"
            ),
            RefKey(Kind.MODEL, "acme/declared"): RepoRecord(
                "acme/declared", Kind.MODEL, "mit", Source.POLICY
            ),
        },
        categories=categories_of,
    )


def test_lock_text_is_canonical_and_round_trips() -> None:
    lock = _lock()
    assert sorted(lock.entries) == ["dataset:acme/data", "model:acme/base", "model:acme/ft"]
    text = dump_lock(lock)
    assert text.endswith("}\n")
    assert "2026-11-26" not in text  # no recorded dates
    again = parse_lock(text)
    assert dump_lock(again) == text
    ft = again.lookup(RefKey(Kind.MODEL, "ACME/ft"))
    assert isinstance(ft, RepoRecord)
    assert ft.source is Source.LOCK
    assert ft.base_models == (Edge("acme/base", "adapter"),)
    missing = again.lookup(RefKey(Kind.DATASET, "acme/data"))
    assert isinstance(missing, Unresolved)
    assert missing.reason == "not-found"
    assert again.lookup(RefKey(Kind.MODEL, "acme/flaky")) is None
    assert entry_key(RefKey(Kind.MODEL, "Org/M", "v1.0")) == "model:org/m@v1.0"


@pytest.mark.parametrize(
    ("text", "message", "line"),
    [
        ('{"version": 1,\n "entries": {\n', "not valid JSON", 3),
        ('{"version": 2, "entries": {}}', "unsupported lockfile version 2", None),
        ("[]", "no 'entries' object", None),
        ('{"version": 1, "entries": {\n "nokind": {"id": "x"}}}', "entry 'nokind'", 2),
        ('{"version": 1, "entries": {\n\n "model:a/b": {"id": "a/b", "categories": 3}}}',
         "'categories' must be a list", 3),
    ],
)  # fmt: skip
def test_malformed_lock_names_file_and_line(text: str, message: str, line: int | None) -> None:
    with pytest.raises(ConfigError, match=message) as e:
        parse_lock(text)
    assert e.value.source == "license-gate.lock"
    assert e.value.line == line


def test_drift_ranks_changes() -> None:
    lock = _lock()
    key_ft, key_base = RefKey(Kind.MODEL, "acme/ft"), RefKey(Kind.MODEL, "acme/base")
    now = {
        key_ft: RepoRecord(
            "acme/ft", Kind.MODEL, "apache-2.0", Source.HUB, sha="c" * 40,
            base_models=(Edge("acme/base", "adapter"),), datasets=("acme/data",),
        ),
        key_base: RepoRecord("acme/base", Kind.MODEL, "apache-2.0", Source.HUB, sha="d" * 40),
        RefKey(Kind.DATASET, "acme/data"): Unresolved(
            RefKey(Kind.DATASET, "acme/data"), "not-found", "gone"
        ),
    }  # fmt: skip
    report = compute_drift(lock, now, roots=[key_ft])
    assert [c.identifier for c in report.changes] == ["acme/base"]  # ft: only its sha moved
    [change] = report.changes
    assert change.fields["license"] == ("llama3.1", "apache-2.0")
    assert not change.stricter
    assert report.exit_code == 0
    assert "license: llama3.1 -> apache-2.0" in render_drift("text", report)
    cached = dict(now)
    cached[key_base] = RepoRecord("acme/base", Kind.MODEL, "llama3.1", Source.CACHE)
    assert compute_drift(lock, cached).exit_code == 3  # a cache answer is not "the Hub now"
