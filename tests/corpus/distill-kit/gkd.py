from datasets import load_dataset
from transformers import AutoModelForCausalLM, AutoTokenizer
from trl import GKDConfig, GKDTrainer

TEACHER = "Qwen/Qwen2-1.5B-Instruct"
STUDENT = "Qwen/Qwen2-0.5B-Instruct"

tokenizer = AutoTokenizer.from_pretrained(STUDENT)
model = AutoModelForCausalLM.from_pretrained(STUDENT)
teacher_model = AutoModelForCausalLM.from_pretrained(TEACHER)
train = load_dataset("trl-lib/chatbot_arena_completions", split="train")
args = GKDConfig(output_dir="gkd-model", per_device_train_batch_size=1, lmbda=0.5, beta=0.5,
                 hub_model_id="acme/qwen2-0.5b-gkd")
trainer = GKDTrainer(model=model, teacher_model=teacher_model, args=args, processing_class=tokenizer, train_dataset=train)
trainer.train()
