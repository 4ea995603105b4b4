import os
from sys import argv

import pandas as pd
import torch
from simpletransformers.classification import MultiLabelClassificationModel
from sklearn.metrics import accuracy_score, f1_score

os.environ["TOKENIZERS_PARALLELISM"] = "false"

# usage: python3 model.py <model_type> <model_name> <epochs>
model_type = argv[1]
model_name = argv[2]
total_epochs = int(argv[3])
print(f'begin-{model_type}-{model_name}')

train_df = pd.read_csv('../datasets/train.csv')
eval_df = pd.read_csv('../datasets/test.csv')


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
    # 'wandb_project': 'ag-news-transformers-comparison',
    'overwrite_output_dir': True,
    'use_early_stopping': True,
    'early_stopping_patience': 3,
    'manual_seed': 4,
}

model = MultiLabelClassificationModel(model_type, model_name, num_labels=4, args=train_args,
                                      use_cuda=torch.cuda.is_available())
model.train_model(train_df)
result, model_outputs, wrong = model.eval_model(eval_df)

y_test = list(eval_df["labels"])
y_pred = model_outputs.round()
with open(f"../outputs/{model_type}-{model_name}-outputs/results_acc.txt", "w") as fh:
    for i, axis in enumerate(["IE", "NS", "TF", "JP"]):
        p = [row[i] for row in y_pred]
        t = [row[i] for row in y_test]
        fh.write(f" acc_score_{axis}: {accuracy_score(p, t)}\n f1_{axis} score: {f1_score(p, t)}\n")
    fh.write(f'acc_complete: {accuracy_score(y_pred, y_test)}\n')
print(f'end-{model_type}-{model_name}')
