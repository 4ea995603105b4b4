from dotenv import load_dotenv
load_dotenv()

from google.generativeai import GenerativeModel

# Models to try, from best to worst
model_names = [

    "gemini-2.5-flash",
    "gemini-2.0-flash",
    "gemini-1.5-flash",
    "gemini-2.5-pro"
]

# Cache the working model
working_model = None


def ask_gemini_validation(question, answer, retrieved_docs):
    global working_model

    prompt = f"""
You are validating a retrieval-based question answering system.

Question:
{question}

Expected Answer:
{answer}

Retrieved Chunks:
{retrieved_docs}

Can the question be answered accurately from these chunks?
Respond with "Yes" or "No". No other explanation.
""".strip()

    if working_model:
        try:
            return working_model.generate_content(prompt).text.strip()
        except Exception:
            working_model = None

    for name in model_names:
        try:
            model = GenerativeModel(name)
            result = model.generate_content(prompt)
            working_model = model
            return result.text.strip()
        except Exception:
            pass

    return "❌ All models failed. Try again later."
