import csv
import os

from datasets_loader.load_europarl import load_europarl_data
from datasets_loader.load_tedTalk import load_tedTalk_data
from datasets_loader.load_wmt import load_wmt_data
from helpers.evaluation import compute_bleu, compute_comet
from models.load_towerinstruct import load_towerinstruct, translate_text

os.makedirs("translation_results", exist_ok=True)
os.makedirs("data", exist_ok=True)

LOADERS = {
    "WMT": load_wmt_data,
    "TED": load_tedTalk_data,
    "Europarl": load_europarl_data,
}

for size in [7, 13]:
    label = f"TowerInstruct-{size}B"
    print(f"loading {label} ...")
    model, tokenizer, device = load_towerinstruct(size)

    scores_csv = f"data/towerinstruct_{size}b_results.csv"
    trans_csv = f"translation_results/towerinstruct_{size}b_translations.csv"

    with open(scores_csv, "w", newline="") as sf, open(trans_csv, "w", newline="") as tf:
        sw, tw = csv.writer(sf), csv.writer(tf)
        sw.writerow(["Dataset", "Language", "BLEU", "COMET"])
        for ds_name, loader in LOADERS.items():
            for pair in loader("get_languages"):
                sources, refs = loader(pair)
                if not sources:
                    sw.writerow([ds_name, pair, "NA", "NA"])
                    continue
                hyps = [translate_text(model, tokenizer, s) for s in sources]
                for s, h, r in zip(sources, hyps, refs):
                    tw.writerow([ds_name, pair, s, h, r])
                sw.writerow([ds_name, pair, round(compute_bleu(refs, hyps), 2),
                             round(compute_comet(refs, hyps, sources), 2)])
