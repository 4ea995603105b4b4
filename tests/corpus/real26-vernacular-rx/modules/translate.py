from deep_translator import GoogleTranslator

LANGUAGE_MAP = {
    "English": "en",
    "Hindi": "hi",
    "Telugu": "te",
    "Tamil": "ta",
    "Kannada": "kn",
    "Malayalam": "ml",
    "Marathi": "mr",
    "Bengali": "bn",
    "Urdu": "ur",
}


def translate_summary(summary_text, target_language):
    """Translate the simplified English summary into an Indian language."""
    if target_language not in LANGUAGE_MAP:
        raise ValueError("Unsupported language")
    if target_language == "English":
        return summary_text
    return GoogleTranslator(source="auto", target=LANGUAGE_MAP[target_language]).translate(summary_text)
