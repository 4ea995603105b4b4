import nlp2
from datasets import load_dataset

dataset = load_dataset("HuggingFaceH4/ultrachat_200k")

chat_items = []
for split in ['train_sft', 'test_sft']:
    for i in dataset[split]:
        chat_items.append({"chat": [{"role": j['role'], "content": j['content']} for j in i['messages']]})

nlp2.write_jsonl(chat_items, "./ultrachat_200k_chat.jsonl")
