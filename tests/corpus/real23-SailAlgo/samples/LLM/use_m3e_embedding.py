# -*- coding: utf-8 -*-
# @file use_m3e_embedding.py
# @brief M3E Embedding Model Demo
# ---------------------------------

from sentence_transformers import SentenceTransformer

model_path = "data/pretrained/embedding/m3e-base"
# model_path = "moka-ai/m3e-base"
model = SentenceTransformer(model_path)

sentences = [
    "* Moka 此文本嵌入模型由 MokaAI 训练并开源，训练脚本使用 uniem",
    "* Massive 此文本嵌入模型通过**千万级**的中文句对数据集进行训练",
]

embeddings = model.encode(sentences)
print(embeddings.shape)  # (2, 768)
