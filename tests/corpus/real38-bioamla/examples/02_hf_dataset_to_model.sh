#!/usr/bin/env bash
#
# Workflow 2: HuggingFace dataset → train (config-driven)
# -------------------------------------------------------
# Pull a labelled audio dataset from the Hub, lay it out as label folders and
# fine-tune AST from a TOML config file so the run is reproducible.
#
# Needs: network (dataset + base-model download) and a GPU for training.

set -euo pipefail

OUT=./out/02_hf_dataset_to_model
mkdir -p "$OUT"

DATASET="ashraq/esc50"   # 50-class environmental sound dataset
HF_USER="your-username"   # <-- set me (only needed for the optional push)

# 1. Pull the dataset and materialize it as label subdirs + metadata.csv
bioamla catalogs hf pull-dataset "$DATASET" "$OUT/data" --split train

# 2. Inspect and split.
bioamla dataset stats "$OUT/data" --json > "$OUT/stats.json"
bioamla dataset partition "$OUT/data" --train 0.8 --val 0.1 --test 0.1 --seed 0

# 3. Write a training config (flags still override file values at run time).
cat > "$OUT/train.toml" <<'TOML'
[models]
default_ast_model = "MIT/ast-finetuned-audioset-10-10-0.4593"

[training]
learning_rate = 5e-5
epochs = 15
batch_size = 16
eval_strategy = "epoch"
TOML

# 4. Fine-tune from the config.
bioamla models ast train --train-dataset "$OUT/data" --training-dir "$OUT/train" \
  --config "$OUT/train.toml" --fp16

# 5. (Optional) publish the fine-tuned model.
# bioamla catalogs hf push-model "$OUT/train/best_model" "$HF_USER/esc50-ast"

echo "Done. Best model at $OUT/train/best_model"
