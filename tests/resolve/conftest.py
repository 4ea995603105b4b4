"""Until tests/conftest.py loads the shared fixtures (`pytest_plugins`), load them here too
(re-registering the same fixtures is harmless)."""

from __future__ import annotations

from tests.support.fixtures import closed_port, fake_hub, hub_env

__all__ = ["closed_port", "fake_hub", "hub_env"]
