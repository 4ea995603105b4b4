import torch
from datasets import load_dataset
from transformers import AutoModelForCausalLM, AutoTokenizer

model_id = "Qwen/Qwen3-8B"

model = AutoModelForCausalLM.from_pretrained(
    model_id,
    device_map="auto",
    torch_dtype=torch.float16,  # drop for the 4-bit / 8-bit runs
)
tokenizer = AutoTokenizer.from_pretrained(model_id)

# small slice of a standard LM benchmark
dataset = load_dataset("wikitext", "wikitext-2-raw-v1", split="test[:100]")


def perplexity(model, tokenizer, rows):
    model.eval()
    loss_sum, n_tokens = 0.0, 0
    for row in rows:
        ids = tokenizer(row["text"], return_tensors="pt", truncation=True, max_length=512)["input_ids"]
        if ids.shape[1] < 2:
            continue
        ids = ids.to(model.device).long()
        with torch.no_grad():
            loss = model(ids, labels=ids).loss
        loss_sum += loss.item() * ids.size(1)
        n_tokens += ids.size(1)
    if not n_tokens:
        raise ValueError("no tokens")
    return torch.exp(torch.tensor(loss_sum / n_tokens)).item()


print(f"Perplexity: {perplexity(model, tokenizer, dataset):.2f}")
