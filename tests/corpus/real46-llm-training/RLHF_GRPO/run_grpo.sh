torchrun --nproc_per_node=4 train_grpo.py
