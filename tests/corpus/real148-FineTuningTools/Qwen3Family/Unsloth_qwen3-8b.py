import modal
import os

# Modal app
stub = modal.App("qwen3-8b-finetune-unsloth")

# container image
image = modal.Image.debian_slim(python_version="3.10") \
    .apt_install("git") \
    .pip_install(
        "unsloth[colab-new] @ git+https://github.com/unslothai/unsloth.git",
        "torch",
        "transformers",
        "datasets",
        "trl",
        "accelerate",
    )

@stub.function(
    gpu="A10G",
    image=image,
    secrets=[modal.Secret.from_name("my-huggingface-secret")],
    timeout=18000,
)
def finetune():
    import torch
    from huggingface_hub import login
    from datasets import load_dataset
    from unsloth import FastLanguageModel
    from trl import SFTTrainer
    from transformers import TrainingArguments

    login(token=os.environ["HUGGING_FACE_HUB_TOKEN"])

    # model + tokenizer first, so the chat template is available
    model, tokenizer = FastLanguageModel.from_pretrained(
        model_name="qwen/qwen3-8b",
        max_seq_length=2048,
        dtype=None,
        load_in_4bit=True,
    )

    def format_prompt(example):
        messages = example.get("messages", [])
        if not messages:
            return {"text": ""}
        try:
            return {"text": tokenizer.apply_chat_template(messages, tokenize=False, add_generation_prompt=False)}
        except Exception as e:
            print(f"could not format: {e}")
            return {"text": ""}

    dataset = load_dataset("Guilherme34/uncensor", split="train")
    dataset = dataset.map(format_prompt, batched=False)
    dataset = dataset.filter(lambda x: len(x["text"]) > 0)

    model = FastLanguageModel.get_peft_model(
        model,
        r=16,
        lora_alpha=16,
        lora_dropout=0,
        bias="none",
        use_gradient_checkpointing=True,
        random_state=3407,
    )

    trainer = SFTTrainer(
        model=model,
        tokenizer=tokenizer,
        train_dataset=dataset,
        dataset_text_field="text",
        max_seq_length=2048,
        args=TrainingArguments(
            per_device_train_batch_size=2,
            gradient_accumulation_steps=4,
            max_steps=60,
            learning_rate=2e-4,
            optim="adamw_8bit",
            seed=3407,
            output_dir="outputs",
        ),
    )

    trainer.train()

    # publish the result
    model.push_to_hub("realoperator42/qwen3-8b-uncensored", token=os.environ["HUGGING_FACE_HUB_TOKEN"])
    print("Model pushed to Hugging Face Hub at realoperator42/qwen3-8b-uncensored")

# run with:
# modal run finetune.py
