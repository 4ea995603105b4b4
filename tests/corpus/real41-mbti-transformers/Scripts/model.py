import os
from sys import argv

import pandas as pd
import torch
from simpletransformers.classification import MultiLabelClassificationModel
from sklearn.metrics import accuracy_score, f1_score

os.environ["TOKENIZERS_PARALLELISM"] = "false"

model_type = argv[1]
model_name = argv[2]
total_epochs = int(argv[3])

print(f'begin-{model_type}-{model_name}')

train_df = pd.read_csv(f'../datasets/train.csv')
eval_df = pd.read_csv(f'../datasets/test.csv')


def str_to_list(text):
    return list(map(int, text.strip('][').split(', ')))


train_df['labels'] = train_df['labels'].apply(str_to_list)
eval_df['labels'] = eval_df['labels'].apply(str_to_list)

train_args = {
    'output_dir': f'../outputs/{model_type}-{model_name}-outputs/',
    'fp16': False,
    'max_seq_length': 512,
    'num_train_epochs': total_epochs,
    'train_batch_size': 3,
    'eval_batch_size': 3,
    'learning_rate': 5e-5,
    'save_steps': -1,
#   'wandb_project': 'ag-news-transformers-comparison',
    'reprocess_input_data': False,
    "save_model_every_epoch": False,
    'overwrite_output_dir': True,
    'no_cache': True,
    'use_early_stopping': True,
    'early_stopping_patience': 3,
    'manual_seed': 4,
}

model = MultiLabelClassificationModel(model_type, model_name, num_labels=4, args=train_args,
                                      use_cuda=torch.cuda.is_available())
model.train_model(train_df)
result, model_outputs, wrong_predictions = model.eval_model(eval_df)

y_test = [eval_df["labels"][idx] for idx in eval_df.index]
y_predict = model_outputs.round()


def label_num(y, label):
    return [l[label] for l in y]


scores = {}
for i, axis in enumerate(["IE", "NS", "TF", "JP"]):
    scores[f"acc_score_{axis}"] = accuracy_score(label_num(y_predict, i), label_num(y_test, i))
    scores[f"f1_{axis}"] = f1_score(label_num(y_predict, i), label_num(y_test, i))

with open(f"../outputs/{model_type}-{model_name}-outputs/results_acc.txt", "w") as results_file:
    for key, value in scores.items():
        results_file.write(f" {key}: {value}\n")
    results_file.write(f'acc_complete: {accuracy_score(y_predict, y_test)}\n')

print(f'end-{model_type}-{model_name}')
