"""The bundled snapshot: coverage, per-size/version facts, lookups, and its file format."""

from __future__ import annotations

import json
from datetime import date

import pytest

from license_gate.knowledge import classify
from license_gate.knowledge.snapshot import (
    SNAPSHOT_PATH,
    age_days,
    dumps_snapshot,
    entries,
    load_snapshot,
    lookup,
    snapshot_date,
)
from license_gate.lineage import assess_all
from license_gate.models import Kind, RefKey, Source

from .helpers import MemoryResolver

ALL = entries()


def _m(identifier: str) -> RefKey:
    return RefKey(Kind.MODEL, identifier)


def _d(identifier: str) -> RefKey:
    return RefKey(Kind.DATASET, identifier)


def test_size_and_coverage() -> None:
    assert len(ALL) >= 300
    models = [r for r in ALL if r.kind is Kind.MODEL]
    datasets = [r for r in ALL if r.kind is Kind.DATASET]
    assert len(models) >= 250
    assert len(datasets) >= 30
    families = {r.identifier.split("/")[0] for r in models}
    for org in (
        "meta-llama",
        "mistralai",
        "Qwen",
        "google",
        "deepseek-ai",
        "tiiuae",
        "stabilityai",
        "black-forest-labs",
        "facebook",
        "sentence-transformers",
        "openai",
        "microsoft",
    ):
        assert org in families, org


def test_every_record_is_labelled_and_reads_cleanly() -> None:
    for rec in ALL:
        assert rec.source is Source.SNAPSHOT
        assert rec.recorded
        assert date.fromisoformat(rec.recorded)
        lc = classify(rec)
        # An entry that reads as unknown must say why (it was not confirmed).
        if "unknown" in lc.categories:
            assert "uncertain" in (rec.note or ""), rec.identifier


FACTS = [
    # (key, KB license id expected, a category that must be there / must not be there)
    (_m("Qwen/Qwen2.5-3B-Instruct"), "qwen-research", "non-commercial"),
    (_m("Qwen/Qwen2.5-7B-Instruct"), "apache-2.0", "permissive"),
    (_m("Qwen/Qwen2.5-72B-Instruct"), "qwen", "custom-terms"),
    (_m("Qwen/Qwen2-72B-Instruct"), "tongyi-qianwen", "custom-terms"),
    (_m("Qwen/Qwen1.5-0.5B-Chat"), "tongyi-qianwen-research", "non-commercial"),
    (_m("Qwen/Qwen3-8B"), "apache-2.0", "permissive"),
    (_m("mistralai/Mistral-7B-Instruct-v0.2"), "apache-2.0", "permissive"),
    (_m("mistralai/Mistral-Large-Instruct-2407"), "mrl", "non-commercial"),
    (_m("mistralai/Ministral-8B-Instruct-2410"), "mrl", "research-only"),
    (_m("mistralai/Codestral-22B-v0.1"), "mnpl", "non-production"),
    (_m("mistralai/Mistral-Small-24B-Instruct-2501"), "apache-2.0", "permissive"),
    (_m("google/gemma-2-9b-it"), "gemma", "custom-terms"),
    (_m("google/gemma-3-27b-it"), "gemma", "use-restrictions"),
    (_m("black-forest-labs/FLUX.1-dev"), "flux-1-dev-non-commercial-license", "non-commercial"),
    (_m("black-forest-labs/FLUX.1-schnell"), "apache-2.0", "permissive"),
    (_m("tiiuae/falcon-7b"), "apache-2.0", "permissive"),
    (_m("tiiuae/Falcon3-7B-Instruct"), "falcon-llm-license", "custom-terms"),
    (_m("facebook/dinov2-base"), "apache-2.0", "permissive"),
    (_m("deepseek-ai/DeepSeek-V3"), "deepseek", "use-restrictions"),
    (_m("deepseek-ai/DeepSeek-V3-0324"), "mit", "permissive"),
    (_m("deepseek-ai/DeepSeek-R1"), "mit", "permissive"),
    (_m("meta-llama/Llama-2-7b-chat-hf"), "llama2", "custom-terms"),
    (_m("meta-llama/Meta-Llama-3-8B-Instruct"), "llama3", "custom-terms"),
    (_m("meta-llama/Llama-3.1-8B-Instruct"), "llama3.1", "custom-terms"),
    (_m("meta-llama/Llama-3.2-11B-Vision-Instruct"), "llama3.2", "custom-terms"),
    (_m("meta-llama/Llama-3.3-70B-Instruct"), "llama3.3", "custom-terms"),
    (_m("meta-llama/Llama-4-Scout-17B-16E-Instruct"), "llama4", "custom-terms"),
    (_m("codellama/CodeLlama-7b-hf"), "llama2", "custom-terms"),
    (_m("stabilityai/stable-diffusion-xl-base-1.0"), "openrail++", "use-restrictions"),
    (_m("stabilityai/sdxl-turbo"), "sai-nc-community", "non-commercial"),
    (_m("stabilityai/stable-diffusion-3.5-large"), "stabilityai-ai-community", "custom-terms"),
    (_m("runwayml/stable-diffusion-v1-5"), "creativeml-openrail-m", "use-restrictions"),
    (_m("DeepFloyd/IF-I-XL-v1.0"), "deepfloyd-if-license", "research-only"),
    (_m("facebook/nllb-200-distilled-600M"), "cc-by-nc-4.0", "non-commercial"),
    (_m("coqui/XTTS-v2"), "coqui-public-model-license", "non-commercial"),
    (_m("bigscience/bloom"), "bigscience-bloom-rail-1.0", "use-restrictions"),
    (_m("bigcode/starcoder2-15b"), "bigcode-openrail-m", "use-restrictions"),
    (_m("sentence-transformers/all-MiniLM-L6-v2"), "apache-2.0", "permissive"),
    (_m("openai/whisper-large-v3"), "apache-2.0", "permissive"),
    (_m("Ultralytics/YOLOv8"), "agpl-3.0", "copyleft"),
    (_d("tatsu-lab/alpaca"), "cc-by-nc-4.0", "non-commercial"),
    (_d("rajpurkar/squad"), "cc-by-sa-4.0", "copyleft"),
    (_d("allenai/c4"), "odc-by", "permissive"),
]


@pytest.mark.parametrize(("key", "license_id", "category"), FACTS, ids=lambda v: str(v))
def test_license_per_size_and_version(key: RefKey, license_id: str, category: str) -> None:
    rec = lookup(key)
    assert rec is not None, key
    lc = classify(rec)
    assert lc.license_id == license_id
    assert category in lc.categories


@pytest.mark.parametrize(
    ("key", "canonical"),
    [
        (_m("bert-base-uncased"), "google-bert/bert-base-uncased"),
        (_m("gpt2"), "openai-community/gpt2"),
        (_m("t5-small"), "google-t5/t5-small"),
        (_m("roberta-base"), "FacebookAI/roberta-base"),
        (_m("distilbert-base-uncased"), "distilbert/distilbert-base-uncased"),
        (_m("META-LLAMA/llama-2-7b-HF"), "meta-llama/Llama-2-7b-hf"),
        (_d("squad"), "rajpurkar/squad"),
        (_d("squad_v2"), "rajpurkar/squad_v2"),
        (_d("wikipedia"), "legacy-datasets/wikipedia"),
        (_d("librispeech_asr"), "openslr/librispeech_asr"),
    ],
)
def test_lookup_canonicalises_legacy_ids_and_ignores_case(key: RefKey, canonical: str) -> None:
    rec = lookup(key)
    assert rec is not None
    assert rec.identifier == canonical
    assert rec.kind is key.kind


def test_lookup_misses() -> None:
    assert lookup(_m("nobody/never-recorded")) is None
    assert lookup(_d("meta-llama/Llama-2-7b-hf")) is None  # a model id asked as a dataset
    assert lookup(RefKey(Kind.SPACE, "openai/whisper")) is None
    assert lookup(RefKey(Kind.SERVICE, "gpt-4o")) is None
    pinned = lookup(RefKey(Kind.MODEL, "openai-community/gpt2", "abc123"))
    assert pinned is not None
    assert pinned.revision == "abc123"


def test_snapshot_date_and_age() -> None:
    recorded = snapshot_date()
    assert recorded is not None
    assert age_days(recorded, today=date.fromisoformat(recorded)) == 0
    assert age_days("2026-11-01", today=date(2026, 11, 26)) == 25
    assert age_days("garbage") is None
    assert age_days(None) is None


def test_offline_lineage_from_the_snapshot_alone() -> None:
    """Every base model a snapshot entry names is itself in the snapshot, so lineage works
    offline; datasets too, except those whose license nobody could state."""
    no_record = {"bookcorpus", "bigcode/starcoderdata", "multi_nli"}
    for rec in ALL:
        for edge in rec.base_models:
            assert lookup(_m(edge.identifier)) is not None, (rec.identifier, edge.identifier)
        for ds in rec.datasets:
            assert lookup(_d(ds)) is not None or ds in no_record, (rec.identifier, ds)


class _SnapshotOnly(MemoryResolver):
    def __init__(self) -> None:
        super().__init__(ALL)

    def resolve_all(self, keys):  # type: ignore[no-untyped-def,override]
        self.batches.append(list(keys))
        out = {}
        for key in keys:
            rec = lookup(key)
            out[key] = rec if rec is not None else super().resolve_all([key])[key]
        return out


def test_distill_of_llama_inherits_llama_terms_offline() -> None:
    key = _m("deepseek-ai/DeepSeek-R1-Distill-Llama-8B")
    a = assess_all([key], _SnapshotOnly())[key]
    assert a.own.license_id == "mit"
    assert a.inherited["custom-terms"][0].identifier == "meta-llama/Llama-3.1-8B"
    zephyr = _m("HuggingFaceH4/zephyr-7b-beta")
    z = assess_all([zephyr], _SnapshotOnly())[zephyr]
    assert "non-commercial" not in z.inherited
    assert "non-commercial" not in z.from_datasets
    assert z.from_datasets  # its two datasets were found


def test_file_is_canonical_sorted_and_deterministic() -> None:
    text = SNAPSHOT_PATH.read_text(encoding="utf-8")
    data = json.loads(text)
    assert data["version"] == 1
    again = dumps_snapshot(
        data["models"], data["datasets"], recorded=data["recorded"], about=data["about"]
    )
    assert again == text
    ids = [e["id"].lower() for e in data["models"]]
    assert ids == sorted(ids)
    assert len(ids) == len(set(ids))


def test_loader_rejects_nothing_silently(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "snapshot.json"
    path.write_text(
        dumps_snapshot(
            [{"id": "Org/Model", "license": "mit", "aliases": ["model"], "recorded": "2025-01-02"}],
            [],
            recorded="2025-01-02",
            about="test",
        )
    )
    snap = load_snapshot(path)
    assert snap.recorded == "2025-01-02"
    assert snap.index[(Kind.MODEL, "model")].identifier == "Org/Model"
