"""Fixtures for the exception tests: real OpenSSH keys made by `ssh-keygen`, a repository with an
exception directory, and Decision values built the way the policy stage builds them."""

from __future__ import annotations

import shutil
import subprocess
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

import pytest

from license_gate.models import (
    Assessment,
    Decision,
    Kind,
    LicenseClass,
    Reference,
    RefKey,
    RepoRecord,
    Source,
    Unresolved,
    Verdict,
)

NAMESPACE = "license-gate-exception"
TODAY = date(2026, 11, 26)

NLLB = """\
id: nllb-translate
model: facebook/nllb-200-distilled-600M
license: cc-by-nc-4.0              # the license as approved
rule: no-nc-in-production          # the rule it lifts
paths: ["services/translate/**"]   # optional; default every file
reason: "Commercial agreement with the model owner, ticket LEGAL-42"
requested_by: alice@example.com
approved_by: bob@example.com       # must be the signer's principal
created: 2026-11-20
expires: 2027-05-10
"""

if shutil.which("ssh-keygen") is None:  # pragma: no cover - every CI image has OpenSSH
    pytest.skip("ssh-keygen is required for the exception tests", allow_module_level=True)


@dataclass(frozen=True)
class Key:
    """A key pair made by ssh-keygen: `path` is the private key, `pub` the `type base64` text."""

    kind: str
    path: Path
    pub: str

    def signer_line(self, principals: str, options: str = "") -> str:
        return " ".join(x for x in (principals, options, self.pub) if x) + "\n"


def make_key(directory: Path, kind: str, name: str, *, passphrase: str = "") -> Key:
    path = directory / name
    args = ["ssh-keygen", "-q", "-t", kind, "-N", passphrase, "-C", name, "-f", str(path)]
    if kind == "rsa":
        args += ["-b", "3072"]
    subprocess.run(args, check=True, capture_output=True)
    fields = (directory / f"{name}.pub").read_text().split()
    return Key(kind, path, f"{fields[0]} {fields[1]}")


@pytest.fixture(scope="session")
def keys(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Key]:
    d = tmp_path_factory.mktemp("sshkeys")
    return {
        "bob": make_key(d, "ed25519", "bob"),
        "carol": make_key(d, "ecdsa", "carol"),
        "dave": make_key(d, "rsa", "dave"),
        "mallory": make_key(d, "ed25519", "mallory"),
    }


def ssh_sign(key: Key, file: Path, *, namespace: str = NAMESPACE) -> Path:
    """Sign `file` with the real `ssh-keygen -Y sign`, writing FILE.sig."""
    sig = file.with_name(file.name + ".sig")
    sig.unlink(missing_ok=True)
    subprocess.run(
        ["ssh-keygen", "-Y", "sign", "-n", namespace, "-f", str(key.path), str(file)],
        check=True,
        capture_output=True,
    )
    return sig


def ssh_verify(allowed: Path, principal: str, file: Path, *, namespace: str = NAMESPACE) -> int:
    """`ssh-keygen -Y verify`'s exit status for FILE and FILE.sig."""
    with file.open("rb") as f:
        proc = subprocess.run(
            [
                "ssh-keygen",
                "-Y",
                "verify",
                "-f",
                str(allowed),
                "-I",
                principal,
                "-n",
                namespace,
                "-s",
                f"{file}.sig",
            ],
            stdin=f,
            capture_output=True,
        )
    return proc.returncode


@dataclass
class Repo:
    """A repository root with .license-gate/{exceptions/, allowed_signers}."""

    root: Path

    @property
    def exc_dir(self) -> Path:
        return self.root / ".license-gate" / "exceptions"

    @property
    def allowed(self) -> Path:
        return self.root / ".license-gate" / "allowed_signers"

    def write(self, name: str, text: str | bytes) -> Path:
        self.exc_dir.mkdir(parents=True, exist_ok=True)
        path = self.exc_dir / name
        if isinstance(text, str):
            path.write_text(text, encoding="utf-8")
        else:
            path.write_bytes(text)
        return path

    def trust(self, *lines: str) -> Path:
        self.allowed.parent.mkdir(parents=True, exist_ok=True)
        self.allowed.write_text("# approvers of license exceptions\n" + "".join(lines))
        return self.allowed


@pytest.fixture
def repo(tmp_path: Path) -> Repo:
    root = tmp_path / "repo"
    root.mkdir()
    return Repo(root)


def decision(
    identifier: str = "facebook/nllb-200-distilled-600M",
    *,
    path: str = "services/translate/app.py",
    line: int = 12,
    license: str | None = "cc-by-nc-4.0",
    categories: tuple[str, ...] = ("non-commercial",),
    rule: str = "no-nc-in-production",
    verdict: Verdict = Verdict.DENY,
    kind: Kind = Kind.MODEL,
    revision: str | None = None,
    written: str | None = None,
    unresolved: str | None = None,
) -> Decision:
    """A Decision as policy.evaluate makes it for one reference."""
    as_written = written or identifier
    ref = Reference(
        path=path,
        line=line,
        column=30,
        identifier=as_written,
        kind=kind,
        text=f'"{as_written}"',
        detector="python-call",
        revision=revision,
    )
    key = RefKey(kind, as_written, revision)
    if unresolved:
        un = Unresolved(key, unresolved, "HTTP 404")
        own = LicenseClass(None, None, ("unknown",), recognised=False)
        assessment = Assessment(key, as_written, None, un, own)
    else:
        record = RepoRecord(identifier, kind, license, Source.HUB)
        own = LicenseClass(license, license, categories, recognised=True)
        assessment = Assessment(key, identifier, record, None, own)
    return Decision(
        reference=ref,
        assessment=assessment,
        verdict=verdict,
        rule=rule,
        message=f"{identifier} is {license}: {rule}",
        categories=categories,
    )


@pytest.fixture
def make_decision() -> Callable[..., Decision]:
    return decision
