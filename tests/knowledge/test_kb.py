"""The knowledge base as data: coverage of every Hub license id, category invariants, SPDX ids."""

from __future__ import annotations

import json

import pytest

from license_gate.knowledge import all_license_ids, license_info
from license_gate.knowledge.kb import KB_PATH, load_knowledge_base
from license_gate.models import CATEGORIES

from .helpers import DATA

HUB_IDS = DATA.joinpath("hub_license_ids.txt").read_text(encoding="utf-8").split()
ALL_IDS = all_license_ids()
RAW = json.loads(KB_PATH.read_text(encoding="utf-8"))["licenses"]

# Licenses that forbid commercial or production use, named independently of the data file.
FORBID_COMMERCIAL = {
    "cc-by-nc-2.0", "cc-by-nc-3.0", "cc-by-nc-4.0", "cc-by-nc-nd-3.0", "cc-by-nc-nd-4.0",
    "cc-by-nc-sa-2.0", "cc-by-nc-sa-3.0", "cc-by-nc-sa-4.0", "deepfloyd-if-license",
    "fair-noncommercial-research-license", "apple-amlr", "h-research", "intel-research",
    "llama1-research", "tongyi-qianwen-research", "qwen-research", "mnpl", "mrl",
    "sai-nc-community", "flux-1-dev-non-commercial-license", "coqui-public-model-license",
    "opt-175b",
}  # fmt: skip
FAMILY_IDS = {"cc", "openrail", "bsd", "gpl", "lgpl", "gfdl"}
CUSTOM_FAMILIES = [
    "llama2", "llama3", "llama3.1", "llama3.2", "llama3.3", "llama4", "llama1-research", "gemma",
    "tongyi-qianwen", "tongyi-qianwen-research", "qwen", "qwen-research", "deepseek",
    "tii-falcon-llm", "falcon-180b", "falcon-2-11b", "falcon-llm-license", "mnpl", "mrl",
    "stabilityai-ai-community", "sai-nc-community", "flux-1-dev-non-commercial-license",
    "deepfloyd-if-license", "apple-ascl", "apple-amlr", "grok2-community", "yi-license",
    "opt-175b", "fair-noncommercial-research-license", "coqui-public-model-license",
    "kimi-modified-mit", "tencent-hunyuan-community", "nvidia-open-model-license",
    "bigscience-openrail-m", "bigscience-bloom-rail-1.0", "creativeml-openrail-m", "openrail++",
]  # fmt: skip


def test_every_hub_license_id_is_covered() -> None:
    assert len(HUB_IDS) == 83
    assert set(HUB_IDS) <= set(ALL_IDS)
    assert {i for i in ALL_IDS if license_info(i).hf_listed} == set(HUB_IDS)  # type: ignore[union-attr]


@pytest.mark.parametrize("license_id", CUSTOM_FAMILIES)
def test_custom_licenses_seen_as_other_are_covered(license_id: str) -> None:
    info = license_info(license_id)
    assert info is not None
    assert info.id == license_id
    assert "permissive" not in info.categories or license_id == "apple-ascl"
    assert info.sources


@pytest.mark.parametrize("license_id", ALL_IDS)
def test_categories_from_the_vocabulary_and_never_empty(license_id: str) -> None:
    info = license_info(license_id)
    assert info is not None
    assert info.categories
    assert set(info.categories) <= set(CATEGORIES)
    assert info.name
    # anything restricting production or commercial use carries non-commercial
    if {"research-only", "non-production"} & set(info.categories):
        assert "non-commercial" in info.categories
    if license_id in FORBID_COMMERCIAL:
        assert "non-commercial" in info.categories
    # permissive means nothing more than attribution
    if "permissive" in info.categories and license_id != "apple-ascl":
        assert set(info.categories) <= {"permissive", "attribution"}


@pytest.mark.parametrize("license_id", sorted(FAMILY_IDS | {"unknown", "other"}))
def test_family_unknown_and_other_never_read_as_permissive(license_id: str) -> None:
    info = license_info(license_id)
    assert info is not None
    assert "permissive" not in info.categories
    if license_id in FAMILY_IDS:
        assert info.family


def test_spdx_ids_are_valid_in_the_spdx_index() -> None:
    from license_expression import get_spdx_licensing

    licensing = get_spdx_licensing()
    # OpenMDW-1.0 is in spdx-license-ids 3.0.24 but newer than license-expression's index.
    newer_than_index = {"OpenMDW-1.0"}
    checked = 0
    for license_id in ALL_IDS:
        info = license_info(license_id)
        assert info is not None
        for expr in (info.spdx, info.license_ref):
            if expr is None or expr in newer_than_index:
                continue
            result = licensing.validate(expr)
            assert not result.errors, (license_id, expr, result.errors)
            checked += 1
    assert checked >= 70


def test_license_refs_are_scancode_keys_and_never_for_boost() -> None:
    from license_expression import get_license_index

    keys = {e["license_key"] for e in get_license_index()}
    for license_id in ALL_IDS:
        ref = license_info(license_id).license_ref  # type: ignore[union-attr]
        if ref:
            assert ref.startswith("LicenseRef-scancode-")
            assert ref.removeprefix("LicenseRef-scancode-") in keys, ref
    # The trap: ScanCode's bsl-1.0 is not Boost.
    assert license_info("bsl-1.0").spdx == "BSL-1.0"  # type: ignore[union-attr]


def test_aliases_are_unambiguous() -> None:
    seen: dict[str, str] = {}
    for license_id, raw in RAW.items():
        for alias in [license_id, *raw["aliases"]]:
            norm = alias.lower().replace(" ", "-")
            assert seen.setdefault(norm, license_id) == license_id, (alias, license_id)


@pytest.mark.parametrize(
    ("license_id", "metric", "threshold"),
    [
        ("llama2", "monthly_active_users", 700_000_000),
        ("llama3", "monthly_active_users", 700_000_000),
        ("llama3.1", "monthly_active_users", 700_000_000),
        ("llama3.2", "monthly_active_users", 700_000_000),
        ("llama3.3", "monthly_active_users", 700_000_000),
        ("llama4", "monthly_active_users", 700_000_000),
        ("tongyi-qianwen", "monthly_active_users", 100_000_000),
        ("qwen", "monthly_active_users", 100_000_000),
        ("stabilityai-ai-community", "annual_revenue_usd", 1_000_000),
        ("tii-falcon-llm", "annual_revenue_usd", 1_000_000),
        ("kimi-modified-mit", "monthly_active_users", 100_000_000),
    ],
)
def test_conditions_carry_their_numbers(license_id: str, metric: str, threshold: int) -> None:
    info = license_info(license_id)
    assert info is not None
    assert any(c.metric == metric and c.threshold == threshold for c in info.conditions)


@pytest.mark.parametrize(
    ("license_id", "needle"),
    [
        ("llama3", "Built with Meta Llama 3"),
        ("llama3", '"Llama 3"'),
        ("llama3.1", "Built with Llama"),
        ("llama4", '"Llama"'),
        ("gemma", "NOTICE"),
        ("qwen", "Built with Qwen"),
        ("openrail++", "enforceable provision"),
        ("deepseek", "enforceable provision"),
        ("flux-1-dev-non-commercial-license", "Attribution Notice"),
    ],
)
def test_key_obligations(license_id: str, needle: str) -> None:
    info = license_info(license_id)
    assert info is not None
    assert any(needle in o for o in info.obligations), info.obligations


def test_lookup_by_alias_spdx_and_case() -> None:
    assert license_info("Apache-2.0").id == "apache-2.0"  # type: ignore[union-attr]
    assert license_info("AGPL-3.0-only").id == "agpl-3.0"  # type: ignore[union-attr]
    assert license_info("llama-2-community-license").id == "llama2"  # type: ignore[union-attr]
    assert license_info("Tongyi Qianwen License Agreement").id == "tongyi-qianwen"  # type: ignore[union-attr]
    assert license_info("no-such-license") is None
    assert license_info(42) is None


def test_kb_file_and_loader_agree() -> None:
    kb = load_knowledge_base(KB_PATH)
    assert tuple(kb.licenses) == tuple(RAW)
    assert len(kb.licenses) >= 100
