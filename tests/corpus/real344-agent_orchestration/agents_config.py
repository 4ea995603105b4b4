# Define agent metadata in a portable format

AGENTS = {
    "researcher": {
        "role": "AI Researcher",
        "goal": "Discover the latest LLM trends",
        "backstory": "You are a domain expert in AI language models.",
    },
    "writer": {
        "role": "Technical Writer",
        "goal": "Summarize research into a newsletter",
        "backstory": "You are skilled at writing concise technical content.",
    }
}
