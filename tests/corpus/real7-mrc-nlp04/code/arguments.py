from dataclasses import dataclass, field
from typing import Optional

from transformers import TrainingArguments


@dataclass
class ModelArguments:
    """Which checkpoint/config/tokenizer the reader is fine-tuned from."""

    model_name_or_path: str = field(
        default="klue/bert-base",
        metadata={"help": "Path to pretrained model or model identifier from huggingface.co/models"},
    )
    config_name: Optional[str] = field(
        default=None,
        metadata={"help": "Config name or path, if different from model_name"},
    )
    tokenizer_name: Optional[str] = field(
        default=None,
        metadata={"help": "Tokenizer name or path, if different from model_name"},
    )


@dataclass
class DataTrainingArguments:
    """Data used for training and evaluation."""

    dataset_name: Optional[str] = field(
        default="../data/train_dataset",
        metadata={"help": "The name of the dataset to use."},
    )
    overwrite_cache: bool = field(default=False, metadata={"help": "Rebuild cached features"})
    max_seq_length: int = field(default=384, metadata={"help": "Max tokens per passage chunk"})
    doc_stride: int = field(default=128, metadata={"help": "Overlap between chunks"})
    max_answer_length: int = field(default=30, metadata={"help": "Longest answer span"})
    eval_retrieval: bool = field(default=True, metadata={"help": "Run sparse passage retrieval"})
    num_clusters: int = field(default=64, metadata={"help": "faiss clusters"})
    top_k_retrieval: int = field(default=10, metadata={"help": "passages per question"})
    use_faiss: bool = field(default=False, metadata={"help": "Build index with faiss"})


@dataclass
class CustomTrainingArguments(TrainingArguments):
    def __init__(self, *args, num_train_epochs: int = 3, batch_size: int = 32, **kwargs):
        super().__init__(*args, **kwargs)
        self.num_train_epochs = num_train_epochs
        self.per_device_train_batch_size = batch_size
        self.per_device_eval_batch_size = batch_size
