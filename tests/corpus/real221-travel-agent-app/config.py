# Configuration file for travel agent app

# Model configuration
MODEL_NAME = "gemini-2.5-flash"

# Logging configuration
LOG_LEVEL = "INFO"
LOG_FORMAT = "%(asctime)s - %(name)s - %(levelname)s - [%(filename)s:%(lineno)d] - %(message)s"
LOG_FILE = "travel_agent.log"
