"""Single source of truth for the forecast models that are wired up.

Both the forecast service (GET /models) and the orchestrator (model_id -> base URL)
read this table. Each container pins one model through MODEL_VARIANT.

Adding a model:
  1. add a row to WORKING_MODELS (HuggingFace id, family, container, host port);
  2. add a matching service to docker-compose.yml with the same MODEL_VARIANT;
  3. for a new family, add forecast/models/{family}/.
"""

from __future__ import annotations

import os
from dataclasses import asdict, dataclass

from .errors import ErrorCode, ValidationError
from .model_family import ModelFamily

INTERNAL_PORT = 8000


@dataclass(frozen=True)
class ModelInfo:
    model_id: str  # HuggingFace ID, e.g. "amazon/chronos-t5-tiny"
    family: ModelFamily
    container: str
    port: int
    status: str = "working"
    notes: str = ""

    @property
    def base_url(self) -> str:
        template = os.getenv("FORECAST_BASE_URL_TEMPLATE", "http://{container}:{port}")
        return template.format(container=self.container, port=INTERNAL_PORT)

    @property
    def forecast_path(self) -> str:
        return f"/forecast/v1/{self.family.route_suffix}/forecast"


WORKING_MODELS: list[ModelInfo] = [
    ModelInfo("amazon/chronos-t5-tiny", ModelFamily.CHRONOS, "forecast-chronos-t5-tiny", 12710),
    ModelInfo("amazon/chronos-t5-mini", ModelFamily.CHRONOS, "forecast-chronos-t5-mini", 12711),
    ModelInfo("amazon/chronos-t5-small", ModelFamily.CHRONOS, "forecast-chronos-t5-small", 12712),
    ModelInfo("amazon/chronos-t5-base", ModelFamily.CHRONOS, "forecast-chronos-t5-base", 12713),
    ModelInfo("amazon/chronos-t5-large", ModelFamily.CHRONOS, "forecast-chronos-t5-large", 12714),
    ModelInfo(
        "google/timesfm-2.0-500m-pytorch",
        ModelFamily.TIMESFM,
        "forecast-timesfm-2-0",
        12721,
    ),
]


class UnknownModelError(ValidationError):
    def __init__(self, message: str, details: dict | None = None):
        super().__init__(message, details=details)
        self.error_code = ErrorCode.INVALID_MODEL


def by_id(model_id: str) -> ModelInfo | None:
    return next((m for m in WORKING_MODELS if m.model_id == model_id), None)


def require(model_id: str) -> ModelInfo:
    info = by_id(model_id)
    if info is None:
        known = ", ".join(m.model_id for m in WORKING_MODELS)
        raise UnknownModelError(f"model_id={model_id!r} not registered. Known: {known}")
    return info


def as_dicts() -> list[dict]:
    rows = []
    for m in WORKING_MODELS:
        d = asdict(m)
        d["family"] = m.family.value
        d["base_url"] = m.base_url
        rows.append(d)
    return rows
