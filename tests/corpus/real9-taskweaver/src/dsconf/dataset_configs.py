from abc import ABC, abstractmethod
from typing import Dict, List, Optional, Tuple, Type

from datasets import Dataset, load_dataset


class DatasetConfig(ABC):
    """Maps a Hub dataset (path, config name) to prompt/completion processing."""

    system_message: str = ""
    train_split: str = ""
    test_split: str = ""

    _registry: Dict[Tuple[str, Optional[str]], Type["DatasetConfig"]] = {}

    @classmethod
    def register(cls, dataset_path: str, dataset_name: Optional[str] = None):
        def wrap(config_cls):
            cls._registry[(dataset_path, dataset_name)] = config_cls
            config_cls.dataset_path = dataset_path
            config_cls.dataset_name = dataset_name
            return config_cls
        return wrap

    @classmethod
    def from_dataset_path(cls, dataset_path: str, dataset_name: Optional[str] = None):
        key = (dataset_path, dataset_name)
        if key not in cls._registry:
            raise ValueError(f"Unknown dataset: {dataset_path}. Known: {list(cls._registry)}")
        return cls._registry[key]

    @staticmethod
    @abstractmethod
    def chat_processor(batch): ...

    @classmethod
    def load_and_process(cls, split: str = "train") -> Dataset:
        if split.startswith("train"):
            split = split.replace("train", cls.train_split)
        else:
            split = split.replace("test", cls.test_split)
        ds = load_dataset(cls.dataset_path, cls.dataset_name, split=split)
        return ds.map(cls.chat_processor, batched=True, remove_columns=ds.column_names)

    @classmethod
    def id(cls) -> str:
        if cls.dataset_name is not None:
            return f"{cls.dataset_path}.{cls.dataset_name}"
        return cls.dataset_path


class ArcConfig(DatasetConfig):
    system_message = "Pick the best option. Answer with A, B, C or D only."
    train_split, test_split = "train", "test"

    @staticmethod
    def chat_processor(batch):
        prompts, completions = [], []
        for q, choices, key in zip(batch["question"], batch["choices"], batch["answerKey"]):
            opts = "\n".join(f"{l}.{t}" for l, t in zip(choices["label"], choices["text"]))
            prompts.append(f"{q}\n{opts}")
            completions.append(key)
        return {"prompt": prompts, "completion": completions}

    @classmethod
    def labels(cls) -> List[str]:
        sample = load_dataset(cls.dataset_path, cls.dataset_name, split=f"{cls.test_split}[:10]")
        return sorted({l for ex in sample for l in ex["choices"]["label"]})


@DatasetConfig.register('allenai/ai2_arc', 'ARC-Easy')
class ArcEasyConfig(ArcConfig):
    pass


@DatasetConfig.register('allenai/ai2_arc', 'ARC-Challenge')
class ArcChallengeConfig(ArcConfig):
    pass


@DatasetConfig.register('openai/gsm8k', 'main')
class GSM8KConfig(DatasetConfig):
    system_message = "Solve step by step; give the final answer on a new line as #### <number>."
    train_split, test_split = "train", "test"

    @staticmethod
    def chat_processor(batch):
        return {"prompt": list(batch["question"]), "completion": list(batch["answer"])}


@DatasetConfig.register('google/boolq')
class BoolQConfig(DatasetConfig):
    system_message = "Answer the question from the passage with true or false only."
    train_split, test_split = "train", "validation"

    @staticmethod
    def chat_processor(batch):
        prompts = [f"Passage: {p}\n\nQuestion: {q}" for p, q in zip(batch["passage"], batch["question"])]
        return {"prompt": prompts, "completion": [str(a).lower() for a in batch["answer"]]}


@DatasetConfig.register('stanfordnlp/snli')
class SNLIConfig(DatasetConfig):
    system_message = "Say entailment, neutral or contradiction."
    train_split, test_split = "train", "test"
    label_map = {0: "entailment", 1: "neutral", 2: "contradiction"}

    @staticmethod
    def chat_processor(batch):
        prompts, completions = [], []
        for p, h, y in zip(batch["premise"], batch["hypothesis"], batch["label"]):
            if y == -1:
                continue
            prompts.append(f"Premise: {p}\nHypothesis: {h}")
            completions.append(SNLIConfig.label_map[y])
        return {"prompt": prompts, "completion": completions}


@DatasetConfig.register('winogrande', 'winogrande_m')
class WinograndeConfig(DatasetConfig):
    system_message = "Fill the blank. Answer 1 or 2."
    train_split, test_split = "train", "validation"

    @staticmethod
    def chat_processor(batch):
        prompts = [f"{s}\n1. {a}\n2. {b}" for s, a, b in zip(batch["sentence"], batch["option1"], batch["option2"])]
        return {"prompt": prompts, "completion": list(batch["answer"])}


@DatasetConfig.register('allenai/openbookqa', 'main')
class OpenBookQAConfig(ArcConfig):

    @staticmethod
    def chat_processor(batch):
        prompts, completions = [], []
        for stem, choices, key in zip(batch["question_stem"], batch["choices"], batch["answerKey"]):
            opts = "\n".join(f"{l}. {t}" for l, t in zip(choices["label"], choices["text"]))
            prompts.append(f"{stem}\n{opts}")
            completions.append(key)
        return {"prompt": prompts, "completion": completions}
