import monai
import torch
from monai.bundle import download, load
from open_clip import create_model_from_pretrained, get_tokenizer
from transformers import AutoModel, AutoTokenizer

BUNDLE = "spleen_ct_segmentation"
BUNDLE_DIR = "models/bundles"


def spleen():
    # MONAI model zoo bundle, mirrored on the Hub under MONAI/
    download(name=BUNDLE, bundle_dir=BUNDLE_DIR, source="huggingface_hub", repo="MONAI/spleen_ct_segmentation")
    return load(name=BUNDLE, bundle_dir=BUNDLE_DIR)


def swin_unetr():
    net = monai.networks.nets.SwinUNETR(img_size=(96, 96, 96), in_channels=1, out_channels=14, feature_size=48)
    net.load_state_dict(torch.load("weights/2024-02/swin_unetr_btcv.pt"), strict=False)
    return net


def cxr_bert():
    name = "microsoft/BiomedVLP-CXR-BERT-specialized"
    return AutoTokenizer.from_pretrained(name, trust_remote_code=True), AutoModel.from_pretrained(name, trust_remote_code=True)


def biomedclip():
    model, preprocess = create_model_from_pretrained("hf-hub:microsoft/BiomedCLIP-PubMedBERT_256-vit_base_patch16_224")
    tokenizer = get_tokenizer("hf-hub:microsoft/BiomedCLIP-PubMedBERT_256-vit_base_patch16_224")
    return model, preprocess, tokenizer


def rad_dino():
    return AutoModel.from_pretrained("microsoft/rad-dino", revision="refs/pr/3")
