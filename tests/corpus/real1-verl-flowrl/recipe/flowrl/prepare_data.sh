#!/usr/bin/env bash
set -uxo pipefail

export DATA_DIR=${DATA_DIR:-"downloads"}

# training set: DAPO-Math-17k
DATASET_NAME_TRAIN="BytedTsinghua-SIA/DAPO-Math-17k"
huggingface-cli download $DATASET_NAME_TRAIN \
  --repo-type dataset \
  --resume-download \
  --local-dir ${DATA_DIR}/${DATASET_NAME_TRAIN} \
  --local-dir-use-symlinks False

# test set: AIME-2024
DATASET_NAME_TEST="BytedTsinghua-SIA/AIME-2024"
huggingface-cli download $DATASET_NAME_TEST \
  --repo-type dataset \
  --resume-download \
  --local-dir ${DATA_DIR}/${DATASET_NAME_TEST} \
  --local-dir-use-symlinks False
