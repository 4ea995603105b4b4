"""pytest fixtures around the fake Hub (loaded with `pytest_plugins = ["tests.support.fixtures"]`).

- `fake_hub`: a started `FakeHub` (empty but for the three recorded samples and the legacy
  redirect `bert-base-uncased`), stopped after the test;
- `hub_env`: `fake_hub` plus an environment that points everything at it: `HF_ENDPOINT`, a
  private `LICENSE_GATE_CACHE_DIR` and `HF_HOME` under tmp_path, no `HF_TOKEN`, no offline flag;
- `closed_port`: an http:// URL where connections are refused.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.support.fakehub import FakeHub, closed_port_url

__all__ = ["closed_port", "fake_hub", "hub_env"]


@pytest.fixture
def fake_hub() -> Iterator[FakeHub]:
    hub = FakeHub(samples=True)
    hub.start()
    try:
        yield hub
    finally:
        hub.stop()


@pytest.fixture
def hub_env(fake_hub: FakeHub, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> FakeHub:
    monkeypatch.setenv("HF_ENDPOINT", fake_hub.url)
    monkeypatch.setenv("LICENSE_GATE_CACHE_DIR", str(tmp_path / "lg-cache"))
    monkeypatch.setenv("HF_HOME", str(tmp_path / "hf-home"))
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    for var in (
        "HF_TOKEN",
        "HUGGING_FACE_HUB_TOKEN",
        "HF_HUB_OFFLINE",
        "TRANSFORMERS_OFFLINE",
        "LICENSE_GATE_OFFLINE",
    ):
        monkeypatch.delenv(var, raising=False)
    return fake_hub


@pytest.fixture
def closed_port() -> str:
    return closed_port_url()
