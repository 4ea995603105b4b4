import chz
import json
from datasets import load_dataset
import tinker
from tinker import types
import tinker_cookbook.model_info as model_info
import tinker_cookbook.renderers as renderers
from tinker_cookbook.tokenizer_utils import get_tokenizer
import logging
from tqdm import tqdm

import sys
sys.path.insert(0, '..')
from prompting_utils import SYSTEM_PROMPT
from math_utils import is_correct

logger = logging.getLogger(__name__)


@chz.chz
class Config:
    max_tokens: int = 8192
    eval_temperature: float = 0.6
    eval_top_p: float = 0.95
    eval_batch_size: int = 4


def evaluate(client, dataset, renderer, config):
    params = tinker.types.SamplingParams(
        max_tokens=config.max_tokens,
        stop=renderer.get_stop_sequences(),
        temperature=config.eval_temperature,
        top_p=config.eval_top_p,
    )
    correct, total, lengths = 0, 0, []
    n_batches = (len(dataset) + config.eval_batch_size - 1) // config.eval_batch_size
    for i in tqdm(range(n_batches)):
        lo = i * config.eval_batch_size
        batch = dataset.select(range(lo, min(lo + config.eval_batch_size, len(dataset))))
        futures = []
        for q in batch["q_str"]:
            convo = [{"role": "system", "content": SYSTEM_PROMPT}, {"role": "user", "content": q}]
            futures.append(client.sample(prompt=renderer.build_generation_prompt(convo),
                                         num_samples=1, sampling_params=params))
        for fut, gt in zip(futures, batch["ground_truth"]):
            try:
                toks = fut.result().sequences[0].tokens
                parsed, _ = renderer.parse_response(toks)
                text = parsed.get("content", "") if parsed else ""
                if is_correct(text, gt, use_math_verify=True):
                    correct += 1
                lengths.append(len(toks))
            except Exception as err:
                logger.error(f"sample failed: {err}")
            total += 1
    acc = correct / total if total else 0.0
    avg_len = sum(lengths) / len(lengths) if lengths else 0.0
    return acc, avg_len, correct, total


def main(config: Config):
    logging.basicConfig(level=logging.INFO)

    # MATH-500, 50 random problems
    math_500 = load_dataset("HuggingFaceH4/MATH-500", split="test")
    math_500 = math_500.shuffle(seed=42).select(range(50))
    math_500 = math_500.map(lambda ex: {"q_str": ex["problem"], "ground_truth": ex["answer"]})

    model_name = "Qwen/Qwen3-4B-Instruct-2507"

    tokenizer = get_tokenizer(model_name)
    renderer = renderers.get_renderer(model_info.get_recommended_renderer_name(model_name), tokenizer)

    service_client = tinker.ServiceClient()
    training_client = service_client.create_lora_training_client(base_model=model_name, rank=8)
    # training_client.load_state("tinker://d88742cc-b842-58bd-9c6e-16281f28b3a0:train:0/weights/000120")
    sampling_client = training_client.save_weights_and_get_sampling_client(name="HAPO")

    acc, avg_len, correct, total = evaluate(sampling_client, math_500, renderer, config)

    import datetime
    results = {
        "timestamp": datetime.datetime.now().isoformat(),
        "dataset": "MATH-500",
        "accuracy": acc,
        "correct": correct,
        "total": total,
        "avg_token_length": avg_len,
    }
    results_file = "math500_eval_results.json"
    with open(results_file, "w") as f:
        json.dump(results, f, indent=2)
    print(f"Pass@1 {acc:.4f} ({correct}/{total}) -> {results_file}")


if __name__ == "__main__":
    chz.nested_entrypoint(main)
