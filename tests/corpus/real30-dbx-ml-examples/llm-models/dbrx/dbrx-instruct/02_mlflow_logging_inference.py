# Databricks notebook source
# MAGIC %md
# MAGIC # Manage `dbrx-instruct` model with MLFlow on Databricks
# MAGIC
# MAGIC The [dbrx-instruct](https://huggingface.co/databricks/dbrx-instruct) LLM is an instruct fine-tuned version of the [dbrx-base](https://huggingface.co/databricks/dbrx-base) generative text model.
# MAGIC
# MAGIC Environment for this notebook:
# MAGIC - Runtime: 14.3 GPU ML Runtime
# MAGIC - Instance: `p4d.24xlarge` on aws, `Standard_NC24ads_A100_v4` on azure

# COMMAND ----------

# MAGIC %pip install -U mlflow-skinny[databricks]>=2.6.0
# MAGIC %pip install -U torch==2.2.2 transformers==4.38.2 accelerate==0.26.1 einops==0.7.0
# MAGIC dbutils.library.restartPython()

# COMMAND ----------

# MAGIC %md
# MAGIC ## Log the model to MLFlow

# COMMAND ----------

# pin the revision for reproducibility; commit history: https://huggingface.co/databricks/dbrx-instruct/commits/main
model_name = "databricks/dbrx-instruct"
revision = "b1c4a3c6d864b8c86b88f2d20016afdae4aa0fc9"

from transformers import AutoModelForCausalLM, AutoTokenizer
import torch

model = AutoModelForCausalLM.from_pretrained(model_name, revision=revision, torch_dtype=torch.bfloat16,
                                             cache_dir="/local_disk0/.cache/huggingface/")
tokenizer = AutoTokenizer.from_pretrained(model_name, revision=revision)

# COMMAND ----------

DEFAULT_SYSTEM_PROMPT = """\
You are a helpful, respectful and honest assistant."""

def build_prompt(instruction):
    return """
### Instruction:
{system_prompt}
{instruction}

### Response:\n""".format(system_prompt=DEFAULT_SYSTEM_PROMPT, instruction=instruction)

# COMMAND ----------

import mlflow
from mlflow.models import infer_signature

input_example = {"prompt": build_prompt("What is Machine Learning?")}
inference_config = {"temperature": 1.0, "max_new_tokens": 100, "do_sample": True}
signature = infer_signature(model_input=input_example, model_output="Machine Learning is...", params=inference_config)

with mlflow.start_run() as run:
    mlflow.transformers.log_model(
        transformers_model={"model": model, "tokenizer": tokenizer},
        task="text-generation",
        artifact_path="model",
        pip_requirements=["torch==2.2.2", "transformers==4.38.2", "accelerate==0.26.1", "einops==0.7.0"],
        input_example=input_example,
        signature=signature,
        metadata={
            "task": "llm/v1/completions",
            "databricks_model_source": "example-notebooks",
            "databricks_model_size_parameters": "131596523520b"
        }
    )

# COMMAND ----------

# MAGIC %md
# MAGIC ## Register the model to Unity Catalog

# COMMAND ----------

mlflow.set_registry_uri("databricks-uc")

registered_name = "models.default.dbrx-instruct"  # <catalog_name>.<schema_name>.<model_name>

result = mlflow.register_model("runs:/" + run.info.run_id + "/model", registered_name)

from mlflow import MlflowClient

client = MlflowClient()
client.set_registered_model_alias(name=registered_name, alias="Champion", version=result.version)

# COMMAND ----------

loaded_model = mlflow.pyfunc.load_model(f"models:/{registered_name}@Champion")
loaded_model.predict({"prompt": "What is large language model?"}, params={"temperature": 0.5, "max_new_tokens": 100})

# COMMAND ----------

# MAGIC %md
# MAGIC ## Deploying the model to Model Serving (provisioned throughput)

# COMMAND ----------

import requests
import json

model_version = result
served_name = f'{model_version.name.replace(".", "_")}_{model_version.version}'

API_ROOT = dbutils.notebook.entry_point.getDbutils().notebook().getContext().apiUrl().get()
API_TOKEN = dbutils.notebook.entry_point.getDbutils().notebook().getContext().apiToken().get()

data = {
    "name": served_name,
    "config": {
        "served_models": [
            {
                "model_name": model_version.name,
                "model_version": model_version.version,
                "min_provisioned_throughput": 980,
                "max_provisioned_throughput": 2940,
            }
        ]
    },
}
headers = {"Context-Type": "text/json", "Authorization": f"Bearer {API_TOKEN}"}
response = requests.post(url=f"{API_ROOT}/api/2.0/serving-endpoints", json=data, headers=headers)
print(json.dumps(response.json(), indent=4))
