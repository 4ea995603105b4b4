"""Build an instruction dataset through the Hugging Face inference API"""

# for the async variant
# import asyncio
import os

from synthgen import (
    DatasetConfig,
    DatasetGeneratorConfig,
    LLMConfig,
    InstructionDatasetGenerator,
)

os.environ["HUGGINGFACE_API_KEY"] = ""

os.environ["HF_TOKEN"] = ""

if __name__ == "__main__":
    llm_config = LLMConfig(
        model="huggingface/HuggingFaceTB/SmolLM2-1.7B-Instruct", temperature=0.5
    )

    dataset_config = DatasetConfig(
        topic="Artificial Intelligence",
        domains=["Machine Learning", "Deep Learning"],
        language="English",
        additional_description="Lean towards uses of AI and ML in healthcare.",
        num_entries=1000,
    )

    dataset_generator_config = DatasetGeneratorConfig(
        dataset_config=dataset_config, llm_config=llm_config
    )

    # target dataset repository on the Hub
    hf_repo_name = "{organization_or_account_name}/artificial-intelligence-in-healthcare"

    dataset_generator = InstructionDatasetGenerator(dataset_generator_config)
    dataset = dataset_generator.generate_dataset()
    # dataset = asyncio.run(dataset_generator.agenerate_dataset())

    dataset.save_dataset(
        hf_repo_name=hf_repo_name,
    )
