#!/usr/bin/env python3
"""
Convert a Hugging Face TrOCR checkpoint to MLX `.npz` weights.

Example:
    python convert_to_mlx.py \
        --model microsoft/trocr-base-printed \
        --output weights/trocr-base-printed.npz
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path
from typing import Dict, Iterable, Tuple

import mlx.core as mx
import torch
from transformers import VisionEncoderDecoderConfig, VisionEncoderDecoderModel

from mlx_ocr import MLXTrOCRModel, config_from_dict

def convert(model_name: str, output_path: Path, config_output: Path | None = None):
    hf_config = VisionEncoderDecoderConfig.from_pretrained(model_name)
    config_dict = json.loads(hf_config.to_json_string())
    trocr_config = config_from_dict(config_dict)

    hf_model = VisionEncoderDecoderModel.from_pretrained(model_name)
    hf_model.eval()
    state_dict = hf_model.state_dict()

    mlx_model = MLXTrOCRModel(trocr_config)

    weights = []
    weights.extend(collect_encoder_weights(state_dict, config_dict))
    weights.extend(collect_decoder_weights(state_dict, config_dict))

    mlx_model.load_weights(weights)
    mx.eval(mlx_model.parameters())
    output_path.parent.mkdir(parents=True, exist_ok=True)
    mlx_model.save_weights(str(output_path))

    if config_output is not None:
        config_output.parent.mkdir(parents=True, exist_ok=True)
        config_output.write_text(json.dumps(config_dict, indent=2))


def main():
    parser = argparse.ArgumentParser(description="Convert TrOCR weights for MLX.")
    parser.add_argument(
        "--model",
        default="microsoft/trocr-base-printed",
        help="Hugging Face model identifier or local path.",
    )
    parser.add_argument(
        "--output",
        type=Path,
        required=True,
        help="Destination path for the MLX weights (.npz).",
    )
    parser.add_argument(
        "--config-output",
        type=Path,
        help="Optional path to save the resolved configuration JSON.",
    )
    args = parser.parse_args()

    convert(args.model, args.output, args.config_output)
    print(f"Saved MLX weights to {args.output}")
    if args.config_output:
        print(f"Saved configuration to {args.config_output}")


if __name__ == "__main__":
    main()
