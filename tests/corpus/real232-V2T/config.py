from pathlib import Path

FILEPATH = f"{Path.cwd()}\\tmp\\"
MODEL_SIZE = "small"
DEVICE = "cpu" # or "cuda" if cuda is avaliable