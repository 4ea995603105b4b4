"""`license-gate exception new|sign|verify|list`: signed, expiring, per-model exceptions.

- `new MODEL --rule R --reason TEXT --expires DATE [--paths GLOB ...] [--approver P]` writes
  `<exceptions.dir>/<id>.yaml`, with `license` filled from resolution unless `--license` is given;
- `sign FILE --key PATH` writes FILE.sig (in process for an unencrypted key file, otherwise via
  `ssh-keygen -Y sign`, so passphrases, ssh-agent and hardware keys work);
- `verify [FILE ...]`: exit 0 when every exception is valid, 1 when any is not, 2 on a
  configuration error (e.g. a broken allowed_signers);
- `list [--expiring-in DAYS] [--format text|json]`.
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from license_gate.errors import ExceptionFileError, UsageError
from license_gate.models import ExceptionsConfig, Kind, RefKey
from license_gate.runtime import add_context_options

if TYPE_CHECKING:
    from license_gate._repo import RepoReader
    from license_gate.runtime import Context
    from license_gate.waivers.model import ExceptionSet, LoadedWaiver

__all__ = ["register", "run_list", "run_new", "run_sign", "run_verify"]


def register(sub: Any) -> None:
    p = sub.add_parser(
        "exception",
        help="create, sign, verify and list signed license exceptions",
        description="Signed, expiring, per-model exceptions to the policy. Files live in the "
        "policy's exceptions.dir (default .license-gate/exceptions/), each with a detached SSH "
        "signature (FILE.sig) checked against exceptions.allowed_signers.",
    )
    p.set_defaults(run=_usage(p))
    esub = p.add_subparsers(dest="exception_command", metavar="ACTION", parser_class=type(p))

    new = esub.add_parser("new", help="write a new exception file (then have it signed)")
    new.add_argument(
        "model",
        metavar="MODEL",
        help="model id (org/name, org/name@revision, datasets/org/name) or "
        "pkg:huggingface/org/name[@revision]",
    )
    new.add_argument("--rule", required=True, help="the policy rule the exception lifts")
    new.add_argument("--reason", required=True, help="why (agreement, ticket, ...)")
    new.add_argument(
        "--expires",
        required=True,
        metavar="DATE",
        help="last day it applies: YYYY-MM-DD, or a number of days such as 90d",
    )
    new.add_argument(
        "--paths",
        nargs="+",
        metavar="GLOB",
        default=[],
        help="limit it to these files (default: every file)",
    )
    new.add_argument(
        "--approver",
        metavar="PRINCIPAL",
        help="who signs it (approved_by; default: your git user.email)",
    )
    new.add_argument(
        "--requested-by", metavar="EMAIL", help="who asks for it (default: your git user.email)"
    )
    new.add_argument(
        "--id",
        dest="exc_id",
        metavar="ID",
        help="exception id and file name (default: from the model name)",
    )
    new.add_argument(
        "--license",
        metavar="LICENSE",
        help="the license as approved (default: the model's resolved license)",
    )
    new.add_argument("--ticket", metavar="URL", help="link to the approval record")
    add_context_options(new)
    new.set_defaults(run=run_new)

    sign = esub.add_parser("sign", help="sign an exception file (writes FILE.sig)")
    sign.add_argument("file", metavar="FILE")
    sign.add_argument(
        "--key",
        required=True,
        metavar="PATH",
        help="SSH private key (or a public key whose private half is in ssh-agent)",
    )
    add_context_options(sign)
    sign.set_defaults(run=run_sign)

    verify = esub.add_parser(
        "verify", help="verify exception files (exit 0 all valid, 1 any invalid, 2 config error)"
    )
    verify.add_argument(
        "files",
        nargs="*",
        metavar="FILE",
        help="exception files (default: every file in exceptions.dir)",
    )
    add_context_options(verify)
    verify.set_defaults(run=run_verify)

    lst = esub.add_parser("list", help="list exceptions with their status and expiry")
    lst.add_argument(
        "--expiring-in",
        type=_days,
        metavar="DAYS",
        help="only exceptions that end within DAYS days (or have ended)",
    )
    lst.add_argument("--format", choices=("text", "json"), default="text")
    add_context_options(lst)
    lst.set_defaults(run=run_list)


def _usage(parser: argparse.ArgumentParser) -> Any:
    def run(args: argparse.Namespace) -> int:
        parser.print_help(sys.stderr)
        return 2

    return run


def _days(text: str) -> int:
    try:
        n = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"not a number of days: {text!r}") from None
    if n < 0 or n > 3650:
        raise argparse.ArgumentTypeError("DAYS must be between 0 and 3650")
    return n


# --- context ----------------------------------------------------------------------------------


def _context(args: argparse.Namespace) -> Context:
    from license_gate.runtime import context_from_args

    return context_from_args(args)


def _config(ctx: Context) -> ExceptionsConfig:
    return ctx.policy.exceptions


def _git_email(root: Path) -> str | None:
    try:
        proc = subprocess.run(
            ["git", "config", "user.email"], cwd=root, capture_output=True, text=True, check=False
        )
    except OSError:
        return None
    email = proc.stdout.strip()
    return email or None


def _parse_expires(text: str, created: date, max_days: int) -> date:
    from license_gate.waivers.fileformat import parse_date

    m = re.fullmatch(r"\s*(\d{1,4})\s*d\s*", text)
    if m:
        expires = created + timedelta(days=int(m.group(1)))
    else:
        try:
            expires = parse_date(text, "--expires")
        except ValueError as e:
            raise UsageError(str(e), hint="e.g. --expires 2027-05-26 or --expires 90d") from None
    if expires < created:
        raise UsageError(f"--expires {expires.isoformat()} is in the past")
    if (expires - created).days > max_days:
        raise UsageError(
            f"--expires {expires.isoformat()} is {(expires - created).days} days away; the policy "
            f"allows at most {max_days} days (exceptions.max_days)",
            hint=f"use --expires {(created + timedelta(days=max_days)).isoformat()} or earlier",
        )
    return expires


def _slug(text: str) -> str:
    s = re.sub(r"[^a-z0-9._-]+", "-", text.lower()).strip("-._")
    return (s or "exception")[:100]


def _resolved_license(ctx: Context, key: RefKey) -> str:
    assessment = ctx.assess([key]).get(key)
    if assessment is None or assessment.unresolved is not None:
        why = (
            f"{assessment.unresolved.reason}: {assessment.unresolved.detail}"
            if assessment is not None and assessment.unresolved is not None
            else "no answer"
        )
        raise UsageError(
            f"cannot resolve the license of {key} ({why})",
            hint="check the model card and pass --license LICENSE explicitly",
        )
    own = assessment.own
    value = own.license_id or own.raw
    if not value:
        raise UsageError(
            f"{key} declares no license",
            hint="pass --license with the license your agreement covers",
        )
    return value


def run_new(args: argparse.Namespace) -> int:
    from license_gate.waivers.fileformat import WaiverFormatError, parse_waiver, render_waiver
    from license_gate.waivers.model import parse_target

    ctx = _context(args)
    config = _config(ctx)
    today = date.today()
    try:
        target = parse_target(args.model)
    except ValueError as e:
        raise UsageError(f"MODEL {e}") from None
    known = (*ctx.policy.rule_ids, "default")
    if args.rule not in known:
        raise UsageError(
            f"--rule {args.rule!r} is not a rule of policy {ctx.policy.name}",
            hint=f"rules: {', '.join(known)}",
        )
    expires = _parse_expires(args.expires, today, config.max_days)
    requested_by = args.requested_by or _git_email(ctx.root)
    if not requested_by:
        raise UsageError("who requests it? pass --requested-by EMAIL (or set git user.email)")
    approved_by = args.approver or requested_by
    if args.license:
        license_value = args.license.strip()
    else:
        kind = target.kinds[0] if target.kinds[0] is not Kind.SERVICE else Kind.MODEL
        license_value = _resolved_license(ctx, RefKey(kind, target.identifier, target.revision))
    exc_id = args.exc_id or _slug(target.identifier.rsplit("/", 1)[-1])
    directory = ctx.root / config.dir
    path = directory / f"{exc_id}.yaml"
    if not args.exc_id:
        n = 2
        while path.exists():
            path = directory / f"{exc_id}-{n}.yaml"
            n += 1
        exc_id = path.stem
    elif path.exists():
        raise UsageError(f"{config.dir}/{path.name} already exists; choose another --id")
    data = render_waiver(
        wid=exc_id,
        model=args.model.strip(),
        license=license_value,
        rule=args.rule,
        reason=args.reason,
        requested_by=requested_by,
        approved_by=approved_by,
        created=today,
        expires=expires,
        paths=args.paths,
        ticket=args.ticket,
    )
    rel = f"{config.dir}/{path.name}"
    try:
        parse_waiver(data, path=rel)
    except WaiverFormatError as e:
        raise UsageError(f"cannot write this exception: {e.message}") from None
    try:
        directory.mkdir(parents=True, exist_ok=True)
        with path.open("xb") as f:
            f.write(data)
    except OSError as e:
        raise UsageError(f"cannot write {rel}: {e.strerror}") from None
    print(f"wrote {rel} (license {license_value}, expires {expires.isoformat()})")
    print(
        f"next: {approved_by} signs it: license-gate exception sign {rel} --key ~/.ssh/id_ed25519"
    )
    return 0


def _read_exception(path: Path) -> bytes:
    from license_gate.waivers.fileformat import MAX_FILE_BYTES

    try:
        with path.open("rb") as f:
            data = f.read(MAX_FILE_BYTES + 1)
    except FileNotFoundError:
        raise UsageError(f"{path}: no such file") from None
    except OSError as e:
        raise UsageError(f"cannot read {path}: {e.strerror}") from None
    if len(data) > MAX_FILE_BYTES:
        raise ExceptionFileError(
            f"file is larger than {MAX_FILE_BYTES // 1024} KiB; exception files are small YAML "
            "documents",
            source=str(path),
        )
    return data


def run_sign(args: argparse.Namespace) -> int:
    from license_gate.waivers.fileformat import WaiverFormatError, parse_waiver
    from license_gate.waivers.load import load_trust
    from license_gate.waivers.signers import check_signer
    from license_gate.waivers.signing import sign_file

    ctx = _context(args)
    config = _config(ctx)
    file = Path(args.file)
    data = _read_exception(file)
    try:
        waiver = parse_waiver(data, path=str(file))
    except WaiverFormatError as e:
        raise ExceptionFileError(e.message, source=str(file), line=e.line) from None
    result = sign_file(file, Path(args.key), namespace=config.namespace, data=data)
    key = result.signature.public_key
    print(f"signed {file} -> {result.sig_path} ({key.key_type} {key.fingerprint}, {result.method})")
    trust = load_trust(config, ctx.trust)
    if trust.signers is None:
        print(
            f"warning: {trust.source} does not exist: nobody is trusted to approve exceptions yet",
            file=sys.stderr,
        )
        return 0
    from datetime import UTC, datetime

    check = check_signer(
        trust.signers,
        key=key,
        principal=waiver.approved_by,
        namespace=config.namespace,
        now=datetime.now(UTC),
        source=trust.source,
    )
    if not check.ok:
        print(f"warning: this signature will not be accepted yet: {check.reason}", file=sys.stderr)
    return 0


def _load(ctx: Context, files: list[str] | None) -> ExceptionSet:
    from license_gate.waivers import load_exceptions

    paths = None
    if files:
        paths = []
        for f in files:
            p = Path(f)
            if not p.is_file():
                raise UsageError(f"{f}: no such file")
            paths.append(p)
    trust: RepoReader = ctx.trust
    return load_exceptions(ctx.root, _config(ctx), trust=trust, today=date.today(), files=paths)


def _entry_line(e: LoadedWaiver, today: date) -> str:
    w = e.waiver
    if not e.valid:
        loc = f"{e.path}:{e.line}" if e.line else e.path
        return f"INVALID  {e.id}  {loc}: {e.problem}"
    assert w is not None
    left = (w.expires - today).days
    who = f"approved by {e.signer} ({e.fingerprint})" if e.signed else "UNSIGNED"
    return (
        f"ok       {w.id}  {e.path}: {w.model} {w.license} under {w.rule}, {who}, "
        f"expires {w.expires.isoformat()} (in {left} days)"
    )


def run_verify(args: argparse.Namespace) -> int:
    ctx = _context(args)
    exset = _load(ctx, list(args.files))
    today = date.today()
    if not exset.entries:
        print(f"no exception files in {_config(ctx).dir}")
        return 0
    for e in exset.entries:
        print(_entry_line(e, today))
    bad = len(exset.invalid)
    total = len(exset.entries)
    print(
        f"{total - bad} valid, {bad} invalid (trust root: {_config(ctx).allowed_signers} from "
        f"{exset.trust})"
    )
    return 1 if bad else 0


def _as_json(e: LoadedWaiver, today: date) -> dict[str, Any]:
    w = e.waiver
    return {
        "id": e.id,
        "path": e.path,
        "status": "valid" if e.valid else "invalid",
        "problem": e.problem,
        "line": e.line,
        "model": w.model if w else None,
        "license": w.license if w else None,
        "rule": w.rule if w else None,
        "paths": list(w.paths) if w else [],
        "reason": w.reason if w else None,
        "requested_by": w.requested_by if w else None,
        "approved_by": w.approved_by if w else None,
        "signed": e.signed,
        "signer": e.signer,
        "fingerprint": e.fingerprint,
        "created": w.created.isoformat() if w else None,
        "expires": w.expires.isoformat() if w else None,
        "days_left": (w.expires - today).days if w else None,
    }


def run_list(args: argparse.Namespace) -> int:
    ctx = _context(args)
    exset = _load(ctx, None)
    today = date.today()
    entries = list(exset.entries)
    if args.expiring_in is not None:
        limit = today + timedelta(days=args.expiring_in)
        entries = [e for e in entries if e.waiver is not None and e.waiver.expires <= limit]
    if args.format == "json":
        doc = {"version": 1, "exceptions": [_as_json(e, today) for e in entries]}
        print(json.dumps(doc, indent=2))
        return 0
    if not entries:
        what = f" ending within {args.expiring_in} days" if args.expiring_in is not None else ""
        print(f"no exceptions{what} in {_config(ctx).dir}")
        return 0
    for e in entries:
        print(_entry_line(e, today))
    return 0
