import time
import os
import json

from typing import List, Dict, Any, Optional
from dotenv import load_dotenv
from groq import Groq
from pydantic import BaseModel
from transformers import AutoTokenizer, AutoModelForCausalLM, pipeline
from json import JSONDecodeError
from .errors import ToolError, ValidationError, EmptyModelOutput
from .prompts import LOCAL_MEDICAL_PROMPT, API_MEDICAL_PROMPT
from .tools import TOOLS
from .dispatcher import execute_tool
from .rag import get_rag_service
from .app_logging import logger


MAX_CONTEXT_TOKENS = 2000
CHARS_PER_TOKEN = 4
MAX_CONTEXT_CHARS = MAX_CONTEXT_TOKENS * CHARS_PER_TOKEN


class ChatMessage(BaseModel):
    role: str
    content: str


load_dotenv()

MODEL_NAME = os.getenv("MODEL_NAME")
LOCAL_MODEL_NAME = "EleutherAI/gpt-neo-125M"

client = Groq(api_key=os.getenv("GROQ_API_KEY"))
logger.info("[INFO] INITIALIZED CLIENT")

tokenizer = AutoTokenizer.from_pretrained(LOCAL_MODEL_NAME)
model = AutoModelForCausalLM.from_pretrained(LOCAL_MODEL_NAME)
local_gen = pipeline(
    "text-generation",
    model=model,
    tokenizer=tokenizer,
    device=-1
)

rag = get_rag_service()
