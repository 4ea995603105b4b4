"""
Custom Huggingface-compatible NER dataset
"""

import os

import datasets
from datasets import load_metric

metric = load_metric("seqeval")
logger = datasets.logging.get_logger(__name__)

LABELS = [
    "O",
    "B-MethodName", "I-MethodName",
    "B-HyperparameterName", "I-HyperparameterName",
    "B-HyperparameterValue", "I-HyperparameterValue",
    "B-MetricName", "I-MetricName",
    "B-MetricValue", "I-MetricValue",
    "B-TaskName", "I-TaskName",
    "B-DatasetName", "I-DatasetName",
]


class OurDataConfig(datasets.BuilderConfig):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)


class OurData(datasets.GeneratorBasedBuilder):
    BUILDER_CONFIGS = [
        OurDataConfig(name="OurData", version=datasets.Version("1.0.0"), description="Our NLP NER dataset"),
    ]

    def _info(self):
        return datasets.DatasetInfo(
            features=datasets.Features(
                {
                    "id": datasets.Value("string"),
                    "tokens": datasets.Sequence(datasets.Value("string")),
                    "ner_tags": datasets.Sequence(datasets.features.ClassLabel(names=LABELS)),
                }
            ),
            supervised_keys=None,
        )

    def _split_generators(self, dl_manager):
        url = "https://github.com/realzza/711-project2/raw/main/our_data"
        data_files = {
            "train": os.path.join(url, "tjy-raw.conll"),
            "dev": os.path.join(url, "tjy-raw.conll"),
            "test": os.path.join(url, "tjy-raw.conll"),
        }
        return [
            datasets.SplitGenerator(name=datasets.Split.TRAIN, gen_kwargs={"filepath": data_files["train"]}),
            datasets.SplitGenerator(name=datasets.Split.VALIDATION, gen_kwargs={"filepath": data_files["dev"]}),
            datasets.SplitGenerator(name=datasets.Split.TEST, gen_kwargs={"filepath": data_files["test"]}),
        ]

    def _generate_examples(self, filepath):
        with open(filepath, encoding="utf-8") as f:
            guid, tokens, ner_tags = 0, [], []
            for line in f:
                if line.startswith("-DOCSTART-") or line.strip() == "":
                    if tokens:
                        yield guid, {"id": str(guid), "tokens": tokens, "ner_tags": ner_tags}
                        guid, tokens, ner_tags = guid + 1, [], []
                else:
                    splits = line.split(" ")
                    tokens.append(splits[0])
                    ner_tags.append(splits[3].rstrip())
            if tokens:
                yield guid, {"id": str(guid), "tokens": tokens, "ner_tags": ner_tags}
