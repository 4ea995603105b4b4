import csv

from datasets_loader.load_europarl import load_europarl_data
from datasets_loader.load_opus import load_opus_data
from datasets_loader.load_ted import load_ted_data
from datasets_loader.load_wmt import load_wmt_data
from helpers.evaluation import compute_bleu, compute_comet
from models.load_gemini import load_gemini, translate_text

LOADERS = {
    "WMT": load_wmt_data,
    "TED": load_ted_data,
    "OPUS": load_opus_data,
    "Europarl": load_europarl_data,
}

print("loading Gemini ...")
model = load_gemini()

with open("gemini_results.csv", mode="w", newline="") as fh:
    w = csv.writer(fh)
    w.writerow(["Dataset", "Language", "BLEU", "COMET"])
    for ds_name, loader in LOADERS.items():
        for pair in loader("get_languages"):
            sources, refs = loader(pair)
            if not sources:
                w.writerow([ds_name, pair, "NA", "NA"])
                continue
            target = pair.split('-')[-1]
            hyps = [translate_text(model, f"Translate this sentence to {target}: {s}") for s in sources]
            w.writerow([ds_name, pair, round(compute_bleu(refs, hyps), 2),
                        round(compute_comet(refs, hyps, sources), 2)])
