"""license-gate accepts exactly what `ssh-keygen -Y verify` accepts, for a range of
allowed_signers lines (principal patterns, namespaces, validity windows), evaluated now."""

from __future__ import annotations

from datetime import date

import pytest

from license_gate._repo import WorkTreeReader
from license_gate.errors import ConfigError
from license_gate.models import ExceptionsConfig
from license_gate.waivers import load_exceptions
from tests.waivers.conftest import NLLB, Key, Repo, ssh_sign, ssh_verify

TODAY = date.today()
TEXT = NLLB.replace("2026-11-20", TODAY.isoformat()).replace("2027-05-10", TODAY.isoformat())

CASES = [
    ("bob@example.com", ""),
    ("*@example.com", ""),
    ("b?b@example.com", ""),
    ("*@example.org", ""),
    ("BOB@example.com", ""),
    ("*@example.com,!bob@example.com", ""),
    ("alice@example.com,bob@example.com", ""),
    ('"alice@example.com,bob@example.com"', ""),
    ("bob@example.com", 'namespaces="file"'),
    ("bob@example.com", 'namespaces="license-gate-*"'),
    ("bob@example.com", 'namespaces="file,license-gate-exception"'),
    ("bob@example.com", 'valid-before="20200101"'),
    ("bob@example.com", 'valid-before="20200101Z"'),
    ("bob@example.com", 'valid-after="20990101"'),
    ("bob@example.com", 'valid-after="20200101",valid-before="20990101"'),
    ("bob@example.com", 'VALID-BEFORE="209901011200"'),
    ("bob@example.com", 'valid-after="20200101000000Z"'),
    ("bob@example.com", "valid-before=20990101"),  # ssh-keygen: "missing start quote"
    ("bob@example.com", "namespaces=license-gate-exception"),
    ("alice@example.com, bob@example.com", ""),
    ('"alice@example.com, bob@example.com"', ""),
    ("bob@example.com", 'namespaces="file, license-gate-exception"'),
]


@pytest.mark.parametrize(("principals", "options"), CASES)
def test_same_verdict_as_ssh_keygen(
    repo: Repo, keys: dict[str, Key], principals: str, options: str
) -> None:
    allowed = repo.trust(keys["bob"].signer_line(principals, options))
    path = repo.write("nllb-translate.yaml", TEXT)
    ssh_sign(keys["bob"], path)
    openssh_ok = ssh_verify(allowed, "bob@example.com", path) == 0
    try:
        exset = load_exceptions(
            repo.root, ExceptionsConfig(), trust=WorkTreeReader(repo.root), today=TODAY
        )
    except ConfigError as e:  # ssh-keygen refuses such a line too ("bad options")
        ours_ok, why = False, e.diagnostics()
    else:
        ours_ok, why = exset.entries[0].valid, str(exset.entries[0].problem)
    assert ours_ok == openssh_ok, why
