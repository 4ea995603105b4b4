import argparse
import json
import re
import random
import asyncio
import aiohttp
import os
import sys
from pathlib import Path
from typing import List, Dict, Union, Optional

try:
    import dotenv
    dotenv.load_dotenv()
except ImportError:
    pass


DATA_FILES = {
    "csfd": { 
        "train": Path("data/csfd-train.tsv"), 
        "test": Path("data/csfd-test-llm.tsv") 
    },
    "sts": { 
        "train": Path("data/anlp01-sts-free-train.tsv"), 
        "test": Path("data/anlp01-sts-free-test-llm.tsv") 
    },
    "ner": { 
        "train": Path("data/ner-train.txt"), 
        "test": Path("data/ner-dev-llm.txt") 
    }
}

# OpenRouter API nastavení
BASE_URL = "https://openrouter.ai/api/v1/chat/completions"
API_KEY = os.environ.get("OPENROUTER_API_KEY")

if not API_KEY:
    print("FATAL ERROR: Proměnná prostředí 'OPENROUTER_API_KEY' není nastavena.")
    print("Vytvořte soubor .env nebo nastavte proměnnou v terminálu.")
    sys.exit(1)

HEADERS = {
    "Authorization": f"Bearer {API_KEY}",
    "Content-Type": "application/json"
}

# Limit souběžných dotazů (aby nedošlo k Rate Limitingu)
CONCURRENT_LIMIT = 5 


async def main(args):
    if args.task in ['all', 'csfd']:
        await process_task("csfd", args.model, args.few_shot, get_csfd_prompt, format_few_shot_csfd, parse_csfd, max_tokens=5)
        
    if args.task in ['all', 'sts']:
        await process_task("sts", args.model, args.few_shot, get_sts_prompt, format_few_shot_sts, parse_sts, max_tokens=5)
        
    if args.task in ['all', 'ner']:
        await process_task("ner", args.model, args.few_shot, get_ner_prompt, format_few_shot_ner, parse_ner, max_tokens=300)

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description="NLP Solver using OpenRouter API")
    parser.add_argument("--model", type=str, default="meta-llama/llama-3.1-8b-instruct", help="OpenRouter model ID")
    parser.add_argument("--task", type=str, default="all", choices=["all", "csfd", "sts", "ner"])
    parser.add_argument("--few_shot", type=int, default=3, help="Počet few-shot příkladů")
    
    args = parser.parse_args()
    
    if sys.platform.startswith('win'):
        asyncio.set_event_loop_policy(asyncio.WindowsSelectorEventLoopPolicy())
        
    asyncio.run(main(args))