BS=32
SEED=888
DATA=cluener_bios/
BERT_PATH=results/bert-base/
MAXLEN=128
python3 token-classification/run_ner.py \
   --data_dir $DATA \
   --labels $DATA/labels.txt \
   --model_name_or_path $BERT_PATH \
   --output_dir $BERT_PATH \
   --max_seq_length $MAXLEN \
   --per_device_eval_batch_size $BS \
   --seed $SEED \
   --do_predict
