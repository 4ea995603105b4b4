import os
from pathlib import Path

import pandas as pd
import torch
from Bio import SeqIO
from scipy.stats import spearmanr
from tqdm import tqdm
from transformers import AutoModelForMaskedLM, AutoTokenizer
from argparse import ArgumentParser

device = "cuda" if torch.cuda.is_available() else "cpu"


def read_seq(fasta):
    for record in SeqIO.parse(fasta, "fasta"):
        return str(record.seq)


def tokenize_structure_sequence(structure_sequence):
    shifted = [1, *[i + 3 for i in structure_sequence], 2]
    return torch.tensor([shifted], dtype=torch.long)


@torch.no_grad()
def score_protein(model, tokenizer, residue_fasta, structure_fasta, mutant_df):
    sequence = read_seq(residue_fasta)
    structure_sequence = [int(i) for i in read_seq(structure_fasta).split(",")]
    ss_input_ids = tokenize_structure_sequence(structure_sequence).to(device)
    enc = tokenizer([sequence], return_tensors="pt")
    out = model(
        input_ids=enc["input_ids"].to(device),
        attention_mask=enc["attention_mask"].to(device),
        ss_input_ids=ss_input_ids,
    )
    logits = torch.log_softmax(out.logits[0][1:-1, :], dim=-1)
    vocab = tokenizer.get_vocab()
    scores = []
    for mutant in tqdm(mutant_df["mutant"].tolist()):
        s = 0.0
        for sub in mutant.split(":"):
            wt, idx, mt = sub[0], int(sub[1:-1]) - 1, sub[-1]
            s += (logits[idx, vocab[mt]] - logits[idx, vocab[wt]]).item()
        scores.append(s)
    return scores


def read_names(fasta_dir):
    return [p.stem for p in Path(fasta_dir).glob("*.fasta")]


if __name__ == "__main__":
    parser = ArgumentParser()
    parser.add_argument("--model_name", type=str, default="AI4Protein/ProSST-2048", nargs="+")
    parser.add_argument("--model_out_name", type=str, default="ProSST-2048", nargs="+", help="Output model name")
    parser.add_argument("--base_dir", type=str, default=None)
    parser.add_argument("--logit_mode", type=str, default=None, choices=["aa_seq_aln", "struc_seq_aln"])
    parser.add_argument("--alpha", type=float, default=0.5)
    parser.add_argument("--out_scores_dir", default=None, help="Directory to save scores")
    args = parser.parse_args()

    os.makedirs(f"{args.out_scores_dir}/scores", exist_ok=True)
    protein_names = sorted(read_names(f"{args.base_dir}/residue_sequence"))
    corrs = []
    for model_idx, model_name in enumerate(args.model_name):
        model = AutoModelForMaskedLM.from_pretrained(model_name, trust_remote_code=True).to(device)
        tokenizer = AutoTokenizer.from_pretrained(model_name, trust_remote_code=True)
        for protein_name in protein_names:
            residue_fasta = f"{args.base_dir}/residue_sequence/{protein_name}.fasta"
            structure_fasta = f"{args.base_dir}/structure_sequence/{model_name.split('-')[-1]}/{protein_name}.fasta"
            mutant_df = pd.read_csv(f"{args.base_dir}/substitutions/{protein_name}.csv")
            out_name = args.model_out_name[model_idx]
            mutant_df[out_name] = score_protein(model, tokenizer, residue_fasta, structure_fasta, mutant_df)
            corrs.append(spearmanr(mutant_df["DMS_score"], mutant_df[out_name]).correlation)
            mutant_df.to_csv(f"{args.out_scores_dir}/scores/{protein_name}.csv", index=False)
    pd.DataFrame({"protein": protein_names, "corr": corrs}).to_csv(f"{args.out_scores_dir}/correlation.csv", index=False)
