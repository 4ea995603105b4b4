from ray import serve
from vllm import LLM, SamplingParams


@serve.deployment(
    ray_actor_options={"num_gpus": 1},
    autoscaling_config={"min_replicas": 1, "max_replicas": 1},
)
class VLLMDeployment:
    def __init__(self):
        self.llm = LLM(
            model="TinyLlama/TinyLlama-1.1B-Chat-v1.0",
            max_model_len=1024,          # fits a T4
            gpu_memory_utilization=0.80,
            tensor_parallel_size=1,
            dtype="float16",
            enforce_eager=True,          # no CUDA graphs, saves memory
            max_num_seqs=4,
        )

    async def __call__(self, request):
        data = await request.json()
        prompt = ""
        for msg in data.get("messages", []):
            prompt += f"<|{msg.get('role', 'user')}|>\n{msg.get('content', '')}\n"
        prompt += "<|assistant|>\n"

        params = SamplingParams(temperature=data.get("temperature", 0.7),
                                top_p=data.get("top_p", 0.9),
                                max_tokens=data.get("max_tokens", 512))
        text = self.llm.generate([prompt], params)[0].outputs[0].text

        # OpenAI-compatible response
        return {
            "id": "chatcmpl-123",
            "object": "chat.completion",
            "model": "TinyLlama/TinyLlama-1.1B-Chat-v1.0",
            "choices": [{"index": 0, "message": {"role": "assistant", "content": text},
                         "finish_reason": "stop"}],
        }


deployment = VLLMDeployment.bind()
