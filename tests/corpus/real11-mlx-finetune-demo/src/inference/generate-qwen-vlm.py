"""Turn a folder of page images into one markdown file with a Qwen VLM on MLX."""

from __future__ import annotations

import argparse
import logging
import re
import sys
import time
from pathlib import Path

from mlx_vlm import generate, load
from mlx_vlm.prompt_utils import apply_chat_template
from mlx_vlm.utils import load_config

# Tunables in one place.
SETTINGS = {
    "model_path": "mlx-community/Qwen3-VL-32B-Instruct-8bit",
    "prompt": "Transcribe all text on this page as markdown.",
    "heading": "## Page {page_number}",
    "max_tokens": 3_200,
    "suffix": "_combined.md",
    "fallback_name": "output.md",
    "image_suffixes": {".jpg", ".jpeg", ".png", ".webp"},
}

TRAILING_NUMBER = re.compile(r"(\d+)$")


def parse_args() -> argparse.Namespace:
    ap = argparse.ArgumentParser(description="Markdown from page images via a VLM.")
    ap.add_argument("image_dir", type=Path, help="Folder of page images (e.g. *_page_0001.jpg).")
    ap.add_argument("--output", type=Path, default=None)
    ap.add_argument("--prompt", default=SETTINGS["prompt"])
    ap.add_argument("--max-tokens", type=int, default=SETTINGS["max_tokens"])
    return ap.parse_args()


def page_images(folder: Path) -> list[Path]:
    found = [p for p in folder.iterdir() if p.suffix.lower() in SETTINGS["image_suffixes"]]
    if not found:
        raise FileNotFoundError(f"no page images in {folder}")

    def key(p: Path):
        m = TRAILING_NUMBER.search(p.stem)
        return (0, int(m.group(1))) if m else (1, p.name)

    return sorted(found, key=key)


def load_vlm(model_path: str):
    logging.info("loading %s", model_path)
    model, processor = load(model_path)
    return model, processor, load_config(model_path)


def main() -> int:
    logging.basicConfig(level=logging.INFO)
    args = parse_args()
    folder = args.image_dir.resolve()
    out = args.output or folder.parent / f"{folder.name}{SETTINGS['suffix']}"

    model, processor, config = load_vlm(SETTINGS["model_path"])
    with out.open("w", encoding="utf-8") as fh:
        for number, image in enumerate(page_images(folder), start=1):
            prompt = apply_chat_template(processor, config, args.prompt, num_images=1)
            t0 = time.perf_counter()
            result = generate(model, processor, prompt, [image.as_posix()], verbose=False, max_tokens=args.max_tokens)
            fh.write(SETTINGS["heading"].format(page_number=number) + "\n\n" + result.text.strip() + "\n")
            logging.info("page %d in %.1fs", number, time.perf_counter() - t0)
    return 0


if __name__ == "__main__":
    sys.exit(main())
