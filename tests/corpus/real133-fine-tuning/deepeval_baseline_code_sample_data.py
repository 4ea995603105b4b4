# %% [code] {"execution":{"iopub.status.busy":"2026-04-26T10:04:12.326904Z","iopub.status.idle":"2026-04-26T10:04:12.327171Z","shell.execute_reply.started":"2026-04-26T10:04:12.327051Z","shell.execute_reply":"2026-04-26T10:04:12.327066Z"}}
# ============================================================
# CELL 3 — Authentication (HuggingFace only; judge is local Ollama)
# ============================================================

import os

HF_TOKEN = os.environ.get("HF_TOKEN", "")

os.environ['LITELLM_SUPPRESS_DEBUG_INFO'] = 'true'
os.environ['TOKENIZERS_PARALLELISM'] = 'false'

if HF_TOKEN:
    from huggingface_hub import login
    login(token=HF_TOKEN, add_to_git_credential=False)
    print("✓ HuggingFace authenticated (needed for model weights download)")
else:
    print("ℹ HF_TOKEN not set — model weight download may require authentication")

print("✓ Using local Ollama as judge — no API key required")

# %% [code] {"execution":{"iopub.status.busy":"2026-04-26T10:04:12.328258Z","iopub.status.idle":"2026-04-26T10:04:12.328524Z","shell.execute_reply.started":"2026-04-26T10:04:12.328386Z","shell.execute_reply":"2026-04-26T10:04:12.328404Z"}}
# ============================================================
# CELL 4 — Config (local sample data)
# ============================================================

from dataclasses import dataclass
from pathlib import Path

@dataclass
class Config:
    # Model — use Unsloth's pre-quantized variant (faster load)
    model_id: str = "unsloth/gemma-4-E2B-it"

    # Local sample data files (relative to this script's directory)
    data_dir: str = str(Path(__file__).parent / "data")
    train_file: str = "train.json"
    test_file: str = "test.json"

    # Eval settings — capped at test set size
    eval_n_samples: int = 10

    # Generation settings (deterministic for reproducibility)
    max_new_tokens: int = 256
    max_input_length: int = 1024

    # Judge — local Ollama (change model name to match what you have: ollama list)
    eval_model: str = "ollama/gemma:2b"
    ollama_base_url: str = "http://localhost:11434"
    eval_threshold: float = 0.7

    # Output directory (local)
    base_dir: str = str(Path(__file__).parent / "car_repair_slm")

CONFIG = Config()
BASE = Path(CONFIG.base_dir)
RESULTS = BASE / "results"
LOGS = BASE / "logs"
for d in [BASE, RESULTS, LOGS]:
    d.mkdir(parents=True, exist_ok=True)

BASELINE_ANSWERS = RESULTS / "baseline_answers_v2.json"
BASELINE_SCORES = RESULTS / "baseline_scores_v2.json"

print(f"Model:    {CONFIG.model_id}")
print(f"Data dir: {CONFIG.data_dir}")
print(f"Judge:    {CONFIG.eval_model}")
print(f"Outputs:  {BASE}")
print(f"\n✓ Config locked")

# %% [code] {"execution":{"iopub.status.busy":"2026-04-26T10:04:12.329156Z","iopub.status.idle":"2026-04-26T10:04:12.329371Z","shell.execute_reply.started":"2026-04-26T10:04:12.329276Z","shell.execute_reply":"2026-04-26T10:04:12.329289Z"}}
# ============================================================
# CELL 5 — Load train.json + test.json from local sample files
# ============================================================

import json
from pathlib import Path

data_dir = Path(CONFIG.data_dir)

# train.json (reserved for fine-tuning, not used in this baseline)
train_path = data_dir / CONFIG.train_file
print(f"Loading {train_path}...")
with open(train_path) as f:
    train_data = json.load(f)

# test.json (used for baseline eval)
test_path = data_dir / CONFIG.test_file
print(f"Loading {test_path}...")
with open(test_path) as f:
    test_data = json.load(f)

# Cap eval size at configured limit
eval_data = test_data[:CONFIG.eval_n_samples] if len(test_data) > CONFIG.eval_n_samples else test_data

print(f"\n✓ Train pool:  {len(train_data)} samples (reserved for fine-tuning)")
print(f"✓ Test total:  {len(test_data)} samples")
print(f"✓ Eval set:    {len(eval_data)} samples")
print(f"\nFirst eval item keys: {list(eval_data[0].keys())}")
print(f"\nPreview:")
print(json.dumps(eval_data[0], indent=2, ensure_ascii=False)[:500])
