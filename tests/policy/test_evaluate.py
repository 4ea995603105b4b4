"""Evaluation: scopes, rule order, every match key, the default, lineage modes, declarations and
fail-closed behaviour. Table-driven over References and Assessments built directly."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from license_gate.models import Assessment, Kind, RefKey, Source, Verdict
from license_gate.policy import (
    DEFAULT_RULE,
    ERROR_RULE,
    evaluate,
    load_policy_text,
)
from tests.policy.helpers import assess, chain, index, ref

TEAM_POLICY = """\
version: 1
scopes:
  production: {include: ["**"], exclude: ["tests/**", "notebooks/**", "**/*.ipynb"]}
  research:   {include: ["notebooks/**", "research/**"]}
rules:
  - id: llama-approved
    scope: production
    match:
      models: ["meta-llama/*"]
      categories: [custom-terms]
    action: allow
    message: "Approved by legal, ticket LEGAL-123."
  - id: research-anything
    scope: research
    action: allow
  - id: community-ok
    match: {models: ["openai-community/*"]}
    action: allow
  - id: no-gpl
    match: {licenses: ["gpl-*"]}
    action: deny
  - id: services
    match: {kinds: [service]}
    action: warn
  - id: no-nc-in-production
    scope: production
    match: {categories: [non-commercial]}
    action: deny
  - id: unknown-in-production
    scope: production
    match: {unknown: true}
    action: deny
  - id: datasets-known
    match: {kinds: [dataset], unknown: false}
    action: allow
default: warn
"""


@dataclass(frozen=True)
class Case:
    name: str
    identifier: str
    license: str | None
    path: str
    verdict: Verdict
    rule: str
    kind: Kind = Kind.MODEL
    canonical: str | None = None
    unresolved: str | None = None


CASES = [
    Case(
        "nc in production",
        "facebook/nllb-200-distilled-600M",
        "cc-by-nc-4.0",
        "src/translate/service.py",
        Verdict.DENY,
        "no-nc-in-production",
    ),
    Case(
        "nc in tests falls to default",
        "facebook/nllb-200-distilled-600M",
        "cc-by-nc-4.0",
        "tests/test_translate.py",
        Verdict.WARN,
        DEFAULT_RULE,
    ),
    Case(
        "nc in a notebook: research scope",
        "facebook/nllb-200-distilled-600M",
        "cc-by-nc-4.0",
        "notebooks/explore.py",
        Verdict.ALLOW,
        "research-anything",
    ),
    Case(
        "ipynb anywhere is not production",
        "facebook/nllb-200-distilled-600M",
        "cc-by-nc-4.0",
        "src/demo/eval.ipynb",
        Verdict.WARN,
        DEFAULT_RULE,
    ),
    Case(
        "model glob + category",
        "meta-llama/Llama-3.1-8B-Instruct",
        "llama3.1",
        "src/chat.py",
        Verdict.ALLOW,
        "llama-approved",
    ),
    Case(
        "model glob is case-insensitive",
        "META-LLAMA/llama-3.1-8b-instruct",
        "llama3.1",
        "src/chat.py",
        Verdict.ALLOW,
        "llama-approved",
    ),
    Case(
        "every key must match: glob fits, category does not",
        "meta-llama/Llama-2-7b-nc",
        "cc-by-nc-4.0",
        "src/chat.py",
        Verdict.DENY,
        "no-nc-in-production",
    ),
    Case(
        "custom terms without approval: default",
        "google/gemma-2-2b-it",
        "gemma",
        "src/chat.py",
        Verdict.WARN,
        DEFAULT_RULE,
    ),
    Case(
        "order: research rule before no-gpl",
        "someone/gpl-tagger",
        "gpl-3.0",
        "research/tagging.py",
        Verdict.ALLOW,
        "research-anything",
    ),
    Case(
        "licenses glob", "someone/gpl-tagger", "gpl-3.0", "src/tagging.py", Verdict.DENY, "no-gpl"
    ),
    Case(
        "glob matches the canonical id",
        "gpt2",
        "mit",
        "src/gen.py",
        Verdict.ALLOW,
        "community-ok",
        canonical="openai-community/gpt2",
    ),
    Case(
        "kinds: service",
        "gpt-4o-mini",
        "proprietary",
        "src/llm.py",
        Verdict.WARN,
        "services",
        kind=Kind.SERVICE,
    ),
    Case(
        "unresolved counts as unknown",
        "acme-research/summarizer-v2",
        None,
        "src/summary.py",
        Verdict.DENY,
        "unknown-in-production",
        unresolved="not-found",
    ),
    Case(
        "no license declared is unknown",
        "someone/no-card",
        None,
        "src/summary.py",
        Verdict.DENY,
        "unknown-in-production",
    ),
    Case(
        "unrecognised license is unknown",
        "someone/odd-card",
        "my-own-license",
        "src/summary.py",
        Verdict.DENY,
        "unknown-in-production",
    ),
    Case(
        "dataset with a known license: unknown false",
        "wikimedia/wikipedia",
        "cc-by-4.0",
        "src/data.py",
        Verdict.ALLOW,
        "datasets-known",
        kind=Kind.DATASET,
    ),
    Case(
        "dataset unknown outside production: default",
        "someone/scraped",
        None,
        "tests/test_data.py",
        Verdict.WARN,
        DEFAULT_RULE,
        kind=Kind.DATASET,
    ),
    Case(
        "permissive: no rule, default",
        "google-bert/bert-base-uncased",
        "apache-2.0",
        "src/embed.py",
        Verdict.WARN,
        DEFAULT_RULE,
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[c.name for c in CASES])
def test_team_policy(case: Case) -> None:
    policy = load_policy_text(TEAM_POLICY)
    r = ref(case.identifier, case.path, kind=case.kind)
    a = assess(
        case.identifier,
        case.license,
        kind=case.kind,
        canonical=case.canonical,
        unresolved=case.unresolved,
    )
    (d,) = evaluate([r], index([a]), policy)
    assert (d.verdict, d.rule) == (case.verdict, case.rule)
    assert d.reference is r
    assert d.assessment is a


def test_decisions_follow_input_order_and_skip_suppressed() -> None:
    policy = load_policy_text(TEAM_POLICY)
    refs = [
        ref("facebook/nllb-200-distilled-600M", "src/a.py"),
        ref("facebook/nllb-200-distilled-600M", "src/b.py", suppressed=True),
        ref("google-bert/bert-base-uncased", "src/c.py"),
    ]
    assessments = index(
        [
            assess("facebook/nllb-200-distilled-600M", "cc-by-nc-4.0"),
            assess("google-bert/bert-base-uncased", "apache-2.0"),
        ]
    )
    decisions = evaluate(refs, assessments, policy)
    assert [d.reference.path for d in decisions] == ["src/a.py", "src/c.py"]
    assert [d.verdict for d in decisions] == [Verdict.DENY, Verdict.WARN]


def test_messages_name_license_category_scope_and_rule() -> None:
    policy = load_policy_text(TEAM_POLICY)
    refs = [
        ref("facebook/nllb-200-distilled-600M", "src/a.py"),
        ref("meta-llama/Llama-3.1-8B-Instruct", "src/b.py"),
        ref("google-bert/bert-base-uncased", "src/c.py"),
        ref("acme-research/summarizer-v2", "src/d.py"),
    ]
    a = index(
        [
            assess("facebook/nllb-200-distilled-600M", "cc-by-nc-4.0"),
            assess("meta-llama/Llama-3.1-8B-Instruct", "llama3.1"),
            assess("google-bert/bert-base-uncased", "apache-2.0"),
            assess("acme-research/summarizer-v2", None, unresolved="not-found"),
        ]
    )
    nc, llama, bert, missing = evaluate(refs, a, policy)
    assert nc.message == (
        "cc-by-nc-4.0 is non-commercial; denied in production by rule no-nc-in-production"
    )
    assert nc.categories == ("non-commercial", "attribution")
    assert nc.lineage == ()
    assert llama.message == (
        "llama3.1 is custom-terms; allowed in production by rule llama-approved: "
        "Approved by legal, ticket LEGAL-123."
    )
    assert bert.message == (
        "apache-2.0 is permissive, attribution; no rule matched; flagged by the policy default"
    )
    assert missing.message.startswith(
        "acme-research/summarizer-v2 could not be resolved (not-found: 404"
    )
    assert "unknown" in missing.categories


def test_default_decides_when_there_are_no_rules() -> None:
    policy = load_policy_text("version: 1\ndefault: deny\n")
    (d,) = evaluate(
        [ref("google-bert/bert-base-uncased")],
        index([assess("google-bert/bert-base-uncased", "apache-2.0")]),
        policy,
    )
    assert (d.verdict, d.rule) == (Verdict.DENY, "default")


def test_unknown_false_does_not_match_unresolved() -> None:
    policy = load_policy_text(
        "version: 1\nrules:\n  - {id: known, match: {unknown: false}, action: allow}\n"
        "default: deny\n"
    )
    refs = [ref("a/known"), ref("a/gone")]
    a = index([assess("a/known", "mit"), assess("a/gone", None, unresolved="not-found")])
    known, gone = evaluate(refs, a, policy)
    assert (known.verdict, known.rule) == (Verdict.ALLOW, "known")
    assert (gone.verdict, gone.rule) == (Verdict.DENY, "default")


def test_models_glob_also_matches_the_identifier_as_written() -> None:
    policy = load_policy_text(
        "version: 1\nrules:\n  - {id: legacy, match: {models: [gpt2]}, action: deny}\n"
    )
    (d,) = evaluate(
        [ref("gpt2")], index([assess("gpt2", "mit", canonical="openai-community/gpt2")]), policy
    )
    assert d.rule == "legacy"


def test_dataset_glob_with_kind_prefix() -> None:
    policy = load_policy_text(
        "version: 1\nrules:\n  - {id: no-scrapes, match: {models: ['datasets/scrapers/*']}, "
        "action: deny}\n"
    )
    refs = [ref("scrapers/web", kind=Kind.DATASET), ref("scrapers/web")]
    a = index(
        [
            assess("scrapers/web", "cc-by-4.0", kind=Kind.DATASET),
            assess("scrapers/web", "cc-by-4.0"),
        ]
    )
    ds, model = evaluate(refs, a, policy)
    assert ds.verdict is Verdict.DENY
    assert model.verdict is Verdict.ALLOW


# --- lineage modes -------------------------------------------------------------------------

LINEAGE_POLICY = """\
version: 1
scopes:
  production: {exclude: ["tests/**"]}
rules:
  - id: no-nc-in-production
    scope: production
    match: {categories: [non-commercial]}
    action: deny
  - id: copyleft-warn
    match: {categories: [copyleft]}
    action: warn
default: allow
lineage: {base_models: %s, datasets: %s}
"""

BASE_NC = chain(("facebook/nllb-200-distilled-600M", "finetune", "cc-by-nc-4.0"))
DEEP_NC = chain(
    ("acme/nllb-ft", "adapter", "apache-2.0"),
    ("facebook/nllb-200-distilled-600M", "finetune", "cc-by-nc-4.0"),
)
DATA_NC = chain(
    ("allenai/nllb", "dataset", "odc-by"),
)


@pytest.mark.parametrize(
    ("base_mode", "data_mode", "inherited", "datasets", "verdict", "rule", "lineage"),
    [
        (
            "inherit",
            "ignore",
            {"non-commercial": BASE_NC},
            {},
            Verdict.DENY,
            "no-nc-in-production",
            BASE_NC,
        ),
        (
            "warn",
            "ignore",
            {"non-commercial": BASE_NC},
            {},
            Verdict.WARN,
            "no-nc-in-production",
            BASE_NC,
        ),
        ("ignore", "ignore", {"non-commercial": BASE_NC}, {}, Verdict.ALLOW, "default", ()),
        (
            "ignore",
            "inherit",
            {},
            {"non-commercial": DATA_NC},
            Verdict.DENY,
            "no-nc-in-production",
            DATA_NC,
        ),
        (
            "ignore",
            "warn",
            {},
            {"non-commercial": DATA_NC},
            Verdict.WARN,
            "no-nc-in-production",
            DATA_NC,
        ),
        ("ignore", "ignore", {}, {"non-commercial": DATA_NC}, Verdict.ALLOW, "default", ()),
        (
            "inherit",
            "ignore",
            {"non-commercial": DEEP_NC},
            {},
            Verdict.DENY,
            "no-nc-in-production",
            DEEP_NC,
        ),
        # warn mode never lowers what inherit already decided
        (
            "inherit",
            "warn",
            {"non-commercial": BASE_NC},
            {"non-commercial": DATA_NC},
            Verdict.DENY,
            "no-nc-in-production",
            BASE_NC,
        ),
        # a warning from lineage that is not stricter than the own verdict changes nothing
        ("warn", "ignore", {"copyleft": BASE_NC}, {}, Verdict.WARN, "copyleft-warn", BASE_NC),
    ],
    ids=[
        "inherit",
        "warn",
        "ignore",
        "data-inherit",
        "data-warn",
        "data-ignore",
        "two-hops",
        "inherit-beats-warn",
        "warn-not-stricter",
    ],
)
def test_lineage_modes(
    base_mode: str,
    data_mode: str,
    inherited: dict,
    datasets: dict,
    verdict: Verdict,
    rule: str,
    lineage: tuple,
) -> None:
    policy = load_policy_text(LINEAGE_POLICY % (base_mode, data_mode))
    r = ref("acme/nllb-ft-legal", "src/translate.py")
    a = assess("acme/nllb-ft-legal", "apache-2.0", inherited=inherited, datasets=datasets)
    (d,) = evaluate([r], index([a]), policy)
    assert (d.verdict, d.rule, d.lineage) == (verdict, rule, lineage)


def test_lineage_messages_name_the_chain() -> None:
    r = ref("acme/nllb-ft-legal", "src/translate.py")
    a = assess("acme/nllb-ft-legal", "apache-2.0", inherited={"non-commercial": DEEP_NC})
    (inherit,) = evaluate([r], index([a]), load_policy_text(LINEAGE_POLICY % ("inherit", "warn")))
    assert inherit.message == (
        "non-commercial inherited from base model facebook/nllb-200-distilled-600M "
        "(cc-by-nc-4.0) via acme/nllb-ft (adapter) -> facebook/nllb-200-distilled-600M "
        "(finetune); denied in production by rule no-nc-in-production"
    )
    assert "non-commercial" in inherit.categories
    (warned,) = evaluate([r], index([a]), load_policy_text(LINEAGE_POLICY % ("warn", "warn")))
    assert warned.verdict is Verdict.WARN
    assert "would be denied by rule no-nc-in-production" in warned.message
    assert "lineage.base_models is warn" in warned.message
    assert "facebook/nllb-200-distilled-600M" in warned.message


def test_own_category_wins_over_lineage_for_the_chain() -> None:
    policy = load_policy_text(LINEAGE_POLICY % ("inherit", "inherit"))
    a = assess("someone/nc-ft", "cc-by-nc-4.0", inherited={"non-commercial": BASE_NC})
    (d,) = evaluate([ref("someone/nc-ft")], index([a]), policy)
    assert d.verdict is Verdict.DENY
    assert d.lineage == ()
    assert d.message.startswith("cc-by-nc-4.0 is non-commercial")


# --- declarations, services, fail-closed ---------------------------------------------------


def test_declared_records_come_from_models_section() -> None:
    policy = load_policy_text(
        'version: 1\nmodels:\n  "acme/*": {license: proprietary, note: "in-house"}\n'
        '  "acme/public-*": {license: apache-2.0}\n'
        '  "datasets/acme/*": {license: cc-by-4.0}\n'
        '  "Corp/Fixed": {license: other, license_name: corp-eula, base_models: [meta-llama/x],'
        " datasets: [corp/data]}\n"
    )
    rec = policy.declared(RefKey(Kind.MODEL, "ACME/summarizer", "main"))
    assert rec is not None
    assert (rec.identifier, rec.license, rec.source, rec.note, rec.revision) == (
        "ACME/summarizer",
        "proprietary",
        Source.POLICY,
        "in-house",
        "main",
    )
    # the first matching entry wins, in file order
    public = policy.declared(RefKey(Kind.MODEL, "acme/public-bert"))
    assert public is not None
    assert public.license == "proprietary"
    ds = policy.declared(RefKey(Kind.DATASET, "acme/logs"))
    assert ds is not None
    assert ds.license == "cc-by-4.0"
    assert ds.kind is Kind.DATASET
    fixed = policy.declared(RefKey(Kind.MODEL, "corp/fixed"))
    assert fixed is not None
    assert fixed.license_name == "corp-eula"
    assert [e.identifier for e in fixed.base_models] == ["meta-llama/x"]
    assert fixed.datasets == ("corp/data",)
    assert policy.declared(RefKey(Kind.MODEL, "other/model")) is None
    assert policy.declared(RefKey(Kind.DATASET, "corp/fixed")) is None


def test_service_without_assessment_is_classified_as_proprietary() -> None:
    policy = load_policy_text(
        "version: 1\nrules:\n  - {id: no-proprietary, match: {categories: [proprietary]}, "
        "action: warn}\ndefault: deny\n"
    )
    (d,) = evaluate([ref("claude-3-5-sonnet", kind=Kind.SERVICE)], {}, policy)
    assert (d.verdict, d.rule) == (Verdict.WARN, "no-proprietary")
    assert d.assessment.own.raw == "service-terms"


def test_missing_assessment_is_unknown_not_allowed() -> None:
    policy = load_policy_text(
        "version: 1\nrules:\n  - {id: unknown, match: {unknown: true}, action: deny}\n"
    )
    (d,) = evaluate([ref("someone/never-resolved")], {}, policy)
    assert (d.verdict, d.rule) == (Verdict.DENY, "unknown")
    assert d.assessment.unresolved is not None


def test_an_error_while_evaluating_denies() -> None:
    policy = load_policy_text("version: 1\ndefault: allow\n")
    good = assess("a/b", "mit")
    broken = Assessment(key=good.key, identifier="a/b", record=None, unresolved=None, own=None)  # type: ignore[arg-type]
    (d,) = evaluate([ref("a/b")], {good.key: broken}, policy)
    assert (d.verdict, d.rule) == (Verdict.DENY, ERROR_RULE)
    assert "fail-closed" in d.message


def test_an_other_license_is_named_by_what_was_declared() -> None:
    from license_gate.models import LicenseClass

    policy = load_policy_text(
        "version: 1\nrules:\n  - {id: custom, match: {categories: [custom-terms]}, action: warn}\n"
    )
    a = assess("apple/OpenELM-270M", "other")
    a = Assessment(
        key=a.key,
        identifier=a.identifier,
        record=a.record,
        unresolved=None,
        own=LicenseClass("other", "other:apple-sample-code-license", ("custom-terms",), False),
    )
    (d,) = evaluate([ref("apple/OpenELM-270M")], index([a]), policy)
    assert d.message == ("other:apple-sample-code-license is custom-terms; flagged by rule custom")
