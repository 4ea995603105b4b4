import argparse
import os
import random

import numpy as np
import torch
from simpletransformers.ner import NERModel


def init_args():
    p = argparse.ArgumentParser()
    p.add_argument("--model_type", default='bert', type=str,
                   help="Model family understood by simpletransformers")
    p.add_argument("--model_name_or_path", default='bert-base-cased', type=str,
                   help="Path to pre-trained model or shortcut name")
    p.add_argument('--train_dataset', default='original', type=str,
                   help="original or an augmented variant: aug-20, aug-40, rem-100 ...")
    p.add_argument('--eval_dataset', default='original', type=str)
    p.add_argument('--scenario', default='llm-based', type=str)
    p.add_argument("--max_seq_length", default=128, type=int)
    p.add_argument("--train_batch_size", default=16, type=int)
    p.add_argument("--learning_rate", default=5e-5, type=float)
    p.add_argument("--train_epochs", default=15, type=int)
    p.add_argument('--output_dir', default='experiments', type=str)
    p.add_argument('--seed', type=int, default=42)
    p.add_argument('--do_train', action='store_true')
    p.add_argument('--do_eval', action='store_true')
    args = p.parse_args()

    short = args.model_name_or_path.split('/')[-1]
    suffix = "" if args.train_dataset == 'original' else "-" + args.train_dataset
    run_dir = os.path.join(args.output_dir, args.scenario + suffix, f"{short}_{args.train_epochs}")
    if args.do_train and os.path.exists(os.path.join(run_dir, 'evaluation_score.json')):
        raise ValueError('scenario already run')
    os.makedirs(run_dir, exist_ok=True)
    args.output_dir = run_dir
    if args.do_eval and not args.do_train:
        args.eval_output = os.path.join("experiments", 'evaluation', args.scenario, f"{short}_{args.train_epochs}",
                                        args.train_dataset + "_" + args.eval_dataset)
        os.makedirs(args.eval_output, exist_ok=True)
    return args


def seed_everything(seed=42):
    np.random.seed(seed)
    random.seed(seed)
    torch.manual_seed(seed)
    torch.cuda.manual_seed(seed)
    torch.backends.cudnn.deterministic = True
    os.environ["PYTHONHASHSEED"] = str(seed)


def read_conll(path):
    sents, words, labels = [], [], []
    with open(path, encoding='utf-8') as fh:
        for line in fh:
            line = line.strip()
            if line:
                w, l = line.split()
                words.append(w)
                labels.append(l)
            elif words:
                sents.append((words, labels))
                words, labels = [], []
    if words:
        sents.append((words, labels))
    return sents


def main():
    args = init_args()
    seed_everything(args.seed)
    model = NERModel(
        args.model_type,
        args.model_name_or_path,
        labels=["O", "B-Event", "I-Event", "E-Event", "S-Event", "B-NonEvent", "I-NonEvent", "E-NonEvent", "S-NonEvent"],
        args={"num_train_epochs": args.train_epochs, "learning_rate": args.learning_rate,
              "output_dir": args.output_dir, "overwrite_output_dir": True},
        use_cuda=torch.cuda.is_available(),
    )
    if args.do_train:
        model.train_model(os.path.join("dataset", "train_conll_data.txt"))
    if args.do_eval:
        result, _, _ = model.eval_model(os.path.join("dataset", "test_conll_data.txt"))
        print(result)


if __name__ == "__main__":
    main()
