#!/usr/bin/env python3
"""Environment setup script for the CrewAI demo."""

from pathlib import Path


def create_env_file():
    env_path = Path(__file__).parent / ".env"
    if env_path.exists():
        print("✅ .env file already exists")
        return
    env_content = """# OpenAI API Configuration
OPENAI_API_KEY=your_openai_api_key_here

# Optional: other API keys
# SERPER_API_KEY=your_serper_api_key_here

# Server Configuration
PORT=8000
HOST=0.0.0.0
"""
    env_path.write_text(env_content)
    print(f"✅ Created .env file at: {env_path}")
    print("🔗 Get your API key from: https://platform.openai.com/api-keys")


def check_dependencies():
    for module, hint in (("fastapi", "pip install fastapi"), ("uvicorn", "pip install uvicorn[standard]"),
                         ("crewai", "pip install crewai[tools]")):
        try:
            __import__(module)
            print(f"✅ {module} installed")
        except ImportError:
            print(f"❌ {module} not installed. Run: {hint}")


if __name__ == "__main__":
    create_env_file()
    check_dependencies()
    print("Next: python web_runner.py")
