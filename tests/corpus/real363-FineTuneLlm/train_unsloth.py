import datetime
import os

from datasets import load_dataset
from transformers import TrainingArguments
from trl import SFTTrainer
from unsloth import FastLanguageModel, is_bfloat16_supported
from zoneinfo import ZoneInfo

from config import FinetuneConfig
from utils import setup_mlflow_tracking


class LlmTrainerUnsloth:
    def __init__(self, model_name: str, dataset_name: str):
        """Initialize the LlmTrainer with Unsloth class."""
        self.config = FinetuneConfig()

        self.model_name = model_name
        self.dataset_name = dataset_name

        self.max_seq_length = 2048

        model, self.tokenizer = FastLanguageModel.from_pretrained(
            model_name=model_name,
            max_seq_length=self.max_seq_length,
            dtype=None,
            load_in_4bit=False,
        )
        self.model = FastLanguageModel.get_peft_model(
            model,
            r=self.config.r,
            use_gradient_checkpointing="unsloth",  # True or "unsloth" for very long context
            random_state=42,
            use_rslora=False,  # We support rank stabilized LoRA
            loftq_config=None,  # And LoftQ
        )

    def load_dataset(self, dataset_name: str, percentage: float = 1.0):
        """Load and preprocess the dataset."""

        dataset = load_dataset(dataset_name, split="train")
        print(f"Loading original dataset: {len(dataset)} samples")

        # Calculate the number of samples to select based on the percentage
        sample_size = int(len(dataset) * percentage)
        self.dataset = dataset.select(range(sample_size))
        print(f"Loaded dataset: {len(self.dataset)} samples")

if __name__ == "__main__":
    model_name = "meta-llama/Meta-Llama-3.1-8B-Instruct"
    dataset_name = "bitext/Bitext-customer-support-llm-chatbot-training-dataset"

    LlmTrainerUnsloth(model_name=model_name, dataset_name=dataset_name).train_pipeline()
