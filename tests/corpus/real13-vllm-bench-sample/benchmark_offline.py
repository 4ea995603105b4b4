import argparse
import time

from datasets import load_dataset
from transformers import AutoTokenizer
from vllm import LLM, SamplingParams

cli = argparse.ArgumentParser()
cli.add_argument("--model", type=str, default="meta-llama/Meta-Llama-3-8B-Instruct")
cli.add_argument("--max-generated-tokens", type=int, default=250)
cli.add_argument("--num-samples", type=int, default=1000)
cli.add_argument("--max-num-seqs", type=int, default=256)
cli.add_argument("--kv-cache-dtype", type=str, default="auto")
cli.add_argument("--gpu-memory-utilization", type=float, default=None)

CHAT_DATASET = "HuggingFaceH4/ultrachat_200k"
TURNS = 3

if __name__ == "__main__":
    opts = cli.parse_args()
    model_id = opts.model

    tok = AutoTokenizer.from_pretrained(model_id)

    def to_prompt(row):
        # the chat template already adds bos
        return {"text": tok.apply_chat_template(row["messages"][:TURNS], tokenize=False, add_generation_prompt=True)}

    rows = load_dataset(CHAT_DATASET, split="train_sft").shuffle().select(range(opts.num_samples)).map(to_prompt)
    prompts = [tok(r["text"], add_special_tokens=False).input_ids for r in rows]

    engine = LLM(
        model_id,
        max_num_seqs=opts.max_num_seqs,
        kv_cache_dtype=opts.kv_cache_dtype,
        gpu_memory_utilization=opts.gpu_memory_utilization,
    )

    t0 = time.perf_counter()
    outs = engine.generate(prompt_token_ids=prompts, use_tqdm=True,
                           sampling_params=SamplingParams(max_tokens=opts.max_generated_tokens))
    elapsed = time.perf_counter() - t0

    n_prompt = sum(len(o.prompt_token_ids) for o in outs)
    n_gen = sum(len(o.outputs[0].token_ids) for o in outs)
    print("* ==========================================================")
    print(f"* Total Time:            {elapsed:0.2f}")
    print(f"* Generations / Sec:     {len(outs) / elapsed:0.2f}")
    print(f"* Generation Tok / Sec:  {n_gen / elapsed:0.2f}")
    print(f"* Prompt Tok / Sec:      {n_prompt / elapsed:0.2f}")
    print("* ==========================================================")
