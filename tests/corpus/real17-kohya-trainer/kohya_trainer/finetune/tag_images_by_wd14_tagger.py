import argparse
import csv
import os
from pathlib import Path

import cv2
import numpy as np
import torch
from huggingface_hub import hf_hub_download
from PIL import Image
from tensorflow.keras.models import load_model
from tqdm import tqdm

from ..library import train_util

IMAGE_SIZE = 448

# other taggers: wd-v1-4-swinv2-tagger-v2 / wd-v1-4-vit-tagger-v2 / wd-v1-4-convnext-tagger
DEFAULT_WD14_TAGGER_REPO = "SmilingWolf/wd-v1-4-convnext-tagger-v2"
FILES = ["keras_metadata.pb", "saved_model.pb", "selected_tags.csv"]
SUB_DIR = "variables"
SUB_DIR_FILES = ["variables.data-00000-of-00001", "variables.index"]
CSV_FILE = FILES[-1]


def to_square_bgr(img):
    arr = np.array(img)[:, :, ::-1]
    side = max(arr.shape[0:2])
    dx, dy = side - arr.shape[1], side - arr.shape[0]
    arr = np.pad(arr, ((dy // 2, dy - dy // 2), (dx // 2, dx - dx // 2), (0, 0)), mode="constant", constant_values=255)
    interp = cv2.INTER_AREA if side > IMAGE_SIZE else cv2.INTER_LANCZOS4
    return cv2.resize(arr, (IMAGE_SIZE, IMAGE_SIZE), interpolation=interp).astype(np.float32)


def main(args):
    if not os.path.exists(args.model_dir) or args.force_download:
        print(f"downloading wd14 tagger from the hub: {args.repo_id}")
        for name in FILES:
            hf_hub_download(args.repo_id, name, cache_dir=args.model_dir, force_download=True, force_filename=name)
        for name in SUB_DIR_FILES:
            hf_hub_download(args.repo_id, name, subfolder=SUB_DIR, cache_dir=os.path.join(args.model_dir, SUB_DIR),
                            force_download=True, force_filename=name)
    else:
        print("using existing wd14 tagger model")

    model = load_model(args.model_dir)
    with open(os.path.join(args.model_dir, CSV_FILE), "r", encoding="utf-8") as fh:
        rows = list(csv.reader(fh))[1:]
    general = [r[1] for r in rows[1:] if r[2] == "0"]

    paths = train_util.glob_images_pathlib(Path(args.train_data_dir), args.recursive)
    print(f"found {len(paths)} images.")
    for path in tqdm(paths):
        probs = model(np.array([to_square_bgr(Image.open(path).convert("RGB"))]), training=False).numpy()[0]
        tags = [general[i] for i, p in enumerate(probs[4:]) if i < len(general) and p >= args.thresh]
        with open(os.path.splitext(path)[0] + args.caption_extension, "wt", encoding="utf-8") as fh:
            fh.write(", ".join(tags) + "\n")


def setup_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser()
    parser.add_argument("train_data_dir", type=str, help="directory with training images")
    parser.add_argument("--repo_id", type=str, default=DEFAULT_WD14_TAGGER_REPO,
                        help="repo id of the wd14 tagger on Hugging Face")
    parser.add_argument("--model_dir", type=str, default="wd14_tagger_model",
                        help="where the tagger files are stored")
    parser.add_argument("--force_download", action="store_true")
    parser.add_argument("--caption_extension", type=str, default=".txt")
    parser.add_argument("--thresh", type=float, default=0.35)
    parser.add_argument("--recursive", action="store_true")
    return parser


if __name__ == "__main__":
    main(setup_parser().parse_args())
