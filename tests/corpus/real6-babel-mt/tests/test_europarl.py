import asyncio
import json
import os

import pytest
from datasets import load_dataset

from GoogleTranslate import google_translate
from GPTtest import translate_with_chatgpt
from helpers.evaluation import compute_bleu, compute_comet
from helpers.model_loader import load_model, translate_text

N_SENT = 5
RUN_GPT = True
DATA_DIR = os.path.join(os.path.dirname(os.getcwd()), "data")
RESULTS_JSON = os.path.join(DATA_DIR, "europarl_test_results.json")

MODELS_TO_TEST = [
    # "Helsinki-NLP/opus-mt-en-sq",  # English → Albanian (not in Europarl)
    "Helsinki-NLP/opus-mt-en-bg",  # English → Bulgarian
    "Helsinki-NLP/opus-mt-tc-big-en-bg",  # English → Bulgarian
    # "Helsinki-NLP/opus-mt-tc-base-en-sh",  # English → Croatian (not in Europarl)
    "Helsinki-NLP/opus-mt-en-cs",  # English → Czech
    "Helsinki-NLP/opus-mt-en-da",  # English → Danish
    "Helsinki-NLP/opus-mt-en-nl",  # English → Dutch
    "Helsinki-NLP/opus-mt-en-et",  # English → Estonian
    "Helsinki-NLP/opus-mt-tc-big-en-et",  # English → Estonian
    "Helsinki-NLP/opus-mt-en-fi",  # English → Finnish
    "Helsinki-NLP/opus-mt-tc-big-en-fi",  # English → Finnish
    "Helsinki-NLP/opus-mt-en-fr",  # English → French
    "Helsinki-NLP/opus-mt-tc-big-en-fr",  # English → French
    "Helsinki-NLP/opus-mt-en-de",  # English → German
    "Helsinki-NLP/opus-mt-en-el",  # English → Greek
    "Helsinki-NLP/opus-mt-tc-big-en-el",  # English → Greek
    "Helsinki-NLP/opus-mt-en-hu",  # English → Hungarian
    "Helsinki-NLP/opus-mt-tc-big-en-hu",  # English → Hungarian
    # "Helsinki-NLP/opus-mt-en-is", # English → Icelandic (not in Europarl)
    "Helsinki-NLP/opus-mt-en-it",  # English → Italian
    "Helsinki-NLP/opus-mt-tc-big-en-it", # English → Italian
    "Helsinki-NLP/opus-mt-tc-big-en-lv",  # English → Latvian
    "Helsinki-NLP/opus-mt-tc-big-en-lt",  # English → Lithuanian
    # "Helsinki-NLP/opus-mt-en-mk",  # English → Macedonian (not in Europarl)
    # "Helsinki-NLP/opus-mt-tc-big-en-gmq",  # English → Norwegian (not in Europarl)
    # "Helsinki-NLP/opus-mt-en-sla",  # English → Polish (Slavic multi-target)
    "Helsinki-NLP/opus-mt-tc-big-en-pt",  # English → Portuguese
    "Helsinki-NLP/opus-mt-en-ro",  # English → Romanian
    "Helsinki-NLP/opus-mt-tc-big-en-ro",  # English → Romanian
    "Helsinki-NLP/opus-mt-en-sk",  # English → Slovak
    "Helsinki-NLP/opus-mt-en-es",  # English → Spanish
    "Helsinki-NLP/opus-mt-tc-big-en-es",  # English → Spanish (Helsinki-NLP/opus-mt-tc-big-en-cat_oci_spa for Catalan)
    "Helsinki-NLP/opus-mt-en-sv",  # English → Swedish
    # "Helsinki-NLP/opus-mt-tc-big-en-tr",   # English → Turkish (not in Europarl)
]


def europarl_pairs(language_pair):
    try:
        ds = load_dataset("Helsinki-NLP/europarl", language_pair, split="train")
    except Exception as err:
        print(f"cannot load {language_pair}: {err}")
        return [], [], ""
    src, tgt = language_pair.split("-")
    if src != "en":
        src, tgt = tgt, src
    ds = ds.shuffle(seed=42)
    sources, refs = [], []
    for row in ds.select(range(N_SENT)):
        tr = row.get("translation", {})
        if src in tr and tgt in tr:
            sources.append(tr[src])
            refs.append(tr[tgt])
    return sources, refs, tgt


@pytest.mark.parametrize("model_name", MODELS_TO_TEST)
def test_translate(model_name):
    pair = "-".join(sorted(model_name.split("-")[-2:]))
    sources, refs, target = europarl_pairs(pair)
    if not sources:
        pytest.skip(f"no data for {pair}")

    results = []
    if os.path.exists(RESULTS_JSON):
        with open(RESULTS_JSON) as fh:
            results = json.load(fh)

    model, tok = load_model(model_name)
    hyps = [translate_text(model, tok, s) for s in sources]
    results.append({"model": model_name, "language": target,
                    "bleu": compute_bleu(refs, hyps), "comet": compute_comet(refs, hyps, sources) * 100})

    hyps = asyncio.run(google_translate(sources, target_language=target))
    results.append({"model": "Google Translate", "language": target, "bleu": compute_bleu(refs, hyps)})

    if RUN_GPT:
        hyps = translate_with_chatgpt(sources, target_language=target)
        results.append({"model": "ChatGPT-4o-mini", "language": target, "bleu": compute_bleu(refs, hyps)})

    with open(RESULTS_JSON, "w") as fh:
        json.dump(results, fh, indent=4)

    assert results[0]["bleu"] > 0, f"BLEU too low for {model_name}"
