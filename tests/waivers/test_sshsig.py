"""SSHSIG interoperability with the real OpenSSH, in both directions, for every key type."""

from __future__ import annotations

import base64
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidSignature

from license_gate.waivers import sshsig
from tests.waivers.conftest import NAMESPACE, NLLB, Key, ssh_sign, ssh_verify

KEY_NAMES = ("bob", "carol", "dave")


@pytest.mark.parametrize("name", KEY_NAMES)
def test_openssh_signature_verifies_in_process(
    keys: dict[str, Key], tmp_path: Path, name: str
) -> None:
    msg = tmp_path / "nllb-translate.yaml"
    msg.write_text(NLLB)
    sig = sshsig.parse_signature(ssh_sign(keys[name], msg).read_bytes())
    assert sig.namespace == NAMESPACE
    assert sig.public_key.openssh() == keys[name].pub
    sshsig.verify(sig, msg.read_bytes())
    with pytest.raises(InvalidSignature):
        sshsig.verify(sig, msg.read_bytes().replace(b"2027-05-10", b"2028-05-10"))


@pytest.mark.parametrize("name", KEY_NAMES)
def test_in_process_signature_verifies_with_openssh(
    keys: dict[str, Key], tmp_path: Path, name: str
) -> None:
    msg = tmp_path / "nllb-translate.yaml"
    msg.write_text(NLLB)
    key = sshsig.load_private_key(keys[name].path.read_bytes())
    assert key is not None
    sig = sshsig.sign(key, msg.read_bytes(), namespace=NAMESPACE)
    Path(f"{msg}.sig").write_bytes(sshsig.armor(sig))
    allowed = tmp_path / "allowed_signers"
    allowed.write_text(keys[name].signer_line("bob@example.com"))
    assert ssh_verify(allowed, "bob@example.com", msg) == 0
    assert ssh_verify(allowed, "bob@example.com", msg, namespace="file") != 0
    msg.write_text(NLLB.replace("bob@", "eve@"))
    assert ssh_verify(allowed, "bob@example.com", msg) != 0


@pytest.mark.parametrize(("bits", "curve"), [(384, "nistp384"), (521, "nistp521")])
def test_larger_ecdsa_curves_both_ways(tmp_path: Path, bits: int, curve: str) -> None:
    import subprocess

    path = tmp_path / f"k{bits}"
    subprocess.run(
        ["ssh-keygen", "-q", "-t", "ecdsa", "-b", str(bits), "-N", "", "-f", str(path)],
        check=True,
    )
    msg = tmp_path / "m.yaml"
    msg.write_text(NLLB)
    pub = " ".join(Path(f"{path}.pub").read_text().split()[:2])
    theirs = sshsig.parse_signature(ssh_sign(Key("ecdsa", path, pub), msg).read_bytes())
    assert theirs.public_key.key_type == f"ecdsa-sha2-{curve}"
    sshsig.verify(theirs, msg.read_bytes())
    key = sshsig.load_private_key(path.read_bytes())
    assert key is not None
    sshsig.verify(sshsig.sign(key, msg.read_bytes(), namespace=NAMESPACE), msg.read_bytes())


def test_sha256_signatures_verify(keys: dict[str, Key], tmp_path: Path) -> None:
    key = sshsig.load_private_key(keys["bob"].path.read_bytes())
    assert key is not None
    sig = sshsig.sign(key, b"x", namespace=NAMESPACE, hash_algorithm="sha256")
    msg = tmp_path / "m"
    msg.write_bytes(b"x")
    Path(f"{msg}.sig").write_bytes(sshsig.armor(sig))
    allowed = tmp_path / "allowed"
    allowed.write_text(keys["bob"].signer_line("bob@example.com"))
    assert ssh_verify(allowed, "bob@example.com", msg) == 0


def test_fingerprint_matches_ssh_keygen(keys: dict[str, Key]) -> None:
    import subprocess

    out = subprocess.run(
        ["ssh-keygen", "-l", "-f", f"{keys['bob'].path}.pub"], capture_output=True, text=True
    ).stdout.split()[1]
    kt, b64 = keys["bob"].pub.split()
    assert sshsig.parse_public_key(kt, b64).fingerprint == out


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (b"", "not an SSH signature"),
        (b"-----BEGIN PGP SIGNATURE-----\nabc\n-----END PGP SIGNATURE-----\n", "not an SSH"),
        (b"\x00\xff\xfe garbage", "not an SSH signature"),
        (b"-----BEGIN SSH SIGNATURE-----\nU1NIU0lH\n", "truncated"),
        (b"-----BEGIN SSH SIGNATURE-----\n!!!!\n-----END SSH SIGNATURE-----\n", "base64"),
        (b"-----BEGIN SSH SIGNATURE-----\nAAAA\n-----END SSH SIGNATURE-----\n", "bad magic"),
    ],
)
def test_garbage_signatures_are_refused(data: bytes, message: str) -> None:
    with pytest.raises(sshsig.SignatureFormatError, match=message):
        sshsig.parse_signature(data)


def test_truncated_signature_at_every_length(keys: dict[str, Key], tmp_path: Path) -> None:
    msg = tmp_path / "m.yaml"
    msg.write_text(NLLB)
    armored = ssh_sign(keys["bob"], msg).read_text()
    blob = base64.b64decode("".join(armored.splitlines()[1:-1]))
    for n in range(0, len(blob) - 1, 3):
        cut = base64.b64encode(blob[:n]).decode()
        text = f"{sshsig.ARMOR_BEGIN}\n{cut}\n{sshsig.ARMOR_END}\n".encode()
        with pytest.raises(sshsig.SignatureFormatError):
            sshsig.parse_signature(text)


def test_ssh_rsa_sha1_signature_is_refused(keys: dict[str, Key]) -> None:
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding, rsa

    key = sshsig.load_private_key(keys["dave"].path.read_bytes())
    assert isinstance(key, rsa.RSAPrivateKey)
    good = sshsig.sign(key, b"m", namespace=NAMESPACE)
    data = good.signed_data(b"m")
    raw = key.sign(data, padding.PKCS1v15(), hashes.SHA1())
    blob = sshsig._string(b"ssh-rsa") + sshsig._string(raw)
    sha1 = sshsig.SshSignature(good.public_key, NAMESPACE, b"", "sha512", blob)
    with pytest.raises(sshsig.SignatureFormatError, match="not accepted"):
        sshsig.verify(sha1, b"m")


def test_encrypted_key_is_not_loaded_in_process(tmp_path: Path) -> None:
    from tests.waivers.conftest import make_key

    key = make_key(tmp_path, "ed25519", "locked", passphrase="correct horse")
    assert sshsig.load_private_key(key.path.read_bytes()) is None
    assert sshsig.load_private_key(Path(f"{key.path}.pub").read_bytes()) is None
