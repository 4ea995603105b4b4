# DEPENDENCIES
import os
from pathlib import Path
from pydantic import Field
from typing import Literal
from typing import Optional
from pydantic import field_validator
from pydantic_settings import BaseSettings


class Settings(BaseSettings):
    """
    Application-wide settings: primary configuration source
    """
    # Application Info
    APP_NAME               : str                                                = "AI Contract Risk Analyzer"
    APP_VERSION            : str                                                = "1.0.0"
    API_PREFIX             : str                                                = "/api/v1/"
    
    # Server Configuration
    HOST                   : str                                                = "0.0.0.0"
    PORT                   : int                                                = 8000
    RELOAD                 : bool                                               = True
    WORKERS                : int                                                = 1
    
    # CORS Settings
    CORS_ORIGINS           : list                                               = ["http://localhost:3000", "http://localhost:8000", "http://127.0.0.1:8000"]
    CORS_ALLOW_CREDENTIALS : bool                                               = True
    CORS_ALLOW_METHODS     : list                                               = ["*"]
    CORS_ALLOW_HEADERS     : list                                               = ["*"]
    
    # File Upload Settings
    MAX_UPLOAD_SIZE        : int                                                = 10 * 1024 * 1024  # 10 MB
    ALLOWED_EXTENSIONS     : list                                               = [".pdf", ".docx", ".txt"]
    UPLOAD_DIR             : Path                                               = Path("uploads")
    
    # Model Management Settings
    MODEL_CACHE_SIZE       : int                                                = 3     # Number of models to keep in memory
    MODEL_DOWNLOAD_TIMEOUT : int                                                = 1800  # 30 minutes
    USE_GPU                : bool                                               = True  # Automatically detect and use GPU if available

    # Environment Detection Settings
    IS_HUGGINGFACE_SPACE   : bool                                               = False  # Auto-detected
    IS_LOCAL               : bool                                               = True   # Auto-detected
    DEPLOYMENT_ENV         : Literal["local", "huggingface", "docker", "cloud"] = "local"

    # LLAMA.CPP Settings (For HF Spaces)
    LLAMA_CPP_ENABLED      : bool                                               = False  # Auto-enabled in HF Spaces
    LLAMA_CPP_MODEL_PATH   : Optional[Path]                                     = None   # Local path to GGUF model
    LLAMA_CPP_MODEL_REPO   : str                                                = "NousResearch/Hermes-2-Pro-Llama-3-8B-GGUF"
    LLAMA_CPP_MODEL_FILE   : str                                                = "Hermes-2-Pro-Llama-3-8B-GGUF.Q4_K_M.gguf"
    LLAMA_CPP_N_CTX        : int                                                = 4096   # Context window
    LLAMA_CPP_N_GPU_LAYERS : int                                                = -1     # -1 = all layers on GPU
    LLAMA_CPP_N_BATCH      : int                                                = 512    # Batch size for prompt processing
    LLAMA_CPP_N_THREADS    : int                                                = 4      # CPU threads (0 = auto)
    
    # Ollama Settings (For Local)
    OLLAMA_BASE_URL        : str                                                = "http://localhost:11434"
    OLLAMA_MODEL           : str                                                = "llama3:8b"
    OLLAMA_TIMEOUT         : int                                                = 300
    OLLAMA_TEMPERATURE     : float                                              = 0.1

    # External API Settings
    OPENAI_API_KEY         : Optional[str]                                      = None
    OPENAI_MODEL           : str                                                = "gpt-3.5-turbo"
    OPENAI_TIMEOUT         : int                                                = 30
    OPENAI_TEMPERATURE     : float                                              = 0.1
    OPENAI_MAX_TOKENS      : int                                                = 1024
    
    ANTHROPIC_API_KEY      : Optional[str]                                      = None
    ANTHROPIC_MODEL        : str                                                = "claude-3-haiku-20240307"
    ANTHROPIC_TIMEOUT      : int                                                = 30
    ANTHROPIC_TEMPERATURE  : float                                              = 0.1
    ANTHROPIC_MAX_TOKENS   : int                                                = 1024

    # Priority order for LLM providers
    LLM_PROVIDER_PRIORITY  : list                                               = ["llama_cpp", "ollama", "openai", "anthropic", ]
    
    # Which providers are available
    ENABLE_OLLAMA          : bool                                               = True
    ENABLE_LLAMA_CPP       : bool                                               = False  # Auto-enabled in HF Spaces
    ENABLE_OPENAI          : bool                                               = False
    ENABLE_ANTHROPIC       : bool                                               = False
    ENABLE_HF_INFERENCE    : bool                                               = False  # HuggingFace Inference API

    # Default provider (auto-selected based on environment)
    LLM_DEFAULT_PROVIDER   : str                                                = "llama_cpp"
    
    # Huggingface Inference Settings (Optional)
    HF_MODEL_ID            : Optional[str]                                      = None   # e.g. "meta-llama/Llama-2-7b-chat-hf"
    HF_API_TOKEN           : Optional[str]                                      = None   # HF token for gated models
    
    # LLM Generation Settings (Shared across providers)
    LLM_TEMPERATURE        : float                                              = 0.1    # Default for all providers
    LLM_MAX_TOKENS         : int                                                = 1024   # Default for all providers
    LLM_TOP_P              : float                                              = 0.95   # Default top-p sampling
    LLM_REPEAT_PENALTY     : float                                              = 1.1    # Default repeat penalty
    LLM_SYSTEM_PROMPT      : str                                                = "You are a helpful legal assistant specializing in contract analysis and risk assessment."
    
    # Analysis Limits
    MIN_CONTRACT_LENGTH    : int                                                = 300    # Minimum characters for valid contract
    MAX_CONTRACT_LENGTH    : int                                                = 500000 # Maximum characters (500KB text)
    MAX_CLAUSES_TO_ANALYZE : int                                                = 100
    
    # Logging Settings
    LOG_LEVEL              : str                                                = "INFO"
    LOG_FORMAT             : str                                                = "%(asctime)s - %(name)s - %(levelname)s - %(message)s"
    LOG_FILE               : Optional[Path]                                     = Path("logs/app.log")
    
    # Cache Settings
    ENABLE_CACHE           : bool                                               = True
    CACHE_TTL              : int                                                = 3600 # 1 hour
    CACHE_DIR              : Path                                               = Path("cache")
    
    # Model Cache Directory (for llama.cpp models)
    MODEL_CACHE_DIR        : Path                                               = Path("data/models")
    
    # Rate Limiting Settings
    RATE_LIMIT_ENABLED     : bool                                               = False
    RATE_LIMIT_REQUESTS    : int                                                = 10
    RATE_LIMIT_PERIOD      : int                                                = 60  # seconds
    

    class Config:
        env_file          = ".env"
        env_file_encoding = "utf-8"
        case_sensitive    = True
    

    @field_validator('IS_HUGGINGFACE_SPACE', 'IS_LOCAL', 'DEPLOYMENT_ENV', mode = 'before')
    def detect_environment(cls, v, info):
        """
        Auto-detect deployment environment
        """
        field_name = info.field_name
        
        if (field_name == 'IS_HUGGINGFACE_SPACE'):
            return bool(os.getenv('SPACE_ID'))
        
        elif (field_name == 'IS_LOCAL'):
            # Check if not in any container/cloud environment
            return not any([os.getenv('SPACE_ID'),
                            os.getenv('DOCKER_CONTAINER'),
                            os.getenv('KUBERNETES_SERVICE_HOST'),
                            os.getenv('AWS_EXECUTION_ENV')
                          ])
        
        elif (field_name == 'DEPLOYMENT_ENV'):
            if os.getenv('SPACE_ID'):
                return "huggingface"
            
            elif os.getenv('DOCKER_CONTAINER'):
                return "docker"
            
            elif os.getenv('KUBERNETES_SERVICE_HOST'):
                return "kubernetes"
            
            elif os.getenv('AWS_EXECUTION_ENV'):
                return "aws"
            
            else:
                return "local"
        
        return v
