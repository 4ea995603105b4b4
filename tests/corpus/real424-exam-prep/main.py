#!/usr/bin/env python3
"""
Exam Preparation Question Generator - Llama-Based Study Tool
Creates practice questions based on course materials
Author: Pranay M
"""

import ollama
from rich.console import Console
from rich.panel import Panel
from rich.table import Table
from rich.prompt import Prompt, IntPrompt
from rich.markdown import Markdown
import json
from typing import List

console = Console()

QUESTION_TYPES = ["Multiple Choice", "True/False", "Short Answer", "Essay",
                  "Fill in the Blank", "Matching", "Problem Solving", "Case Analysis"]

BLOOM_LEVELS = ["Remember", "Understand", "Apply", "Analyze", "Evaluate", "Create"]


class ExamQuestionGenerator:
    def __init__(self, model: str = "llama3.2"):
        self.model = model
        self.question_bank = []
        self.quiz_history = []
    
    def generate_questions(self, content: str, num_questions: int = 5, 
                          question_type: str = "Mixed", difficulty: str = "medium") -> dict:
        prompt = f"""Generate exam practice questions from this content.

Content:
{content}

Number of Questions: {num_questions}
Question Type: {question_type}
Difficulty: {difficulty}

Return JSON:
{{
    "topic": "main topic covered",
    "difficulty": "{difficulty}",
    "questions": [
        {{
            "id": 1,
            "type": "question type",
            "bloom_level": "cognitive level",
            "question": "question text",
            "options": ["A) option", "B) option", "C) option", "D) option"],
            "correct_answer": "A",
            "explanation": "why this is correct",
            "common_mistakes": ["wrong answers students pick"],
            "hint": "helpful hint",
            "points": 10
        }}
    ],
    "total_points": 50,
    "time_estimate": "minutes to complete",
    "study_tips": ["tips based on question topics"]
}}"""

        response = ollama.chat(model=self.model, messages=[{"role": "user", "content": prompt}])
        result = self._parse_json(response['message']['content'])
        self.question_bank.extend(result.get('questions', []))
        return result
