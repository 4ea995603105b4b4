#!/usr/bin/env bash
# ACT on the ALOHA sim insertion task, then a pi0 fine-tune.
python lerobot/scripts/train.py \
  --policy.type=act \
  --dataset.repo_id=lerobot/aloha_sim_insertion_human \
  --env.type=aloha \
  --env.task=AlohaInsertion-v0 \
  --output_dir=outputs/train/act_aloha_insertion \
  --job_name=act_aloha_insertion \
  --wandb.enable=true

python lerobot/scripts/train.py \
  --policy.path=lerobot/pi0 \
  --dataset.repo_id=acme-robotics/so100_pick_place_v2 \
  --policy.device=cuda \
  --batch_size=32 --steps=20000

python lerobot/scripts/eval.py --policy.path=lerobot/diffusion_pusht --env.type=pusht --eval.n_episodes=50
python lerobot/scripts/visualize_dataset.py --repo-id lerobot/pusht --episode-index 0
huggingface-cli upload acme-robotics/act_so100_test outputs/train/act_so100_test/checkpoints/last/pretrained_model pretrained_model
