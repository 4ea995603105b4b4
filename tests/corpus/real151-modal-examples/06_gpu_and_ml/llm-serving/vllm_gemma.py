# # Quick LLM inference with vLLM (Gemma 7B)
#
# This example runs plain batch inference with [`vLLM`](https://github.com/vllm-project/vllm),
# which uses [PagedAttention](https://arxiv.org/abs/2309.06180) to keep the key-value cache compact.
#
# The model is [Gemma 7B Instruct](https://huggingface.co/google/gemma-7b-it), the open-weights
# sibling of Google's Gemini family, served here on a single H100.
#
# To serve [another supported model](https://vllm.readthedocs.io/en/latest/models/supported_models.html)
# change the model name; some models also need `trust_remote_code` or a different GPU setup.
#
# ## Setup

import os
import time

import modal

MODEL_DIR = "/model"
MODEL_NAME = "google/gemma-7b-it"


# ## Container image
#
# The weights are baked into the image so a cold start does not download them again.
#
# Create a [Hugging Face access token](https://huggingface.co/settings/tokens) and store it as a
# Modal secret; it shows up in the function as the `HF_TOKEN` environment variable.
# Gemma is gated, so the account behind the token must have accepted the license.
def download_model_to_image(model_dir, model_name):
    from huggingface_hub import snapshot_download
    from transformers.utils import move_cache

    os.makedirs(model_dir, exist_ok=True)

    snapshot_download(
        model_name,
        local_dir=model_dir,
        token=os.environ["HF_TOKEN"],
        ignore_patterns=["*.pt", "*.gguf"],  # safetensors only
    )
    move_cache()


# ### Image definition
image = (
    modal.Image.debian_slim(python_version="3.10")
    .pip_install(
        "vllm==0.4.0.post1",
        "torch==2.1.2",
        "transformers==4.39.3",
        "ray==2.10.0",
        "huggingface_hub==0.19.4",
        "hf-transfer==0.1.4",
    )
    # hf-transfer makes the download much faster
    .env({"HF_HUB_ENABLE_HF_TRANSFER": "1"})
    .run_function(
        download_model_to_image,
        secrets=[
            modal.Secret.from_name(
                "huggingface-secret", required_keys=["HF_TOKEN"]
            )
        ],
        timeout=60 * 20,
        kwargs={"model_dir": MODEL_DIR, "model_name": MODEL_NAME},
    )
)

app = modal.App(f"example-vllm-{MODEL_NAME}", image=image)

with image.imports():
    import vllm

GPU_CONFIG = modal.gpu.H100(count=1)


@app.cls(gpu=GPU_CONFIG, secrets=[modal.Secret.from_name("huggingface-secret")])
class Model:
    @modal.enter()
    def load(self):
        self.template = (
            "<start_of_turn>user\n{user}<end_of_turn>\n<start_of_turn>model\n"
        )

        # load once per container
        self.llm = vllm.LLM(
            MODEL_DIR,
            enforce_eager=True,  # no graph capture, faster cold start
            tensor_parallel_size=GPU_CONFIG.count,
        )

    @modal.method()
    def generate(self, user_questions):
        prompts = [self.template.format(user=q) for q in user_questions]

        sampling_params = vllm.SamplingParams(
            temperature=0.75,
            top_p=0.99,
            max_tokens=256,
            presence_penalty=1.15,
        )
        start = time.monotonic_ns()
        result = self.llm.generate(prompts, sampling_params)
        duration_s = (time.monotonic_ns() - start) / 1e9
        num_tokens = 0
        for output in result:
            num_tokens += len(output.outputs[0].token_ids)
            print(output.prompt, "\n", output.outputs[0].text, "\n\n")
        print(
            f"Generated {num_tokens} tokens from {MODEL_NAME} in {duration_s:.1f} seconds,"
            f" throughput = {num_tokens / duration_s:.0f} tokens/second on {GPU_CONFIG}."
        )


@app.local_entrypoint()
def main():
    questions = [
        "Implement a Python function to compute the Fibonacci numbers.",
        "What is the fable involving a fox and grapes?",
        "What is the product of 9 and 8?",
    ]
    model = Model()
    model.generate.remote(questions)

# (excerpt)
