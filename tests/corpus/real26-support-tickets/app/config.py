"""
Application configuration settings
"""
import os
from dotenv import load_dotenv
from pathlib import Path

env_path = Path('.') / '.env'
load_dotenv(dotenv_path=env_path)


class Config:
    """Configuration class for application settings"""

    APP_NAME = os.getenv("APP_NAME", "AI Support Ticket Manager")
    DEBUG = os.getenv("DEBUG", "False").lower() == "true"
    ENVIRONMENT = os.getenv("ENVIRONMENT", "development")

    # Postgres settings
    POSTGRES_HOST = os.getenv("POSTGRES_HOST", "localhost")
    POSTGRES_PORT = int(os.getenv("POSTGRES_PORT", 5432))
    POSTGRES_DATABASE = os.getenv("POSTGRES_DATABASE", "ticket_system")

    # Redis settings
    REDIS_HOST = os.getenv("REDIS_HOST", "localhost")
    REDIS_PORT = int(os.getenv("REDIS_PORT", 6379))

    # Model settings
    MODEL_PATH = os.getenv("MODEL_PATH", "./models/saved/bert_classifier.pt")
    MODEL_VERSION = os.getenv("MODEL_VERSION", "1.0")
    MAX_SEQUENCE_LENGTH = int(os.getenv("MAX_SEQUENCE_LENGTH", 128))
    BATCH_SIZE = int(os.getenv("BATCH_SIZE", 32))

    # Celery settings
    CELERY_BROKER_URL = os.getenv("CELERY_BROKER_URL", f"redis://{REDIS_HOST}:{REDIS_PORT}/0")

    # Email settings
    EMAIL_HOST = os.getenv("EMAIL_HOST", "smtp.gmail.com")
    EMAIL_PORT = int(os.getenv("EMAIL_PORT", 587))

    TICKET_CATEGORIES = ["Technical", "Billing", "Account", "Feedback", "General"]
    URGENCY_LEVELS = ["Critical", "High", "Medium", "Low"]

    # Logging settings
    LOG_LEVEL = os.getenv("LOG_LEVEL", "INFO")
    LOG_FILE = os.getenv("LOG_FILE", "logs/app.log")

    @classmethod
    def get_db_uri(cls):
        return f"postgresql+psycopg2://{cls.POSTGRES_HOST}:{cls.POSTGRES_PORT}/{cls.POSTGRES_DATABASE}"
