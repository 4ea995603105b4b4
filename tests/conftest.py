"""Shared test setup: an isolated environment for every test and a guard that no test reaches
anything but this machine."""

from __future__ import annotations

import ipaddress
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest

_SUPPORT = Path(__file__).parent / "support" / "fixtures.py"
pytest_plugins = ["tests.support.fixtures"] if _SUPPORT.exists() else []

_real_connect = socket.socket.connect
_real_connect_ex = socket.socket.connect_ex


def _is_local(address: object) -> bool:
    if isinstance(address, (str, bytes)):  # AF_UNIX
        return True
    if isinstance(address, tuple) and address:
        host = address[0]
        if host in ("localhost", ""):
            return True
        try:
            return ipaddress.ip_address(str(host).split("%")[0]).is_loopback
        except ValueError:
            return False
    return False


def _guarded_connect(self: socket.socket, address: object) -> None:
    if not _is_local(address):
        raise OSError(f"test network guard: connection to {address!r} refused (tests stay local)")
    _real_connect(self, address)  # type: ignore[arg-type]


def _guarded_connect_ex(self: socket.socket, address: object) -> int:
    if not _is_local(address):
        raise OSError(f"test network guard: connection to {address!r} refused (tests stay local)")
    return _real_connect_ex(self, address)  # type: ignore[arg-type]


@pytest.fixture(autouse=True)
def _isolated_environment(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> Iterator[None]:
    """Every test gets its own cache dir, no token, no colour, no CI variables, and an endpoint
    on a closed local port unless it starts the fake Hub."""
    cache = tmp_path_factory.mktemp("cache")
    monkeypatch.setenv("LICENSE_GATE_CACHE_DIR", str(cache))
    monkeypatch.setenv("HF_ENDPOINT", "http://127.0.0.1:9")
    monkeypatch.setenv("HF_HUB_DISABLE_TELEMETRY", "1")
    for var in (
        "HF_TOKEN",
        "HUGGING_FACE_HUB_TOKEN",
        "HF_HUB_OFFLINE",
        "TRANSFORMERS_OFFLINE",
        "LICENSE_GATE_POLICY",
        "LICENSE_GATE_OFFLINE",
        "LICENSE_GATE_LOCKED",
        "LICENSE_GATE_FORMAT",
        "LICENSE_GATE_FAIL_ON",
        "LICENSE_GATE_WARN_ONLY",
        "LICENSE_GATE_TRUST_FROM",
        "LICENSE_GATE_NETWORK_BUDGET",
        "GITHUB_ACTIONS",
        "GITHUB_STEP_SUMMARY",
        "NO_COLOR",
        "PRE_COMMIT",
        "CI",  # CI runs set CI=true; tests that care set it themselves
    ):
        monkeypatch.delenv(var, raising=False)
    monkeypatch.setattr(socket.socket, "connect", _guarded_connect)
    monkeypatch.setattr(socket.socket, "connect_ex", _guarded_connect_ex)
    return
