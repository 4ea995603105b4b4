python run_ner.py \
  --model_name_or_path "allenai/scibert_scivocab_uncased" \
  --dataset_name ../our_data \
  --output_dir ../our_data/tjy-pred.conll \
  --do_predict
