import logging
import openai
import time
import json
from typing import Dict, List, Optional

logger = logging.getLogger(__name__)

class LLMReviewer:
    """Uses OpenAI's LLM to review code changes."""

    def __init__(self, api_key: str, model: str = "gpt-4"):
        self.api_key = api_key
        self.model = model
        openai.api_key = api_key

        self.review_prompt_template = """
        You are an expert code reviewer. Review the following code diff and provide constructive feedback
        on correctness, performance, security, style and edge cases.

        Here's the code diff:
        ```
        {diff}
        ```

        Static analysis results:
        {static_analysis}

        Format your response as a JSON array of comments with path, line and body. Example:
        [
            {{"path": "src/main.py", "line": 42, "body": "Consider using a context manager here."}},
            {{"path": "src/utils.py", "line": 15, "body": "Potential division by zero if the input is 0."}}
        ]
        """

    def review_code(self, diff: str, static_analysis: Optional[Dict] = None) -> List[Dict]:
        static_analysis_str = json.dumps(static_analysis, indent=2) if static_analysis else "No static analysis results available."
        prompt = self.review_prompt_template.format(diff=diff[:4000], static_analysis=static_analysis_str)

        for attempt in range(3):
            try:
                response = openai.ChatCompletion.create(
                    model=self.model,
                    messages=[
                        {"role": "system", "content": "You are an expert code reviewer."},
                        {"role": "user", "content": prompt}
                    ],
                    temperature=0.2,
                    max_tokens=2000
                )
                review_text = response["choices"][0]["message"]["content"].strip()
                comments = json.loads(review_text)
                return comments if isinstance(comments, list) else [{"path": "", "line": 0, "body": review_text}]
            except openai.error.RateLimitError:
                time.sleep(2 ** attempt)
        return []
