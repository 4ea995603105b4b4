"""The scanner's patterns are compiled when first used, not when the scanner is imported."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

from license_gate import _lazyre

ROOT = Path(__file__).resolve().parents[2]

_COUNT_COMPILES = """
import re, sys
compiled = []
orig = re._compile
def counting(pattern, flags):
    if not isinstance(pattern, re.Pattern) and (pattern, flags) not in seen:
        seen.add((pattern, flags))
        compiled.append(pattern)
    return orig(pattern, flags)
seen = set()
re._compile = counting
import license_gate.pipeline, license_gate.scan
print(len(compiled))
"""


def test_lazy_pattern_behaves_like_the_compiled_one() -> None:
    lazy = _lazyre.compile(r"(?P<org>[a-z]+)/(?P<name>[\w.-]+)", re.ASCII)
    real = re.compile(r"(?P<org>[a-z]+)/(?P<name>[\w.-]+)", re.ASCII)
    text = "see meta/llama-3 and org/x.y here"
    assert "lazy" in repr(lazy)
    m = lazy.search(text)
    assert m is not None
    assert m.group("name") == "llama-3"
    assert [x.span() for x in lazy.finditer(text)] == [x.span() for x in real.finditer(text)]
    assert lazy.findall(text) == real.findall(text)
    assert lazy.sub("ID", text) == real.sub("ID", text)
    assert lazy.fullmatch("a/b") is not None
    assert lazy.match(" a/b") is None
    assert lazy.pattern == real.pattern
    assert lazy.flags == real.flags
    assert lazy.groupindex == real.groupindex
    assert lazy.groups == 2
    assert lazy.split(text) == real.split(text)


def test_importing_the_scanner_compiles_few_patterns() -> None:
    # Some 430 patterns; a hook run on a few Python and YAML files uses about 70 of them, and
    # compiling all of them at import cost ~110 ms of every run.
    out = subprocess.run(
        [sys.executable, "-c", _COUNT_COMPILES],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    assert int(out.stdout.strip()) < 60, out.stdout
