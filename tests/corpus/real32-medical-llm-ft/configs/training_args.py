from transformers import TrainingArguments

# Output directory where the model predictions and checkpoints will be stored
output_dir = "./med-qa-llama"

num_train_epochs = 10
per_device_train_batch_size = 2
gradient_accumulation_steps = 4
gradient_checkpointing = True
max_grad_norm = 0.3
optim = "paged_adamw_32bit"
weight_decay = 0.001
learning_rate = 2e-4
lr_scheduler_type = "cosine"
warmup_ratio = 0.03
group_by_length = True
save_steps = 100
logging_steps = 50
fp16 = True
bf16 = False


def get_training_args(output_dir="./output", num_train_epochs=1):
    return TrainingArguments(
        output_dir=output_dir,
        num_train_epochs=num_train_epochs,
        max_grad_norm=max_grad_norm,
        optim=optim,
        weight_decay=weight_decay,
        learning_rate=learning_rate,
        lr_scheduler_type=lr_scheduler_type,
        warmup_ratio=warmup_ratio,
        save_steps=save_steps,
        save_total_limit=3,
        logging_steps=logging_steps,
        report_to="tensorboard",
        fp16=fp16,
        bf16=bf16,
        group_by_length=group_by_length,
        deepspeed="./configs/deepspeed_z3.json"
    )
