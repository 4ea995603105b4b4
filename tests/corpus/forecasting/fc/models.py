"""Zero-shot forecasters we benchmark against our gradient-boosting baseline."""
import numpy as np
import pandas as pd
import torch

FORECASTERS = {
    "chronos-small": "amazon/chronos-t5-small",
    "chronos-bolt": "amazon/chronos-bolt-base",
    "moirai": "Salesforce/moirai-1.1-R-small",
    "ttm": "ibm-granite/granite-timeseries-ttm-r2",
}


def chronos(name: str = "chronos-small"):
    from chronos import BaseChronosPipeline

    return BaseChronosPipeline.from_pretrained(FORECASTERS[name], device_map="cuda", torch_dtype=torch.bfloat16)


def timesfm():
    import timesfm

    return timesfm.TimesFm(
        hparams=timesfm.TimesFmHparams(backend="gpu", per_core_batch_size=32, horizon_len=128),
        checkpoint=timesfm.TimesFmCheckpoint(huggingface_repo_id="google/timesfm-1.0-200m-pytorch"),
    )


def moirai(prediction_length: int = 24):
    from uni2ts.model.moirai import MoiraiForecast, MoiraiModule

    return MoiraiForecast(module=MoiraiModule.from_pretrained("Salesforce/moirai-1.1-R-small"), prediction_length=prediction_length,
                          context_length=512, patch_size="auto", num_samples=100, target_dim=1)


def autogluon(train: pd.DataFrame):
    from autogluon.timeseries import TimeSeriesPredictor

    predictor = TimeSeriesPredictor(prediction_length=24, path="AutogluonModels/2025-01/ag-run", target="target")
    return predictor.fit(train, presets="bolt_small", hyperparameters={"Chronos": {"model_path": "autogluon/chronos-bolt-small"}})


def tabpfn(X: np.ndarray, y: np.ndarray):
    from tabpfn import TabPFNRegressor  # weights come from the TabPFN release, licence: Prior Labs

    return TabPFNRegressor(model_path="models/tabpfn-v2-regressor.ckpt").fit(X, y)
