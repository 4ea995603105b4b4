#!/usr/bin/env python3
import json
import random
import re
import subprocess
import typing
from pathlib import Path

from dotenv import load_dotenv
from loguru import logger
from pydantic_ai.agent import Agent
from rich.console import Console
from rich.text import Text

load_dotenv(Path.home() / ".openai_api_key")
console = Console()

TEMPLATE = '''
Read the `git diff` below, pick a commit type (feat, fix, docs, style, refactor, test, chore)
and describe the change in one English sentence.
Return JSON with five candidates, e.g.
```json
{{"c1": "feat: add xxx", "c2": "fix: xxx", "c3": "chore: xxx", "c4": "docs: xxx", "c5": "feat: xxx"}}
```
Each message under 50 characters.

git diff:
```
{}
```
'''


def sh(cmd: str) -> str:
    return subprocess.check_output(cmd, shell=True).decode("utf-8")


class Suggester:
    def __init__(self, diff: str):
        self.agent = Agent(
            'gemini-2.0-flash-exp'
        )
        self.diff = diff

    def __str__(self) -> str:
        return self.agent.run_sync(TEMPLATE.format(self.diff)).data


class NothingStaged(Exception):
    pass


def parse_choices(raw: str) -> typing.List[str]:
    raw = re.sub(r"^.*?```json\n(.*?)\n```.*$", r"\1", raw, flags=re.DOTALL)
    return list(json.loads(raw).values())


def main() -> bool:
    diff = sh("git diff --cached")
    if not diff:
        logger.warning("No changes to commit")
        return False
    logger.info("diff:\n{}\n...", diff[:500])
    options = parse_choices(str(Suggester(diff)))
    for i, opt in enumerate(options, 1):
        console.print(Text(f"{i}. {opt}", style=random.choice(["red", "green", "cyan", "magenta"])))
    pick = input("\nWhich one do you prefer? Or 0 to abort: ")
    if pick.isdigit() and 0 < int(pick) <= len(options):
        sh(f'git commit -m "{options[int(pick) - 1]}"')
        return True
    logger.info("Commit aborted")
    return False


if __name__ == "__main__":
    main()
