import torch
from transformers import (
    AutoModelForCausalLM,
    AutoTokenizer,
    Trainer,
    TrainingArguments,
    DataCollatorForLanguageModeling,
)
from datasets import load_dataset
from train_config import config
from logger_utils import CustomTrainerCallback, console


def prepare_dataset(dataset_path):
    console.print("[bold cyan]加载数据集...[/bold cyan]")
    dataset = load_dataset('json', data_files=dataset_path)

    tokenizer = AutoTokenizer.from_pretrained(config.model_name, trust_remote_code=True)
    if tokenizer.pad_token is None:
        tokenizer.pad_token = tokenizer.eos_token

    # Qwen的模板通常不需要在末尾添加EOS，apply_chat_template会处理
    # 参考: https://huggingface.co/Qwen/Qwen1.5-0.5B-Chat/blob/main/tokenizer_config.json

    def preprocess_function(examples):
        texts = []
        for msgs in examples['messages']:
            try:
                texts.append(tokenizer.apply_chat_template(msgs, tokenize=False, add_generation_prompt=False))
            except Exception as e:
                print(f"Error applying template: {e}")
                texts.append("")
        tokenized = tokenizer(texts, truncation=True, max_length=512, padding="max_length", return_tensors="pt")
        labels = tokenized["input_ids"].clone()
        labels[labels == tokenizer.pad_token_id] = -100
        tokenized["labels"] = labels
        return tokenized

    tokenized_dataset = dataset.map(preprocess_function, batched=True,
                                    remove_columns=dataset['train'].column_names)
    return tokenized_dataset, tokenizer


def main():
    dataset, tokenizer = prepare_dataset(config.train_dataset_path)
    model = AutoModelForCausalLM.from_pretrained(config.model_name, trust_remote_code=True, device_map="auto")
    training_args = TrainingArguments(
        output_dir=config.output_dir,
        num_train_epochs=config.num_train_epochs,
        per_device_train_batch_size=config.per_device_train_batch_size,
        gradient_accumulation_steps=config.gradient_accumulation_steps,
        learning_rate=config.learning_rate,
        save_steps=config.save_steps,
        logging_steps=config.logging_steps,
        fp16=config.fp16,
        gradient_checkpointing=True,
        seed=config.seed,
        report_to="none",
    )
    trainer = Trainer(
        model=model,
        args=training_args,
        train_dataset=dataset['train'],
        data_collator=DataCollatorForLanguageModeling(tokenizer=tokenizer, mlm=False),
        callbacks=[CustomTrainerCallback()],
    )
    trainer.train()
    trainer.save_model()
    tokenizer.save_pretrained(config.output_dir)


if __name__ == "__main__":
    main()
