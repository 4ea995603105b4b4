python train.py \
--config=configs/config_v1.json \
--input_wavs_dir=dataset/audio/train \
--input_mels_dir=dataset/mel/train \
--input_training_file=./dataset/split/train_split1.txt \
--input_validation_file=./dataset/split/train_split2.txt \
--checkpoint_path=./checkpoints/in3h6cid
