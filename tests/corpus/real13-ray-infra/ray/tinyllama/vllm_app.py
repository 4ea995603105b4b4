from ray import serve
from vllm import LLM, SamplingParams


@serve.deployment(
    ray_actor_options={"num_gpus": 1},
    autoscaling_config={"min_replicas": 1, "max_replicas": 1},
)
class TinyLlamaServer:
    def __init__(self):
        # small T4 budget: short context, no CUDA graphs, few concurrent sequences
        self.engine = LLM(
            model="TinyLlama/TinyLlama-1.1B-Chat-v1.0",
            max_model_len=1024,
            gpu_memory_utilization=0.80,
            tensor_parallel_size=1,
            dtype="float16",
            enforce_eager=True,
            max_num_seqs=4,
            max_num_batched_tokens=1024,
        )

    async def __call__(self, request):
        body = await request.json()
        prompt = ""
        for m in body.get("messages", []):
            role, text = m.get("role", "user"), m.get("content", "")
            if role in ("system", "user", "assistant"):
                prompt += f"<|{role}|>\n{text}\n"
        prompt += "<|assistant|>\n"

        params = SamplingParams(
            temperature=body.get("temperature", 0.7),
            top_p=body.get("top_p", 0.9),
            max_tokens=body.get("max_tokens", 512),
        )
        text = self.engine.generate([prompt], params)[0].outputs[0].text

        # OpenAI-style response body
        return {
            "id": "chatcmpl-123",
            "object": "chat.completion",
            "created": 1677652288,
            "model": "TinyLlama/TinyLlama-1.1B-Chat-v1.0",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text}, "finish_reason": "stop"}],
        }


deployment = TinyLlamaServer.bind()
