from fastapi import FastAPI, HTTPException
from fastapi.responses import StreamingResponse, JSONResponse
from fastapi.middleware.cors import CORSMiddleware
from pydantic import BaseModel, Field
from typing import List, Optional, Dict, Any
import asyncio
import json
import g4f
from datetime import datetime
import uuid

app = FastAPI(
    title="Free AI API - Claude Sonnet Alternative",
    description="FastAPI with Multiple Free AI Providers - No API Key Required!",
    version="2.0.0"
)

# CORS middleware
app.add_middleware(
    CORSMiddleware,
    allow_origins=["*"],
    allow_credentials=True,
    allow_methods=["*"],
    allow_headers=["*"],
)

# Pydantic models
class Message(BaseModel):
    role: str = Field(..., description="Role: 'user' or 'assistant'")
    content: str = Field(..., description="Message content")

class ChatRequest(BaseModel):
    messages: List[Message] = Field(..., description="List of messages")
    model: Optional[str] = Field(default="gpt-4", description="Model name")
    max_tokens: Optional[int] = Field(default=4096, description="Max tokens")
    temperature: Optional[float] = Field(default=0.7, ge=0.0, le=2.0)
    stream: Optional[bool] = Field(default=False, description="Enable streaming")
    provider: Optional[str] = Field(default="auto", description="AI provider")

class ChatResponse(BaseModel):
    id: str
    model: str
    role: str
    content: str
    provider: str
    usage: Dict[str, int]

# Available providers configuration
AVAILABLE_PROVIDERS = {
    "auto": None,  # Auto-select best available
    "bing": g4f.Provider.Bing,
    "you": g4f.Provider.You,
    "phind": g4f.Provider.Phind,
    "deepinfra": g4f.Provider.DeepInfra,
    "blackbox": g4f.Provider.Blackbox,
}

def get_provider(provider_name: str):
    """Get provider object or auto-select"""
    if provider_name == "auto" or provider_name not in AVAILABLE_PROVIDERS:
        return None  # Let g4f auto-select
    return AVAILABLE_PROVIDERS[provider_name]
