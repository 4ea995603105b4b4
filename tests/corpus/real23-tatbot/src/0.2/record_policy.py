import logging
import os
import time
from dataclasses import asdict, dataclass
from pprint import pformat

from lerobot.common.policies.smolvla.configuration_smolvla import SmolVLAConfig
from lerobot.common.robots.tatbot.config_tatbot import TatbotConfig
from lerobot.record import DatasetRecordConfig, RecordConfig
import lerobot.record
import tyro

log = logging.getLogger('tatbot')


@dataclass
class CLIArgs:
    ckpt_path: str = os.path.expanduser("~/tatbot/outputs/train/2025-06-05/08-54-14_smolvla/checkpoints/last/pretrained_model")
    """Path to the checkpoint of the policy."""
    task: str = "Move slightly up then slightly down"
    """Task to record."""
    dataset_name: str = f"policy-test-{int(time.time())}"
    """Name of the dataset to record."""
    output_dir: str = os.path.expanduser("~/tatbot/output/record")
    """Directory to save the dataset."""
    episode_time_s: float = 10.0
    num_episodes: int = 1
    push_to_hub: bool = False
    """Push the dataset to the Hugging Face Hub."""


if __name__ == "__main__":
    args = tyro.cli(CLIArgs)
    os.makedirs(args.output_dir, exist_ok=True)
    cfg = RecordConfig(
        robot=TatbotConfig(),
        dataset=DatasetRecordConfig(
            repo_id=f"hu-po/tatbot-policy-{args.dataset_name}",
            single_task=args.task,
            root=f"{args.output_dir}/{args.dataset_name}",
            fps=10,
            episode_time_s=args.episode_time_s,
            num_episodes=args.num_episodes,
            video=True,
            tags=["tatbot", "wxai", "trossen"],
            push_to_hub=False,
        ),
        policy=SmolVLAConfig(pretrained_path=args.ckpt_path),
        display_data=False,
    )
    log.info(pformat(asdict(cfg)))
    lerobot.record.record(cfg)
