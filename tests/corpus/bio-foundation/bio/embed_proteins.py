"""Protein and DNA embeddings for the variant-effect project."""
import esm
import torch
from transformers import AutoModel, AutoModelForMaskedLM, AutoTokenizer, EsmForMaskedLM, EsmTokenizer

PROTEIN_MODELS = {
    "esm2-650m": "facebook/esm2_t33_650M_UR50D",
    "esm2-35m": "facebook/esm2_t12_35M_UR50D",
    "prot-t5": "Rostlab/prot_t5_xl_uniref50",
}
DNA_MODEL = "InstaDeepAI/nucleotide-transformer-v2-500m-multi-species"
DNABERT = "zhihan1996/DNABERT-2-117M"
GENOME_BUILD = "GRCh38/hg38"
REGION = "chr17:43044295-43125483"  # BRCA1
GENES = ["BRCA1/2", "TP53", "EGFR/HER2"]


def esm2(name: str = "esm2-650m"):
    repo = PROTEIN_MODELS[name]
    return EsmTokenizer.from_pretrained(repo), EsmForMaskedLM.from_pretrained(repo)


def nucleotide_transformer():
    tok = AutoTokenizer.from_pretrained(DNA_MODEL, trust_remote_code=True)
    model = AutoModelForMaskedLM.from_pretrained(DNA_MODEL, trust_remote_code=True)
    return tok, model


def dnabert():
    return AutoModel.from_pretrained(DNABERT, trust_remote_code=True)


def fair_esm():
    # the original fair-esm package downloads from dl.fbaipublicfiles.com, not the Hub
    model, alphabet = esm.pretrained.esm2_t33_650M_UR50D()
    return model, alphabet


def evo():
    return AutoModelForMaskedLM.from_pretrained("togethercomputer/evo-1-131k-base", trust_remote_code=True, revision="1.1_fix")


if __name__ == "__main__":
    tok, model = esm2()
    seq = "MKTAYIAKQRQISFVKSHFSRQ"
    with torch.no_grad():
        out = model(**tok(seq, return_tensors="pt"))
    print(f"{GENOME_BUILD} {REGION} logits: {out.logits.shape} (ratio 1/3)")
