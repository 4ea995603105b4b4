import logging
from typing import Dict, List, Optional

import datasets
from datasets import DatasetDict

logging.basicConfig(level=logging.INFO, format="%(asctime)s - %(levelname)s - %(name)s -   %(message)s")


class DatasetLoader:
    """
    Loads the datasets of the Napolab benchmark and preprocesses them.
    """

    DATASET_NAMES = [
        "assin",
        "assin2",
        "rerelem",
        "hatebr",
        "reli-sa",
        "faquad-nli",
        "porsimplessent"
    ]

    SUPPORTED_LANGUAGES = {
        "portuguese": "por",
        "english": "eng",
        "spanish": "spa",
        "catalan": "cat",
        "galician": "glg"
    }

    SUPPORTED_VARIANTS = ["full", "br", "pt"]

    def get_dataset_name(self, dataset_name: str, language: str) -> str:
        """Build the Hub dataset name from dataset_name and language."""
        if not (dataset_name.startswith("assin") and language in ["por", "portuguese"]):
            name = f"ruanchaves/{dataset_name}"
        else:
            name = dataset_name

        if language not in ["por", "portuguese"]:
            language_code = self.SUPPORTED_LANGUAGES.get(language, language)
            name = name + "_por_Latn_to_" + language_code + "_Latn"
        return name

    def load(self,
             dataset_name: str,
             language: str = "por",
             variant: str = "full",
             clean: bool = True,
             task: Optional[str] = None,
             hf_args: List = [],
             hf_kwargs: Dict = {}) -> DatasetDict:
        if dataset_name not in self.DATASET_NAMES:
            raise ValueError(f"Dataset name must be one of {self.DATASET_NAMES}")
        name = self.get_dataset_name(dataset_name, language)
        dataset = datasets.load_dataset(name, *hf_args, **hf_kwargs)
        return dataset


def load_napolab_benchmark(include_translations=True):
    loader = DatasetLoader()

    datasets = {}
    for dataset_name in loader.DATASET_NAMES:
        datasets[dataset_name] = loader.load(dataset_name, hf_kwargs={"trust_remote_code": True})

    # Only the Brazilian Portuguese or European Portuguese portion of ASSIN:
    datasets["assin-rte-ptbr"] = loader.load("assin", task="rte", hf_args=["ptbr"])

    translated_datasets = {}
    if include_translations:
        for language in ["english", "spanish", "galician", "catalan"]:
            translated_datasets[language] = {
                name: loader.load(name, language=language) for name in loader.DATASET_NAMES
            }

    return {"datasets": datasets, "translations": translated_datasets}
