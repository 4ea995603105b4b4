import json
import random
from pathlib import Path
from ollama import chat
from util.llm_utils import pretty_stringify_chat, run_console_chat, ollama_seed as seed, tool_tracker
import sys

# Import the various modules (Battlemap, DNDCaCModel, DNDCombat, DNDShopKeep)
from BattleMap import Battlemap
from DNDCaCModel import playerCharCreate, fetch_race_data, fetch_class_level_features, apply_racial_bonuses
from DNDCombat import get_monster_data
from DNDShopKeep import load_items, generate_shop_inventory

# Initialize battlemap
battlemap = Battlemap(width=20, height=20)

# Load D&D items from the shop inventory
items = load_items()
shop_inventory = generate_shop_inventory(items)

# LLM system variables
sign_your_name = 'Gas Lighters'
model = 'llama3.2'
llm_temperature = 1.0  # Dynamic temperature variable
options = {'temperature': llm_temperature, 'max_tokens': 100}
messages = [{
    'role': 'system',
    'content': (
        "You are a Dungeon Master running a D&D 5e campaign. Guide the player through character creation, "
        "combat encounters, inventory management, and storyline progression. Respond to player input, "
        "and dynamically update the battlemap, combat mechanics, and shop inventory. "
        "Use the tools for relevant tasks, like creating a battlemap, rolling for skill checks, and generating shop inventories."
    )
