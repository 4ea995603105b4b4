#!/usr/bin/env bash
#PJM -L rscgrp=b-batch-mig
#PJM -L gpu=4
#PJM -L elapse=20:00:00
#PJM -j
#PJM -o logs/0911/01.log

module load cuda cudnn nccl gcc
export SSL_CERT_FILE=$(uv run python -c "import certifi; print(certifi.where())")

set -euo pipefail

# Re-run MTEB for many experiments and update the W&B summaries.
# Layout: output/result/<student>/<teacher>/<data_size>/<code_name>
REPO_ROOT="${PJM_O_WORKDIR:-${SLURM_SUBMIT_DIR:-$(pwd)}}"
cd "${REPO_ROOT}"
export PYTHONPATH="${REPO_ROOT}${PYTHONPATH:+:${PYTHONPATH}}"

ROOT=${ROOT:-"output/result/nomic-ai_modernbert-embed-base-unsupervised/Qwen_Qwen3-Embedding-4B"}
PATTERN=${PATTERN:-"1794545/gte_plus_e3_bs512_wsd0.0001_kld0.98_w-pos_prefix"}
EPOCH=${EPOCH:-}
BENCHMARK=${BENCHMARK:-"MTEB(eng, v2)"}
BATCH_SIZE=${BATCH_SIZE:-16}
ADD_PREFIX=${ADD_PREFIX:-True}
PROJECT=${PROJECT:-"distillation"}

extra=()
[[ -n "$BATCH_SIZE" ]] && extra+=(--batch_size "$BATCH_SIZE")
[[ -n "$ADD_PREFIX" ]] && extra+=(--add_prefix "$ADD_PREFIX")
[[ -n "$EPOCH" ]] && extra+=(--epoch "$EPOCH")

uv run python -m src.evaluation.posthoc_eval_batch \
  --root "$ROOT" \
  --pattern "$PATTERN" \
  --benchmark_name "$BENCHMARK" \
  --project "$PROJECT" \
  "${extra[@]}"
