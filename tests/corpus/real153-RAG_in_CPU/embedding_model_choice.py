import os
import numpy as np
from transformers import AutoModel, AutoTokenizer, pipeline
from transformers import BertTokenizer, BertModel
from dotenv import load_dotenv
import torch


load_dotenv()

api_key = os.getenv("HUGGINGFACE_API_KEY")

model1 = pipeline("feature-extraction", model="sentence-transformers/all-MiniLM-L6-v2", api_key=api_key)

tokenizer2 = AutoTokenizer.from_pretrained("intfloat/e5-base-v2")
m2 = AutoModel.from_pretrained("intfloat/e5-base-v2", use_auth_token=api_key)
model2 = pipeline("feature-extraction", model=m2, tokenizer=tokenizer2)

tokenizer = BertTokenizer.from_pretrained('bert-base-uncased')
m = BertModel.from_pretrained('bert-base-uncased')
model = pipeline("feature-extraction", model=m, tokenizer=tokenizer)

tokenizer3 = AutoTokenizer.from_pretrained("BAAI/bge-m3")
m3 = AutoModel.from_pretrained("BAAI/bge-m3", use_auth_token=api_key)
model3 = pipeline("feature-extraction", model=m3, tokenizer=tokenizer3)


def mean_pooling(model_output, attention_mask):
    token_embeddings = model_output[0]
    mask = attention_mask.unsqueeze(-1).expand(token_embeddings.size()).float()
    return torch.sum(token_embeddings * mask, 1) / torch.clamp(mask.sum(1), min=1e-9)


tokenizer4 = AutoTokenizer.from_pretrained("nomic-ai/nomic-embed-text-v1", trust_remote_code=True)
m4 = AutoModel.from_pretrained("nomic-ai/nomic-embed-text-v1", trust_remote_code=True)
model4 = pipeline("feature-extraction", model=m4, tokenizer=tokenizer4)


def cosine_similarity(a, b):
    """Cosine similarity of two vectors."""
    return np.dot(a, b) / (np.linalg.norm(a) * np.linalg.norm(b))


models = [model1, model2, model, model3, model4]
for i, mdl in enumerate(models):
    print(f"embedding length of model {i}: {len(mdl('This is a test')[0][0])}")

pairs = [
    ("That is a sad person", "That is a sad person"),
    ("That is a sad person", "That person is sad"),
    ("That is a sad person", "That person is happy"),
    ("That is a sad person", "I ate an apple this morning"),
]
for text1, text2 in pairs:
    print("#" * 50)
    for mdl in models:
        print(cosine_similarity(mdl(text1)[0][0], mdl(text2)[0][0]))

print("The best model is: model3")
