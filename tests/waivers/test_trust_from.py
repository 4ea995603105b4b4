"""`--trust-from REF`: allowed_signers comes from a git ref, so a change that adds its own key
and a self-signed exception does not approve itself. Real git repositories."""

from __future__ import annotations

import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from license_gate._repo import GitRefReader, WorkTreeReader
from license_gate.cli import main
from license_gate.models import ExceptionsConfig
from license_gate.waivers import load_exceptions
from tests.waivers.conftest import NLLB, Key, Repo, ssh_sign


def git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.email=ci@example.com", "-c", "user.name=CI", *args],
        cwd=root,
        check=True,
        capture_output=True,
    )


@pytest.fixture
def pr_repo(repo: Repo, keys: dict[str, Key]) -> Repo:
    """main trusts bob; the branch `pr` adds mallory's key and an exception mallory signed."""
    git(repo.root, "init", "-q", "-b", "main")
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    git(repo.root, "add", ".license-gate/allowed_signers")
    git(repo.root, "commit", "-q", "-m", "trust bob")
    git(repo.root, "checkout", "-q", "-b", "pr")
    repo.trust(
        keys["bob"].signer_line("bob@example.com"),
        keys["mallory"].signer_line("mallory@example.com"),
    )
    today = date.today()
    text = (
        NLLB.replace("bob@example.com", "mallory@example.com")
        .replace("2026-11-20", today.isoformat())
        .replace("2027-05-10", (today + timedelta(days=30)).isoformat())
    )
    ssh_sign(keys["mallory"], repo.write("nllb-translate.yaml", text))
    git(repo.root, "add", ".license-gate")
    git(repo.root, "commit", "-q", "-m", "approve my own model")
    return repo


def test_trust_from_base_ref_refuses_the_self_added_key(pr_repo: Repo) -> None:
    root = pr_repo.root
    today = date.today()
    own = load_exceptions(root, ExceptionsConfig(), trust=WorkTreeReader(root), today=today)
    assert own.entries[0].valid  # the working tree trusts itself: this is the threat
    base = load_exceptions(root, ExceptionsConfig(), trust=GitRefReader(root, "main"), today=today)
    (entry,) = base.entries
    assert not entry.valid
    assert entry.problem is not None
    assert "not in .license-gate/allowed_signers (git ref main)" in entry.problem


def test_trust_from_ref_without_allowed_signers(pr_repo: Repo) -> None:
    root = pr_repo.root
    git(root, "checkout", "-q", "--orphan", "empty")
    git(root, "rm", "-rq", "--cached", ".")
    git(root, "commit", "-q", "--allow-empty", "-m", "nothing")
    git(root, "checkout", "-q", "-f", "pr")
    exset = load_exceptions(
        root, ExceptionsConfig(), trust=GitRefReader(root, "empty"), today=date.today()
    )
    assert (
        exset.entries[0].problem
        == "no trusted signers: .license-gate/allowed_signers (git ref empty) does not exist"
    )


def test_verify_command_with_trust_from(pr_repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    root = str(pr_repo.root)
    assert main(["exception", "verify", "--root", root]) == 0
    assert main(["exception", "verify", "--root", root, "--trust-from", "main"]) == 1
    out = capsys.readouterr().out
    assert "signed by a key not in .license-gate/allowed_signers (git ref main)" in out
    assert main(["exception", "verify", "--root", root, "--trust-from", "no-such-ref"]) == 2
    assert "does not exist in this repository" in capsys.readouterr().err
