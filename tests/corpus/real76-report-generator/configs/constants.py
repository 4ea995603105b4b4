MODEL_NAMES = {
    "biomedclip": "hf-hub:microsoft/BiomedCLIP-PubMedBERT_256-vit_base_patch16_224",
    "biogpt": "microsoft/biogpt",
}
MODEL_WEIGHTS = {
    "biomedclip": "/content/drive/MyDrive/biomedclip_finetunedtry3.pth", 
    "biogpt": "/content/drive/MyDrive/biogpt_finetuned1.pth"         
}
