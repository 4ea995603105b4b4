"""`license-gate exception new|sign|verify|list` through the real CLI entry point, with real keys,
real ssh-keygen (both directions, agent and passphrase fallbacks) and real git refs."""

from __future__ import annotations

import json
import os
import subprocess
from datetime import date, timedelta
from pathlib import Path

import pytest

from license_gate.cli import main
from tests.waivers.conftest import NLLB, Key, Repo, make_key, ssh_sign, ssh_verify

TODAY = date.today()


def nllb(*, created: date = TODAY, days: int = 120) -> str:
    """The issue's example, dated relative to the real today (the CLI uses the clock)."""
    return NLLB.replace("2026-11-20", created.isoformat()).replace(
        "2027-05-10", (created + timedelta(days=days)).isoformat()
    )


def cli(repo: Repo, *args: str) -> int:
    return main(["exception", *args, "--root", str(repo.root)])


def test_sign_then_ssh_keygen_verifies(
    repo: Repo, keys: dict[str, Key], capsys: pytest.CaptureFixture[str]
) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    path = repo.write("nllb-translate.yaml", nllb())
    for name in ("bob", "carol", "dave"):
        repo.trust(keys[name].signer_line("bob@example.com"))
        assert cli(repo, "sign", str(path), "--key", str(keys[name].path)) == 0
        assert "in-process" in capsys.readouterr().out
        assert ssh_verify(repo.allowed, "bob@example.com", path) == 0
        assert cli(repo, "verify") == 0
        assert "1 valid, 0 invalid" in capsys.readouterr().out


def test_sign_warns_when_the_key_is_not_trusted(
    repo: Repo, keys: dict[str, Key], capsys: pytest.CaptureFixture[str]
) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    path = repo.write("nllb-translate.yaml", nllb())
    assert cli(repo, "sign", str(path), "--key", str(keys["mallory"].path)) == 0
    assert "will not be accepted yet: signed by a key not in" in capsys.readouterr().err
    assert cli(repo, "verify") == 1


def test_sign_with_passphrase_key_falls_back_to_ssh_keygen(
    repo: Repo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = make_key(tmp_path, "ed25519", "locked", passphrase="correct horse battery")
    askpass = tmp_path / "askpass.sh"
    askpass.write_text("#!/bin/sh\necho 'correct horse battery'\n")
    askpass.chmod(0o755)
    monkeypatch.setenv("SSH_ASKPASS", str(askpass))
    monkeypatch.setenv("SSH_ASKPASS_REQUIRE", "force")
    monkeypatch.setenv("DISPLAY", ":0")
    repo.trust(key.signer_line("bob@example.com"))
    path = repo.write("nllb-translate.yaml", nllb())
    assert cli(repo, "sign", str(path), "--key", str(key.path)) == 0
    assert ssh_verify(repo.allowed, "bob@example.com", path) == 0
    assert cli(repo, "verify", str(path)) == 0


def test_sign_through_ssh_agent(
    repo: Repo, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    key = make_key(tmp_path, "ed25519", "agent-held")
    sock = tmp_path / "agent.sock"
    agent = subprocess.Popen(
        ["ssh-agent", "-D", "-a", str(sock)],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for _ in range(100):
            if sock.exists():
                break
            subprocess.run(["sleep", "0.02"], check=True)
        env = {**os.environ, "SSH_AUTH_SOCK": str(sock)}
        subprocess.run(["ssh-add", str(key.path)], env=env, check=True, capture_output=True)
        key.path.unlink()  # only the agent has the private half now
        monkeypatch.setenv("SSH_AUTH_SOCK", str(sock))
        repo.trust(key.signer_line("bob@example.com"))
        path = repo.write("nllb-translate.yaml", nllb())
        pub = Path(f"{key.path}.pub")
        assert cli(repo, "sign", str(path), "--key", str(pub)) == 0
        assert ssh_verify(repo.allowed, "bob@example.com", path) == 0
    finally:
        agent.terminate()
        agent.wait(timeout=10)


def test_sign_refuses_a_malformed_file(
    repo: Repo, keys: dict[str, Key], capsys: pytest.CaptureFixture[str]
) -> None:
    path = repo.write("bad.yaml", nllb().replace("expires:", "expire:"))
    assert cli(repo, "sign", str(path), "--key", str(keys["bob"].path)) == 1
    err = capsys.readouterr().err
    assert "bad.yaml:10: unknown field 'expire'" in err
    assert not Path(f"{path}.sig").exists()


def test_sign_with_a_missing_key(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    path = repo.write("nllb-translate.yaml", nllb())
    assert cli(repo, "sign", str(path), "--key", str(repo.root / "nope")) == 2
    assert "cannot read key" in capsys.readouterr().err


def test_verify_exit_codes_and_messages(
    repo: Repo, keys: dict[str, Key], capsys: pytest.CaptureFixture[str]
) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    assert cli(repo, "verify") == 0
    assert "no exception files" in capsys.readouterr().out
    good = repo.write("nllb-translate.yaml", nllb())
    ssh_sign(keys["bob"], good)
    expired = repo.write(
        "old.yaml",
        nllb(created=TODAY - timedelta(days=100), days=30).replace("nllb-translate", "old"),
    )
    ssh_sign(keys["bob"], expired)
    assert cli(repo, "verify", str(good)) == 0
    assert cli(repo, "verify") == 1
    out = capsys.readouterr().out
    assert "INVALID  old  .license-gate/exceptions/old.yaml:10: expired on" in out
    assert "1 valid, 1 invalid" in out
    repo.trust("bob@example.com bogus=1 " + keys["bob"].pub + "\n")
    assert cli(repo, "verify") == 2
    err = capsys.readouterr().err
    assert ".license-gate/allowed_signers:2: unknown option 'bogus=1'" in err
    assert "Traceback" not in err


def test_verify_ten_megabyte_file(
    repo: Repo, keys: dict[str, Key], capsys: pytest.CaptureFixture[str]
) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    big = repo.write("big.yaml", nllb() + "# " + "x" * (10 * 1024 * 1024) + "\n")
    ssh_sign(keys["bob"], big)
    assert cli(repo, "verify") == 1
    out = capsys.readouterr().out
    assert "big.yaml: file is larger than 64 KiB" in out
    assert cli(repo, "sign", str(big), "--key", str(keys["bob"].path)) == 1
    assert "larger than 64 KiB" in capsys.readouterr().err


def test_list_text_json_and_expiring(
    repo: Repo, keys: dict[str, Key], capsys: pytest.CaptureFixture[str]
) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    ssh_sign(keys["bob"], repo.write("nllb-translate.yaml", nllb(days=120)))
    soon = nllb(days=5).replace("nllb-translate", "soon")
    ssh_sign(keys["bob"], repo.write("soon.yaml", soon))
    assert cli(repo, "list") == 0
    out = capsys.readouterr().out
    assert out.count("ok       ") == 2
    assert cli(repo, "list", "--expiring-in", "30", "--format", "json") == 0
    doc = json.loads(capsys.readouterr().out)
    assert [e["id"] for e in doc["exceptions"]] == ["soon"]
    assert doc["exceptions"][0]["days_left"] == 5
    assert doc["exceptions"][0]["signer"] == "bob@example.com"
    assert doc["exceptions"][0]["status"] == "valid"


def test_new_with_license_writes_a_valid_file(
    repo: Repo, keys: dict[str, Key], capsys: pytest.CaptureFixture[str]
) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    rc = cli(
        repo,
        "new",
        "facebook/nllb-200-distilled-600M",
        "--rule",
        "no-nc-in-production",
        "--reason",
        "Commercial agreement, ticket LEGAL-42",
        "--expires",
        "90d",
        "--paths",
        "services/translate/**",
        "--approver",
        "bob@example.com",
        "--requested-by",
        "alice@example.com",
        "--license",
        "cc-by-nc-4.0",
    )
    assert rc == 0, capsys.readouterr().err
    path = repo.exc_dir / "nllb-200-distilled-600m.yaml"
    text = path.read_text()
    assert 'paths: ["services/translate/**"]' in text
    assert f"expires: {(TODAY + timedelta(days=90)).isoformat()}" in text
    assert cli(repo, "verify") == 1  # not signed yet
    assert "missing signature" in capsys.readouterr().out
    assert cli(repo, "sign", str(path), "--key", str(keys["bob"].path)) == 0
    assert cli(repo, "verify") == 0
    # a second request for the same model gets its own file
    assert (
        cli(
            repo,
            "new",
            "facebook/nllb-200-distilled-600M",
            "--rule",
            "no-nc-in-production",
            "--reason",
            "r",
            "--expires",
            "10d",
            "--requested-by",
            "a@example.com",
            "--license",
            "cc-by-nc-4.0",
        )
        == 0
    )
    assert (repo.exc_dir / "nllb-200-distilled-600m-2.yaml").exists()


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--rule", "no-such-rule"], "--rule 'no-such-rule' is not a rule"),
        (["--expires", "2026/12/01"], "is not a date in the form YYYY-MM-DD"),
        (["--expires", "400d"], "the policy allows at most 180 days"),
        (["--expires", "2001-01-01"], "is in the past"),
    ],
)
def test_new_refuses_bad_input(
    repo: Repo, capsys: pytest.CaptureFixture[str], args: list[str], message: str
) -> None:
    base = {"--rule": "no-nc-in-production", "--expires": "30d"}
    for flag, value in zip(args[::2], args[1::2], strict=True):
        base[flag] = value
    flat = [x for kv in base.items() for x in kv]
    rc = cli(
        repo,
        "new",
        "org/model",
        "--reason",
        "r",
        "--requested-by",
        "a@example.com",
        "--license",
        "mit",
        *flat,
    )
    assert rc == 2
    assert message in capsys.readouterr().err
    assert not repo.exc_dir.exists()


def test_new_refuses_an_unresolved_license(repo: Repo, capsys: pytest.CaptureFixture[str]) -> None:
    rc = cli(
        repo,
        "new",
        "org/does-not-exist-anywhere",
        "--rule",
        "no-nc-in-production",
        "--reason",
        "r",
        "--expires",
        "30d",
        "--requested-by",
        "a@example.com",
        "--offline",
    )
    err = capsys.readouterr().err
    assert rc == 2, err
    assert "org/does-not-exist-anywhere" in err
    assert "--license" in err  # the hint: check the card and pass the license explicitly
    assert not repo.exc_dir.exists()


def test_bare_exception_command_prints_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["exception"]) == 2
    assert "new" in capsys.readouterr().err


def test_new_fills_the_license_from_the_hub(
    repo: Repo, hub_env: object, capsys: pytest.CaptureFixture[str]
) -> None:
    from tests.support.fakehub import FakeHub

    assert isinstance(hub_env, FakeHub)
    hub_env.add_model("facebook/nllb-200-distilled-600M", license="cc-by-nc-4.0")
    rc = cli(
        repo,
        "new",
        "facebook/nllb-200-distilled-600M",
        "--rule",
        "no-nc-in-production",
        "--reason",
        "Commercial agreement, ticket LEGAL-42",
        "--expires",
        "30d",
        "--requested-by",
        "alice@example.com",
        "--approver",
        "bob@example.com",
        "--id",
        "nllb-translate",
    )
    out, err = capsys.readouterr()
    assert rc == 0, err
    text = (repo.exc_dir / "nllb-translate.yaml").read_text()
    assert 'license: "cc-by-nc-4.0"' in text
    assert 'approved_by: "bob@example.com"' in text
    assert "license-gate exception sign .license-gate/exceptions/nllb-translate.yaml" in out
    # the same id again is refused, the file is left alone
    rc = cli(
        repo,
        "new",
        "facebook/nllb-200-distilled-600M",
        "--rule",
        "no-nc-in-production",
        "--reason",
        "again",
        "--expires",
        "30d",
        "--requested-by",
        "a@example.com",
        "--id",
        "nllb-translate",
    )
    assert rc == 2
    assert "already exists" in capsys.readouterr().err
    assert (repo.exc_dir / "nllb-translate.yaml").read_text() == text


def test_sign_with_a_public_key_and_no_agent(
    repo: Repo,
    keys: dict[str, Key],
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    monkeypatch.delenv("SSH_AUTH_SOCK", raising=False)
    path = repo.write("nllb-translate.yaml", nllb())
    pub = repo.root.parent / "lonely.pub"  # no private key beside it, no agent
    pub.write_text(Path(f"{keys['bob'].path}.pub").read_text())
    rc = cli(repo, "sign", str(path), "--key", str(pub))
    assert rc == 2
    assert "ssh-keygen -Y sign failed" in capsys.readouterr().err
    assert not Path(f"{path}.sig").exists()
