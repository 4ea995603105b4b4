

MODEL_MAP = {
    "esm2_8m": "facebook/esm2_t6_8M_UR50D",
    "esm2_35m": "facebook/esm2_t12_35M_UR50D",
    "esm2_150m": "facebook/esm2_t30_150M_UR50D",
    "esm2_650m": "facebook/esm2_t33_650M_UR50D",
    "esm2_3b": "facebook/esm2_t36_3B_UR50D",
    "esm2_15b": "facebook/esm2_t48_15B_UR50D",

    "protbert": "Rostlab/prot_bert",
    "protbert_bfd": "Rostlab/prot_bert_bfd",
    "prott5": "Rostlab/prot_t5_xl_uniref50",

    "esmplusplus_small": "Synthyra/ESMplusplus_small",
    "esmplusplus_large": "Synthyra/ESMplusplus_large",

    "antiberta2_cssp": "alchemab/antiberta2-cssp",
}