from argparse import Namespace

import torch
from peft import LoraConfig, PeftModel
from transformers import AutoModelForCausalLM, AutoTokenizer

script_args = Namespace(
    per_device_train_batch_size=32,
    gradient_accumulation_steps=4,
    learning_rate=3e-4,
    lora_alpha=16,
    lora_dropout=0.0,
    lora_r=8,
    max_seq_length=256,
    model_name="meta-llama/Llama-3.2-1B-Instruct",
    tokenizer_path="tokenizer.model",
    # dataset_name="tatsu-lab/alpaca",
    dataset_name="instruction-data.json",
    device_map="cpu",
    use_4bit=True,
    bnb_4bit_compute_dtype="float16",
    num_train_epochs=10,
    bf16=True,
    lr_scheduler_type="cosine",
    max_steps=200,
    report_to="wandb",
    output_dir="./results_packing",
)


def generate(model, prompt, tokenizer, max_new_tokens, context_size=256, temperature=0.0, top_k=1, eos_id=(128001, 128009)):
    """Generate until max_new_tokens or <|eot_id|> / <|end_of_text|>."""
    formatted = (
        "<|start_header_id|>user<|end_header_id|>\n\n"
        "Below is an instruction that describes a task. Write a response that appropriately completes the request.\n\n"
        f"### Instruction:\n{prompt}"
        "### Response:\n<|eot_id|><|start_header_id|>assistant<|end_header_id|>\n\n"
    )
    idx = torch.tensor(tokenizer.encode(formatted)).unsqueeze(0).to(script_args.device_map)
    num_tokens = idx.shape[1]
    for _ in range(max_new_tokens):
        with torch.no_grad():
            logits = model.forward(idx[:, -context_size:]).logits[:, -1, :]
        if top_k is not None:
            top_logits, _ = torch.topk(logits, top_k)
            logits = torch.where(logits < top_logits[:, -1], torch.tensor(float('-inf')), logits)
        if temperature > 0.0:
            idx_next = torch.multinomial(torch.softmax(logits / temperature, dim=-1), num_samples=1)
        else:
            idx_next = torch.argmax(logits, dim=-1, keepdim=True)
        if idx_next.item() in eos_id:
            break
        idx = torch.cat((idx, idx_next), dim=1)
    return tokenizer.decode(idx.squeeze(0)[num_tokens:])


def load_fine_tune_model(base_model_id, saved_weights, args):
    """LLAMA3.2 + LoRA layers, loaded through PeftModel."""
    tokenizer = AutoTokenizer.from_pretrained(base_model_id)
    base_model = AutoModelForCausalLM.from_pretrained(base_model_id).to(args.device_map)
    peft_config = LoraConfig(lora_alpha=args.lora_alpha, lora_dropout=args.lora_dropout, r=args.lora_r,
                             bias="none", task_type="CAUSAL_LM", target_modules=['q_proj', 'k_proj', 'v_proj'])
    lora_model = PeftModel(base_model, peft_config)
    state_dict = torch.load(saved_weights, map_location=args.device_map)
    lora_model.load_state_dict({f"base_model.model.{k}": v for k, v in state_dict.items()}, strict=False)
    return lora_model.eval(), tokenizer


if __name__ == "__main__":
    base_model_id = "meta-llama/Llama-3.2-1B-Instruct"
    lora_weights = "LLAMA32_fine_tuned.pth"
    model_ft, tokenizer = load_fine_tune_model(base_model_id, lora_weights, script_args)
    print(generate(model_ft, "Explain the function of human heart", tokenizer, max_new_tokens=100, temperature=0.8, top_k=10))
