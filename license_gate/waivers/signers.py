"""OpenSSH `allowed_signers` files (ssh-keygen(1), ALLOWED SIGNERS): who may approve exceptions.

Each line is ``principals [options] keytype base64 [comment]``. Principals are an OpenSSH
pattern-list (``*`` and ``?`` wildcards, ``!`` negation, matched case-sensitively as ssh-keygen
does). Options (case-insensitive keywords, values in double quotes as ssh-keygen requires):
``namespaces="a,b"``, ``valid-after="TIME"``, ``valid-before="TIME"`` with TIME ``YYYYMMDD[Z]``
or ``YYYYMMDDHHMM[SS][Z]`` (local time unless ``Z``). ``cert-authority`` is not supported and
is refused with a clear error, like any unknown option or broken key: a broken trust root is a
configuration error, never silently skipped.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime

from license_gate.errors import ConfigError
from license_gate.waivers.sshsig import (
    KEY_TYPES,
    UNSUPPORTED_KEY_TYPES,
    SignatureFormatError,
    SshPublicKey,
    parse_public_key,
)

__all__ = [
    "MAX_ALLOWED_SIGNERS_BYTES",
    "AllowedSigner",
    "SignerCheck",
    "check_signer",
    "match_pattern_list",
    "parse_allowed_signers",
    "parse_ssh_time",
]


MAX_ALLOWED_SIGNERS_BYTES = 1024 * 1024


@dataclass(frozen=True, slots=True)
class AllowedSigner:
    """One line of allowed_signers."""

    principals: str  # the pattern-list as written
    key: SshPublicKey
    line: int
    namespaces: str | None = None  # pattern-list, None = any namespace
    valid_after: datetime | None = None
    valid_before: datetime | None = None
    valid_after_text: str | None = None
    valid_before_text: str | None = None


def _match_pattern(s: str, pattern: str) -> bool:
    regex = "".join(".*" if c == "*" else "." if c == "?" else re.escape(c) for c in pattern)
    return re.fullmatch(regex, s, flags=re.DOTALL) is not None


def match_pattern_list(s: str, patterns: str) -> bool:
    """OpenSSH match_pattern_list: any positive pattern matches and no negated one does."""
    matched = False
    for pat in patterns.split(","):  # no trimming: ssh-keygen matches each part as written
        if pat.startswith("!"):
            if _match_pattern(s, pat[1:]):
                return False
        elif _match_pattern(s, pat):
            matched = True
    return matched


_TIME_RE = re.compile(r"^(\d{8})(\d{4}(\d{2})?)?(Z)?$", re.IGNORECASE)


def parse_ssh_time(text: str) -> datetime:
    """YYYYMMDD[Z] or YYYYMMDDHHMM[SS][Z] -> an aware datetime (local time unless Z)."""
    m = _TIME_RE.match(text)
    if not m:
        raise ValueError(f"{text!r} is not YYYYMMDD[Z] or YYYYMMDDHHMM[SS][Z]")
    digits = m.group(1) + (m.group(2) or "0000")
    if not m.group(3):
        digits += "00"
    try:
        naive = datetime.strptime(digits, "%Y%m%d%H%M%S")
    except ValueError:
        raise ValueError(f"{text!r} is not a valid date/time") from None
    if m.group(4):
        return naive.replace(tzinfo=UTC)
    return naive.astimezone()  # the system time zone, as ssh-keygen does


def _split_fields(line: str) -> list[str]:
    """Whitespace-separated fields; double quotes protect spaces (as in authorized_keys)."""
    fields: list[str] = []
    cur: list[str] = []
    quoted = False
    for c in line:
        if c == '"':
            quoted = not quoted
            cur.append(c)
        elif c in " \t" and not quoted:
            if cur:
                fields.append("".join(cur))
                cur = []
        else:
            cur.append(c)
    if quoted:
        raise ValueError("unterminated quote")
    if cur:
        fields.append("".join(cur))
    return fields


def _split_options(text: str) -> list[str]:
    out: list[str] = []
    cur: list[str] = []
    quoted = False
    for c in text:
        if c == '"':
            quoted = not quoted
            cur.append(c)
        elif c == "," and not quoted:
            out.append("".join(cur))
            cur = []
        else:
            cur.append(c)
    out.append("".join(cur))
    return out


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] == '"':
        return value[1:-1]
    return value


def _parse_line(text: str, lineno: int, source: str) -> AllowedSigner:
    def fail(message: str, hint: str | None = None) -> ConfigError:
        return ConfigError(message, source=source, line=lineno, hint=hint)

    try:
        fields = _split_fields(text)
    except ValueError as e:
        raise fail(str(e)) from None
    principals = _unquote(fields[0])
    rest = fields[1:]
    options: list[str] = []
    if rest and rest[0] not in KEY_TYPES and rest[0] not in UNSUPPORTED_KEY_TYPES:
        options = _split_options(rest[0])
        rest = rest[1:]
    if len(rest) < 2:
        raise fail(
            "expected `principals [options] keytype base64-key`",
            hint="copy the key from the signer's .pub file, e.g. "
            "`alice@example.com ssh-ed25519 AAAA...`",
        )
    key_type, b64 = rest[0], rest[1]
    if key_type in UNSUPPORTED_KEY_TYPES:
        raise fail(f"{key_type}: {UNSUPPORTED_KEY_TYPES[key_type]}")
    if key_type not in KEY_TYPES:
        if key_type.endswith("-cert-v01@openssh.com"):
            raise fail("certificates are not supported in allowed_signers; list the key itself")
        raise fail(f"unknown key type or option {key_type!r}")
    try:
        key = parse_public_key(key_type, b64)
    except SignatureFormatError as e:
        raise fail(f"broken {key_type} key: {e}") from None

    namespaces: str | None = None
    after = before = None
    after_text = before_text = None
    for opt in options:
        name, eq, raw_value = opt.partition("=")
        lname = name.strip().lower()
        value = _unquote(raw_value)
        if eq and lname in ("namespaces", "valid-after", "valid-before") and value == raw_value:
            raise fail(
                f"{opt}: the value must be in double quotes, as ssh-keygen requires",
                hint=f'write {name}="{raw_value}"',
            )
        if lname == "cert-authority":
            raise fail(
                "cert-authority is not supported by license-gate",
                hint="list each approver's own key instead of the CA",
            )
        if lname == "namespaces" and eq:
            namespaces = value
        elif lname in ("valid-after", "valid-before") and eq:
            try:
                when = parse_ssh_time(value)
            except ValueError as e:
                raise fail(f"{lname}: {e}") from None
            if lname == "valid-after":
                after, after_text = when, value
            else:
                before, before_text = when, value
        else:
            raise fail(
                f"unknown option {opt!r}",
                hint='supported: namespaces="...", valid-after=YYYYMMDD, valid-before=YYYYMMDD',
            )
    return AllowedSigner(
        principals=principals,
        key=key,
        line=lineno,
        namespaces=namespaces,
        valid_after=after,
        valid_before=before,
        valid_after_text=after_text,
        valid_before_text=before_text,
    )


def parse_allowed_signers(data: bytes, *, source: str) -> tuple[AllowedSigner, ...]:
    """Parse a whole file; raise ConfigError naming `source` and the line for any bad line."""
    if len(data) > MAX_ALLOWED_SIGNERS_BYTES:
        raise ConfigError(
            f"allowed_signers is {len(data)} bytes; the limit is "
            f"{MAX_ALLOWED_SIGNERS_BYTES // 1024} KiB",
            source=source,
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        raise ConfigError("allowed_signers is not UTF-8 text", source=source) from None
    out = []
    for lineno, raw in enumerate(text.splitlines(), start=1):
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        out.append(_parse_line(line, lineno, source))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class SignerCheck:
    """The outcome of matching a signature's key and principal against allowed_signers."""

    ok: bool
    reason: str
    entry: AllowedSigner | None = None


def check_signer(
    signers: Sequence[AllowedSigner],
    *,
    key: SshPublicKey,
    principal: str,
    namespace: str,
    now: datetime,
    source: str,
) -> SignerCheck:
    """Is `key` allowed to sign for `principal` in `namespace` at `now`? (ssh-keygen -Y verify
    semantics: a matching line must list the principal and the key, allow the namespace, and be
    inside its validity window.)"""
    same_key = [s for s in signers if s.key.blob == key.blob]
    if not same_key:
        return SignerCheck(False, f"signed by a key not in {source} ({key.fingerprint})")
    for_principal = [s for s in same_key if match_pattern_list(principal, s.principals)]
    if not for_principal:
        listed = ", ".join(sorted({s.principals for s in same_key}))
        return SignerCheck(
            False,
            f"signing key {key.fingerprint} is listed for {listed}, not for approved_by "
            f"{principal}",
        )
    reasons = []
    for s in for_principal:
        where = f"{source}:{s.line}"
        if s.namespaces is not None and not match_pattern_list(namespace, s.namespaces):
            reasons.append(f"{where} does not allow namespace {namespace!r}")
        elif s.valid_after is not None and now < s.valid_after:
            reasons.append(f"key not valid before {s.valid_after_text} ({where})")
        elif s.valid_before is not None and now > s.valid_before:
            reasons.append(
                f'key no longer valid since valid-before="{s.valid_before_text}" ({where})'
            )
        else:
            return SignerCheck(True, "", s)
    return SignerCheck(False, "; ".join(reasons))
