import pandas as pd
import torch
from datasets import Dataset, DatasetDict
from peft import LoraConfig, TaskType, get_peft_model, prepare_model_for_kbit_training
from transformers import BitsAndBytesConfig, LlamaForCausalLM, LlamaTokenizer, TrainingArguments
from trl import SFTTrainer


def to_prompt(ex):
    return f"""<s>### Instruction:
        Summarize the following README contents, using only what it says.

        ### README contents:
        {ex["readme"]}

        ### Summary:
        {ex["description"]}</s>"""


if __name__ == '__main__':
    device = torch.device("cuda:0")
    data = DatasetDict({
        'train': Dataset.from_pandas(pd.read_csv('../dataset/train.csv', usecols=['readme', 'description'])),
        'val': Dataset.from_pandas(pd.read_csv('../dataset/validation.csv', usecols=['readme', 'description'])),
    })

    quant = BitsAndBytesConfig(load_in_4bit=True, bnb_4bit_use_double_quant=True,
                               bnb_4bit_quant_type="nf4", bnb_4bit_compute_dtype=torch.bfloat16)

    checkpoint = "meta-llama/Llama-2-7b-hf"
    tok = LlamaTokenizer.from_pretrained(checkpoint)
    tok.pad_token = tok.eos_token
    tok.padding_side = "right"
    model = LlamaForCausalLM.from_pretrained(checkpoint, quantization_config=quant, use_cache=False, device_map=device)
    model = prepare_model_for_kbit_training(model)

    lora = LoraConfig(task_type=TaskType.CAUSAL_LM, r=8, lora_alpha=16, lora_dropout=0.05, bias="none",
                      target_modules=["q_proj", "k_proj", "v_proj", "o_proj"])
    model = get_peft_model(model, lora)

    args = TrainingArguments(
        output_dir="llama2-7b_readme_summarization",
        evaluation_strategy="epoch",
        save_strategy="epoch",
        learning_rate=2e-5,
        optim="paged_adamw_32bit",
        gradient_accumulation_steps=4,
        per_device_train_batch_size=4,
        num_train_epochs=4,
        load_best_model_at_end=True,
        report_to="wandb",
        push_to_hub=True,
    )
    trainer = SFTTrainer(model=model, args=args, train_dataset=data["train"], eval_dataset=data["val"],
                         peft_config=lora, max_seq_length=1024, tokenizer=tok, packing=True, formatting_func=to_prompt)
    trainer.train()
    trainer.push_to_hub()
