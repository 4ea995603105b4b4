import os
import json

from crewai import Agent
from dotenv import load_dotenv

from config_loader import agents_config
from gemini_wrapper import GeminiWrapperLLM

load_dotenv()
google_key = os.getenv("GOOGLE_API_KEY")
if not google_key:
    raise ValueError("GOOGLE_API_KEY not set - see your .env")

print(f"key present ({len(google_key)} chars)")

# shared LLM for every agent
llm = GeminiWrapperLLM(
    api_key=google_key,
    model="gemini/gemini-1.5-flash"
)

ALLOCATION_FILE = "allocation_tasks.json"


def dump_allocation(data, target=ALLOCATION_FILE):
    """Write the parsed phases/tasks to disk."""
    try:
        with open(target, "w") as fh:
            json.dump(data, fh, indent=4)
        print(f"saved -> {target}")
        return True
    except Exception as exc:  # noqa: BLE001
        print(f"could not save allocation: {exc}")
        return False


if not isinstance(agents_config, dict) or not agents_config:
    raise ValueError("agents configuration did not load")

agents = {}
for name, cfg in agents_config.items():
    missing = [k for k in ("role", "goal", "backstory") if k not in cfg]
    if missing:
        raise ValueError(f"agent {name} lacks {missing}")
    agents[name] = Agent(
        role=cfg["role"],
        goal=cfg["goal"],
        backstory=cfg["backstory"],
        verbose=cfg.get("verbose", True),
        llm=llm,
    )

project_planning_agent = agents.get("project_planning_agent")
estimation_agent = agents.get("estimation_agent")
resource_allocation_agent = agents.get("resource_allocation_agent")
