import base64
import io

import numpy as np
import torch
import torchaudio
from datasets import Audio, Dataset, Features, Value
from huggingface_hub import login
from pydub import AudioSegment
from pymongo import MongoClient
from transformers import Seq2SeqTrainer, Seq2SeqTrainingArguments, WhisperForConditionalGeneration, WhisperProcessor

login()


def decode_audio(b64):
    seg = AudioSegment.from_file(io.BytesIO(base64.b64decode(b64))).set_channels(1)
    buf = io.BytesIO()
    seg.export(buf, format="wav")
    buf.seek(0)
    wave, _ = torchaudio.load(buf)
    return wave.squeeze(0)


client = MongoClient("mongodb://db.example.internal:27017/")
docs = list(client["main"]["speech_samples"].find({"audio": {"$type": "string"}, "sentence": {"$type": "string"}}))
rows = [{"audio": {"array": decode_audio(d["audio"]), "sampling_rate": 16000}, "sentence": d["sentence"]} for d in docs]

features = Features({"audio": Audio(sampling_rate=16000), "sentence": Value(dtype="string")})

model_name = "openai/whisper-base"
processor = WhisperProcessor.from_pretrained(model_name)
model = WhisperForConditionalGeneration.from_pretrained(model_name)
device = torch.device("mps" if torch.backends.mps.is_available() else "cuda" if torch.cuda.is_available() else "cpu")
model.to(device)


def collate(batch):
    feats = []
    for f in batch:
        x = np.array(f["input_features"], dtype=np.float32)
        x = np.pad(x, ((0, 0), (0, max(0, 3000 - x.shape[-1]))))[:, :3000]
        feats.append(x)
    longest = max(len(f["labels"]) for f in batch)
    labels = [f["labels"] + [0] * (longest - len(f["labels"])) for f in batch]
    return {"input_features": torch.tensor(np.stack(feats)), "labels": torch.tensor(labels)}


def preprocess(ex):
    inp = processor(ex["audio"]["array"], sampling_rate=16000, return_tensors="pt")
    lab = processor.tokenizer(ex["sentence"], return_tensors="pt", truncation=True).input_ids
    return {"input_features": inp.input_features[0], "labels": lab[0]}


ds = Dataset.from_list(rows, features=features).map(preprocess)
ds.save_to_disk("dataset")

outdir = f"./{model_name}-finetuned2"
args = Seq2SeqTrainingArguments(
    output_dir=outdir, per_device_train_batch_size=1, gradient_accumulation_steps=8, learning_rate=1e-5,
    warmup_steps=50, max_steps=len(docs) * 4, save_steps=len(docs), logging_steps=50,
    report_to="none", remove_unused_columns=False,
)
trainer = Seq2SeqTrainer(model=model, args=args, train_dataset=ds, tokenizer=processor, data_collator=collate)
trainer.train()
trainer.save_model(outdir)
processor.save_pretrained(outdir)
model.push_to_hub(f"deevade/whisper-small")
