# Copied from axolotl v0.4.0 scripts/finetune.py (Apache-2.0), with the IPEX-LLM patch on top.
from ipex_llm import llm_patch

llm_patch(train=True)

import logging
from pathlib import Path

import fire
import transformers
from axolotl.cli import do_inference, do_merge_lora, load_cfg, load_datasets
from axolotl.common.cli import TrainerCliArgs
from axolotl.train import train

LOG = logging.getLogger("axolotl.scripts.finetune")


def do_cli(config: Path = Path("examples/"), **kwargs):
    cfg = load_cfg(config, **kwargs)
    cli_args, _ = transformers.HfArgumentParser((TrainerCliArgs)).parse_args_into_dataclasses(
        return_remaining_strings=True
    )
    if cli_args.inference:
        do_inference(cfg=cfg, cli_args=cli_args)
    elif cli_args.merge_lora:
        do_merge_lora(cfg=cfg, cli_args=cli_args)
    else:
        meta = load_datasets(cfg=cfg, cli_args=cli_args)
        train(cfg=cfg, cli_args=cli_args, dataset_meta=meta)


if __name__ == "__main__":
    fire.Fire(do_cli)
