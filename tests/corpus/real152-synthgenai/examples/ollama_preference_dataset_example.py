"""Build a preference dataset with a model served by Ollama"""

# for the async variant
# import asyncio
import os

from synthgen import (
    DatasetConfig,
    DatasetGeneratorConfig,
    LLMConfig,
    PreferenceDatasetGenerator,
)

os.environ["HF_TOKEN"] = ""

if __name__ == "__main__":
    # which model writes the data, and how
    llm_config = LLMConfig(model="ollama/nemotron", temperature=0.5)

    # what the dataset is about and how big it gets
    dataset_config = DatasetConfig(
        topic="Artificial Intelligence",
        domains=["Machine Learning", "Deep Learning"],
        language="English",
        additional_description="Lean towards uses of AI and ML in healthcare.",
        num_entries=1000,
    )

    # where the result is pushed on the Hub
    hf_repo_name = "{organization_or_account_name}/artificial-intelligence-in-healthcare"

    dataset_generator_config = DatasetGeneratorConfig(
        dataset_config=dataset_config, llm_config=llm_config
    )
    dataset_generator = PreferenceDatasetGenerator(dataset_generator_config)

    dataset = dataset_generator.generate_dataset()
    # dataset = asyncio.run(dataset_generator.agenerate_dataset())

    # save locally and upload
    dataset.save_dataset(
        hf_repo_name=hf_repo_name,
    )
