"""The resolver chain with the real huggingface_hub client against the fake Hub."""

from __future__ import annotations

import io
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

import license_gate.resolve as resolve_pkg
from license_gate.models import Edge, Kind, RefKey, RepoRecord, Source, Unresolved
from license_gate.resolve import ResolveOptions, build_resolver
from license_gate.resolve.chain import ChainResolver
from license_gate.resolve.progress import Progress
from tests.support.fakehub import FakeHub, closed_port_url

M = Kind.MODEL
ROOT = Path(__file__).resolve().parents[2]


def opts(endpoint: str, tmp_path: Path, **kw: Any) -> ResolveOptions:
    kw.setdefault("budget", 10.0)
    kw.setdefault("request_timeout", 5.0)
    return ResolveOptions(endpoint=endpoint, cache_dir=tmp_path / "cache", **kw)


def resolver(endpoint: str, tmp_path: Path, **kw: Any) -> ChainResolver:
    declared = kw.pop("declared", None)
    lock = kw.pop("lock", None)
    return build_resolver(
        opts(endpoint, tmp_path, **kw),
        declared=declared,
        lock=lock,
        progress=Progress(enabled=False),
    )


def model(ident: str, revision: str | None = None) -> RefKey:
    return RefKey(M, ident, revision)


def test_basic_resolution_and_sources(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_model(
        "facebook/nllb-200-distilled-600M", license="cc-by-nc-4.0", datasets=["facebook/flores"]
    )
    fake_hub.add_dataset("facebook/flores", license="cc-by-sa-4.0")
    r = resolver(fake_hub.url, tmp_path)
    keys = [model("facebook/nllb-200-distilled-600M"), RefKey(Kind.DATASET, "facebook/flores")]
    out = r.resolve_all(keys)
    nllb = out[keys[0]]
    assert isinstance(nllb, RepoRecord)
    assert nllb.license == "cc-by-nc-4.0"
    assert nllb.source is Source.HUB
    assert nllb.datasets == ("facebook/flores",)
    flores = out[keys[1]]
    assert isinstance(flores, RepoRecord)
    assert flores.kind is Kind.DATASET
    assert flores.license == "cc-by-sa-4.0"
    assert r.notes() == ()
    paths = sorted(req.path for req in fake_hub.requests)
    assert paths == [
        "/api/datasets/facebook/flores",
        "/api/models/facebook/nllb-200-distilled-600M",
    ]
    expand = next(q.query for q in fake_hub.requests if q.path.startswith("/api/models"))["expand"]
    assert set(expand) >= {"cardData", "baseModels", "sha", "gated"}


def test_legacy_id_follows_the_redirect(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_model("openai-community/gpt2", license="mit", aliases=["gpt2-legacy-alias"])
    out = resolver(fake_hub.url, tmp_path).resolve_all([model("gpt2-legacy-alias")])
    rec = out[model("gpt2-legacy-alias")]
    assert isinstance(rec, RepoRecord)
    assert rec.identifier == "openai-community/gpt2"
    assert [r.status for r in fake_hub.requests] == [307, 200]


def test_known_legacy_id_costs_no_redirect(fake_hub: FakeHub, tmp_path: Path) -> None:
    rec = resolver(fake_hub.url, tmp_path).resolve_all([model("bert-base-uncased")])
    assert isinstance(rec[model("bert-base-uncased")], RepoRecord)
    assert rec[model("bert-base-uncased")].identifier == "google-bert/bert-base-uncased"  # type: ignore[union-attr]
    assert len(fake_hub.requests) in (1, 2)  # 1 when the scanner's legacy table knows it


def test_not_found_mentions_typo_private_and_token(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_model("acme/internal-ranker", license="other", private=True)
    r = resolver(fake_hub.url, tmp_path)
    out = r.resolve_all([model("acme/does-not-exist"), model("acme/internal-ranker")])
    for res in out.values():
        assert isinstance(res, Unresolved)
        assert res.reason == "not-found"
        assert "typo" in res.detail
        assert "private" in res.detail
        assert "HF_TOKEN" in res.detail
    assert {r.status for r in fake_hub.requests} <= {401, 404}  # 404 if a token was sent


def test_token_reads_private_repo(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_model("acme/internal-ranker", license="apache-2.0", private=True)
    r = resolver(fake_hub.url, tmp_path, token="hf_test_token")
    rec = r.resolve_all([model("acme/internal-ranker")])[model("acme/internal-ranker")]
    assert isinstance(rec, RepoRecord)
    assert rec.license == "apache-2.0"
    assert fake_hub.requests[0].headers["authorization"] == "Bearer hf_test_token"


def test_bad_token_is_an_error_not_a_pass(fake_hub: FakeHub, tmp_path: Path) -> None:
    r = resolver(fake_hub.url, tmp_path, token="hf_revoked")
    res = r.resolve_all([model("deepset/roberta-base-squad2")])[
        model("deepset/roberta-base-squad2")
    ]
    assert isinstance(res, Unresolved)
    assert res.reason == "error"
    assert "HF_TOKEN" in res.detail


def test_gated_repo_resolves(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_model(
        "meta-llama/Llama-3.1-8B-Instruct", license="llama3.1", gated="manual",
        base_model="meta-llama/Llama-3.1-8B",
    )  # fmt: skip
    rec = resolver(fake_hub.url, tmp_path).resolve_all([model("meta-llama/Llama-3.1-8B-Instruct")])
    value = rec[model("meta-llama/llama-3.1-8b-instruct")]
    assert isinstance(value, RepoRecord)
    assert value.gated
    assert value.license == "llama3.1"
    assert value.base_models == (Edge("meta-llama/Llama-3.1-8B", "finetune"),)


def test_disabled_repo(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_model("someone/taken-down", license="mit", disabled=True)
    res = resolver(fake_hub.url, tmp_path).resolve_all([model("someone/taken-down")])
    value = res[model("someone/taken-down")]
    assert isinstance(value, Unresolved)
    assert value.reason == "not-found"
    assert "disabled" in value.detail


def test_revision_pinned_and_missing(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_model("tiiuae/falcon-7b", license="other", license_name="falcon-llm-license")
    first = fake_hub.body("tiiuae/falcon-7b")["sha"]
    fake_hub.set_license("tiiuae/falcon-7b", "apache-2.0")
    r = resolver(fake_hub.url, tmp_path)
    out = r.resolve_all([model("tiiuae/falcon-7b", first), model("tiiuae/falcon-7b", "0" * 40)])
    pinned = out[model("tiiuae/falcon-7b", first)]
    assert isinstance(pinned, RepoRecord)
    assert pinned.license == "other"
    assert pinned.revision == first
    missing = out[model("tiiuae/falcon-7b", "0" * 40)]
    assert isinstance(missing, Unresolved)
    assert missing.reason == "not-found"
    assert "revision" in missing.detail


def test_invalid_ids_and_services_make_no_request(fake_hub: FakeHub, tmp_path: Path) -> None:
    r = resolver(fake_hub.url, tmp_path)
    out = r.resolve_all([model("not..valid"), RefKey(Kind.SERVICE, "gpt-4o"), model("-bad-")])
    assert {v.reason for v in out.values() if isinstance(v, Unresolved)} == {"invalid"}
    assert len(out) == 3
    assert fake_hub.requests == ()


def test_duplicates_are_asked_once(fake_hub: FakeHub, tmp_path: Path) -> None:
    keys = [model("Deepset/Roberta-Base-Squad2"), model("deepset/roberta-base-squad2")]
    r = resolver(fake_hub.url, tmp_path)
    out = r.resolve_all(keys)
    assert len(fake_hub.requests) == 1
    assert out[keys[0]] == out[keys[1]]
    r.resolve_all(keys)  # memoised for the run
    assert len(fake_hub.requests) == 1


def test_connection_refused_fails_fast(tmp_path: Path) -> None:
    keys = [model(f"org/model-{i}") for i in range(40)]
    start = time.monotonic()
    r = resolver(closed_port_url(), tmp_path, budget=10.0)
    out = r.resolve_all(keys)
    assert time.monotonic() - start < 1.5
    assert {v.reason for v in out.values() if isinstance(v, Unresolved)} == {"unreachable"}
    assert len(out) == 40
    assert r.requests < 40  # the first refusals mark the Hub down
    [note] = [n for n in r.notes() if n.code == "resolve-unreachable"]
    assert "40 ids could not be resolved" in note.message
    assert "Connection refused" in note.message or "ConnectError" in note.message


def test_hanging_hub_is_bounded_by_the_budget(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.hang("*")
    keys = [model("deepset/roberta-base-squad2"), model("stabilityai/stable-diffusion-2-1")]
    start = time.monotonic()
    r = resolver(fake_hub.url, tmp_path, budget=1.2, request_timeout=10.0, use_snapshot=False)
    out = r.resolve_all(keys)
    elapsed = time.monotonic() - start
    assert elapsed < 1.2 + 1.0  # the budget plus a small margin
    assert all(isinstance(v, Unresolved) and v.reason == "unreachable" for v in out.values())


def test_single_slow_answer_retried_within_budget(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.hang("deepset/roberta-base-squad2", times=1)
    r = resolver(fake_hub.url, tmp_path, budget=4.0, request_timeout=0.4)
    out = r.resolve_all([model("deepset/roberta-base-squad2")])
    value = out[model("deepset/roberta-base-squad2")]
    assert isinstance(value, RepoRecord)
    assert value.source is Source.HUB
    assert r.requests == 2  # the hung one is still open on the server until it stops


def test_500_then_success(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.fail_next("deepset/roberta-base-squad2", 500, times=2)
    r = resolver(fake_hub.url, tmp_path)
    out = r.resolve_all([model("deepset/roberta-base-squad2")])
    assert isinstance(out[model("deepset/roberta-base-squad2")], RepoRecord)
    statuses = [q.status for q in fake_hub.requests]
    assert statuses.count(500) == 2
    assert 200 in statuses
    assert r.requests == 3


def test_persistent_500_gives_up(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.fail_next("*", 503, times=None)
    r = resolver(fake_hub.url, tmp_path, budget=8.0, use_snapshot=False)
    out = r.resolve_all([model("deepset/roberta-base-squad2")])
    value = out[model("deepset/roberta-base-squad2")]
    assert isinstance(value, Unresolved)
    assert value.reason == "unreachable"
    assert "503" in value.detail
    assert len(fake_hub.requests) == 4  # bounded attempts


def test_429_then_success_honours_retry_after(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.fail_next("deepset/roberta-base-squad2", 429, retry_after=1)
    start = time.monotonic()
    r = resolver(fake_hub.url, tmp_path)
    out = r.resolve_all([model("deepset/roberta-base-squad2")])
    assert isinstance(out[model("deepset/roberta-base-squad2")], RepoRecord)
    first = next(q for q in fake_hub.requests if q.status == 429)
    second = next(q for q in fake_hub.requests if q.status == 200)
    assert second.time - first.time >= 0.95  # waited for Retry-After
    assert r.requests == 2
    assert time.monotonic() - start < 4
    assert any(n.code == "rate-limited" for n in r.notes())


def test_retry_after_beyond_budget_does_not_wait(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.fail_next("*", 429, times=None, retry_after=60)
    start = time.monotonic()
    r = resolver(fake_hub.url, tmp_path, budget=3.0, use_snapshot=False)
    out = r.resolve_all([model("deepset/roberta-base-squad2")])
    assert time.monotonic() - start < 1.0
    value = out[model("deepset/roberta-base-squad2")]
    assert isinstance(value, Unresolved)
    assert "Retry-After 60" in value.detail


def test_snapshot_answers_when_the_hub_is_down(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    snap = {
        "facebook/nllb-200-distilled-600m": RepoRecord(
            "facebook/nllb-200-distilled-600M", M, "cc-by-nc-4.0", Source.SNAPSHOT,
            recorded="2026-11-20",
        )
    }  # fmt: skip
    monkeypatch.setattr(
        resolve_pkg, "snapshot_lookup", lambda: lambda key: snap.get(key.identifier.lower())
    )
    r = resolver(closed_port_url(), tmp_path)
    out = r.resolve_all([model("facebook/nllb-200-distilled-600M"), model("org/unknown")])
    rec = out[model("facebook/nllb-200-distilled-600M")]
    assert isinstance(rec, RepoRecord)
    assert rec.source is Source.SNAPSHOT
    unknown = out[model("org/unknown")]
    assert isinstance(unknown, Unresolved)
    assert unknown.reason == "unreachable"
    fallback = next(n for n in r.notes() if n.code == "resolve-fallback")
    assert fallback.level == "warning"
    assert "Hub unreachable" in fallback.message
    assert "1 id answered from the bundled snapshot recorded 2026-11-20" in fallback.message


def test_offline_makes_no_request(fake_hub: FakeHub, tmp_path: Path) -> None:
    r = resolver(fake_hub.url, tmp_path, offline=True)
    out = r.resolve_all([model("deepset/roberta-base-squad2")])
    value = out[model("deepset/roberta-base-squad2")]
    assert isinstance(value, Unresolved) or value.source is Source.SNAPSHOT
    assert fake_hub.requests == ()
    assert r.fetcher is None


def test_hf_hub_offline_env_means_offline(
    fake_hub: FakeHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("HF_HUB_OFFLINE", "1")
    r = resolver(fake_hub.url, tmp_path)
    r.resolve_all([model("org/anything")])
    assert fake_hub.requests == ()


def test_declarations_and_lock_come_first(fake_hub: FakeHub, tmp_path: Path) -> None:
    from license_gate.lockfile import Lockfile

    fake_hub.add_model("acme/declared", license="cc-by-nc-4.0")
    declared = {
        "acme/declared": RepoRecord("acme/declared", M, "apache-2.0", Source.POLICY, note="ok'd")
    }
    locked = RepoRecord("acme/locked", M, "mit", Source.HUB, sha="c" * 40)
    lock = Lockfile.from_resolutions({model("acme/locked"): locked})
    r = resolver(
        fake_hub.url, tmp_path, declared=lambda k: declared.get(k.identifier.lower()), lock=lock
    )
    out = r.resolve_all([model("acme/declared"), model("acme/locked")])
    assert out[model("acme/declared")].source is Source.POLICY  # type: ignore[union-attr]
    assert out[model("acme/locked")].source is Source.LOCK  # type: ignore[union-attr]
    assert fake_hub.requests == ()


def test_locked_mode_only_uses_policy_and_lock(fake_hub: FakeHub, tmp_path: Path) -> None:
    from license_gate.lockfile import Lockfile

    locked = RepoRecord("acme/locked", M, "mit", Source.HUB, sha="c" * 40)
    lock = Lockfile.from_resolutions({model("acme/locked"): locked})
    r = resolver(fake_hub.url, tmp_path, locked=True, lock=lock)
    out = r.resolve_all([model("acme/locked"), model("deepset/roberta-base-squad2")])
    missing = out[model("deepset/roberta-base-squad2")]
    assert isinstance(missing, Unresolved)
    assert missing.reason == "not-locked"
    assert fake_hub.requests == ()
    [note] = [n for n in r.notes() if n.code == "not-locked"]
    assert "deepset/roberta-base-squad2" in note.message
    assert "license-gate lock" in note.message


def test_concurrency_beats_sequential(fake_hub: FakeHub, tmp_path: Path) -> None:
    for i in range(40):
        fake_hub.add_model(f"bench/model-{i}", license="apache-2.0")
    fake_hub.latency = 0.1
    start = time.monotonic()
    r = resolver(fake_hub.url, tmp_path, concurrency=16)
    out = r.resolve_all([model(f"bench/model-{i}") for i in range(40)])
    elapsed = time.monotonic() - start
    assert all(isinstance(v, RepoRecord) for v in out.values())
    assert len(fake_hub.requests) == 40
    assert elapsed < 40 * 0.1 / 2  # a sequential client needs 4 s


class Tty(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_progress_only_on_a_tty_after_the_delay(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CI", raising=False)  # CI itself sets CI=true, which disables progress
    monkeypatch.delenv("TERM", raising=False)

    quiet = io.StringIO()
    Progress(quiet, delay=0)(1, 2)
    assert quiet.getvalue() == ""
    tty = Tty()
    p = Progress(tty, delay=0)
    p(1, 2)
    p.close()
    assert "1/2" in tty.getvalue()
    late = Tty()
    Progress(late, delay=60)(1, 2)
    assert late.getvalue() == ""


def test_no_progress_in_ci_logs_even_on_a_tty(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CI", "true")
    tty = Tty()
    Progress(tty, delay=0)(1, 2)
    assert tty.getvalue() == ""


def test_offline_and_warm_runs_never_import_huggingface_hub(
    fake_hub: FakeHub, tmp_path: Path
) -> None:
    script = (
        "import sys\n"
        "from pathlib import Path\n"
        "from license_gate.models import Kind, RefKey\n"
        "from license_gate.resolve import ResolveOptions, build_resolver\n"
        "offline = sys.argv[2] == 'offline'\n"
        "o = ResolveOptions(endpoint=sys.argv[1], cache_dir=Path(sys.argv[3]), offline=offline)\n"
        "r = build_resolver(o)\n"
        "out = r.resolve_all([RefKey(Kind.MODEL, 'deepset/roberta-base-squad2')])\n"
        "print(type(next(iter(out.values()))).__name__, 'huggingface_hub' in sys.modules)\n"
    )
    cache = str(tmp_path / "cache")

    def run(mode: str) -> str:
        return subprocess.run(
            [sys.executable, "-c", script, fake_hub.url, mode, cache],
            capture_output=True, text=True, check=True, cwd=ROOT,
            env={"PYTHONPATH": str(ROOT), "PATH": "/usr/bin:/bin", "HOME": str(tmp_path)},
        ).stdout.strip()  # fmt: skip

    assert run("offline").endswith("False")
    assert fake_hub.requests == ()
    assert run("online") == "RepoRecord True"  # cold: asks the Hub
    assert len(fake_hub.requests) == 1
    assert run("online") == "RepoRecord False"  # warm: no import, no request
    assert len(fake_hub.requests) == 1


def test_the_budget_is_for_the_whole_run(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.hang("stabilityai/stable-diffusion-2-1", times=None)
    r = resolver(fake_hub.url, tmp_path, budget=1.0, use_snapshot=False)
    start = time.monotonic()
    first = r.resolve_all([model("stabilityai/stable-diffusion-2-1")])
    assert isinstance(first[model("stabilityai/stable-diffusion-2-1")], Unresolved)
    second = r.resolve_all([model("deepset/roberta-base-squad2")])  # lineage asks again later
    assert time.monotonic() - start < 1.0 + 1.0
    value = second[model("deepset/roberta-base-squad2")]
    assert isinstance(value, Unresolved)
    assert value.reason == "unreachable"


def test_spaces_resolve(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.add_space("acme/demo", license="mit", models=["acme/encoder"])
    key = RefKey(Kind.SPACE, "acme/demo")
    rec = resolver(fake_hub.url, tmp_path).resolve_all([key])[key]
    assert isinstance(rec, RepoRecord)
    assert rec.kind is Kind.SPACE
    assert rec.license == "mit"
    assert fake_hub.requests[0].path == "/api/spaces/acme/demo"


def test_dropped_connection_is_retried(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.fail_next("deepset/roberta-base-squad2", "reset")
    r = resolver(fake_hub.url, tmp_path)
    value = r.resolve_all([model("deepset/roberta-base-squad2")])[
        model("deepset/roberta-base-squad2")
    ]
    assert isinstance(value, RepoRecord)
    assert value.source is Source.HUB
    assert r.requests == 2


def test_a_proxy_login_page_is_not_the_hub(fake_hub: FakeHub, tmp_path: Path) -> None:
    fake_hub.fail_next("*", "html", times=None)
    r = resolver(fake_hub.url, tmp_path, use_snapshot=False)
    keys = [model("deepset/roberta-base-squad2"), model("stabilityai/stable-diffusion-2-1")]
    out = r.resolve_all(keys)
    for value in out.values():
        assert isinstance(value, Unresolved)
        assert value.reason == "unreachable"
        assert "not JSON" in value.detail
    assert r.requests <= 4  # marked down after the first page, not retried per id
