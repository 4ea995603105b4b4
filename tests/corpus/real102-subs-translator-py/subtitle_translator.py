import argparse
import logging
import os
import re
import sys
import torch
import gc
from pathlib import Path
from typing import List, Optional, Dict
from transformers import AutoTokenizer, AutoModelForSeq2SeqLM
from tqdm import tqdm
import srt
import pysubs2
import platform
import warnings
import psutil

# Filter out warnings
warnings.filterwarnings("ignore", message="Xet Storage is enabled for this repo")
warnings.filterwarnings("ignore", category=UserWarning, module="transformers")

# Detect operating system
IS_WINDOWS = platform.system() == 'Windows'
IS_MAC = platform.system() == 'Darwin'
IS_LINUX = platform.system() == 'Linux'

# Set up UTF-8 encoding for Windows
if IS_WINDOWS:
    if hasattr(sys.stdout, 'reconfigure'):
        sys.stdout.reconfigure(encoding='utf-8', errors='replace')
    if hasattr(sys.stderr, 'reconfigure'):
        sys.stderr.reconfigure(encoding='utf-8', errors='replace')
    os.environ["PYTHONIOENCODING"] = "utf-8"

# Set up logging with UTF-8 support
def setup_logging():
    logger = logging.getLogger()
    logger.setLevel(logging.INFO)
    
    # File handler with UTF-8 encoding
    file_handler = logging.FileHandler('translation.log', encoding='utf-8')
    file_handler.setFormatter(logging.Formatter('%(asctime)s - %(levelname)s - %(message)s'))
    
    # Stream handler with UTF-8 support
    stream_handler = logging.StreamHandler()
    stream_handler.setFormatter(logging.Formatter('%(asctime)s - %(levelname)s - %(message)s'))
    
    logger.addHandler(file_handler)
    logger.addHandler(stream_handler)
    return logger

logger = setup_logging()

# Supported languages mapping to NLLB codes
LANGUAGE_MAPPING = {
    'en': 'eng_Latn', 'eng': 'eng_Latn', 'english': 'eng_Latn',
    'ro': 'ron_Latn', 'rom': 'ron_Latn', 'romanian': 'ron_Latn',
    'ja': 'jpn_Jpan', 'jp': 'jpn_Jpan', 'japanese': 'jpn_Jpan',
    'fr': 'fra_Latn', 'fre': 'fra_Latn', 'french': 'fra_Latn',
    'de': 'deu_Latn', 'ger': 'deu_Latn', 'german': 'deu_Latn',
    'es': 'spa_Latn', 'spa': 'spa_Latn', 'spanish': 'spa_Latn',
    'it': 'ita_Latn', 'ita': 'ita_Latn', 'italian': 'ita_Latn',
    'ru': 'rus_Cyrl', 'rus': 'rus_Cyrl', 'russian': 'rus_Cyrl',
    'zh': 'zho_Hans', 'chi': 'zho_Hans', 'chinese': 'zho_Hans',
    'ko': 'kor_Hang', 'kor': 'kor_Hang', 'korean': 'kor_Hang',
    'ar': 'arb_Arab', 'ara': 'arb_Arab', 'arabic': 'arb_Arab',
    'hi': 'hin_Deva', 'hin': 'hin_Deva', 'hindi': 'hin_Deva',
    'pt': 'por_Latn', 'por': 'por_Latn', 'portuguese': 'por_Latn',
    'tr': 'tur_Latn', 'tur': 'tur_Latn', 'turkish': 'tur_Latn',
    'nl': 'nld_Latn', 'dut': 'nld_Latn', 'dutch': 'nld_Latn',
    'vi': 'vie_Latn', 'vie': 'vie_Latn', 'vietnamese': 'vie_Latn',
    'th': 'tha_Thai', 'tha': 'tha_Thai', 'thai': 'tha_Thai',
    'pl': 'pol_Latn', 'pol': 'pol_Latn', 'polish': 'pol_Latn',
    'uk': 'ukr_Cyrl', 'ukr': 'ukr_Cyrl', 'ukrainian': 'ukr_Cyrl',
    'el': 'ell_Grek', 'gre': 'ell_Grek', 'greek': 'ell_Grek',
    'he': 'heb_Hebr', 'heb': 'heb_Hebr', 'hebrew': 'heb_Hebr',
}

# Language-specific generation parameters
LANG_GENERATION_PARAMS = {
    # Japanese needs longer sequences and less repetition restriction
    'jpn_Jpan': {
        'max_length': 600,
        'no_repeat_ngram_size': 2,
        'num_beams': 5,
        'early_stopping': False
    },
    # Romanian benefits from more beams and longer sequences
    'ron_Latn': {
        'max_length': 550,
        'num_beams': 5,
        'no_repeat_ngram_size': 3,
        'early_stopping': True
    },
    # English uses standard parameters
    'eng_Latn': {
        'max_length': 512,
        'num_beams': 4,
        'no_repeat_ngram_size': 3,
        'early_stopping': True
    },
    # Default parameters for other languages
    'default': {
        'max_length': 512,
        'num_beams': 4,
        'no_repeat_ngram_size': 3,
        'early_stopping': True
    }
}

class SubtitleTranslator:
    def __init__(
        self,
        source_lang: str,
        target_lang: str,
        model_size: str = "600M",
        device: str = "auto",
        threads: int = 0,
        quality_mode: str = "balanced"  # New parameter for quality control
    ):
        """
        Enhanced multi-language subtitle translator
        :param source_lang: Source language code (e.g., 'en', 'ja')
        :param target_lang: Target language code (e.g., 'ro', 'fr')
        :param model_size: NLLB model size - "418M", "600M", "1.3B", or "3.3B"
        :param device: "auto", "cpu", or "cuda"
        :param threads: Number of CPU threads to use (0 = automatic)
        :param quality_mode: Translation quality mode - "fast", "balanced", or "high"
        """
        # Configure device with robust fallback
        self.device = self._determine_device(device)

        # Configure CPU threading
        self.threads = threads
        if threads > 0 and self.device == "cpu":
            os.environ["OMP_NUM_THREADS"] = str(threads)
            os.environ["MKL_NUM_THREADS"] = str(threads)
            if not IS_WINDOWS:  # Windows has issues with torch.set_num_threads
                torch.set_num_threads(threads)
            logger.info(f"CPU optimization: Using {threads} threads")

        # Map languages to NLLB codes
        self.source_lang = self._map_language(source_lang)
        self.target_lang = self._map_language(target_lang)

        # Model selection
        model_choices = {
            "418M": "facebook/nllb-200-distilled-418M",
            "600M": "facebook/nllb-200-distilled-600M",
            "1.3B": "facebook/nllb-200-1.3B",
            "3.3B": "facebook/nllb-200-3.3B"
        }
        self.model_name = model_choices.get(model_size)
        if not self.model_name:
            raise ValueError(f"Invalid model size: {model_size}. Choose '418M', '600M', '1.3B' or '3.3B'")

        # Quality mode configuration
        self.quality_mode = quality_mode
        if quality_mode == "fast":
            self.quality_factor = 0.7
        elif quality_mode == "balanced":
            self.quality_factor = 1.0
        elif quality_mode == "high":
            self.quality_factor = 1.5
        else:
            raise ValueError(f"Invalid quality mode: {quality_mode}. Choose 'fast', 'balanced', or 'high'")

        # Use ASCII arrow for Windows compatibility
        arrow = "->" if IS_WINDOWS else "→"
        logger.info(
            f"Initializing translator | Device: {self.device.upper()} | "
            f"Model: {self.model_name} | {self.source_lang} {arrow} {self.target_lang} | "
            f"Quality: {quality_mode}"
        )

        try:
            # Load tokenizer
            self.tokenizer = AutoTokenizer.from_pretrained(self.model_name)

            # Disable tokenizer parallelism to prevent deadlocks on Windows
            if IS_WINDOWS:
                self.tokenizer.model_max_length = 512
                os.environ["TOKENIZERS_PARALLELISM"] = "false"

            # Get forced token ID for target language (must come before model warm-up)
            self.forced_bos_token_id = self._get_forced_token_id()

            # Load model with robust device handling
            self.model = self._load_model(model_size)

            # Warm up model explicitly after everything is ready
            self._warm_up_model(self.model)

            logger.info("Model loaded successfully")

            # Initialize memory tracking
            self.max_memory_usage = 0
            self.initial_memory = self._get_memory_usage()

        except Exception as e:
            logger.error(f"Model loading failed: {e}")
            raise
