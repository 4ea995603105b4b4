"""`license-gate policy check` and `license-gate init` through license_gate.cli.main."""

from __future__ import annotations

from pathlib import Path

import pytest

from license_gate.cli import main
from license_gate.models import Kind, RefKey
from license_gate.policy import load_policy, load_policy_text, policy_to_yaml

TEAM = """\
# our team's policy
version: 1
extends: builtin:no-nc-in-production
rules:
  - id: llama-approved
    scope: production
    match: {models: ["meta-llama/*"], categories: [custom-terms]}
    action: allow
    message: "Approved by legal, ticket LEGAL-123."
models:
  "acme/*": {license: proprietary, note: "in-house models, internal use"}
exclude: ["third_party/**"]
"""


def test_policy_check_prints_the_effective_policy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / ".license-gate.yaml").write_text(TEAM)
    monkeypatch.chdir(tmp_path)
    assert main(["policy", "check"]) == 0
    out, err = capsys.readouterr()
    assert out.startswith(
        "# effective policy '.license-gate.yaml' (read from .license-gate.yaml -> "
        "builtin:no-nc-in-production)\n"
    )
    # the child's rule comes first, then the preset's
    assert out.index("id: llama-approved") < out.index("id: no-nc-in-production")
    assert "license-gate: policy '.license-gate.yaml' is valid (7 rules" in err


def test_printed_policy_is_an_equivalent_policy(tmp_path: Path) -> None:
    (tmp_path / ".license-gate.yaml").write_text(TEAM)
    original = load_policy(tmp_path)
    again = load_policy_text(policy_to_yaml(original), source="effective.yaml")
    assert again.rules == tuple(
        r.__class__(**{**_fields(r), "origin": "effective.yaml"}) for r in original.rules
    )
    assert (
        again.scopes,
        again.default,
        again.lineage,
        again.models,
        again.exceptions,
        again.exclude,
    ) == (
        original.scopes,
        original.default,
        original.lineage,
        original.models,
        original.exceptions,
        original.exclude,
    )
    assert again.declared(RefKey(Kind.MODEL, "acme/x")) == original.declared(
        RefKey(Kind.MODEL, "acme/x")
    )


def _fields(rule: object) -> dict:
    return {k: getattr(rule, k) for k in ("id", "action", "match", "scope", "message", "origin")}


def test_policy_check_a_file_and_a_builtin(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "ci").mkdir()
    (tmp_path / "ci" / "policy.yaml").write_text("version: 1\nextends: builtin:strict\n")
    monkeypatch.chdir(tmp_path)
    assert main(["policy", "check", "ci/policy.yaml"]) == 0
    out, _ = capsys.readouterr()
    assert "read from ci/policy.yaml -> builtin:strict -> builtin:no-nc-in-production" in out
    assert main(["policy", "check", "builtin:research", "-q"]) == 0
    out, err = capsys.readouterr()
    assert out == ""
    assert "policy 'research' is valid (3 rules)" in err


def test_policy_check_invalid_exits_2(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "p.yaml").write_text(
        "version: 1\nrules:\n  - id: no-nc\n    match: {categories: [non-commercial]}\n"
        "    action: block\n"
    )
    monkeypatch.chdir(tmp_path)
    assert main(["policy", "check", "p.yaml"]) == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err == (
        "license-gate: p.yaml:5:13: rules[0].action: 'block' is not one of deny, warn, allow\n"
    )


def test_policy_without_subcommand_is_a_usage_error(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["policy"]) == 2
    assert "policy check" in capsys.readouterr().err


def test_init_writes_a_commented_valid_starter(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["init"]) == 0
    written = (tmp_path / ".license-gate.yaml").read_text()
    assert "extends: builtin:no-nc-in-production" in written
    assert "  # - id: llama-approved" in written  # comments survive the round trip
    assert written.count("#") >= 30
    policy = load_policy(tmp_path)
    assert policy.warnings == ()
    assert policy.chain == (".license-gate.yaml", "builtin:no-nc-in-production")
    assert "wrote" in capsys.readouterr().err
    assert main(["policy", "check", "-q"]) == 0


def test_init_with_a_preset(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["init", "--preset", "strict"]) == 0
    assert load_policy(tmp_path).chain[1] == "builtin:strict"


def test_init_refuses_to_overwrite(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / ".license-gate.yaml").write_text(TEAM)
    monkeypatch.chdir(tmp_path)
    assert main(["init"]) == 2
    assert (tmp_path / ".license-gate.yaml").read_text() == TEAM
    err = capsys.readouterr().err
    assert "already exists; not overwriting it" in err


def test_init_unknown_preset(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    assert main(["init", "--preset", "lenient"]) == 2
    assert not (tmp_path / ".license-gate.yaml").exists()
    assert "unknown built-in policy 'lenient'" in capsys.readouterr().err


def test_policy_check_warns_about_declared_licenses_nobody_knows(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / ".license-gate.yaml").write_text(
        'version: 1\nmodels:\n  "acme/*": {license: apache-2.0}\n'
        '  "corp/*": {license: corp-eula-v7-draft}\n'
    )
    monkeypatch.chdir(tmp_path)
    assert main(["policy", "check", "-q"]) == 0
    err = capsys.readouterr().err
    assert (
        "license-gate: warning: models['corp/*']: license 'corp-eula-v7-draft' is not one "
        "license-gate knows; findings for it will count as unknown"
    ) in err
    assert "acme/*" not in err


def test_uncommenting_the_starter_examples_gives_a_valid_policy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import re

    monkeypatch.chdir(tmp_path)
    assert main(["init"]) == 0
    path = tmp_path / ".license-gate.yaml"
    path.write_text(re.sub(r"(?m)^( +)# ", r"\1", path.read_text()))
    policy = load_policy(tmp_path)
    assert policy.rule_ids[0] == "llama-approved"
    assert policy.exclude == ("third_party/**",)
    assert policy.declared(RefKey(Kind.MODEL, "acme/x")) is not None
    production = policy.scope("production")
    assert production is not None
    assert production.exclude == ("tests/", "notebooks/", "*.ipynb", "*.md")
    assert policy.exceptions.max_days == 180


def test_init_refuses_when_pyproject_names_the_policy(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    (tmp_path / "pyproject.toml").write_text('[tool.license-gate]\npolicy = "ci/policy.yaml"\n')
    monkeypatch.chdir(tmp_path)
    assert main(["init"]) == 2
    assert not (tmp_path / ".license-gate.yaml").exists()
    assert "pyproject.toml already names the policy" in capsys.readouterr().err


def test_policy_check_defaults_to_license_gate_policy_env(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("LICENSE_GATE_POLICY", "builtin:strict")
    assert main(["policy", "check", "-q"]) == 0
    assert "policy 'strict' is valid" in capsys.readouterr().err
