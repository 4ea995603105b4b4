OUT=results/roberta-large
BS=8
EPOCHS=10
SAVE_EVERY=750
SEED=888
DATA=cluener_bios/
BERT_PATH=roberta-wwm-ext-large
MAXLEN=128
LR=3e-5
LOSS=CrossEntropyLoss
python3 token-classification/run_ner.py \
   --data_dir $DATA --learning_rate $LR \
   --labels $DATA/labels.txt \
   --model_name_or_path $BERT_PATH \
   --output_dir $OUT \
   --max_seq_length $MAXLEN \
   --num_train_epochs $EPOCHS \
   --per_device_train_batch_size $BS \
   --save_steps $SAVE_EVERY \
   --seed $SEED \
   --loss_type $LOSS \
   --do_train --do_eval \
   --load_best_model_at_end \
   --metric_for_best_model f1 \
   --logging_dir $OUT"/runs/"
