#!/usr/bin/env python3
import sys
import os
import argparse
import re
import json
import subprocess
import shutil
import platform
from pathlib import Path

SCRIPT_DIR = Path(__file__).resolve().parent


def _looks_like_project_root(path: Path) -> bool:
    return (
        (path / "python" / "src" / "cli.py").exists()
        and (path / "cactus").exists()
        and (path / "tests").exists()
    )


def _resolve_project_root() -> Path:
    # Optional explicit override for environments running from installed packages.
    env_root = os.getenv("CACTUS_PROJECT_ROOT", "").strip()
    if env_root:
        candidate = Path(env_root).expanduser().resolve()
        if _looks_like_project_root(candidate):
            return candidate

    # Prefer the repo containing this CLI module.
    module_root = SCRIPT_DIR.parent.parent
    if _looks_like_project_root(module_root):
        return module_root

    # Fallback: repo containing current working directory.
    cwd = Path.cwd().resolve()
    for candidate in [cwd, *cwd.parents]:
        if _looks_like_project_root(candidate):
            return candidate

    # Final fallback for unusual layouts.
    return module_root


PROJECT_ROOT = _resolve_project_root()
DEFAULT_MODEL_ID = "google/gemma-4-E2B-it"
DEFAULT_TEST_TRANSCRIBE_MODEL_ID = "nvidia/parakeet-tdt-0.6b-v3"
DEFAULT_TEST_WHISPER_MODEL_ID = "openai/whisper-small"
DEFAULT_TEST_DIARIZE_MODEL_ID = "pyannote/segmentation-3.0"
DEFAULT_TEST_EMBED_SPEAKER_MODEL_ID = "pyannote/wespeaker-voxceleb-resnet34-LM"
WEIGHTS_VARIANT_CHOICES = ["auto", "apple", "standard"]

with open(PROJECT_ROOT / "models.json") as _f:
    MODELS_REGISTRY = json.load(_f)

RED = '\033[0;31m'
GREEN = '\033[0;32m'
YELLOW = '\033[1;33m'
BLUE = '\033[0;34m'
NC = '\033[0m'


def print_color(color, message):
    """Print a message with ANSI color codes."""
    print(f"{color}{message}{NC}")


from .downloads import get_model_dir_name, get_weights_dir, download_from_hf as _download_from_hf_impl


NEEDLE_CHECKPOINT_REPO = "Cactus-Compute/needle"
NEEDLE_TOKENIZER_REPO = "Cactus-Compute/needle-tokenizer"
NEEDLE_CHECKPOINT_FILE = "needle.pkl"


def is_needle_model_id(model_id):
    normalized = (model_id or "").strip().lower()
    if "/" in normalized:
        normalized = normalized.split("/")[-1]
    return normalized == "needle" or normalized.startswith("needle-") or normalized.startswith("needle_")


def get_effective_weights_dir(model_id, args=None):
    if not is_needle_model_id(model_id):
        return get_weights_dir(model_id)
    return (PROJECT_ROOT / "weights" / "needle").resolve()



def check_command(cmd):
    """Check if a command is available in PATH."""
    return shutil.which(cmd) is not None


def run_command(cmd, cwd=None, check=True):
    """Run a script or command and optionally exit on failure.

    Args:
        cmd: Script path (str) or command list. String paths are executed
             directly without shell interpretation to handle spaces safely.
        cwd: Working directory for the command.
        check: If True, exit on non-zero return code.
    """
    # Convert string paths to list to avoid shell=True and handle spaces safely
    if isinstance(cmd, str):
        cmd = [cmd]
    result = subprocess.run(cmd, cwd=cwd)
    if check and result.returncode != 0:
        sys.exit(result.returncode)
    return result


def ensure_vad_weights(model_id, weights_dir, precision='INT8'):
    """Bundle Silero VAD weights into <weights_dir>/vad/ for ASR models."""
    is_asr = (
        'whisper' in model_id.lower()
        or 'moonshine' in model_id.lower()
        or 'parakeet' in model_id.lower()
    )
    if not is_asr:
        return
    vad_dir = weights_dir / "vad"
    if (vad_dir / "config.txt").exists():
        return
    try:
        import torch
        import urllib.request
        import tempfile
        from .converter import convert_silero_vad_weights

        print_color(YELLOW, "Bundling VAD weights for speech model...")
        vad_jit_url = "https://github.com/snakers4/silero-vad/raw/master/src/silero_vad/data/silero_vad.jit"
        with tempfile.NamedTemporaryFile(suffix='.jit', delete=False) as f:
            jit_path = f.name
        urllib.request.urlretrieve(vad_jit_url, jit_path)
        vad_model = torch.jit.load(jit_path, map_location='cpu')
        os.unlink(jit_path)

        convert_silero_vad_weights(vad_model, str(vad_dir), precision)
        del vad_model
        if torch.cuda.is_available():
            torch.cuda.empty_cache()
        print_color(GREEN, "VAD weights bundled successfully")
    except Exception as e:
        print_color(RED, f"Warning: Failed to bundle VAD weights: {e}")
        print("Transcription may fail without VAD. Try: cactus download snakers4/silero-vad")


def download_from_hf(model_id, weights_dir, precision):
    """Download pre-converted model from Cactus-Compute HuggingFace."""
    return _download_from_hf_impl(model_id, weights_dir, precision)


def cmd_download(args):
    """Download model weights. By default downloads pre-converted weights from Cactus-Compute."""
    model_id = args.model_id
    is_local = Path(model_id).is_dir()
    weights_dir = get_effective_weights_dir(model_id, args)
    reconvert = getattr(args, 'reconvert', False)
    precision = getattr(args, 'precision', 'INT4')

    if reconvert and weights_dir.exists():
        print_color(YELLOW, f"Removing cached weights for reconversion...")
        shutil.rmtree(weights_dir)

    if weights_dir.exists() and (weights_dir / "config.txt").exists():
        ensure_vad_weights(model_id, weights_dir, precision)
        print_color(GREEN, f"Model weights found at {weights_dir}")
        return 0

    print()
    print_color(YELLOW, f"Model weights not found. Downloading {model_id}...")
    print("=" * 45)

    if not is_local and is_needle_model_id(model_id):
        try:
            from huggingface_hub import hf_hub_download, snapshot_download
            from .converter import convert_needle_checkpoint

            print_color(YELLOW, "Using Needle exporter...")
            token = getattr(args, 'token', None)
            cache_dir = getattr(args, 'cache_dir', None)

            ck_path = hf_hub_download(repo_id=NEEDLE_CHECKPOINT_REPO, filename=NEEDLE_CHECKPOINT_FILE,
                                      repo_type="model", token=token, cache_dir=cache_dir)
            tk_snap = Path(snapshot_download(repo_id=NEEDLE_TOKENIZER_REPO, repo_type="dataset",
                                            allow_patterns=["*.model"], token=token, cache_dir=cache_dir))
            tk_path = next(tk_snap.rglob("*.model"), None)
            if not tk_path:
                raise FileNotFoundError(f"No .model file in tokenizer snapshot: {tk_snap}")

            convert_needle_checkpoint(ck_path, tk_path, weights_dir, precision)
            print_color(GREEN, f"Successfully exported Needle weights to {weights_dir}")
            return 0
        except Exception as e:
            print_color(RED, f"Error: {e}")
            return 1

    if not reconvert and not is_local:
        if download_from_hf(model_id, weights_dir, precision):
            ensure_vad_weights(model_id, weights_dir, precision)
            return 0

    tokenizer_labels = None

    try:
        import torch
        from transformers import AutoTokenizer
    except ImportError:
        print_color(RED, "Error: Required Python packages not found.")
        print("Please run: ./setup")
        return 1

    from .converter import convert_hf_model_weights
    from .tokenizer import convert_hf_tokenizer
    from .tensor_io import format_config_value
    from .config_utils import is_lfm2_vl, pick_dtype, vision_weight_sanity_check

    weights_dir.mkdir(parents=True, exist_ok=True)

    precision = getattr(args, 'precision', 'INT4')
    cache_dir = getattr(args, 'cache_dir', None)
    token = getattr(args, 'token', None)

    print(f"Converting {model_id} to {precision}...")

    from transformers import AutoTokenizer, AutoModelForCausalLM, AutoModel

    import logging
    logging.getLogger("transformers").setLevel(logging.ERROR)
    import transformers
    transformers.logging.set_verbosity_error()

    def _download_config_json(repo_id, revision=None):
        if Path(repo_id).is_dir():
            config_path = Path(repo_id) / "config.json"
        else:
            from huggingface_hub import hf_hub_download
            config_path = hf_hub_download(
                repo_id=repo_id,
                filename="config.json",
                cache_dir=cache_dir,
                token=token,
                revision=revision,
            )
        with open(config_path, 'r', encoding='utf-8') as fh:
            return json.load(fh)

    def _resolve_hf_revision(repo_id):
        env_revision = os.getenv("CACTUS_HF_REVISION", "").strip()
        if env_revision:
            return env_revision
        if repo_id.lower() == "nvidia/parakeet-tdt-0.6b-v3":
            return "refs/pr/7"
        return None
