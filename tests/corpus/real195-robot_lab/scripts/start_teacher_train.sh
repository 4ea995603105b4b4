python scripts/reinforcement_learning/rsl_rl/train.py \
    --task=RobotLab-Isaac-Velocity-Rough-LW-leg-teacher-v0 \
    --log_project_name=LW_leg_locomotion_teacher \
    --logger=wandb \
    --num_envs=4096 \
    --headless \
    # --resume \
