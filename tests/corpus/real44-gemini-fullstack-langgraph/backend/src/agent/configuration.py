import os
from typing import Any, Optional

from langchain_core.runnables import RunnableConfig
from pydantic import BaseModel, Field


class Configuration(BaseModel):
    """The configuration for the agent."""

    query_generator_model: str = Field(
        default="gemini-2.0-flash",
        metadata={"description": "Language model used for query generation."},
    )

    reflection_model: str = Field(
        default="google/gemini-2.5-pro-preview",
        metadata={"description": "Language model used for reflection."},
    )

    answer_model: str = Field(
        default="google/gemini-2.5-pro-preview",
        metadata={"description": "Language model used for the final answer."},
    )

    number_of_initial_queries: int = Field(default=3)
    max_research_loops: int = Field(default=2)

    @classmethod
    def from_runnable_config(cls, config: Optional[RunnableConfig] = None) -> "Configuration":
        configurable = config["configurable"] if config and "configurable" in config else {}
        raw: dict[str, Any] = {
            name: os.environ.get(name.upper(), configurable.get(name)) for name in cls.model_fields
        }
        return cls(**{k: v for k, v in raw.items() if v is not None})
