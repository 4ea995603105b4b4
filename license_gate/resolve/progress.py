"""A one-line progress indicator on stderr, shown only when resolving takes more than a second
and stderr is a terminal (never in CI logs or when output is piped)."""

from __future__ import annotations

import os
import sys
import time
from typing import TextIO

__all__ = ["Progress"]


class Progress:
    """Call with (done, total) as work completes; `close()` erases the line if one was drawn."""

    def __init__(
        self,
        stream: TextIO | None = None,
        *,
        delay: float = 1.0,
        enabled: bool | None = None,
        label: str = "resolving licenses on the Hub",
    ) -> None:
        self.stream = stream if stream is not None else sys.stderr
        self.delay = delay
        self.label = label
        if enabled is None:
            enabled = _interactive(self.stream)
        self.enabled = enabled
        self._start = time.monotonic()
        self._shown = False

    def restart(self) -> None:
        self._start = time.monotonic()

    def __call__(self, done: int, total: int) -> None:
        if not self.enabled or time.monotonic() - self._start < self.delay:
            return
        width = 24
        filled = int(width * done / total) if total else width
        bar = "#" * filled + "-" * (width - filled)
        self.stream.write(f"\r{self.label} [{bar}] {done}/{total}")
        self.stream.flush()
        self._shown = True

    def close(self) -> None:
        if self._shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()
            self._shown = False


def _interactive(stream: TextIO) -> bool:
    if os.environ.get("CI") or os.environ.get("TERM") == "dumb":
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False
