#!/bin/bash
# Reproduce Table 3 (BERT/XLNet/RoBERTa on GLUE dev). 2020-era flags, transformers 3.x.
for MODEL in bert-base-cased xlnet-base-cased roberta-base albert-base-v2; do
  python run_glue.py --model_name_or_path $MODEL --task_name MRPC --do_train --do_eval \
    --data_dir glue_data/MRPC --output_dir results/$MODEL/mrpc --overwrite_output_dir
done
python run_squad.py --model_type bert --model_name_or_path bert-large-uncased-whole-word-masking \
  --do_train --train_file $SQUAD_DIR/train-v1.1.json --predict_file $SQUAD_DIR/dev-v1.1.json \
  --output_dir ../models/wwm_uncased_finetuned_squad/
