import os

import yaml


class Quoted(str):
    """Marker type: dump with single quotes."""


yaml.add_representer(Quoted, lambda d, s: d.represent_scalar('tag:yaml.org,2002:str', s, style="'"))

dataset_paths = [
    "hf-audio/asr-leaderboard-longform", "hf-audio/asr-leaderboard-longform",
    "hf-audio/asr-leaderboard-longform", "distil-whisper/meanwhile",
    "distil-whisper/rev16", "distil-whisper/tedlium-long-form",
    "espnet/floras", "espnet/floras"
]
subsets = ["earnings21", "earnings22", "tedlium", "default", "whisper_subset", "default", "monolingual", "monolingual"]
splits = ["test", "test", "test", "test", "test", "validation", "dev", "test"]
names = [
    "openasr_longform_earnings21", "openasr_longform_earnings22", "openasr_longform_tedlium",
    "distil_meanwhile", "distil_rev16_whisper", "distil_tedlium_longform", "floras_dev", "floras_test"
]

out_dir = "configs/datasets/long_en"
os.makedirs(out_dir, exist_ok=True)

for path, subset, split, name in zip(dataset_paths, subsets, splits, names):
    doc = {
        "dataset_path": Quoted(path),
        "dataset": Quoted(subset),
        "split": Quoted(split),
        "long_form": True,
        "long_form_tricks": True,
        "eval_metrics": ['wer_all'],
    }
    with open(os.path.join(out_dir, f"{name}.yaml"), 'w') as fh:
        yaml.dump(doc, fh, default_flow_style=False, sort_keys=False)
    print(f"Created: {name}.yaml")
