#!/bin/bash

# defaults
GOLD_FILE="./data/mimic/test.json"
PRED_FILE="./data/rag/llava_output/test/merge_test_eval.json"
DEV="cuda"
RG_LEVEL="partial"
BERT_MODEL="distilbert-base-uncased"

# score the generated reports
python src/evaluation.py --ref_path $GOLD_FILE \
               --pred_path $PRED_FILE \
               --device $DEV \
               --radgraph_level $RG_LEVEL \
               --bert_model $BERT_MODEL
