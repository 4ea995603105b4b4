import evaluate
import numpy as np
import pandas as pd
import torch
from datasets import Dataset, DatasetDict
from transformers import AutoModelForSeq2SeqLM, AutoTokenizer, DataCollatorForSeq2Seq, Seq2SeqTrainer, Seq2SeqTrainingArguments


def encode(batch):
    docs = [PREFIX + d for d in batch["readme"] if d is not None]
    enc = tok(docs, max_length=1024, truncation=True)
    enc["labels"] = tok(text_target=batch["description"], max_length=128, truncation=True)["input_ids"]
    return enc


def rouge_scores(eval_pred):
    preds, gold = eval_pred
    pred_txt = tok.batch_decode(preds, skip_special_tokens=True)
    gold = np.where(gold != -100, gold, tok.pad_token_id)
    gold_txt = tok.batch_decode(gold, skip_special_tokens=True)
    out = rouge.compute(predictions=pred_txt, references=gold_txt, use_stemmer=True)
    out["gen_len"] = np.mean([np.count_nonzero(p != tok.pad_token_id) for p in preds])
    return {k: round(v, 4) for k, v in out.items()}


if __name__ == '__main__':
    device = torch.device("cuda:0" if torch.cuda.is_available() else "cpu")
    splits = DatasetDict({
        'train': Dataset.from_pandas(pd.read_csv('../dataset/train.csv', usecols=['readme', 'description'])),
        'val': Dataset.from_pandas(pd.read_csv('../dataset/validation.csv', usecols=['readme', 'description'])),
    })

    checkpoint = "t5-base"
    tok = AutoTokenizer.from_pretrained(checkpoint)
    model = AutoModelForSeq2SeqLM.from_pretrained(checkpoint)
    PREFIX = "summarize: "
    tokenized = splits.map(function=encode, batched=True)
    collator = DataCollatorForSeq2Seq(tokenizer=tok, model=checkpoint)
    rouge = evaluate.load("rouge")

    args = Seq2SeqTrainingArguments(
        output_dir="t5-base_readme_summarization",
        evaluation_strategy="epoch",
        learning_rate=2e-5,
        per_device_train_batch_size=4,
        weight_decay=0.01,
        save_total_limit=3,
        num_train_epochs=5,
        predict_with_generate=True,
        fp16=True,
        # push_to_hub=True,
    )

trainer = Seq2SeqTrainer(model=model, args=args, train_dataset=tokenized["train"], eval_dataset=tokenized["val"],
                         tokenizer=tok, data_collator=collator, compute_metrics=rouge_scores)
trainer.train()
# trainer.push_to_hub()
