import sys
import time

from transformers import AutoModelForCausalLM, AutoTokenizer


def fetch(model_name):
    print(f"fetching '{model_name}' from the Hub...")
    t0 = time.time()
    tok = AutoTokenizer.from_pretrained(model_name)
    lm = AutoModelForCausalLM.from_pretrained(model_name)
    print(f"loaded in {time.time() - t0:.2f}s")
    return lm, tok


if __name__ == "__main__":
    if len(sys.argv) < 2:
        sys.exit("usage: python download_model.py <model_name>")
    fetch(sys.argv[1])
