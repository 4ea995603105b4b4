import numpy as np
import timesfm

tfm = timesfm.TimesFm(
    context_len=512,
    horizon_len=128,
    input_patch_len=32,
    output_patch_len=128,
    num_layers=20,
    model_dims=1280,
    backend="cpu",
)
tfm.load_from_checkpoint(repo_id="google/timesfm-1.0-200m")

series = [np.sin(np.linspace(0, 20, n)) for n in (100, 200, 400)]
freqs = [0, 1, 2]
point, quantiles = tfm.forecast(series, freq=freqs)
print(point.shape, quantiles.shape)
