"""Settings for the forecast API, read from the environment and an optional .env file."""

import logging
import os

from pydantic_settings import BaseSettings, SettingsConfigDict


class Settings(BaseSettings):
    model_config = SettingsConfigDict(
        env_file=os.path.join(os.path.dirname(__file__), "..", "..", ".env"),
        env_file_encoding="utf-8",
        extra="ignore",
    )

    API_SECRET_KEY: str = "default_secret_key_please_change"
    LOG_LEVEL: str = "INFO"
    API_PORT: int = 8000
    API_HOST: str = "0.0.0.0"
    ENVIRONMENT: str = "development"

    CORS_ALLOWED_ORIGINS: str = "http://localhost:8080,http://localhost:3000"
    RATE_LIMIT_ENABLED: bool = True
    RATE_LIMIT_STORAGE_URI: str = "memory://"

    # TimesFM-2.0 defaults (overridable per environment)
    TIMESFM20_DEFAULT_BACKEND: str = "cpu"
    TIMESFM20_DEFAULT_CONTEXT_LEN: int = 64
    TIMESFM20_DEFAULT_HORIZON_LEN: int = 24
    TIMESFM20_DEFAULT_CHECKPOINT: str | None = "google/timesfm-2.0-500m-pytorch"  # HF checkpoint
    TIMESFM20_DEFAULT_LOCAL_PATH: str | None = None  # relative to forecast/models/timesfm20/local/
    TIMESFM20_DEFAULT_MLFLOW_NAME: str | None = "timesfm20-production"
    TIMESFM20_DEFAULT_MLFLOW_STAGE: str = "Production"

    def cors_origins(self) -> list[str]:
        return [o.strip() for o in self.CORS_ALLOWED_ORIGINS.split(",") if o.strip()]


settings = Settings()

_level = getattr(logging, settings.LOG_LEVEL.upper(), logging.INFO)
logging.basicConfig(level=_level, format="%(asctime)s | %(levelname)-8s | %(name)s | %(message)s")
logging.getLogger("huggingface_hub").setLevel(max(_level, logging.INFO))
logging.getLogger("mlflow.tracking").setLevel(max(_level, logging.WARNING))

log = logging.getLogger(__name__)
log.info("TimesFM context=%s horizon=%s", settings.TIMESFM20_DEFAULT_CONTEXT_LEN, settings.TIMESFM20_DEFAULT_HORIZON_LEN)
