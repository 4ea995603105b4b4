import json

import pandas as pd
import wandb
from datasets import Dataset

from prompts import generate_prompt, generate_test_prompt


def train_data(path='data/train.json'):
    run = wandb.init(project="Artifacts Registry", job_type="data-loading")

    with open(path, 'r') as file:
        data_json = [json.loads(line) for line in file]

    raw_medmcqa_df = pd.DataFrame(data_json)
    raw_medmcqa_df.to_csv('raw_medmcqa.csv', index=False)

    raw_dataset_artifact = wandb.Artifact(name='raw_medmcqa', type='dataset')
    raw_dataset_artifact.add_file('raw_medmcqa.csv')
    wandb.log_artifact(raw_dataset_artifact, aliases=["raw"])

    keep = ['question', 'cop', 'subject_name', 'topic_name', 'exp', 'opa', 'opb', 'opc', 'opd']
    data_df = pd.DataFrame([{k: entry[k] for k in keep} for entry in data_json])
    data_df['topic_name'] = data_df['topic_name'].fillna('Unknown')
    data_df['exp'] = data_df['exp'].fillna('')
    data_df.to_csv('clean_medmcqa.csv', index=False)

    run.log_artifact(
        artifact_or_path="clean_medmcqa.csv",
        name="clean_medmcqa",
        type="dataset",
        aliases=["cleaned"]
    )
    wandb.finish()
    return Dataset.from_pandas(data_df)


def instruction_tuned_dataset(data):
    return data.map(generate_prompt, batched=True)


def valid_data(path='data/dev.json'):
    with open(path, 'r') as file:
        val_data_json = [json.loads(line) for line in file]
    keep = ['question', 'cop', 'opa', 'opb', 'opc', 'opd']
    val_data_df = pd.DataFrame([{k: entry[k] for k in keep} for entry in val_data_json])
    val_data_df['text'] = val_data_df.apply(lambda x: generate_test_prompt(x), axis=1)
    return val_data_df
