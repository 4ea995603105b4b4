"""Diff mode and baselines: judge what a change introduced, not the debt that was already there.

- `changed_lines(root, base)`: the lines added or changed since the merge base of HEAD with
  `base` (git diff --unified=0 against the working tree, renames followed, untracked files
  counted as new); `mark_pre_existing(decisions, changed)` caps every other finding at warn.
- Baselines record accepted findings by a fingerprint of (identifier, license, rule, path), not
  line numbers, so that moving code does not make old findings new: `write_baseline`,
  `load_baseline`, `apply_baseline`.

Pre-existing findings stay in the report (marked `pre_existing`, at most warnings): lineage and
policy are evaluated as usual, so nothing is silently dropped.
"""

from __future__ import annotations

import codecs
import hashlib
import json
import os
import re
import subprocess
import tempfile
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from license_gate.errors import ConfigError
from license_gate.models import Decision, GateResult, Verdict

__all__ = [
    "BASELINE_VERSION",
    "Baseline",
    "apply_baseline",
    "baseline_text",
    "changed_lines",
    "fingerprint",
    "load_baseline",
    "mark_pre_existing",
    "merge_base",
    "parse_unified_diff",
    "write_baseline",
]

BASELINE_VERSION = 1
_HUNK = re.compile(rb"^@@ -\d+(?:,\d+)? \+(\d+)(?:,(\d+))? @@")
_FETCH_HINT = (
    "fetch the base with its history: in GitHub Actions use actions/checkout with "
    "`fetch-depth: 0`, or run `git fetch origin <branch>`"
)


def _git(root: Path, *args: str) -> subprocess.CompletedProcess[bytes]:
    try:
        return subprocess.run(
            ["git", "-c", "core.quotePath=false", *args],
            cwd=root,
            capture_output=True,
            check=False,
            env={**os.environ, "GIT_OPTIONAL_LOCKS": "0", "LC_ALL": "C"},
        )
    except FileNotFoundError:
        raise ConfigError("--diff needs git, and git is not installed") from None


def merge_base(root: Path, base: str) -> str:
    """The commit where HEAD left `base`. ConfigError (with a hint) when either is missing."""
    if not base or base.startswith("-"):
        raise ConfigError(f"not a usable diff base: {base!r}", hint=_FETCH_HINT)
    probe = _git(root, "rev-parse", "--is-inside-work-tree")
    if probe.returncode != 0:
        raise ConfigError(f"--diff needs a git repository, and {root} is not one")
    found = _git(root, "rev-parse", "--verify", "--quiet", f"{base}^{{commit}}")
    if found.returncode != 0:
        raise ConfigError(
            f"diff base {base!r} is not a commit in this repository", hint=_FETCH_HINT
        )
    mb = _git(root, "merge-base", base, "HEAD")
    if mb.returncode != 0:
        shallow = _git(root, "rev-parse", "--is-shallow-repository").stdout.strip() == b"true"
        why = " (this clone is shallow)" if shallow else ""
        raise ConfigError(
            f"no merge base between {base!r} and HEAD{why}",
            hint=_FETCH_HINT,
        )
    return mb.stdout.decode("ascii").strip()


def _path(raw: bytes) -> str:
    """A path from a `+++ b/...` header: C-quoted when it has unusual characters."""
    raw = raw.rstrip(b"\t")
    if raw.startswith(b'"') and raw.endswith(b'"'):
        raw = codecs.escape_decode(raw[1:-1])[0]
    return os.fsdecode(raw)


def parse_unified_diff(diff: bytes) -> dict[str, set[int]]:
    """New-side line numbers added or changed, per new path, from `git diff --unified=0`."""
    changed: dict[str, set[int]] = {}
    current: set[int] | None = None
    for line in diff.split(b"\n"):
        if line.startswith(b"+++ "):
            target = line[4:]
            if target == b"/dev/null":  # deleted file
                current = None
                continue
            path = _path(target)
            path = path[2:] if path.startswith("b/") else path
            current = changed.setdefault(path, set())
        elif line.startswith(b"@@") and current is not None:
            m = _HUNK.match(line)
            if m:
                start = int(m[1])
                count = int(m[2]) if m[2] is not None else 1
                current.update(range(start, start + count))
    return {path: lines for path, lines in changed.items() if lines}


def _line_count(path: Path) -> int:
    try:
        data = path.read_bytes()
    except OSError:
        return 0
    if not data:
        return 0
    return data.count(b"\n") + (0 if data.endswith(b"\n") else 1)


def changed_lines(root: Path, base: str) -> dict[str, set[int]]:
    """Lines added or changed since the merge base with `base`, per repo-relative POSIX path.

    Compares the merge base with the working tree (committed, staged and unstaged changes);
    renamed files count only their edited lines; untracked, not ignored files count entirely.
    Raises ConfigError with a hint when `base` is unknown or has no merge base with HEAD.
    """
    root = Path(root)
    mb = merge_base(root, base)
    diff = _git(
        root,
        "diff",
        "--unified=0",
        "--no-color",
        "--no-ext-diff",
        "--no-textconv",
        "--find-renames",
        "--src-prefix=a/",
        "--dst-prefix=b/",
        mb,
        "--",
    )
    if diff.returncode != 0:
        raise ConfigError(
            f"git diff against {base!r} failed: {diff.stderr.decode(errors='replace').strip()}"
        )
    changed = parse_unified_diff(diff.stdout)
    untracked = _git(root, "ls-files", "-z", "--others", "--exclude-standard")
    for raw in untracked.stdout.split(b"\0"):
        if raw:
            rel = os.fsdecode(raw)
            count = _line_count(root / rel)
            if count:
                changed[rel] = set(range(1, count + 1))
    return changed


def _cap(d: Decision, note: str) -> Decision:
    verdict = Verdict.WARN if d.verdict is Verdict.DENY else d.verdict
    notes = d.notes if verdict is d.verdict else (*d.notes, note)
    return replace(d, pre_existing=True, verdict=verdict, notes=notes)


def mark_pre_existing(
    decisions: Iterable[Decision], changed: Mapping[str, set[int]]
) -> tuple[Decision, ...]:
    """References not on a changed line become pre_existing, capped at warn."""
    out = []
    for d in decisions:
        lines = changed.get(d.reference.path)
        if lines is not None and d.reference.line in lines:
            out.append(d)
        else:
            out.append(_cap(d, "pre-existing: not on a line this change adds or edits"))
    return tuple(out)


def fingerprint(d: Decision) -> str:
    """A finding's identity for baselines: identifier (case-insensitive), license, rule, path."""
    parts = (
        d.reference.kind.value,
        d.identifier.lower(),
        d.license or "",
        d.rule,
        d.reference.path,
    )
    return hashlib.sha256("\0".join(parts).encode("utf-8")).hexdigest()


@dataclass(frozen=True, slots=True)
class Baseline:
    """Accepted findings, by fingerprint."""

    fingerprints: frozenset[str]
    path: str = ""

    def __contains__(self, d: object) -> bool:
        return isinstance(d, Decision) and fingerprint(d) in self.fingerprints


def baseline_text(result: GateResult | Sequence[Decision]) -> str:
    """The baseline file for the denied and warned findings of `result` (sorted, stable)."""
    decisions = result.decisions if isinstance(result, GateResult) else tuple(result)
    entries = {
        fingerprint(d): {
            "fingerprint": fingerprint(d),
            "identifier": d.identifier,
            "license": d.license,
            "rule": d.rule,
            "path": d.reference.path,
            "verdict": d.verdict.value,
        }
        for d in decisions
        if d.verdict in (Verdict.DENY, Verdict.WARN)
    }
    findings = sorted(entries.values(), key=lambda e: (e["path"] or "", e["identifier"], e["rule"]))
    doc = {"version": BASELINE_VERSION, "tool": "license-gate", "findings": findings}
    return json.dumps(doc, indent=2, ensure_ascii=False) + "\n"


def write_baseline(path: Path, result: GateResult | Sequence[Decision]) -> None:
    """Write the baseline atomically (a temporary file renamed over the old one)."""
    path = Path(path)
    text = baseline_text(result)
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=path.parent)
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="\n") as f:
            f.write(text)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def load_baseline(path: Path) -> Baseline:
    """Read a baseline; ConfigError naming the file for anything unusable."""
    path = Path(path)
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(
            "baseline file not found",
            source=str(path),
            hint="record the current findings first (license-gate check --write-baseline FILE)",
        ) from None
    except (OSError, UnicodeDecodeError) as e:
        raise ConfigError(f"cannot read the baseline: {e}", source=str(path)) from None
    try:
        doc = json.loads(text)
    except json.JSONDecodeError as e:
        raise ConfigError(
            f"not valid JSON: {e.msg}", source=str(path), line=e.lineno, column=e.colno
        ) from None
    if not isinstance(doc, dict) or doc.get("version") != BASELINE_VERSION:
        version = doc.get("version") if isinstance(doc, dict) else None
        raise ConfigError(
            f"unsupported baseline version {version!r} (expected {BASELINE_VERSION})",
            source=str(path),
        )
    findings = doc.get("findings")
    if not isinstance(findings, list):
        raise ConfigError("`findings` must be a list", source=str(path))
    prints: set[str] = set()
    for i, entry in enumerate(findings):
        fp = entry.get("fingerprint") if isinstance(entry, dict) else None
        if not isinstance(fp, str) or not re.fullmatch(r"[0-9a-f]{64}", fp):
            raise ConfigError(f"findings[{i}]: missing or malformed fingerprint", source=str(path))
        prints.add(fp)
    return Baseline(frozenset(prints), str(path))


def apply_baseline(decisions: Iterable[Decision], baseline: Baseline) -> tuple[Decision, ...]:
    """Findings recorded in the baseline become pre_existing, capped at warn."""
    return tuple(
        _cap(d, f"pre-existing: recorded in the baseline {baseline.path}".rstrip())
        if d in baseline
        else d
        for d in decisions
    )
