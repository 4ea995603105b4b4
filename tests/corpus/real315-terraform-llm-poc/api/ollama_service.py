from fastapi import FastAPI, HTTPException, Depends
import uvicorn
import requests
import subprocess
import os
import json
import re
from typing import Dict, List, Optional, Any
from pydantic import BaseModel
from abc import ABC, abstractmethod

# Models - Single Responsibility Principle
class InfraRequest(BaseModel):
    description: str
    
class ClarificationRequest(BaseModel):
    question: str
    
class ClarificationResponse(BaseModel):
    answer: str

class RegenerateRequest(BaseModel):
    error_message: str

class TerraformCode(BaseModel):
    terraform_code: str
    needs_clarification: bool = False
    question: Optional[str] = None
    error: Optional[str] = None
    raw_response: Optional[str] = None

class ConversationState(BaseModel):
    current_description: str = ""
    needs_clarification: bool = False
    question: str = ""
    clarification_answers: List[Dict[str, str]] = []

# Repository interfaces - Dependency Inversion Principle
class IFileRepository(ABC):
    @abstractmethod
    def save_file(self, path: str, content: str) -> None:
        pass
    
    @abstractmethod
    def read_file(self, path: str) -> str:
        pass

# Concrete Repository Implementation
class FileSystemRepository(IFileRepository):
    def save_file(self, path: str, content: str) -> None:
        with open(path, "w") as f:
            f.write(content)
    
    def read_file(self, path: str) -> str:
        try:
            with open(path, "r") as f:
                return f.read()
        except FileNotFoundError:
            return ""

# Service interfaces - Dependency Inversion & Interface Segregation
class ILLMService(ABC):
    @abstractmethod
    def generate_code(self, prompt: str) -> str:
        pass

class ICodeExtractor(ABC):
    @abstractmethod
    def extract_json_from_response(self, response_text: str) -> Dict[str, Any]:
        pass
    
    @abstractmethod
    def extract_terraform_code(self, text: str) -> str:
        pass
    
    @abstractmethod
    def clean_terraform_code(self, code: str) -> str:
        pass

class ITerraformService(ABC):
    @abstractmethod
    def validate(self) -> Dict[str, Any]:
        pass
    
    @abstractmethod
    def deploy(self) -> Dict[str, Any]:
        pass

# Concrete Service Implementations
class OllamaLLMService(ILLMService):
    def __init__(self, model_name: str = "codellama"):
        self.model_name = model_name
    
    def generate_code(self, prompt: str) -> str:
        result = subprocess.run(
            ["ollama", "run", self.model_name, prompt],
            capture_output=True, text=True
        )
        return result.stdout
