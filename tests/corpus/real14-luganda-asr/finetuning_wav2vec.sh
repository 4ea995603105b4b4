#!/bin/sh
# Fine-tune on 4 GPUs in parallel.
# Every option lives in finetuning_wav2vec.json.

python -m torch.distributed.launch --nproc_per_node=4 finetune_wav2vec.py finetuning_wav2vec.json
