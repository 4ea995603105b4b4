import os
from sys import argv

import pandas as pd
import torch
from simpletransformers.classification import MultiLabelClassificationModel
from sklearn.metrics import accuracy_score, f1_score

os.environ["TOKENIZERS_PARALLELISM"] = "false"

model_type = argv[1]
model_name = argv[2]
epochs = int(argv[3])

train_df = pd.read_csv('../datasets/train.csv')
eval_df = pd.read_csv('../datasets/test.csv')


def parse_labels(text):
    return list(map(int, text.strip('][').split(', ')))


train_df['labels'] = train_df['labels'].apply(parse_labels)
eval_df['labels'] = eval_df['labels'].apply(parse_labels)

args = {
    'output_dir': f'../outputs/{model_type}-{model_name}-outputs/',
    'max_seq_length': 512,
    'num_train_epochs': epochs,
    'train_batch_size': 3,
    'learning_rate': 5e-5,
    'overwrite_output_dir': True,
    'use_early_stopping': True,
    'manual_seed': 4,
    # 'best_model_dir': f'outputs/{model_type}-{model_name}-outputs/best/',
}

clf = MultiLabelClassificationModel(model_type, model_name, num_labels=4, args=args,
                                    use_cuda=torch.cuda.is_available())
clf.train_model(train_df)
_, outputs, _ = clf.eval_model(eval_df)

pred = outputs.round()
gold = list(eval_df["labels"])
axes = ["IE", "NS", "TF", "JP"]
with open(f"../outputs/{model_type}-{model_name}-outputs/results_acc.txt", "w") as fh:
    for i, ax in enumerate(axes):
        p = [row[i] for row in pred]
        g = [row[i] for row in gold]
        fh.write(f"acc_{ax}: {accuracy_score(p, g)}  f1_{ax}: {f1_score(p, g)}\n")
