"""Card metadata -> RepoRecord: real client objects from the fake Hub and raw bodies, including
the garbage real cards contain."""

from __future__ import annotations

from typing import Any

import pytest
from huggingface_hub import HfApi

from license_gate.models import Edge, Kind, RefKey, Source
from license_gate.resolve import record_from_hub_info
from license_gate.resolve.hub import MODEL_EXPAND
from license_gate.resolve.records import MAX_FIELD, record_from_dict, record_to_dict
from tests.support.fakehub import FakeHub


def info(hub: FakeHub, repo_id: str) -> Any:
    return HfApi(endpoint=hub.url, token=False).model_info(repo_id, expand=MODEL_EXPAND, timeout=5)


def test_recorded_sample_through_the_real_client(fake_hub: FakeHub) -> None:
    rec = record_from_hub_info(info(fake_hub, "deepset/roberta-base-squad2"), Kind.MODEL)
    assert rec.identifier == "deepset/roberta-base-squad2"
    assert rec.license == "cc-by-4.0"
    assert rec.licenses == ()
    assert rec.base_models == (Edge("FacebookAI/roberta-base", "finetune", Kind.MODEL),)
    assert rec.datasets == ("squad_v2",)
    assert rec.sha == "adc3b06f79f797d1c575d5479d6f5efe54a9e3b4"
    assert rec.source is Source.HUB
    assert rec.gated is False


def test_canonical_id_from_the_response(fake_hub: FakeHub) -> None:
    key = RefKey(Kind.MODEL, "bert-base-uncased")
    rec = record_from_hub_info(info(fake_hub, "bert-base-uncased"), Kind.MODEL, key=key)
    assert rec.identifier == "google-bert/bert-base-uncased"
    assert rec.datasets == ("bookcorpus", "wikipedia")


def test_custom_license_gated_adapter(fake_hub: FakeHub) -> None:
    fake_hub.add_model(
        "alice/llama-3.1-8b-sql-lora",
        license="other",
        license_name="llama3.1",
        license_link="https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/LICENSE",
        base_model="meta-llama/Llama-3.1-8B-Instruct",
        base_model_relation="adapter",
        datasets=["b-mc2/sql-create-context"],
        gated="manual",
    )
    rec = record_from_hub_info(info(fake_hub, "alice/llama-3.1-8b-sql-lora"), Kind.MODEL)
    assert (rec.license, rec.license_name) == ("other", "llama3.1")
    assert rec.license_link == "https://huggingface.co/meta-llama/Llama-3.1-8B/blob/main/LICENSE"
    assert rec.base_models == (Edge("meta-llama/Llama-3.1-8B-Instruct", "adapter"),)
    assert rec.datasets == ("b-mc2/sql-create-context",)
    assert rec.gated is True


def test_merge_of_several_bases(fake_hub: FakeHub) -> None:
    fake_hub.add_model(
        "mlabonne/NeuralDaredevil-7B",
        license="cc-by-nc-4.0",
        base_model=["mlabonne/NeuralBeagle14-7B", "mlabonne/Daredevil-7B"],
    )
    rec = record_from_hub_info(info(fake_hub, "mlabonne/NeuralDaredevil-7B"), Kind.MODEL)
    assert [e.relation for e in rec.base_models] == ["merge", "merge"]
    assert [e.identifier for e in rec.base_models] == [
        "mlabonne/NeuralBeagle14-7B",
        "mlabonne/Daredevil-7B",
    ]


@pytest.mark.parametrize(
    ("card", "license_", "licenses"),
    [
        ({"license": "apache-2.0"}, "apache-2.0", ()),
        ({"license": ["mit", "cc-by-4.0"]}, "mit", ("mit", "cc-by-4.0")),
        ({"license": ["openrail++"]}, "openrail++", ("openrail++",)),
        ({"license": 42}, "42", ()),
        ({"license": {"name": "custom"}}, '{"name": "custom"}', ()),
        ({"license": ["mit", 3, None, "mit"]}, "mit", ("mit", "3")),
        ({"license": ""}, None, ()),
        ({"license": None}, None, ()),
        ({}, None, ()),
    ],
)
def test_license_shapes(
    card: dict[str, Any], license_: str | None, licenses: tuple[str, ...]
) -> None:
    body = {"id": "org/m", "sha": "a" * 40, "cardData": card, "tags": []}
    rec = record_from_hub_info(body, Kind.MODEL)
    assert rec.license == license_
    assert rec.licenses == licenses


def test_huge_license_paste_is_kept_bounded() -> None:
    text = "Permission is hereby granted, free of charge, " * 300  # ~14 kB pasted license
    rec = record_from_hub_info({"id": "org/m", "cardData": {"license": text}}, Kind.MODEL)
    assert rec.license is not None
    assert rec.license.startswith("Permission is hereby granted")
    assert len(rec.license) <= MAX_FIELD + 1


def test_garbage_card_never_crashes() -> None:
    for card in (
        "not a mapping",
        ["a", "list"],
        {"base_model": {"x": 1}, "datasets": 7, "license_name": ["a"], "license_link": 5},
        {"base_model": ["./checkpoints/final", "https://huggingface.co/org/base", 3]},
        {"base_model_relation": ["quantized"], "base_model": "TheBloke/x"},
    ):
        rec = record_from_hub_info({"id": "org/m", "cardData": card, "tags": "zz"}, Kind.MODEL)
        assert rec.identifier == "org/m"
    rec = record_from_hub_info(
        {"id": "o/m", "cardData": {"base_model": ["./ckpt", "https://huggingface.co/org/base"]}},
        Kind.MODEL,
    )
    assert rec.base_models == (Edge("org/base", "base"),)
    rec = record_from_hub_info(
        {"id": "o/m", "cardData": {"base_model_relation": ["quantized"], "base_model": "T/x"}},
        Kind.MODEL,
    )
    assert rec.base_models == (Edge("T/x", "quantized"),)


def test_tags_fill_in_when_the_card_is_absent() -> None:
    body = {
        "id": "org/m",
        "tags": [
            "license:mit",
            "base_model:org/base",
            "base_model:quantized:org/base",
            "dataset:x/y",
        ],
    }
    rec = record_from_hub_info(body, Kind.MODEL)
    assert rec.license == "mit"
    assert rec.base_models == (Edge("org/base", "quantized"),)
    assert rec.datasets == ("x/y",)


def test_key_supplies_missing_id_and_revision() -> None:
    key = RefKey(Kind.DATASET, "rajpurkar/squad", "refs/convert/parquet")
    rec = record_from_hub_info({"cardData": {"license": ["cc-by-sa-4.0"]}}, Kind.DATASET, key=key)
    assert rec.identifier == "rajpurkar/squad"
    assert rec.revision == "refs/convert/parquet"
    assert rec.base_models == ()


def test_round_trip_through_json() -> None:
    body = {
        "id": "org/m",
        "sha": "b" * 40,
        "gated": "auto",
        "cardData": {"license": ["mit", "apache-2.0"], "license_name": "x", "base_model": "o/b"},
        "baseModels": {"relation": "adapter", "models": [{"_id": "1", "id": "o/b"}]},
    }
    rec = record_from_hub_info(body, Kind.MODEL)
    again = record_from_dict(record_to_dict(rec), source=Source.HUB)
    assert again == rec
    with pytest.raises(ValueError, match="base model"):
        record_from_dict({"id": "o/m", "base_models": ["o/b"]}, source=Source.LOCK)


def test_any_json_card_never_crashes() -> None:
    from hypothesis import given, settings
    from hypothesis import strategies as st

    scalars = st.none() | st.booleans() | st.integers() | st.floats(allow_nan=True) | st.text()
    values = st.recursive(
        scalars, lambda inner: st.lists(inner) | st.dictionaries(st.text(), inner), max_leaves=8
    )
    keys = st.sampled_from(
        [
            "license",
            "license_name",
            "license_link",
            "base_model",
            "base_model_relation",
            "datasets",
            "tags",
        ]
    )

    @settings(max_examples=300, deadline=None)
    @given(card=st.dictionaries(keys, values) | values, tags=values, base=values, gated=values)
    def check(card: Any, tags: Any, base: Any, gated: Any) -> None:
        body = {"id": "org/m", "cardData": card, "tags": tags, "baseModels": base, "gated": gated}
        rec = record_from_hub_info(body, Kind.MODEL)
        assert rec.identifier == "org/m"
        assert rec.license is None or isinstance(rec.license, str)
        assert all(isinstance(e.identifier, str) and e.relation for e in rec.base_models)
        assert record_from_dict(record_to_dict(rec), source=Source.HUB) == rec

    check()
