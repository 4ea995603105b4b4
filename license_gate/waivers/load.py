"""Find, parse and verify the exception files of a repository.

Exception files are read from the working tree (`root / config.dir`); the trust root
(`allowed_signers`) is read only through `trust`, which is the working tree or a git ref
(`--trust-from`), so a change cannot approve itself by adding its own key. Nothing heavy is
imported when the directory is absent or empty (the pre-commit fast path).
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING

from license_gate._repo import RepoReader, relpath
from license_gate.models import ExceptionsConfig
from license_gate.waivers.model import ExceptionSet, LoadedWaiver, Waiver

if TYPE_CHECKING:
    from license_gate.waivers.signers import AllowedSigner

__all__ = [
    "MAX_SIG_BYTES",
    "TrustRoot",
    "exception_files",
    "load_exceptions",
    "load_trust",
    "verify_entry",
]

MAX_SIG_BYTES = 16 * 1024
SUFFIXES = (".yaml", ".yml")


def exception_files(root: Path, config: ExceptionsConfig) -> list[Path]:
    """The exception files in `config.dir` (top level, *.yaml / *.yml), sorted."""
    d = root / config.dir
    try:
        names = sorted(os.listdir(d))
    except (FileNotFoundError, NotADirectoryError):
        return []
    return [d / n for n in names if n.endswith(SUFFIXES) and (d / n).is_file()]


def _read_limited(path: Path, limit: int) -> bytes | None:
    """The file's bytes, or None when it is larger than `limit`."""
    with path.open("rb") as f:
        data = f.read(limit + 1)
    return None if len(data) > limit else data


@dataclass(frozen=True, slots=True)
class TrustRoot:
    """The parsed allowed_signers and where it was read from."""

    signers: tuple[AllowedSigner, ...] | None  # None: file missing
    source: str  # e.g. ".license-gate/allowed_signers (git ref origin/main)"


def load_trust(config: ExceptionsConfig, trust: RepoReader) -> TrustRoot:
    from license_gate.waivers.signers import parse_allowed_signers

    where = trust.description or "working tree"
    source = config.allowed_signers
    label = source if where == "working tree" else f"{source} ({where})"
    data = trust.read(config.allowed_signers)
    if data is None:
        return TrustRoot(None, label)
    return TrustRoot(parse_allowed_signers(data, source=label), label)


def _check_dates(w: Waiver, config: ExceptionsConfig, today: date) -> tuple[str, int | None] | None:
    if today > w.expires:
        return f"expired on {w.expires.isoformat()}", w.line_of("expires")
    if w.created > today + timedelta(days=1):
        return f"created {w.created.isoformat()} is in the future", w.line_of("created")
    days = (w.expires - w.created).days
    if days > config.max_days:
        return (
            f"expires {w.expires.isoformat()} is {days} days after created "
            f"{w.created.isoformat()}; the policy allows at most {config.max_days} days",
            w.line_of("expires"),
        )
    return None


def verify_entry(
    w: Waiver,
    data: bytes,
    sig_path: Path,
    *,
    config: ExceptionsConfig,
    trust: TrustRoot | None,
    now: datetime,
) -> LoadedWaiver:
    """Check the detached signature of one parsed exception file."""
    from cryptography.exceptions import InvalidSignature

    from license_gate.waivers.signers import check_signer
    from license_gate.waivers.sshsig import SignatureFormatError, parse_signature, verify

    sig_name = sig_path.name

    def bad(reason: str, line: int | None = None) -> LoadedWaiver:
        return LoadedWaiver(w.path, w, reason, line=line, signed=True)

    if not sig_path.is_file():
        return bad(f"{sig_name} is not a regular file")

    try:
        raw = _read_limited(sig_path, MAX_SIG_BYTES)
    except OSError as e:
        return bad(f"cannot read {sig_name}: {e.strerror}")
    if raw is None:
        return bad(f"{sig_name} is larger than {MAX_SIG_BYTES} bytes: not an SSH signature")
    try:
        sig = parse_signature(raw)
    except SignatureFormatError as e:
        return bad(f"{sig_name}: {e}")
    if sig.namespace != config.namespace:
        return bad(
            f"{sig_name} was made for namespace {sig.namespace!r}, not {config.namespace!r} "
            f"(sign with `ssh-keygen -Y sign -n {config.namespace}`)"
        )
    try:
        verify(sig, data)
    except InvalidSignature:
        return bad(f"{sig_name} does not match the file (changed after it was signed?)")
    except SignatureFormatError as e:
        return bad(f"{sig_name}: {e}")
    if trust is None or trust.signers is None:
        source = trust.source if trust else config.allowed_signers
        return bad(f"no trusted signers: {source} does not exist", w.line_of("approved_by"))
    check = check_signer(
        trust.signers,
        key=sig.public_key,
        principal=w.approved_by,
        namespace=sig.namespace,
        now=now,
        source=trust.source,
    )
    if not check.ok:
        return bad(check.reason, w.line_of("approved_by"))
    return LoadedWaiver(
        w.path, w, None, signer=w.approved_by, fingerprint=sig.public_key.fingerprint, signed=True
    )


def load_exceptions(
    root: Path,
    config: ExceptionsConfig,
    *,
    trust: RepoReader,
    today: date,
    files: Sequence[Path] | None = None,
    now: datetime | None = None,
) -> ExceptionSet:
    """Parse and verify every exception file (or just `files`). Malformed, unsigned, untrusted,
    expired or over-long exceptions come back as invalid entries, never as errors; a broken
    allowed_signers file raises ConfigError (exit 2). `now` (default: the current time of day
    on `today`, UTC) is when key validity windows are evaluated."""
    paths = list(files) if files is not None else exception_files(root, config)
    where = trust.description or "working tree"
    if not paths:
        return ExceptionSet((), config, where)

    from license_gate.waivers.fileformat import MAX_FILE_BYTES, WaiverFormatError, parse_waiver

    if now is None:
        clock = datetime.now(UTC)
        now = datetime.combine(today, clock.timetz())
    trust_state: TrustRoot | None = None
    entries: list[LoadedWaiver] = []
    seen: dict[str, str] = {}
    for path in paths:
        rel = relpath(path, root)
        try:
            data = _read_limited(path, MAX_FILE_BYTES)
        except OSError as e:
            entries.append(LoadedWaiver(rel, None, f"cannot read the file: {e.strerror}"))
            continue
        if data is None:
            entries.append(
                LoadedWaiver(
                    rel,
                    None,
                    f"file is larger than {MAX_FILE_BYTES // 1024} KiB; exception files are small "
                    "YAML documents",
                )
            )
            continue
        try:
            w = parse_waiver(data, path=rel)
        except WaiverFormatError as e:
            entries.append(LoadedWaiver(rel, None, e.message, line=e.line))
            continue
        if w.id.lower() in seen:
            entries.append(
                LoadedWaiver(
                    rel, w, f"duplicate id {w.id!r} (also in {seen[w.id.lower()]})", line=w.line
                )
            )
            continue
        seen[w.id.lower()] = rel

        sig_path = path.with_name(path.name + ".sig")
        if sig_path.exists():
            if trust_state is None:
                trust_state = load_trust(config, trust)
            entry = verify_entry(w, data, sig_path, config=config, trust=trust_state, now=now)
        elif config.require_signature:
            entry = LoadedWaiver(
                rel,
                w,
                f"missing signature {sig_path.name} (the approver signs it: `license-gate "
                f"exception sign {rel} --key ~/.ssh/id_ed25519`)",
            )
        else:
            entry = LoadedWaiver(rel, w, None, signed=False)
        if entry.valid:
            dated = _check_dates(w, config, today)
            if dated is not None:
                entry = LoadedWaiver(
                    rel,
                    w,
                    dated[0],
                    line=dated[1],
                    signer=entry.signer,
                    fingerprint=entry.fingerprint,
                    signed=entry.signed,
                )
        entries.append(entry)
    return ExceptionSet(tuple(entries), config, where)
