"""
Configuration management for MCP Memory Server
"""

import os
import yaml
from pathlib import Path
from typing import Dict, Any, Optional, List
from dataclasses import dataclass, field
from pydantic import BaseModel, Field


class ServerConfig(BaseModel):
    """Server configuration"""
    name: str = "MCP Memory Server"
    version: str = "2.0.0"
    host: str = "localhost"
    port: int = 8000
    mode: str = "universal"  # universal, mcp_only, http_only
    debug: bool = False


class EnvironmentConfig(BaseModel):
    """Environment configuration"""
    name: str = "development"  # development, staging, production
    log_level: str = "INFO"
    enable_metrics: bool = True
    enable_health_checks: bool = True


class MemoryConfig(BaseModel):
    """Memory configuration"""
    storage: str = "mongodb"  # mongodb, postgresql, sqlite
    auto_save: bool = True
    ml_triggers: bool = True
    trigger_threshold: float = 0.7
    min_text_length: int = 10
    max_text_length: int = 10000
    default_project: str = "default"
    retention_days: int = 365


class DatabaseConfig(BaseModel):
    """Database configuration"""
    mongodb: Dict[str, Any] = Field(default_factory=lambda: {
        "uri": "mongodb://localhost:27017",
        "database": "mcp_memory",
        "collection": "memories",
        "max_pool_size": 10,
        "min_pool_size": 1,
        "max_idle_time_ms": 30000,
        "server_selection_timeout_ms": 5000
    })


class EmbeddingConfig(BaseModel):
    """Embedding configuration"""
    provider: str = "sentence_transformers"  # sentence_transformers, huggingface
    model_name: str = "all-MiniLM-L6-v2"
    model_cache_dir: str = "./models"
    device: str = "cpu"  # cpu, cuda, mps
    max_text_length: int = 512
    normalize_embeddings: bool = True


class MLTriggersConfig(BaseModel):
    """ML Triggers configuration"""
    enabled: bool = True
    model_path: str = "./models/trigger_model.pkl"
    confidence_threshold: float = 0.7  # Main ML confidence threshold (70%)
    trigger_threshold: float = 0.3    # General trigger threshold (15%)
    similarity_threshold: float = 0.5  # Similarity threshold for searches
    memory_threshold: float = 0.7      # Memory importance threshold
    semantic_threshold: float = 0.8    # Semantic similarity threshold
    retrain_interval_hours: int = 24
    
    # ML Model Configuration
    model_type: str = "huggingface"
    huggingface_model_name: str = "PiGrieco/mcp-memory-auto-trigger-model"
    ml_trigger_mode: str = "hybrid"    # hybrid, ml_only, rules_only
    preload_model: bool = True
    
    # Continuous Learning
    training_enabled: bool = True
    retrain_interval: int = 50         # Retrain after N samples
    feature_extraction_timeout: float = 5.0
    max_conversation_history: int = 10
    user_behavior_tracking: bool = True
    behavior_history_limit: int = 1000


class SecurityConfig(BaseModel):
    """Security configuration"""
    enable_auth: bool = False
    jwt_secret: str = "your-secret-key"
    api_key_required: bool = False
    cors_origins: List[str] = Field(default_factory=lambda: ["*"])


class PlatformConfig(BaseModel):
    """Platform-specific configuration"""
    name: str = "Platform"
    auto_trigger: bool = True
    ide_integration: bool = False
    code_analysis: bool = False
    file_watching: bool = False
    conversation_mode: bool = False
    context_integration: bool = False
    api_enabled: bool = False
    webhook_support: bool = False
    supported_languages: List[str] = Field(default_factory=list)
    max_context_length: int = 4000
