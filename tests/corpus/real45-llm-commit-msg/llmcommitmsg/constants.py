"""
Constants module.
"""

import os

POLLINATIONS = "https://text.pollinations.ai/openai"
LOCALHOST = "http://localhost:1234/v1"

API_KEY = os.getenv("OPENAI_API_KEY", "dummy")
API_HOST = os.getenv("OPENAI_API_HOST", POLLINATIONS)
MODEL_NAME = os.getenv("OPENAI_MODEL_NAME", "local-model")

assert API_KEY, "API_KEY must be set"
assert API_HOST, "API_HOST must be set"


SYSTEM_PROMPT = """\
You generate concise Git commit messages from the provided diff.

Provide a SINGLE commit message of ONE LINE, 50 to 72 characters, then an empty line
and a DESCRIPTION if more detail is needed.

Use the conventional commit types: feat, fix, style, refactor, build, perf, ci, docs,
test, chore, revert.

e.g. feat: Add foo to bar.
"""

USER_PROMPT = (
    "Generate a single one-line conventional commit message and nothing else,"
    " using the following Git diff:"
)
