"""Offline throughput benchmark across runtimes."""
import time

from vllm import LLM, SamplingParams
from vllm.engine.arg_utils import AsyncEngineArgs
from vllm.utils import FlexibleArgumentParser

PROMPTS = ["Hello, my name is", "The capital of France is", "2/3 of 9 is"] * 64


def vllm_run(args):
    llm = LLM(model=args.model, tokenizer=args.tokenizer, revision=args.revision, tensor_parallel_size=args.tp)
    t0 = time.perf_counter()
    llm.generate(PROMPTS, SamplingParams(temperature=0.8, max_tokens=128))
    return time.perf_counter() - t0


def spec_decode():
    return LLM(model="meta-llama/Llama-3.1-70B-Instruct", speculative_model="meta-llama/Llama-3.2-1B-Instruct",
               num_speculative_tokens=5, tensor_parallel_size=4)


def engine_args():
    return AsyncEngineArgs(model="Qwen/Qwen2.5-32B-Instruct-GPTQ-Int4", quantization="gptq", max_model_len=8192)


def other_runtimes():
    from auto_gptq import AutoGPTQForCausalLM
    from awq import AutoAWQForCausalLM
    from ctransformers import AutoModelForCausalLM as CTModel
    from llama_cpp import Llama
    from optimum.intel import OVModelForCausalLM
    from optimum.onnxruntime import ORTModelForSequenceClassification
    from petals import AutoDistributedModelForCausalLM

    gptq = AutoGPTQForCausalLM.from_quantized("TheBloke/Llama-2-7B-Chat-GPTQ", device="cuda:0", use_safetensors=True)
    awq = AutoAWQForCausalLM.from_pretrained("lmsys/vicuna-7b-v1.5", safetensors=True)
    ct = CTModel.from_pretrained("TheBloke/Llama-2-7B-GGUF", model_file="llama-2-7b.Q4_K_M.gguf", model_type="llama")
    gguf = Llama.from_pretrained(repo_id="Qwen/Qwen2.5-7B-Instruct-GGUF", filename="qwen2.5-7b-instruct-q4_k_m*.gguf")
    ov = OVModelForCausalLM.from_pretrained("OpenVINO/Phi-3-mini-4k-instruct-int4-ov")
    ort = ORTModelForSequenceClassification.from_pretrained("distilbert/distilbert-base-uncased-finetuned-sst-2-english", export=True)
    petals = AutoDistributedModelForCausalLM.from_pretrained("petals-team/StableBeluga2")
    return gptq, awq, ct, gguf, ov, ort, petals


if __name__ == "__main__":
    parser = FlexibleArgumentParser()
    parser.add_argument("--model", type=str, default="facebook/opt-125m")
    parser.add_argument("--tokenizer", type=str, default=None)
    parser.add_argument("--revision", type=str, default=None)
    parser.add_argument("--tp", type=int, default=1)
    parser.add_argument("--results", default="results/2024-10/offline.csv")
    a = parser.parse_args()
    print(f"{a.model}: {len(PROMPTS) / vllm_run(a):.1f} req/s")
