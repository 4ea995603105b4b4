import json
import os
from pathlib import Path
from typing import Optional

from dotenv import load_dotenv
from openai import OpenAI

from .models import DialogueRequest, DialogueResponse

# Load env vars (OPENAI_API_KEY)
load_dotenv()

client = OpenAI(api_key=os.getenv("OPENAI_API_KEY"))

BASE_DIR = Path(__file__).resolve().parent.parent


def load_npc(npc_id: str) -> dict:
    npc_file = BASE_DIR / "content" / "npcs" / f"{npc_id}.json"
    if not npc_file.exists():
        raise FileNotFoundError(f"NPC file not found for id={npc_id}")
    with npc_file.open("r", encoding="utf-8") as f:
        return json.load(f)


def load_lore() -> str:
    lore_file = BASE_DIR / "content" / "world" / "emberfall_lore.md"
    return lore_file.read_text(encoding="utf-8") if lore_file.exists() else ""


def build_prompt(req: DialogueRequest) -> str:
    npc = load_npc(req.npc_id)
    history = "\n".join(
        f"{'PLAYER' if t.speaker.lower() == 'player' else npc['name'].upper()}: {t.text}"
        for t in req.recent_history[-6:]
    ) or "No prior conversation."
    world_state = "\n".join(f"- {k}: {v}" for k, v in req.world_state.items()) or "No special world state."

    return f"""
You are {npc['name']}, a {npc['role']} in the fantasy town of Emberfall.

GAME LORE:
{load_lore()}

GAME RULES:
- Stay strictly in character as {npc['name']}.
- Never mention being an AI, language model, or anything about 'OpenAI' or 'the real world'.
- Keep responses under 3 sentences by default.

CURRENT WORLD STATE:
{world_state}

RECENT CONVERSATION:
{history}

PLAYER: {req.player_message}
{npc['name'].upper()}:
""".strip()


def call_llm(prompt: str) -> str:
    completion = client.responses.create(
        model="gpt-4.1-mini",
        input=prompt,
        max_output_tokens=150,
        temperature=0.7,
    )
    return completion.output[0].content[0].text.strip()


def generate_npc_reply(req: DialogueRequest) -> DialogueResponse:
    raw = call_llm(build_prompt(req))
    emotion: Optional[str] = None
    return DialogueResponse(
        npc_response=raw,
        emotion=emotion,
        meta={
            "model": "gpt-4.1-mini",
            "npc_id": req.npc_id,
        },
    )
