# pytest -v -s tests/test_NLLB.py
import csv
import os

import pytest

from datasets_loader.load_europarl import load_europarl_data
from datasets_loader.load_tedTalk import load_tedTalk_data
from datasets_loader.load_wmt import load_wmt_data
from helpers.evaluation import compute_bleu, compute_comet
from models.load_NLLB import load_model, translate_text

RESULTS_CSV = "data/NLLB200_test_results.csv"
TRANSLATIONS_CSV = "translation_results/NLLB200_translations.csv"
os.makedirs("translation_results", exist_ok=True)

NLLB_CODES = {
    "bg": "bul_Cyrl", "cs": "ces_Latn", "da": "dan_Latn", "nl": "nld_Latn", "et": "est_Latn",
    "fi": "fin_Latn", "fr": "fra_Latn", "de": "deu_Latn", "el": "ell_Grek", "hu": "hun_Latn",
    "it": "ita_Latn", "pl": "pol_Latn", "pt": "por_Latn", "ro": "ron_Latn", "sv": "swe_Latn",
}

model, tokenizer, device = load_model()

LOADERS = {"Europarl": load_europarl_data, "TED": load_tedTalk_data, "WMT": load_wmt_data}


@pytest.mark.parametrize("dataset_name", LOADERS.keys())
def test_translation_quality(dataset_name):
    loader = LOADERS[dataset_name]
    with open(RESULTS_CSV, "a", newline="") as rf, open(TRANSLATIONS_CSV, "a", newline="") as tf:
        res_w, tr_w = csv.writer(rf), csv.writer(tf)
        for lang in loader("get_languages"):
            code = NLLB_CODES.get(lang)
            if code is None:
                continue
            sources, refs = loader(lang)
            hyps = [translate_text(model, tokenizer, s, "eng_Latn", code) for s in sources]
            res_w.writerow([dataset_name, lang, round(compute_bleu(refs, hyps), 2),
                            round(compute_comet(refs, hyps, sources), 2)])
            for s, h, r in zip(sources, hyps, refs):
                tr_w.writerow([dataset_name, lang, s, h, r])
