"""Recipes: loading adapters and small task-specific models."""
import torch
from flair.models import SequenceTagger
from gliner import GLiNER
from peft import AutoPeftModelForCausalLM, LoraConfig, PeftConfig, PeftModel, get_peft_model
from sentence_transformers import CrossEncoder, SentenceTransformer
from setfit import SetFitModel
from transformers import AutoConfig, AutoModelForCausalLM, AutoTokenizer, BitsAndBytesConfig
from unsloth import FastLanguageModel

model_id = "facebook/opt-350m"
adapter_id = "ybelkada/opt-350m-lora"


def opt_with_adapter():
    base = AutoModelForCausalLM.from_pretrained(model_id, device_map="auto")
    tokenizer = AutoTokenizer.from_pretrained(model_id, padding_side="left")
    return PeftModel.from_pretrained(base, adapter_id), tokenizer


def auto_peft():
    # the adapter repo records its base model in adapter_config.json
    return AutoPeftModelForCausalLM.from_pretrained("smangrul/tinyllama_lora_norobots", torch_dtype=torch.bfloat16)


def peft_config_base() -> str:
    return PeftConfig.from_pretrained("trl-lib/Qwen2-0.5B-DPO-LoRA").base_model_name_or_path


def new_lora():
    cfg = AutoConfig.from_pretrained(pretrained_model_name_or_path="TinyLlama/TinyLlama-1.1B-Chat-v1.0")
    model = AutoModelForCausalLM.from_pretrained(
        pretrained_model_name_or_path="TinyLlama/TinyLlama-1.1B-Chat-v1.0",
        quantization_config=BitsAndBytesConfig(load_in_4bit=True),
        config=cfg,
    )
    return get_peft_model(model, LoraConfig(r=8, target_modules=["q_proj", "v_proj"]))


def unsloth_llama():
    model, tokenizer = FastLanguageModel.from_pretrained(model_name="unsloth/llama-3-8b-bnb-4bit", max_seq_length=2048, load_in_4bit=True)
    return model, tokenizer


def small_task_models():
    st = SentenceTransformer('all-mpnet-base-v2')
    st_legacy = SentenceTransformer("paraphrase-MiniLM-L6-v2", device="cpu")
    ce = CrossEncoder("cross-encoder/stsb-roberta-base")
    setfit = SetFitModel.from_pretrained("sentence-transformers/paraphrase-mpnet-base-v2", labels=["neg", "pos"])
    gliner = GLiNER.from_pretrained("urchade/gliner_medium-v2.1")
    tagger = SequenceTagger.load("flair/ner-english-fast")
    return st, st_legacy, ce, setfit, gliner, tagger


def not_hub():
    import gensim.downloader
    import nltk
    import torchvision

    nltk.download("punkt_tab")
    glove = gensim.downloader.load("glove-wiki-gigaword-100")
    resnet = torchvision.models.resnet50(weights="IMAGENET1K_V2")
    yolo = torch.hub.load("ultralytics/yolov5:v7.0", "yolov5s")
    return glove, resnet, yolo
