import random
import sys

import torch
from datasets import load_dataset
from nltk.tokenize import sent_tokenize
from transformers import LEDForConditionalGeneration, LEDTokenizer

sys.path.append('../../')
from utils.metrics import rouge_corpus

device = 'cuda' if torch.cuda.is_available() else 'cpu'
data_path = "../../datasets/"
dataset_name = "multinews"
model_name = "allenai/PRIMERA-multinews"
max_input_length = 4096
max_output_length = 1024
beam_size = 5

dataset_all = load_dataset('json', data_files=data_path + '%s.jsonl' % dataset_name, split='all')
dataset_test = dataset_all.filter(lambda s: s['label'] == 'test').shuffle(seed=42).select(range(36))

tokenizer = LEDTokenizer.from_pretrained(model_name)
model = LEDForConditionalGeneration.from_pretrained(model_name).to(device)
docsep_token_id = tokenizer.convert_tokens_to_ids("<doc-sep>")


def generate_answer(batch):
    clusters = [" <doc-sep> ".join(docs) for docs in batch["source_documents"]]
    enc = tokenizer(clusters, padding="max_length", max_length=max_input_length, return_tensors="pt", truncation=True)
    input_ids = enc.input_ids.to(device)
    global_attention_mask = torch.zeros_like(enc.attention_mask).to(device)
    global_attention_mask[:, 0] = 1
    global_attention_mask[input_ids == docsep_token_id] = 1
    ids = model.generate(input_ids, attention_mask=enc.attention_mask.to(device),
                         global_attention_mask=global_attention_mask, max_length=max_output_length, num_beams=beam_size)
    batch["predicted_summary"] = tokenizer.batch_decode(ids, skip_special_tokens=True)
    return batch


results = dataset_test.map(generate_answer, batched=True, batch_size=4)
print("model %s" % model_name)
scores = rouge_corpus(references=results["summary"], candidates=results["predicted_summary"],
                      types=["rouge1", "rouge2", "rougeL", "rougeLsum"])
print("rouge-1", scores["rouge1"]["fmeasure"])
print("rouge-L", scores["rougeL"]["fmeasure"])
for item in results.select(random.choices(range(len(results)), k=10)):
    print("####predicted_summary: ", item['predicted_summary'])
