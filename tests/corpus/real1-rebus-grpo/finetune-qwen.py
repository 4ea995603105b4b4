from unsloth import FastLanguageModel

max_seq_length = 1248

model, tokenizer = FastLanguageModel.from_pretrained(
    model_name = "unsloth/Qwen2.5-7B-Instruct-unsloth-bnb-4bit",
    max_seq_length = max_seq_length,
    dtype = None,
    load_in_4bit = True,
)

model = FastLanguageModel.get_peft_model(
    model,
    r = 16,
    target_modules = ["q_proj", "k_proj", "v_proj", "o_proj"],
    lora_alpha = 16,
    use_gradient_checkpointing = False,
    random_state = 4249,
)

from datasets import load_dataset
from unsloth.chat_templates import get_chat_template

tokenizer = get_chat_template(
    tokenizer,
    chat_template = "qwen2.5",
    mapping = {"role": "from", "content": "value", "user": "human", "assistant": "gpt"},
)


def to_text(rows):
    return {"text": [tokenizer.apply_chat_template(c, tokenize = False, add_generation_prompt = True)
                     for c in rows["conversations"]]}


train_ds = load_dataset('gsarti/eureka-rebus', 'llm_sft', data_files=["train.jsonl"], split = "train").map(to_text, batched = True)
eval_ds = load_dataset('gsarti/eureka-rebus', 'llm_sft', data_files=["id_test.jsonl", "ood_test.jsonl"], split = "train").map(to_text, batched = True)

from transformers import TrainingArguments
from trl import DataCollatorForCompletionOnlyLM, SFTTrainer
from unsloth import is_bfloat16_supported

collator = DataCollatorForCompletionOnlyLM("<|im_start|>assistant", tokenizer=tokenizer)

trainer = SFTTrainer(
    model = model,
    tokenizer = tokenizer,
    train_dataset = train_ds,
    eval_dataset = eval_ds,
    dataset_text_field = "text",
    max_seq_length = max_seq_length,
    data_collator = collator,
    args = TrainingArguments(
        per_device_train_batch_size = 4,
        gradient_accumulation_steps = 8,
        num_train_epochs = 2,
        learning_rate = 2e-4,
        bf16 = is_bfloat16_supported(),
        optim = "adamw_8bit",
        output_dir = "outputs",
        eval_strategy = "steps",
        eval_steps = 500,
        push_to_hub = True,
        hub_model_id = "qwen2.5-instruct-7b-rebus-solver",
        report_to = "wandb",
    ),
)
trainer.train()

model.push_to_hub_merged("qwen2.5-instruct-7b-rebus-solver", tokenizer, save_method = "merged_16bit")
