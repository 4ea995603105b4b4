"""The exception file format: parse and validate (file:line messages), and write new files.

```yaml
id: nllb-translate
model: facebook/nllb-200-distilled-600M   # or pkg:huggingface/org/name[@rev]
license: cc-by-nc-4.0                     # the license as approved
rule: no-nc-in-production                 # the one rule it lifts
paths: ["services/translate/**"]          # optional; default every file
reason: "Commercial agreement with the model owner, ticket LEGAL-42"
requested_by: alice@example.com
approved_by: bob@example.com              # must be the signer's principal
created: 2026-11-26
expires: 2027-05-26                       # required
ticket: https://tracker.example.com/LEGAL-42   # optional
```
The signed bytes are the file's exact bytes, so parsing never normalises anything that is then
trusted: every value used comes from the bytes that were verified.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections.abc import Sequence
from datetime import date, datetime
from typing import Any

from license_gate.waivers.model import Waiver, parse_target

__all__ = ["MAX_FILE_BYTES", "WaiverFormatError", "parse_date", "parse_waiver", "render_waiver"]

MAX_FILE_BYTES = 64 * 1024
REQUIRED = (
    "id",
    "model",
    "license",
    "rule",
    "reason",
    "requested_by",
    "approved_by",
    "created",
    "expires",
)
OPTIONAL = ("paths", "ticket")
ID_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$")
_PRINCIPAL_RE = re.compile(r"^[^\s,\"*?!]+$")


class WaiverFormatError(ValueError):
    """A malformed exception file; `line` is 1-based when known."""

    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


def _hidden(text: str) -> bool:
    """Control characters (ANSI escapes in CI logs) or invisible format characters (bidi
    overrides that make a reviewer read something else than what is signed)."""
    return any(unicodedata.category(c) in ("Cc", "Cf") and c not in "\t\n" for c in text)


def parse_date(value: object, field: str) -> date:
    """A YAML date or an ISO `YYYY-MM-DD` string; anything else is an error."""
    if isinstance(value, datetime):
        raise ValueError(f"{field}: use a date (YYYY-MM-DD), not a date and time")
    if isinstance(value, date):
        return value
    if isinstance(value, str) and re.fullmatch(r"\d{4}-\d{2}-\d{2}", value.strip()):
        try:
            return date.fromisoformat(value.strip())
        except ValueError:
            pass
    raise ValueError(f"{field}: {value!r} is not a date in the form YYYY-MM-DD")


def _lines_of(node: object) -> dict[str, int]:
    from ruamel.yaml.nodes import MappingNode

    out: dict[str, int] = {}
    if isinstance(node, MappingNode):
        for key, _value in node.value:
            if isinstance(key.value, str):
                out.setdefault(key.value, key.start_mark.line + 1)
    return out


def _plain(node: Any) -> None:
    """Refuse anchors, aliases and merge keys: an approver signs what they read, so every value
    must be written out where it applies."""
    from ruamel.yaml.nodes import MappingNode, SequenceNode

    line = node.start_mark.line + 1
    if getattr(node, "anchor", None):
        raise WaiverFormatError(
            "anchors and aliases (&name, *name) are not allowed; write each value out", line
        )
    if isinstance(node, MappingNode):
        for key, value in node.value:
            if key.value == "<<":
                raise WaiverFormatError(
                    "merge keys (<<) are not allowed; write each field out", key.start_mark.line + 1
                )
            _plain(key)
            _plain(value)
    elif isinstance(node, SequenceNode):
        for item in node.value:
            _plain(item)


def _lines(text: str) -> dict[str, int]:
    from ruamel.yaml import YAML

    return _lines_of(YAML(typ="safe", pure=True).compose(text))


def _load(text: str) -> tuple[Any, dict[str, int]]:
    """Compose once (for line numbers), then construct the plain values from the same nodes."""
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    try:
        yaml = YAML(typ="safe", pure=True)
        node = yaml.compose(text)
        if node is not None:
            _plain(node)
        data = None if node is None else yaml.constructor.construct_document(node)
        lines = _lines_of(node)
    except WaiverFormatError:
        raise
    except MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        line = mark.line + 1 if mark is not None else None
        problem = e.problem or e.context or "invalid YAML"
        raise WaiverFormatError(f"not valid YAML: {problem}", line) from None
    except RecursionError:
        raise WaiverFormatError("not valid YAML: nested too deeply") from None
    except (YAMLError, ValueError) as e:
        lines = _safe_lines(text)
        for field in ("created", "expires"):
            raw = _raw_value(text, lines.get(field))
            if raw is not None and not _is_iso_date(raw):
                raise WaiverFormatError(
                    f"{field}: {raw!r} is not a date in the form YYYY-MM-DD", lines.get(field)
                ) from None
        raise WaiverFormatError(f"not valid YAML: {e}") from None
    return data, lines


def _safe_lines(text: str) -> dict[str, int]:
    try:
        return _lines(text)
    except Exception:  # the composer failed too: no line numbers to offer
        return {}


def _raw_value(text: str, line: int | None) -> str | None:
    if line is None:
        return None
    raw = text.splitlines()[line - 1].split(":", 1)[-1].split("#", 1)[0].strip()
    return raw.strip("'\"")


def _is_iso_date(raw: str) -> bool:
    try:
        date.fromisoformat(raw)
    except ValueError:
        return False
    return re.fullmatch(r"\d{4}-\d{2}-\d{2}", raw) is not None


MAX_DEPTH = 32


def _too_deep(text: str) -> bool:
    """Brackets nested deeper than MAX_DEPTH (the YAML scanner is slow on deep flow collections,
    and an exception file is a flat mapping). Counted everywhere, quotes and comments included:
    no real exception file comes near the limit, and nothing can hide brackets from it."""
    depth = 0
    for c in text:
        if c in "[{":
            depth += 1
            if depth > MAX_DEPTH:
                return True
        elif c in "]}" and depth:
            depth -= 1
    return False


def parse_waiver(data: bytes, *, path: str) -> Waiver:
    """Parse and validate one exception file's bytes."""
    if len(data) > MAX_FILE_BYTES:
        raise WaiverFormatError(
            f"file is {len(data)} bytes; exception files are limited to {MAX_FILE_BYTES} bytes"
        )
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        raise WaiverFormatError(f"not UTF-8 text (byte {e.start})") from None
    if _too_deep(text):
        raise WaiverFormatError("not valid YAML: nested too deeply")
    doc, lines = _load(text)
    if not isinstance(doc, dict):
        raise WaiverFormatError("expected a mapping of fields (id, model, license, rule, ...)", 1)

    def err(field: str, message: str) -> WaiverFormatError:
        return WaiverFormatError(f"{field}: {message}", lines.get(field))

    unknown = sorted(str(k) for k in doc if k not in REQUIRED and k not in OPTIONAL)
    if unknown:
        key = unknown[0]
        return_line = lines.get(key)
        raise WaiverFormatError(
            f"unknown field {key!r} (fields: {', '.join(REQUIRED + OPTIONAL)})", return_line
        )
    missing = [k for k in REQUIRED if k not in doc or doc[k] is None]
    if missing:
        line = lines.get(missing[0])
        raise WaiverFormatError(f"missing required field {missing[0]!r}", line)

    def text_field(field: str) -> str:
        value = doc[field]
        if not isinstance(value, str) or not value.strip():
            raise err(field, f"must be a non-empty string, got {value!r}")
        if _hidden(value):
            raise err(field, "contains control or invisible formatting characters")
        return value.strip()

    wid = text_field("id")
    if not ID_RE.match(wid):
        raise err("id", f"{wid!r} must be letters, digits, '.', '_' or '-' (at most 128)")
    model = text_field("model")
    try:
        target = parse_target(model)
    except ValueError as e:
        raise err("model", str(e)) from None
    for field in ("requested_by", "approved_by"):
        if not _PRINCIPAL_RE.match(text_field(field)):
            raise err(field, f"{doc[field]!r} must be one principal such as bob@example.com")
    try:
        created = parse_date(doc["created"], "created")
        expires = parse_date(doc["expires"], "expires")
    except ValueError as e:
        field = str(e).split(":", 1)[0]
        raise WaiverFormatError(str(e), lines.get(field)) from None
    if expires < created:
        raise err("expires", f"{expires} is before created {created}")

    raw_paths = doc.get("paths")
    paths: tuple[str, ...] = ()
    if raw_paths is not None:
        if isinstance(raw_paths, str):
            raw_paths = [raw_paths]
        if not isinstance(raw_paths, list) or not all(
            isinstance(p, str) and p.strip() for p in raw_paths
        ):
            raise err("paths", "must be a list of glob patterns such as ['services/**']")
        if not raw_paths:
            raise err("paths", "is empty; omit it to cover every file")
        if any(_hidden(p) for p in raw_paths):
            raise err("paths", "contains control or invisible formatting characters")
        paths = tuple(p.strip() for p in raw_paths)
    ticket = doc.get("ticket")
    if ticket is not None and (not isinstance(ticket, str) or _hidden(ticket)):
        raise err("ticket", "must be a string without control characters")
    return Waiver(
        id=wid,
        path=path,
        model=model,
        target=target,
        license=text_field("license"),
        rule=text_field("rule"),
        reason=text_field("reason"),
        requested_by=text_field("requested_by"),
        approved_by=text_field("approved_by"),
        created=created,
        expires=expires,
        paths=paths,
        ticket=ticket,
        line=lines.get("id", 1),
        field_lines=tuple(sorted(lines.items())),
    )


def _q(value: str) -> str:
    """A YAML double-quoted scalar (JSON strings are valid YAML)."""
    return json.dumps(value, ensure_ascii=False)


def render_waiver(
    *,
    wid: str,
    model: str,
    license: str,
    rule: str,
    reason: str,
    requested_by: str,
    approved_by: str,
    created: date,
    expires: date,
    paths: Sequence[str] = (),
    ticket: str | None = None,
) -> bytes:
    """The text `license-gate exception new` writes (validated by parse_waiver before use)."""
    lines = [
        f"id: {_q(wid)}",
        f"model: {_q(model)}",
        f"license: {_q(license)}  # as approved; if the resolved license changes, "
        "this exception stops applying",
        f"rule: {_q(rule)}  # the rule it lifts",
    ]
    if paths:
        lines.append(f"paths: [{', '.join(_q(p) for p in paths)}]")
    else:
        lines.append('# paths: ["services/example/**"]  # optional; default every file')
    lines += [
        f"reason: {_q(reason)}",
        f"requested_by: {_q(requested_by)}",
        f"approved_by: {_q(approved_by)}  # must be the signer's principal in allowed_signers",
        f"created: {created.isoformat()}",
        f"expires: {expires.isoformat()}",
    ]
    if ticket:
        lines.append(f"ticket: {_q(ticket)}")
    return ("\n".join(lines) + "\n").encode("utf-8")
