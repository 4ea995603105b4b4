import argparse

import torch
from trl import SFTTrainer, DataCollatorForCompletionOnlyLM

from configs.training_args import get_training_args
from src.data_utils import load_and_process_data
from src.modeling import load_model_and_tokenizer


def main(args):
    if args.resume_from_checkpoint:
        model, tokenizer = load_model_and_tokenizer(args.resume_from_checkpoint)
    else:
        model, tokenizer = load_model_and_tokenizer()

    dataset = load_and_process_data()
    training_args = get_training_args(args.output_dir, args.epochs)

    collator = DataCollatorForCompletionOnlyLM(
        response_template=tokenizer.encode(
            "<|start_header_id|>assistant<|end_header_id|>\n", add_special_tokens=False
        ),
        tokenizer=tokenizer,
        mlm=False,
    )
    trainer = SFTTrainer(
        model=model,
        train_dataset=dataset["train"],
        eval_dataset=dataset["test"],
        data_collator=collator,
        args=training_args,
    )
    if args.eval_only:
        trainer.evaluate()
    elif args.resume_from_checkpoint:
        trainer.train(resume_from_checkpoint=True)
    else:
        trainer.train()


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    # python train.py --epochs 5 --output_dir ./medqa-model
    parser.add_argument("--epochs", type=int, default=3)
    parser.add_argument("--output_dir", type=str, default="./results")
    # python train.py --output_dir ./medqa-model --resume_from_checkpoint ./medqa-model/checkpoint-224
    parser.add_argument("--resume_from_checkpoint", type=str, default=None,
                        help="Path to specific checkpoint directory")
    parser.add_argument("--eval_only", action="store_true")
    # deepspeed --num_gpus 2 --master_port 29500 train.py --epochs 5 --output_dir ./medqa-model
    parser.add_argument("--local_rank", type=int, default=-1)
    args = parser.parse_args()
    try:
        main(args)
    finally:
        if torch.distributed.is_initialized():
            torch.distributed.destroy_process_group()
