import argparse
import os
import random

import numpy as np
import torch
from datasets import load_dataset
from torchmetrics.functional.text import chrf_score
from torchmetrics.text import BLEUScore
from tqdm import tqdm
from transformers import MT5ForConditionalGeneration, MT5Tokenizer


def set_random_seed(seed):
    random.seed(seed)
    np.random.seed(seed)
    os.environ["PYTHONHASHSEED"] = str(seed)
    torch.manual_seed(seed)
    torch.cuda.manual_seed_all(seed)


def encode(texts, max_length=512):
    return tokenizer(texts, max_length=max_length, padding="max_length", truncation=True, return_tensors="pt")


def train_epoch(model, optimizer, loader, device):
    model.train()
    running = 0.0
    for data in tqdm(loader, unit="batch"):
        input_ids = encode(data['translation'][input_lang])['input_ids'].to(device)
        target_ids = encode(data['translation'][target_lang])['input_ids'].to(device)
        optimizer.zero_grad()
        loss = model(input_ids=input_ids, labels=target_ids).loss
        loss.backward()
        optimizer.step()
        running += loss.item()
    return running / len(loader)


def evaluate(model, loader, device):
    model.eval()
    loss_sum = chrf_sum = bleu_sum = 0.0
    with torch.no_grad():
        for batch in tqdm(loader, unit="batch"):
            targets = batch["translation"][target_lang]
            input_ids = encode(batch["translation"][input_lang])["input_ids"].to(device)
            target_ids = encode(targets)["input_ids"].to(device)
            outputs = model(input_ids=input_ids, labels=target_ids)
            preds = [tokenizer.decode(ids, skip_special_tokens=True) for ids in torch.argmax(outputs.logits, dim=-1)]
            loss_sum += outputs.loss.item()
            chrf_sum += chrf_score(preds, targets).item()
            bleu_sum += float(bleu_evaluator(preds, [[t] for t in targets]))
    n = len(loader)
    return loss_sum / n, chrf_sum / n, bleu_sum / n


if __name__ == "__main__":
    parser = argparse.ArgumentParser()
    parser.add_argument(
        "--lang_pair", type=str, help="nnlb valid language pair", default="pol_Latn-ukr_Cyrl", required=True
    )
    parser.add_argument("--batch_size", type=int, default=16, help="batch size (8 or 16)")
    parser.add_argument("--epoch_num", type=int, default=5, help="number of epochs")
    parser.add_argument("--learning_rate", type=float, default=1e-4, help="learning rate")
    parser.add_argument("--seed", type=int, default=42)
    parser.add_argument("--short_run", type=bool, default=False, help="run training using small dataset")
    parser.add_argument(
        "--model_name",
        type=str,
        help="your model name or its path",
        default="google/mt5-small"
    )
    args = parser.parse_args()

    input_lang, target_lang = args.lang_pair.split('-')
    set_random_seed(args.seed)

    dataset = load_dataset("allenai/nllb", args.lang_pair, ignore_verifications=True)
    dataset = dataset['train'].train_test_split(test_size=0.1, shuffle=True, seed=args.seed)
    halves = dataset['test'].train_test_split(test_size=0.5, shuffle=True, seed=args.seed)
    train_set, eval_set, test_set = dataset["train"], halves["train"], halves["test"]

    model = MT5ForConditionalGeneration.from_pretrained(args.model_name)
    tokenizer = MT5Tokenizer.from_pretrained(args.model_name)
    device = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    model.to(device)
    optimizer = torch.optim.Adam(model.parameters(), lr=args.learning_rate)
    bleu_evaluator = BLEUScore()

    train_loader = torch.utils.data.DataLoader(train_set, batch_size=args.batch_size)
    eval_loader = torch.utils.data.DataLoader(eval_set, batch_size=args.batch_size)
    for epoch in range(args.epoch_num):
        train_loss = train_epoch(model, optimizer, train_loader, device)
        eval_loss, eval_chrf, eval_bleu = evaluate(model, eval_loader, device)
        print(f"Epoch {epoch + 1}, Train Loss: {train_loss:.4f}, Eval chrF: {eval_chrf:.4f}, Eval Bleu: {eval_bleu:.4f}")

    test_loss, test_chrf, test_bleu = evaluate(model, torch.utils.data.DataLoader(test_set, batch_size=args.batch_size), device)
    print(f'Test Loss: {test_loss:.4f}, Test chrF: {test_chrf:.4f}, Test Bleu: {test_bleu:.4f}')

    # Save the model in the current working directory
    torch.save(model.state_dict(), "mt5_model.pth")
