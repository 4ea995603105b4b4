"""`license-gate lock`, `check --locked` and `drift` end to end: a real git repository, the real
CLI, the real huggingface_hub client against the fake Hub."""

from __future__ import annotations

import json
import subprocess
from pathlib import Path
from typing import Any

import pytest

from license_gate.cli import main
from license_gate.lockfile import LOCK_NAME, dump_lock, load_lock, parse_lock
from license_gate.resolve.cache import default_cache_dir
from tests.support.fakehub import FakeHub

APP = '''"""Translation service."""
from transformers import AutoModelForSeq2SeqLM, pipeline

translator = pipeline("translation", model="acme/nllb-200-support-ft")
encoder = AutoModelForSeq2SeqLM.from_pretrained("acme/sentence-encoder")
'''

TRAIN = """base_model: acme/sentence-encoder
dataset: acme/support-tickets
"""


def git(repo: Path, *args: str) -> None:
    subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True)


@pytest.fixture
def repo(hub_env: FakeHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    hub = hub_env
    hub.add_model(
        "acme/nllb-200-support-ft",
        license="apache-2.0",
        base_model="acme/nllb-200-base",
        datasets=["acme/support-tickets"],
    )
    hub.add_model("acme/nllb-200-base", license="apache-2.0")
    hub.add_model("acme/sentence-encoder", license="mit")
    hub.add_dataset("acme/support-tickets", license="cc-by-4.0")
    root = tmp_path / "repo"
    (root / "src" / "translate").mkdir(parents=True)
    (root / "src" / "translate" / "app.py").write_text(APP)
    (root / "configs").mkdir()
    (root / "configs" / "train.yaml").write_text(TRAIN)
    subprocess.run(["git", "init", "-q", str(root)], check=True)
    git(root, "add", ".")
    monkeypatch.chdir(root)
    return root


def findings(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, list[Any]]:
    code = main(["check", "--format", "json", *args])
    doc = json.loads(capsys.readouterr().out)
    rows = sorted(
        (f["path"], f["line"], f["identifier"], f["verdict"], f["license"], tuple(f["categories"]))
        for f in doc["findings"]
    )
    return code, rows


def test_lock_writes_every_id_with_lineage_deterministically(
    repo: Path, hub_env: FakeHub, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lock"]) == 0
    assert "wrote license-gate.lock: 4 entries" in capsys.readouterr().out
    text = (repo / LOCK_NAME).read_text()
    doc = json.loads(text)
    assert sorted(doc["entries"]) == [
        "dataset:acme/support-tickets",
        "model:acme/nllb-200-base",
        "model:acme/nllb-200-support-ft",
        "model:acme/sentence-encoder",
    ]
    ft = doc["entries"]["model:acme/nllb-200-support-ft"]
    assert ft["license"] == "apache-2.0"
    assert ft["sha"] == hub_env.body("acme/nllb-200-support-ft")["sha"]
    assert ft["base_models"] == [{"id": "acme/nllb-200-base", "relation": "finetune"}]
    assert ft["datasets"] == ["acme/support-tickets"]
    assert "permissive" in ft["categories"]
    assert "recorded" not in text
    assert "2026-" not in text  # no run dates
    assert text == dump_lock(parse_lock(text))  # canonical form
    before = (repo / LOCK_NAME).stat().st_mtime_ns
    assert main(["lock", "--refresh"]) == 0
    assert "is up to date" in capsys.readouterr().out
    assert (repo / LOCK_NAME).read_text() == text
    assert (repo / LOCK_NAME).stat().st_mtime_ns == before
    assert main(["lock", "--check"]) == 0


def test_lock_then_check_with_the_hub_stopped_gives_the_same_verdicts(
    repo: Path, hub_env: FakeHub, capsys: pytest.CaptureFixture[str]
) -> None:
    hub_env.add_model("acme/nllb-200-base", license="cc-by-nc-4.0")  # an NC base: a deny
    online = findings(capsys)
    assert online[0] == 1
    assert any(row[3] == "deny" for row in online[1])
    assert main(["lock"]) == 0
    capsys.readouterr()
    hub_env.stop()
    for path in default_cache_dir().glob("v1/*/*.json"):
        path.unlink()  # no cache to fall back on: only the lock
    assert findings(capsys, "--locked") == online
    assert findings(capsys) == online  # the lock also answers first in a normal run
    assert findings(capsys, "--offline") == online


def test_locked_with_a_missing_id_exits_3_naming_it(
    repo: Path, hub_env: FakeHub, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lock"]) == 0
    capsys.readouterr()
    hub_env.add_model("acme/reranker", license="apache-2.0")
    (repo / "src" / "translate" / "rerank.py").write_text(
        'from sentence_transformers import CrossEncoder\nreranker = CrossEncoder("acme/reranker")\n'
    )
    git(repo, "add", ".")
    hub_env.clear_requests()
    code = main(["check", "--locked"])
    out = capsys.readouterr()
    assert code == 3
    assert "acme/reranker" in out.out + out.err
    assert "not-locked" in out.out + out.err
    assert hub_env.requests == ()
    assert main(["lock", "--check"]) == 1
    assert "missing 1: acme/reranker" in capsys.readouterr().out


def test_lock_check_reports_stale_entries(repo: Path, capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["lock"]) == 0
    (repo / "configs" / "train.yaml").unlink()
    (repo / "src" / "translate" / "app.py").write_text(
        "from transformers import pipeline\n"
        't = pipeline("translation", model="acme/nllb-200-support-ft")\n'
    )
    git(repo, "add", "-A")
    capsys.readouterr()
    assert main(["lock", "--check"]) == 1
    assert "stale (no longer referenced) 1: model:acme/sentence-encoder" in capsys.readouterr().out
    assert main(["lock"]) == 0
    assert "3 entries (0 added, 1 removed)" in capsys.readouterr().out


def test_lock_is_not_written_when_the_hub_is_unreachable(
    repo: Path, hub_env: FakeHub, capsys: pytest.CaptureFixture[str]
) -> None:
    hub_env.stop()
    assert main(["lock", "--network-budget", "2"]) == 3
    err = capsys.readouterr().err
    assert "not written" in err
    assert "acme/nllb-200-support-ft" in err
    assert not (repo / LOCK_NAME).exists()
    assert main(["lock", "--check"]) == 1


def test_malformed_lock_is_a_configuration_error(
    repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    (repo / LOCK_NAME).write_text('{\n  "version": 1,\n  "entries": {\n    "model:x": [\n')
    assert main(["check", "--locked"]) == 2
    assert "license-gate.lock:5" in capsys.readouterr().err
    (repo / LOCK_NAME).write_text('{"version": 1, "entries": {"model:x/y": {"id": 3}}}\n')
    assert main(["lock", "--check"]) == 2
    assert "entry 'model:x/y'" in capsys.readouterr().err


def test_drift_reports_a_license_change_with_its_commit(
    repo: Path, hub_env: FakeHub, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lock"]) == 0
    capsys.readouterr()
    assert main(["drift"]) == 0
    assert "0 change(s)" in capsys.readouterr().out
    hub_env.update_card("acme/sentence-encoder", title="Update README.md")  # unrelated commit
    new_sha = hub_env.set_license("acme/sentence-encoder", "cc-by-nc-4.0")
    hub_env.update_card(
        "acme/sentence-encoder", title="Add eval results", pipeline_tag="sentence-similarity"
    )
    assert main(["drift", "--format", "json"]) == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["stricter"] is True
    [change] = doc["changes"]
    assert change["identifier"] == "acme/sentence-encoder"
    assert change["fields"]["license"] == {"old": "mit", "new": "cc-by-nc-4.0"}
    assert "non-commercial" in change["categories"]["new"]
    assert change["stricter"] is True
    assert change["commit"]["id"] == new_sha
    assert change["commit"]["title"] == "Update license to cc-by-nc-4.0"
    assert any(
        v.startswith("src/translate/app.py:5: acme/sentence-encoder allow -> deny")
        for v in doc["verdicts"]
    ), doc["verdicts"]
    assert main(["drift", "--format", "markdown"]) == 1
    md = capsys.readouterr().out
    assert "| `acme/sentence-encoder` |" in md
    assert "**yes**" in md


def test_drift_through_lineage_and_loosening(
    repo: Path, hub_env: FakeHub, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["lock"]) == 0
    hub_env.set_license("acme/nllb-200-base", "cc-by-nc-4.0")  # only the base changes
    capsys.readouterr()
    assert main(["drift"]) == 1
    out = capsys.readouterr().out
    assert "STRICTER acme/nllb-200-base" in out
    assert "license: apache-2.0 -> cc-by-nc-4.0" in out
    assert main(["lock"]) == 0
    hub_env.set_license("acme/nllb-200-base", "apache-2.0")  # relicensed permissively
    capsys.readouterr()
    assert main(["drift"]) == 0
    assert "license: cc-by-nc-4.0 -> apache-2.0" in capsys.readouterr().out


def test_drift_needs_a_lock_and_the_hub(
    repo: Path, hub_env: FakeHub, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["drift"]) == 2
    assert "license-gate lock" in capsys.readouterr().err
    assert main(["lock"]) == 0
    hub_env.stop()
    capsys.readouterr()
    assert main(["drift", "--network-budget", "2"]) == 3
    assert "could not check" in capsys.readouterr().out
    assert load_lock(repo) is not None


def test_warm_check_makes_no_request(
    repo: Path, hub_env: FakeHub, capsys: pytest.CaptureFixture[str]
) -> None:
    cold = findings(capsys)
    assert len(hub_env.requests) >= 4  # the two references, a base model, a dataset
    hub_env.clear_requests()
    assert findings(capsys) == cold
    assert hub_env.requests == ()


def test_two_concurrent_checks_share_a_cache_dir(repo: Path, hub_env: FakeHub) -> None:
    import os
    import sys

    hub_env.latency = 0.05
    root = Path(__file__).resolve().parents[2]
    env = {**os.environ, "PYTHONPATH": str(root)}
    cmd = [sys.executable, "-m", "license_gate", "check", "--format", "json"]
    procs = [
        subprocess.Popen(cmd, cwd=repo, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
        for _ in range(2)
    ]
    outs = [p.communicate(timeout=60) for p in procs]
    assert [p.returncode for p in procs] == [0, 0], [err for _, err in outs]
    docs = [json.loads(out) for out, _ in outs]
    keep = ("path", "line", "identifier", "verdict", "license", "categories", "rule")
    # "source" may differ: one process may read what the other just cached
    a, b = ([{k: f[k] for k in keep} for f in d["findings"]] for d in docs)
    assert a == b
    assert {f["identifier"] for f in docs[0]["findings"]} >= {
        "acme/nllb-200-support-ft",
        "acme/sentence-encoder",
    }
    for entry in default_cache_dir().glob("v1/*/*.json"):
        assert json.loads(entry.read_text())["status"] == "ok"


def test_check_with_a_hanging_hub_ends_within_the_budget(
    repo: Path, hub_env: FakeHub, capsys: pytest.CaptureFixture[str]
) -> None:
    import time

    hub_env.hang("*")
    start = time.monotonic()
    code = main(["check", "--network-budget", "1.5"])
    assert time.monotonic() - start < 1.5 + 1.5  # the budget plus scanning and a margin
    out = capsys.readouterr()
    assert code == 3  # undecided: nothing known about these ids without the Hub
    assert "Hub unreachable" in out.out + out.err
