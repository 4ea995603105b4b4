# Colab: install first if needed
# !pip install transformers accelerate torch

from transformers import AutoModelForCausalLM, AutoTokenizer, pipeline
import torch

# Candidate small LLMs
llms = [
    {"name": "TinyLlama/TinyLlama-1.1B-Chat-v1.0", "size": "1.1B", "description": "Tiny chat model"},
    {"name": "microsoft/phi-1_5", "size": "1.3B", "description": "Phi-1.5"},
    {"name": "deepseek-ai/deepseek-coder-1.3b-base", "size": "1.3B", "description": "Small code model"},
    {"name": "databricks/dolly-v2-3b", "size": "3B", "description": "Dolly, instruction tuned"},
    {"name": "meta-llama/Llama-2-7b-chat-hf", "size": "7B", "description": "Llama 2 chat (gated)"}
]

questions = [
    "Where do small language models shine?",
    "How does an instruction-tuned model differ from a base model?",
    "Show a short Python dictionary example.",
]


def chat_with_models(llms, questions):
    for model in llms:
        model_name = model["name"]
        print(f"\n{'='*60}\nTesting: {model_name} ({model['description']})\n{'='*60}")
        try:
            tokenizer = AutoTokenizer.from_pretrained(model_name)
            model_instance = AutoModelForCausalLM.from_pretrained(
                model_name, torch_dtype=torch.float16 if torch.cuda.is_available() else torch.float32
            )
            pipe = pipeline("text-generation", model=model_instance, tokenizer=tokenizer, device=0 if torch.cuda.is_available() else -1)
            for q in questions:
                prompt = q + "\n\nAnswer:"
                response = pipe(prompt, max_new_tokens=1024, do_sample=True, temperature=0.7)[0]['generated_text']
                print(response[len(prompt):].strip())
        except Exception as e:
            print(f"Could not load {model_name}: {e}")


if __name__ == "__main__":
    chat_with_models(llms, questions)
