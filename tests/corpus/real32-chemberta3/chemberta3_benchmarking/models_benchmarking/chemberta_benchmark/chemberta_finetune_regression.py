import logging
import os
import random
import shutil
from datetime import datetime

import deepchem as dc
import numpy as np
import torch
from deepchem.models.torch_models import Chemberta

import args


def set_seed(seed):
    np.random.seed(seed)
    random.seed(seed)
    torch.manual_seed(seed)


def setup_logging(dataset, epochs, batch_size):
    log_dir = 'logs_chemberta'
    os.makedirs(log_dir, exist_ok=True)
    datetime_str = datetime.now().strftime("%Y%m%d_%H%M%S")
    log_path = os.path.join(log_dir, f"chemberta_molformer_splits_run_{dataset}_epochs{epochs}_batch_size{batch_size}_{datetime_str}.log")
    logger = logging.getLogger(f"logs_chemberta_{dataset}_epochs{epochs}_batch_size{batch_size}")
    logger.setLevel(logging.DEBUG)
    if not logger.handlers:
        logger.addHandler(logging.FileHandler(log_path))
    return logger


def model_fn(tasks, model_dir, batch_size, learning_rate, pretrained_model_path):
    finetune_model = Chemberta(task='regression', learning_rate=learning_rate, batch_size=batch_size, n_tasks=len(tasks), model_dir=model_dir)
    finetune_model.load_from_pretrained(pretrained_model_path)
    return finetune_model


def triplicate_benchmark_dc(dataset, splits_name, metric, tasks, batch_size, learning_rate, pretrained_model_path, nb_epoch=50, logger=None):
    train_dataset = dc.data.DiskDataset(f'../finetune_data/{splits_name}/dummy_featurized/{dataset}/train')
    valid_dataset = dc.data.DiskDataset(f'../finetune_data/{splits_name}/dummy_featurized/{dataset}/valid')
    test_dataset = dc.data.DiskDataset(f'../finetune_data/{splits_name}/dummy_featurized/{dataset}/test')
    scores = []
    for run_id in range(3):
        set_seed(run_id)
        model_dir = f'chemberta_model_dir_{dataset}_{run_id}'
        model = model_fn(tasks, model_dir, batch_size, learning_rate, pretrained_model_path)
        best_model_dir = f"checkpoints_{dataset}/best_model_epochs{nb_epoch}_run{run_id}"
        best = np.inf
        for epoch in range(nb_epoch):
            model.fit(train_dataset, nb_epoch=1, restore=epoch > 0, max_checkpoints_to_keep=1)
            val = model.evaluate(valid_dataset, [metric])[metric.name]
            if val < best:
                best = val
                if os.path.exists(best_model_dir):
                    shutil.rmtree(best_model_dir)
                shutil.copytree(model.model_dir, best_model_dir)
        model.restore(model_dir=best_model_dir)
        scores.append(model.evaluate(test_dataset, [metric])[metric.name])
    logger.info(f"Avg {metric.name}: {np.mean(scores):.4f}, Std Dev: {np.std(scores):.4f}")


def main():
    margs = args.parse_args()
    datasets = margs.datasets.split(',')
    pretrained_model_path = margs.pretrained_model_path
    if not os.path.exists(pretrained_model_path):
        raise ValueError(f"Pretrained model path {pretrained_model_path} does not exist.")
    task_dict = {'esol': ['measured_log_solubility_in_mols_per_litre'],
                 'freesolv': ['expt'],
                 'lipo': ['y'],
                 }
    metric = dc.metrics.Metric(dc.metrics.rms_score)
    for dataset in datasets:
        logger = setup_logging(dataset=dataset, epochs=margs.epochs, batch_size=margs.batch_size)
        triplicate_benchmark_dc(dataset=dataset, splits_name=margs.splits_name, metric=metric, tasks=task_dict[dataset],
                                batch_size=margs.batch_size, learning_rate=margs.learning_rate,
                                pretrained_model_path=pretrained_model_path, nb_epoch=margs.epochs, logger=logger)


if __name__ == "__main__":
    main()
