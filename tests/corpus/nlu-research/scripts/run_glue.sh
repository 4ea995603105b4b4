#!/bin/sh
export TASK_NAME=mrpc
export GLUE_DIR=/data/glue_data

for seed in 1 2 3; do
python src/nlu/run_glue.py \
  --model_type roberta \
  --model_name_or_path roberta-base \
  --task_name $TASK_NAME \
  --do_train \
  --do_eval \
  --data_dir $GLUE_DIR/$TASK_NAME \
  --max_seq_length 128 \
  --per_gpu_train_batch_size 32 \
  --learning_rate 2e-5 \
  --num_train_epochs 3.0 \
  --seed $seed \
  --output_dir /tmp/$TASK_NAME-seed$seed/
done

python src/nlu/run_glue.py --model_name_or_path=xlnet-large-cased --task_name=sst-2 --output_dir=/tmp/sst2
python src/nlu/run_glue.py --model_name_or_path albert-base-v2 --tokenizer_name albert-base-v2 --task_name rte
python src/nlu/distill.py --teacher bert-large-uncased-whole-word-masking-finetuned-squad --student distilbert-base-uncased \
  --dataset squad --output_dir checkpoints/distill
