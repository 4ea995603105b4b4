# -*- coding: utf-8 -*-
import wandb
from datasets import load_dataset
from reward_funcs_new import check_first_pass, check_solution, check_word_guesses
from trl import GRPOConfig, GRPOTrainer
from unsloth import FastLanguageModel

max_seq_length = 1248
model_type = "llama"  # llama, phi-3, gemma

model, tokenizer = FastLanguageModel.from_pretrained(
    model_name = "gsarti/llama-3.1-8b-rebus-solver-adapters",
    max_seq_length = max_seq_length,
    load_in_4bit = True,
    fast_inference = True,
)

if model_type == "llama":
    tokenizer.padding_side = "right"
else:
    tokenizer.padding_side = "left"

train_rows = load_dataset('saracandu/eureka-rebus-grpo', data_files = ['train.csv'], split="train")
train_rows = train_rows.select(range(13500)).remove_columns(['Unnamed: 0'])
train_rows = train_rows.map(lambda x: {
    'prompt': [
        {'role': 'system', 'content': x['system']},
        {'role': 'user', 'content': x['prompt']},
    ],
    'answer': x['answer'],
})

args = GRPOConfig(
    learning_rate=5e-6,  # small, the model is already fine-tuned
    lr_scheduler_type="cosine",
    optim="paged_adamw_8bit",
    per_device_train_batch_size=12,
    gradient_accumulation_steps=6,
    num_generations=4,
    max_prompt_length=256,
    max_completion_length=500,
    save_steps=50,
    report_to = ["wandb"],
    output_dir="GRPO-llama-new",
)

trainer = GRPOTrainer(
    model=model,
    processing_class=tokenizer,
    reward_funcs=[check_word_guesses, check_first_pass, check_solution],
    args=args,
    train_dataset=train_rows,
)

wandb.init(project="llama-GRPO-new")
trainer.train()

# merged = trainer.model.merge_and_unload()
# merged.push_to_hub(
#    "llama-3.1-8b-rebus-solver-grpo-new", private=False, tags=["GRPO", "llama"]
# )
# tokenizer.push_to_hub("llama-3.1-8b-rebus-solver-grpo-new")
