from transformers import AutoTokenizer
from datasets import load_dataset


def get_countdown_dataset(tokenizer):
    dataset = load_dataset("Jiayi-Pan/Countdown-Tasks-3to4", split="train")

    def generate_r1_prompt(numbers, target):
        r1_prefix = [{
            "role": "system",
            "content": "You are a helpful assistant. You first thinks about the reasoning process in the mind and then provides the user with the answer."
        },
        {
            "role": "user",
            "content": f"Using the numbers {numbers}, create an equation that equals {target}. Show your work in <think> </think> tags. And return the final equation in <answer> </answer> tags."
        },
        {
            "role": "assistant",
            "content": "Let me solve this step by step.\n<think>"
        }]
        return {"prompt": tokenizer.apply_chat_template(r1_prefix, tokenize=False, continue_final_message=True), "target": target}

    return dataset.map(lambda x: generate_r1_prompt(x["nums"], x["target"]))
