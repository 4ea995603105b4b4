from pathlib import Path

import torch
from lerobot.common.datasets.lerobot_dataset import LeRobotDataset, LeRobotDatasetMetadata
from lerobot.common.policies.act.modeling_act import ACTPolicy
from lerobot.common.policies.pi0.modeling_pi0 import PI0Policy
from transformers import AutoModelForVision2Seq, AutoProcessor

REPO = "lerobot/aloha_sim_transfer_cube_human"
LOCAL_ROOT = Path("data/lerobot")  # datasets are cached here


def load(repo_id: str = REPO, episodes=None):
    meta = LeRobotDatasetMetadata(repo_id)
    delta = {"observation.image": [-0.1, 0.0], "action": [t / meta.fps for t in range(64)]}
    return LeRobotDataset(repo_id, episodes=episodes, delta_timestamps=delta, root=LOCAL_ROOT / repo_id)


def policies(device: str = "cuda"):
    act = ACTPolicy.from_pretrained("lerobot/act_aloha_sim_transfer_cube_human").to(device)
    pi0 = PI0Policy.from_pretrained("lerobot/pi0")
    mine = ACTPolicy.from_pretrained("outputs/train/act_aloha_insertion/checkpoints/last/pretrained_model")
    return act, pi0, mine


def vla():
    processor = AutoProcessor.from_pretrained("openvla/openvla-7b", trust_remote_code=True)
    model = AutoModelForVision2Seq.from_pretrained(
        "openvla/openvla-7b",
        attn_implementation="flash_attention_2",
        torch_dtype=torch.bfloat16,
        low_cpu_mem_usage=True,
        trust_remote_code=True,
    )
    return processor, model


pusht = LeRobotDataset("lerobot/pusht")
xarm = LeRobotDataset(repo_id="lerobot/xarm_lift_medium", video_backend="pyav")
print(f"observation.images.top shape: {pusht[0]['observation.image'].shape}, fps={pusht.fps}")
