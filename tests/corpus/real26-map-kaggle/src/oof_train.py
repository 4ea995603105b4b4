import os
import sys
import shutil
import pandas as pd
import numpy as np
import joblib
from sklearn.model_selection import StratifiedKFold

import torch
from datasets import Dataset
from peft import get_peft_model, LoraConfig, TaskType, prepare_model_for_kbit_training

from utils import (
    stringify_input,
    get_model_name,
    get_sequence_classifier,
    get_tokenizer,
    get_training_arguments,
    get_trainer,
)

os.environ["CUDA_VISIBLE_DEVICES"] = "0"

ROOT_PATH = os.getcwd()
if "/kaggle" in ROOT_PATH:
    ROOT_PATH = "/kaggle/input"
    sys.path.append(os.path.join(ROOT_PATH, "map-utilities"))

# Configuration
# BASE_MODEL = "google/gemma-2-9b-it"
BASE_MODEL = "jhu-clsp/ettin-encoder-1b"

N_FOLDS = 5
RANDOM_STATE = 42
EPOCHS = 3
LEARNING_RATE = 4e-5
MODEL_NAME = get_model_name("/kaggle" in ROOT_PATH, ROOT_PATH, BASE_MODEL)

USE_LORA = False
USE_QLORA = False

TRAIN_PATH = os.path.join(ROOT_PATH, "map-charting-student-math-misunderstandings", "train.csv")
TEST_PATH = os.path.join(ROOT_PATH, "map-charting-student-math-misunderstandings", "test.csv")

train_df = pd.read_csv(TRAIN_PATH)
test_df = pd.read_csv(TEST_PATH)
train_df.Misconception = train_df.Misconception.fillna("NA")
train_df["predict"] = train_df.Category + ":" + train_df.Misconception

le = joblib.load(os.path.join(ROOT_PATH, "label_encoder.joblib"))
train_df["label"] = le.transform(train_df["predict"])
n_classes = len(le.classes_)


def setup_model_config():
    lora_config = None
    if USE_LORA:
        lora_config = LoraConfig(r=8, lora_alpha=32, lora_dropout=0.05, task_type=TaskType.SEQ_CLS,
                                 target_modules=["q_proj", "k_proj", "v_proj", "o_proj"])
    return lora_config, {"torch_dtype": torch.bfloat16}


def train_single_fold(fold_idx, train_idx, val_idx):
    fold_train_df = train_df.iloc[train_idx].copy()
    fold_val_df = train_df.iloc[val_idx].copy()
    fold_train_df["stringified_input"] = fold_train_df.apply(lambda r: stringify_input(r, MODEL_NAME), axis=1)
    fold_val_df["stringified_input"] = fold_val_df.apply(lambda r: stringify_input(r, MODEL_NAME), axis=1)
    train_ds = Dataset.from_pandas(fold_train_df[["stringified_input", "label"]])
    val_ds = Dataset.from_pandas(fold_val_df[["stringified_input", "label"]])

    lora_config, q_lora_config = setup_model_config()
    seq_model = get_sequence_classifier(MODEL_NAME, n_classes, q_lora_config)
    tokenizer = get_tokenizer(MODEL_NAME)
    if USE_LORA:
        seq_model = get_peft_model(seq_model, lora_config)

    train_ds = train_ds.map(lambda e: tokenizer(e["stringified_input"]), batched=True)
    val_ds = val_ds.map(lambda e: tokenizer(e["stringified_input"]), batched=True)

    trainer = get_trainer(seq_model, tokenizer, get_training_arguments(learning_rate=LEARNING_RATE, epochs=EPOCHS),
                          train_ds, val_ds, train_on_full_dataset=False)
    trainer.train()

    fold_model_path = f"oof_models/fold_{fold_idx}"
    complete_dir = os.path.join(ROOT_PATH, fold_model_path)
    if os.path.exists(complete_dir):
        shutil.rmtree(complete_dir)
    os.makedirs(complete_dir, exist_ok=True)
    trainer.save_model(fold_model_path)
    tokenizer.save_pretrained(fold_model_path)

    preds = trainer.predict(val_ds)
    return torch.nn.functional.softmax(torch.tensor(preds.predictions), dim=1).numpy(), val_idx


def run_oof_training():
    skf = StratifiedKFold(n_splits=N_FOLDS, shuffle=True, random_state=RANDOM_STATE)
    oof = np.zeros((len(train_df), n_classes))
    for fold_idx, (tr, va) in enumerate(skf.split(train_df, train_df["label"])):
        probs, idx = train_single_fold(fold_idx, tr, va)
        oof[idx] = probs
    oof_df = pd.DataFrame(oof, columns=[f"pred_{i}" for i in range(n_classes)])
    oof_df["true_label"] = train_df["label"].values
    oof_df.to_csv("oof_predictions.csv", index=False)
    return oof


if __name__ == "__main__":
    run_oof_training()
