import glob
import random

import pytorch_lightning as pl
import torch
from torch.utils.data import DataLoader
from tqdm import tqdm
from transformers import BertForSequenceClassification, BertJapaneseTokenizer

# 日本語の事前学習モデル
MODEL_NAME = 'cl-tohoku/bert-large-japanese'
# いつもの cl-tohoku/bert-base-japanese-whole-word-masking

CATEGORIES = [
    'dokujo-tsushin', 'it-life-hack', 'kaden-channel', 'livedoor-homme', 'movie-enter',
    'peachy', 'smax', 'sports-watch', 'topic-news',
]

tok = BertJapaneseTokenizer.from_pretrained(MODEL_NAME)

samples = []
for label, cat in enumerate(tqdm(CATEGORIES)):
    for path in glob.glob(f'./data/text/{cat}/{cat}*'):
        with open(path) as fh:
            body = '\n'.join(fh.read().splitlines()[3:])
        enc = tok(body, max_length=126, padding='max_length', truncation=True)
        enc['labels'] = label
        samples.append({k: torch.tensor(v) for k, v in enc.items()})

random.shuffle(samples)
n = len(samples)
train, val, test = samples[: int(0.6 * n)], samples[int(0.6 * n): int(0.8 * n)], samples[int(0.8 * n):]
dl_train = DataLoader(train, batch_size=32, shuffle=True)
dl_val = DataLoader(val, batch_size=256)
dl_test = DataLoader(test, batch_size=256)


class LitBert(pl.LightningModule):
    def __init__(self, model_name, num_labels, lr):
        super().__init__()
        self.save_hyperparameters()
        self.bert_sc = BertForSequenceClassification.from_pretrained(model_name, num_labels=num_labels)

    def training_step(self, batch, _):
        loss = self.bert_sc(**batch).loss
        self.log('train_loss', loss)
        return loss

    def validation_step(self, batch, _):
        self.log('val_loss', self.bert_sc(**batch).loss)

    def test_step(self, batch, _):
        gold = batch.pop('labels')
        pred = self.bert_sc(**batch).logits.argmax(-1)
        self.log('accuracy', (pred == gold).float().mean().item())

    def configure_optimizers(self):
        return torch.optim.Adam(self.parameters(), lr=self.hparams.lr)


ckpt = pl.callbacks.ModelCheckpoint(
    monitor='val_loss',
    mode='min',
    save_top_k=1,
    save_weights_only=True,
    dirpath='model/',  # ベストモデルの保存先
)
trainer = pl.Trainer(gpus=[1], max_epochs=1, callbacks=[ckpt])

lit = LitBert(MODEL_NAME, num_labels=9, lr=1e-5)
trainer.fit(lit, dl_train, dl_val)
print('best checkpoint:', ckpt.best_model_path)

res = trainer.test(dataloaders=dl_test)
print(f'Accuracy: {res[0]["accuracy"]:.2f}')

best = LitBert.load_from_checkpoint(ckpt.best_model_path)
best.bert_sc.save_pretrained('./model_transformers')
