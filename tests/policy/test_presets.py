"""Every built-in preset on the same small repository, showing how their verdicts differ."""

from __future__ import annotations

from pathlib import Path

import pytest

from license_gate.models import Kind, Verdict
from license_gate.policy import builtin_policy_dir, builtin_policy_names, evaluate, load_policy
from tests.policy.helpers import assess, chain, index, ref

NLLB = "facebook/nllb-200-distilled-600M"
NLLB_BASE = chain((NLLB, "finetune", "cc-by-nc-4.0"))
NC_DATA = chain(("someone/tweets-nc", "dataset", "cc-by-nc-4.0"))

# (label, path, identifier, kind, license, inherited, from_datasets, unresolved)
REPOSITORY = [
    ("nc-in-service", "src/translate/service.py", NLLB, Kind.MODEL, "cc-by-nc-4.0", {}, {}, None),
    ("nc-in-tests", "tests/test_translate.py", NLLB, Kind.MODEL, "cc-by-nc-4.0", {}, {}, None),
    (
        "llama-in-service",
        "src/chat/llm.py",
        "meta-llama/Llama-3.1-8B-Instruct",
        Kind.MODEL,
        "llama3.1",
        {},
        {},
        None,
    ),
    (
        "llama-in-docs",
        "docs/guide.md",
        "meta-llama/Llama-3.1-8B-Instruct",
        Kind.MODEL,
        "llama3.1",
        {},
        {},
        None,
    ),
    (
        "apache",
        "src/search/embed.py",
        "sentence-transformers/all-MiniLM-L6-v2",
        Kind.MODEL,
        "apache-2.0",
        {},
        {},
        None,
    ),
    ("gpl", "src/tagging.py", "someone/pos-tagger-gpl", Kind.MODEL, "gpl-3.0", {}, {}, None),
    (
        "openrail",
        "src/images/generate.py",
        "CompVis/stable-diffusion-v1-4",
        Kind.MODEL,
        "openrail",
        {},
        {},
        None,
    ),
    (
        "no-derivatives",
        "src/captions.py",
        "someone/captioner-nd",
        Kind.MODEL,
        "cc-by-nd-4.0",
        {},
        {},
        None,
    ),
    (
        "unresolved",
        "src/summarize.py",
        "acme-research/summarizer-v2",
        Kind.MODEL,
        None,
        {},
        {},
        "not-found",
    ),
    (
        "nc-base-model",
        "src/legal/translate.py",
        "acme/nllb-legal-ft",
        Kind.MODEL,
        "apache-2.0",
        {"non-commercial": NLLB_BASE},
        {},
        None,
    ),
    (
        "nc-training-data",
        "src/sentiment.py",
        "someone/sentiment-roberta",
        Kind.MODEL,
        "mit",
        {},
        {"non-commercial": NC_DATA},
        None,
    ),
    ("hosted-api", "src/assistant.py", "gpt-4o", Kind.SERVICE, "proprietary", {}, {}, None),
    ("notebook", "notebooks/explore.ipynb", NLLB, Kind.MODEL, "cc-by-nc-4.0", {}, {}, None),
]

D, W, A = Verdict.DENY, Verdict.WARN, Verdict.ALLOW
EXPECTED: dict[str, dict[str, tuple[Verdict, str]]] = {
    "no-nc-in-production": {
        "nc-in-service": (D, "no-nc-in-production"),
        "nc-in-tests": (W, "non-commercial-outside-production"),
        "llama-in-service": (W, "restricted-terms-in-production"),
        "llama-in-docs": (W, "restricted-terms-outside-production"),
        "apache": (A, "default"),
        "gpl": (W, "restricted-terms-in-production"),
        "openrail": (W, "restricted-terms-in-production"),
        "no-derivatives": (A, "default"),
        "unresolved": (D, "unknown-license-in-production"),
        "nc-base-model": (D, "no-nc-in-production"),
        "nc-training-data": (W, "no-nc-in-production"),  # lineage.datasets: warn caps it
        "hosted-api": (A, "default"),
        "notebook": (W, "non-commercial-outside-production"),
    },
    "permissive-only": {
        "nc-in-service": (D, "not-permissive-in-production"),
        "nc-in-tests": (W, "non-commercial-outside-production"),
        "llama-in-service": (D, "not-permissive-in-production"),
        "llama-in-docs": (W, "restricted-terms-outside-production"),
        "apache": (A, "permissive-in-production"),
        "gpl": (D, "not-permissive-in-production"),
        "openrail": (D, "not-permissive-in-production"),
        "no-derivatives": (D, "not-permissive-in-production"),
        "unresolved": (D, "not-permissive-in-production"),
        "nc-base-model": (D, "not-permissive-in-production"),
        "nc-training-data": (W, "not-permissive-in-production"),
        "hosted-api": (W, "services-need-review"),
        "notebook": (W, "non-commercial-outside-production"),
    },
    "research": {
        "nc-in-service": (W, "non-commercial"),
        "nc-in-tests": (W, "non-commercial"),
        "llama-in-service": (W, "restricted-terms"),
        "llama-in-docs": (W, "restricted-terms"),
        "apache": (A, "default"),
        "gpl": (W, "restricted-terms"),
        "openrail": (W, "restricted-terms"),
        "no-derivatives": (W, "restricted-terms"),
        "unresolved": (W, "unknown-license"),
        "nc-base-model": (W, "non-commercial"),
        "nc-training-data": (W, "non-commercial"),
        "hosted-api": (A, "default"),
        "notebook": (W, "non-commercial"),
    },
    "strict": {
        "nc-in-service": (D, "no-nc-in-production"),
        "nc-in-tests": (W, "non-commercial-outside-production"),
        "llama-in-service": (D, "restricted-terms-in-production"),
        "llama-in-docs": (W, "restricted-terms-outside-production"),
        "apache": (A, "default"),
        "gpl": (D, "restricted-terms-in-production"),
        "openrail": (D, "restricted-terms-in-production"),
        "no-derivatives": (D, "restricted-terms-in-production"),
        "unresolved": (D, "unknown-license-in-production"),
        "nc-base-model": (D, "no-nc-in-production"),
        "nc-training-data": (D, "no-nc-in-production"),  # datasets: inherit
        "hosted-api": (A, "default"),
        "notebook": (W, "non-commercial-outside-production"),
    },
}


def repository() -> tuple[list, dict]:
    refs, assessments = [], []
    for _label, path, ident, kind, lic, inherited, data, unresolved in REPOSITORY:
        refs.append(ref(ident, path, kind=kind))
        assessments.append(
            assess(ident, lic, kind=kind, inherited=inherited, datasets=data, unresolved=unresolved)
        )
    return refs, index(assessments)


@pytest.mark.parametrize("preset", sorted(EXPECTED))
def test_preset_verdicts(preset: str, tmp_path: Path) -> None:
    policy = load_policy(tmp_path, f"builtin:{preset}")
    refs, assessments = repository()
    decisions = evaluate(refs, assessments, policy)
    got = {label: (d.verdict, d.rule) for (label, *_), d in zip(REPOSITORY, decisions, strict=True)}
    assert got == EXPECTED[preset]


def test_presets_differ_where_documented() -> None:
    """Each preset decides at least one finding of the repository differently from the default."""
    base = EXPECTED["no-nc-in-production"]
    for preset in ("permissive-only", "research", "strict"):
        differing = {k for k, v in EXPECTED[preset].items() if v[0] is not base[k][0]}
        assert differing, preset
    # research never denies; strict never allows what the default denies
    assert all(v is not D for v, _ in EXPECTED["research"].values())
    assert all(EXPECTED["strict"][k][0] is D for k, v in base.items() if v[0] is D)


def test_the_default_is_no_nc_in_production(tmp_path: Path) -> None:
    assert load_policy(tmp_path).name == "no-nc-in-production"


def test_default_production_scope_matches_the_gate_issue(tmp_path: Path) -> None:
    production = load_policy(tmp_path).scope("production")
    assert production is not None
    inside = [
        "src/app.py",
        "services/api/main.py",
        "train.py",
        "configs/model.yaml",
        "src/testing_utils.py",
        "lib/docsearch.py",
    ]
    outside = [
        "tests/test_app.py",
        "pkg/tests/conftest.py",
        "test/x.py",
        "docs/conf.py",
        "examples/demo/app.py",
        "notebooks/eda.py",
        "research/a.py",
        "src/experiments/b.py",
        "benchmarks/bench.py",
        "src/analysis.ipynb",
        "README.md",
        "docs/index.rst",
        "pkg/CHANGES.rst",
    ]
    assert [p for p in inside if not production.matches(p)] == []
    assert [p for p in outside if production.matches(p)] == []


@pytest.mark.parametrize("name", builtin_policy_names())
def test_every_preset_is_valid_commented_and_warning_free(name: str, tmp_path: Path) -> None:
    text = (builtin_policy_dir() / f"{name}.yaml").read_text(encoding="utf-8")
    assert text.startswith(f"# {name}:")
    assert sum(1 for line in text.splitlines() if line.lstrip().startswith("#")) >= 5
    policy = load_policy(tmp_path, f"builtin:{name}")
    assert policy.warnings == ()
    assert policy.name == name
