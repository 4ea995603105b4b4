"""A small translation service (demo for license-gate)."""

from transformers import pipeline

# NLLB-200 is CC-BY-NC-4.0: not for commercial products.
translator = pipeline("translation", model="facebook/nllb-200-distilled-600M")


def translate(text: str, src: str = "eng_Latn", tgt: str = "fra_Latn") -> str:
    return translator(text, src_lang=src, tgt_lang=tgt)[0]["translation_text"]
