policy=smolVLA_pnp_9in_plates_corner_recover_merged
checkpoint=040000  # or last
episode_time_s=10000
num_episodes=24
repo_id=${HF_USER}/eval_${policy}_test

rm -rf /home/armstrong/.cache/huggingface/lerobot/${repo_id}

lerobot-record \
  --robot.type=lerobot_robot_i2rt \
  --robot.id=follower \
  --teleop.type=lerobot_teleoperator_i2rt \
  --teleop.id=leader \
  --display_data=true \
  --policy.n_action_steps=50 \
  --dataset.push_to_hub=False \
  --dataset.repo_id=${repo_id} \
  --dataset.num_episodes=${num_episodes} \
  --dataset.episode_time_s=${episode_time_s} \
  --dataset.single_task="Pick up plates from tub and place into rack" \
  --policy.path=/home/armstrong/i2rt_repos/outputs/train/${policy}/checkpoints/${checkpoint}/pretrained_model \
  --robot.cameras="{ wrist.top: {type: opencv, index_or_path: /dev/video-wrist, width: 640, height: 480, fps: 30}}" \
  --dataset.rename_map='{"observation.images.wrist.top": "observation.images.camera2"}'

#   --policy.path=${HF_USER}/${policy} \
#  --policy.path=outputs/train/act_pnp_cup_merged_basic123_random_start_8x/checkpoints/440000/pretrained_model/ \
