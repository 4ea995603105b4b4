"""Make the detached `.sig` of an exception file.

An unencrypted OpenSSH ed25519 / ecdsa / rsa private key signs in process with `cryptography`.
Anything else (a passphrase-protected key, a public key whose private half is in ssh-agent, a FIDO
`sk-` key) is handed to `ssh-keygen -Y sign`, which prompts on the terminal, talks to the agent or
to the hardware key as usual. Either way the result is checked before it is written.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from dataclasses import dataclass
from pathlib import Path

from license_gate.errors import UsageError
from license_gate.waivers.sshsig import (
    SignatureFormatError,
    SshSignature,
    armor,
    load_private_key,
    parse_signature,
    sign,
    verify,
)

__all__ = ["SignResult", "sign_file", "signature_path"]

MAX_KEY_BYTES = 64 * 1024


@dataclass(frozen=True, slots=True)
class SignResult:
    """What was signed, how, and with which key."""

    signature: SshSignature
    sig_path: Path
    method: str  # "in-process" or "ssh-keygen"


def signature_path(file: Path) -> Path:
    return file.with_name(file.name + ".sig")


def _ssh_keygen_sign(key_path: Path, data: bytes, namespace: str) -> bytes:
    exe = shutil.which("ssh-keygen")
    if exe is None:
        raise UsageError(
            f"{key_path} cannot be used in process (encrypted, agent or hardware key) and "
            "ssh-keygen is not installed",
            hint="install OpenSSH (8.1 or later), or use an unencrypted ed25519 key file",
        )
    try:
        proc = subprocess.run(
            [exe, "-Y", "sign", "-n", namespace, "-f", str(key_path)],
            input=data,
            stdout=subprocess.PIPE,  # stderr stays on the terminal: "touch your key" prompts
            check=False,
            timeout=300,
        )
    except subprocess.TimeoutExpired:
        raise UsageError("ssh-keygen -Y sign did not finish within 5 minutes") from None
    if proc.returncode != 0:
        raise UsageError(
            f"ssh-keygen -Y sign failed with {key_path} (exit status {proc.returncode}; "
            "its message is above)"
        )
    return proc.stdout


def _write_atomic(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(data)
        os.chmod(tmp, 0o644)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def sign_file(file: Path, key_path: Path, *, namespace: str, data: bytes) -> SignResult:
    """Sign `data` (the exact bytes of `file`) with the key at `key_path`; write FILE.sig."""
    try:
        key_bytes = key_path.read_bytes()[: MAX_KEY_BYTES + 1]
    except OSError as e:
        raise UsageError(f"cannot read key {key_path}: {e.strerror}") from None
    private = load_private_key(key_bytes) if len(key_bytes) <= MAX_KEY_BYTES else None
    if private is not None:
        sig = sign(private, data, namespace=namespace)
        armored = armor(sig)
        method = "in-process"
    else:
        armored = _ssh_keygen_sign(key_path, data, namespace)
        method = "ssh-keygen"
    try:
        sig = parse_signature(armored)
        verify(sig, data)
    except (SignatureFormatError, ValueError) as e:
        raise UsageError(f"the signature made with {key_path} does not check out: {e}") from None
    except Exception as e:  # InvalidSignature
        raise UsageError(f"the signature made with {key_path} does not verify ({e!r})") from None
    if sig.namespace != namespace:
        raise UsageError(f"the signature was made for namespace {sig.namespace!r}")
    target = signature_path(file)
    try:
        _write_atomic(target, armored)
    except OSError as e:
        raise UsageError(f"cannot write {target}: {e.strerror}") from None
    return SignResult(sig, target, method)
