"""Loading and validating policy files (ruamel.yaml round-trip loader: it only builds plain
mappings, sequences and scalars, and keeps every key's line and column for error messages).

Discovery (`load_policy(root)`): an explicit path, else `.license-gate.yaml` at the repository
root, else `[tool.license-gate] policy = "..."` in pyproject.toml, else the built-in
`no-nc-in-production`. `extends:` chains are read child first and merged (see `_merge`).
An invalid file raises PolicyError naming file, line, column and key path; unknown keys only
warn (kept in Policy.warnings). A policy is either entirely valid or not returned at all.
"""

from __future__ import annotations

import difflib
import os
import posixpath
import re
from collections.abc import Callable, Iterable
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, cast

from license_gate._repo import RepoReader, WorkTreeReader
from license_gate.errors import ConfigError, PolicyError
from license_gate.models import CATEGORIES, Action, ExceptionsConfig, Kind
from license_gate.policy.model import (
    DEFAULT_RULE,
    LineageMode,
    LineageModes,
    Match,
    ModelDeclaration,
    Policy,
    Rule,
    Scope,
)

__all__ = [
    "BUILTIN_PREFIX",
    "DEFAULT_POLICY",
    "MAX_EXTENDS_DEPTH",
    "MAX_POLICY_BYTES",
    "POLICY_FILE",
    "builtin_policy_dir",
    "builtin_policy_names",
    "load_policy",
    "load_policy_text",
    "pyproject_policy_pointer",
]

POLICY_FILE = ".license-gate.yaml"
BUILTIN_PREFIX = "builtin:"
DEFAULT_POLICY = "no-nc-in-production"
MAX_POLICY_BYTES = 1_000_000
MAX_EXTENDS_DEPTH = 10
MAX_VALUES = 100_000  # values in one file after alias expansion
MAX_NESTING = 50
SUPPORTED_VERSIONS = (1,)

_TOP_KEYS = (
    "version",
    "name",
    "description",
    "extends",
    "scopes",
    "rules",
    "default",
    "lineage",
    "models",
    "exceptions",
    "exclude",
)
_SECTIONS = ("lineage", "scopes", "rules", "models", "exceptions", "exclude")
_SCOPE_KEYS = ("include", "exclude", "description")
_RULE_KEYS = ("id", "scope", "match", "action", "message", "description")
_MATCH_KEYS = ("models", "categories", "licenses", "kinds", "unknown")
_LINEAGE_KEYS = ("base_models", "datasets")
_MODEL_KEYS = ("license", "license_name", "license_link", "base_models", "datasets", "note", "kind")
_EXC_KEYS = (
    "dir",
    "allowed_signers",
    "max_days",
    "require_signature",
    "namespace",
    "expiring_days",
)
_ACTIONS = tuple(a.value for a in Action)
_MODES = tuple(m.value for m in LineageMode)
_KINDS = tuple(k.value for k in Kind)
_DECL_KINDS = ("model", "dataset")
_NAME_RE = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_.:-]*$")
_BUILTIN_NAME_RE = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_RESERVED_RULE_IDS = (DEFAULT_RULE, "evaluation-error")


# --------------------------------------------------------------------------------------------
# where policy files come from


def builtin_policy_dir() -> Path:
    """The directory holding the built-in presets: `license_gate/_policies` in an installed
    wheel, else the source checkout's top-level `policies/`."""
    here = Path(__file__).resolve().parent.parent
    for candidate in (here / "_policies", here.parent / "policies"):
        if candidate.is_dir():
            return candidate
    raise ConfigError(
        "the built-in policies are missing from this installation",
        hint="reinstall license-gate (the wheel ships them as license_gate/_policies)",
    )


def builtin_policy_names() -> tuple[str, ...]:
    """The names usable as `builtin:NAME`."""
    try:
        d = builtin_policy_dir()
    except ConfigError:
        return ()
    return tuple(sorted(p.stem for p in d.glob("*.yaml")))


@dataclass(frozen=True, slots=True)
class _Loc:
    """One policy file: in the repository (read through the RepoReader), a built-in preset, or
    a file outside the repository given explicitly (`fs`; relative `extends` from it must stay
    inside its directory)."""

    kind: str  # "repo" | "builtin" | "fs"
    path: str  # repo-relative POSIX path, builtin file name, or absolute path
    boundary: str = ""  # fs only: the directory extends must stay in

    @property
    def display(self) -> str:
        if self.kind == "builtin":
            return BUILTIN_PREFIX + self.path.removesuffix(".yaml")
        return self.path


@dataclass(slots=True)
class _Ctx:
    root: Path
    reader: RepoReader

    def read(self, loc: _Loc) -> bytes | None:
        if loc.kind == "repo":
            return self.reader.read(loc.path)
        base = builtin_policy_dir() if loc.kind == "builtin" else None
        p = base / loc.path if base is not None else Path(loc.path)
        try:
            return p.read_bytes()
        except (FileNotFoundError, IsADirectoryError, NotADirectoryError):
            return None
        except OSError as e:
            raise PolicyError(
                f"cannot read policy file: {e.strerror or e}", source=loc.display
            ) from None


def _builtin_loc(
    spec: str, *, source: str | None = None, pos: tuple[int, int] | None = None
) -> _Loc:
    name = spec[len(BUILTIN_PREFIX) :].strip()
    names = builtin_policy_names()
    if not _BUILTIN_NAME_RE.match(name) or name not in names:
        line, col = pos or (None, None)
        raise PolicyError(
            f"unknown built-in policy {spec!r}; available: "
            + ", ".join(BUILTIN_PREFIX + n for n in names),
            source=source,
            line=line,
            column=col,
        )
    return _Loc("builtin", f"{name}.yaml")


# --------------------------------------------------------------------------------------------
# public entry points


def load_policy(
    root: Path,
    path: Path | str | None = None,
    *,
    reader: RepoReader | None = None,
) -> Policy:
    """Load the effective policy for the repository at `root`.

    `path` (e.g. from --policy) may be `builtin:NAME`, a path relative to the current directory,
    or an absolute path; repository files are read through `reader` (default: the working tree;
    a GitRefReader for --trust-from). Raises PolicyError/ConfigError (exit 2) on any problem.
    """
    root = Path(root).resolve()
    ctx = _Ctx(root=root, reader=reader if reader is not None else _worktree(root))
    notes: list[str] = []
    loc = _explicit_loc(ctx, path) if path is not None else _discover(ctx, notes)
    return _load_chain(ctx, loc, notes=notes)


def load_policy_text(
    text: str,
    *,
    source: str = POLICY_FILE,
    root: Path | None = None,
    reader: RepoReader | None = None,
) -> Policy:
    """Load a policy from `text` as if it were the repository file `source` (relative `extends`
    resolve from there through `reader`, default the working tree at `root` or the cwd)."""
    base = Path(root if root is not None else Path.cwd()).resolve()
    ctx = _Ctx(root=base, reader=reader if reader is not None else _worktree(base))
    return _load_chain(ctx, _Loc("repo", source), top_text=text.encode("utf-8"), notes=[])


def pyproject_policy_pointer(root: Path, *, reader: RepoReader | None = None) -> str | None:
    """The `[tool.license-gate] policy` value in pyproject.toml at `root`, if any."""
    root = Path(root).resolve()
    ctx = _Ctx(root=root, reader=reader if reader is not None else _worktree(root))
    found = _pyproject_pointer(ctx)
    return found[0] if found else None


def _worktree(root: Path) -> RepoReader:
    return cast("RepoReader", WorkTreeReader(root))


def _explicit_loc(ctx: _Ctx, path: Path | str) -> _Loc:
    spec = str(path)
    if spec.startswith(BUILTIN_PREFIX):
        return _builtin_loc(spec)
    p = Path(spec)
    absolute = Path(os.path.abspath(p if p.is_absolute() else Path.cwd() / p))
    try:
        rel = absolute.relative_to(ctx.root)
    except ValueError:
        try:
            rel = absolute.resolve().relative_to(ctx.root)
        except ValueError:
            rel = None
    if rel is not None:
        loc = _Loc("repo", rel.as_posix())
        if ctx.read(loc) is None:
            raise PolicyError(f"policy file not found in the {ctx.reader.description}", source=spec)
        return loc
    if not isinstance(ctx.reader, WorkTreeReader):
        raise PolicyError(
            "a policy file outside the repository cannot be read from a git ref", source=spec
        )
    if not absolute.is_file():
        raise PolicyError("policy file not found", source=spec)
    return _Loc("fs", str(absolute), boundary=str(absolute.parent))


def _discover(ctx: _Ctx, notes: list[str]) -> _Loc:
    local = _Loc("repo", POLICY_FILE)
    has_local = ctx.read(local) is not None
    if not has_local and isinstance(ctx.reader, WorkTreeReader):
        there = ctx.root / POLICY_FILE
        if there.exists() or there.is_symlink():  # a directory, a dangling link: never ignore
            raise PolicyError("is not a readable file", source=POLICY_FILE)
    pointer = _pyproject_pointer(ctx)
    if pointer is not None:
        spec, line = pointer
        if spec.startswith(BUILTIN_PREFIX):
            target = _builtin_loc(spec, source="pyproject.toml", pos=(line, 1) if line else None)
        else:
            target = _Loc(
                "repo",
                _contained(
                    spec, "", source="pyproject.toml", line=line, what="[tool.license-gate] policy"
                ),
            )
        if has_local and target != local:
            raise ConfigError(
                f"both {POLICY_FILE} and [tool.license-gate] policy = {spec!r} exist and disagree",
                source="pyproject.toml",
                line=line,
                hint=f"keep one: delete {POLICY_FILE} or the pointer in pyproject.toml",
            )
        if target.kind == "repo" and ctx.read(target) is None:
            raise PolicyError(
                f"[tool.license-gate] policy points at {spec!r}, which does not exist in the "
                f"{ctx.reader.description}",
                source="pyproject.toml",
                line=line,
            )
        return target
    if has_local:
        return local
    return _Loc("builtin", f"{DEFAULT_POLICY}.yaml")


def _pyproject_pointer(ctx: _Ctx) -> tuple[str, int | None] | None:
    raw = ctx.reader.read("pyproject.toml")
    if raw is None or b"license-gate" not in raw:
        return None
    import tomllib

    try:
        text = raw.decode("utf-8")
        data = tomllib.loads(text)
    except (UnicodeDecodeError, tomllib.TOMLDecodeError) as e:
        raise ConfigError(f"invalid pyproject.toml: {e}", source="pyproject.toml") from None
    tool = data.get("tool", {})
    section = tool.get("license-gate") if isinstance(tool, dict) else None
    if section is None:
        return None
    if not isinstance(section, dict):
        raise ConfigError("[tool.license-gate] must be a table", source="pyproject.toml")
    value = section.get("policy")
    if value is None:
        return None
    line = _toml_line(text)
    if not isinstance(value, str) or not value.strip():
        raise ConfigError(
            '[tool.license-gate] policy must be a path string, e.g. policy = "ci/policy.yaml"',
            source="pyproject.toml",
            line=line,
        )
    return value.strip(), line


def _toml_line(text: str) -> int | None:
    in_section = False
    for n, raw in enumerate(text.splitlines(), 1):
        s = raw.strip()
        if s.startswith("["):
            in_section = s.replace(" ", "") in ("[tool.license-gate]", '[tool."license-gate"]')
        elif in_section and re.match(r"policy\s*=", s):
            return n
    return None


def _contained(
    spec: str,
    base_dir: str,
    *,
    source: str,
    what: str,
    line: int | None = None,
    column: int | None = None,
) -> str:
    """Normalise `spec` relative to `base_dir` (POSIX, repository-relative); it must stay inside."""
    if re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", spec):
        raise PolicyError(
            f"{what}: URLs are not supported ({spec!r})",
            source=source,
            line=line,
            column=column,
            hint="check the shared policy into the repository (e.g. a submodule) and extend it "
            "by relative path",
        )
    if spec.startswith(("/", "\\")) or re.match(r"^[A-Za-z]:[\\/]", spec):
        raise PolicyError(
            f"{what}: {spec!r} must be a path relative to the file that names it",
            source=source,
            line=line,
            column=column,
        )
    joined = posixpath.normpath(posixpath.join(base_dir, spec.replace("\\", "/")))
    if joined == ".." or joined.startswith("../") or joined == ".":
        raise PolicyError(
            f"{what}: {spec!r} points outside the repository",
            source=source,
            line=line,
            column=column,
        )
    return joined


# --------------------------------------------------------------------------------------------
# one file -> a layer


@dataclass(slots=True)
class _RuleSpec:
    rule: Rule
    scope_pos: tuple[int, int] | None


@dataclass(slots=True)
class _Layer:
    """One file's validated content, before merging with what it extends."""

    loc: _Loc
    extends: tuple[str, tuple[int, int]] | None = None
    version: int | None = None
    name: str | None = None
    description: str | None = None
    default: Action | None = None
    lineage: dict[str, LineageMode] = field(default_factory=dict)
    scopes: dict[str, Scope] = field(default_factory=dict)
    rules: list[_RuleSpec] = field(default_factory=list)
    models: dict[str, ModelDeclaration] = field(default_factory=dict)
    exceptions: dict[str, Any] = field(default_factory=dict)
    exclude: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def _pos(node: Any, key: Any = None, *, value: bool = True) -> tuple[int, int] | None:
    """1-based (line, column) of a mapping key / its value / a sequence item, if known."""
    lc = getattr(node, "lc", None)
    if lc is None:
        return None
    try:
        if key is None:
            line, col = lc.line, lc.col
        elif isinstance(key, int) and not isinstance(key, bool) and isinstance(node, list):
            line, col = lc.item(key)
        elif value and not (isinstance(node, dict) and node.get(key) is None):
            line, col = lc.value(key)
        else:
            line, col = lc.key(key)
    except (KeyError, IndexError, TypeError, AttributeError):
        return None
    if line is None or col is None:
        return None
    return int(line) + 1, int(col) + 1


class _Validator:
    """Turns one parsed document into a _Layer, raising PolicyError at the first problem."""

    def __init__(self, loc: _Loc) -> None:
        self.loc = loc
        self.source = loc.display
        self.warnings: list[str] = []

    # -- reporting
    def fail(self, msg: str, pos: tuple[int, int] | None, hint: str | None = None) -> PolicyError:
        line, col = pos if pos else (None, None)
        return PolicyError(msg, source=self.source, line=line, column=col, hint=hint)

    def warn(self, msg: str, pos: tuple[int, int] | None) -> None:
        where = self.source + (f":{pos[0]}:{pos[1]}" if pos else "")
        self.warnings.append(f"{where}: {msg}")

    # -- primitive types
    @staticmethod
    def _typename(v: Any) -> str:
        if v is None:
            return "nothing (null)"
        if isinstance(v, bool):
            return "a boolean"
        if isinstance(v, int):
            return "a number"
        if isinstance(v, float):
            return "a number"
        if isinstance(v, str):
            return "a string"
        if isinstance(v, dict):
            return "a mapping"
        if isinstance(v, list):
            return "a list"
        if isinstance(v, AbstractSet):
            return "a set"
        tag = getattr(getattr(v, "tag", None), "value", None)
        if tag is not None:
            return f"a value tagged {tag}"
        return f"a {type(v).__name__} value"

    def mapping(self, v: Any, path: str, pos: tuple[int, int] | None) -> dict[Any, Any]:
        if not isinstance(v, dict):
            raise self.fail(f"{path}: expected a mapping, got {self._typename(v)}", pos)
        for k in v:
            if not isinstance(k, str):
                raise self.fail(
                    f"{path}: keys must be strings, got {self._typename(k)}",
                    _pos(v, k, value=False) or pos,
                )
        return v

    def string(self, v: Any, path: str, pos: tuple[int, int] | None, *, empty: bool = False) -> str:
        if not isinstance(v, str):
            raise self.fail(f"{path}: expected a string, got {self._typename(v)}", pos)
        if not empty and not v.strip():
            raise self.fail(f"{path}: must not be empty", pos)
        return str(v)

    def boolean(self, v: Any, path: str, pos: tuple[int, int] | None) -> bool:
        if not isinstance(v, bool):
            raise self.fail(f"{path}: expected true or false, got {self._typename(v)}", pos)
        return v

    def integer(self, v: Any, path: str, pos: tuple[int, int] | None, lo: int, hi: int) -> int:
        if isinstance(v, bool) or not isinstance(v, int):
            raise self.fail(f"{path}: expected a whole number, got {self._typename(v)}", pos)
        if not lo <= v <= hi:
            raise self.fail(f"{path}: {v} is out of range ({lo} to {hi})", pos)
        return int(v)

    def choice(
        self, v: Any, path: str, pos: tuple[int, int] | None, allowed: tuple[str, ...]
    ) -> str:
        if not isinstance(v, str) or v not in allowed:
            shown = repr(str(v)) if isinstance(v, str) else self._typename(v)
            hint = None
            if isinstance(v, str):
                close = difflib.get_close_matches(v.lower(), allowed, n=1)
                if close:
                    hint = f"did you mean {close[0]!r}?"
            raise self.fail(f"{path}: {shown} is not one of {', '.join(allowed)}", pos, hint)
        return v

    def strings(self, v: Any, path: str, pos: tuple[int, int] | None) -> list[tuple[str, Any]]:
        """A list of strings (a single string is accepted as a list of one); with positions."""
        if isinstance(v, str):
            return [(self.string(v, path, pos), pos)]
        if not isinstance(v, list):
            raise self.fail(f"{path}: expected a list of strings, got {self._typename(v)}", pos)
        out = []
        for i, item in enumerate(v):
            ipos = _pos(v, i) or pos
            out.append((self.string(item, f"{path}[{i}]", ipos), ipos))
        return out

    def keys(self, m: dict[Any, Any], path: str, known: tuple[str, ...]) -> None:
        for k in m:
            if k not in known:
                close = difflib.get_close_matches(k, known, n=1)
                extra = f"; did you mean {close[0]!r}?" if close else ""
                where = f"{path}." if path else ""
                self.warn(
                    f"unknown key {where}{k} is ignored (expected one of {', '.join(known)})"
                    + extra,
                    _pos(m, k, value=False),
                )

    def list_of(
        self,
        m: dict[str, Any],
        key: str,
        path: str,
        check: Callable[[str, str, tuple[int, int] | None], str],
    ) -> list[str]:
        """`m[key]` as a list of strings, each passed through `check(value, where, pos)`; empty
        when the key is absent."""
        if key not in m:
            return []
        items = self.strings(m[key], f"{path}.{key}", _pos(m, key))
        return [check(s, f"{path}.{key}[{i}]", p) for i, (s, p) in enumerate(items)]

    # -- globs that can never match
    def path_glob(self, g: str, path: str, pos: tuple[int, int] | None) -> str:
        problem = None
        if "\\" in g:
            problem = "uses backslashes; paths are matched with forward slashes"
        elif re.match(r"^[A-Za-z]:", g) or g.startswith("~"):
            problem = "is not repository-relative"
        elif any(part in ("..", ".") for part in g.strip("/").split("/")):
            problem = "contains '.' or '..' segments; paths are normalised before matching"
        elif not g.strip():
            problem = "is empty"
        if problem:
            self.warn(f"{path}: glob {g!r} can never match: it {problem}", pos)
        return g

    def id_glob(self, g: str, path: str, pos: tuple[int, int] | None) -> str:
        problem = None
        if re.search(r"\s", g):
            problem = "contains whitespace"
        elif "://" in g or g.lower().startswith(("huggingface.co/", "hf.co/")):
            problem = "is a URL; ids are matched without the host (e.g. 'meta-llama/*')"
        elif "\\" in g:
            problem = "contains a backslash"
        elif g.startswith("/") or g.endswith("/") or "//" in g:
            problem = "has a leading, trailing or doubled '/'"
        if problem:
            self.warn(f"{path}: glob {g!r} can never match: it {problem}", pos)
        return g

    # -- sections
    def layer(self, doc: Any) -> _Layer:
        if doc is None:
            raise self.fail(
                "the policy file is empty; expected a mapping such as `version: 1` with `rules:`",
                (1, 1),
            )
        if not isinstance(doc, dict):
            raise self.fail(
                f"the top level must be a mapping (version, extends, rules, ...), not "
                f"{self._typename(doc)}",
                _pos(doc) or (1, 1),
            )
        self.mapping(doc, "policy", (1, 1))
        self.keys(doc, "", _TOP_KEYS)
        lay = _Layer(loc=self.loc)
        if "version" in doc:
            v = doc["version"]
            pos = _pos(doc, "version")
            if isinstance(v, bool) or not isinstance(v, int) or v not in SUPPORTED_VERSIONS:
                raise self.fail(
                    f"version: {v!r} is not supported (this license-gate reads version "
                    + ", ".join(map(str, SUPPORTED_VERSIONS))
                    + ")",
                    pos,
                    hint="upgrade license-gate if the policy was written for a newer one",
                )
            lay.version = v
        if "name" in doc:
            lay.name = self.string(doc["name"], "name", _pos(doc, "name"))
        if "description" in doc:
            lay.description = self.string(
                doc["description"], "description", _pos(doc, "description"), empty=True
            )
        if "extends" in doc:
            pos = _pos(doc, "extends") or (1, 1)
            lay.extends = (self.string(doc["extends"], "extends", pos), pos)
        if "default" in doc:
            lay.default = Action(
                self.choice(doc["default"], "default", _pos(doc, "default"), _ACTIONS)
            )
        # A section left empty (`rules:` followed only by comments) is an empty section.
        present = {k for k in _SECTIONS if k in doc and doc[k] is not None}
        if "lineage" in present:
            lay.lineage = self.lineage(doc["lineage"], _pos(doc, "lineage"))
        if "scopes" in present:
            lay.scopes = self.scopes(doc["scopes"], _pos(doc, "scopes"))
        if "rules" in present:
            lay.rules = self.rules(doc["rules"], _pos(doc, "rules"))
        if "models" in present:
            lay.models = self.models(doc["models"], _pos(doc, "models"))
        if "exceptions" in present:
            lay.exceptions = self.exceptions(doc["exceptions"], _pos(doc, "exceptions"))
        if "exclude" in present:
            lay.exclude = [
                self.path_glob(g, f"exclude[{i}]", p)
                for i, (g, p) in enumerate(
                    self.strings(doc["exclude"], "exclude", _pos(doc, "exclude"))
                )
            ]
        lay.warnings = self.warnings
        return lay

    def lineage(self, v: Any, pos: tuple[int, int] | None) -> dict[str, LineageMode]:
        m = self.mapping(v, "lineage", pos)
        self.keys(m, "lineage", _LINEAGE_KEYS)
        return {
            k: LineageMode(self.choice(m[k], f"lineage.{k}", _pos(m, k), _MODES))
            for k in _LINEAGE_KEYS
            if k in m
        }

    def scopes(self, v: Any, pos: tuple[int, int] | None) -> dict[str, Scope]:
        m = self.mapping(v, "scopes", pos)
        out: dict[str, Scope] = {}
        for name, body in m.items():
            kpos = _pos(m, name, value=False)
            vpos = _pos(m, name) or kpos
            path = f"scopes.{name}"
            if not _NAME_RE.match(name):
                raise self.fail(
                    f"{path}: scope names use letters, digits, '-', '_', '.' and ':'", kpos
                )
            if isinstance(body, list | str):  # shorthand: a list of include globs
                include = [g for g, _ in self.strings(body, path, vpos)]
                exclude: list[str] = []
                for i, g in enumerate(include):
                    self.path_glob(g, f"{path}[{i}]", _pos(body, i) or vpos)
            else:
                sm = self.mapping(body, path, vpos)
                self.keys(sm, path, _SCOPE_KEYS)
                include = ["**"]
                if "include" in sm:
                    include = [
                        self.path_glob(g, f"{path}.include[{i}]", p)
                        for i, (g, p) in enumerate(
                            self.strings(sm["include"], f"{path}.include", _pos(sm, "include"))
                        )
                    ]
                exclude = [
                    self.path_glob(g, f"{path}.exclude[{i}]", p)
                    for i, (g, p) in enumerate(
                        self.strings(sm.get("exclude", []), f"{path}.exclude", _pos(sm, "exclude"))
                    )
                ]
            if not include:
                self.warn(f"{path}: include is empty, so the scope matches no file", vpos)
            out[name] = Scope(name=name, include=tuple(include), exclude=tuple(exclude))
        return out

    def rules(self, v: Any, pos: tuple[int, int] | None) -> list[_RuleSpec]:
        if not isinstance(v, list):
            raise self.fail(f"rules: expected a list of rules, got {self._typename(v)}", pos)
        out: list[_RuleSpec] = []
        seen: dict[str, int] = {}
        for i, item in enumerate(v):
            path = f"rules[{i}]"
            ipos = _pos(v, i) or pos
            m = self.mapping(item, path, ipos)
            self.keys(m, path, _RULE_KEYS)
            if "id" not in m:
                raise self.fail(
                    f"{path}: a rule needs an `id` (used in output and exceptions)", ipos
                )
            rid = self.string(m["id"], f"{path}.id", _pos(m, "id"))
            if not _NAME_RE.match(rid):
                raise self.fail(
                    f"{path}.id: {rid!r}: rule ids use letters, digits, '-', '_', '.' and ':'",
                    _pos(m, "id"),
                )
            if rid in _RESERVED_RULE_IDS:
                raise self.fail(f"{path}.id: {rid!r} is reserved", _pos(m, "id"))
            if rid in seen:
                raise self.fail(
                    f"{path}.id: duplicate rule id {rid!r} (also rules[{seen[rid]}])",
                    _pos(m, "id"),
                )
            seen[rid] = i
            if "action" not in m:
                raise self.fail(f"{path}: a rule needs an `action` ({', '.join(_ACTIONS)})", ipos)
            action = Action(self.choice(m["action"], f"{path}.action", _pos(m, "action"), _ACTIONS))
            scope = None
            scope_pos = None
            if "scope" in m:
                scope_pos = _pos(m, "scope")
                scope = self.string(m["scope"], f"{path}.scope", scope_pos)
            match = (
                self.match(m["match"], f"{path}.match", _pos(m, "match"))
                if "match" in m
                else Match()
            )
            message = None
            if "message" in m:
                message = self.string(m["message"], f"{path}.message", _pos(m, "message"))
            rule = Rule(
                id=rid, action=action, match=match, scope=scope, message=message, origin=self.source
            )
            out.append(_RuleSpec(rule, scope_pos))
        return out

    def match(self, v: Any, path: str, pos: tuple[int, int] | None) -> Match:
        m = self.mapping(v, path, pos)
        self.keys(m, path, _MATCH_KEYS)
        models = self.list_of(m, "models", path, self.id_glob)
        categories = self.list_of(
            m, "categories", path, lambda c, where, p: self.choice(c, where, p, CATEGORIES)
        )
        licenses = self.list_of(m, "licenses", path, self.id_glob)
        kinds = [
            Kind(k)
            for k in self.list_of(
                m, "kinds", path, lambda k, where, p: self.choice(k, where, p, _KINDS)
            )
        ]
        unknown = None
        if "unknown" in m:
            unknown = self.boolean(m["unknown"], f"{path}.unknown", _pos(m, "unknown"))
        for key, values in (
            ("models", models),
            ("categories", categories),
            ("licenses", licenses),
            ("kinds", kinds),
        ):
            if key in m and not values:
                self.warn(
                    f"{path}.{key}: an empty list never matches, so this rule never applies",
                    _pos(m, key),
                )
        return Match(
            models=tuple(models),
            categories=tuple(dict.fromkeys(categories)),
            licenses=tuple(licenses),
            kinds=tuple(dict.fromkeys(kinds)),
            unknown=unknown,
        )

    def models(self, v: Any, pos: tuple[int, int] | None) -> dict[str, ModelDeclaration]:
        m = self.mapping(v, "models", pos)
        out: dict[str, ModelDeclaration] = {}
        for pattern, body in m.items():
            kpos = _pos(m, pattern, value=False)
            vpos = _pos(m, pattern) or kpos
            path = f"models[{pattern!r}]"
            glob = pattern.strip()
            kind = Kind.MODEL
            if glob.lower().startswith("datasets/"):
                glob, kind = glob[len("datasets/") :], Kind.DATASET
            self.id_glob(glob, path, kpos)
            if isinstance(body, str):  # shorthand: "acme/*": proprietary
                out[pattern] = ModelDeclaration(
                    pattern=glob, license=self.string(body, path, vpos), kind=kind
                )
                continue
            d = self.mapping(body, path, vpos)
            self.keys(d, path, _MODEL_KEYS)

            def opt(key: str, d: dict[Any, Any] = d, path: str = path) -> str | None:
                return self.string(d[key], f"{path}.{key}", _pos(d, key)) if key in d else None

            license_ = opt("license")
            license_name = opt("license_name")
            if license_ is None and license_name is None:
                raise self.fail(
                    f"{path}: declare at least `license` (e.g. proprietary, apache-2.0) or "
                    "`license_name`",
                    vpos,
                )
            if "kind" in d:
                kind = Kind(self.choice(d["kind"], f"{path}.kind", _pos(d, "kind"), _DECL_KINDS))
            base = [
                g
                for g, _ in self.strings(
                    d.get("base_models", []), f"{path}.base_models", _pos(d, "base_models")
                )
            ]
            data = [
                g
                for g, _ in self.strings(
                    d.get("datasets", []), f"{path}.datasets", _pos(d, "datasets")
                )
            ]
            out[pattern] = ModelDeclaration(
                pattern=glob,
                license=license_ if license_ is not None else "other",
                license_name=license_name,
                license_link=opt("license_link"),
                base_models=tuple(base),
                datasets=tuple(data),
                note=opt("note"),
                kind=kind,
            )
        return out

    def exceptions(self, v: Any, pos: tuple[int, int] | None) -> dict[str, Any]:
        m = self.mapping(v, "exceptions", pos)
        self.keys(m, "exceptions", _EXC_KEYS)
        out: dict[str, Any] = {}
        for key in ("dir", "allowed_signers"):
            if key in m:
                kp = _pos(m, key)
                s = self.string(m[key], f"exceptions.{key}", kp)
                out[key] = _contained(
                    s,
                    "",
                    source=self.source,
                    what=f"exceptions.{key}",
                    line=kp[0] if kp else None,
                    column=kp[1] if kp else None,
                )
        if "namespace" in m:
            out["namespace"] = self.string(
                m["namespace"], "exceptions.namespace", _pos(m, "namespace")
            )
        if "max_days" in m:
            out["max_days"] = self.integer(
                m["max_days"], "exceptions.max_days", _pos(m, "max_days"), 1, 3650
            )
        if "expiring_days" in m:
            out["expiring_days"] = self.integer(
                m["expiring_days"], "exceptions.expiring_days", _pos(m, "expiring_days"), 0, 365
            )
        if "require_signature" in m:
            out["require_signature"] = self.boolean(
                m["require_signature"],
                "exceptions.require_signature",
                _pos(m, "require_signature"),
            )
            if not out["require_signature"]:
                self.warn(
                    "exceptions.require_signature is false: unsigned exceptions will be accepted",
                    _pos(m, "require_signature"),
                )
        return out


# --------------------------------------------------------------------------------------------
# parsing


def _duplicate_key(problem: str, text: str, mark: Any) -> tuple[str, str | None]:
    """ruamel's duplicate-key message (which dumps both values) cut to the key, and a hint
    naming the line of the first occurrence: the earlier line at the same indentation that
    starts with the same key (ruamel's own context mark is the start of the mapping)."""
    m = re.search(r'duplicate key "([^"]*)"', problem)
    if m is None:
        return problem, None
    key = m.group(1)
    short = f'duplicate key "{key}"'
    if mark is None:
        return short, None
    lines = text.splitlines()
    indent = mark.column
    pattern = re.compile(rf"""["']?{re.escape(key)}["']?[ \t]*:""")
    for n in range(min(mark.line, len(lines)) - 1, -1, -1):
        head, tail = lines[n][:indent], lines[n][indent:]
        if len(head) == indent and not head.strip(" -") and pattern.match(tail):
            return short, f"the first one is on line {n + 1}: merge the two into one"
    return short, None


def _check_nesting(source: str, text: str) -> None:
    """Refuse flow collections nested deeper than MAX_NESTING before the (recursive) parser
    sees them; quoted strings and comments are skipped."""
    depth = 0
    line, col = 1, 0
    quote = ""
    comment = False
    prev = "\n"
    for ch in text:
        col += 1
        if ch == "\n":
            line, col, comment = line + 1, 0, False
        elif comment:
            pass
        elif quote:
            if ch == quote and prev != "\\":
                quote = ""
        elif ch in "\"'" and prev in " \t[{,:\n":
            quote = ch
        elif ch == "#" and prev in " \t\n":
            comment = True
        elif ch in "[{":
            depth += 1
            if depth > MAX_NESTING:
                raise PolicyError(
                    f"invalid YAML: collections nested more than {MAX_NESTING} deep",
                    source=source,
                    line=line,
                    column=col,
                )
        elif ch in "]}":
            depth = max(0, depth - 1)
        prev = ch
    indent = max((len(s) - len(s.lstrip(" ")) for s in text.splitlines()), default=0)
    if indent > MAX_NESTING * 8:
        raise PolicyError(
            f"invalid YAML: indented more than {MAX_NESTING * 8} columns", source=source
        )


def _parse(loc: _Loc, raw: bytes) -> Any:
    source = loc.display
    if len(raw) > MAX_POLICY_BYTES:
        raise PolicyError(
            f"the policy file is {len(raw) / 1_000_000:.1f} MB; the limit is "
            f"{MAX_POLICY_BYTES // 1_000_000} MB",
            source=source,
            hint="a policy is a few rules; generated lists of ids belong in exceptions or the "
            "lockfile",
        )
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        before = raw[: e.start]
        line = before.count(b"\n") + 1
        col = e.start - (before.rfind(b"\n") + 1) + 1
        raise PolicyError(
            "the policy file is not valid UTF-8", source=source, line=line, column=col
        ) from None
    if "\0" in text:
        raise PolicyError("the policy file is binary (contains NUL bytes)", source=source)
    _check_nesting(source, text)
    from ruamel.yaml import YAML
    from ruamel.yaml.error import MarkedYAMLError, YAMLError

    yaml = YAML(typ="rt", pure=True)
    yaml.allow_duplicate_keys = False
    try:
        return yaml.load(text)
    except MarkedYAMLError as e:
        mark = e.problem_mark or e.context_mark
        problem = str(e.problem or e.context or "invalid YAML")
        hint = None
        if "\\t" in repr(problem) or "\t" in problem:
            problem = "a tab character cannot indent YAML"
            hint = "indent with spaces"
        elif "duplicate key" in problem:
            problem, hint = _duplicate_key(problem, text, mark)
        raise PolicyError(
            f"invalid YAML: {problem}",
            source=source,
            line=mark.line + 1 if mark is not None else None,
            column=mark.column + 1 if mark is not None else None,
            hint=hint,
        ) from None
    except YAMLError as e:
        raise PolicyError(f"invalid YAML: {e}", source=source) from None
    except RecursionError:
        raise PolicyError("invalid YAML: nested too deeply", source=source) from None


def _check_expansion(loc: _Loc, doc: Any) -> None:
    """Refuse documents whose aliases expand to more than MAX_VALUES values (an alias bomb, or
    a self-referencing alias): counted as if every alias were copied, stopping at the limit."""
    budget = MAX_VALUES
    stack = [doc]
    while stack:
        node = stack.pop()
        budget -= 1
        if budget < 0:
            raise PolicyError(
                f"the policy expands to more than {MAX_VALUES} values through YAML aliases "
                "(an alias bomb?)",
                source=loc.display,
                hint="write the values out; a policy needs few anchors if any",
            )
        tag = getattr(getattr(node, "tag", None), "value", None)
        if isinstance(node, dict | list) and tag is not None:
            pos = _pos(node)
            raise PolicyError(
                f"YAML tag {tag} is not allowed in a policy",
                source=loc.display,
                line=pos[0] if pos else None,
                column=pos[1] if pos else None,
            )
        if isinstance(node, dict):
            stack.extend(node.keys())
            stack.extend(node.values())
        elif isinstance(node, list):
            stack.extend(node)


def _read_layer(ctx: _Ctx, loc: _Loc, raw: bytes) -> _Layer:
    doc = _parse(loc, raw)
    _check_expansion(loc, doc)
    return _Validator(loc).layer(doc)


def _extends_loc(ctx: _Ctx, lay: _Layer) -> _Loc | None:
    if lay.extends is None:
        return None
    spec, (line, col) = lay.extends
    spec = spec.strip()
    source = lay.loc.display
    if spec.startswith(BUILTIN_PREFIX):
        return _builtin_loc(spec, source=source, pos=(line, col))
    what = "extends"
    if lay.loc.kind == "fs":
        base = Path(lay.loc.path).parent
        target = Path(os.path.normpath(base / spec))
        boundary = Path(lay.loc.boundary)
        if spec.startswith("/") or (target != boundary and boundary not in target.parents):
            raise PolicyError(
                f"{what}: {spec!r} points outside {boundary}", source=source, line=line, column=col
            )
        return _Loc("fs", str(target), boundary=lay.loc.boundary)
    base_dir = posixpath.dirname(lay.loc.path)
    rel = _contained(spec, base_dir, source=source, what=what, line=line, column=col)
    if lay.loc.kind == "repo" and isinstance(ctx.reader, WorkTreeReader):
        real = (ctx.root / rel).resolve()
        if real != ctx.root and ctx.root not in real.parents:
            raise PolicyError(
                f"{what}: {spec!r} resolves (through a symbolic link) outside the repository",
                source=source,
                line=line,
                column=col,
            )
    return _Loc(lay.loc.kind, rel, boundary=lay.loc.boundary)


def _load_chain(ctx: _Ctx, top: _Loc, *, top_text: bytes | None = None, notes: list[str]) -> Policy:
    layers: list[_Layer] = []
    seen: list[_Loc] = []
    loc: _Loc | None = top
    raw: bytes | None = top_text
    while loc is not None:
        if loc in seen:
            cycle = " -> ".join(x.display for x in [*seen, loc])
            prev = layers[-1]
            line, col = prev.extends[1] if prev.extends else (None, None)
            raise PolicyError(
                f"extends cycle: {cycle}", source=prev.loc.display, line=line, column=col
            )
        if len(seen) >= MAX_EXTENDS_DEPTH:
            raise PolicyError(
                f"extends chain is deeper than {MAX_EXTENDS_DEPTH} files: "
                + " -> ".join(x.display for x in seen),
                source=seen[0].display,
            )
        if raw is None:
            raw = ctx.read(loc)
        if raw is None:
            if not layers:
                raise PolicyError("policy file not found", source=loc.display)
            prev = layers[-1]
            line, col = prev.extends[1] if prev.extends else (None, None)
            assert prev.extends is not None
            raise PolicyError(
                f"extends: {prev.extends[0]!r} not found ({loc.display} in the "
                f"{ctx.reader.description if loc.kind == 'repo' else 'filesystem'})",
                source=prev.loc.display,
                line=line,
                column=col,
            )
        seen.append(loc)
        lay = _read_layer(ctx, loc, raw)
        layers.append(lay)
        loc = _extends_loc(ctx, lay)
        raw = None
    return _finish(layers, notes)


# --------------------------------------------------------------------------------------------
# merging


def _merge_dicts(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    return {**parent, **child}


def _finish(layers: list[_Layer], notes: list[str]) -> Policy:
    """Merge root-most first; the child (layers[0]) wins. Then check cross-references."""
    top = layers[0]
    rules: list[_RuleSpec] = []
    scopes: dict[str, Scope] = {}
    models: dict[str, ModelDeclaration] = {}
    lineage: dict[str, LineageMode] = {}
    exceptions: dict[str, Any] = {}
    exclude: list[str] = []
    default: Action | None = None
    warnings: list[str] = list(notes)
    for lay in reversed(layers):  # parent first, child overrides
        child_ids = {s.rule.id for s in lay.rules}
        rules = [*lay.rules, *(s for s in rules if s.rule.id not in child_ids)]
        scopes = _merge_dicts(scopes, lay.scopes)
        models = {**lay.models, **{k: v for k, v in models.items() if k not in lay.models}}
        lineage = {**lineage, **lay.lineage}
        exceptions = _merge_dicts(exceptions, lay.exceptions)
        exclude += [g for g in lay.exclude if g not in exclude]
        if lay.default is not None:
            default = lay.default
        warnings += lay.warnings
    if top.version is None:
        warnings.append(f"{top.loc.display}: no `version:` key; assuming version 1")
    for spec in rules:
        r = spec.rule
        if r.scope is not None and r.scope not in scopes:
            line, col = spec.scope_pos or (None, None)
            raise PolicyError(
                f"rule {r.id!r}: scope {r.scope!r} is not defined; defined scopes: "
                + (", ".join(sorted(scopes)) or "none"),
                source=r.origin,
                line=line,
                column=col,
            )
    final_rules = tuple(s.rule for s in rules)
    warnings += _unreachable(final_rules)
    return Policy(
        name=top.name or top.loc.display.removeprefix(BUILTIN_PREFIX),
        source=top.loc.display,
        rules=final_rules,
        scopes=tuple(scopes.values()),
        default=default if default is not None else Action.ALLOW,
        lineage=LineageModes(**lineage),
        models=tuple(models.values()),
        exceptions=replace(ExceptionsConfig(), **exceptions),
        exclude=tuple(exclude),
        warnings=tuple(dict.fromkeys(warnings)),
        chain=tuple(lay.loc.display for lay in layers),
        version=top.version or 1,
        description=top.description,
    )


def _unreachable(rules: Iterable[Rule]) -> list[str]:
    """One warning for rules placed after a rule that matches every finding everywhere."""
    catch_all: Rule | None = None
    dead: list[str] = []
    for r in rules:
        if catch_all is not None:
            dead.append(r.id)
        elif r.scope is None and r.match.empty:
            catch_all = r
    if catch_all is None or not dead:
        return []
    what = f"rule {dead[0]!r} can" if len(dead) == 1 else f"rules {', '.join(dead)} can"
    return [
        f"{catch_all.origin}: {what} never decide anything: rule {catch_all.id!r} before "
        "matches every finding"
    ]
