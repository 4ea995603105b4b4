python src/eval.py \
--ckpt checkpoints/model.pt
