import torch
import json
import sqlite3
from pathlib import Path
from transformers import AutoModelForCausalLM, AutoTokenizer
from peft import PeftModel
from tqdm import tqdm

# Try to import vLLM (for XiYanSQL)
try:
    from vllm import LLM, SamplingParams
    VLLM_AVAILABLE = True
except ImportError:
    VLLM_AVAILABLE = False
    print("vLLM not installed. Install with: pip install vllm")


class YourModel:
    """Your fine-tuned Qwen model"""

    def __init__(self, model_path):
        base_model = "Qwen/Qwen2.5-Coder-3B-Instruct"

        self.model = AutoModelForCausalLM.from_pretrained(
            base_model,
            load_in_4bit=True,
            device_map="auto",
            torch_dtype=torch.float16,
            trust_remote_code=True,
        )
        self.model = PeftModel.from_pretrained(self.model, model_path)
        self.model.eval()
        self.tokenizer = AutoTokenizer.from_pretrained(model_path)

    def generate(self, question, schema, evidence=""):
        prompt = f"<|im_start|>user\nDatabase: {schema['db_id']}\nQuestion: {question}<|im_end|>\n<|im_start|>assistant\n"
        inputs = self.tokenizer(prompt, return_tensors="pt", truncation=True, max_length=1024)
        inputs = {k: v.to(self.model.device) for k, v in inputs.items()}
        with torch.no_grad():
            outputs = self.model.generate(**inputs, max_new_tokens=200, do_sample=False)
        sql = self.tokenizer.decode(outputs[0][inputs['input_ids'].shape[1]:], skip_special_tokens=True)
        return sql.split('<|im_end|>')[0].strip()


class XiYanSQLModel:
    """XiYanSQL-QwenCoder-3B-2504"""

    def __init__(self):
        if not VLLM_AVAILABLE:
            raise ImportError("vLLM not available")
        model_path = "XGenerationLab/XiYanSQL-QwenCoder-3B-2504"

        # Adapted for single GPU
        self.llm = LLM(
            model=model_path,
            tensor_parallel_size=1,
            gpu_memory_utilization=0.85,
            trust_remote_code=True,
        )
        self.tokenizer = AutoTokenizer.from_pretrained(model_path)
        self.sampling_params = SamplingParams(n=1, temperature=0.1, max_tokens=1024)

    def generate(self, question, schema, evidence=""):
        message = [{'role': 'user', 'content': f"Question: {question}\nEvidence: {evidence or 'None'}"}]
        text = self.tokenizer.apply_chat_template(message, tokenize=False, add_generation_prompt=True)
        outputs = self.llm.generate([text], self.sampling_params)
        return outputs[0].outputs[0].text.strip()


def test_sql_execution(sql, db_path):
    try:
        conn = sqlite3.connect(db_path)
        rows = conn.execute(sql).fetchall()
        conn.close()
        return True, len(rows), None
    except Exception as e:
        return False, 0, str(e)


def evaluate_model(model, dev_data, schema_dict, db_dir, model_name):
    results = {'model_name': model_name, 'total': 0, 'sql_executable': 0}
    for example in tqdm(dev_data, desc=f"Testing {model_name}"):
        results['total'] += 1
        schema = schema_dict.get(example['db_id'])
        sql = model.generate(example['question'], schema, example.get('evidence', ''))
        db_path = Path(db_dir) / example['db_id'] / f"{example['db_id']}.sqlite"
        if db_path.exists() and test_sql_execution(sql, db_path)[0]:
            results['sql_executable'] += 1
    return results


def compare_models(your_model_path, num_examples=None):
    with open('data/raw/dev/dev.json', 'r') as f:
        dev_data = json.load(f)
    with open('data/raw/dev/dev_tables.json', 'r') as f:
        schema_dict = {s['db_id']: s for s in json.load(f)}
    if num_examples:
        dev_data = dev_data[:num_examples]
    db_dir = Path('data/raw/dev/dev_databases')

    your_results = evaluate_model(YourModel(your_model_path), dev_data, schema_dict, db_dir,
                                  "Your Model (Qwen2.5-Coder-3B LoRA r=16)")
    xiyan_results = None
    if VLLM_AVAILABLE:
        xiyan_results = evaluate_model(XiYanSQLModel(), dev_data, schema_dict, db_dir,
                                       "XiYanSQL-QwenCoder-3B-2504")
    output = {'your_model': your_results, 'xiyan_model': xiyan_results}
    with open('model_comparison_results.json', 'w') as f:
        json.dump(output, f, indent=2)
    return output


if __name__ == "__main__":
    YOUR_MODEL_PATH = "models/qwen3b_baseline_r16_20260114"
    compare_models(YOUR_MODEL_PATH, num_examples=10)
