"""
train_transformer.py
Fine-tune DNABERT-2 / Nucleotide Transformer models.
"""
from typing import Dict, Any

def train_transformer(config: Dict[str, Any]):
    """TODO: huggingface transformers pipeline; linear probe vs full fine-tuning."""
    raise NotImplementedError
