"""`license-gate explain` and `license-gate snapshot` through the real CLI entry point, offline
(bundled snapshot) and against the local fake Hub with the real huggingface_hub client."""
# ruff: noqa: E501  (tables of real ids read best one case per line)

from __future__ import annotations

import json
from pathlib import Path

import pytest

from license_gate.cli import main
from license_gate.commands.explain import parse_target
from license_gate.errors import UsageError
from license_gate.knowledge.snapshot import dumps_snapshot
from license_gate.models import Kind, RefKey


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("meta-llama/Llama-3.1-8B", RefKey(Kind.MODEL, "meta-llama/Llama-3.1-8B")),
        ("gpt2", RefKey(Kind.MODEL, "gpt2")),
        ("org/model@v1.0", RefKey(Kind.MODEL, "org/model", "v1.0")),
        ("datasets/tatsu-lab/alpaca", RefKey(Kind.DATASET, "tatsu-lab/alpaca")),
        ("spaces/org/demo", RefKey(Kind.SPACE, "org/demo")),
        ("https://huggingface.co/datasets/rajpurkar/squad", RefKey(Kind.DATASET, "rajpurkar/squad")),
        ("https://hf.co/black-forest-labs/FLUX.1-dev/blob/main/LICENSE.md",
         RefKey(Kind.MODEL, "black-forest-labs/FLUX.1-dev", "main")),
        ("hf://datasets/rajpurkar/squad@main/README.md", RefKey(Kind.DATASET, "rajpurkar/squad", "main")),
        ("gpt-4o", RefKey(Kind.SERVICE, "gpt-4o")),
    ],
)  # fmt: skip
def test_parse_target(text: str, expected: RefKey) -> None:
    key = parse_target(text)
    assert key == expected
    assert key.revision == expected.revision


@pytest.mark.parametrize("text", ["", "   ", "not an id at all", "a/b/c/d", "org/--bad"])
def test_parse_target_rejects(text: str) -> None:
    with pytest.raises(UsageError):
        parse_target(text)


def _explain(tmp_path: Path, *argv: str) -> int:
    return main(["explain", *argv, "--root", str(tmp_path)])


def test_explain_offline_from_the_snapshot_json(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc = _explain(tmp_path, "Qwen/Qwen2.5-3B-Instruct", "--offline", "--format", "json")
    assert rc == 0
    data = json.loads(capsys.readouterr().out)
    assert data["identifier"] == "Qwen/Qwen2.5-3B-Instruct"
    assert data["kind"] == "model"
    assert data["license"] == "other:qwen-research"
    assert data["license_id"] == "qwen-research"
    assert data["source"] == "snapshot"
    assert data["recorded"]
    assert isinstance(data["snapshot_age_days"], int)
    assert "non-commercial" in data["categories"]
    assert data["base_models"] == [{"identifier": "Qwen/Qwen2.5-3B", "relation": "finetune"}]
    assert data["lineage"]["children"][0]["identifier"] == "Qwen/Qwen2.5-3B"
    assert any("snapshot" in n for n in data["resolution_notes"])


def test_explain_offline_text_dataset_url(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc = _explain(tmp_path, "https://huggingface.co/datasets/tatsu-lab/alpaca", "--offline")
    assert rc == 0
    out = capsys.readouterr().out
    assert out.startswith("tatsu-lab/alpaca (dataset)\n")
    assert "license:     cc-by-nc-4.0" in out
    assert "source:      bundled snapshot recorded" in out


def test_explain_offline_unknown_id_is_undecided(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    rc = _explain(tmp_path, "someone/never-recorded-model", "--offline")
    assert rc == 3
    assert "unresolved: offline" in capsys.readouterr().out


def test_explain_service_name(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    rc = _explain(tmp_path, "gpt-4o", "--format", "json")
    assert rc == 0
    data = json.loads(capsys.readouterr().out)
    assert data["kind"] == "service"
    assert data["categories"] == ["proprietary"]
    assert data["license"] == "service-terms"


def test_explain_bad_id_is_a_usage_error(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _explain(tmp_path, "not an id") == 2
    assert "not a Hub id" in capsys.readouterr().err


def test_explain_against_the_hub_draws_the_chain(
    hub_env, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    hub = hub_env
    hub.add_model("acme-research/nc-base", license="cc-by-nc-4.0")
    hub.add_model(
        "acme/prod-tune",
        license="apache-2.0",
        base_model="acme-research/nc-base",
        base_model_relation="finetune",
        datasets=["acme/nc-data"],
    )
    hub.add_dataset("acme/nc-data", license="cc-by-nc-sa-4.0")
    rc = _explain(tmp_path, "acme/prod-tune", "--format", "json")
    assert rc == 0
    data = json.loads(capsys.readouterr().out)
    assert data["source"] == "hub"
    assert data["license"] == "apache-2.0"
    assert "non-commercial" in data["categories"]
    assert data["inherited"]["non-commercial"] == [
        {"identifier": "acme-research/nc-base", "relation": "finetune", "license": "cc-by-nc-4.0"}
    ]
    assert data["from_datasets"]["non-commercial"][0]["identifier"] == "acme/nc-data"
    kids = {c["identifier"]: c for c in data["lineage"]["children"]}
    assert kids["acme-research/nc-base"]["source"] == "hub"
    assert kids["acme/nc-data"]["kind"] == "dataset"

    rc = _explain(tmp_path, "acme/prod-tune")
    text = capsys.readouterr().out
    assert "inherited: non-commercial via acme-research/nc-base (cc-by-nc-4.0)" in text
    # the second run is answered from the on-disk cache the first one filled
    assert "finetune: acme-research/nc-base  (cc-by-nc-4.0)  [cache, recorded" in text


def test_explain_not_found_on_the_hub(
    hub_env, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    rc = _explain(tmp_path, "nobody/typo-model")
    assert rc == 1
    assert "unresolved: not-found" in capsys.readouterr().out


def test_snapshot_info(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["snapshot", "info", "--format", "json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["models"] >= 250
    assert data["datasets"] >= 30


def _write_snapshot(path: Path) -> None:
    path.write_text(
        dumps_snapshot(
            [
                {"id": "stabilityai/stable-diffusion-3-medium", "license": "other",
                 "license_name": "stabilityai-nc-research-community", "recorded": "2024-06-20",
                 "uncertain": "recorded before the July 2024 relicensing"},
                {"id": "google-bert/bert-base-uncased", "license": "apache-2.0",
                 "aliases": ["bert-base-uncased"], "recorded": "2025-01-01"},
                {"id": "gone-user/deleted-model", "license": "mit", "recorded": "2024-01-01"},
            ],
            [{"id": "tatsu-lab/alpaca", "license": "cc-by-nc-4.0", "recorded": "2024-01-01"}],
            recorded="2025-01-01",
            about="test snapshot",
        ),
        encoding="utf-8",
    )  # fmt: skip


def test_snapshot_update_from_the_hub_list_api(
    hub_env, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:  # type: ignore[no-untyped-def]
    hub = hub_env
    hub.add_model(
        "stabilityai/stable-diffusion-3-medium",
        license="other",
        license_name="stabilityai-ai-community",
        license_link="LICENSE.md",
        pipeline_tag="text-to-image",
        library_name="diffusers",
    )
    hub.add_model("stabilityai/other-model", license="openrail++")
    hub.add_dataset("tatsu-lab/alpaca", license="cc-by-nc-4.0")
    hub.add_model(
        "popular/quantized-llama",
        base_model="meta-llama/Llama-2-7b-hf",
        base_model_relation="quantized",
    )
    src, out = tmp_path / "in.json", tmp_path / "out.json"
    _write_snapshot(src)
    argv = ["snapshot", "update", "--input", str(src), "--output", str(out), "--date", "2026-11-26"]
    rc = main([*argv, "--top", "50"])
    assert rc == 0
    report = capsys.readouterr().out
    assert "license changed: stabilityai/stable-diffusion-3-medium: other " in report
    assert "-> other (stabilityai-ai-community)" in report
    assert "not found on the Hub (old entry kept): gone-user/deleted-model" in report

    data = json.loads(out.read_text(encoding="utf-8"))
    assert data["recorded"] == "2026-11-26"
    models = {e["id"]: e for e in data["models"]}
    sd3 = models["stabilityai/stable-diffusion-3-medium"]
    assert sd3["license_name"] == "stabilityai-ai-community"
    assert sd3["recorded"] == "2026-11-26"
    assert "uncertain" not in sd3  # the Hub answered
    assert models["google-bert/bert-base-uncased"]["aliases"] == ["bert-base-uncased"]
    assert models["google-bert/bert-base-uncased"]["datasets"] == ["bookcorpus", "wikipedia"]
    assert models["gone-user/deleted-model"]["recorded"] == "2024-01-01"
    quant = models["popular/quantized-llama"]  # added from the top-N listing
    assert quant["license"] is None
    assert quant["base_models"] == [{"id": "meta-llama/Llama-2-7b-hf", "relation": "quantized"}]
    assert [e["id"] for e in data["datasets"]] == ["tatsu-lab/alpaca"] or "tatsu-lab/alpaca" in {
        e["id"] for e in data["datasets"]
    }
    ids = [e["id"].lower() for e in data["models"]]
    assert ids == sorted(ids)

    # Deterministic: a second run with the same Hub state writes the same bytes.
    first = out.read_bytes()
    assert main([*argv, "--top", "50"]) == 0
    assert out.read_bytes() == first


def test_snapshot_update_hub_down_writes_nothing(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    closed_port: str,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("HF_ENDPOINT", closed_port)
    src, out = tmp_path / "in.json", tmp_path / "out.json"
    _write_snapshot(src)
    rc = main(["snapshot", "update", "--input", str(src), "--output", str(out)])
    assert rc == 3
    assert not out.exists()
    assert "listing failed" in capsys.readouterr().err


def test_explain_shows_the_policy_verdict_for_a_path(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    assert _explain(tmp_path, "Qwen/Qwen2.5-3B-Instruct", "--offline", "--format", "json") == 0
    prod = json.loads(capsys.readouterr().out)["policy"]
    assert prod["name"] == "no-nc-in-production"
    assert (prod["path"], prod["verdict"]) == ("src/app.py", "deny")
    argv = ["Qwen/Qwen2.5-3B-Instruct", "--offline", "--path", "tests/test_app.py"]
    assert _explain(tmp_path, *argv) == 0
    out = capsys.readouterr().out
    assert "policy:      WARN in tests/test_app.py under no-nc-in-production" in out


def test_explain_verdict_names_the_inherited_chain(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    argv = ["deepseek-ai/DeepSeek-R1-Distill-Llama-8B", "--offline", "--format", "json"]
    assert _explain(tmp_path, *argv) == 0
    policy = json.loads(capsys.readouterr().out)["policy"]
    assert policy["verdict"] == "warn"
    assert policy["lineage"] == [
        {"identifier": "meta-llama/Llama-3.1-8B", "relation": "finetune", "license": "llama3.1"}
    ]
