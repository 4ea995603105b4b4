import os
import json
from dotenv import load_dotenv
from google import genai
from PIL import Image

_client = None


PROMPT = """
You are a medical prescription reader.

Look at the prescription image and list EVERY medicine on it.

For each medicine return:
- medicine_name (exactly as written)
- dosage_pattern (e.g. 1-0-1)
- frequency
- duration
- food_instruction
- confidence_note (High / Medium / Low)

Never guess. If something is unreadable, write "unclear".

Then write a short patient-friendly summary that starts with
"You have been prescribed the following medicines:" followed by a numbered list.

Return ONLY JSON:
{
  "structured_data": [ { "medicine_name": "", "dosage_pattern": "", "frequency": "",
                         "duration": "", "food_instruction": "", "confidence_note": "" } ],
  "patient_summary": ""
}
"""


def _get_client():
    global _client
    if _client is None:
        load_dotenv()
        api_key = os.getenv("GEMINI_API_KEY")
        if not api_key:
            raise ValueError("API key not found. Check your .env file.")
        _client = genai.Client(api_key=api_key)
    return _client


def extract_prescription(image_path):
    """Take an image path, return the structured JSON and the summary."""
    client = _get_client()
    img = Image.open(image_path)

    response = client.models.generate_content(
        model="gemini-2.5-flash",
        contents=[PROMPT, img],
        config={
            "temperature": 0.1,
            "max_output_tokens": 4096,
        },
    )

    raw_text = response.text.strip()
    # the model sometimes wraps its answer in a ```json fence
    if raw_text.startswith("```"):
        raw_text = raw_text.replace("```json", "").replace("```", "").strip()

    try:
        return json.loads(raw_text)
    except json.JSONDecodeError:
        start, end = raw_text.find("{"), raw_text.rfind("}")
        if start == -1 or end <= start:
            raise ValueError("Model did not return valid JSON.")
        return json.loads(raw_text[start:end + 1])
