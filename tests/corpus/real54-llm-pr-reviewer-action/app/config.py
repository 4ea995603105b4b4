import json
import os


def load_config():
    event_path = os.getenv("GITHUB_EVENT_PATH")
    if event_path and os.path.exists(event_path):
        try:
            with open(event_path) as f:
                pr_event = json.load(f)
        except Exception as e:
            raise ValueError(f"Invalid event payload: {e}")
    else:
        # Local fallback mirroring a real PR payload
        pr_event = {
            "action": "opened",
            "number": 9,
            "pull_request": {
                "url": "https://api.github.com/repos/SaundersB/llm-pr-reviewer-action/pulls/9",
                "html_url": "https://github.com/SaundersB/llm-pr-reviewer-action/pull/9",
                "diff_url": "https://github.com/SaundersB/llm-pr-reviewer-action/pull/9.diff",
                "number": 9,
                "state": "open",
                "title": "Add explicit model validation",
                "head": {
                    "label": "SaundersB:codex/define-enum-for-supported-models",
                    "ref": "codex/define-enum-for-supported-models",
                    "sha": "b8ccc0089143ce29b8a28aa49cdd57528aa9392e",
                    "repo": {"full_name": "SaundersB/llm-pr-reviewer-action"},
                },
                "base": {
                    "label": "SaundersB:main",
                    "ref": "main",
                    "repo": {"full_name": "SaundersB/llm-pr-reviewer-action"},
                },
            },
        }

    return {
        "repo": os.getenv("GITHUB_REPOSITORY", "SaundersB/llm-pr-reviewer-action"),
        "token": os.getenv("GITHUB_TOKEN", "test-token"),
        "api_key": os.getenv("OPENAI_API_KEY", "test-key"),
        "model": os.getenv("OPENAI_MODEL", "gpt-4.1"),
        "response_tokens": int(os.getenv("RESPONSE_TOKENS", "1024")),
        "dry_run": os.getenv("DRY_RUN", "false") == "true",
        "custom_prompt": os.getenv("CUSTOM_PROMPT"),
        "event": pr_event,
    }
