from datasets import concatenate_datasets, load_dataset

light_r1 = load_dataset("qihoo360/Light-R1-SFTData")["train"]
ot_think = load_dataset("mlfoundations-dev/openthoughts_114k_thinkprompt")["train"]

merged = concatenate_datasets([light_r1, ot_think]).shuffle(seed=42)
merged.push_to_hub("mlfoundations-dev/openthoughts_plus_Light-R1-SFTData")
