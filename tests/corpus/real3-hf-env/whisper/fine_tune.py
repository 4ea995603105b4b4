from datasets import Audio, DatasetDict, load_dataset
from transformers import WhisperFeatureExtractor, WhisperProcessor, WhisperTokenizer

cv = DatasetDict()
cv["train"] = load_dataset("mozilla-foundation/common_voice_11_0", "hi", split="train+validation", use_auth_token=True, token = True)
cv["test"] = load_dataset("mozilla-foundation/common_voice_11_0", "hi", split="test", use_auth_token=True, token = True)
print(cv)

cv = cv.remove_columns(["accent", "age", "client_id", "down_votes", "gender", "locale", "path", "segment", "up_votes"])

feature_extractor = WhisperFeatureExtractor.from_pretrained("openai/whisper-small", token = True)
tokenizer = WhisperTokenizer.from_pretrained("openai/whisper-small", language="Hindi", task="transcribe", token = True)

# round-trip check of the tokenizer
text = cv["train"][0]["sentence"]
ids = tokenizer(text).input_ids
print(f"input:   {text}")
print(f"decoded: {tokenizer.decode(ids, skip_special_tokens=True)}")

processor = WhisperProcessor.from_pretrained("openai/whisper-small", language="Hindi", task="transcribe", token = True)

cv = cv.cast_column("audio", Audio(sampling_rate=16000))


def prepare(batch):
    audio = batch["audio"]
    batch["input_features"] = feature_extractor(audio["array"], sampling_rate=audio["sampling_rate"]).input_features[0]
    batch["labels"] = tokenizer(batch["sentence"]).input_ids
    return batch


cv = cv.map(prepare, remove_columns=cv.column_names["train"], num_proc=4)
