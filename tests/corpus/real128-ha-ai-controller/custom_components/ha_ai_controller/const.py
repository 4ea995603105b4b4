"""Constants for the Home Assistant AI Controller integration."""

DOMAIN = "ha_ai_controller"
EVENT_AI_ACTION = f"{DOMAIN}_action"
EVENT_AI_ERROR = f"{DOMAIN}_error"

CONF_MODEL = "model"
DEFAULT_MODEL = "claude-3-sonnet-20240229"
