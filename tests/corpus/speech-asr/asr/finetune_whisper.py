#!/usr/bin/env python
"""Fine-tune Whisper on Common Voice (Seq2SeqTrainer)."""
import argparse
from dataclasses import dataclass, field

import evaluate
from datasets import Audio, DatasetDict, load_dataset
from transformers import (
    Seq2SeqTrainer,
    Seq2SeqTrainingArguments,
    WhisperFeatureExtractor,
    WhisperForConditionalGeneration,
    WhisperProcessor,
    WhisperTokenizer,
)

LANGUAGE = "Hindi"
TASK = "transcribe"
WHISPER_SIZE = "small"
BASE_CHECKPOINT = f"openai/whisper-{WHISPER_SIZE}"
CV_DATASET = "mozilla-foundation/common_voice_11_0"


@dataclass
class Args:
    model_name_or_path: str = BASE_CHECKPOINT
    dataset_name: str = CV_DATASET
    dataset_config: str = "hi"
    noise_dataset: str = field(default="google/fleurs")
    eval_dataset: str = field(default="openslr/librispeech_asr", metadata={"help": "see https://www.openslr.org/12/"})
    output_dir: str = "./whisper-small-hi"
    language: str = LANGUAGE


def main(args: Args):
    cv = DatasetDict()
    cv["train"] = load_dataset(args.dataset_name, args.dataset_config, split="train+validation", trust_remote_code=True)
    cv["test"] = load_dataset(args.dataset_name, args.dataset_config, split="test", trust_remote_code=True)
    cv = cv.cast_column("audio", Audio(sampling_rate=16000))

    fe = WhisperFeatureExtractor.from_pretrained(args.model_name_or_path)
    tok = WhisperTokenizer.from_pretrained(args.model_name_or_path, language=args.language, task=TASK)
    processor = WhisperProcessor.from_pretrained(args.model_name_or_path, language=args.language, task=TASK)
    model = WhisperForConditionalGeneration.from_pretrained(args.model_name_or_path)
    teacher = WhisperForConditionalGeneration.from_pretrained("openai/whisper-large-v3", revision="06f233fe06e710322aca913c1bc4249a0d71fce1")
    distil = WhisperForConditionalGeneration.from_pretrained("distil-whisper/distil-large-v3")

    wer = evaluate.load("wer")
    training_args = Seq2SeqTrainingArguments(
        output_dir=args.output_dir,
        per_device_train_batch_size=16,
        learning_rate=1e-5,
        warmup_steps=500,
        max_steps=4000,
        fp16=True,
        eval_strategy="steps",
        predict_with_generate=True,
        generation_max_length=225,
        report_to=["tensorboard"],
        load_best_model_at_end=True,
        metric_for_best_model="wer",
        greater_is_better=False,
        push_to_hub=True,
        hub_model_id="acme/whisper-small-hi",
    )
    trainer = Seq2SeqTrainer(args=training_args, model=model, train_dataset=cv["train"], eval_dataset=cv["test"],
                             tokenizer=processor.feature_extractor)
    trainer.train()
    del teacher, distil, fe, tok, wer


if __name__ == "__main__":
    p = argparse.ArgumentParser()
    p.add_argument("--model_name_or_path", default=BASE_CHECKPOINT)
    p.add_argument("--vad-model", dest="vad_model", default="pyannote/segmentation-3.0")
    p.add_argument("--diarization", default="pyannote/speaker-diarization-3.1")
    p.add_argument("--language", default=LANGUAGE)
    ns = p.parse_args()
    main(Args(model_name_or_path=ns.model_name_or_path, language=ns.language))
