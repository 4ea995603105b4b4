"""TiRex service: load once per process, then answer forecasts."""

import logging
import os
import threading
import time
from typing import Any, Dict, List, Optional

import torch

try:
    from tirex import load_model
except ImportError:  # image build stage
    load_model = None

log = logging.getLogger(__name__)

_state: Dict[str, Any] = {"model": None, "status": "uninitialized", "variant": None, "device": "cpu"}
_lock = threading.Lock()


class ModelInitializationError(Exception):
    pass


def initialize_model(model_variant: Optional[str] = None, device: Optional[str] = None) -> None:
    """Load TiRex from the HuggingFace cache.

    Args:
        model_variant: model identifier (e.g. 'NX-AI/TiRex'); falls back to MODEL_VARIANT.
        device: 'cpu', 'cuda' or 'mps'.
    """
    if load_model is None:
        raise ModelInitializationError("tirex is not installed")

    if model_variant is None:
        model_variant = os.getenv("MODEL_VARIANT", "NX-AI/TiRex")
    device = device or os.getenv("DEVICE", "cpu")

    started = time.time()
    log.info("loading %s on %s (HF_HOME=%s)", model_variant, device, os.getenv("HF_HOME", "default"))
    try:
        mdl = load_model(model_variant).to(device)
    except Exception as exc:
        with _lock:
            _state.update(status="error", model=None)
        raise ModelInitializationError(str(exc)) from exc

    with _lock:
        _state.update(model=mdl, status="ready", variant=model_variant, device=device)
    log.info("TiRex ready in %.2fs", time.time() - started)


def run_inference(context: List[float], prediction_length: int) -> Dict[str, Any]:
    with _lock:
        mdl = _state["model"]
        if _state["status"] != "ready" or mdl is None:
            raise RuntimeError("model not initialized")
    series = torch.tensor([context], dtype=torch.float32).to(_state["device"])
    _quantiles, mean = mdl.forecast(series, prediction_length=prediction_length)
    return {
        "point_forecast": mean.cpu().numpy()[0].tolist(),
        "metadata": {"model_variant": _state["variant"], "context_length": len(context)},
    }
