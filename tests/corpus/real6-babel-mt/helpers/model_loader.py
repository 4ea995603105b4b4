from transformers import MarianMTModel, MarianTokenizer


def load_model(model_name):
    """Load a Marian translation model and its tokenizer from Hugging Face."""
    tok = MarianTokenizer.from_pretrained(model_name)
    mdl = MarianMTModel.from_pretrained(model_name)
    return mdl, tok


def translate_text(model, tok, text, target_lang, max_length=512, max_new_tokens=150):
    """Translate one text; multi-target models get a language token prepended."""
    # "Helsinki-NLP/opus-mt-en-sla" needs a >>lang<< prefix
    MULTI_TARGET = ["Helsinki-NLP/opus-mt-en-sla"]
    LANG_TOKENS = {"hr": ">>hrv<<", "pl": ">>pol<<", "sl": ">>slv<<"}

    if model.config._name_or_path in MULTI_TARGET:
        prefix = LANG_TOKENS.get(target_lang)
        if prefix:
            text = f"{prefix} {text}"

    enc = tok(text, return_tensors="pt", truncation=True, max_length=max_length)
    out = model.generate(
        **enc,
        max_length=max_length,
        max_new_tokens=max_new_tokens,
        num_beams=5,
        length_penalty=1.2,
        early_stopping=False,
    )
    return tok.decode(out[0], skip_special_tokens=True)
