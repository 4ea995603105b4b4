"""Reading card license fields: ids, lists, `other` with license_name/link, malformed metadata."""
# ruff: noqa: E501  (a table of real card metadata reads best one case per line)

from __future__ import annotations

from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from license_gate.knowledge import classify, classify_fields, license_info
from license_gate.models import CATEGORIES

from .helpers import sample_record

CASES: list[tuple[dict[str, Any], str | None, str | None, set[str]]] = [
    # (card fields, expected KB id, expected raw, categories that must be present)
    ({"license": "apache-2.0"}, "apache-2.0", "apache-2.0", {"permissive"}),
    ({"license": "cc-by-nc-4.0"}, "cc-by-nc-4.0", "cc-by-nc-4.0", {"non-commercial"}),
    ({"license": "CC-BY-NC-SA-4.0"}, "cc-by-nc-sa-4.0", "CC-BY-NC-SA-4.0", {"non-commercial", "copyleft"}),
    ({"license": "license:llama3.1"}, "llama3.1", "llama3.1", {"custom-terms", "use-restrictions"}),
    ({"license": "openrail++"}, "openrail++", "openrail++", {"use-restrictions"}),
    ({"license": "agpl-3.0"}, "agpl-3.0", "agpl-3.0", {"copyleft"}),
    ({"license": "gemma"}, "gemma", "gemma", {"custom-terms"}),
    # Mistral's research and non-production licenses as real cards write them
    ({"license": "other", "license_name": "mrl", "license_link": "https://mistral.ai/licenses/MRL-0.1.md"},
     "mrl", "other:mrl", {"non-commercial", "research-only"}),
    ({"license": "other", "license_name": "mnpl", "license_link": "https://mistral.ai/licences/MNPL-0.1.md"},
     "mnpl", "other:mnpl", {"non-commercial", "non-production"}),
    ({"license": "other", "license_name": "flux-1-dev-non-commercial-license", "license_link": "LICENSE.md"},
     "flux-1-dev-non-commercial-license", "other:flux-1-dev-non-commercial-license",
     {"non-commercial", "non-production"}),
    ({"license": "other", "license_name": "tongyi-qianwen-license-agreement"}, "tongyi-qianwen",
     "other:tongyi-qianwen-license-agreement", {"custom-terms"}),
    ({"license": "other", "license_name": "qwen-research", "license_link": "https://huggingface.co/Qwen/Qwen2.5-3B-Instruct/blob/main/LICENSE"},
     "qwen-research", "other:qwen-research", {"non-commercial", "research-only"}),
    ({"license": "other", "license_name": "deepseek-license", "license_link": "LICENSE"}, "deepseek",
     "other:deepseek-license", {"use-restrictions"}),
    ({"license": "other", "license_name": "llama-2-community-license"}, "llama2",
     "other:llama-2-community-license", {"custom-terms"}),
    ({"license": "other", "license_name": "llama-license"}, "llama1-research", "other:llama-license",
     {"non-commercial", "research-only"}),
    ({"license": "other", "license_name": "stabilityai-nc-research-community"}, "sai-nc-community",
     "other:stabilityai-nc-research-community", {"non-commercial"}),
    ({"license": "other", "license_name": "stabilityai-ai-community", "license_link": "LICENSE.md"},
     "stabilityai-ai-community", "other:stabilityai-ai-community", {"custom-terms"}),
    ({"license": "other", "license_name": "coqui-public-model-license", "license_link": "https://coqui.ai/cpml"},
     "coqui-public-model-license", "other:coqui-public-model-license", {"non-commercial"}),
    ({"license": "other", "license_name": "falcon-llm-license", "license_link": "https://falconllm.tii.ae/falcon-terms-and-conditions.html"},
     "falcon-llm-license", "other:falcon-llm-license", {"custom-terms"}),
    # matched through the link alone
    ({"license": "other", "license_link": "https://mistral.ai/licenses/MRL-0.1.md"}, "mrl", "other", {"non-commercial"}),
    ({"license": "other", "license_name": "custom", "license_link": "https://llama.meta.com/llama3/license/"},
     "llama3", "other:custom", {"custom-terms"}),
    # license_name without license (legacy cards)
    ({"license_name": "mrl"}, "mrl", "other:mrl", {"non-commercial"}),
    # a list: most restrictive wins
    ({"license": ["apache-2.0", "cc-by-nc-4.0"]}, "cc-by-nc-4.0", "apache-2.0, cc-by-nc-4.0", {"non-commercial"}),
    ({"license": ["cc-by-sa-3.0", "gfdl"]}, "cc-by-sa-3.0", "cc-by-sa-3.0, gfdl", {"copyleft"}),
    ({"license": ["mit"]}, "mit", "mit", {"permissive"}),
]  # fmt: skip


@pytest.mark.parametrize(("card", "license_id", "raw", "cats"), CASES)
def test_card_fields(card: dict[str, Any], license_id: str, raw: str, cats: set[str]) -> None:
    lic = card.get("license")
    lc = classify_fields(
        lic if not isinstance(lic, list) else None,
        lic if isinstance(lic, list) else (),
        card.get("license_name"),
        card.get("license_link"),
    )
    assert lc.license_id == license_id
    assert lc.raw == raw
    assert lc.recognised
    assert cats <= set(lc.categories)
    if cats & {"non-commercial", "custom-terms", "copyleft", "use-restrictions"}:
        assert "permissive" not in lc.categories


def test_nothing_declared_differs_from_unrecognised() -> None:
    nothing = classify_fields(None)
    assert (nothing.license_id, nothing.raw, nothing.categories, nothing.recognised) == (
        None, None, ("unknown",), False,
    )  # fmt: skip
    odd = classify_fields("my-own-license")
    assert (odd.license_id, odd.raw, odd.categories, odd.recognised) == (
        None, "my-own-license", ("unknown",), False,
    )  # fmt: skip


def test_explicit_unknown_and_unmatched_other() -> None:
    unknown = classify_fields("unknown")
    assert unknown.license_id == "unknown"
    assert unknown.categories == ("unknown",)
    other = classify_fields("other", (), "acme-model-license-v2", "LICENSE")
    assert other.license_id == "other"
    assert other.raw == "other:acme-model-license-v2"
    assert not other.recognised
    assert "unknown" in other.categories
    assert "permissive" not in other.categories
    bare = classify_fields("other")
    assert bare.raw == "other"
    assert "unknown" in bare.categories


@pytest.mark.parametrize(
    "value",
    [
        42,
        3.5,
        True,
        {"name": "apache-2.0"},
        [],
        [None],
        [42, {"x": 1}],
        "",
        "   ",
        "apache-2.0 " * 1000,  # a 10 kB paste
        "x" * 10_000,
        ["apache-2.0", 7],  # one good, one garbage: the garbage must not vanish
        object(),
    ],
)
def test_malformed_license_never_crashes_or_reads_permissive(value: object) -> None:
    lc = classify_fields(value)
    assert lc.categories
    assert "permissive" not in lc.categories
    assert "unknown" in lc.categories
    assert lc.raw is None or len(lc.raw) <= 100


@pytest.mark.parametrize("name", [42, {"a": 1}, ["mrl"], "m" * 10_000, ""])
def test_malformed_license_name_and_link(name: object) -> None:
    lc = classify_fields("other", (), name, name)
    assert "permissive" not in lc.categories
    assert lc.raw is not None
    assert len(lc.raw) <= 100


def test_recorded_hub_responses() -> None:
    bert = classify(sample_record("google-bert__bert-base-uncased.json"))
    assert (bert.license_id, bert.spdx, bert.categories) == (
        "apache-2.0", "Apache-2.0", ("permissive", "attribution"),
    )  # fmt: skip
    squad2 = classify(sample_record("deepset__roberta-base-squad2.json"))
    assert squad2.license_id == "cc-by-4.0"
    sd21 = classify(sample_record("stabilityai__stable-diffusion-2-1.json"))
    assert sd21.license_id == "openrail++"
    assert "use-restrictions" in sd21.categories
    assert "permissive" not in sd21.categories


def test_custom_license_refs_are_exposed_as_spdx_expressions() -> None:
    assert classify_fields("llama3.1").spdx == "LicenseRef-scancode-llama-3.1-license-2024"
    assert classify_fields("llama3").spdx is None


# license_name values seen in real cards (hub-docs hacktoberfest data and Hub cards), each with
# the license it means.
OBSERVED_NAMES = [
    ("deepseek", "deepseek"),
    ("deepseek-license", "deepseek"),
    ("tongyi-qianwen", "tongyi-qianwen"),
    ("tongyi-qianwen-license-agreement", "tongyi-qianwen"),
    ("llama-2-community-license", "llama2"),
    ("llama-license", "llama1-research"),
    ("mnpl", "mnpl"),
    ("mrl", "mrl"),
    ("qwen", "qwen"),
    ("qwen-research", "qwen-research"),
    ("yi-license", "yi-license"),
    ("falcon-llm-license", "falcon-llm-license"),
    ("sai-nc-community", "sai-nc-community"),
    ("stabilityai-nc-research-community", "sai-nc-community"),
    ("stabilityai-ai-community", "stabilityai-ai-community"),
    ("flux-1-dev-non-commercial-license", "flux-1-dev-non-commercial-license"),
    ("coqui-public-model-license", "coqui-public-model-license"),
    ("apple-sample-code-license", "apple-ascl"),
    ("Llama 2 Community License", "llama2"),  # free text, spaces and capitals
]


@pytest.mark.parametrize(("name", "license_id"), OBSERVED_NAMES)
def test_observed_license_names(name: str, license_id: str) -> None:
    lc = classify_fields("other", (), name, "LICENSE")
    assert lc.license_id == license_id
    assert lc.raw == f"other:{name}"


# hub-notes "policy implications": these block a no-NC-in-production policy.
BLOCKING = [
    "cc-by-nc-4.0", "cc-by-nc-sa-4.0", "cc-by-nc-nd-4.0", "deepfloyd-if-license",
    "fair-noncommercial-research-license", "apple-amlr", "h-research", "intel-research",
    "qwen-research", "tongyi-qianwen-research", "mrl", "sai-nc-community",
    "flux-1-dev-non-commercial-license", "coqui-public-model-license", "llama-license", "mnpl",
]  # fmt: skip


@pytest.mark.parametrize("value", BLOCKING)
def test_blocking_licenses_read_as_non_commercial(value: str) -> None:
    assert "non-commercial" in classify_fields(value).categories
    assert "non-commercial" in classify_fields("other", (), value).categories


_REAL = ["apache-2.0", "MIT", "license:mit", "other", "cc-by-nc-4.0", "llama3.1", "mrl", "bsd", " "]
_json = st.recursive(
    st.none()
    | st.booleans()
    | st.integers()
    | st.floats(allow_nan=True)
    | st.text(max_size=300)
    | st.sampled_from(_REAL),
    lambda inner: (
        st.lists(inner, max_size=5) | st.dictionaries(st.text(max_size=10), inner, max_size=5)
    ),
    max_leaves=20,
)


@settings(max_examples=150, deadline=None)
@given(license=_json, licenses=_json, name=_json, link=_json)
def test_any_card_metadata_is_total_and_fails_closed(
    license: object, licenses: object, name: object, link: object
) -> None:
    lc = classify_fields(license, licenses, name, link)
    assert lc.categories
    assert set(lc.categories) <= set(CATEGORIES)
    assert lc.raw is None or len(lc.raw) <= 100
    if "permissive" in lc.categories:
        # only when every declared value is itself a permissive license
        def flat(v: object) -> list[object]:
            items = v[:32] if isinstance(v, list) else [v]
            return [
                x for x in items if x is not None and not (isinstance(x, str) and not x.strip())
            ]

        values = flat(license) + flat(licenses)
        assert values or isinstance(name, str) or isinstance(link, str)
        for v in values or ["other"]:
            assert isinstance(v, str)
            info = license_info(v.strip().removeprefix("license:").strip())
            if info is None or info.id == "other":
                info = license_info(name) if isinstance(name, str) else None
            assert info is not None
            assert "permissive" in info.categories
