from argparse import ArgumentParser

import evaluate
import numpy as np
import torch
from datasets import DatasetDict, load_dataset
from transformers import (
    AutoModelForSeq2SeqLM,
    AutoTokenizer,
    DataCollatorForSeq2Seq,
    Seq2SeqTrainer,
    Seq2SeqTrainingArguments,
)

NT_BOOKS = ["MAT", "MRK", "LUK", "JHN", "ACT", "ROM", "1CO", "2CO", "GAL", "EPH", "REV"]


def parse_args():
    parser = ArgumentParser()
    parser.add_argument("--model_name", type=str, default="facebook/nllb-200-distilled-1.3B")
    parser.add_argument(
        "--dataset_name",
        type=str,
        choices=["bible-nlp/biblenlp-corpus", "LazarusNLP/alkitab-sabda-mt"],
    )
    parser.add_argument("--src_lang", type=str, default="ind")
    parser.add_argument("--tgt_lang", type=str, default="ptu")
    parser.add_argument("--src_lang_nllb", type=str, default="ind_Latn")
    parser.add_argument("--tgt_lang_nllb", type=str, default="ptu_Latn")
    parser.add_argument("--max_length", type=int, default=128)
    parser.add_argument("--learning_rate", type=float, default=5e-5)
    parser.add_argument("--max_steps", type=int, default=-1)
    return parser.parse_args()


def load_ebible_corpus(src_lang, tgt_lang):
    dataset = load_dataset("bible-nlp/biblenlp-corpus", languages=[src_lang, tgt_lang], trust_remote_code=True)
    return dataset.map(lambda x: {"text_source": x["translation"][0], "text_target": x["translation"][1]},
                       input_columns=["translation"])


def load_alkitab_sabda(src_lang, tgt_lang):
    dataset = load_dataset(
        "LazarusNLP/alkitab-sabda-mt",
        f"{src_lang}-{tgt_lang}",
        split="train+validation+test",
        trust_remote_code=True,
    )
    dataset = dataset.map(lambda x: {"book": x["verse_id"].split("_")[0]})
    train_ds = dataset.filter(lambda x: x["book"] in NT_BOOKS)
    test_ds = dataset.filter(lambda x: x["book"] not in NT_BOOKS)
    split = train_ds.train_test_split(test_size=0.1, seed=41)
    return DatasetDict({"train": split["train"], "validation": split["test"], "test": test_ds})


def main(args):
    dataset_name = args.dataset_name.split("/")[-1]
    output_dir = f"{args.model_name.split('/')[-1]}-{dataset_name}-{args.src_lang}-{args.tgt_lang}"
    dataset = load_ebible_corpus(args.src_lang, args.tgt_lang) if dataset_name == "biblenlp-corpus" \
        else load_alkitab_sabda(args.src_lang, args.tgt_lang)

    model = AutoModelForSeq2SeqLM.from_pretrained(args.model_name, torch_dtype=torch.bfloat16,
                                                  attn_implementation="flash_attention_2")
    tokenizer = AutoTokenizer.from_pretrained(args.model_name)
    tokenizer.src_lang, tokenizer.tgt_lang = args.src_lang_nllb, args.tgt_lang_nllb

    def preprocess(examples):
        return tokenizer(examples["text_source"], text_target=examples["text_target"],
                         max_length=args.max_length, padding="max_length", truncation=True)

    processed = dataset.map(preprocess, batched=True, remove_columns=dataset["train"].column_names)
    sacrebleu = evaluate.load("sacrebleu")
    chrf = evaluate.load("chrf")

    def compute_metrics(eval_preds):
        preds, labels = eval_preds
        preds = np.where(preds != -100, preds, tokenizer.pad_token_id)
        labels = np.where(labels != -100, labels, tokenizer.pad_token_id)
        dp = [p.strip() for p in tokenizer.batch_decode(preds, skip_special_tokens=True)]
        dl = [[l.strip()] for l in tokenizer.batch_decode(labels, skip_special_tokens=True)]
        return {"bleu": sacrebleu.compute(predictions=dp, references=dl)["score"],
                "chrf": chrf.compute(predictions=dp, references=dl)["score"]}

    training_args = Seq2SeqTrainingArguments(output_dir=output_dir, eval_strategy="steps", eval_steps=1000,
                                             learning_rate=args.learning_rate, max_steps=args.max_steps,
                                             predict_with_generate=True, report_to="none",
                                             metric_for_best_model="bleu", load_best_model_at_end=True,
                                             save_strategy="steps", save_steps=1000)
    trainer = Seq2SeqTrainer(model=model, args=training_args, train_dataset=processed["train"],
                             eval_dataset=processed["validation"], tokenizer=tokenizer,
                             data_collator=DataCollatorForSeq2Seq(tokenizer, model=model),
                             compute_metrics=compute_metrics)
    trainer.train()
    print(trainer.evaluate(eval_dataset=processed["test"], metric_key_prefix="test"))
    trainer.save_model()


if __name__ == "__main__":
    main(parse_args())
