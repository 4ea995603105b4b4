"""One test per validation error, with its exact file, line, column and key path; unknown keys
and globs that can never match are warnings."""

from __future__ import annotations

import pytest

from license_gate.errors import PolicyError
from license_gate.policy import load_policy_text


def error_of(text: str) -> PolicyError:
    with pytest.raises(PolicyError) as info:
        load_policy_text(text, source=".license-gate.yaml")
    return info.value


ERRORS = [
    (
        "bad action",
        """\
version: 1
rules:
  - id: llama-approved
    match: {models: ["meta-llama/*"]}
    action: allow
  - id: no-nc
    match: {categories: [non-commercial]}
    action: block
""",
        ".license-gate.yaml:8:13: rules[1].action: 'block' is not one of deny, warn, allow",
    ),
    (
        "bad default",
        "version: 1\ndefault: permit\n",
        ".license-gate.yaml:2:10: default: 'permit' is not one of deny, warn, allow",
    ),
    (
        "unknown category",
        "version: 1\nrules:\n  - id: x\n    match:\n      categories: [non-comercial]\n"
        "    action: deny\n",
        ".license-gate.yaml:5:20: rules[0].match.categories[0]: 'non-comercial' is not one of "
        "permissive, copyleft, non-commercial, research-only, non-production, no-derivatives, "
        "use-restrictions, custom-terms, attribution, proprietary, unknown",
    ),
    (
        "unknown kind",
        "version: 1\nrules:\n  - id: x\n    match: {kinds: [models]}\n    action: deny\n",
        ".license-gate.yaml:4:21: rules[0].match.kinds[0]: 'models' is not one of model, "
        "dataset, space, service",
    ),
    (
        "unknown must be a boolean",
        "version: 1\nrules:\n  - id: x\n    match:\n      unknown: maybe\n    action: deny\n",
        ".license-gate.yaml:5:16: rules[0].match.unknown: expected true or false, got a string",
    ),
    (
        "rule without id",
        "version: 1\nrules:\n  - match: {unknown: true}\n    action: deny\n",
        ".license-gate.yaml:3:5: rules[0]: a rule needs an `id` (used in output and exceptions)",
    ),
    (
        "rule without action",
        "version: 1\nrules:\n  - id: x\n    match: {unknown: true}\n",
        ".license-gate.yaml:3:5: rules[0]: a rule needs an `action` (deny, warn, allow)",
    ),
    (
        "duplicate rule id",
        "version: 1\nrules:\n  - {id: x, action: deny}\n  - {id: x, action: warn}\n",
        ".license-gate.yaml:4:10: rules[1].id: duplicate rule id 'x' (also rules[0])",
    ),
    (
        "reserved rule id",
        "version: 1\nrules:\n  - {id: default, action: deny}\n",
        ".license-gate.yaml:3:10: rules[0].id: 'default' is reserved",
    ),
    (
        "rule id with spaces",
        "version: 1\nrules:\n  - {id: no nc, action: deny}\n",
        ".license-gate.yaml:3:10: rules[0].id: 'no nc': rule ids use letters, digits, '-', '_', "
        "'.' and ':'",
    ),
    (
        "rules is not a list",
        "version: 1\nrules:\n  id: x\n  action: deny\n",
        ".license-gate.yaml:3:3: rules: expected a list of rules, got a mapping",
    ),
    (
        "rule is a string",
        "version: 1\nrules:\n  - no-nc\n",
        ".license-gate.yaml:3:5: rules[0]: expected a mapping, got a string",
    ),
    (
        "undefined scope",
        "version: 1\nscopes:\n  production: {exclude: [tests/]}\nrules:\n"
        "  - id: x\n    scope: prod\n    action: deny\n",
        ".license-gate.yaml:6:12: rule 'x': scope 'prod' is not defined; defined scopes: "
        "production",
    ),
    (
        "scope include not a list",
        "version: 1\nscopes:\n  production:\n    include: 42\n",
        ".license-gate.yaml:4:14: scopes.production.include: expected a list of strings, "
        "got a number",
    ),
    (
        "lineage mode",
        "version: 1\nlineage:\n  base_models: inherited\n",
        ".license-gate.yaml:3:16: lineage.base_models: 'inherited' is not one of inherit, warn, "
        "ignore",
    ),
    (
        "unsupported version",
        "version: 2\n",
        ".license-gate.yaml:1:10: version: 2 is not supported (this license-gate reads version 1)",
    ),
    (
        "model declaration without a license",
        'version: 1\nmodels:\n  "acme/*": {note: "in-house"}\n',
        ".license-gate.yaml:3:13: models['acme/*']: declare at least `license` (e.g. "
        "proprietary, apache-2.0) or `license_name`",
    ),
    (
        "declaration kind",
        'version: 1\nmodels:\n  "acme/*": {license: mit, kind: space}\n',
        ".license-gate.yaml:3:34: models['acme/*'].kind: 'space' is not one of model, dataset",
    ),
    (
        "max_days out of range",
        "version: 1\nexceptions:\n  max_days: 0\n",
        ".license-gate.yaml:3:13: exceptions.max_days: 0 is out of range (1 to 3650)",
    ),
    (
        "exceptions dir outside the repository",
        "version: 1\nexceptions:\n  dir: ../shared/exceptions\n",
        ".license-gate.yaml:3:8: exceptions.dir: '../shared/exceptions' points outside the "
        "repository",
    ),
    (
        "extends must be a string",
        "version: 1\nextends: [builtin:strict]\n",
        ".license-gate.yaml:2:10: extends: expected a string, got a list",
    ),
    (
        "unknown builtin",
        "version: 1\nextends: builtin:no-nc\n",
        ".license-gate.yaml:2:10: unknown built-in policy 'builtin:no-nc'; available: "
        "builtin:no-nc-in-production, builtin:permissive-only, builtin:research, builtin:strict",
    ),
    (
        "extends a URL",
        "version: 1\nextends: https://example.com/policy.yaml\n",
        ".license-gate.yaml:2:10: extends: URLs are not supported "
        "('https://example.com/policy.yaml')",
    ),
    (
        "non-string key",
        "version: 1\nmodels:\n  42: {license: mit}\n",
        ".license-gate.yaml:3:3: models: keys must be strings, got a number",
    ),
    (
        "a tagged value",
        "version: 1\ndefault: !!python/name:os.system deny\n",
        ".license-gate.yaml:2:10: default: a value tagged tag:yaml.org,2002:python/name:os.system "
        "is not one of deny, warn, allow",
    ),
]


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in ERRORS], ids=[n for n, _, _ in ERRORS]
)
def test_validation_error(text: str, expected: str) -> None:
    err = error_of(text)
    assert err.diagnostics().splitlines()[0] == expected
    assert err.exit_code == 2


def test_did_you_mean_hint() -> None:
    err = error_of("version: 1\ndefault: denny\n")
    assert err.hint == "did you mean 'deny'?"


def test_unknown_keys_warn_with_position_and_suggestion() -> None:
    policy = load_policy_text(
        "version: 1\nrulez: []\nrules:\n  - id: x\n    acton: deny\n    action: deny\n"
        "    match: {categoris: [copyleft], models: [a/b]}\n"
    )
    assert policy.warnings == (
        ".license-gate.yaml:2:1: unknown key rulez is ignored (expected one of version, name, "
        "description, extends, scopes, rules, default, lineage, models, exceptions, exclude); "
        "did you mean 'rules'?",
        ".license-gate.yaml:5:5: unknown key rules[0].acton is ignored (expected one of id, "
        "scope, match, action, message, description); did you mean 'action'?",
        ".license-gate.yaml:7:13: unknown key rules[0].match.categoris is ignored (expected one "
        "of models, categories, licenses, kinds, unknown); did you mean 'categories'?",
    )
    # the misspelt key is ignored, not half-applied: the rule matches on models only
    assert policy.rules[0].match.categories == ()


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        (
            "version: 1\nexclude: ['third_party\\vendor']\n",
            ".license-gate.yaml:2:11: exclude[0]: glob 'third_party\\\\vendor' can never match: it "
            "uses backslashes; paths are matched with forward slashes",
        ),
        (
            "version: 1\nscopes:\n  prod: {include: ['../src/**']}\n",
            ".license-gate.yaml:3:20: scopes.prod.include[0]: glob '../src/**' can never match: it "
            "contains '.' or '..' segments; paths are normalised before matching",
        ),
        (
            "version: 1\nrules:\n  - id: x\n    match: {models: ['https://huggingface.co/meta-llama/*']}"
            "\n    action: allow\n",
            ".license-gate.yaml:4:22: rules[0].match.models[0]: glob "
            "'https://huggingface.co/meta-llama/*' can never match: it is a URL; ids are matched "
            "without the host (e.g. 'meta-llama/*')",
        ),
        (
            "version: 1\nrules:\n  - id: x\n    match: {models: ['meta llama/*']}\n"
            "    action: allow\n",
            ".license-gate.yaml:4:22: rules[0].match.models[0]: glob 'meta llama/*' can never "
            "match: it contains whitespace",
        ),
        (
            "version: 1\nrules:\n  - id: x\n    match: {models: []}\n    action: allow\n",
            ".license-gate.yaml:4:21: rules[0].match.models: an empty list never matches, so this "
            "rule never applies",
        ),
        (
            "version: 1\nscopes:\n  nothing: {include: []}\n",
            ".license-gate.yaml:3:12: scopes.nothing: include is empty, so the scope matches no "
            "file",
        ),
    ],
    ids=["backslash", "dotdot", "url", "whitespace", "empty-list", "empty-scope"],
)
def test_globs_that_can_never_match_warn(text: str, warning: str) -> None:
    policy = load_policy_text(text)
    assert warning in policy.warnings


def test_rules_after_a_catch_all_are_reported_unreachable() -> None:
    policy = load_policy_text(
        "version: 1\nrules:\n  - {id: everything, action: warn}\n  - {id: later, action: deny}\n"
    )
    assert policy.warnings == (
        ".license-gate.yaml: rule 'later' can never decide anything: rule 'everything' before "
        "matches every finding",
    )


def test_missing_version_warns_but_loads() -> None:
    policy = load_policy_text("default: warn\n")
    assert policy.warnings == (".license-gate.yaml: no `version:` key; assuming version 1",)
    assert policy.version == 1


def test_shorthands() -> None:
    policy = load_policy_text(
        'version: 1\nscopes:\n  research: ["notebooks/**", "research/**"]\n'
        "rules:\n  - {id: r, scope: research, match: {models: meta-llama/*}, action: allow}\n"
        'models:\n  "acme/*": proprietary\n'
    )
    research = policy.scope("research")
    assert research is not None
    assert research.include == ("notebooks/**", "research/**")
    assert policy.rules[0].match.models == ("meta-llama/*",)
    assert policy.models[0].license == "proprietary"


def test_a_catch_all_before_a_preset_reports_its_rules_once() -> None:
    policy = load_policy_text(
        "version: 1\nextends: builtin:research\nrules:\n  - {id: allow-all, action: allow}\n"
    )
    assert policy.warnings == (
        ".license-gate.yaml: rules non-commercial, unknown-license, "
        "restricted-terms can never decide anything: rule 'allow-all' before matches every "
        "finding",
    )


def test_empty_sections_are_empty_but_an_empty_match_is_an_error() -> None:
    policy = load_policy_text("version: 1\nrules:\nscopes:\nmodels:\nexclude:\nlineage:\n")
    assert (policy.rules, policy.scopes, policy.models, policy.exclude) == ((), (), (), ())
    err = error_of("version: 1\nrules:\n  - id: x\n    match:\n    action: allow\n")
    assert err.diagnostics() == (
        ".license-gate.yaml:4:5: rules[0].match: expected a mapping, got nothing (null)"
    )
