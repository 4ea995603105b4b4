import matplotlib.pyplot as plt
import numpy as np
import seaborn as sns
import torch
from datasets import load_dataset
from googletrans import Translator
from sklearn.metrics.pairwise import cosine_similarity
from transformers import BertModel, BertTokenizer

translator = Translator()

eval = load_dataset("mlfoundations/VisIT-Bench")
moondream = load_dataset("Q-bert/moondreamv2-out")
vllm = load_dataset("Q-bert/vllm-out")
z = load_dataset("Q-bert/vllm-out2")

tokenizer = BertTokenizer.from_pretrained('bert-base-uncased')
model = BertModel.from_pretrained("bert-base-uncased").cuda()

gpt4 = eval["test"]["gpt4_prediction"]
answer = eval["test"]["instruction_conditioned_caption"]
mondrm = moondream["train"]['text']
vllm = [i.text for i in translator.translate(vllm["train"]['text'] + z["train"]['text'], dest='en')]


def encode(lst):
    enc = tokenizer(lst, return_tensors='pt', padding=True, truncation=True).to('cuda')
    with torch.no_grad():
        out = model(**enc)
    return out.last_hidden_state[:, -1, :].detach().cpu().numpy()


n = len(vllm)
embeddings = [encode(gpt4[:n]), encode(answer[:n]), encode(mondrm[:n]), encode(vllm[:n])]
sim = np.zeros((4, 4))
for i in range(4):
    for j in range(4):
        m = cosine_similarity(embeddings[i], embeddings[j])
        sim[i, j] = np.mean(np.diag(m))

labels = ['GPT-4', 'VisIT-Bench', 'MoondreamV2', """Ours"""]
plt.figure(figsize=(10, 8))
sns.heatmap(sim, annot=True, cmap='viridis', xticklabels=labels, yticklabels=labels)
plt.title('VisIT-Bench Cosine Similarity Confusion Matrix')
plt.show()
