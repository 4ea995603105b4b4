"""
Together AI API client for enhancing emotional expression in letters.
"""
import os
import asyncio
from typing import Dict, Optional, Any
import aiohttp
import json
import logging

logger = logging.getLogger(__name__)

class TogetherClient:
    """Together AI API client for enhancing emotional expression in letters."""
    
    def __init__(self):
        """環境変数からAPIキーを取得してTogetherクライアントを初期化"""
        self.api_key = os.getenv("TOGETHER_API_KEY")
        if not self.api_key:
            raise ValueError("TOGETHER_API_KEY environment variable is required")
        
        self.base_url = "https://api.together.xyz/v1/chat/completions"
        self.model = "meta-llama/Llama-2-70b-chat-hf"
        self.max_retries = 3
        self.retry_delay = 1.0
