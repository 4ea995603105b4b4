"""
SmolLM3 Stage 1 Data Processing Pipeline using DataTrove
Production-grade data processing pipeline replicating SmolLM3's approach

This pipeline processes multiple datasets with weighted sampling, quality filtering,
deduplication, and prepares data in the format needed for LLM pretraining.
"""

import os
import yaml
import argparse
from typing import List, Dict
from datatrove.executor import LocalPipelineExecutor
from datatrove.pipeline.readers import HuggingFaceDatasetReader
from datatrove.pipeline.filters import (
    GopherQualityFilter,
    GopherRepetitionFilter,
    LanguageFilter,
    URLFilter,
    SamplerFilter,
    LambdaFilter,
)
from datatrove.pipeline.dedup import (
    SentenceDedupSignature,
    SentenceFindDedups,
    SentenceDedupFilter,
)
from datatrove.pipeline.writers import JsonlWriter
from datatrove.data import Document


class SmolLM3DataTrovePipeline:
    """
    DataTrove pipeline for SmolLM3 Stage 1 pretraining data preparation
    """

    def __init__(self, config_path: str = "smollm3_weighted_config.yaml"):
        """Initialize pipeline with configuration"""
        print(f"Loading configuration from {config_path}")
        with open(config_path, 'r') as f:
            self.config = yaml.safe_load(f)

        self.datasets = self.config.get('datasets', [])
        self.filtering = self.config.get('filtering', {})

    def create_base_filters(self) -> List:
        """
        Create base quality filters similar to SmolLM3/FineWeb
        """
        filters = []

        # 1. Language filter - keep English and Vietnamese
        filters.append(
            LanguageFilter(
                languages=["en", "vi"],  # English and Vietnamese
                language_threshold=0.65  # Confidence threshold
            )
        )

        # 2. Gopher quality filters (used in many large-scale LLM training)
        filters.append(
            GopherRepetitionFilter(
                dup_line_frac=0.3,
                dup_para_frac=0.3,
                top_n_grams=(2, 3, 4),
                dup_n_grams=(0.25, 0.25, 0.25),
            )
        )
