"""gitignore-style globs over repository-relative POSIX paths (policy scopes, excludes,
exception paths).

- `*` matches within one path segment, `?` one character, `[...]` a character class;
- `**` matches across segments (`tests/**`, `**/*.ipynb`, `a/**/b`);
- a pattern with no `/` (other than a trailing one) matches at any depth (`*.md`, `tests/`);
  one with a `/` inside is anchored at the repository root; a leading `/` anchors explicitly;
- a pattern that matches a directory matches everything below it; a trailing `/` matches
  directories only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import lru_cache

__all__ = ["GlobSet", "glob_to_regex", "match_any"]


def glob_to_regex(pattern: str) -> str:
    """Translate one gitignore-style pattern into an anchored regular expression."""
    pat = pattern.strip()
    dir_only = pat.endswith("/")
    pat = pat.rstrip("/")
    anchored = pat.startswith("/") or "/" in pat
    pat = pat.lstrip("/")
    out: list[str] = []
    i, n = 0, len(pat)
    while i < n:
        c = pat[i]
        if pat.startswith("**/", i):
            out.append("(?:[^/]*/)*")
            i += 3
        elif pat.startswith("/**", i) and i + 3 == n:
            out.append("(?:/.*)?")
            i += 3
        elif pat.startswith("**", i):
            out.append(".*")
            i += 2
        elif c == "*":
            out.append("[^/]*")
            i += 1
        elif c == "?":
            out.append("[^/]")
            i += 1
        elif c == "[":
            j = pat.find("]", i + 2)
            if j == -1:
                out.append(re.escape(c))
                i += 1
            else:
                body = pat[i + 1 : j].replace("\\", "\\\\")
                if body.startswith("!"):
                    body = "^" + body[1:]
                out.append(f"[{body}]")
                i = j + 1
        else:
            out.append(re.escape(c))
            i += 1
    prefix = "" if anchored else "(?:.*/)?"
    suffix = "/.*" if dir_only else "(?:/.*)?"
    return f"^{prefix}{''.join(out)}{suffix}$"


@lru_cache(maxsize=1024)
def _compile(pattern: str) -> re.Pattern[str]:
    return re.compile(glob_to_regex(pattern))


@dataclass(frozen=True, slots=True)
class GlobSet:
    """A set of include globs minus exclude globs."""

    include: tuple[str, ...] = ("**",)
    exclude: tuple[str, ...] = ()

    def matches(self, path: str) -> bool:
        return match_any(self.include, path) and not match_any(self.exclude, path)


def match_any(patterns: Iterable[str], path: str) -> bool:
    """Whether repo-relative POSIX `path` matches any of `patterns`."""
    path = path.lstrip("./") if path.startswith("./") else path
    return any(_compile(p).match(path) for p in patterns)
