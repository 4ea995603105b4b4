"""FIDO (`sk-`) keys: signatures a hardware key would make, built here the way the authenticator
builds them (no hardware on CI), and checked by both the real `ssh-keygen -Y verify` and
license-gate, so the two agree on what such a signature is."""

from __future__ import annotations

import hashlib
import struct
from pathlib import Path

import pytest
from cryptography.exceptions import InvalidSignature
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519
from cryptography.hazmat.primitives.asymmetric.utils import decode_dss_signature

from license_gate.waivers import sshsig
from tests.waivers.conftest import NAMESPACE, NLLB, ssh_verify

APP = "ssh:"


def _s(b: bytes) -> bytes:
    return struct.pack(">I", len(b)) + b


def _mp(n: int) -> bytes:
    return _s(n.to_bytes((n.bit_length() + 8) // 8, "big"))


def _authenticator_sign(
    kind: str, message: bytes, *, flags: int = 0x01, counter: int = 7
) -> tuple[str, bytes]:
    """(allowed_signers key text, armored SSHSIG) for a fresh sk key of `kind`."""
    if kind == "ed25519":
        key_type = "sk-ssh-ed25519@openssh.com"
        priv = ed25519.Ed25519PrivateKey.generate()
        raw = priv.public_key().public_bytes(
            serialization.Encoding.Raw, serialization.PublicFormat.Raw
        )
        blob = _s(key_type.encode()) + _s(raw) + _s(APP.encode())
    else:
        key_type = "sk-ecdsa-sha2-nistp256@openssh.com"
        priv_ec = ec.generate_private_key(ec.SECP256R1())
        point = priv_ec.public_key().public_bytes(
            serialization.Encoding.X962, serialization.PublicFormat.UncompressedPoint
        )
        blob = _s(key_type.encode()) + _s(b"nistp256") + _s(point) + _s(APP.encode())
    public = sshsig.parse_public_key_blob(blob)
    unsigned = sshsig.SshSignature(public, NAMESPACE, b"", "sha512", b"")
    data = unsigned.signed_data(message)
    to_sign = (
        hashlib.sha256(APP.encode()).digest()
        + bytes([flags])
        + struct.pack(">I", counter)
        + hashlib.sha256(data).digest()
    )
    if kind == "ed25519":
        inner = priv.sign(to_sign)
    else:
        r, s = decode_dss_signature(priv_ec.sign(to_sign, ec.ECDSA(hashes.SHA256())))
        inner = _mp(r) + _mp(s)
    sig_blob = _s(key_type.encode()) + _s(inner) + bytes([flags]) + struct.pack(">I", counter)
    sig = sshsig.SshSignature(public, NAMESPACE, b"", "sha512", sig_blob)
    return public.openssh(), sshsig.armor(sig)


@pytest.mark.parametrize("kind", ["ed25519", "ecdsa"])
def test_fido_signature_verifies_here_and_in_openssh(tmp_path: Path, kind: str) -> None:
    msg = tmp_path / "nllb-translate.yaml"
    msg.write_text(NLLB)
    pub, armored = _authenticator_sign(kind, msg.read_bytes())
    Path(f"{msg}.sig").write_bytes(armored)
    allowed = tmp_path / "allowed_signers"
    allowed.write_text(f"bob@example.com {pub}\n")
    assert ssh_verify(allowed, "bob@example.com", msg) == 0
    sig = sshsig.parse_signature(armored)
    sshsig.verify(sig, msg.read_bytes())
    with pytest.raises(InvalidSignature):
        sshsig.verify(sig, msg.read_bytes() + b" ")


@pytest.mark.parametrize("kind", ["ed25519", "ecdsa"])
def test_fido_signature_without_user_presence_is_refused(kind: str) -> None:
    _, armored = _authenticator_sign(kind, NLLB.encode(), flags=0x00)
    with pytest.raises(InvalidSignature, match="user presence"):
        sshsig.verify(sshsig.parse_signature(armored), NLLB.encode())
