"""`explain` rendering (pure functions over a lineage graph)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

from license_gate.knowledge.explain import build_tree, explain_data, render_json, render_text
from license_gate.lineage import explore
from license_gate.models import Kind, Source

from .helpers import MemoryResolver, dataset, key, model

TODAY = date(2026, 11, 26)


def _graph():  # type: ignore[no-untyped-def]
    llama = replace(
        model("meta-llama/Llama-2-7b-chat-hf", license="llama2"),
        source=Source.SNAPSHOT,
        recorded="2026-10-01",
    )
    gguf = model(
        "TheBloke/Llama-2-7B-Chat-GGUF",
        base_model="meta-llama/Llama-2-7b-chat-hf",
        base_model_relation="quantized",
    )
    tune = model(
        "acme/support-bot",
        license="apache-2.0",
        base_model=["TheBloke/Llama-2-7B-Chat-GGUF", "acme/support-bot"],
        datasets=["tatsu-lab/alpaca", "acme/private-tickets"],
    )
    alpaca = dataset("tatsu-lab/alpaca", license="cc-by-nc-4.0")
    resolver = MemoryResolver([llama, gguf, tune, alpaca])
    return explore([key("acme/support-bot")], resolver)


def test_text_tree_shows_each_node_license_source_and_result() -> None:
    graph = _graph()
    root = key("acme/support-bot")
    text = render_text(graph.assess(root), build_tree(graph, root), today=TODAY)
    lines = text.splitlines()
    assert lines[0] == "acme/support-bot (model)"
    assert "  license:     apache-2.0 - Apache License 2.0" in lines
    assert any(
        line.startswith(
            "  inherited: custom-terms via TheBloke/Llama-2-7B-Chat-GGUF (none) -> "
            "meta-llama/Llama-2-7b-chat-hf (llama2)"
        )
        for line in lines
    )
    assert any(
        "from data: non-commercial via tatsu-lab/alpaca (cc-by-nc-4.0)" in line for line in lines
    )
    tree = text[text.index("lineage:") :]
    assert (
        "├── base: TheBloke/Llama-2-7B-Chat-GGUF  (none declared, reads as llama2)  [hub]" in tree
    )
    assert (
        "│   └── quantized: meta-llama/Llama-2-7b-chat-hf  (llama2)  "
        "[bundled snapshot recorded 2026-10-01, 56 days old]" in tree
    )
    assert "base: acme/support-bot  (cycle: already shown above)" in tree
    assert (
        "dataset: tatsu-lab/alpaca  (cc-by-nc-4.0)  [hub]  -> non-commercial, attribution" in tree
    )
    assert "└── dataset: acme/private-tickets  (unresolved: not-found:" in tree
    assert "notes:" in text
    assert "cycle" in text


def test_json_has_the_contract_fields() -> None:
    graph = _graph()
    root = key("acme/support-bot")
    data = json.loads(render_json(graph.assess(root), build_tree(graph, root), today=TODAY))
    for field in (
        "identifier",
        "kind",
        "license",
        "categories",
        "source",
        "base_models",
        "datasets",
    ):
        assert field in data
    assert data["identifier"] == "acme/support-bot"
    assert data["kind"] == "model"
    assert data["license"] == "apache-2.0"
    assert data["source"] == "hub"
    assert "custom-terms" in data["categories"]
    assert "permissive" not in data["categories"]
    assert data["base_models"][0] == {
        "identifier": "TheBloke/Llama-2-7B-Chat-GGUF",
        "relation": "base",
    }
    assert data["datasets"] == ["tatsu-lab/alpaca", "acme/private-tickets"]
    assert data["from_datasets"]["non-commercial"] == [
        {"identifier": "tatsu-lab/alpaca", "relation": "dataset", "license": "cc-by-nc-4.0"}
    ]
    gguf = data["lineage"]["children"][0]
    assert gguf["license"] is None
    assert gguf["license_id"] == "llama2"
    llama = gguf["children"][0]
    assert (llama["source"], llama["recorded"]) == ("snapshot", "2026-10-01")
    assert data["lineage"]["children"][1]["stop"] == "cycle"


def test_snapshot_root_reports_its_age_and_unresolved_root() -> None:
    rec = replace(
        model("mistralai/Mistral-7B-v0.1", license="apache-2.0"),
        source=Source.SNAPSHOT,
        recorded="2026-11-01",
    )
    graph = explore(
        [key("mistralai/Mistral-7B-v0.1"), key("nobody/nothing")], MemoryResolver([rec])
    )
    a = graph.assess(key("mistralai/Mistral-7B-v0.1"))
    data = explain_data(a, build_tree(graph, a.key), today=TODAY)
    assert data["snapshot_age_days"] == 25
    assert data["recorded"] == "2026-11-01"
    missing = graph.assess(key("nobody/nothing"))
    text = render_text(missing, build_tree(graph, missing.key), today=TODAY)
    assert "unresolved: not-found" in text
    assert "source:      unresolved" in text
    out = explain_data(missing, build_tree(graph, missing.key))
    assert out["license"] is None
    assert out["categories"] == ["unknown"]
    assert out["kind"] == Kind.MODEL.value
