import json
import time
import os
from typing import Dict, Any, Optional
import httpx
from utils import app_logger


class LLMService:
    def __init__(self):
        self.openai_api_key = os.getenv("OPENAI_API_KEY")
        self.anthropic_api_key = os.getenv("ANTHROPIC_API_KEY")
        self.ollama_base_url = os.getenv("OLLAMA_BASE_URL",
                                         "http://localhost:11434")
    
    async def generate_meal_plan(self, prompt: str,
                                 config: Dict[str, Any]) -> Dict[str, Any]:
        """Generate meal plan using specified LLM provider"""
        provider = config.get("llm_provider", "openai").lower()
        
        start_time = time.time()
        
        try:
            if provider == "openai":
                result = await self._generate_with_openai(prompt, config)
            elif provider == "anthropic":
                result = await self._generate_with_anthropic(prompt, config)
            elif provider == "ollama":
                result = await self._generate_with_ollama(prompt, config)
            else:
                raise ValueError(f"Unsupported LLM provider: {provider}")
            
            generation_time = time.time() - start_time
            
            return {
                "success": True,
                "data": result,
                "generation_time": generation_time,
                "provider": provider,
                "model": config.get("model_name", "unknown")
            }
            
        except Exception as e:
            app_logger.exceptionlogs(f"Error in generate_meal_plan with {provider}: {e}")
            return {
                "success": False,
                "error": str(e),
                "generation_time": time.time() - start_time,
                "provider": provider
            }
    
    async def _generate_with_openai(self, prompt: str, config: Dict[str, Any]) -> Dict[str, Any]:
        """Generate meal plan using OpenAI GPT"""
        if not self.openai_api_key:
            raise ValueError("OpenAI API key not configured")
        
        headers = {
            "Authorization": f"Bearer {self.openai_api_key}",
            "Content-Type": "application/json"
        }
        
        payload = {
            "model": config.get("model_name", "gpt-4"),
            "messages": [
                {
                    "role": "system",
                    "content": "You are a professional nutritionist and meal planning expert. Always respond with valid JSON format."
                },
                {
                    "role": "user",
                    "content": prompt
                }
            ],
            "temperature": config.get("temperature", 0.7),
            "max_tokens": config.get("max_tokens", 4000),
            "response_format": {"type": "json_object"}
        }
        
        async with httpx.AsyncClient(timeout=60.0) as client:
            response = await client.post(
                "https://api.openai.com/v1/chat/completions",
                headers=headers,
                json=payload
            )
            
            if response.status_code != 200:
                raise Exception(f"OpenAI API error: {response.status_code} - {response.text}")
            
            result = response.json()
            content = result["choices"][0]["message"]["content"]
            
            try:
                return json.loads(content)
            except json.JSONDecodeError as e:
                app_logger.exceptionlogs(f"Failed to parse OpenAI JSON response: {e}")
                raise Exception("Invalid JSON response from OpenAI")
    
    async def _generate_with_anthropic(self, prompt: str, config: Dict[str, Any]) -> Dict[str, Any]:
        """Generate meal plan using Anthropic Claude"""
        if not self.anthropic_api_key:
            raise ValueError("Anthropic API key not configured")
        
        headers = {
            "x-api-key": self.anthropic_api_key,
            "Content-Type": "application/json",
            "anthropic-version": "2023-06-01"
        }
        
        payload = {
            "model": config.get("model_name", "claude-3-sonnet-20240229"),
            "max_tokens": config.get("max_tokens", 4000),
            "temperature": config.get("temperature", 0.7),
            "messages": [
                {
                    "role": "user",
                    "content": f"You are a professional nutritionist. Respond only with valid JSON format.\n\n{prompt}"
                }
            ]
        }
        
        async with httpx.AsyncClient(timeout=60.0) as client:
            response = await client.post(
                "https://api.anthropic.com/v1/messages",
                headers=headers,
                json=payload
            )
            
            if response.status_code != 200:
                raise Exception(f"Anthropic API error: {response.status_code} - {response.text}")
            
            result = response.json()
            content = result["content"][0]["text"]
            
            try:
                return json.loads(content)
            except json.JSONDecodeError as e:
                app_logger.exceptionlogs(f"Failed to parse Anthropic JSON response: {e}")
                raise Exception("Invalid JSON response from Anthropic")
    
    async def _generate_with_ollama(self, prompt: str, config: Dict[str, Any]) -> Dict[str, Any]:
        """Generate meal plan using Ollama (local LLM)"""
        payload = {
            "model": config.get("model_name", "llama3.1:70b"),
            "prompt": f"You are a professional nutritionist. Respond only with valid JSON format.\n\n{prompt}",
            "stream": False,
            "options": {
                "temperature": config.get("temperature", 0.7),
                "num_predict": config.get("max_tokens", 4000)
            }
        }
        
        async with httpx.AsyncClient(timeout=120.0) as client:
            response = await client.post(
                f"{self.ollama_base_url}/api/generate",
                json=payload
            )
            
            if response.status_code != 200:
                raise Exception(f"Ollama API error: {response.status_code} - {response.text}")
            
            result = response.json()
            content = result["response"]
            
            # Try to extract JSON from the response
            try:
                # Sometimes Ollama includes extra text, try to find JSON
                start_idx = content.find('{')
                end_idx = content.rfind('}') + 1
                if start_idx != -1 and end_idx != -1:
                    json_content = content[start_idx:end_idx]
                    return json.loads(json_content)
                else:
                    return json.loads(content)
            except json.JSONDecodeError as e:
                app_logger.exceptionlogs(f"Failed to parse Ollama JSON response: {e}")
                raise Exception("Invalid JSON response from Ollama")
