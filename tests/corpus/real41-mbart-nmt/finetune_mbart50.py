import argparse
import glob

from data_loader.nmt_loader import NmtDataLoader, Processor
from transformers import (DataCollatorForSeq2Seq, MBart50TokenizerFast, MBartForConditionalGeneration,
                          Seq2SeqTrainer, Seq2SeqTrainingArguments, set_seed)

set_seed(0)


def define_argparser():
    parser = argparse.ArgumentParser()
    parser.add_argument("--base_path", default="/opt/project/translation/repo/mbart-nmt", type=str)
    parser.add_argument("--corpus_path", default="./src/raw_corpus/data_with_upper_lc", type=str)
    parser.add_argument("--plm", default="./src/plm/reduced_hf_mbart50_m2m", type=str)
    parser.add_argument("--src_lang", default="en_XX", type=str)
    parser.add_argument("--tgt_lang", default="ko_KR", type=str)
    parser.add_argument("--exp_name", default='mbart-fp16', type=str)
    parser.add_argument("--max_token_length", default=256, type=int)
    parser.add_argument('--drop_case', action='store_true', help='drop sequences longer than max_token_length')
    parser.add_argument("--batch_size", default=16, type=int)
    parser.add_argument("--gradient_accumulation_steps", default=4, type=int)
    parser.add_argument("--num_epochs", default=3, type=int)
    parser.add_argument('--fp16', action='store_true')
    parser.add_argument('--bi_direction', action='store_true', help='train a bi-directional NMT engine')
    parser.add_argument('--packing_data', action='store_true', help='merge sentences into segments')
    parser.add_argument("--packing_size", default=256, type=int)
    parser.add_argument('--hybrid', action='store_true')
    parser.add_argument('--resume', action='store_true', help='resume from the latest checkpoint')
    return parser.parse_args()


def main(args):
    mbart_plm = MBartForConditionalGeneration.from_pretrained(args.plm)
    mbart_tokenizer = MBart50TokenizerFast.from_pretrained(args.plm)

    preprocessor = Processor(mbart_tokenizer, args.src_lang, args.tgt_lang, args.max_token_length,
                             args.drop_case, args.bi_direction)
    loader = NmtDataLoader(mbart_tokenizer, preprocessor, args.corpus_path, args.packing_data,
                           args.packing_size, args.hybrid)
    tokenized_datasets = loader.get_tokenized_dataset(batch_size=20000, num_proc=8)

    data_collator = DataCollatorForSeq2Seq(mbart_tokenizer, model=mbart_plm, padding='longest')
    output_dir = f"{args.base_path}/src/ftm/{args.exp_name}-finetuned-{args.src_lang}-to-{args.tgt_lang}"
    train_args = Seq2SeqTrainingArguments(
        output_dir,
        evaluation_strategy="epoch",
        learning_rate=5e-5,
        per_device_train_batch_size=args.batch_size,
        per_device_eval_batch_size=args.batch_size,
        gradient_accumulation_steps=args.gradient_accumulation_steps,
        save_total_limit=1,
        save_steps=500,
        logging_steps=500,
        report_to='tensorboard',
        num_train_epochs=args.num_epochs,
        fp16=True,
    )
    trainer = Seq2SeqTrainer(mbart_plm, train_args, train_dataset=tokenized_datasets["train"],
                             eval_dataset=tokenized_datasets["validation"], data_collator=data_collator,
                             tokenizer=mbart_tokenizer)
    if args.resume:
        ckpts = glob.glob(f'{output_dir}/checkpoint-*')
        trainer.train(resume_from_checkpoint=sorted(ckpts)[-1])
    else:
        trainer.train()
    trainer.save_model(f'{output_dir}/final_checkpoint')


if __name__ == '__main__':
    main(define_argparser())
