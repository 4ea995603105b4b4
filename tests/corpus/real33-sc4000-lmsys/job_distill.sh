#!/bin/bash
#SBATCH --partition=UGGPU-TC1
#SBATCH --gres=gpu:1
#SBATCH --mem=32G
#SBATCH --time=360
#SBATCH --job-name=DistillJob

# Usage:
#   sbatch job_distill.sh           # runs fold 0 by default
#   FOLD=3 sbatch job_distill.sh    # override to run fold 3
FOLD=${FOLD:-0}
RUN=${RUN:-$(date +%Y%m%d_%H%M%S)}

module load anaconda
eval "$(conda shell.bash hook)"
conda activate myenv
cd ~/exported-assets_sc4000

export TOKENIZERS_PARALLELISM=false
export HF_DATASETS_CACHE="${PWD}/.hf_cache"

# Compose teacher logits list for this fold (llama3 + qwen2)
TEACHERS="model_save/llama3-70b_fold_${FOLD}/teacher_logits_fold_${FOLD}.npy,model_save/qwen2-72b_fold_${FOLD}/teacher_logits_fold_${FOLD}.npy"

MODEL_DIR="model_save/${RUN}/student_distilbert_fold_${FOLD}"
SUB_FILE="sub/${RUN}_student_submission_fold_${FOLD}.csv"

# 1) Distill one fold: KL + CE (+ optional MSE)
python ./main.py --mode student-distill-train \
  --student-model microsoft/deberta-v3-base \
  --student-epochs 2 \
  --student-max-length 256 \
  --student-train-batch-size 12 \
  --student-fp16 \
  --student-extra-csvs "data/ultrafeedback.csv,data/ultrafeedback_ties.csv,data/lmsys-33k-deduplicated.csv" \
  --student-output-model-dir "${MODEL_DIR}" \
  --distill-alpha 0.7 \
  --distill-temp 3.0 \
  --cv-num-folds 5 \
  --cv-fold-idx ${FOLD} \
  --distill-teachers "${TEACHERS}"

# 2) Calibrate probabilities with temperature scaling
python ./main.py --mode student-calibrate --student-output-model-dir "${MODEL_DIR}"

# 3) Inference to produce submission CSV
python ./main.py --mode student-infer --student-output-model-dir "${MODEL_DIR}" --student-submission-path "${SUB_FILE}"
