#!/bin/bash

# encoders and the fine-tuned retriever
T5_MODEL_NAME="OpenMatch/t5-ance"
CLIP_MODEL_NAME="openai/clip-vit-base-patch32"
CKPT="/FactMM-RAG/src/retriever/output/ance.best.pt"

TRAIN_JSON="/FactMM-RAG/data/mimic/train.json"
VALID_JSON="/FactMM-RAG/data/mimic/valid.json"
TEST_JSON="/FactMM-RAG/data/mimic/test.json"

EMB_DIR="/FactMM-RAG/ANCE/embedding"

python gen_embeddings.py --t5_model_name $T5_MODEL_NAME \
                 --clip_model_name $CLIP_MODEL_NAME \
                 --saved_ckpt $CKPT \
                 --train_path $TRAIN_JSON \
                 --valid_path $VALID_JSON \
                 --test_path $TEST_JSON \
                 --output_train_image_path $EMB_DIR/train_embedding_image.pkl \
                 --output_train_finding_path $EMB_DIR/train_embedding_finding.pkl \
                 --output_valid_image_path $EMB_DIR/valid_embedding_image.pkl \
                 --output_test_image_path $EMB_DIR/test_embedding_image.pkl
