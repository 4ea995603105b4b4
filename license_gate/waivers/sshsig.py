"""SSHSIG detached signatures (OpenSSH PROTOCOL.sshsig), verified and made in process.

The armored format `ssh-keygen -Y sign` writes::

    -----BEGIN SSH SIGNATURE-----
    base64( "SSHSIG" uint32(1) string(publickey) string(namespace) string(reserved)
            string(hash_algorithm) string(signature) )
    -----END SSH SIGNATURE-----

and the bytes actually signed are ``"SSHSIG" string(namespace) string(reserved)
string(hash_algorithm) string(H(message))`` with H sha256 or sha512.

Key types: ssh-ed25519, ecdsa-sha2-nistp256/384/521, ssh-rsa (signatures rsa-sha2-256/512 only;
SHA-1 `ssh-rsa` signatures are refused as OpenSSH does), and the FIDO types
sk-ssh-ed25519@openssh.com / sk-ecdsa-sha2-nistp256@openssh.com (verification only; they sign
through `ssh-keygen`). This module imports `cryptography`; import it lazily.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import struct
from dataclasses import dataclass

from cryptography.exceptions import InvalidSignature, UnsupportedAlgorithm
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec, ed25519, padding, rsa
from cryptography.hazmat.primitives.asymmetric.utils import (
    decode_dss_signature,
    encode_dss_signature,
)

__all__ = [
    "ARMOR_BEGIN",
    "ARMOR_END",
    "KEY_TYPES",
    "SignatureFormatError",
    "SshPublicKey",
    "SshSignature",
    "armor",
    "load_private_key",
    "parse_public_key",
    "parse_public_key_blob",
    "parse_signature",
    "sign",
    "verify",
]

MAGIC = b"SSHSIG"
VERSION = 1
ARMOR_BEGIN = "-----BEGIN SSH SIGNATURE-----"
ARMOR_END = "-----END SSH SIGNATURE-----"
HASHES = ("sha256", "sha512")
MIN_RSA_BITS = 2048

_SK_ED25519 = "sk-ssh-ed25519@openssh.com"
_SK_ECDSA = "sk-ecdsa-sha2-nistp256@openssh.com"
_ECDSA = {
    "ecdsa-sha2-nistp256": ("nistp256", ec.SECP256R1, hashes.SHA256),
    "ecdsa-sha2-nistp384": ("nistp384", ec.SECP384R1, hashes.SHA384),
    "ecdsa-sha2-nistp521": ("nistp521", ec.SECP521R1, hashes.SHA512),
}
KEY_TYPES: frozenset[str] = frozenset({"ssh-ed25519", "ssh-rsa", _SK_ED25519, _SK_ECDSA, *_ECDSA})
# Key types OpenSSH knows but license-gate refuses, with the reason shown to the user.
UNSUPPORTED_KEY_TYPES: dict[str, str] = {
    "ssh-dss": "DSA keys are obsolete and not supported",
}


class SignatureFormatError(ValueError):
    """Bytes that are not a well-formed SSH key or SSHSIG signature (the message says why)."""


class _Wire:
    """Reads SSH wire-format values (RFC 4251 §5) with bounds checks."""

    def __init__(self, data: bytes, what: str) -> None:
        self.data = data
        self.pos = 0
        self.what = what

    def _take(self, n: int) -> bytes:
        if n < 0 or self.pos + n > len(self.data):
            raise SignatureFormatError(f"{self.what} is truncated")
        out = self.data[self.pos : self.pos + n]
        self.pos += n
        return out

    def uint32(self) -> int:
        value: int = struct.unpack(">I", self._take(4))[0]
        return value

    def byte(self) -> int:
        return self._take(1)[0]

    def string(self) -> bytes:
        return self._take(self.uint32())

    def text(self) -> str:
        raw = self.string()
        try:
            return raw.decode("ascii")
        except UnicodeDecodeError:
            raise SignatureFormatError(f"{self.what} contains a non-ASCII name") from None

    def mpint(self) -> int:
        raw = self.string()
        if raw and raw[0] & 0x80:
            raise SignatureFormatError(f"{self.what} contains a negative number")
        return int.from_bytes(raw, "big")

    def raw(self, n: int) -> bytes:
        return self._take(n)

    def end(self) -> None:
        if self.pos != len(self.data):
            extra = len(self.data) - self.pos
            raise SignatureFormatError(f"{self.what} has {extra} trailing bytes")


def _string(value: bytes) -> bytes:
    return struct.pack(">I", len(value)) + value


def _mpint(value: int) -> bytes:
    if value == 0:
        return _string(b"")
    raw = value.to_bytes((value.bit_length() + 8) // 8, "big")  # leading 0 keeps it positive
    return _string(raw)


_PublicKey = ed25519.Ed25519PublicKey | ec.EllipticCurvePublicKey | rsa.RSAPublicKey


@dataclass(frozen=True, slots=True)
class SshPublicKey:
    """A parsed public key: its type, its wire blob (the identity compared with allowed_signers)
    and, for FIDO keys, the application string."""

    key_type: str
    blob: bytes
    application: str | None = None

    @property
    def fingerprint(self) -> str:
        """The `ssh-keygen -l` style SHA256 fingerprint."""
        digest = base64.b64encode(hashlib.sha256(self.blob).digest()).decode().rstrip("=")
        return f"SHA256:{digest}"

    def openssh(self) -> str:
        """`type base64` as in an authorized_keys or allowed_signers line."""
        return f"{self.key_type} {base64.b64encode(self.blob).decode()}"

    def crypto_key(self) -> _PublicKey:
        """The `cryptography` key object (raises SignatureFormatError when invalid)."""
        return _crypto_key(self)


def _crypto_key(key: SshPublicKey) -> _PublicKey:
    w = _Wire(key.blob, f"{key.key_type} key")
    w.text()
    try:
        if key.key_type in ("ssh-ed25519", _SK_ED25519):
            pk = w.string()
            if len(pk) != 32:
                raise SignatureFormatError("ed25519 public key is not 32 bytes")
            return ed25519.Ed25519PublicKey.from_public_bytes(pk)
        if key.key_type in _ECDSA or key.key_type == _SK_ECDSA:
            curve_name, curve, _ = _ECDSA.get(key.key_type, _ECDSA["ecdsa-sha2-nistp256"])
            if w.text() != curve_name:
                raise SignatureFormatError(f"{key.key_type} key names the wrong curve")
            return ec.EllipticCurvePublicKey.from_encoded_point(curve(), w.string())
        if key.key_type == "ssh-rsa":
            e = w.mpint()
            n = w.mpint()
            if n.bit_length() < MIN_RSA_BITS:
                raise SignatureFormatError(
                    f"RSA key of {n.bit_length()} bits is too short (minimum {MIN_RSA_BITS})"
                )
            return rsa.RSAPublicNumbers(e, n).public_key()
    except (ValueError, UnsupportedAlgorithm) as exc:
        if isinstance(exc, SignatureFormatError):
            raise
        raise SignatureFormatError(f"invalid {key.key_type} key: {exc}") from None
    raise SignatureFormatError(f"unsupported key type {key.key_type!r}")


def parse_public_key_blob(blob: bytes) -> SshPublicKey:
    """Parse and validate a public key in SSH wire format."""
    w = _Wire(blob, "public key")
    key_type = w.text()
    if key_type in UNSUPPORTED_KEY_TYPES:
        raise SignatureFormatError(UNSUPPORTED_KEY_TYPES[key_type])
    if key_type not in KEY_TYPES:
        raise SignatureFormatError(f"unsupported key type {key_type!r}")
    application = None
    if key_type in ("ssh-ed25519", _SK_ED25519):
        w.string()
    elif key_type == "ssh-rsa":
        w.mpint()
        w.mpint()
    else:
        w.string()
        w.string()
    if key_type in (_SK_ED25519, _SK_ECDSA):
        application = w.text()
    w.end()
    key = SshPublicKey(key_type, blob, application)
    _crypto_key(key)  # validates lengths, curve points, RSA size
    return key


def parse_public_key(key_type: str, b64: str) -> SshPublicKey:
    """Parse the `keytype base64` pair of an allowed_signers or .pub line."""
    try:
        blob = base64.b64decode(b64.encode("ascii"), validate=True)
    except (binascii.Error, UnicodeEncodeError):
        raise SignatureFormatError("the key is not valid base64") from None
    key = parse_public_key_blob(blob)
    if key.key_type != key_type:
        raise SignatureFormatError(
            f"the key says {key_type!r} but its data is a {key.key_type!r} key"
        )
    return key


@dataclass(frozen=True, slots=True)
class SshSignature:
    """A parsed SSHSIG blob."""

    public_key: SshPublicKey
    namespace: str
    reserved: bytes
    hash_algorithm: str
    signature: bytes  # the SSH signature blob: string(sig type) string(sig) [sk: flags, counter]

    @property
    def signature_type(self) -> str:
        return _Wire(self.signature, "signature").text()

    def signed_data(self, message: bytes) -> bytes:
        """The exact bytes the key signed for `message`."""
        digest = hashlib.new(self.hash_algorithm, message).digest()
        return (
            MAGIC
            + _string(self.namespace.encode())
            + _string(self.reserved)
            + _string(self.hash_algorithm.encode())
            + _string(digest)
        )


def _dearmor(text: bytes) -> bytes:
    try:
        s = text.decode("ascii")
    except UnicodeDecodeError:
        raise SignatureFormatError(
            f"not an SSH signature (expected a {ARMOR_BEGIN} block)"
        ) from None
    lines = [ln.strip() for ln in s.strip().splitlines()]
    if not lines or lines[0] != ARMOR_BEGIN:
        raise SignatureFormatError(f"not an SSH signature (expected a {ARMOR_BEGIN} block)")
    if lines[-1] != ARMOR_END:
        raise SignatureFormatError(f"truncated SSH signature (no {ARMOR_END} line)")
    body = "".join(lines[1:-1])
    try:
        return base64.b64decode(body, validate=True)
    except binascii.Error:
        raise SignatureFormatError("the SSH signature is not valid base64") from None


def parse_signature(data: bytes) -> SshSignature:
    """Parse an armored (or raw binary) SSHSIG signature."""
    blob = data if data.startswith(MAGIC) else _dearmor(data)
    if not blob.startswith(MAGIC):
        raise SignatureFormatError("not an SSHSIG signature (bad magic)")
    w = _Wire(blob[len(MAGIC) :], "SSH signature")
    version = w.uint32()
    if version != VERSION:
        raise SignatureFormatError(f"unsupported SSHSIG version {version}")
    key_blob = w.string()
    namespace_raw = w.string()
    reserved = w.string()
    hash_alg = w.text()
    signature = w.string()
    w.end()
    try:
        namespace = namespace_raw.decode("utf-8")
    except UnicodeDecodeError:
        raise SignatureFormatError("the signature namespace is not UTF-8") from None
    if hash_alg not in HASHES:
        raise SignatureFormatError(f"unsupported signature hash {hash_alg!r}")
    key = parse_public_key_blob(key_blob)
    return SshSignature(key, namespace, reserved, hash_alg, signature)


def _ecdsa_der(raw: bytes) -> bytes:
    w = _Wire(raw, "ECDSA signature")
    r = w.mpint()
    s = w.mpint()
    w.end()
    return encode_dss_signature(r, s)


def verify(sig: SshSignature, message: bytes) -> None:
    """Check that `sig` is a signature of `message` by `sig.public_key`. Raises
    SignatureFormatError (malformed) or InvalidSignature (does not verify). The namespace and
    whether the key is trusted are the caller's business."""
    key = sig.public_key
    pub = key.crypto_key()
    data = sig.signed_data(message)
    w = _Wire(sig.signature, "signature")
    sig_type = w.text()
    raw = w.string()
    if key.key_type in (_SK_ED25519, _SK_ECDSA):
        flags = w.byte()
        counter = w.uint32()
        w.end()
        if sig_type != key.key_type:
            raise SignatureFormatError(f"{sig_type!r} signature from a {key.key_type} key")
        if not flags & 0x01:
            raise InvalidSignature("FIDO signature without user presence")
        app_hash = hashlib.sha256((key.application or "").encode()).digest()
        data = (
            app_hash + bytes([flags]) + struct.pack(">I", counter) + (hashlib.sha256(data).digest())
        )
    else:
        w.end()
    if isinstance(pub, ed25519.Ed25519PublicKey):
        if key.key_type == "ssh-ed25519" and sig_type != "ssh-ed25519":
            raise SignatureFormatError(f"{sig_type!r} signature from an ed25519 key")
        pub.verify(raw, data)
    elif isinstance(pub, ec.EllipticCurvePublicKey):
        if key.key_type in _ECDSA:
            if sig_type != key.key_type:
                raise SignatureFormatError(f"{sig_type!r} signature from a {key.key_type} key")
            algo = _ECDSA[key.key_type][2]()
        else:
            algo = hashes.SHA256()
        pub.verify(_ecdsa_der(raw), data, ec.ECDSA(algo))
    else:
        rsa_hashes = {"rsa-sha2-256": hashes.SHA256, "rsa-sha2-512": hashes.SHA512}
        if sig_type not in rsa_hashes:
            raise SignatureFormatError(
                f"{sig_type!r} RSA signatures are not accepted (use rsa-sha2-256 or rsa-sha2-512)"
            )
        pub.verify(raw, data, padding.PKCS1v15(), rsa_hashes[sig_type]())


_PrivateKey = ed25519.Ed25519PrivateKey | ec.EllipticCurvePrivateKey | rsa.RSAPrivateKey


def load_private_key(data: bytes) -> _PrivateKey | None:
    """An unencrypted OpenSSH private key that can sign in process, or None (encrypted, FIDO,
    unsupported type, not a private key at all): the caller then falls back to ssh-keygen."""
    try:
        key = serialization.load_ssh_private_key(data, password=None)
    except (ValueError, TypeError, UnsupportedAlgorithm):
        return None
    if isinstance(key, ed25519.Ed25519PrivateKey | ec.EllipticCurvePrivateKey):
        return key
    if isinstance(key, rsa.RSAPrivateKey) and key.key_size >= MIN_RSA_BITS:
        return key
    return None


def _public_of(key: _PrivateKey) -> SshPublicKey:
    line = key.public_key().public_bytes(
        serialization.Encoding.OpenSSH, serialization.PublicFormat.OpenSSH
    )
    key_type, b64 = line.decode().split()[:2]
    return parse_public_key(key_type, b64)


def sign(
    key: _PrivateKey, message: bytes, *, namespace: str, hash_algorithm: str = "sha512"
) -> SshSignature:
    """Sign `message` the way `ssh-keygen -Y sign -n NAMESPACE` does."""
    if hash_algorithm not in HASHES:
        raise ValueError(f"unsupported hash {hash_algorithm!r}")
    public = _public_of(key)
    unsigned = SshSignature(public, namespace, b"", hash_algorithm, b"")
    data = unsigned.signed_data(message)
    if isinstance(key, ed25519.Ed25519PrivateKey):
        blob = _string(b"ssh-ed25519") + _string(key.sign(data))
    elif isinstance(key, ec.EllipticCurvePrivateKey):
        algo = _ECDSA[public.key_type][2]()
        r, s = decode_dss_signature(key.sign(data, ec.ECDSA(algo)))
        blob = _string(public.key_type.encode()) + _string(_mpint(r) + _mpint(s))
    else:
        blob = _string(b"rsa-sha2-512") + _string(
            key.sign(data, padding.PKCS1v15(), hashes.SHA512())
        )
    return SshSignature(public, namespace, b"", hash_algorithm, blob)


def armor(sig: SshSignature) -> bytes:
    """The armored text `ssh-keygen -Y sign` writes (base64 wrapped at 70 columns)."""
    blob = (
        MAGIC
        + struct.pack(">I", VERSION)
        + _string(sig.public_key.blob)
        + _string(sig.namespace.encode())
        + _string(sig.reserved)
        + _string(sig.hash_algorithm.encode())
        + _string(sig.signature)
    )
    b64 = base64.b64encode(blob).decode()
    lines = [b64[i : i + 70] for i in range(0, len(b64), 70)]
    return ("\n".join([ARMOR_BEGIN, *lines, ARMOR_END]) + "\n").encode()
