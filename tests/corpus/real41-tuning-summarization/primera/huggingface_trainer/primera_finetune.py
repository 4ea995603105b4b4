#!/usr/bin/env python3
import sys

import wandb
from datasets import load_dataset
from nltk.tokenize import sent_tokenize
from transformers import LEDConfig, LEDForConditionalGeneration, LEDTokenizer, Seq2SeqTrainer, Seq2SeqTrainingArguments

wandb.login()
sys.path.append("../../")
from utils.metrics import rouge_corpus

data_path = "../../datasets/"

dataset_name = "multinews"
model_name = "allenai/PRIMERA"
wandb.init(project="PRIMERA_HT_%s_4096_1024" % dataset_name)

# load dataset
dataset_all = load_dataset('json', data_files=data_path + '%s.jsonl' % dataset_name, split='all')
dataset_train = dataset_all.filter(lambda s: s['label'] == 'train')
dataset_val = dataset_all.filter(lambda s: s['label'] == 'val')
dataset_test = dataset_all.filter(lambda s: s['label'] == 'test')

# load tokenizer and model
tokenizer = LEDTokenizer.from_pretrained(model_name)
config = LEDConfig.from_pretrained(model_name)
config.num_beams = 5
config.max_length = 1024
config.length_penalty = 2.0
config.no_repeat_ngram_size = 3
primera = LEDForConditionalGeneration.from_pretrained(model_name, config=config)

max_input_length = 4096
max_output_length = 1024
batch_size = 1


def process_data_to_model_inputs(batch):
    clusters = []
    for docs in batch["source_documents"]:
        per_doc = max_input_length // len(docs)
        text = []
        for doc in docs:
            length = 0
            for s in sent_tokenize(" ".join(doc.replace("\n", " ").split())):
                text.append(s)
                length += len(s.split())
                if length >= per_doc:
                    break
            text.append("<doc-sep>")
        clusters.append(" ".join(text))
    inputs = tokenizer(clusters, padding='max_length', max_length=max_input_length, truncation=True)
    outputs = tokenizer(batch["summary"], padding="max_length", truncation=True, max_length=max_output_length)
    return {
        "input_ids": inputs.input_ids,
        "attention_mask": inputs.attention_mask,
        "labels": [[-100 if t == tokenizer.pad_token_id else t for t in ls] for ls in outputs.input_ids],
    }


dataset_train = dataset_train.map(process_data_to_model_inputs, batched=True, batch_size=batch_size)
dataset_val = dataset_val.map(process_data_to_model_inputs, batched=True, batch_size=batch_size)

training_args = Seq2SeqTrainingArguments(
    do_train=True,
    do_eval=True,
    predict_with_generate=True,
    per_device_train_batch_size=batch_size,
    per_device_eval_batch_size=batch_size,
    output_dir="result",
    logging_steps=10,
    evaluation_strategy="steps",
    eval_steps=500,
    save_steps=500,
    warmup_steps=1000,
    save_total_limit=3,
    gradient_accumulation_steps=8,
    num_train_epochs=50,
    report_to='wandb'
)


def compute_metrics(pred):
    labels_ids = pred.label_ids
    pred_str = tokenizer.batch_decode(pred.predictions, skip_special_tokens=True)
    labels_ids[labels_ids == -100] = tokenizer.pad_token_id
    label_str = tokenizer.batch_decode(labels_ids, skip_special_tokens=True)
    rouge_output = rouge_corpus(references=label_str, candidates=pred_str, types=["rouge1", "rouge2", "rougeL", "rougeLsum"])
    return {k + "_fmeasure": round(v["fmeasure"], 4) for k, v in rouge_output.items()}


trainer = Seq2SeqTrainer(model=primera, tokenizer=tokenizer, args=training_args, compute_metrics=compute_metrics,
                         train_dataset=dataset_train, eval_dataset=dataset_val)
trainer.train()
