"""Regular expressions compiled the first time they are used.

The scanner holds some 430 module-level patterns; compiling them all at import cost about
110 ms of every hook run, while a commit of Python and YAML files uses about 70 of them.
`compile` returns a stand-in that compiles its pattern on first use and then keeps the
compiled pattern's methods on itself, so that later calls cost what a compiled pattern's do.
"""

from __future__ import annotations

import re
from typing import Any, cast

_ATTRS = (
    "search",
    "match",
    "fullmatch",
    "finditer",
    "findall",
    "sub",
    "subn",
    "split",
    "scanner",
    "pattern",
    "flags",
    "groups",
    "groupindex",
)


class _LazyPattern:
    __slots__ = ("__dict__", "_flags", "_source")

    def __init__(self, source: str, flags: int) -> None:
        self._source = source
        self._flags = flags

    def __getattr__(self, name: str) -> Any:
        compiled = re.compile(self._source, self._flags)
        for attr in _ATTRS:
            self.__dict__[attr] = getattr(compiled, attr)
        return getattr(compiled, name)

    def __repr__(self) -> str:
        return f"lazy re.compile({self._source!r}, {self._flags!r})"


def compile(pattern: str, flags: int = 0) -> re.Pattern[str]:
    """`re.compile(pattern, flags)`, compiled on first use."""
    return cast("re.Pattern[str]", _LazyPattern(pattern, flags))
