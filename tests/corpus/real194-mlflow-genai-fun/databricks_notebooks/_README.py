# Databricks notebook source
# MAGIC %md ### Databricks Notebooks
# MAGIC
# MAGIC * [llama2]($./llama2/_README) - Simple opinionated example of batch and real-time scoring for the Llama2 model.
# MAGIC * [mlflow_llm_evaluation]($./mlflow_llm_evaluation/_README) - Databricks notebooks for MLflow LLM evaluation examples.
# MAGIC * [includes]($./includes) - Common functions.
# MAGIC   * [HttpClient]($./includes/HttpClient) - [ModelServingClient]($./includes/ModelServingClient)
# MAGIC
# MAGIC ###### Last updated _2024-06-04_
