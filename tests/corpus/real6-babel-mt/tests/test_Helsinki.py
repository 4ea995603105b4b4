import csv

from datasets_loader.load_europarl import load_europarl_data
from datasets_loader.load_ted import load_ted_data
from helpers.evaluation import compute_bleu, compute_comet
from models.load_helsinki import load_model, translate_text

LOADERS = {
    "Europarl": load_europarl_data,
    # "WMT": load_wmt_data,
    "TED": load_ted_data,
}

MODELS_TO_TEST = [
    "Helsinki-NLP/opus-mt-en-sq",  # English → Albanian (not in Europarl)
    "Helsinki-NLP/opus-mt-en-bg",  # English → Bulgarian
    "Helsinki-NLP/opus-mt-tc-big-en-bg",  # English → Bulgarian
    # "Helsinki-NLP/opus-mt-tc-base-en-sh",  # English → Croatian (serbo-croatian model)
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
    "Helsinki-NLP/opus-mt-en-is", # English → Icelandic (not in Europarl)
    "Helsinki-NLP/opus-mt-en-it",  # English → Italian
    "Helsinki-NLP/opus-mt-tc-big-en-it", # English → Italian
    "Helsinki-NLP/opus-mt-tc-big-en-lv",  # English → Latvian
    "Helsinki-NLP/opus-mt-tc-big-en-lt",  # English → Lithuanian
    "Helsinki-NLP/opus-mt-en-mk",  # English → Macedonian (not in Europarl)
    # "Helsinki-NLP/opus-mt-tc-big-en-gmq",  # English → Norwegian (North Germanic)
    # "Helsinki-NLP/opus-mt-en-sla",  # English → Polish (Slavic multi-target)
    "Helsinki-NLP/opus-mt-tc-big-en-pt",  # English → Portuguese
    "Helsinki-NLP/opus-mt-en-ro",  # English → Romanian
    "Helsinki-NLP/opus-mt-tc-big-en-ro",  # English → Romanian
    "Helsinki-NLP/opus-mt-en-sk",  # English → Slovak
    "Helsinki-NLP/opus-mt-en-es",  # English → Spanish
    "Helsinki-NLP/opus-mt-tc-big-en-es",  # English → Spanish
    "Helsinki-NLP/opus-mt-en-sv",  # English → Swedish
    "Helsinki-NLP/opus-mt-tc-big-en-tr",   # English → Turkish (not in Europarl)
]


def score(model_name, sources, refs):
    if not sources or not refs:
        return -1, -1
    model, tok = load_model(model_name)
    hyps = [translate_text(model, tok, s) for s in sources]
    return compute_bleu(refs, hyps), compute_comet(refs, hyps, sources) * 100


# each Helsinki model covers a single target language
out_csv = "Helsinki_test_results.csv"
with open(out_csv, mode="w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["Dataset", "Language", "BLEU", "COMET"])
    for name in MODELS_TO_TEST:
        lang = name.split("-")[-1]
        for ds_name, loader in LOADERS.items():
            try:
                bleu, comet = score(name, *loader(lang))
                w.writerow([ds_name, lang, round(bleu, 2), round(comet, 2)])
            except Exception as err:
                print(f"skipping {ds_name}/{lang}: {err}")
                w.writerow([ds_name, lang, "Skipped", "Skipped"])
            fh.flush()
