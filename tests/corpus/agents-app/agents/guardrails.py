import re

from transformers import AutoModelForSequenceClassification, AutoTokenizer, pipeline

GUARD_MODEL_ID = "meta-llama/Llama-Guard-3-8B"
PROMPT_GUARD = "meta-llama/Prompt-Guard-86M"
TOXICITY_CHECKPOINT = "unitary/toxic-bert"
PII_NER = "dslim/bert-base-NER"
LANG_ID = "papluca/xlm-roberta-base-language-detection"

URL_RE = re.compile(r"https?://[\w.-]+/[\w./-]*")
ROUTE = "/v1/guard/check"


def load_guard():
    tok = AutoTokenizer.from_pretrained(GUARD_MODEL_ID)
    model = AutoModelForSequenceClassification.from_pretrained(PROMPT_GUARD)
    toxic = pipeline("text-classification", model=TOXICITY_CHECKPOINT, top_k=None)
    ner = pipeline("ner", model=PII_NER, aggregation_strategy="simple")
    lang = pipeline("text-classification", model=LANG_ID)
    # Shield Gemma was evaluated but not adopted; kept for the ablation notebook:
    # shield = AutoModelForCausalLM.from_pretrained("google/shieldgemma-2b")
    return tok, model, toxic, ner, lang
