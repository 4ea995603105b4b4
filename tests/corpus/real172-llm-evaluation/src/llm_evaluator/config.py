"""
External configuration management with Pydantic

Enterprise-grade configuration with validation, type safety, and environment support
"""

from pathlib import Path
from typing import Literal, Optional

try:
    from pydantic import Field, field_validator
    from pydantic_settings import BaseSettings

    PYDANTIC_V2 = True
except ImportError:
    try:
        from pydantic import BaseSettings, Field  # type: ignore[no-redef]
        from pydantic import validator as field_validator  # type: ignore[no-redef]

        PYDANTIC_V2 = False
    except ImportError:
        raise ImportError(
            "Config requires pydantic-settings package. "
            "Install with: pip install pydantic-settings"
        )


class EvaluatorConfig(BaseSettings):
    """
    Main evaluator configuration settings

    Loads from environment variables or .env file
    """

    # Model Configuration
    default_model: str = Field(default="llama3.2:1b", description="Default LLM model to evaluate")

    default_provider: Literal["ollama", "openai", "anthropic"] = Field(
        default="ollama", description="Default LLM provider"
    )

    # Generation Settings
    default_temperature: float = Field(
        default=0.7, ge=0.0, le=2.0, description="Default temperature for generation"
    )

    default_max_tokens: int = Field(
        default=500, gt=0, description="Default max tokens per response"
    )

    default_timeout: int = Field(default=30, gt=0, description="Default timeout in seconds")

    default_retry_attempts: int = Field(
        default=3, ge=1, le=10, description="Default number of retry attempts"
    )

    # Evaluation Settings
    performance_samples: int = Field(
        default=10, gt=0, description="Number of samples for performance evaluation"
    )

    # Logging
    log_level: Literal["DEBUG", "INFO", "WARNING", "ERROR"] = Field(
        default="INFO", description="Logging level"
    )

    log_file: Optional[Path] = Field(
        default=None, description="Log file path (None for console only)"
    )

    # Output Settings
    output_dir: Path = Field(
        default=Path("outputs"),
        description="Default output directory for reports and visualizations",
    )
