import json
import os

import pandas as pd

os.environ["CUDA_DEVICE_ORDER"] = "PCI_BUS_ID"
os.environ["CUDA_VISIBLE_DEVICES"] = "2"
import torch
from tqdm import tqdm
from transformers import EsmModel, EsmTokenizer, T5EncoderModel, T5Tokenizer

device = torch.device("cuda" if torch.cuda.is_available() else "cpu")


# Load ProtT5 in half-precision (more specifically: the encoder-part of ProtT5-XL-U50)
def get_T5_model():
    model = T5EncoderModel.from_pretrained("Rostlab/prot_t5_xl_half_uniref50-enc")
    model = model.to(device).eval()
    tokenizer = T5Tokenizer.from_pretrained('Rostlab/prot_t5_xl_half_uniref50-enc', do_lower_case=False)
    return model, tokenizer


def get_esm_model():
    model = EsmModel.from_pretrained("facebook/esm2_t33_650M_UR50D")
    model = model.to(device).eval()
    tokenizer = EsmTokenizer.from_pretrained("facebook/esm2_t33_650M_UR50D", do_lower_case=False)
    return model, tokenizer


def extract_seq_data():
    with open("protein_props.json") as f:
        protein_data = json.load(f)
    return {k: v["Sequence"] for k, v in protein_data.items()}


MODEL_TO_CONSIDER = "ProtTrans"  # Use either "ESM" or "ProtTrans"

if MODEL_TO_CONSIDER == "ESM":
    model, tokenizer = get_esm_model()
elif MODEL_TO_CONSIDER == "ProtTrans":
    model, tokenizer = get_T5_model()
else:
    raise ValueError("No such model implemented")

embeddings, protein_ids_considered = [], []
for protein_id, protein_sequence in tqdm(extract_seq_data().items()):
    if len(protein_sequence) > 3000:
        continue
    enc = tokenizer(protein_sequence, return_tensors="pt", padding="longest")
    with torch.no_grad():
        out = model(input_ids=enc["input_ids"].to(device), attention_mask=enc["attention_mask"].to(device))
    if MODEL_TO_CONSIDER == "ProtTrans":
        embeddings.append(out.last_hidden_state[0][-1].cpu().numpy())
    else:
        embeddings.append(out.last_hidden_state[0, 0, :].cpu().numpy())
    protein_ids_considered.append(protein_id)
    torch.cuda.empty_cache()

embeddings_df = pd.DataFrame(embeddings)
embeddings_df.index = protein_ids_considered
embeddings_df.to_csv("protein_embeddings_ProtTransT5.csv")
