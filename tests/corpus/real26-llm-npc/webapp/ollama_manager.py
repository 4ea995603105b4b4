import json
import os
import requests
import datetime
import prompt_engine as pe


def get_response(data, game_state, Mem_manager):
    if Mem_manager:
        data["prompt"] = pe.add_system_prompt(data, game_state, Mem_manager)

    # keep a copy of every prompt we send
    timestamp = datetime.datetime.now().strftime("%Y%m%d-%H%M%S")
    os.makedirs("prompts", exist_ok=True)
    with open(f"prompts/prompt_{timestamp}.txt", "w", encoding="utf-8") as f:
        f.write(data["prompt"])

    response = requests.post(
        "http://localhost:11434/api/generate",
        headers={"Content-Type": "application/json"},
        data=json.dumps(data),
    )
    return response.json().get("response", "No response")
