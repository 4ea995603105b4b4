"""The on-disk cache: TTLs, corruption, concurrency, outages, and `license-gate cache`."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from license_gate.cli import main
from license_gate.models import Kind, RefKey, RepoRecord, Source, Unresolved
from license_gate.resolve import ResolveOptions, build_resolver
from license_gate.resolve.cache import Cache, default_cache_dir
from license_gate.resolve.progress import Progress
from tests.support.fakehub import FakeHub

ROOT = Path(__file__).resolve().parents[2]
ROBERTA = RefKey(Kind.MODEL, "deepset/roberta-base-squad2")


def build(hub: FakeHub, cache_dir: Path, **kw: object) -> object:
    options = ResolveOptions(
        endpoint=hub.url,
        cache_dir=cache_dir,
        budget=3.0,
        request_timeout=1.0,
        **kw,  # type: ignore[arg-type]
    )
    return build_resolver(options, progress=Progress(enabled=False))


def resolve_one(hub: FakeHub, cache_dir: Path, key: RefKey = ROBERTA, **kw: object) -> object:
    r = build(hub, cache_dir, **kw)
    return r.resolve_all([key])[key]  # type: ignore[attr-defined]


def test_second_run_is_served_from_the_cache(fake_hub: FakeHub, tmp_path: Path) -> None:
    first = resolve_one(fake_hub, tmp_path)
    second = resolve_one(fake_hub, tmp_path)
    assert isinstance(first, RepoRecord)
    assert isinstance(second, RepoRecord)
    assert first.source is Source.HUB
    assert second.source is Source.CACHE
    assert second.license == first.license
    assert second.sha == first.sha
    assert len(fake_hub.requests) == 1


def test_expired_entry_is_refetched(fake_hub: FakeHub, tmp_path: Path) -> None:
    resolve_one(fake_hub, tmp_path)
    again = resolve_one(fake_hub, tmp_path, ttl=0.0)
    assert isinstance(again, RepoRecord)
    assert again.source is Source.HUB
    assert len(fake_hub.requests) == 2


def test_not_found_is_cached_for_the_negative_ttl(fake_hub: FakeHub, tmp_path: Path) -> None:
    missing = RefKey(Kind.MODEL, "acme/typo-model")
    assert isinstance(resolve_one(fake_hub, tmp_path, missing), Unresolved)
    cached = resolve_one(fake_hub, tmp_path, missing)
    assert isinstance(cached, Unresolved)
    assert cached.reason == "not-found"
    assert len(fake_hub.requests) == 1
    fake_hub.add_model("acme/typo-model", license="mit")  # created since
    fresh = resolve_one(fake_hub, tmp_path, missing, negative_ttl=0.0)
    assert isinstance(fresh, RepoRecord)  # the shorter negative TTL lets it appear


def test_corrupted_or_truncated_entry_is_discarded_and_refetched(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    resolve_one(fake_hub, tmp_path)
    cache = Cache(tmp_path, endpoint=fake_hub.url, ttl=3600, negative_ttl=60)
    path = cache.path(ROBERTA)
    good = path.read_bytes()
    for damage in (good[: len(good) // 2], b"", b"\x00\xff garbage", b'{"version": 1}'):
        path.write_bytes(damage)
        value = resolve_one(fake_hub, tmp_path)
        assert isinstance(value, RepoRecord)
        assert value.source is Source.HUB
        assert json.loads(path.read_bytes())["status"] == "ok"  # rewritten whole
    assert len(fake_hub.requests) == 5


def test_cache_is_per_endpoint(fake_hub: FakeHub, tmp_path: Path) -> None:
    a = Cache(tmp_path, endpoint="https://huggingface.co", ttl=60, negative_ttl=60)
    b = Cache(tmp_path, endpoint="https://hub.internal.example", ttl=60, negative_ttl=60)
    a.put(ROBERTA, RepoRecord("deepset/roberta-base-squad2", Kind.MODEL, "cc-by-4.0", Source.HUB))
    assert a.get(ROBERTA) is not None
    assert b.get(ROBERTA) is None


def test_pinned_sha_never_goes_stale(tmp_path: Path) -> None:
    now = [1_000_000.0]
    cache = Cache(tmp_path, endpoint="http://x", ttl=10, negative_ttl=10, clock=lambda: now[0])
    pinned = RefKey(Kind.MODEL, "org/m", "a" * 40)
    branch = RefKey(Kind.MODEL, "org/m", "main")
    for key in (pinned, branch):
        cache.put(key, RepoRecord("org/m", Kind.MODEL, "mit", Source.HUB, revision=key.revision))
    now[0] += 3600
    hit_pinned, hit_branch = cache.get(pinned), cache.get(branch)
    assert hit_pinned is not None
    assert hit_pinned.fresh
    assert hit_branch is not None
    assert not hit_branch.fresh


def test_stale_answer_used_when_the_hub_is_down(fake_hub: FakeHub, tmp_path: Path) -> None:
    resolve_one(fake_hub, tmp_path)
    fake_hub.stop()
    r = build(fake_hub, tmp_path, ttl=0.0, use_snapshot=False)
    value = r.resolve_all([ROBERTA])[ROBERTA]  # type: ignore[attr-defined]
    assert isinstance(value, RepoRecord)
    assert value.source is Source.CACHE
    assert value.license == "cc-by-4.0"
    [note] = [n for n in r.notes() if n.code == "stale-cache"]  # type: ignore[attr-defined]
    assert note.level == "warning"
    assert "Hub unreachable" in note.message
    assert "cached Hub answers" in note.message


def test_offline_uses_the_cache_even_if_stale(fake_hub: FakeHub, tmp_path: Path) -> None:
    resolve_one(fake_hub, tmp_path)
    value = resolve_one(fake_hub, tmp_path, ttl=0.0, offline=True)
    assert isinstance(value, RepoRecord)
    assert value.source is Source.CACHE
    assert len(fake_hub.requests) == 1


def test_unwritable_cache_dir_costs_speed_not_correctness(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the cache directory should be")
    r = build(fake_hub, blocker)
    value = r.resolve_all([ROBERTA])[ROBERTA]  # type: ignore[attr-defined]
    assert isinstance(value, RepoRecord)
    assert any(n.code == "cache-unwritable" for n in r.notes())  # type: ignore[attr-defined]


_WORKER = """
import json, sys
from pathlib import Path
from license_gate.models import Kind, RefKey, RepoRecord
from license_gate.resolve import ResolveOptions, build_resolver
keys = [RefKey(Kind.MODEL, f"load/model-{i}") for i in range(30)]
o = ResolveOptions(endpoint=sys.argv[1], cache_dir=Path(sys.argv[2]), budget=20, concurrency=8)
out = build_resolver(o).resolve_all(keys)
print(json.dumps(sorted(v.license for v in out.values() if isinstance(v, RepoRecord))))
"""


def test_two_processes_share_a_cache_dir(fake_hub: FakeHub, tmp_path: Path) -> None:
    for i in range(30):
        fake_hub.add_model(f"load/model-{i}", license="apache-2.0" if i % 3 else "cc-by-nc-4.0")
    fake_hub.latency = 0.05
    cache = tmp_path / "shared"
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", _WORKER, fake_hub.url, str(cache)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
            cwd=ROOT,
            env=env,
        )
        for _ in range(2)
    ]
    outputs = [p.communicate(timeout=60) for p in procs]
    for p, (out, err) in zip(procs, outputs, strict=True):
        assert p.returncode == 0, err
        assert len(json.loads(out)) == 30
    assert outputs[0][0] == outputs[1][0]
    files = list((cache / "v1").glob("*/*.json"))
    assert len(files) == 30
    for f in files:
        assert json.loads(f.read_text())["status"] == "ok"
    assert not list((cache / "v1").glob("*/.tmp-*"))
    fake_hub.clear_requests()
    warm = subprocess.run(
        [sys.executable, "-c", _WORKER, fake_hub.url, str(cache)],
        capture_output=True, text=True, cwd=ROOT, env=env, check=True,
    )  # fmt: skip
    assert warm.stdout == outputs[0][0]
    assert fake_hub.requests == ()


def test_default_cache_dir(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setenv("LICENSE_GATE_CACHE_DIR", str(tmp_path / "explicit"))
    assert default_cache_dir() == tmp_path / "explicit"
    monkeypatch.delenv("LICENSE_GATE_CACHE_DIR")
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "xdg"))
    assert default_cache_dir() == tmp_path / "xdg" / "license-gate"
    monkeypatch.delenv("XDG_CACHE_HOME")
    monkeypatch.setenv("HOME", str(tmp_path / "home"))
    assert default_cache_dir() == tmp_path / "home" / ".cache" / "license-gate"


def test_cache_info_and_clear_commands(
    fake_hub: FakeHub,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    cache_dir = tmp_path / "cli-cache"
    monkeypatch.setenv("LICENSE_GATE_CACHE_DIR", str(cache_dir))
    monkeypatch.setenv("HF_ENDPOINT", fake_hub.url)
    resolve_one(fake_hub, cache_dir)
    resolve_one(fake_hub, cache_dir, RefKey(Kind.MODEL, "acme/missing"))
    assert main(["cache", "info", "--format", "json"]) == 0
    info = json.loads(capsys.readouterr().out)
    assert info["directory"] == str(cache_dir)
    assert (info["entries"], info["positive"], info["not_found"]) == (2, 1, 1)
    assert main(["cache", "info"]) == 0
    assert "entries: 2 (1 resolved, 1 not found)" in capsys.readouterr().out
    assert main(["cache", "clear"]) == 0
    assert "removed 2 cached answers" in capsys.readouterr().out
    assert main(["cache", "info", "--format", "json"]) == 0
    assert json.loads(capsys.readouterr().out)["entries"] == 0
    assert main(["cache"]) == 2
