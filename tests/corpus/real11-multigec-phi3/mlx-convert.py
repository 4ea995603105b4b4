from mlx_lm.utils import *

BASE_MODEL = "microsoft/Phi-3-mini-128k-instruct"
OUT_DIR = "mlx-model"

# fetch the checkpoint and write a 4-bit MLX copy
convert(
    hf_path=BASE_MODEL,
    mlx_path=OUT_DIR,
    quantize=True,
)
