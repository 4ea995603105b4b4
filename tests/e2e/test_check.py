"""`license-gate check` end to end: real git repositories, the real huggingface_hub client
against the local Hub imitation, and the CLI's exit codes and output contracts."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from license_gate.cli import main
from tests.e2e.gitrepo import make_repo
from tests.support.fakehub import FakeHub

NLLB = "facebook/nllb-200-distilled-600M"
APP = f'from transformers import pipeline\n\ntranslator = pipeline("translation", model="{NLLB}")\n'
EMBED = (
    "from sentence_transformers import SentenceTransformer\n\n"
    'model = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2")\n'
)


@pytest.fixture
def hub(hub_env: FakeHub) -> FakeHub:
    hub_env.add_model(NLLB, license="cc-by-nc-4.0", pipeline_tag="translation")
    hub_env.add_model("sentence-transformers/all-MiniLM-L6-v2", license="apache-2.0")
    hub_env.add_model("meta-llama/Llama-2-7b-hf", license="llama2", gated="manual")
    hub_env.add_model("acme/nc-base", license="cc-by-nc-4.0")
    hub_env.add_model(
        "someone/helpful-finetune",
        license="apache-2.0",
        base_model="acme/nc-base",
        base_model_relation="finetune",
    )
    return hub_env


def run(repo: Path, monkeypatch: pytest.MonkeyPatch, *args: str) -> int:
    monkeypatch.chdir(repo)
    return main(["check", *args])


def test_nc_model_in_production_is_denied_with_location_rule_and_hint(
    hub: FakeHub,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    repo = make_repo(tmp_path / "repo", {"src/app.py": APP, "src/embed.py": EMBED})
    assert run(repo, monkeypatch) == 1
    out = capsys.readouterr().out
    line = next(ln for ln in out.splitlines() if "DENY" in ln)
    col = APP.splitlines()[2].index(NLLB) + 1
    assert line.startswith(f"src/app.py:3:{col}: DENY {NLLB} (cc-by-nc-4.0) [no-nc-in-production]")
    assert "all-MiniLM" not in out.split("DENY")[0]
    assert "license-gate exception new" in out


def test_permissive_model_passes_quietly(
    hub: FakeHub,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    repo = make_repo(tmp_path / "repo", {"src/embed.py": EMBED})
    assert run(repo, monkeypatch) == 0
    out = capsys.readouterr().out
    assert "DENY" not in out
    assert "WARN" not in out
    assert len(out.strip().splitlines()) <= 2


def test_outside_production_the_same_model_only_warns(
    hub: FakeHub,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    repo = make_repo(tmp_path / "repo", {"tests/test_app.py": APP, "notebooks/README.md": "x"})
    assert run(repo, monkeypatch) == 0
    assert "WARN" in capsys.readouterr().out


def test_json_contract_and_lineage_of_a_relabelled_finetune(
    hub: FakeHub,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    src = (
        "from transformers import AutoModel\n"
        'm = AutoModel.from_pretrained("someone/helpful-finetune")\n'
    )
    repo = make_repo(tmp_path / "repo", {"service/model.py": src, "src/embed.py": EMBED})
    assert run(repo, monkeypatch, "--format", "json") == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["version"] == 1
    assert doc["summary"] == {"deny": 1, "warn": 0, "allow": 1, "excepted": 0, "unresolved": 0}
    denied = next(f for f in doc["findings"] if f["verdict"] == "deny")
    assert denied["path"] == "service/model.py"
    assert (denied["line"], denied["column"]) == (2, src.splitlines()[1].index("someone") + 1)
    assert denied["identifier"] == "someone/helpful-finetune"
    assert denied["kind"] == "model"
    assert denied["license"] == "apache-2.0"
    assert "non-commercial" in denied["categories"]
    assert denied["rule"] == "no-nc-in-production"
    assert denied["lineage"][-1]["identifier"] == "acme/nc-base"
    assert denied["lineage"][-1]["license"] == "cc-by-nc-4.0"
    for f in doc["findings"]:
        assert {
            "path",
            "line",
            "column",
            "identifier",
            "kind",
            "license",
            "categories",
            "verdict",
            "rule",
            "message",
            "lineage",
        } <= set(f)


def test_a_typo_is_unresolved_and_denied_in_production(
    hub: FakeHub,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    src = (
        "from transformers import AutoModel\n"
        'm = AutoModel.from_pretrained("facebok/nllb-200-distilled-600M")\n'
    )
    repo = make_repo(tmp_path / "repo", {"src/model.py": src})
    assert run(repo, monkeypatch, "--format", "json") == 1
    finding = json.loads(capsys.readouterr().out)["findings"][0]
    assert finding["verdict"] == "deny"
    assert finding["license"] is None
    assert "HF_TOKEN" in finding["message"]


def test_hub_down_falls_back_to_the_cache(
    hub: FakeHub,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    repo = make_repo(tmp_path / "repo", {"src/app.py": APP, "src/embed.py": EMBED})
    assert run(repo, monkeypatch) == 1
    capsys.readouterr()
    hub.stop()
    assert run(repo, monkeypatch, "--format", "json") == 1
    doc = json.loads(capsys.readouterr().out)
    assert doc["summary"]["deny"] == 1
    assert doc["summary"]["allow"] == 1


def test_offline_makes_no_request_and_unknown_ids_are_undecided(
    hub: FakeHub,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    src = 'from transformers import AutoModel\nm = AutoModel.from_pretrained("acme/nc-base")\n'
    repo = make_repo(tmp_path / "repo", {"src/model.py": src})
    assert run(repo, monkeypatch, "--offline") == 3
    assert hub.request_count() == 0
    capsys.readouterr()


def test_hub_that_never_answers_is_bounded_by_the_budget(
    hub: FakeHub,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    src = 'from transformers import AutoModel\nm = AutoModel.from_pretrained("acme/nc-base")\n'
    repo = make_repo(tmp_path / "repo", {"src/model.py": src})
    hub.hang()
    start = time.monotonic()
    code = run(repo, monkeypatch, "--network-budget", "2")
    elapsed = time.monotonic() - start
    assert code == 3
    assert elapsed < 2 + 3.0
    capsys.readouterr()


def test_connection_refused_uses_the_snapshot_and_says_so(
    closed_port: str,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.setenv("HF_ENDPOINT", closed_port)
    repo = make_repo(tmp_path / "repo", {"src/app.py": APP})
    start = time.monotonic()
    assert run(repo, monkeypatch) == 1
    assert time.monotonic() - start < 5
    out = capsys.readouterr()
    text = out.out + out.err
    assert f"DENY {NLLB} (cc-by-nc-4.0)" in text
    assert "snapshot" in text


def test_server_error_is_not_an_allow(
    hub: FakeHub,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    src = 'from transformers import AutoModel\nm = AutoModel.from_pretrained("acme/nc-base")\n'
    repo = make_repo(tmp_path / "repo", {"src/model.py": src})
    hub.fail_next("acme/nc-base", 500, times=None)
    code = run(repo, monkeypatch, "--network-budget", "3")
    assert code == 3
    capsys.readouterr()


def test_bad_files_are_skipped_or_read_leniently_never_a_traceback(
    hub: FakeHub,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    repo = make_repo(tmp_path / "repo", {"src/embed.py": EMBED, "empty.py": ""})
    (repo / "weights.bin").write_bytes(b"\x00\x01\x02" * 1000)
    (repo / "latin1.py").write_bytes(b'# caf\xe9\nm = AutoModel.from_pretrained("acme/nc-base")\n')
    (repo / "huge.txt").write_bytes(b"x" * (3 * 1024 * 1024))
    code = run(repo, monkeypatch, "--format", "json")
    out = capsys.readouterr()
    assert "Traceback" not in out.err + out.out
    doc = json.loads(out.out)
    ids = {f["identifier"] for f in doc["findings"]}
    assert "acme/nc-base" in ids
    assert code == 1


def test_malformed_policy_exits_2_naming_file_and_line(
    hub: FakeHub,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    policy = "version: 1\nrules:\n  - id: x\n    action: block\n"
    repo = make_repo(tmp_path / "repo", {"src/embed.py": EMBED, ".license-gate.yaml": policy})
    assert run(repo, monkeypatch) == 2
    err = capsys.readouterr().err
    assert ".license-gate.yaml:4:" in err
    assert "Traceback" not in err


def test_scan_json_contract(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo(tmp_path / "repo", {"src/app.py": APP})
    monkeypatch.chdir(repo)
    assert main(["scan", "--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["version"] == 1
    ref = doc["references"][0]
    assert ref["identifier"] == NLLB
    assert ref["kind"] == "model"
    assert ref["text"] == NLLB
    assert (ref["path"], ref["line"]) == ("src/app.py", 3)


def test_usage_error_is_exit_2(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", "--format", "pdf"]) == 2
    assert main(["no-such-command"]) == 2
    capsys.readouterr()


def test_license_gates_own_files_are_not_scanned(
    hub: FakeHub,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    policy = (
        "version: 1\nextends: builtin:no-nc-in-production\n"
        'models:\n  "facebook/nllb-200-distilled-600M": {license: cc-by-nc-4.0}\n'
    )
    repo = make_repo(
        tmp_path / "repo",
        {
            ".license-gate.yaml": policy,
            ".license-gate/README.txt": f"We reviewed {NLLB} in LEGAL-42.\n",
            "src/embed.py": EMBED,
        },
    )
    assert run(repo, monkeypatch, "--format", "json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert {f["path"] for f in doc["findings"]} == {"src/embed.py"}


def test_deny_caused_only_by_an_unreachable_base_is_undecided(
    hub: FakeHub,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    src = (
        "from peft import PeftModel\n"
        'm = PeftModel.from_pretrained(base, "someone/helpful-finetune")\n'
    )
    repo = make_repo(tmp_path / "repo", {"src/model.py": src})
    hub.fail_next("acme/nc-base", 500, times=None)
    assert run(repo, monkeypatch, "--network-budget", "3", "--format", "json") == 3
    finding = json.loads(capsys.readouterr().out)["findings"][0]
    assert finding["verdict"] == "deny"
    assert finding["lineage"][-1]["identifier"] == "acme/nc-base"


def test_in_house_models_declared_proprietary_in_the_policy_are_allowed(
    hub: FakeHub,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    policy = (
        "version: 1\nextends: builtin:no-nc-in-production\n"
        'models:\n  "acme/*": {license: proprietary, note: "in-house models"}\n'
    )
    src = 'from transformers import AutoModel\nm = AutoModel.from_pretrained("acme/ranker-v3")\n'
    repo = make_repo(tmp_path / "repo", {".license-gate.yaml": policy, "src/rank.py": src})
    assert run(repo, monkeypatch, "--format", "json") == 0
    finding = json.loads(capsys.readouterr().out)["findings"][0]
    assert finding["verdict"] == "allow"
    assert finding["categories"] == ["proprietary"]
    assert hub.request_count() == 0  # declared in the policy: the Hub is not asked


def test_policy_excludes_apply_to_files_passed_explicitly(
    hub: FakeHub,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    """pre-commit passes staged files by name; the policy's `exclude` must still hold."""
    policy = 'version: 1\nextends: builtin:no-nc-in-production\nexclude: ["third_party/**"]\n'
    repo = make_repo(
        tmp_path / "repo",
        {".license-gate.yaml": policy, "third_party/vendor/app.py": APP, "src/embed.py": EMBED},
    )
    assert run(repo, monkeypatch, "third_party/vendor/app.py", "src/embed.py") == 0
    assert NLLB not in capsys.readouterr().out


def test_a_missing_path_is_a_usage_error_not_a_pass(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    repo = make_repo(tmp_path / "repo", {"src/embed.py": EMBED})
    assert run(repo, monkeypatch, "--offline", "srcc/") == 2
    assert "srcc/" in capsys.readouterr().err
    monkeypatch.chdir(repo)
    assert main(["scan", "nope.py"]) == 2


def test_check_format_choices_are_the_report_registry() -> None:
    from license_gate.commands.check import FORMATS
    from license_gate.report import FORMATTERS

    assert set(FORMATS) == set(FORMATTERS)
