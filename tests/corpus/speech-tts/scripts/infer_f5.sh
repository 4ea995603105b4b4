#!/usr/bin/env bash
f5-tts_infer-cli --model F5TTS_v1_Base \
  --ckpt_file hf://SWivid/F5-TTS/F5TTS_v1_Base/model_1250000.safetensors \
  --ref_audio "assets/ref/2024-11-03_speaker1.wav" \
  --ref_text "Some call me nature, others call me mother nature." \
  --gen_text "I don't really care what you call me." \
  --output_dir out/f5

tts --model_name tts_models/multilingual/multi-dataset/xtts_v2 --text "Hallo Welt" --language_idx de --out_path out/xtts.wav
python -m kokoro --voice af_heart --repo hexgrad/Kokoro-82M --text "Hello" -o out/kokoro.wav
python tts/finetune_parler.py --model_name_or_path parler-tts/parler-tts-mini-v1 \
  --train_dataset_name "ylacombe/jenny-tts-10k-tagged" --train_split_name train \
  --description_tokenizer_name google/flan-t5-large --output_dir outputs/parler-jenny
