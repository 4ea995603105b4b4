# %% [markdown] {"jupyter":{"outputs_hidden":false}}
# References
# - https://www.kaggle.com/code/huikang/arc-agi-2-code-approach
# - https://www.kaggle.com/code/huikang/r1-distill-qwen-tir
#
# ```
# uv run python3 kaggle.py
# ```

# %% [code] {"jupyter":{"outputs_hidden":false}}
serve_vllm_on_kaggle = False
run_all_questions = False   # ignored for submissions

# %% [code] {"jupyter":{"outputs_hidden":false}}
import os
import subprocess
import time
from kaggle_secrets import UserSecretsClient

secrets = UserSecretsClient()
REMOTE_VLLM_URL = "NOT_AVAILABLE"
if not serve_vllm_on_kaggle:
    REMOTE_VLLM_URL = secrets.get_secret("REMOTE_VLLM_URL")


def is_on_kaggle() -> bool:
    return bool(os.getenv("KAGGLE_KERNEL_RUN_TYPE"))


def is_on_kaggle_interactive() -> bool:
    return os.getenv("KAGGLE_KERNEL_RUN_TYPE") == "Interactive" and not bool(
        os.getenv("KAGGLE_IS_COMPETITION_RERUN")
    )

# %% [code] {"jupyter":{"outputs_hidden":false}}
num_generations = 6
max_model_len = 131072


def start_vllm_server() -> subprocess.Popen[bytes]:
    """Start vLLM server in the background"""
    os.environ["VLLM_ATTENTION_BACKEND"] = "TRITON_ATTN"
    os.environ["TRITON_PTXAS_PATH"] = "/usr/local/cuda/bin/ptxas"
    # https://docs.vllm.ai/projects/recipes/en/latest/OpenAI/GPT-OSS.html#troubleshooting
    os.environ["TIKTOKEN_ENCODINGS_BASE"] = (
        "/kaggle/usr/lib/pip_install_aimo3_1/tiktoken_encodings"
    )

    command: list[str] = [
        "python",
        "-m",
        "vllm.entrypoints.openai.api_server",
        "--model",
        "/kaggle/input/gpt-oss-120b/transformers/default/1",
        "--served-model-name",
        "vllm-model",
        "--tensor-parallel-size",
        "1",
        "--max-num-seqs",
        f"{num_generations}",
        "--gpu-memory-utilization",
        "0.96",  # any higher may not have enough for graph capture
        "--port",
        "8000",
        "--max-model-len",
        f"{max_model_len}",
    ]

    with open("/kaggle/working/a-vllm.log", "w") as logfile:
        process = subprocess.Popen(command, stdout=logfile, stderr=subprocess.STDOUT, start_new_session=True)
    print("Logs: /kaggle/working/a-vllm.log")
    return process


if is_on_kaggle() and serve_vllm_on_kaggle:
    vllm_process = start_vllm_server()

# %% [code] {"jupyter":{"outputs_hidden":false}}
from openai import OpenAI
from openai_harmony import HarmonyEncodingName, ReasoningEffort, load_harmony_encoding

if is_on_kaggle() and serve_vllm_on_kaggle:
    os.environ["OPENAI_API_BASE"] = "http://127.0.0.1:8000/v1"
else:
    os.environ["OPENAI_API_BASE"] = REMOTE_VLLM_URL
os.environ["OPENAI_API_KEY"] = "sk-local"  # any non-empty string

client = OpenAI(base_url=os.environ["OPENAI_API_BASE"], api_key=os.environ["OPENAI_API_KEY"])
harmony_encoding = load_harmony_encoding(HarmonyEncodingName.HARMONY_GPT_OSS)
stop_token_ids = list(harmony_encoding.stop_tokens_for_assistant_actions())

# %% [code] {"jupyter":{"outputs_hidden":false}}
if is_on_kaggle_interactive():
    resp = client.completions.create(
        model="vllm-model",
        prompt="How many r are there in strawberry?",
        max_tokens=1024,
        temperature=1.0,
        extra_body=dict(min_p=0.02, stop_token_ids=stop_token_ids),
    )
    print(resp.choices[0].text)
