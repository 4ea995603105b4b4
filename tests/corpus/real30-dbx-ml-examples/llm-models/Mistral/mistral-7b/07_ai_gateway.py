# Databricks notebook source
# MAGIC %md
# MAGIC # Manage access to Databricks Serving Endpoint with AI Gateway
# MAGIC
# MAGIC Uses MLflow AI Gateway ([announcement blog](https://www.databricks.com/blog/announcing-mlflow-ai-gateway)) with a Databricks Serving Endpoint.
# MAGIC
# MAGIC Requirement: a serving endpoint in "Ready" status (see `02_mlflow_logging_inference`).

# COMMAND ----------

# MAGIC %pip install --upgrade "mlflow[gateway]>=2.6"
# MAGIC dbutils.library.restartPython()

# COMMAND ----------

# TODO: change endpoint_name to your Databricks serving endpoint name if it differs
endpoint_name = "mistral-7b-instruct "
gateway_route_name = f"{endpoint_name}_completion"

databricks_url = dbutils.notebook.entry_point.getDbutils().notebook().getContext().apiUrl().getOrElse(None)
token = dbutils.notebook.entry_point.getDbutils().notebook().getContext().apiToken().getOrElse(None)

# COMMAND ----------

import mlflow.gateway
mlflow.gateway.set_gateway_uri("databricks")

mlflow.gateway.create_route(
    name=gateway_route_name,
    route_type="llm/v1/completions",
    model= {
        "name": endpoint_name,
        "provider": "databricks-model-serving",
        "databricks_model_serving_config": {
          "databricks_api_token": token,
          "databricks_workspace_url": databricks_url
        }
    }
)

# COMMAND ----------

response = mlflow.gateway.query(
    route=gateway_route_name,
    data={"prompt": "What is MLflow?", "temperature": 0.3, "max_new_tokens": 512}
)
print(response['candidates'][0]['text'])
