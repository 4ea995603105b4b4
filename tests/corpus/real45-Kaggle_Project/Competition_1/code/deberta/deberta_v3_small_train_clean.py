import os
import pickle
import random
import warnings

import numpy as np
import pandas as pd
import torch
from datasets import Dataset
from sklearn.metrics import cohen_kappa_score
from sklearn.model_selection import StratifiedKFold
from tokenizers import AddedToken
from transformers import (AutoConfig, AutoModelForSequenceClassification, AutoTokenizer,
                          DataCollatorWithPadding, Trainer, TrainingArguments)

os.environ["CUDA_VISIBLE_DEVICES"] = "0"

USE_REGRESSION = True
VER = 1
LOAD_FROM = None
COMPUTE_CV = True

warnings.simplefilter('ignore')


class PATHS:
    train_path = '/home/oryza/Desktop/KK/Competition_1/data/1_learning-agency-lab-automated-essay-scoring-2/train.csv'
    # train_path = '/home/oryza/Desktop/KK/Competition_1/data/persuade_2.0_human_scores_demo_id_github.csv'
    test_path = '/home/oryza/Desktop/KK/Competition_1/data/1_learning-agency-lab-automated-essay-scoring-2/test.csv'
    model_pretrain_path = "/home/oryza/Desktop/KK/Competition_1/models/deberta-v3-small"
    dir_save_model = f'/home/oryza/Desktop/KK/Competition_1/models/debearta_v3_small_retrain_v{VER}/'


class CFG:
    n_splits = 5
    seed = 42
    max_length = 1024
    lr = 1e-5
    train_batch_size = 4
    eval_batch_size = 8
    train_epochs = 1
    warmup_ratio = 0.1
    num_labels = 6


def compute_metrics_for_regression(eval_pred):
    predictions, labels = eval_pred
    return {'qwk': cohen_kappa_score(labels, predictions.clip(0, 5).round(0), weights='quadratic')}


def k_fold_train_valid_data():
    data = pd.read_csv(PATHS.train_path)
    data['label'] = (data['score'] - 1).astype('float32')
    skf = StratifiedKFold(n_splits=CFG.n_splits, shuffle=True, random_state=CFG.seed)
    for i, (_, val_index) in enumerate(skf.split(data, data["score"])):
        data.loc[val_index, "fold"] = i
    return data


training_args = TrainingArguments(
    output_dir=PATHS.dir_save_model + f'output_v{VER}',
    fp16=True,
    learning_rate=CFG.lr,
    per_device_train_batch_size=CFG.train_batch_size,
    per_device_eval_batch_size=CFG.eval_batch_size,
    num_train_epochs=CFG.train_epochs,
    evaluation_strategy='epoch',
    metric_for_best_model='qwk',
    save_strategy='epoch',
    save_total_limit=1,
    load_best_model_at_end=True,
    report_to='none',
    warmup_ratio=CFG.warmup_ratio,
    lr_scheduler_type='linear',  # "cosine" or "linear" or "constant"
)


def train(data):
    all_predictions = []
    tokenizer = AutoTokenizer.from_pretrained(PATHS.model_pretrain_path)
    tokenizer.add_tokens([AddedToken("\n", normalized=False)])

    for fold in range(len(data['fold'].unique())):
        train_df = data[data['fold'] != fold]
        valid = data[data['fold'] == fold].copy()
        tok = lambda df: Dataset.from_pandas(df[['full_text', 'label']]).map(
            lambda ex: tokenizer(ex['full_text'], truncation=True, max_length=CFG.max_length), batched=True)

        config = AutoConfig.from_pretrained(PATHS.model_pretrain_path)
        config.num_labels = 1
        if LOAD_FROM:
            model = AutoModelForSequenceClassification.from_pretrained(
                LOAD_FROM + f'deberta-v3-small_AES2_fold_{fold}_v{VER}')
        else:
            model = AutoModelForSequenceClassification.from_pretrained(PATHS.model_pretrain_path, config=config)
            model.resize_token_embeddings(len(tokenizer))

        trainer = Trainer(model=model, args=training_args, train_dataset=tok(train_df),
                          eval_dataset=tok(valid), data_collator=DataCollatorWithPadding(tokenizer=tokenizer),
                          tokenizer=tokenizer, compute_metrics=compute_metrics_for_regression)
        trainer.train()
        predictions0 = trainer.predict(tok(valid)).predictions
        trainer.save_model(PATHS.dir_save_model + f'deberta-v3-small_AES2_fold_{fold}_v{VER}')
        all_predictions.append(predictions0)
    return np.concatenate(all_predictions, axis=0)


if __name__ == '__main__':
    predictions = train(k_fold_train_valid_data())
    with open('predictions.pkl', 'wb') as f:
        pickle.dump(predictions, f)
