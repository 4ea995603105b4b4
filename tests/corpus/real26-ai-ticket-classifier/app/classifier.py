"""
AI-powered ticket classifier using OpenAI GPT-4o-mini.
"""

import os
import json
from openai import OpenAI
from app.models import Ticket, Classification, UrgencyLevel, IntentType, ProductArea


CLASSIFICATION_PROMPT = """You are an expert customer support ticket classifier for a B2B SaaS platform.

Classify the ticket by urgency (critical|high|medium|low), intent (bug_report|feature_request|
account_issue|billing_inquiry|how_to|integration|performance|security) and product area
(api|dashboard|mobile_app|integrations|billing|authentication|analytics|general).

**TICKET:**
Subject: {subject}
Description: {description}

Respond ONLY with valid JSON:
{{"urgency": "...", "intent": "...", "product": "...", "confidence": 0.95, "reasoning": "..."}}
"""


class TicketClassifier:
    """AI-powered ticket classifier."""

    def __init__(self, api_key: str | None = None):
        self.api_key = api_key or os.getenv("OPENAI_API_KEY")
        if not self.api_key:
            raise ValueError("OpenAI API key not provided")

        self.client = OpenAI(api_key=self.api_key)
        self.model = "gpt-4o-mini"

    def classify(self, ticket: Ticket) -> Classification:
        prompt = CLASSIFICATION_PROMPT.format(subject=ticket.subject, description=ticket.description)

        response = self.client.chat.completions.create(
            model=self.model,
            messages=[
                {"role": "system", "content": "You are a technical support ticket classifier. Respond only with valid JSON."},
                {"role": "user", "content": prompt},
            ],
            temperature=0.3,  # lower temperature for consistent classification
            max_tokens=300,
        )

        content = response.choices[0].message.content
        try:
            result = json.loads(content)
        except json.JSONDecodeError as e:
            raise ValueError(f"Failed to parse GPT response as JSON: {content}") from e

        return Classification(
            urgency=UrgencyLevel(result["urgency"]),
            intent=IntentType(result["intent"]),
            product=ProductArea(result["product"]),
            confidence=result["confidence"],
            reasoning=result["reasoning"],
        )

    def classify_batch(self, tickets: list[Ticket]) -> list[Classification]:
        return [self.classify(ticket) for ticket in tickets]
