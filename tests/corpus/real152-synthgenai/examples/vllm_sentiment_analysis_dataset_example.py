"""Build a sentiment-analysis dataset with a model behind a hosted vLLM server."""

# for the async variant
# import asyncio
import os

from synthgenai import (
    DatasetConfig,
    DatasetGeneratorConfig,
    LLMConfig,
    SentimentAnalysisDatasetGenerator,
)

os.environ["AWS_REGION"] = "us-east-1"
os.environ["AWS_ACCESS_KEY_ID"] = ""
os.environ["AWS_SECRET_ACCESS_KEY"] = ""

os.environ["HF_TOKEN"] = ""

if __name__ == "__main__":
    # the generator model and its sampling settings
    llm_config = LLMConfig(
        model="hosted_vllm/facebook/opt-125m",
        api_base="https://hosted-vllm-api.co",  # point this at your own vLLM server
        temperature=0.5,
    )

    dataset_config = DatasetConfig(
        topic="Artificial Intelligence",
        domains=["Machine Learning", "Deep Learning"],
        language="English",
        additional_description="Lean towards uses of AI and ML in healthcare.",
        num_entries=1000,
    )

    # target dataset repository on the Hub
    hf_repo_name = (
        "{organization_or_account_name}/artificial-intelligence-in-healthcare"
    )

    dataset_generator_config = DatasetGeneratorConfig(
        dataset_config=dataset_config, llm_config=llm_config
    )
    dataset_generator = SentimentAnalysisDatasetGenerator(dataset_generator_config)
    dataset = dataset_generator.generate_dataset()

    dataset.save_dataset(
        hf_repo_name=hf_repo_name,
    )
