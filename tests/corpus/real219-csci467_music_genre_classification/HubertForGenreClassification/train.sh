python3 run_music_genre_classification.py \
  --outputs_dir outputs/ \
  --data_dir ../data/genres_original/ \
  --data_split_txt_filepath ../data_split.txt \
  --batch_size 8 \
  --num_epochs 10
