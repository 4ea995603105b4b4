import sys

import pandas as pd
import torch
import transformers
from peft import LoraConfig, get_peft_model
from sklearn.model_selection import train_test_split
from tokenizers import Tokenizer
from transformers import Trainer

sys.path.append('progen/progen2/')

from models.progen.modeling_progen import ProGenForSequenceClassification

device = torch.device('cuda' if torch.cuda.is_available() else 'cpu')
args_fp16 = False


# From github progen
def create_model(ckpt, fp16=True):
    if fp16:
        return ProGenForSequenceClassification.from_pretrained(ckpt, revision='float16', torch_dtype=torch.float16, low_cpu_mem_usage=True)
    return ProGenForSequenceClassification.from_pretrained(ckpt)


# TOKENIZER
vocab_file = "progen/progen2/tokenizer.json"  # from progen repo
with open(vocab_file) as fh:
    tokenizer = Tokenizer.from_str(fh.read())
tokenizer.enable_truncation(max_length=1024)
tokenizer.enable_padding(length=1024)

# DATA
train_dataset = pd.read_csv("train.tsv")
dataset = train_dataset[["#GroupName", "ProteinIDs", "sequence"]][:100]
dataset.columns = ["labels", "protein_id", "protein_seq"]
train_df, test_df = train_test_split(dataset, test_size=0.1, stratify=dataset['labels'], random_state=1)

input_ids = torch.tensor([e.ids for e in tokenizer.encode_batch(train_df['protein_seq'])])
test_input_ids = torch.tensor([e.ids for e in tokenizer.encode_batch(test_df['protein_seq'])])

# MODEL
ckpt = "progen/progen2/checkpoints/progen2-large/"  # from their repo
model = create_model(ckpt=ckpt, fp16=args_fp16)

lora_config = LoraConfig(r=8, lora_alpha=8, init_lora_weights="loftq",
                         target_modules=["qkv_proj", "out_proj"], lora_dropout=0,
                         bias="none", task_type="CAUSAL_LM")
model = get_peft_model(model, lora_config).to(device)

training_args = transformers.TrainingArguments(
    output_dir="./results-progen-mlm",
    evaluation_strategy="epoch",
    learning_rate=1e-4,
    per_device_train_batch_size=1,
    gradient_accumulation_steps=32,
    num_train_epochs=1.0,
    weight_decay=0.01)

trainer = Trainer(model=model, args=training_args,
                  train_dataset=[{"input_ids": i, "labels": i} for i in input_ids],
                  eval_dataset=[{"input_ids": i, "labels": i} for i in test_input_ids])

#ckpt2 = "./results-progen-cls/checkpoint-6750"
trainer.train()

out_name = "progen_vog_ft"
trainer.save_model(out_name)
model.base_model.save_pretrained(save_directory="./results-progen-mlm", safe_serialization=False)
