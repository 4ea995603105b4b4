from config import (
    datasets_max_in_memory,
    dataset,
    code,
    cache_dir,
    pretrained,
    language,
    batch_size,
    output_dir,
    evaluate_metric
)

import datasets

datasets.config.IN_MEMORY_MAX_SIZE = 1024 * 1024 * 1024 * datasets_max_in_memory

from datasets import load_dataset, DatasetDict, Audio

common_voice = DatasetDict()
common_voice["train"] = load_dataset(
    dataset, code, split="train+validation", use_auth_token=True, cache_dir=cache_dir
)
common_voice["test"] = load_dataset(
    dataset, code, split="test", use_auth_token=True, cache_dir=cache_dir
)
common_voice = common_voice.remove_columns(["accent", "age", "client_id", "gender", "locale", "path", "segment"])

from transformers import (
    WhisperFeatureExtractor,
    WhisperTokenizer,
    WhisperProcessor,
    WhisperForConditionalGeneration,
    Seq2SeqTrainingArguments,
    Seq2SeqTrainer,
)

feature_extractor = WhisperFeatureExtractor.from_pretrained(pretrained)
tokenizer = WhisperTokenizer.from_pretrained(pretrained, language=language, task="transcribe")
processor = WhisperProcessor.from_pretrained(pretrained, task="transcribe")
model = WhisperForConditionalGeneration.from_pretrained(pretrained)
model.config.forced_decoder_ids = None

common_voice = common_voice.cast_column("audio", Audio(sampling_rate=16000))


def prepare_dataset(batch):
    audio = batch["audio"]
    batch["input_features"] = feature_extractor(audio["array"], sampling_rate=audio["sampling_rate"]).input_features[0]
    batch["labels"] = tokenizer(batch["sentence"]).input_ids
    return batch


common_voice = common_voice.map(
    prepare_dataset,
    remove_columns=common_voice.column_names["train"],
    cache_file_names={
        "train": f"{cache_dir}/common_voice_train_processed.arrow",
        "test": f"{cache_dir}/common_voice_test_processed.arrow",
    },
)

import evaluate

metric = evaluate.load(evaluate_metric)

training_args = Seq2SeqTrainingArguments(
    output_dir=output_dir,
    per_device_train_batch_size=batch_size,
    learning_rate=1e-5,
    max_steps=4000,
    fp16=True,
    predict_with_generate=True,
    report_to=["tensorboard"],
    metric_for_best_model=evaluate_metric,
    push_to_hub=True,
)

trainer = Seq2SeqTrainer(
    args=training_args,
    model=model,
    train_dataset=common_voice["train"],
    eval_dataset=common_voice["test"],
    tokenizer=processor.feature_extractor,
)
processor.save_pretrained(training_args.output_dir)
trainer.train()

kwargs = {
    "dataset_tags": dataset,
    "dataset": "Common Voice 11.0",
    "dataset_args": f"config: {code}, split: test",
    "language": code,
    "model_name": f"Whisper Small {code} - {language}",
    "finetuned_from": pretrained,
    "tasks": "automatic-speech-recognition",
    "tags": "hf-asr-leaderboard",
}

trainer.push_to_hub(**kwargs)
