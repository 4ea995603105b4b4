"""Provider registry: get_provider() hands out the configured provider."""

import os
from typing import TYPE_CHECKING

from .base import Provider

if TYPE_CHECKING:
    from ..logging import StdoutLogger, TraceLogger

_provider_instance: Provider | None = None
_logger_instance: "TraceLogger | StdoutLogger | None" = None
_configured_model: str | None = None


def configure(model: str | None = None, logger: "TraceLogger | StdoutLogger | None" = None) -> None:
    """
    Configure the global provider.

    Args:
        model: model name (default: HARNESS_MODEL env var or claude-sonnet-4-5-20250514)
        logger: logger for automatic completion logging
    """
    global _provider_instance, _logger_instance, _configured_model
    model = model or os.environ.get("HARNESS_MODEL", "claude-sonnet-4-5-20250514")

    from .litellm_provider import LiteLLMProvider

    _provider_instance = LiteLLMProvider(model, logger=logger)
    _logger_instance = logger
    _configured_model = model


def get_provider(model: str | None = None, logger: "TraceLogger | StdoutLogger | None" = None) -> Provider:
    """Return the configured provider, or a fresh one when another model is asked for."""
    if model is None:
        if _provider_instance is None:
            configure(logger=logger)
        return _provider_instance
    if model == _configured_model and _provider_instance is not None:
        return _provider_instance
    from .litellm_provider import LiteLLMProvider

    return LiteLLMProvider(model, logger=logger or _logger_instance)


def reset() -> None:
    global _provider_instance, _logger_instance, _configured_model
    _provider_instance = _logger_instance = _configured_model = None
