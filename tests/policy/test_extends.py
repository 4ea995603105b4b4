"""Discovery (explicit path, .license-gate.yaml, pyproject pointer, built-in default), `extends`
chains and their merge rules, containment, cycles, and reading from a git ref."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from license_gate._repo import GitRefReader
from license_gate.errors import ConfigError, PolicyError
from license_gate.models import Action, Kind, RefKey
from license_gate.policy import (
    LineageMode,
    builtin_policy_dir,
    builtin_policy_names,
    load_policy,
)


def write(root: Path, rel: str, text: str) -> Path:
    p = root / rel
    p.parent.mkdir(parents=True, exist_ok=True)
    p.write_text(text, encoding="utf-8")
    return p


ORG = """\
# the platform team's policy, vendored into org/
version: 1
name: acme-org
extends: builtin:no-nc-in-production
scopes:
  production: {include: ["services/**", "libs/**"]}
  sandbox: {include: ["sandbox/**"]}
rules:
  - id: no-gpl
    match: {licenses: ["gpl-*", "agpl-*"]}
    action: deny
  - id: services-review
    match: {kinds: [service]}
    action: warn
default: warn
lineage: {base_models: inherit, datasets: inherit}
models:
  "acme/*": {license: proprietary, note: "org-wide in-house models"}
exceptions: {max_days: 90}
exclude: ["third_party/**"]
"""

TEAM = """\
version: 1
extends: org/policy.yaml
scopes:
  production: {include: ["**"], exclude: ["tests/**"]}
rules:
  - id: llama-approved
    scope: production
    match: {models: ["meta-llama/*"]}
    action: allow
  - id: services-review
    match: {kinds: [service]}
    action: allow
default: allow
lineage: {datasets: warn}
models:
  "acme/*": {license: apache-2.0, note: "team models are open"}
  "acme-labs/*": {license: proprietary}
exceptions: {dir: ops/exceptions}
exclude: ["vendor/**"]
"""


def test_extends_chain_merge_rules(tmp_path: Path) -> None:
    write(tmp_path, "org/policy.yaml", ORG)
    write(tmp_path, ".license-gate.yaml", TEAM)
    p = load_policy(tmp_path)
    assert p.chain == (".license-gate.yaml", "org/policy.yaml", "builtin:no-nc-in-production")
    # child rules first; a child rule replaces the parent's rule of the same id
    assert p.rule_ids[:4] == ("llama-approved", "services-review", "no-gpl", "no-nc-in-production")
    assert p.rule("services-review").action is Action.ALLOW  # type: ignore[union-attr]
    assert p.rule_ids.count("services-review") == 1
    assert p.rule("no-gpl").origin == "org/policy.yaml"  # type: ignore[union-attr]
    # scopes merge by name, the child winning; the grandparent's scope survives under the child's
    assert p.scope("production").include == ("**",)  # type: ignore[union-attr]
    assert p.scope("production").exclude == ("tests/**",)  # type: ignore[union-attr]
    assert p.scope("sandbox") is not None
    # models merge by pattern, child first
    acme = p.declared(RefKey(Kind.MODEL, "acme/summarizer"))
    assert acme is not None
    assert acme.license == "apache-2.0"
    assert p.declared(RefKey(Kind.MODEL, "acme-labs/x")) is not None
    # scalars: overridden by the nearest file that sets them, per key in mappings
    assert p.default is Action.ALLOW
    assert p.lineage.base_models is LineageMode.INHERIT
    assert p.lineage.datasets is LineageMode.WARN
    assert p.exceptions.dir == "ops/exceptions"
    assert p.exceptions.max_days == 90
    assert p.exceptions.allowed_signers == ".license-gate/allowed_signers"
    # exclude lists are combined
    assert p.exclude == ("third_party/**", "vendor/**")
    # the name is the file's own, never inherited
    assert p.name == ".license-gate.yaml"


def test_extends_is_relative_to_the_file_that_names_it(tmp_path: Path) -> None:
    write(tmp_path, "policies/org.yaml", "version: 1\ndefault: deny\n")
    write(tmp_path, "ci/team.yaml", "version: 1\nextends: ../policies/org.yaml\n")
    p = load_policy(tmp_path, tmp_path / "ci" / "team.yaml")
    assert p.chain == ("ci/team.yaml", "policies/org.yaml")
    assert p.default is Action.DENY


@pytest.mark.parametrize(
    ("extends", "message"),
    [
        ("../outside.yaml", "extends: '../outside.yaml' points outside the repository"),
        (
            "/etc/license-gate.yaml",
            "extends: '/etc/license-gate.yaml' must be a path relative to the file that names it",
        ),
        (
            "org/missing.yaml",
            "extends: 'org/missing.yaml' not found (org/missing.yaml in the working tree)",
        ),
    ],
    ids=["outside", "absolute", "missing"],
)
def test_bad_extends(tmp_path: Path, extends: str, message: str) -> None:
    repo = tmp_path / "repo"
    write(tmp_path, "outside.yaml", "version: 1\n")
    write(repo, ".license-gate.yaml", f"version: 1\n\nextends: {extends}\n")
    with pytest.raises(PolicyError) as info:
        load_policy(repo)
    assert info.value.diagnostics() == f".license-gate.yaml:3:10: {message}"


def test_extends_through_a_symlink_out_of_the_repository(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    write(tmp_path, "elsewhere/org.yaml", "version: 1\n")
    (repo / "org").mkdir(parents=True)
    os.symlink(tmp_path / "elsewhere", repo / "org" / "shared")
    write(repo, ".license-gate.yaml", "version: 1\nextends: org/shared/org.yaml\n")
    with pytest.raises(PolicyError, match="through a symbolic link"):
        load_policy(repo)


def test_extends_cycle(tmp_path: Path) -> None:
    write(tmp_path, ".license-gate.yaml", "version: 1\nextends: org/a.yaml\n")
    write(tmp_path, "org/a.yaml", "version: 1\nextends: b.yaml\n")
    write(tmp_path, "org/b.yaml", "version: 1\nextends: ../.license-gate.yaml\n")
    with pytest.raises(PolicyError) as info:
        load_policy(tmp_path)
    assert info.value.diagnostics() == (
        "org/b.yaml:2:10: extends cycle: .license-gate.yaml -> org/a.yaml -> org/b.yaml -> "
        ".license-gate.yaml"
    )


def test_extends_itself(tmp_path: Path) -> None:
    write(tmp_path, ".license-gate.yaml", "version: 1\nextends: ./.license-gate.yaml\n")
    with pytest.raises(
        PolicyError, match=r"extends cycle: \.license-gate\.yaml -> \.license-gate\.yaml"
    ):
        load_policy(tmp_path)


def test_extends_depth_limit(tmp_path: Path) -> None:
    for i in range(12):
        write(tmp_path, f"p{i}.yaml", f"version: 1\nextends: p{i + 1}.yaml\n")
    write(tmp_path, "p12.yaml", "version: 1\n")
    with pytest.raises(PolicyError, match="extends chain is deeper than 10 files"):
        load_policy(tmp_path, tmp_path / "p0.yaml")


def test_an_error_in_a_parent_names_the_parent(tmp_path: Path) -> None:
    write(tmp_path, ".license-gate.yaml", "version: 1\nextends: org/policy.yaml\n")
    write(tmp_path, "org/policy.yaml", "version: 1\nrules:\n  - {id: x, action: block}\n")
    with pytest.raises(PolicyError) as info:
        load_policy(tmp_path)
    assert info.value.diagnostics().startswith(
        "org/policy.yaml:3:21: rules[0].action: 'block' is not one of"
    )


def test_child_rule_may_use_a_parent_scope_and_vice_versa(tmp_path: Path) -> None:
    write(tmp_path, "org.yaml", "version: 1\nrules:\n  - {id: p, scope: team, action: deny}\n")
    write(
        tmp_path, ".license-gate.yaml", "version: 1\nextends: org.yaml\nscopes:\n  team: [src/**]\n"
    )
    p = load_policy(tmp_path)
    assert p.rule_ids == ("p",)


# --- discovery -------------------------------------------------------------------------------


def test_builtin_default_without_any_config(tmp_path: Path) -> None:
    p = load_policy(tmp_path)
    assert p.name == "no-nc-in-production"
    assert p.source == "builtin:no-nc-in-production"
    assert p.warnings == ()


def test_repo_file_beats_the_default(tmp_path: Path) -> None:
    write(tmp_path, ".license-gate.yaml", "version: 1\nname: team\n")
    assert load_policy(tmp_path).name == "team"


def test_explicit_path_beats_the_repo_file(tmp_path: Path) -> None:
    write(tmp_path, ".license-gate.yaml", "version: 1\nname: team\n")
    write(tmp_path, "ci/strict.yaml", "version: 1\nname: ci\n")
    assert load_policy(tmp_path, tmp_path / "ci/strict.yaml").name == "ci"
    assert load_policy(tmp_path, "builtin:research").name == "research"


def test_relative_explicit_path_is_relative_to_cwd(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    write(tmp_path, "ci/strict.yaml", "version: 1\nname: ci\n")
    monkeypatch.chdir(tmp_path / "ci")
    p = load_policy(tmp_path, Path("strict.yaml"))
    assert (p.name, p.source) == ("ci", "ci/strict.yaml")


def test_explicit_path_outside_the_repository(tmp_path: Path) -> None:
    repo = tmp_path / "repo"
    repo.mkdir()
    shared = write(tmp_path, "shared/org.yaml", "version: 1\nextends: base.yaml\n")
    write(tmp_path, "shared/base.yaml", "version: 1\ndefault: deny\n")
    write(tmp_path, "shared/escape.yaml", "version: 1\nextends: ../secret.yaml\n")
    p = load_policy(repo, shared)
    assert p.default is Action.DENY
    with pytest.raises(PolicyError, match="points outside"):
        load_policy(repo, tmp_path / "shared/escape.yaml")


def test_explicit_path_missing(tmp_path: Path) -> None:
    with pytest.raises(PolicyError) as info:
        load_policy(tmp_path, tmp_path / "nope.yaml")
    assert "policy file not found" in info.value.diagnostics()


def test_pyproject_pointer(tmp_path: Path) -> None:
    write(
        tmp_path,
        "pyproject.toml",
        '[project]\nname = "svc"\n\n[tool.license-gate]\npolicy = "config/lg.yaml"\n',
    )
    write(tmp_path, "config/lg.yaml", "version: 1\nname: via-pyproject\n")
    assert load_policy(tmp_path).name == "via-pyproject"


def test_pyproject_pointer_to_a_builtin(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", '[tool.license-gate]\npolicy = "builtin:strict"\n')
    assert load_policy(tmp_path).name == "strict"


def test_pyproject_without_pointer_is_ignored(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", '[project]\nname = "license-gate-demo"\n')
    assert load_policy(tmp_path).name == "no-nc-in-production"


def test_pyproject_pointer_missing_file(tmp_path: Path) -> None:
    write(
        tmp_path,
        "pyproject.toml",
        '[project]\nname = "svc"\n\n[tool.license-gate]\npolicy = "config/lg.yaml"\n',
    )
    with pytest.raises(PolicyError) as info:
        load_policy(tmp_path)
    assert info.value.diagnostics() == (
        "pyproject.toml:5: [tool.license-gate] policy points at 'config/lg.yaml', which does "
        "not exist in the working tree"
    )


def test_pyproject_pointer_outside_the_repository(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", '[tool.license-gate]\npolicy = "../org.yaml"\n')
    with pytest.raises(PolicyError, match="points outside the repository"):
        load_policy(tmp_path)


def test_pyproject_pointer_must_be_a_string(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", "[tool.license-gate]\npolicy = 3\n")
    with pytest.raises(ConfigError, match="policy must be a path string"):
        load_policy(tmp_path)


def test_pyproject_invalid_toml(tmp_path: Path) -> None:
    write(tmp_path, "pyproject.toml", "[tool.license-gate\npolicy = 'x'\n")
    with pytest.raises(ConfigError, match=r"invalid pyproject\.toml"):
        load_policy(tmp_path)


def test_pyproject_pointer_and_policy_file_disagree(tmp_path: Path) -> None:
    write(tmp_path, ".license-gate.yaml", "version: 1\n")
    write(tmp_path, "lg.yaml", "version: 1\n")
    write(tmp_path, "pyproject.toml", '[tool.license-gate]\npolicy = "lg.yaml"\n')
    with pytest.raises(ConfigError, match="disagree"):
        load_policy(tmp_path)
    write(tmp_path, "pyproject.toml", '[tool.license-gate]\npolicy = ".license-gate.yaml"\n')
    assert load_policy(tmp_path).source == ".license-gate.yaml"


def test_builtin_policy_dir_holds_the_presets() -> None:
    d = builtin_policy_dir()
    assert (d / "no-nc-in-production.yaml").is_file()
    assert builtin_policy_names() == (
        "no-nc-in-production",
        "permissive-only",
        "research",
        "strict",
    )


# --- --trust-from: reading the policy from a git ref ----------------------------------------


def git(root: Path, *args: str) -> None:
    subprocess.run(
        [
            "git",
            "-c",
            "user.name=T",
            "-c",
            "user.email=t@example.com",
            "-c",
            "commit.gpgsign=false",
            *args,
        ],
        cwd=root,
        check=True,
        capture_output=True,
    )


def test_policy_read_from_a_git_ref(tmp_path: Path) -> None:
    git(tmp_path, "init", "-q", "-b", "main")
    write(tmp_path, "org/policy.yaml", "version: 1\ndefault: deny\n")
    write(tmp_path, ".license-gate.yaml", "version: 1\nname: base\nextends: org/policy.yaml\n")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "policy")
    # the pull request loosens the policy in its working tree
    write(tmp_path, "org/policy.yaml", "version: 1\ndefault: allow\n")
    write(tmp_path, ".license-gate.yaml", "version: 1\nname: loosened\nextends: org/policy.yaml\n")
    assert load_policy(tmp_path).default is Action.ALLOW
    trusted = load_policy(tmp_path, reader=GitRefReader(tmp_path, "main"))
    assert (trusted.name, trusted.default) == ("base", Action.DENY)
    # a file that exists only in the working tree is not found in the ref
    write(tmp_path, "ci/new.yaml", "version: 1\n")
    with pytest.raises(PolicyError, match="not found in the git ref main"):
        load_policy(tmp_path, tmp_path / "ci/new.yaml", reader=GitRefReader(tmp_path, "main"))


def test_installed_layout_uses_the_packaged_presets(tmp_path: Path) -> None:
    """A wheel ships policies/ as license_gate/_policies; that copy is preferred."""
    import shutil
    import sys

    import license_gate

    site = tmp_path / "site"
    shutil.copytree(
        Path(license_gate.__file__).parent,
        site / "license_gate",
        ignore=shutil.ignore_patterns("__pycache__"),
    )
    shutil.copytree(builtin_policy_dir(), site / "license_gate" / "_policies")
    proc = subprocess.run(
        [
            sys.executable,
            "-c",
            "from license_gate.policy import builtin_policy_dir, load_policy\n"
            "from pathlib import Path\n"
            "print(builtin_policy_dir())\n"
            "print(load_policy(Path('.')).name)\n",
        ],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(site)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert proc.stdout.splitlines() == [
        str(site / "license_gate" / "_policies"),
        "no-nc-in-production",
    ]


def test_policy_check_with_trust_from(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from license_gate.cli import main

    git(tmp_path, "init", "-q", "-b", "main")
    write(tmp_path, ".license-gate.yaml", "version: 1\nname: trusted\n")
    git(tmp_path, "add", ".")
    git(tmp_path, "commit", "-q", "-m", "policy")
    write(tmp_path, ".license-gate.yaml", "version: 1\nname: proposed\ndefault: block\n")
    monkeypatch.chdir(tmp_path)
    assert main(["policy", "check", "-q"]) == 2
    assert main(["policy", "check", "-q", "--trust-from", "main"]) == 0
    assert "policy 'trusted' is valid" in capsys.readouterr().err
    assert main(["policy", "check", "--trust-from", "no-such-ref"]) == 2
    assert "git ref 'no-such-ref' does not exist" in capsys.readouterr().err
