"""Lineage: what a model inherits from base models and datasets, with the chain that explains it."""

from __future__ import annotations

from license_gate.lineage import assess_all, assess_service
from license_gate.models import Kind, LineageStep, Reference

from .helpers import MemoryResolver, dataset, key, model, sample_record

LLAMA2 = model("meta-llama/Llama-2-7b-hf", license="llama2")
LLAMA31 = model("meta-llama/Llama-3.1-8B-Instruct", license="llama3.1")
MISTRAL = model("mistralai/Mistral-7B-v0.1", license="apache-2.0")
NC_BASE = model("facebook/nllb-200-distilled-600M", license="cc-by-nc-4.0")


def test_apache_finetune_of_nc_base_inherits_non_commercial_with_chain() -> None:
    tune = model(
        "acme/nllb-finetuned-legal",
        license="apache-2.0",
        base_model="facebook/nllb-200-distilled-600M",
        base_model_relation="finetune",
    )
    result = assess_all([key("acme/nllb-finetuned-legal")], MemoryResolver([tune, NC_BASE]))
    a = result[key("acme/nllb-finetuned-legal")]
    assert a.own.license_id == "apache-2.0"
    assert a.inherited["non-commercial"] == (
        LineageStep("facebook/nllb-200-distilled-600M", "finetune", "cc-by-nc-4.0"),
    )
    assert "permissive" not in a.inherited
    assert a.notes == ()


def test_chain_runs_from_parent_to_the_ancestor_that_carries_it() -> None:
    mid = model("org/mid", license="mit", base_model="facebook/nllb-200-distilled-600M")
    top = model("org/top", license="apache-2.0", base_model="org/mid")
    a = assess_all([key("org/top")], MemoryResolver([top, mid, NC_BASE]))[key("org/top")]
    chain = a.inherited["non-commercial"]
    assert [s.identifier for s in chain] == ["org/mid", "facebook/nllb-200-distilled-600M"]
    assert [s.license for s in chain] == ["mit", "cc-by-nc-4.0"]


def test_adapter_of_llama_carries_custom_terms() -> None:
    lora = model(
        "someone/llama2-sql-lora",
        license="apache-2.0",
        base_model="meta-llama/Llama-2-7b-hf",
        base_model_relation="adapter",
    )
    a = assess_all([key("someone/llama2-sql-lora")], MemoryResolver([lora, LLAMA2]))[
        key("someone/llama2-sql-lora")
    ]
    assert a.inherited["custom-terms"] == (
        LineageStep("meta-llama/Llama-2-7b-hf", "adapter", "llama2"),
    )
    assert "use-restrictions" in a.inherited


def test_quantized_reupload_declaring_nothing_inherits_its_base() -> None:
    gguf = model(
        "TheBloke/Llama-2-7B-GGUF",
        base_model="meta-llama/Llama-2-7b-hf",
        base_model_relation="quantized",
    )
    a = assess_all([key("TheBloke/Llama-2-7B-GGUF")], MemoryResolver([gguf, LLAMA2]))[
        key("TheBloke/Llama-2-7B-GGUF")
    ]
    assert a.own.raw is None  # nothing declared, and the report must say so
    assert a.own.license_id == "llama2"
    assert "unknown" not in a.own.categories
    assert "custom-terms" in a.own.categories
    assert "meta-llama/Llama-2-7b-hf" in (a.own.name or "")
    assert a.inherited["custom-terms"][0].identifier == "meta-llama/Llama-2-7b-hf"


def test_finetune_declaring_nothing_stays_unknown() -> None:
    tune = model(
        "org/silent-tune", base_model="mistralai/Mistral-7B-v0.1", base_model_relation="finetune"
    )
    a = assess_all([key("org/silent-tune")], MemoryResolver([tune, MISTRAL]))[
        key("org/silent-tune")
    ]
    assert a.own.categories == ("unknown",)
    assert a.own.raw is None


def test_merge_takes_the_most_restrictive_of_its_bases() -> None:
    merge = model(
        "merger/frankenmerge-7b",
        license="apache-2.0",
        base_model=["mistralai/Mistral-7B-v0.1", "facebook/nllb-200-distilled-600M"],
        base_model_relation="merge",
    )
    a = assess_all([key("merger/frankenmerge-7b")], MemoryResolver([merge, MISTRAL, NC_BASE]))[
        key("merger/frankenmerge-7b")
    ]
    assert a.inherited["non-commercial"][0] == LineageStep(
        "facebook/nllb-200-distilled-600M", "merge", "cc-by-nc-4.0"
    )


def test_cycle_ends_cleanly() -> None:
    a_rec = model("org/a", license="mit", base_model="org/b")
    b_rec = model("org/b", license="cc-by-nc-4.0", base_model="org/a")
    resolver = MemoryResolver([a_rec, b_rec])
    result = assess_all([key("org/a"), key("org/b")], resolver)
    a = result[key("org/a")]
    assert a.inherited["non-commercial"][0].identifier == "org/b"
    assert any("cycle" in n and "org/a -> org/b -> org/a" in n for n in a.notes)
    b = result[key("org/b")]
    assert any("cycle" in n for n in b.notes)
    assert b.own.license_id == "cc-by-nc-4.0"


def test_base_model_pointing_at_itself() -> None:
    rec = model("org/selfie", license="mit", base_model="org/selfie")
    a = assess_all([key("org/selfie")], MemoryResolver([rec]))[key("org/selfie")]
    assert a.own.license_id == "mit"
    assert dict(a.inherited) == {}
    assert any("cycle" in n for n in a.notes)


def test_missing_base_is_recorded_as_unknown_with_its_chain() -> None:
    tune = model("org/orphan", license="apache-2.0", base_model="deleted-user/vanished-base")
    a = assess_all([key("org/orphan")], MemoryResolver([tune]))[key("org/orphan")]
    assert a.inherited["unknown"] == (LineageStep("deleted-user/vanished-base", "base", None),)
    assert any("vanished-base" in n and "not-found" in n for n in a.notes)


def test_garbage_base_model_and_dataset_pointing_base() -> None:
    tune = model("org/odd", license="mit", base_model=["not a valid id!!", "datasets/foo/bar"])
    a = assess_all([key("org/odd")], MemoryResolver([tune]))[key("org/odd")]
    assert "unknown" in a.inherited
    assert any("not a valid Hub id" in n for n in a.notes)


def test_depth_limit() -> None:
    chain = [model(f"org/m{i}", license="mit", base_model=f"org/m{i + 1}") for i in range(6)]
    chain.append(model("org/m6", license="cc-by-nc-4.0"))
    resolver = MemoryResolver(chain)
    a = assess_all([key("org/m0")], resolver, max_depth=3)[key("org/m0")]
    assert "non-commercial" not in a.inherited
    assert [s.identifier for s in a.inherited["unknown"]] == [
        "org/m1",
        "org/m2",
        "org/m3",
        "org/m4",
    ]
    assert any("depth limit (3)" in n for n in a.notes)
    deep = assess_all([key("org/m0")], MemoryResolver(chain))[key("org/m0")]
    assert len(deep.inherited["non-commercial"]) == 6


def test_breadth_first_batches_share_the_resolver() -> None:
    merge = model(
        "org/merge",
        license="mit",
        base_model=["mistralai/Mistral-7B-v0.1", "meta-llama/Llama-2-7b-hf"],
    )
    resolver = MemoryResolver([merge, MISTRAL, LLAMA2, LLAMA31])
    assess_all([key("org/merge"), key("meta-llama/Llama-3.1-8B-Instruct")], resolver)
    assert len(resolver.batches) == 2
    assert len(resolver.batches[0]) == 2
    assert {k.identifier for k in resolver.batches[1]} == {
        "mistralai/Mistral-7B-v0.1", "meta-llama/Llama-2-7b-hf",
    }  # fmt: skip


def test_model_trained_on_nc_dataset_goes_to_from_datasets() -> None:
    alpaca = dataset("tatsu-lab/alpaca", license="cc-by-nc-4.0")
    tune = model("org/alpaca-tune", license="apache-2.0", datasets=["tatsu-lab/alpaca"])
    a = assess_all([key("org/alpaca-tune")], MemoryResolver([tune, alpaca]))[key("org/alpaca-tune")]
    assert "non-commercial" not in a.own.categories
    assert "non-commercial" not in a.inherited
    assert a.from_datasets["non-commercial"] == (
        LineageStep("tatsu-lab/alpaca", "dataset", "cc-by-nc-4.0"),
    )


def test_datasets_of_ancestors_and_unresolved_datasets() -> None:
    alpaca = dataset("tatsu-lab/alpaca", license="cc-by-nc-4.0")
    base = model("org/base", license="mit", datasets=["tatsu-lab/alpaca", "nobody/private-data"])
    top = model("org/top", license="mit", base_model="org/base")
    a = assess_all([key("org/top")], MemoryResolver([top, base, alpaca]))[key("org/top")]
    assert [s.identifier for s in a.from_datasets["non-commercial"]] == [
        "org/base",
        "tatsu-lab/alpaca",
    ]
    # unknown training data is a note, not a category the policy acts on
    assert "unknown" not in a.from_datasets
    assert any("nobody/private-data" in n and "no known license" in n for n in a.notes)
    assert "non-commercial" not in a.inherited


def test_recorded_hub_response_with_base_and_dataset() -> None:
    squad2 = sample_record("deepset__roberta-base-squad2.json")
    roberta = model("FacebookAI/roberta-base", license="mit", datasets=["bookcorpus", "wikipedia"])
    squad = dataset("squad_v2", license="cc-by-sa-4.0")
    resolver = MemoryResolver([squad2, roberta, squad], failures={"bookcorpus": "offline"})
    a = assess_all([key("deepset/roberta-base-squad2")], resolver)[
        key("deepset/roberta-base-squad2")
    ]
    assert a.own.license_id == "cc-by-4.0"
    assert a.from_datasets["copyleft"] == (LineageStep("squad_v2", "dataset", "cc-by-sa-4.0"),)
    assert a.inherited.keys() <= {"attribution"}
    assert "unknown" not in a.from_datasets
    assert any(
        n.startswith("training data with no known license: FacebookAI/roberta-base")
        for n in a.notes
    )


def test_a_verdict_caused_by_a_transiently_unresolved_base_is_undecided() -> None:
    top = model("org/top", license="apache-2.0", base_model="org/base")
    resolver = MemoryResolver([top], failures={"org/base": "unreachable"})
    a = assess_all([key("org/top")], resolver)[key("org/top")]
    assert a.inherited["unknown"][-1].identifier == "org/base"
    assert "org/base" in a.transient


def test_unresolved_reference_itself() -> None:
    a = assess_all([key("typo/does-not-exist")], MemoryResolver([]))[key("typo/does-not-exist")]
    assert a.unresolved is not None
    assert a.unresolved.reason == "not-found"
    assert a.record is None
    assert a.own.categories == ("unknown",)


def test_every_key_in_one_entry_out_and_case_insensitive() -> None:
    resolver = MemoryResolver([LLAMA2])
    keys = [key("meta-llama/Llama-2-7b-hf"), key("META-LLAMA/llama-2-7b-hf"), key("x/y")]
    result = assess_all(keys, resolver)
    assert len(result) == 2  # the first two are the same key
    assert assess_all([], resolver) == {}


def test_service_reference() -> None:
    ref = Reference("app/chat.py", 3, 14, "gpt-4o", Kind.SERVICE, '"gpt-4o"', "api-model")
    a = assess_service(ref)
    assert a.own.categories == ("proprietary",)
    assert a.own.raw == "service-terms"
    assert a.own.recognised
    assert a.unresolved is None
    assert a.record is None


class _ForgetfulResolver(MemoryResolver):
    """A resolver that breaks its contract (answers fewer keys than asked)."""

    def resolve_all(self, keys):  # type: ignore[no-untyped-def,override]
        out = super().resolve_all(keys)
        out.pop(key("org/base"), None)
        return out


def test_a_resolver_dropping_a_key_reads_as_unresolved_not_as_nothing() -> None:
    base = model("org/base", license="cc-by-nc-4.0")
    tune = model("org/tune", license="mit", base_model="org/base")
    result = assess_all([key("org/tune"), key("org/base")], _ForgetfulResolver([tune, base]))
    assert result[key("org/base")].unresolved is not None
    assert result[key("org/base")].unresolved.reason == "error"  # type: ignore[union-attr]
    assert "unknown" in result[key("org/tune")].inherited


def test_wide_merge_and_shared_ancestors_stay_cheap() -> None:
    layers = [[model(f"org/l0-{i}", license="mit") for i in range(8)]]
    for depth in range(1, 8):
        prev = layers[-1]
        layers.append(
            [
                model(f"org/l{depth}-{i}", license="mit", base_model=[p.identifier for p in prev])
                for i in range(8)
            ]
        )
    layers[0][3] = model("org/l0-3", license="cc-by-nc-4.0")
    resolver = MemoryResolver([m for layer in layers for m in layer])
    a = assess_all([key("org/l7-0")], resolver)[key("org/l7-0")]
    assert len(a.inherited["non-commercial"]) == 7
    assert a.inherited["non-commercial"][-1].identifier == "org/l0-3"
    assert len(resolver.batches) == 8


def test_classify_can_be_injected() -> None:
    from license_gate.models import LicenseClass

    def in_house(record):  # type: ignore[no-untyped-def]
        return LicenseClass("acme-internal", record.license, ("proprietary",), True)

    tune = model("org/tune", license="mit", base_model="org/base")
    base = model("org/base", license="mit")
    a = assess_all([key("org/tune")], MemoryResolver([tune, base]), classify=in_house)[
        key("org/tune")
    ]
    assert a.own.categories == ("proprietary",)
    assert a.inherited["proprietary"][0].identifier == "org/base"
