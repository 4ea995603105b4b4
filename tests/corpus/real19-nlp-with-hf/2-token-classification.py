!pip install transformers datasets evaluate seqeval

import evaluate
import numpy as np
import tensorflow as tf
from datasets import load_dataset
from huggingface_hub import notebook_login
from transformers import (AutoModelForTokenClassification, AutoTokenizer, DataCollatorForTokenClassification,
                          TFAutoModelForTokenClassification, Trainer, TrainingArguments, create_optimizer, pipeline)
from transformers.keras_callbacks import KerasMetricCallback, PushToHubCallback

notebook_login()

wnut = load_dataset("wnut_17")
label_list = wnut["train"].features["ner_tags"].feature.names

tokenizer = AutoTokenizer.from_pretrained("distilbert-base-uncased")
sample = wnut["train"][0]


def align_labels(batch):
    enc = tokenizer(batch["tokens"], truncation=True, is_split_into_words=True)
    all_labels = []
    for i, tags in enumerate(batch["ner_tags"]):
        prev, ids = None, []
        for w in enc.word_ids(batch_index=i):
            ids.append(-100 if w is None or w == prev else tags[w])
            prev = w
        all_labels.append(ids)
    enc["labels"] = all_labels
    return enc


tokenized_wnut = wnut.map(align_labels, batched=True)
collator = DataCollatorForTokenClassification(tokenizer=tokenizer)
seqeval = evaluate.load("seqeval")

names = ["O", "B-corporation", "I-corporation", "B-creative-work", "I-creative-work", "B-group", "I-group",
         "B-location", "I-location", "B-person", "I-person", "B-product", "I-product"]
id2label = dict(enumerate(names))
label2id = {n: i for i, n in id2label.items()}

model = AutoModelForTokenClassification.from_pretrained("distilbert/distilbert-base-uncased", num_labels=13, id2label=id2label, label2id=label2id)

args = TrainingArguments(
    output_dir="my_awesome_wnut_model",
    learning_rate=2e-5,
    num_train_epochs=2,
    eval_strategy="epoch",
    save_strategy="epoch",
    push_to_hub=True,
)
trainer = Trainer(model=model, args=args, train_dataset=tokenized_wnut["train"], eval_dataset=tokenized_wnut["test"],
                  processing_class=tokenizer, data_collator=collator)
trainer.train()
trainer.push_to_hub()

tf_model = TFAutoModelForTokenClassification.from_pretrained("distilbert/distilbert-base-uncased", num_labels=13, id2label=id2label, label2id=label2id)
push_cb = PushToHubCallback(output_dir="my_awesome_wnut_model", tokenizer=tokenizer)

text = "The Golden State Warriors are an American professional basketball team based in San Francisco."
classifier = pipeline("ner", model="stevhliu/my_awesome_wnut_model")
classifier(text)

tokenizer = AutoTokenizer.from_pretrained("stevhliu/my_awesome_wnut_model")
inputs = tokenizer(text, return_tensors="pt")
model = AutoModelForTokenClassification.from_pretrained("stevhliu/my_awesome_wnut_model")
with torch.no_grad():
    logits = model(**inputs).logits
print([model.config.id2label[t.item()] for t in torch.argmax(logits, dim=2)[0]])

tokenizer = AutoTokenizer.from_pretrained("stevhliu/my_awesome_wnut_model")
tf_model = TFAutoModelForTokenClassification.from_pretrained("stevhliu/my_awesome_wnut_model")
tf_logits = tf_model(**tokenizer(text, return_tensors="tf")).logits
