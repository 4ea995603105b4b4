"""Exceptions in the real gate: `license-gate check` on a real git repository, offline (the
policy declares the model's license), with signatures made by the real ssh-keygen."""

from __future__ import annotations

import json
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from license_gate.cli import main
from tests.waivers.conftest import NLLB, Key, Repo, ssh_sign

APP = '''\
"""Translation service: turns support tickets into English before triage."""
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer

MODEL_ID = "facebook/nllb-200-distilled-600M"

tokenizer = AutoTokenizer.from_pretrained(MODEL_ID)
model = AutoModelForSeq2SeqLM.from_pretrained(MODEL_ID)
'''

# The excludes because the scanner would otherwise report the `model:` line of the exception
# file and the policy's own `models:` keys (asked of the lead: never scan license-gate's own
# configuration).
POLICY = """\
version: 1
extends: builtin:no-nc-in-production
exclude: [".license-gate/", ".license-gate.yaml"]
models:
  facebook/nllb-200-distilled-600M:
    license: {license}
    note: "as on the model card"
"""


def git(root: Path, *args: str) -> None:
    subprocess.run(
        ["git", "-c", "user.email=ci@example.com", "-c", "user.name=CI", *args],
        cwd=root,
        check=True,
        capture_output=True,
    )


def exception_text(*, approver: str = "bob@example.com", days: int = 60) -> str:
    today = date.today()
    return (
        NLLB.replace("bob@example.com", approver)
        .replace("2026-11-20", today.isoformat())
        .replace("2027-05-10", (today + timedelta(days=days)).isoformat())
    )


@pytest.fixture
def service(repo: Repo, keys: dict[str, Key]) -> Repo:
    root = repo.root
    git(root, "init", "-q", "-b", "main")
    (root / "services" / "translate").mkdir(parents=True)
    (root / "services" / "translate" / "app.py").write_text(APP)
    (root / ".license-gate.yaml").write_text(POLICY.format(license="cc-by-nc-4.0"))
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "translation service")
    return repo


def check(repo: Repo, capsys: pytest.CaptureFixture[str], *extra: str) -> tuple[int, dict]:
    rc = main(["check", "--offline", "--format", "json", "--root", str(repo.root), *extra])
    out = capsys.readouterr().out
    return rc, json.loads(out)


def test_exception_lifts_the_denied_model_and_is_reported(
    service: Repo, keys: dict[str, Key], capsys: pytest.CaptureFixture[str]
) -> None:
    rc, doc = check(service, capsys)
    assert rc == 1
    ssh_sign(keys["bob"], service.write("nllb-translate.yaml", exception_text()))
    rc, doc = check(service, capsys)
    assert rc == 0, doc
    text = json.dumps(doc)
    assert '"excepted"' in text
    assert "nllb-translate" in text
    assert [e["status"] for e in doc["exceptions"]] == ["applied"]


def test_changed_license_voids_the_exception(
    service: Repo, keys: dict[str, Key], capsys: pytest.CaptureFixture[str]
) -> None:
    ssh_sign(keys["bob"], service.write("nllb-translate.yaml", exception_text()))
    (service.root / ".license-gate.yaml").write_text(POLICY.format(license="cc-by-nc-sa-4.0"))
    rc, doc = check(service, capsys)
    assert rc == 1
    text = json.dumps(doc)
    assert "exception nllb-translate not applied: license changed from cc-by-nc-4.0" in text
    assert [e["status"] for e in doc["exceptions"]] == ["unused"]


def test_tampered_exception_fails_the_run(
    service: Repo, keys: dict[str, Key], capsys: pytest.CaptureFixture[str]
) -> None:
    path = service.write("nllb-translate.yaml", exception_text())
    ssh_sign(keys["bob"], path)
    path.write_text(path.read_text().replace('["services/translate/**"]', '["**"]'))
    rc, doc = check(service, capsys)
    assert rc == 1
    assert [e["status"] for e in doc["exceptions"]] == ["invalid"]
    assert "changed after it was signed" in json.dumps(doc)


def test_trust_from_base_branch_refuses_a_self_approval(
    service: Repo, keys: dict[str, Key], capsys: pytest.CaptureFixture[str]
) -> None:
    root = service.root
    git(root, "checkout", "-q", "-b", "feature")
    service.trust(
        keys["bob"].signer_line("bob@example.com"),
        keys["mallory"].signer_line("mallory@example.com"),
    )
    ssh_sign(
        keys["mallory"],
        service.write("nllb-translate.yaml", exception_text(approver="mallory@example.com")),
    )
    git(root, "add", ".")
    git(root, "commit", "-q", "-m", "ship translation")
    rc, _ = check(service, capsys)
    assert rc == 0  # the head trusts the key it added: this is why CI uses --trust-from
    rc, doc = check(service, capsys, "--trust-from", "main")
    assert rc == 1
    assert "not in .license-gate/allowed_signers (git ref main)" in json.dumps(doc)
