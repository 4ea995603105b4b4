from typing import *
from datasets import load_dataset, Audio

def load_dataset(dataset_name: str, name: Optional[str] = None, split: Optional[str] = None) -> DatasetDict:
    """Loads a dataset from the 🤗 Datasets library."""
    pass
