import os

import pandas as pd
import peft
import torch
from datasets import Dataset, DatasetDict
from peft import LoraConfig
from transformers import AutoModelForCausalLM, AutoTokenizer
from trl import DataCollatorForCompletionOnlyLM, SFTConfig, SFTTrainer

PROJECT_DIR_PATH = os.path.dirname(os.path.abspath(os.path.dirname(os.path.abspath(os.path.dirname(__file__)))))

lora_llm = None
tokenizer = None


# Original LLM (Polyglot-Ko 1.3B) 가져오기
# Returns:
# - original_llm (LLM) : Fine-Tuning 할 원본 LLM
def get_original_llm():
    return AutoModelForCausalLM.from_pretrained(f'{PROJECT_DIR_PATH}/llm/models/polyglot_original',
                                                trust_remote_code=True,
                                                torch_dtype=torch.bfloat16).cuda()


def get_training_args(output_col):
    return SFTConfig(
        learning_rate=0.0002,
        num_train_epochs={'output_message': 80}[output_col],
        logging_steps=5,
        output_dir=f'{PROJECT_DIR_PATH}/llm/models/polyglot_{output_col}_fine_tuned',
        save_total_limit=3,
        per_device_train_batch_size=4,
        report_to=None,  # wandb API key 요청 방지
    )


def fine_tune_model(output_col='output_message'):
    global lora_llm, tokenizer

    # 원본 LLM / tokenizer
    # Polyglot-Ko original model is from https://huggingface.co/EleutherAI/polyglot-ko-1.3b
    original_llm = get_original_llm()
    tokenizer = AutoTokenizer.from_pretrained(f'{PROJECT_DIR_PATH}/llm/models/polyglot_original')

    df = pd.read_csv(f'{PROJECT_DIR_PATH}/llm/fine_tuning_dataset/OhLoRA_fine_tuning_v2.csv').sample(frac=1)
    df['text'] = df.apply(lambda x: f"{x['input_data']} (답변 시작) ### 답변: {x[output_col]} (답변 종료) <|endoftext|>", axis=1)
    dataset = DatasetDict()
    dataset['train'] = Dataset.from_pandas(df[df['data_type'] == 'train'][['text']])
    dataset['valid'] = Dataset.from_pandas(df[df['data_type'] == 'valid'][['text']])

    lora_config = LoraConfig(r=128, lora_alpha=16, lora_dropout=0.05, init_lora_weights="gaussian",
                             target_modules=["query_key_value"], task_type="CAUSAL_LM")
    lora_llm = peft.get_peft_model(original_llm, lora_config)

    collator = DataCollatorForCompletionOnlyLM([6, 6, 4253, 29], tokenizer=tokenizer)  # '### 답변 :'
    trainer = SFTTrainer(lora_llm, train_dataset=dataset['train'], eval_dataset=dataset['valid'],
                         processing_class=tokenizer, args=get_training_args(output_col), data_collator=collator)
    trainer.train()
    trainer.save_model(f'{PROJECT_DIR_PATH}/llm/models/polyglot_{output_col}_fine_tuned')
