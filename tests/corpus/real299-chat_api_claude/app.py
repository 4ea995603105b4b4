import os, streamlit as st, anthropic, base64, warnings, re, json, html, io, hashlib, logging
from pathlib import Path
from streamlit.components.v1 import html as st_html
from datetime import datetime, timedelta
import PyPDF2
import extra_streamlit_components as stx

warnings.filterwarnings('ignore')

# ============ LOGGING SETUP ============
logging.basicConfig(
    level=logging.INFO,
    format='[%(asctime)s] %(levelname)s - %(funcName)s: %(message)s',
    datefmt='%Y-%m-%d %H:%M:%S'
)
logger = logging.getLogger(__name__)

# Silence noisy third-party loggers (httpx, httpcore, anthropic internals)
for _lib in ("httpx", "httpcore", "anthropic"):
    logging.getLogger(_lib).setLevel(logging.WARNING)
st.set_page_config(page_title="Claude Chat", page_icon="🤖", layout="wide")

# ============ CONSTANTS ============

APP_VERSION = "1.2.0"
COOKIE_NAME = "claude_chat_auth"
COOKIE_EXPIRY_DAYS = 2  # 48 hours
DEFAULT_MODEL = "claude-haiku-4-5-20251001"
MAX_FILE_SIZE = 10 * 1024 * 1024  # 10 MB
MERMAID_PATTERN = r'```mermaid\s*\n(.*?)```'       # for re.findall — extracts diagram content
MERMAID_SPLIT_PATTERN = r'```mermaid\s*\n.*?```'   # for re.split  — splits text around blocks

# Startup log — visible in Streamlit Cloud logs
logger.info(f"🚀 Loading Claude Chat v{APP_VERSION} | Default model: {DEFAULT_MODEL}")

# ============ COOKIE-BASED PERSISTENT AUTHENTICATION (48h) ============

def get_cookie_manager():
    """Returns a singleton cookie manager instance."""
    return stx.CookieManager(key="cookie_manager_singleton")


def generate_auth_token(password: str) -> str:
    """
    Generates a deterministic auth token from the password + a secret salt.
    This token is stored in the cookie to validate future sessions.
    """
    salt = st.secrets.get("COOKIE_SECRET", "claude-chat-default-salt-change-me")
    raw = f"{password}:{salt}:claude-chat-persistent"
    return hashlib.sha256(raw.encode()).hexdigest()


def check_password():
    """
    Returns True if the user is authenticated.
    Authentication persists for 48h via a browser cookie.
    """
    # 1) Check in-memory session first (fastest path)
    #    IMPORTANT: return BEFORE creating CookieManager component.
    #    The CookieManager is a React component that triggers a Streamlit
    #    rerun ~1s after mounting, which kills any active streaming generator.
    if st.session_state.get("authenticated"):
        logger.info("✅ User already authenticated in session")
        return True

    # 2) Only create CookieManager when we actually need it (not yet authenticated)
    cookie_manager = get_cookie_manager()

    # 3) Check cookie for persisted session
    auth_cookie = cookie_manager.get(COOKIE_NAME)
    logger.info(f"Cookie retrieved: {auth_cookie is not None}")

    if auth_cookie is not None:
        try:
            # CookieManager may return a dict or a JSON string depending on version
            cookie_data = auth_cookie if isinstance(auth_cookie, dict) else json.loads(auth_cookie)
            stored_token = cookie_data.get("token", "")
            expiry_str = cookie_data.get("expiry", "")
            logger.debug(f"Cookie parsed successfully | Expiry: {expiry_str}")

            if expiry_str:
                expiry_dt = datetime.fromisoformat(expiry_str)
                if datetime.now() < expiry_dt:
                    # Validate the token against the current password
                    correct_password = st.secrets.get("PWD", "")
                    expected_token = generate_auth_token(correct_password)

                    if stored_token == expected_token:
                        st.session_state.authenticated = True
                        logger.info("✅ User authenticated via valid cookie")
                        return True
                else:
                    logger.debug("❌ Cookie expired")

            # Cookie expired or invalid — remove it
            logger.info("Removing invalid/expired cookie")
            cookie_manager.delete(COOKIE_NAME)
        except (json.JSONDecodeError, ValueError, KeyError) as e:
            # Malformed cookie — remove it
            logger.warning(f"⚠️ Cookie parsing error: {e}")
            cookie_manager.delete(COOKIE_NAME)

    # 4) Not authenticated — show login form
    st.title("🔐 Authentication Required")
    password = st.text_input("Enter password:", type="password", key="password_input")

    if st.button("Login", type="primary"):
        try:
            correct_password = st.secrets.get("PWD", "")
            if password == correct_password and password != "":
                # Generate token and set cookie for 48h
                token = generate_auth_token(password)
                expiry = datetime.now() + timedelta(days=COOKIE_EXPIRY_DAYS)
                cookie_value = json.dumps({
                    "token": token,
                    "expiry": expiry.isoformat()
                })
                cookie_manager.set(
                    COOKIE_NAME,
                    cookie_value,
                    expires_at=expiry,
                    key="set_auth_cookie"
                )
                st.session_state.authenticated = True
                st.rerun()
            else:
                st.error("⛔ Unauthorized access. Invalid password.")
        except Exception as e:
            st.error(f"⛔ Configuration error: {str(e)}")

    return False


# Check password BEFORE any API initialization
if not check_password():
    st.stop()

# ============ REST OF THE APPLICATION ============

class APIError(Exception):
    """Custom API error class"""
    pass

class ClaudeAPI:
    MODELS = {
        "claude-opus-4-8": "Claude Opus 4.8 (Most Intelligent)",
        "claude-sonnet-4-6": "Claude Sonnet 4.6 (Best Speed/Intelligence)",
        "claude-haiku-4-5-20251001": "Claude Haiku 4.5 (Fastest)",
    }

    MODEL_MAX_TOKENS = {
        "claude-opus-4-8": 128000,
        "claude-sonnet-4-6": 64000,
        "claude-haiku-4-5-20251001": 64000,
    }

    # Newer reasoning models (4.7+) use adaptive thinking and reject the
    # `temperature` parameter — sending it returns a 400 error.
    MODELS_NO_TEMPERATURE = {
        "claude-opus-4-8",
        "claude-opus-4-7",
    }

    # Models that accept the `effort` parameter (sent as output_config.effort),
    # mapped to the effort levels each one supports. `max` is Opus-tier only.
    MODEL_EFFORT_LEVELS = {
        "claude-opus-4-8": ["low", "medium", "high", "max"],
    }
    DEFAULT_EFFORT = "high"  # API default; good balance of quality vs. cost
