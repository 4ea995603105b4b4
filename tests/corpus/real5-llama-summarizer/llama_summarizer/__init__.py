from pathlib import Path

MODELS_DIR = Path(__file__).resolve().parent.parent / "models"
