"""
Moirai model experiments for time series forecasting.

Usage:
    python experiments/moirai.py
    python experiments/moirai.py --model-size base
    python experiments/moirai.py --dataset "SG_Weather/D" "SG_PM25/H"  # Multiple datasets
    python experiments/moirai.py --dataset all_datasets
"""

import argparse
import os
import sys
from pathlib import Path

import numpy as np
import torch

sys.path.insert(0, os.path.join(os.path.dirname(__file__), "..", "src"))

from dotenv import load_dotenv
from gluonts.time_feature import get_seasonality
from uni2ts.model.moirai import MoiraiForecast, MoiraiModule

from timebench.evaluation.data import Dataset, get_dataset_settings, load_dataset_config
from timebench.evaluation.saver import save_window_predictions

load_dotenv()


def run_moirai_experiment(dataset_name, terms=None, model_size: str = "small", output_dir=None,
                          batch_size: int = 512, num_samples: int = 100, context_length: int = 4000,
                          config_path: Path | None = None):
    config = load_dataset_config(config_path)
    if output_dir is None:
        output_dir = f"./output/results/moirai_{model_size}_New"
    os.makedirs(output_dir, exist_ok=True)

    for term in terms:
        settings = get_dataset_settings(dataset_name, term, config)
        prediction_length = settings.get("prediction_length")
        for to_univariate in [False, True]:
            model = MoiraiForecast(
                module=MoiraiModule.from_pretrained(f"Salesforce/moirai-1.1-R-{model_size}"),
                prediction_length=prediction_length,
                context_length=context_length,
                patch_size=32,
                num_samples=num_samples,
                target_dim=1,
                feat_dynamic_real_dim=0,
                past_feat_dynamic_real_dim=0,
            )
            dataset = Dataset(name=dataset_name, term=term, to_univariate=to_univariate,
                              prediction_length=prediction_length,
                              test_length=settings.get("test_length"),
                              val_length=settings.get("val_length"))
            model.hparams.target_dim = 1 if to_univariate else dataset.target_dim
            try:
                predictor = model.create_predictor(batch_size=batch_size)
                forecasts = list(predictor.predict(dataset.test_data.input))
                samples = np.concatenate([fc.samples[np.newaxis, ...] for fc in forecasts], axis=0)
                q = np.array([0.1, 0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9])
                fc_quantiles = np.quantile(samples, q, axis=1).swapaxes(0, 1)
                save_window_predictions(
                    dataset=dataset,
                    fc_quantiles=fc_quantiles,
                    ds_config=f"{dataset_name}/{term}",
                    output_base_dir=output_dir,
                    seasonality=get_seasonality(dataset.freq),
                    model_hyperparams={"patch_size": 32, "context_length": context_length},
                    quantile_levels=q.tolist(),
                )
                break
            except torch.cuda.OutOfMemoryError:
                if to_univariate:
                    raise
                torch.cuda.empty_cache()


def main():
    parser = argparse.ArgumentParser(description="Run Moirai experiments")
    parser.add_argument("--dataset", type=str, nargs="+", default=["Port_Activity/W"],
                        help="Dataset name(s) or 'all_datasets'")
    parser.add_argument("--terms", type=str, nargs="+", default=None, choices=["short", "medium", "long"])
    parser.add_argument("--model-size", type=str, default="base", choices=["small", "base", "large"])
    parser.add_argument("--output-dir", type=str, default=None)
    parser.add_argument("--batch-size", type=int, default=16)
    parser.add_argument("--config", type=str, default=None, help="Path to datasets.yaml config file")
    args = parser.parse_args()

    config_path = Path(args.config) if args.config else None
    if args.dataset == ["all_datasets"]:
        datasets = list(load_dataset_config(config_path).get("datasets", {}).keys())
    else:
        datasets = args.dataset
    for name in datasets:
        run_moirai_experiment(name, terms=args.terms, model_size=args.model_size,
                              output_dir=args.output_dir, batch_size=args.batch_size,
                              config_path=config_path)


if __name__ == "__main__":
    main()
