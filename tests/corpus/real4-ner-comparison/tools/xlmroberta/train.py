import os
os.environ["WANDB_DISABLED"] = "true"
import itertools
import json
import sys
from datetime import timedelta
from pathlib import Path
from timeit import default_timer as timer

import numpy as np
import pandas as pd
import torch
from datasets import Dataset, concatenate_datasets, load_metric
from transformers import AutoModelForTokenClassification, AutoTokenizer, Trainer, TrainingArguments

sys.path.insert(0, str(Path.cwd()))
from tools.xlmroberta.utils import conll_features, data_collator, labels_dict, tokenize_and_align_labels
from utils.registry import load_registry

device = torch.device("cuda")

print('loading tokenizer')
tokenizer = AutoTokenizer.from_pretrained("xlm-roberta-base")
metric = load_metric("seqeval")


def compute_metrics(p):
    preds, labels = p
    preds = np.argmax(preds, axis=2)
    pred_tags = [[label_list[a] for a, b in zip(pr, la) if b != -100] for pr, la in zip(preds, labels)]
    gold_tags = [[label_list[b] for a, b in zip(pr, la) if b != -100] for pr, la in zip(preds, labels)]
    r = metric.compute(predictions=pred_tags, references=gold_tags)
    return {"precision": r["overall_precision"], "recall": r["overall_recall"], "f1": r["overall_f1"]}


lr, bs, epochs = 2e-05, 8, 4
language_sets = [['en'], ['de'], ['es'], ['nl'], ['en', 'de', 'es', 'nl', 'fr', 'cs']]

model_dir = Path.cwd() / 'tools' / 'xlmroberta' / 'models'
model_dir.mkdir(exist_ok=True)
registry = load_registry()
run_id = 0
infos = []

for langs in language_sets:
    corpora = registry.loc[registry.language.isin(langs)]
    names = list(corpora.corpus.unique())
    for comb in itertools.chain.from_iterable(itertools.combinations(names, k) for k in range(1, len(names) + 1)):
        run_id += 1
        parts = {'train': [], 'test': []}
        rows = registry.loc[registry.language.isin(langs) & registry.corpus.isin(comb) & registry.split.isin(['train', 'test'])]
        for _, row in rows.iterrows():
            df = pd.read_feather(row['path'])
            df['CoNLL_IOB2'] = df['CoNLL_IOB2'].replace(labels_dict)
            df = df.groupby(['language', 'sentence_id'])[['token', 'CoNLL_IOB2']].agg(list)
            df = df.rename(columns={'token': 'text', 'CoNLL_IOB2': 'labels'})
            parts[row['split']].append(Dataset.from_pandas(df, features=conll_features))
        train = concatenate_datasets(parts['train'])
        test = concatenate_datasets(parts['test'])
        label_list = train.features["labels"].feature.names

        net = AutoModelForTokenClassification.from_pretrained("xlm-roberta-base", num_labels=len(label_list))
        net.to(device)
        out = model_dir / str(run_id)
        out.mkdir(exist_ok=True)
        args = TrainingArguments(output_dir=out, evaluation_strategy="epoch", learning_rate=lr,
                                 per_device_train_batch_size=bs, num_train_epochs=epochs, weight_decay=0.01)
        trainer = Trainer(model=net, args=args,
                          train_dataset=train.map(tokenize_and_align_labels, batched=True),
                          eval_dataset=test.map(tokenize_and_align_labels, batched=True),
                          tokenizer=tokenizer, data_collator=data_collator, compute_metrics=compute_metrics)
        t0 = timer()
        trainer.train()
        trainer.save_model(out)
        info = {'model_id': run_id, 'languages': langs, 'corpora': comb,
                'training_duration': timedelta(seconds=timer() - t0).total_seconds()}
        (out / 'model_infos.json').write_text(json.dumps(info))
        infos.append(info)

pd.DataFrame(infos).to_csv(model_dir / 'model_summaries.csv')
