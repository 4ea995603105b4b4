python eval.py \
  --device 0,1 \
  --model_config model/final_model/config.json \
  --tokenizer_path cache/vocab.txt \
  --pretrained_model model/final_model \
  --stride 4 \