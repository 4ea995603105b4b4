import warnings

import torch
import torch.nn.functional as F
from transformers import AutoModel, AutoModelForSequenceClassification, AutoTokenizer

from config import get_config
from model import Rnn_Model

warnings.simplefilter(action='ignore', category=FutureWarning)

args = get_config()
ckpt = f'./trained_model/model_{args.model}'
tok = AutoTokenizer.from_pretrained(ckpt)

if args.model in ('bert', 'roberta'):
    net = AutoModelForSequenceClassification.from_pretrained(ckpt)
else:
    enc = AutoModel.from_pretrained(f'{ckpt}/base_model')
    net = Rnn_Model(enc, num_classes=args.num_class, input_size=768)
    net.load_state_dict(torch.load(f'{ckpt}/model.pt'))
net.eval()

sentence = "这家店的菜量很足，味道也不错，下次还来。"
enc_in = tok(sentence, return_tensors="pt", padding=True, truncation=True, max_length=512)
with torch.no_grad():
    out = net(input_ids=enc_in['input_ids'], attention_mask=enc_in['attention_mask'])
    logits = out.logits if hasattr(out, "logits") else out
probs = F.softmax(logits, dim=1).squeeze().tolist()
names = ["消极", "积极"]
print(f"输入: {sentence}")
print(f"预测: {names[int(probs[1] > probs[0])]}  (消极={probs[0]:.4f}, 积极={probs[1]:.4f})")
