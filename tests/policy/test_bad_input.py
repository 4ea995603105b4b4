"""Bad policy input: each gives one clear error naming the file (and line where there is one)
and exit 2 through the CLI, never a traceback."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from license_gate.cli import main
from license_gate.errors import PolicyError
from license_gate.policy import load_policy


def alias_bomb() -> str:
    lines = ["version: 1", 'lol0: &a0 ["lol", "lol", "lol", "lol", "lol", "lol", "lol", "lol"]']
    for n in range(1, 10):
        refs = ", ".join([f"*a{n - 1}"] * 9)
        lines.append(f"lol{n}: &a{n} [{refs}]")
    return "\n".join(lines) + "\n"


def big_policy() -> str:
    """A 5 MB policy: a generated allow-list of thousands of rules."""
    rules = [
        f'  - id: allow-{i:06d}\n    match: {{models: ["acme-team-{i}/*"]}}\n    action: allow\n'
        for i in range(62_000)
    ]
    return "version: 1\nrules:\n" + "".join(rules)


BAD = [
    ("empty", "", ".license-gate.yaml:1:1: the policy file is empty"),
    (
        "only comments",
        "# TODO: write the policy\n",
        ".license-gate.yaml:1:1: the policy file is empty",
    ),
    (
        "top-level list",
        "- id: no-nc\n  action: deny\n",
        ".license-gate.yaml:1:1: the top level must be a mapping (version, extends, rules, ...), "
        "not a list",
    ),
    (
        "top-level string",
        "no-nc-in-production\n",
        ".license-gate.yaml:1:1: the top level must be a mapping (version, extends, rules, ...), "
        "not a string",
    ),
    (
        "tabs",
        "version: 1\nrules:\n\t- id: no-nc\n",
        ".license-gate.yaml:3:1: invalid YAML: a tab character cannot indent YAML",
    ),
    (
        "duplicate keys",
        "version: 1\ndefault: deny\nrules: []\ndefault: allow\n",
        '.license-gate.yaml:4:1: invalid YAML: duplicate key "default"',
    ),
    (
        "unclosed bracket",
        "version: 1\nexclude: [third_party/**\n",
        ".license-gate.yaml:3:1: invalid YAML:",
    ),
    (
        "alias bomb",
        alias_bomb(),
        ".license-gate.yaml: the policy expands to more than 100000 values through YAML aliases",
    ),
    (
        "deep nesting",
        "version: 1\nexclude: " + "[" * 10_000 + "]" * 10_000 + "\n",
        ".license-gate.yaml:2:60: invalid YAML: collections nested more than 50 deep",
    ),
    ("5 MB", big_policy(), ".license-gate.yaml: the policy file is 5."),
    (
        "not UTF-8",
        "version: 1\nname: r\xe9sum\xe9s\n",
        ".license-gate.yaml:2:8: the policy file is not valid UTF-8",
    ),
    ("binary", "version: 1\n\x00\x01\x02", ".license-gate.yaml: the policy file is binary"),
]


def write_bad(root: Path, text: str) -> Path:
    p = root / ".license-gate.yaml"
    data = text.encode("latin-1") if "\xe9" in text else text.encode("utf-8")
    p.write_bytes(data)
    return p


@pytest.mark.parametrize(
    ("text", "expected"), [(t, e) for _, t, e in BAD], ids=[n for n, _, _ in BAD]
)
def test_bad_policy_is_one_clear_error(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    text: str,
    expected: str,
) -> None:
    write_bad(tmp_path, text)
    started = time.perf_counter()
    with pytest.raises(PolicyError) as info:
        load_policy(tmp_path)
    assert info.value.diagnostics().splitlines()[0].startswith(expected)
    assert time.perf_counter() - started < 5  # bounded work, whatever the input

    monkeypatch.chdir(tmp_path)
    assert main(["policy", "check"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    first, *rest = err.splitlines()
    assert first.startswith(f"license-gate: {expected}")
    assert all(line.startswith("  hint: ") for line in rest)
    assert "Traceback" not in err


@pytest.mark.parametrize(
    ("policy", "expected"),
    [
        (
            "version: 1\nextends: ../org/policy.yaml\n",
            "license-gate: .license-gate.yaml:2:10: extends: '../org/policy.yaml' points outside "
            "the repository",
        ),
        (
            "version: 1\nextends: org/policy.yaml\n",
            "license-gate: .license-gate.yaml:2:10: extends: 'org/policy.yaml' not found "
            "(org/policy.yaml in the working tree)",
        ),
    ],
    ids=["outside", "missing"],
)
def test_bad_extends_through_the_cli(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
    policy: str,
    expected: str,
) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    (tmp_path / "org").mkdir()
    (tmp_path / "org" / "policy.yaml").write_text("version: 1\n")
    (repo / ".license-gate.yaml").write_text(policy)
    monkeypatch.chdir(repo)
    assert main(["policy", "check"]) == 2
    _, err = capsys.readouterr()
    assert err.splitlines() == [expected]


def test_a_glob_that_can_never_match_only_warns(
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    (tmp_path / ".license-gate.yaml").write_text(
        "version: 1\nextends: builtin:no-nc-in-production\n"
        "rules:\n  - id: approved\n    match: {models: ['https://huggingface.co/meta-llama/*']}\n"
        "    action: allow\n"
    )
    monkeypatch.chdir(tmp_path)
    assert main(["policy", "check", "--quiet"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert err.splitlines() == [
        "license-gate: warning: .license-gate.yaml:5:22: rules[0].match.models[0]: glob "
        "'https://huggingface.co/meta-llama/*' can never match: it is a URL; ids are matched "
        "without the host (e.g. 'meta-llama/*')",
        "license-gate: policy '.license-gate.yaml' is valid (7 rules, 1 warning)",
    ]


def test_a_directory_where_the_policy_should_be(tmp_path: Path) -> None:
    (tmp_path / ".license-gate.yaml").mkdir()
    with pytest.raises(PolicyError) as info:
        load_policy(tmp_path)
    assert info.value.diagnostics() == ".license-gate.yaml: is not a readable file"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'version: 1\nexclude: !!python/object/apply:os.system ["echo hi"]\n',
            ".license-gate.yaml:2:10: YAML tag tag:yaml.org,2002:python/object/apply:os.system is "
            "not allowed in a policy",
        ),
        (
            "version: 1\nscopes: !custom {prod: [src/]}\n",
            ".license-gate.yaml:2:9: YAML tag !custom is not allowed in a policy",
        ),
        (
            "version: 1\nname: !!set {a, b}\n",
            ".license-gate.yaml:2:7: name: expected a string, got a set",
        ),
    ],
    ids=["python-tag", "local-tag", "set"],
)
def test_yaml_tags_are_refused(text: str, expected: str) -> None:
    from license_gate.policy import load_policy_text

    with pytest.raises(PolicyError) as info:
        load_policy_text(text)
    assert info.value.diagnostics() == expected


@pytest.mark.parametrize(
    ("text", "where", "first"),
    [
        ("version: 1\ndefault: deny\nrules: []\ndefault: allow\n", "4:1", 2),
        (
            "version: 1\nrules:\n  - id: a\n    action: warn\n    match: {license: mit}\n"
            "    action: allow\n",
            "6:5",
            4,
        ),
    ],
    ids=["top level", "inside a rule"],
)
def test_duplicate_key_names_the_first_occurrence(
    tmp_path: Path, text: str, where: str, first: int
) -> None:
    write_bad(tmp_path, text)
    with pytest.raises(PolicyError) as info:
        load_policy(tmp_path)
    lines = info.value.diagnostics().splitlines()
    assert lines[0].startswith(f".license-gate.yaml:{where}: invalid YAML: duplicate key")
    assert f"the first one is on line {first}" in lines[1]
