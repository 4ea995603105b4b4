from dotenv import load_dotenv

load_dotenv()

from google.generativeai import GenerativeModel  # noqa: E402

# best first
model_names = [
    "gemini-2.5-flash",
    "gemini-2.0-flash",
    "gemini-1.5-flash",
    "gemini-2.5-pro"
]

_cached = None


def ask_gemini_validation(question, answer, retrieved_docs):
    global _cached
    prompt = f"""
You check a retrieval-based QA system.

Question:
{question}

Expected answer:
{answer}

Retrieved chunks:
{retrieved_docs}

Can the question be answered from these chunks? Reply "Yes" or "No" only.
""".strip()

    if _cached:
        try:
            return _cached.generate_content(prompt).text.strip()
        except Exception:
            _cached = None

    for name in model_names:
        try:
            m = GenerativeModel(name)
            out = m.generate_content(prompt)
            _cached = m
            return out.text.strip()
        except Exception:
            continue
    return "All models failed, try again later."
