import os
import time

import streamlit as st
from crewai import LLM
from dotenv import load_dotenv
from litellm import completion
from litellm.exceptions import RateLimitError

from agents import dump_allocation
from crew_definition import crew
from crew_input import inputs
from parse_allocation import parse_allocation_plan
from trello_utils import get_board_id, parse_allocation_tasks

load_dotenv()
key = os.getenv("GOOGLE_API_KEY")
if not key:
    raise ValueError("GOOGLE_API_KEY not set")


class GeminiWrapperLLM(LLM):
    def __init__(self, api_key: str, model: str = "gemini/gemini-1.5-flash"):
        super().__init__(model=model)
        self.api_key = api_key
        os.environ["GOOGLE_API_KEY"] = api_key

    @property
    def supports_stop_words(self) -> bool:
        return False

    def generate_response(self, prompt: str, **kwargs) -> str:
        try:
            out = completion(
                model=self.model,
                messages=[{"role": "user", "content": prompt}],
                api_key=self.api_key,
                temperature=0.7,
                max_tokens=2000,
                **kwargs,
            )
            return out.choices[0].message.content
        except RateLimitError as exc:
            st.error("rate limited, try again later")
            return f"rate limit: {exc}"


# Gemini Flash for the planner UI
llm = GeminiWrapperLLM(
    api_key=key,
    model="gemini/gemini-1.5-flash"
)

st.set_page_config(page_title="Project Planner AI", layout="wide")
st.title("AI project planner")

st.sidebar.header("Project")
inputs["project_type"] = st.sidebar.text_input("Type", value=inputs["project_type"])
inputs["industry"] = st.sidebar.text_input("Industry", value=inputs["industry"])
inputs["team_members"] = st.sidebar.text_area("Team", value=inputs["team_members"])


def kickoff_with_retry(attempts=3):
    for i in range(attempts):
        try:
            with st.spinner("agents working..."):
                return crew.kickoff(inputs=inputs).dict()
        except RateLimitError:
            time.sleep(10 * (i + 1))
    return None


if st.sidebar.button("Generate plan"):
    result = kickoff_with_retry()
    if result:
        raw = None
        for item in result.get("tasks_output", []):
            if isinstance(item, dict) and item.get("agent") == "Resource Allocator":
                raw = item.get("raw")
        if raw:
            plan = parse_allocation_plan(raw)
            dump_allocation(plan)
            board = get_board_id()
            st.session_state.phases = parse_allocation_tasks(plan)
            st.success("plan ready")
