"""
AI Service - Analyze GitHub issues using LLM
"""

import os
import json
from typing import Dict, Any
from langchain_openai import ChatOpenAI
from langchain.prompts import ChatPromptTemplate
from pydantic import BaseModel, Field, SecretStr


# Define IssueAnalysis model here to avoid circular imports
class IssueAnalysis(BaseModel):
    """Response model for issue analysis"""
    summary: str = Field(..., description="One-sentence summary of the issue")
    type: str = Field(..., description="Issue type: bug, feature_request, documentation, question, or other")
    priority_score: str = Field(..., description="Priority score from 1-5 with justification")
    suggested_labels: list[str] = Field(..., description="2-3 relevant labels")
    potential_impact: str = Field(..., description="Potential impact on users")


# Initialize LLM
def get_llm():
    """Initialize and return OpenAI LLM"""
    api_key = os.getenv("OPENAI_API_KEY")
    if not api_key:
        raise ValueError(
            "OPENAI_API_KEY not found in environment variables. "
            "Please add it to your .env file."
        )
    
    return ChatOpenAI(
        model="gpt-4o-mini",  # Using GPT-4 for best results
        temperature=0.3,  # Lower temperature for more consistent outputs
        api_key=SecretStr(api_key)
    )


def create_analysis_prompt() -> ChatPromptTemplate:
    """
    Create a comprehensive prompt for issue analysis
    Uses few-shot prompting for better results
    """
    
    prompt_template = """You are an expert software engineer and project manager analyzing GitHub issues. Your task is to provide a structured analysis of the given issue.

**Issue Information:**
Repository: {repo_owner}/{repo_name}
Issue #{issue_number}: {title}
