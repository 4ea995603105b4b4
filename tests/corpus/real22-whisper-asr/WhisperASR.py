from datasets import Audio, DatasetDict, load_dataset
from huggingface_hub import HfFolder
from transformers import (
    Seq2SeqTrainer,
    Seq2SeqTrainingArguments,
    WhisperFeatureExtractor,
    WhisperForConditionalGeneration,
    WhisperProcessor,
    WhisperTokenizer,
)

from DataCollatorSpeechSeq2SeqWithPadding import DataCollatorSpeechSeq2SeqWithPadding
from MetricsEval import MetricsEval

OUTPUT_DIR = "../whisper-small"
SAVE_DIR = "./models/"

LEARNING_RATE = 1e-5
WARMUP_STEPS = 500
MAX_STEPS = 4000

HF_API_KEY = "hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx"


class WhisperASR:
    """Whisper Model for Automatic Speech Recognition (ASR) using Hugging Face's Transformers library."""

    def __init__(self, model_name="openai/whisper-small", language="Korean", language_code="ko"):
        self.model_name = model_name
        self.language = language
        self.language_code = language_code
        self.train_split = "train+validation"
        self.test_split = "test"

        HfFolder.save_token(HF_API_KEY)

        self.feature_extractor = WhisperFeatureExtractor.from_pretrained(
            self.model_name)
        self.tokenizer = WhisperTokenizer.from_pretrained(
            self.model_name, language=language, task="transcribe")
        self.processor = WhisperProcessor.from_pretrained(
            self.model_name, language=language, task="transcribe")
        self.model = WhisperForConditionalGeneration.from_pretrained(
            self.model_name)
        self.model.config.forced_decoder_ids = None

        self.data = DatasetDict()
        self.data_collator = DataCollatorSpeechSeq2SeqWithPadding(self.processor)
        self._load_data()
        self.OUTPUT_DIR = f"{OUTPUT_DIR}-{language_code}"

    def _load_data(self):
        """Load the data from the Common Voice dataset and prepare it for training."""
        self.data["train"] = load_dataset(
            "mozilla-foundation/common_voice_13_0", self.language_code, split=self.train_split, token='hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')
        self.data["test"] = load_dataset(
           "mozilla-foundation/common_voice_13_0", self.language_code, split=self.test_split, token='hf_xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx')
        self.data = self.data.remove_columns(
            ["accent", "age", "client_id", "down_votes", "gender", "locale", "path", "segment", "up_votes"])
        self.data = self.data.cast_column("audio", Audio(sampling_rate=16000))
        self.data = self.data.map(self._prepare_data, remove_columns=self.data.column_names["train"], num_proc=2)

    def _prepare_data(self, batch):
        audio = batch["audio"]
        batch["input_features"] = self.feature_extractor(
            audio["array"], sampling_rate=audio["sampling_rate"]).input_features[0]
        batch["labels"] = self.tokenizer(batch["sentence"]).input_ids
        return batch

    def train(self):
        eval_fn = MetricsEval(self.tokenizer)
        training_args = Seq2SeqTrainingArguments(
            output_dir=self.OUTPUT_DIR,
            per_device_train_batch_size=16,
            learning_rate=LEARNING_RATE,
            warmup_steps=WARMUP_STEPS,
            max_steps=MAX_STEPS,
            fp16=True,
            evaluation_strategy="steps",
            predict_with_generate=True,
            report_to=["tensorboard"],
            metric_for_best_model="wer",
            greater_is_better=False,
            push_to_hub=True,
        )
        trainer = Seq2SeqTrainer(
            args=training_args,
            model=self.model,
            train_dataset=self.data["train"],
            eval_dataset=self.data["test"],
            data_collator=self.data_collator,
            compute_metrics=eval_fn.compute,
            tokenizer=self.processor.feature_extractor,
        )
        self.processor.save_pretrained(training_args.output_dir)
        trainer.train()

        kwargs = {
            "dataset_tags": "mozilla-foundation/common_voice_13_0",
            "dataset": "Common Voice 13.0",
            "dataset_args": f"config: {self.language_code}, split: test",
            "language": f"{self.language_code}",
            "model_name": f"Whisper Small - {self.language_code} Model",
            "finetuned_from": "openai/whisper-small",
            "tasks": "automatic-speech-recognition",
        }
        trainer.push_to_hub(**kwargs)
        print(f"[INFO] Model saved to Hugging Face Hub {OUTPUT_DIR}")
