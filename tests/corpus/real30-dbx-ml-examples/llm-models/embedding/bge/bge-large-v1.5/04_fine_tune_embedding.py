# Databricks notebook source
# MAGIC %md
# MAGIC
# MAGIC # Fine-Tune `bge-large-en-v1.5` with Sentence Transformers
# MAGIC
# MAGIC This notebook fine-tunes the [bge-large-en-v1.5 model](https://huggingface.co/BAAI/bge-large-en-v1.5).
# MAGIC
# MAGIC Environment: 14.1 GPU ML Runtime, `g4dn.xlarge` on AWS or `Standard_NC4as_T4_v3` on Azure

# COMMAND ----------

# Point this to a UC Volumes location if DBFS is not available
output_model_path = "/dbfs/fine_tuned_bge_v1_5_model"

# COMMAND ----------

# MAGIC %md
# MAGIC ## Prepare your dataset
# MAGIC
# MAGIC We use [Amazon-QA](https://huggingface.co/datasets/embedding-data/Amazon-QA) to build the training set.

# COMMAND ----------

from datasets import load_dataset

dataset = load_dataset("embedding-data/Amazon-QA", split='train[:500]')

# COMMAND ----------

from sentence_transformers import InputExample

def create_dataset_for_multiple_loss(train_dataset):
  train_examples = []
  for elem in train_dataset:
    query = f"Represent this sentence for searching relevant passages: {elem['query']}"
    for text in elem["pos"]:
      train_examples.append(InputExample(texts=[query, text]))
  return train_examples

train_examples = create_dataset_for_multiple_loss(dataset)

# COMMAND ----------

from sentence_transformers import SentenceTransformer
model = SentenceTransformer('BAAI/bge-large-en-v1.5')

# COMMAND ----------

from torch.utils.data import DataLoader
from sentence_transformers import losses

train_dataloader = DataLoader(train_examples, shuffle=True, batch_size=3)
train_loss = losses.MultipleNegativesRankingLoss(model=model)
model.fit(train_objectives=[(train_dataloader, train_loss)], epochs=3)
model.save(output_model_path)

# COMMAND ----------

import mlflow
import torch
import pandas as pd

class SentenceTransformerEmbeddingModel(mlflow.pyfunc.PythonModel):
  def load_context(self, context):
    device = 0 if torch.cuda.is_available() else -1
    self.model = SentenceTransformer(context.artifacts["sentence-transformer-model"], device=device)

  def predict(self, context, model_input):
    texts = model_input.iloc[:, 0].to_list()
    return pd.Series(self.model.encode(texts).tolist())

# COMMAND ----------

with mlflow.start_run() as run:
  my_model = SentenceTransformerEmbeddingModel()
  model_info = mlflow.pyfunc.log_model(artifact_path="model", python_model=my_model,
                                       input_example=["London is known for its financial district"],
                                       artifacts={"sentence-transformer-model": output_model_path})

loaded_model = mlflow.pyfunc.load_model(f"runs:/{run.info.run_id}/model")
test_df = pd.DataFrame(['London has 9,787,426 inhabitants at the 2011 census'], columns=["text"])
loaded_model.predict(test_df)
