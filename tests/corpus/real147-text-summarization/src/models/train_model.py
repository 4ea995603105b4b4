import numpy as np
import pandas as pd
from functools import partial
import nltk
import evaluate
from transformers import BartTokenizer, BartForConditionalGeneration, DataCollatorForSeq2Seq, Seq2SeqTrainingArguments, Seq2SeqTrainer

from utils.init_settings import set_seed, get_device
from data.preprocess import preprocess


def compute_metrics(eval_pred, tokenizer, rouge):
    predictions, labels = eval_pred
    preds = tokenizer.batch_decode(predictions, skip_special_tokens=True)
    labels = np.where(labels != -100, labels, tokenizer.pad_token_id)
    refs = tokenizer.batch_decode(labels, skip_special_tokens=True)
    preds = ["\n".join(nltk.sent_tokenize(p.strip())) for p in preds]
    refs = ["\n".join(nltk.sent_tokenize(r.strip())) for r in refs]
    result = rouge.compute(predictions=preds, references=refs, use_stemmer=True)
    return {k: round(v, 4) for k, v in result.items()}


def preprocess_function(examples, tokenizer):
    model_inputs = tokenizer(list(examples["dialogue"]), max_length=1024, truncation=True)
    labels = tokenizer(text_target=examples["summary"], max_length=128, truncation=True)
    model_inputs["labels"] = labels["input_ids"]
    return model_inputs


if __name__ == "__main__":
    seed = set_seed()
    device = get_device()

    ds_train = preprocess(pd.read_csv("data/raw/samsum-train.csv"))
    ds_val = preprocess(pd.read_csv("data/raw/samsum-validation.csv"))

    checkpoint = "facebook/bart-large-xsum"

    tokenizer = BartTokenizer.from_pretrained(checkpoint)
    model = BartForConditionalGeneration.from_pretrained(checkpoint).to(device)
    data_collator = DataCollatorForSeq2Seq(tokenizer=tokenizer, model=model)
    rouge = evaluate.load("rouge")

    tokenized_train = ds_train.map(partial(preprocess_function, tokenizer=tokenizer), batched=True, remove_columns=ds_train.column_names)
    tokenized_val = ds_val.map(partial(preprocess_function, tokenizer=tokenizer), batched=True, remove_columns=ds_val.column_names)

    training_args = Seq2SeqTrainingArguments(
        output_dir='outputs/bart_samsum_checkpoint',
        eval_strategy='epoch',
        save_strategy='epoch',
        load_best_model_at_end=True,
        metric_for_best_model='eval_loss',
        seed=seed,
        learning_rate=2e-5,
        per_device_train_batch_size=4,
        num_train_epochs=4,
        predict_with_generate=True,
        fp16=True,
        report_to="none"
    )

    trainer = Seq2SeqTrainer(
        model=model,
        args=training_args,
        train_dataset=tokenized_train,
        eval_dataset=tokenized_val,
        processing_class=tokenizer,
        data_collator=data_collator,
        compute_metrics=partial(compute_metrics, tokenizer=tokenizer, rouge=rouge),
    )
    trainer.train()

    directory = "outputs/bart_finetuned_samsum_2"
    trainer.save_model(directory)
    tokenizer.save_pretrained(directory)
