import argparse
import os
os.environ["CUDA_VISIBLE_DEVICES"] = "0"

import torch
from transformers import AutoModelForCausalLM, AutoTokenizer

from fine_tuning.fine_tuning_polyglot import fine_tune_model as fine_tune_polyglot

PROJECT_DIR_PATH = os.path.dirname(os.path.abspath(os.path.dirname(__file__)))


# Fine-Tuning 된 LLM 로딩 ('polyglot' or 'koreanlm')
def load_fine_tuned_llm(llm_name):
    return AutoModelForCausalLM.from_pretrained(f'{PROJECT_DIR_PATH}/llm/models/{llm_name}_fine_tuned',
                                                trust_remote_code=True,
                                                torch_dtype=torch.bfloat16).cuda()


if __name__ == '__main__':
    parser = argparse.ArgumentParser()
    parser.add_argument('-llm_name', help="name of LLM ('polyglot' or 'koreanlm')")
    llm_name = parser.parse_args().llm_name
    assert llm_name in ['polyglot', 'koreanlm']

    try:
        llm = load_fine_tuned_llm(llm_name)
    except Exception as e:
        print(f'Fine-Tuned LLM ({llm_name}) load failed : {e}')
        if llm_name == 'polyglot':
            fine_tune_polyglot()
        llm = load_fine_tuned_llm(llm_name)
    tokenizer = AutoTokenizer.from_pretrained(f'{PROJECT_DIR_PATH}/llm/models/{llm_name}_fine_tuned')
    llm.generation_config.pad_token_id = tokenizer.pad_token_id
