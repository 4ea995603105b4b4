"""
This script demonstrates how to finetune Octo to a new observation space (single camera + proprio)
and new action space (bimanual) using a simulated ALOHA cube handover dataset (https://tonyzhaozh.github.io/aloha/).

To run this example, first download and extract the dataset from here: https://rail.eecs.berkeley.edu/datasets/example_sim_data.zip

python examples/02_finetune_new_observation_action.py --pretrained_path=hf://rail-berkeley/octo-small-1.5 --data_dir=...
"""
from absl import app, flags, logging
import torch
from torch.optim.lr_scheduler import SequentialLR, LinearLR, ConstantLR
from torch.optim import AdamW 
from torch.utils.data import DataLoader

import tensorflow as tf
import tqdm
import wandb
import numpy as np
import re

from octo.data.dataset import make_single_dataset
from octo.model.components.action_heads_pt import L1ActionHeadPt
from octo.model.components.tokenizers_pt import LowdimObsTokenizerPt
from octo.model.octo_model_pt import OctoModelPt, _np2pt
from octo.utils.jax_utils import initialize_compilation_cache
from octo.utils.spec import ModuleSpec
from octo.utils.train_utils import (
    freeze_weights,
    merge_params,
    process_text,
    TrainState,
)
from octo.utils.train_utils_pt import freeze_weights_pt

tf.config.set_visible_devices([], "GPU")

class TorchRLDSDataset(torch.utils.data.IterableDataset):
    """Thin wrapper around RLDS dataset for use with PyTorch dataloaders."""

    def __init__(
        self,
        rlds_dataset,
        text_processor,
        train=True,
    ):
        self._rlds_dataset = rlds_dataset
        self._text_processor = text_processor
        self._is_train = train

    def __iter__(self):
        for sample in self._rlds_dataset.as_numpy_iterator():
            sample["task"]["language_instruction"] = np.array([sample["task"]["language_instruction"]])
            sample["task"]["pad_mask_dict"]['language_instruction'] = np.array([sample["task"]["pad_mask_dict"]['language_instruction']])
            sample = process_text(sample, self._text_processor)
            
            # remove extra dim
            sample["task"]["language_instruction"]['input_ids'] = sample["task"]["language_instruction"]['input_ids'][0]
            sample["task"]["language_instruction"]['attention_mask'] = sample["task"]["language_instruction"]['attention_mask'][0]
            
            del sample["dataset_name"]
            sample = _np2pt(sample)
            yield sample

    def __len__(self):
        lengths = np.array(
            [
                stats["num_transitions"]
                for stats in self._rlds_dataset.dataset_statistics
            ]
        )
        if hasattr(self._rlds_dataset, "sample_weights"):
            lengths *= np.array(self._rlds_dataset.sample_weights)
        total_len = lengths.sum()
        if self._is_train:
            return int(0.95 * total_len)
        else:
            return int(0.05 * total_len)

def _to_device(data, device):
    if isinstance(data, dict):
        return {key: _to_device(val, device) for key, val in data.items()}
    elif isinstance(data, torch.Tensor):
        return data.to(device)

FLAGS = flags.FLAGS

flags.DEFINE_string(
    "pretrained_path", None, "Path to pre-trained Octo checkpoint directory."
)
flags.DEFINE_string("data_dir", None, "Path to finetuning dataset, in RLDS format.")
flags.DEFINE_string("save_dir", None, "Directory for saving finetuning checkpoints.")
flags.DEFINE_integer("batch_size", 128, "Batch size for finetuning.")

flags.DEFINE_bool(
    "freeze_transformer",
    False,
    "Whether pre-trained transformer weights should be frozen.",
)


def main(_):
    # setup wandb for logging
    # wandb.init(name="finetune_aloha_pt", project="octo")

    # load pre-trained model
    logging.info("Loading pre-trained model...")
    # meta = OctoModelPt.load_pretrained_from_jax(FLAGS.pretrained_path)
    meta = OctoModelPt.load_config_and_meta_from_jax(FLAGS.pretrained_path)
    
    text_processor = meta['text_processor']
    device = 'cuda:1'
    # make finetuning dataset
    # apply Gaussian normalization, load chunks of 50 actions since we'll train with action chunking
    # delete goal images in the data loader since we will train a language-conditioned-only policy
    # TODO: directly load this from raw data to make it less opaque?
    logging.info("Loading finetuning dataset...")
    dataset = make_single_dataset(
        dataset_kwargs=dict(
            name="aloha_sim_cube_scripted_dataset",
            data_dir=FLAGS.data_dir,
            image_obs_keys={"primary": "top"},
            proprio_obs_key="state",
            language_key="language_instruction",
        ),
        traj_transform_kwargs=dict(
            window_size=2,
            action_horizon=50,
        ),
        frame_transform_kwargs=dict(
            resize_size={"primary": (256, 256)},
        ),
        train=True,
    )
    dataset_statistics = dataset.dataset_statistics
    
    dataset = dataset.repeat().unbatch()
