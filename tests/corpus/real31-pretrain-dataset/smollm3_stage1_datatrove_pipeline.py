"""
SmolLM3 Stage 1 Data Processing Pipeline using DataTrove

Processes multiple datasets with weighted sampling, quality filtering and
deduplication, and writes data in the format needed for LLM pretraining.
"""

import argparse
import os
from typing import Dict, List

import yaml
from datatrove.data import Document
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.filters import (
    GopherQualityFilter,
    GopherRepetitionFilter,
    LambdaFilter,
    LanguageFilter,
    SamplerFilter,
)
from datatrove.pipeline.readers import HuggingFaceDatasetReader
from datatrove.pipeline.writers import JsonlWriter


class SmolLM3DataTrovePipeline:
    """DataTrove pipeline for SmolLM3 Stage 1 pretraining data preparation"""

    def __init__(self, config_path: str = "smollm3_weighted_config.yaml"):
        print(f"Loading configuration from {config_path}")
        with open(config_path, 'r') as f:
            self.config = yaml.safe_load(f)
        self.datasets = self.config.get('datasets', [])
        self.filtering = self.config.get('filtering', {})

    def create_base_filters(self) -> List:
        filters = [
            LanguageFilter(languages=["en", "vi"], language_threshold=0.65),
            GopherRepetitionFilter(dup_line_frac=0.3, dup_para_frac=0.3),
            GopherQualityFilter(
                min_doc_words=self.filtering.get('min_length', 100) // 5,
                max_doc_words=self.filtering.get('max_length', 1000000) // 5,
            ),
        ]
        exclude_keywords = self.filtering.get('exclude_keywords', [])
        if exclude_keywords:
            def has_spam(doc: Document) -> bool:
                text_lower = doc.text.lower()
                return not any(k.lower() in text_lower for k in exclude_keywords)
            filters.append(LambdaFilter(has_spam, exclusion_writer=None))
        return filters

    def create_pipeline_for_dataset(self, dataset_info: Dict, output_folder: str, sample_ratio: float = 1.0) -> List:
        dataset_name = dataset_info['name']
        config = dataset_info.get('config', None)
        pipeline = [
            HuggingFaceDatasetReader(
                dataset=dataset_name,
                dataset_options={"split": dataset_info.get('split', 'train'), "streaming": True},
                text_key=dataset_info.get('text_field', 'text'),
                default_metadata={"source": dataset_name, "config": config or "default"},
            )
        ]
        if sample_ratio < 1.0:
            pipeline.append(SamplerFilter(rate=sample_ratio, seed=42))
        pipeline.extend(self.create_base_filters())
        dataset_output = os.path.join(output_folder, dataset_name.replace('/', '_'), config or 'default')
        pipeline.append(JsonlWriter(output_folder=dataset_output, output_filename="${rank}.jsonl.gz", compression="gzip"))
        return pipeline

    def run_stage1_pipeline(self, output_folder: str = "./datatrove_output/stage1", tasks: int = 10,
                            workers: int = 4, logging_dir: str = "./datatrove_logs"):
        os.makedirs(output_folder, exist_ok=True)
        for dataset_info in self.datasets:
            weight = dataset_info.get('weight', 0)
            if weight == 0:
                continue
            executor = LocalPipelineExecutor(
                pipeline=self.create_pipeline_for_dataset(dataset_info, output_folder, sample_ratio=weight),
                tasks=tasks,
                workers=workers,
                logging_dir=os.path.join(logging_dir, dataset_info['name'].replace('/', '_')),
                skip_completed=True,
            )
            executor.run()


def main():
    parser = argparse.ArgumentParser(description="SmolLM3 Stage 1 DataTrove Pipeline")
    parser.add_argument("--config", type=str, default="smollm3_weighted_config.yaml", help="Path to weighted config file")
    parser.add_argument("--output-folder", type=str, default="./datatrove_output/stage1")
    parser.add_argument("--tasks", type=int, default=10)
    parser.add_argument("--workers", type=int, default=4)
    parser.add_argument("--logging-dir", type=str, default="./datatrove_logs")
    args = parser.parse_args()

    SmolLM3DataTrovePipeline(config_path=args.config).run_stage1_pipeline(
        output_folder=args.output_folder, tasks=args.tasks, workers=args.workers, logging_dir=args.logging_dir,
    )


if __name__ == "__main__":
    main()
