"""One root exception, a base per stage, and the mapping to exit codes (used only by the CLI)."""

from __future__ import annotations

__all__ = [
    "ConfigError",
    "ExceptionFileError",
    "LicenseGateError",
    "PolicyError",
    "ResolveError",
    "ScanError",
    "UsageError",
]


class LicenseGateError(Exception):
    """Root of every error license-gate raises on purpose. `exit_code` says how the CLI ends."""

    exit_code = 2

    def __init__(
        self,
        message: str,
        *,
        source: str | None = None,
        line: int | None = None,
        column: int | None = None,
        hint: str | None = None,
    ) -> None:
        super().__init__(message)
        self.message = message
        self.source = source
        self.line = line
        self.column = column
        self.hint = hint

    def location(self) -> str:
        if not self.source:
            return ""
        parts = [self.source]
        if self.line is not None:
            parts.append(str(self.line))
            if self.column is not None:
                parts.append(str(self.column))
        return ":".join(parts)

    def diagnostics(self) -> str:
        """The one line (plus an optional hint line) the user sees."""
        loc = self.location()
        text = f"{loc}: {self.message}" if loc else self.message
        if self.hint:
            text += f"\n  hint: {self.hint}"
        return text


class UsageError(LicenseGateError):
    """Bad command-line usage (exit 2)."""


class ConfigError(LicenseGateError):
    """Invalid configuration: policy, pyproject pointer, allowed_signers (exit 2)."""


class PolicyError(ConfigError):
    """An invalid policy file (exit 2); never evaluated half-way."""


class ExceptionFileError(LicenseGateError):
    """A broken exception file. Reported as a finding by `check` (exit 1); raised by the
    `exception` commands when the file cannot be used at all."""

    exit_code = 1


class ScanError(LicenseGateError):
    """A scanning problem that stops the run (per-file problems are Notes, not errors)."""


class ResolveError(LicenseGateError):
    """Resolution could not decide (exit 3)."""

    exit_code = 3
