"""Translation service: NLLB / MADLAD / Opus-MT, with a hosted fallback."""
from __future__ import annotations

import os
from functools import lru_cache

import ctranslate2
import sentencepiece as spm
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer, MarianMTModel, MarianTokenizer

NLLB = os.environ.get("NLLB_MODEL", "facebook/nllb-200-distilled-1.3B")
MADLAD = "google/madlad400-3b-mt"
OPUS_PAIRS = {("en", "de"): "Helsinki-NLP/opus-mt-en-de", ("de", "en"): "Helsinki-NLP/opus-mt-de-en",
              ("en", "fr"): "Helsinki-NLP/opus-mt-en-fr"}
CT2_DIR = "models/ct2/nllb-200-distilled-1.3B-int8"
LANG_CODES = {"en": "eng_Latn", "de": "deu_Latn", "fr": "fra_Latn", "zh": "zho_Hans"}


@lru_cache(maxsize=8)
def marian(src: str, tgt: str):
    name = OPUS_PAIRS[(src, tgt)]
    return MarianTokenizer.from_pretrained(name), MarianMTModel.from_pretrained(name)


@lru_cache(maxsize=1)
def nllb():
    tok = AutoTokenizer.from_pretrained(NLLB, src_lang="eng_Latn")
    return tok, AutoModelForSeq2SeqLM.from_pretrained(NLLB)


@lru_cache(maxsize=1)
def nllb_ct2():
    translator = ctranslate2.Translator(CT2_DIR, device="cuda", compute_type="int8_float16")
    sp = spm.SentencePieceProcessor(model_file=f"{CT2_DIR}/sentencepiece.bpe.model")
    return translator, sp


@lru_cache(maxsize=1)
def madlad():
    return AutoTokenizer.from_pretrained(MADLAD), AutoModelForSeq2SeqLM.from_pretrained(MADLAD, device_map="auto")


def hosted(text: str, target: str) -> str:
    import deepl
    from openai import OpenAI

    if os.environ.get("DEEPL_AUTH_KEY"):
        return deepl.Translator(os.environ["DEEPL_AUTH_KEY"]).translate_text(text, target_lang=target.upper()).text
    res = OpenAI().chat.completions.create(model="gpt-4o-mini", messages=[{"role": "user", "content": f"Translate to {target}: {text}"}])
    return res.choices[0].message.content
