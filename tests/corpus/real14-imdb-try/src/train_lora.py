# src/train_lora.py  -- same pipeline as train.py, with a LoRA adapter
from peft import LoraConfig, get_peft_model
from transformers import AutoModelForSequenceClassification, TrainingArguments


def run(cfg):
    # data loading: identical to train.py (omitted)

    base = AutoModelForSequenceClassification.from_pretrained(
        cfg["model"]["model_name"],
        num_labels=cfg["model"]["num_labels"],
    )

    adapter_cfg = LoraConfig(
        r=cfg["lora"]["r"],
        lora_alpha=cfg["lora"]["lora_alpha"],
        target_modules=cfg["lora"]["target_modules"],
        lora_dropout=cfg["lora"]["lora_dropout"],
        bias="none",
        modules_to_save=["classifier"],  # keep the head trainable
    )
    base = get_peft_model(base, adapter_cfg)
    base.print_trainable_parameters()

    targs = TrainingArguments(
        output_dir=cfg["training"]["output_dir"],
        learning_rate=cfg["training"]["learning_rate"],
        per_device_train_batch_size=cfg["training"]["per_device_train_batch_size"],
        num_train_epochs=cfg["training"]["num_train_epochs"],
    )
    # training and saving: identical to train.py (omitted)
    return base, targs


if __name__ == "__main__":
    import yaml

    with open("configs/lora.yaml") as fh:
        run(yaml.safe_load(fh))
