#!/usr/bin/env python3
# -*- coding: utf-8 -*-

# BE AWARE: the huggingface docker image use python 3.8

import argparse

def parse_args():
	parser = argparse.ArgumentParser(description="my whisper training script", formatter_class=argparse.ArgumentDefaultsHelpFormatter)
	parser.add_argument("-pretrained-model", default="vinai/PhoWhisper-medium", choices=["vinai/PhoWhisper-large", "vinai/PhoWhisper-medium", "openai/whisper-large-v3", "openai/whisper-medium"])
	parser.add_argument("-use-ytb-data", action="store_true", help="include youtube data to training set")
	parser.add_argument("-batch-size", type=int, default=8, help="should be multiple of 8")
	parser.add_argument("-total-epochs", type=float, default=1.)
	parser.add_argument("-save-path", default="./save")
	parser.add_argument("-resume-training", action="store_true")
	return parser.parse_args()

ARGS = parse_args()

###############################################################################

from dataclasses import dataclass
import torch
import datasets as hugDS
from transformers import WhisperForConditionalGeneration, WhisperFeatureExtractor, WhisperTokenizer, BitsAndBytesConfig, Seq2SeqTrainingArguments, Seq2SeqTrainer
import peft

FEATURE_EXTRACTOR = WhisperFeatureExtractor.from_pretrained(ARGS.pretrained_model)
TOKENIZER = WhisperTokenizer.from_pretrained(ARGS.pretrained_model, language="vi", task="transcribe")
MODEL = WhisperForConditionalGeneration.from_pretrained(
	ARGS.pretrained_model, use_cache=False, device_map="auto",
	quantization_config=BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_quant_type="nf4", bnb_4bit_compute_dtype=torch.float16)
)
MODEL.config.forced_decoder_ids = None

# multi-GPU with PEFT, see: https://github.com/huggingface/peft/issues/242#issuecomment-1491447956
MODEL_BIS = peft.get_peft_model(
	peft.prepare_model_for_kbit_training(MODEL, use_gradient_checkpointing=True),
	peft.LoraConfig(r=32, lora_alpha=64, target_modules=["q_proj", "v_proj"], lora_dropout=.05, bias="none")
)

###############################################################################
# prepare data

SAMPLING_RATE = 16_000
def load_my_data(streaming=True, **kwargs):
	return hugDS.load_dataset(**kwargs, split="train", trust_remote_code=True, streaming=streaming).cast_column("audio", hugDS.Audio(sampling_rate=SAMPLING_RATE))


if ARGS.use_ytb_data:
	MY_DATA = hugDS.concatenate_datasets([  # total: 1.5M samples
		load_my_data(path="doof-ferb/fpt_fosd"),  # 25.9k
		load_my_data(path="doof-ferb/infore1_25hours"),  # 14.9k
		load_my_data(path="doof-ferb/LSVSC").select_columns(["audio", "transcription"]),  # 45k
		load_my_data(path="quocanh34/viet_vlsp"),  # 171k
		load_my_data(path="linhtran92/viet_youtube_asr_corpus_v2").select_columns(["audio", "transcription"]),  # 195k
		load_my_data(path="doof-ferb/infore2_audiobooks"),  # 315k
		load_my_data(path="linhtran92/viet_bud500"),  # 634k
	])
else:
	MY_DATA = hugDS.concatenate_datasets([  # total: 86k samples
		load_my_data(path="doof-ferb/fpt_fosd", streaming=False),  # 25.9k
		load_my_data(path="doof-ferb/infore1_25hours", streaming=False),  # 14.9k
		load_my_data(path="doof-ferb/LSVSC", streaming=False).select_columns(["audio", "transcription"]),  # 45k
	])


def prepare_dataset(batch):
	audio = batch["audio"]
	batch["input_length"] = len(audio["array"])
	batch["input_features"] = FEATURE_EXTRACTOR(audio["array"], sampling_rate=SAMPLING_RATE).input_features[0]
	batch["labels"] = TOKENIZER(batch["transcription"]).input_ids
	batch["labels_length"] = len(batch["labels"])
	return batch

MY_DATA = (MY_DATA
	.map(prepare_dataset)
	.filter(lambda n: 0 < n < 48e4, input_columns=["input_length"])
	.filter(lambda n: n < 448, input_columns=["labels_length"])
)

@dataclass
class DataCollatorSpeechSeq2SeqWithPadding:
	def __call__(self, features):
		batch = FEATURE_EXTRACTOR.pad([{"input_features": f["input_features"]} for f in features], return_tensors="pt")
		labels_batch = TOKENIZER.pad([{"input_ids": f["labels"]} for f in features], return_tensors="pt")
		labels = labels_batch["input_ids"].masked_fill(labels_batch.attention_mask.ne(1), -100)
		if (labels[:, 0] == TOKENIZER.bos_token_id).all().cpu().item():
			labels = labels[:, 1:]
		batch["labels"] = labels
		return batch

###############################################################################
# training setup

LEARNING_RATE = 6.25e-6 if "medium" in ARGS.pretrained_model else 5e-6

TRAINING_ARGS = Seq2SeqTrainingArguments(
	output_dir=ARGS.save_path,
	per_device_train_batch_size=ARGS.batch_size,
	fp16=True,
	report_to=["tensorboard"],
	num_train_epochs=ARGS.total_epochs,
	logging_steps=25,
	save_steps=50,
	optim="adamw_bnb_8bit",
	learning_rate=LEARNING_RATE,
	remove_unused_columns=False, label_names=["labels"],  # required by PEFT
)

TRAINER = Seq2SeqTrainer(args=TRAINING_ARGS, model=MODEL_BIS, train_dataset=MY_DATA,
                         data_collator=DataCollatorSpeechSeq2SeqWithPadding(), tokenizer=FEATURE_EXTRACTOR)
TRAINER.train(resume_from_checkpoint=ARGS.resume_training)
TRAINER.save_model()
