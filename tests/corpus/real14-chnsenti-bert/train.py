import torch
import torch.nn as nn
from datasets import load_dataset
from sklearn.metrics import accuracy_score
from torch.utils.data import DataLoader
from tqdm import tqdm
from transformers import AutoModel, AutoModelForSequenceClassification, AutoTokenizer, Trainer, TrainingArguments

from model import Rnn_Model


def acc_metric(p):
    logits, gold = p
    return {"accuracy": accuracy_score(gold, logits.argmax(axis=1))}


def train_model(args):
    print(f'loading {args.model}')
    dev = torch.device("cuda" if torch.cuda.is_available() else "cpu")
    # 本地已下载的预训练权重
    if args.model == 'bert':
        tok = AutoTokenizer.from_pretrained('./bert-base-chinese')
        net = AutoModelForSequenceClassification.from_pretrained('./bert-base-chinese', num_labels=args.num_class)
    elif args.model == 'roberta':
        tok = AutoTokenizer.from_pretrained('./xlm-roberta-base')
        net = AutoModelForSequenceClassification.from_pretrained('./xlm-roberta-base', num_labels=args.num_class)
    elif args.model == 'bert+rnn':
        tok = AutoTokenizer.from_pretrained('./bert-base-chinese')
        encoder = AutoModel.from_pretrained('./bert-base-chinese')
    else:  # roberta+rnn
        tok = AutoTokenizer.from_pretrained('./xlm-roberta-base')
        encoder = AutoModel.from_pretrained('./xlm-roberta-base')

    corpus = load_dataset("lansinuote/ChnSentiCorp")
    corpus = corpus.map(lambda ex: tok(ex['text'], padding='max_length', truncation=True), batched=True)
    save_dir = f'./trained_model/model_{args.model}'

    if args.model in ('bert', 'roberta'):
        targs = TrainingArguments(
            output_dir='.training_output',  # 必填
            num_train_epochs=args.num_epoch,
            per_device_train_batch_size=16,
            per_device_eval_batch_size=16,
            eval_steps=50,
            save_steps=50,
        )
        tr = Trainer(
            model=net,
            args=targs,
            train_dataset=corpus['train'].select(range(args.training_set_lenth)),
            eval_dataset=corpus['validation'].select(range(args.validation_set_lenth)),
            compute_metrics=acc_metric,
        )
        tr.train()
        print(tr.evaluate(eval_dataset=corpus['test'].select(range(args.test_set_lenth))))
        net.save_pretrained(save_dir)
        tok.save_pretrained(save_dir)
        print("✅ 模型已保存")
        return

    # --- RNN head on top of the encoder ---
    net = Rnn_Model(encoder, args.num_class, 768).to(dev)
    corpus = corpus.remove_columns(['text']).rename_column("label", "labels")
    corpus.set_format(type="torch", columns=["input_ids", "attention_mask", "labels"])
    train_dl = DataLoader(corpus["train"].select(range(args.training_set_lenth)), batch_size=16, shuffle=True)
    test_dl = DataLoader(corpus["test"].select(range(args.test_set_lenth)), batch_size=16)
    loss_fn = nn.CrossEntropyLoss()
    opt = torch.optim.AdamW(net.parameters(), lr=2e-5)

    for ep in range(args.num_epoch):
        net.train()
        for b in tqdm(train_dl, desc=f"epoch {ep + 1}"):
            opt.zero_grad()
            out = net(input_ids=b['input_ids'].to(dev), attention_mask=b['attention_mask'].to(dev))
            loss = loss_fn(out, b['labels'].to(dev))
            loss.backward()
            opt.step()

    net.eval()
    preds, gold = [], []
    with torch.no_grad():
        for b in test_dl:
            out = net(input_ids=b['input_ids'].to(dev), attention_mask=b['attention_mask'].to(dev))
            preds += out.argmax(dim=1).cpu().tolist()
            gold += b['labels'].tolist()
    print(f'Test accuracy: {accuracy_score(gold, preds)}')

    tok.save_pretrained(save_dir)
    net.base_model.save_pretrained(save_dir + "/base_model")
    torch.save(net.state_dict(), save_dir + "/model.pt")
    print("✅ 模型已保存")
