from transformers import pipeline

CACHE = {}

# target-language tokens for the multi-target opus models
LANG_PREFIX = {
    "ta": ">>tam<< ",
    "te": ">>tel<< ",
    "ml": ">>mal<< ",
    "kn": ">>kan<< ",
    "hi": ">>hin<< ",
    "sa": ">>san<< ",
    "es": "",
    "fr": "",
}

models = {
    "ta": "Helsinki-NLP/opus-mt-en-dra",
    "te": "Helsinki-NLP/opus-mt-en-dra",
    "ml": "Helsinki-NLP/opus-mt-en-dra",
    "kn": "Helsinki-NLP/opus-mt-en-dra",
    "hi": "Helsinki-NLP/opus-mt-en-inc",
    "sa": "Helsinki-NLP/opus-mt-en-inc",  # Sanskrit goes through the Indic model
    "es": "Helsinki-NLP/opus-mt-en-es",
    "fr": "Helsinki-NLP/opus-mt-en-fr",
}

_pipes = {}


def translate_text(text, lang):
    if lang == "en" or not text:
        return text
    key = hash(text + lang)
    if key in CACHE:
        return CACHE[key]
    model_id = models.get(lang)
    if not model_id:
        return text
    try:
        if model_id not in _pipes:
            _pipes[model_id] = pipeline("translation", model=model_id)
        res = _pipes[model_id](f"{LANG_PREFIX.get(lang, '')}{text}", max_length=1024, truncation=True)
        CACHE[key] = res[0]["translation_text"]
        return CACHE[key]
    except Exception as exc:
        return f"Translation Error: {exc}"
