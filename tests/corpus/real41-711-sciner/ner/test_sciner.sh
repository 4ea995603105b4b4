python run_ner.py \
  --model_name_or_path "allenai/scibert_scivocab_uncased" \
  --dataset_name ../sciner \
  --output_dir test_sciner \
  --do_predict
