"""Cheap tests that let the scanner skip most files without parsing them.

Stage 1 (`may_contain`, bytes): a file can only hold a reference if it contains one of the
context words the detectors need (model, dataset, tokenizer, checkpoint, ...), a Hub URL form,
a loader or CLI name, or a well-known organisation's `org/` prefix. For large trees the same
fixed strings are handed to `grep -liF` (when installed), which reads non-matching files
without Python ever opening them.

Stage 2 (`worth_scanning`, text): a file passes only when something in it could become a
reference: a Hub URL form, an `org/name`-shaped token that is not a path and has a model-ish
word near it (or a loader anywhere in the file), or a line with a model-ish word and a value
shaped like a legacy id, a sentence-transformers short name, a hosted-API name or an Ollama tag.
Everything else (paths, MIME types, dates, `users/orders` routes far from any model word) is
rejected without running a detector.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Sequence
from pathlib import PurePath

from license_gate import _lazyre
from license_gate.ids import legacy_dataset_names
from license_gate.scan._common import (
    KNOWN_ORGS,
    SIZE_TAG,
    is_model_dir,
    looks_local,
    plausible_namespaced,
    sized_ollama_tag,
)

__all__ = [
    "KEYS",
    "MODELFILE_BODY",
    "always_scan",
    "grep_candidates",
    "is_modelfile",
    "may_contain",
    "worth_scanning",
]

#: Loaders whose names hold none of the context words (`snapshot_download("org/x")`,
#: smolagents' `load_tool("org/x")`): each in `_loaders`' tables, each worth reading a file for
#: (a test checks every loader there passes both stages).
_LOADER_WORDS: tuple[str, ...] = (
    "snapshot_download",
    "clone_from",  # huggingface_hub's `Repository(local_dir, clone_from="org/x")`
    "load_tool",
    "from_space",
    "from_quantized",
    "from_hparams",
    "_kernel(",
    "with_revision",
    "engineargs",
    "download_and_unpack",
    "happytext",
    "happygeneration",
    "happywordprediction",
    "happyquestionanswering",
    "happytokenclassification",
    "client.connect",
    "client.duplicate",
    "monai.bundle",
    "tts.api",
    "get_paths_info",
    "_from_cache",
    "file_exists",
    "safetensors_metadata",
    "inferenceapi",
    "textual_inversion",
    "single_file",
    "mlx_vlm",
    "gradio.load",
    "interface.load",
    "blocks.load",
)

#: Lower-case fixed strings, one of which every file with a reference contains.
#: Words both stages look for (a line word stage 1 lacked would never reach stage 2).
_SHARED_WORDS: tuple[str, ...] = (
    "init_from",  # nanoGPT's `init_from = 'gpt2-xl'`
    "train_set",  # `train_set_path: str = field(default="org/x")`
    "val_set",
    "hugging face",  # `downloads `org/x` from Hugging Face`
    "模型",  # a models column named in Chinese, Japanese, Korean
    "モデル",
    "모델",
)
_CONTEXT_WORDS: tuple[str, ...] = (
    "model",
    *_SHARED_WORDS,
    "plm",
    "fine-tun",
    "finetun",
    "dataset",
    "ckpt",
    "checkpoint",
    "repo_id",
    "repoid",
    "repo-id",
    "_repo",
    "hub_",
    "_hub",
    "tokeni",
    "processor",
    "extractor",
    "embed",
    "encoder",
    "llm",
    "rerank",
    "pretrained",
    "teacher",
    "student",
    "adapter",
    "lora",
    "vae",
    "unet",
    "controlnet",
    "backbone",
    "weights",
    "generator",
    "retriever",
    "classifier",
    "transformer",
    "sentence",
    "whisper",
    "judge",
    "corpus",
    "benchmark",
    "eval_set",
    "data_",
    "ds_",
    "space",
    "ollama",
    "pipeline",
    "vllm",
    "gradio",
    "gr.load",
    "mlx_",
    "inference",
    "hf_",
    "hf-",
    "hf:",
    "hf.co",
    "hf/",
    "hfds/",
    "hf download",
    "-hf",
    "huggingface",
    "tune download",
    "litgpt",
    "_info(",
    "list_repo",
    "_exists(",
    "safetensors",
    "load_from_cache",
    "single_file",
    "textual_inversion",
    "gpt",
    "claude",
    "gemini",
    "llama",  # Groq's `llama-3.2-11b-vision-preview`; Ollama's `llama3.2:1b`, `codellama:7b`
    "gemma",
    "qwen",
    "mistral",
    "deepseek",
    "phi3",
    "phi4",
    "voyage-",  # Voyage AI's token-limit tables keyed by `voyage-3.5-lite`
    "zerank-",  # ZeroEntropy's rerankers: `zerank-1-small`
    "jev-",  # TypeSafe's decision models: `jev-latest`
    "solar-",  # Upstage's `solar-embedding-1-large-query`
    "seedream-",  # ByteDance's image and video APIs: `seedream-5-0-260128`, `seedance-2-5`
    "seedance-",
    "replicate",  # `replicate.run("stability-ai/sdxl:<version>")`
    "davinci",  # hosted names whose families hold no word above (`engine="text-davinci-003"`)
    "dall-e",
    "tts-1",
    "kimi-k",
    "glm-",
    "ernie-",
    "doubao",
    "jamba-",
    "grok-",
    "command-r",
    "o1-",
    "o3-",
    "o4-",
    "groq:",
    "openrouter:",
    "fal-ai/",
    "@cf/",
    "lightevaltaskconfig",
    "policy.",  # LeRobot's `--policy.path=org/x`, `policy.repo_id`
    "_policy",
    "vla_",  # OpenVLA's `--vla_path openvla/openvla-7b`
    "cortex",  # Snowflake's `CORTEX.COMPLETE('mistral-large', ...)`
    "ai_complete",
    "ai_embed",
    "lms get",  # LM Studio's `lms get qwen2.5-7b-instruct-mlx`
    "lms load",
    "ai.azure.com/",  # Azure AI Foundry's and NVIDIA's catalogues' model pages
    "ml.azure.com/",
    "build.nvidia.com/",
    "chatmodelname.",  # LangChain4j's `OpenAiChatModelName.GPT_4_O`; openai-go's constants
    "openai.chatmodel",
    "anthropic.model",
    *_LOADER_WORDS,
)
KEYS: tuple[str, ...] = _CONTEXT_WORDS + tuple(sorted(f"{o}/" for o in KNOWN_ORGS))
# In Python the words are one regular expression and the organisations a set looked up per
# `token/` (compiling 300 organisation alternatives cost ~3 ms of every hook run's start-up);
# grep gets them all as one pattern.
_WORDS_RE = re.compile("|".join(re.escape(k) for k in _CONTEXT_WORDS).encode())
_ORG_SLASH = re.compile(rb"(?<![\w.-])[.-]*(\w[\w.-]*)/")
_ORGS = frozenset(o.encode() for o in KNOWN_ORGS)


def may_contain(data: bytes) -> bool:
    """Stage 1: whether `data` contains any of `KEYS` (case-insensitively)."""
    low = data.lower()
    if _WORDS_RE.search(low) is not None:
        return True
    return any(m.group(1).rstrip(b".-") in _ORGS for m in _ORG_SLASH.finditer(low))


def grep_candidates(paths: Sequence[str], *, jobs: int = 1) -> set[str] | None:
    """The subset of `paths` that `grep -liF` finds a key in; None when grep is unavailable or
    fails (the caller then prefilters in Python)."""
    exe = shutil.which("grep")
    if exe is None or not paths:
        return None
    # One extended regular expression (GNU grep runs it as a DFA: much faster than -F with
    # many fixed strings); the keys are plain words, so escaping is simple.
    pattern = "|".join(re.sub(r"([.()\[\]{}*+?^$|\\])", r"\\\1", k) for k in KEYS)
    base = [exe, "-l", "-i", "-E", "-Z", "-s", "-e", pattern, "--"]
    budget = 100_000  # bytes of file names per grep invocation
    batches: list[list[str]] = [[]]
    size = 0
    for p in paths:
        if size + len(p) > budget and batches[-1]:
            batches.append([])
            size = 0
        batches[-1].append(p)
        size += len(p) + 1
    env = {**os.environ, "LC_ALL": "C"}
    found: set[str] = set()
    running: list[tuple[subprocess.Popen[bytes], list[str]]] = []
    try:
        pending = list(batches)
        while pending or running:
            while pending and len(running) < max(1, jobs):
                batch = pending.pop()
                proc = subprocess.Popen(
                    [*base, *batch], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
                )
                running.append((proc, batch))
            proc, batch = running.pop(0)
            out, _ = proc.communicate()
            if proc.returncode == 0 or proc.returncode == 1:
                found.update(os.fsdecode(x) for x in out.split(b"\0") if x)
            else:  # unreadable files or a grep that does not understand us: decide in Python
                found.update(batch)
    except OSError:
        for proc, _ in running:
            proc.kill()
        return None
    return found


# --- stage 2 ---------------------------------------------------------------------------------

_URL_FORMS = ("huggingface", "hf.co", "hf-mirror.com/", "hf://", "hf-hub:", "hf_hub:", "hfds/")
# Calls and commands that make a file worth reading whatever else it holds (constants passed to
# them may be anywhere in the file).
_STRONG_WORDS = (
    *_LOADER_WORDS,
    "cortex",
    "lm studio",  # a sized name LM Studio's server answers to (`model="gemma-3-4b"`)
    "lmstudio",
    "lm-studio",
    "lm_studio",
    "duplicated_from:",  # a Space's front matter: the Space it was copied from
    "faster-whisper",  # `backend: faster-whisper` / `model: medium`: its short names
    "faster_whisper",
    "openrouter/",  # litellm's `openrouter/openrouter/quasar-alpha`: three parts, no `a/b`
    '"widgets_values"',  # a ComfyUI workflow: its loader nodes name Hub repositories
    "ai_complete",
    "ai_embed",
    "lms get",
    "lms load",
    "ai.azure.com/",
    "ml.azure.com/",
    "build.nvidia.com/",
    "chatmodelname.",
    "openai.chatmodel",
    "anthropic.model",
    "openai.gpt",  # go-openai's constants: `Model: openai.GPT4oMini`
    "from_pretrained",
    "load_dataset",
    "sentencetransformer",
    "crossencoder",
    "snapshot_download",
    "inferenceclient",
    "whispermodel",
    "mlx_lm",
    "gr.load",
    "ollama",
    "vllm",
    "model_info(",
    "dataset_info(",
    "pipeline(",
    "gradio_client",  # `Client("user/space")`
    "@gradio/client",
    # promptfoo-style provider ids (`openai:gpt-4o-mini`, `anthropic:messages:claude-...`)
    "openai:",
    "anthropic:",
    "bedrock:",
    "vertex:",
    "groq:",
    "mistral:",
    "openrouter:",
    "github:",
    "load_model(",
    "tts(",
    "replicate.run(",  # a Replicate model at its version: `"owner/name:<64 hex>"`
    # hosted-API names are distinctive enough to read the file for (a price table keyed by them)
    "gpt-3.5",
    "gpt-4",
    "gpt-5",
    "claude-",
    "gemini-",
    "text-embedding-",
    "command-r",
    "command-light",
    "-bison",
    "titan-",
    "voyage-",
    "zerank-",
    # hosted endpoints named by path: fal's `fal-ai/flux/dev`, Cloudflare's `@cf/meta/...`
    "fal-ai/",
    "@cf/",
    "lightevaltaskconfig",  # `hf_repo="qa4mre"`: a bare dataset name
)
#: Words whose lines (and the few lines after, for YAML/JSON lists and nested keys) are read.
_LINE_WORDS = (
    "model",
    *_SHARED_WORDS,
    "repo",
    "plm",
    "fine-tun",
    "finetun",
    "dataset",
    "tokeni",
    "pretrained",
    "checkpoint",
    "ckpt",
    "embed",
    "llm",
    "repo_id",
    "hub_",
    "_hub",
    "encoder",
    "rerank",
    "sentence",
    "transformer",
    "adapter",
    "lora",
    "processor",
    "extractor",
    "whisper",
    "clip",
    "judge",
    "corpus",
    "benchmark",
    "eval_set",
    "space",
    "teacher",
    "student",
    "vae",
    "unet",
    "controlnet",
    "backbone",
    "weights",
    "generator",
    "retriever",
    "classifier",
    "data_",
    "ds_",
    "download",
    "serve",
    "-hf",
    "hf_",
    "policy",  # LeRobot's `--policy.path=org/x`
    "vla_",
)
#: Lower-case stems of un-namespaced values that can be references on a model-ish line: legacy
#: ids, sentence-transformers names, hosted-API names, Ollama library names.
_BARE_STEMS = (
    "gpt2", "gpt-", "bert-", "roberta-", "distil", "t5-", "xlm-", "albert-", "xlnet-",
    "camembert", "ctrl", "openai-gpt", "transfo-xl", "all-m", "paraphrase-", "multi-qa-",
    "msmarco-", "nli-", "stsb-", "sentence-t5", "gtr-t5", "clip-vit", "labse", "claude",
    "gemini", "o1", "o3", "o4", "text-embedding", "davinci", "babbage", "whisper-1", "tts-1",
    "dall-e", "gpt-image", "chatgpt", "mistral", "codestral", "pixtral", "ministral",
    "magistral", "devstral", "open-mi", "grok-", "deepseek", "command-", "embed-", "rerank-",
    "jamba", "sonar", "anthropic.", "amazon.", "meta.", "cohere.", "llama", "qwen", "phi",
    "gemma", "mixtral", "nomic", "mxbai", "llava", "starcoder", "granite", "smollm", "minilm",
    "vicuna", "zephyr", "falcon", "olmo", "yi:", "aya", "orca", "hermes", "wizard", "solar",
    "voyage-", "zerank-", "jev-", "jina-", "scribe_", "sonic", "eleven_", "ink-whisper", "glm-",
    "titan-",
    "imagen-", "veo-", "bison", "gecko", "palmyra", "c4ai-", "pplx-", "moonshot-", "kimi-",
    "ernie-", "doubao", "hunyuan", "minimax", "luminous", "-maas", "whisper-large", "cohere-",
    "sam2", "sonnet", "haiku", "opus", "qwq", "mimo-", "nova-", "aura-", "saaras", "saarika",
    "bulbul", "abab", "baichuan", "spark-", "yi-", "embedding-", "j2-", "stable-", "sd3",
    "compound-", "playai", "voxtral", "qvq", "tts-", "jina", "bge-", "pinecone-rerank", "veo",
)  # fmt: skip
_QUOTED = _lazyre.compile(r"[\"'`]([A-Za-z0-9_][\w.-]{0,95})[\"'`]")
_SLASHY = _lazyre.compile(
    r"(?<![\w./:@\\-])([A-Za-z0-9_][\w.-]{0,95}+)/([\w.-]{1,96}+)(?![\w/-])", re.ASCII
)
_LEFT = _lazyre.compile(r"[\w.-]{1,96}+", re.ASCII)
_OPENERS = (":", "[", "{", "=", "(", "\\", ",", "]")  # `]`: an INI section, `[x.model]`
_AFTER_LINES = 3
_SECTION_LINES = 8
#: A quoted name with a parameter count, `model='typhoon-v2-8b-instruct'` (a provider's own).
_QUOTED_SIZED = _lazyre.compile(
    r"[\"'`](?=[\w.-]{3,100}[\"'`])[a-z][\w.]*(?:-[\w.]+)*-\d+(?:\.\d+)?[bm](?:-[\w.-]+)?[\"'`]"
)
#: A quoted name by family and version on a model's line: `DEFAULT_MODEL = "timbre-v2.0"`.
_QUOTED_VERSIONED = _lazyre.compile(
    r"[\"'`][a-z]{4,12}(?:-v\d{1,2}\.\d|-[a-z]{2,6}-v\d{1,2}(?:\.\d)?)[\"'`]"
)
_SUBHEADING = _lazyre.compile(r"#{2,6}[ \t]")
_SHELL_VAR = _lazyre.compile(r"\$\{?([a-z_][a-z0-9_]*)")
_LEGACY_DATASETS = frozenset(k.lower() for k in legacy_dataset_names())


#: A bare value of a dataset key or flag (`dataset_path: gsm8k`, `--dataset_name squad`).
_BARE_DATASET = _lazyre.compile(
    r"data(?:set)?[\w-]*[\"']?[ \t]*[:=][ \t]*[\"']?([a-z0-9][\w.-]*)"
    r"|--[\w-]*data[\w-]*[= \t]+[\"']?([a-z0-9][\w.-]*)"
)


#: gradio's typed names: `models/org/x`, `spaces/org/x`, `huggingface/org/x`.
_TYPED_SLASHY = _lazyre.compile(
    r"(?<![\w./:@\\-])(?:models|datasets|spaces|huggingface)/([\w.-]{1,96}+)/([\w.-]{1,96}+)(?![\w/-])",
    re.ASCII,
)


def _slashy_in(window: str) -> bool:
    if ":-" in window:
        window = window.replace(":-", ": ")  # a shell default, `REPO_ID="${2:-org/x}"`
    if "/{" in window and _FORMATTED_ID.search(window) is not None:
        return True  # `repo_id=f"Vividbot/{DATA_NAME}"`: an organisation's repository by name
    for m in _SLASHY.finditer(window):
        ns, name = m.group(1), m.group(2).rstrip(".")
        if name and plausible_namespaced(ns, name) and not looks_local(f"{ns}/{name}"):
            return True
    if window.count("/") >= 2:
        for m in _TYPED_SLASHY.finditer(window):
            if plausible_namespaced(m.group(1), m.group(2).rstrip(".")):
                return True
    return False


#: An f-string naming a repository under a fixed organisation: `f"Vividbot/{DATA_NAME}"`.
_FORMATTED_ID = _lazyre.compile(r"\bf[\"'][A-Za-z0-9][\w.-]*/\{")


def _block_lines(line: str, following: str) -> int:
    """How many lines after `line` (lower case) its values may be on: a block's opener
    (`models:`, `MODELS = [`, `--model \\`, a table's header row `| Model ID | Port |`, a
    sentence ending in the word, `... embedding model` over `:code:` and its id, a call chained
    on the next line, `.unwrap_or_else(|| "org/x")`), or a Markdown section about models
    (`## Model Selection Guide`, whose list may start a few lines down)."""
    stripped = line.strip()
    if stripped.endswith(_OPENERS):
        return _AFTER_LINES
    if stripped[:1] in "\"'" and stripped[-1:] in "\"'":
        # a piece of a string built a line at a time: `"| Name | Model |\\n"`
        stripped = stripped.strip("\"'").removesuffix("\\n").strip()
    if stripped.startswith("##") and _SUBHEADING.match(stripped) is not None:
        return _SECTION_LINES  # (`# x` may be a comment; `## Models` is a heading)
    if (
        (stripped.startswith("|") and stripped.endswith("|"))
        or stripped.endswith(("model", "models"))
        or following.lstrip().startswith(".")
    ):
        return _AFTER_LINES
    return 0


def _context_ok(text: str, low: str) -> bool:
    """A model-ish word with a candidate value on its line (or in the few lines after a line
    that opens a block: `models:`, `MODELS = [`, `--model \\`)."""
    lines: list[str] = []
    done: set[int] = set()
    n = len(text)
    for w in _LINE_WORDS:
        i = low.find(w)
        while i != -1:
            ls = text.rfind("\n", 0, i) + 1
            le = text.find("\n", i)
            le = n if le == -1 else le
            if ls not in done:
                done.add(ls)
                line = low[ls:le]
                lines.append(line)
                end = le
                for _ in range(_block_lines(line, low[le + 1 : le + 80])):
                    nxt = text.find("\n", end + 1)
                    end = n if nxt == -1 else nxt
                    if end == n:
                        break
                window = text[ls:end]
                if end > le:
                    lines.append(low[le:end])  # `MODELS = [` / `st.selectbox(` and what follows
                if "/" in window and _slashy_in(window):
                    return True
                if w == "dataset" and "(" in line and _QUOTED.search(line) is not None:
                    return True
            i = low.find(w, le)
    if lines:
        # `--retriever_model_id $mo` with `mo=bert-base-uncased` elsewhere: read the assignment
        used = {v for line in lines if "$" in line for v in _SHELL_VAR.findall(line)}
        for var in sorted(used)[:50]:
            for am in re.finditer(rf"(?m)^[ \t]*(?:export[ \t]+)?{re.escape(var)}=([^\n]*)", low):
                lines.append(am.group(1))
                if "/" in am.group(1) and _slashy_in(text[am.start(1) : am.end(1)]):
                    return True
        joined = "\n".join(lines)
        if (
            any(p in joined for p in _BARE_STEMS)
            or _QUOTED_SIZED.search(joined) is not None
            or _QUOTED_VERSIONED.search(joined) is not None
        ):
            return True
        # `data_path="gsm8k"`: a quoted legacy dataset name; `dataset_path: gsm8k` (an
        # lm-eval task), `--dataset_name squad`: a bare one
        if any(q.lower() in _LEGACY_DATASETS for q in _QUOTED.findall(joined)):
            return True
        return any(
            (m.group(1) or m.group(2)) in _LEGACY_DATASETS for m in _BARE_DATASET.finditer(joined)
        )
    return False


#: A quoted hosted-API name distinctive anywhere (`getGroqCompletion(msgs,
#: "llama-3.2-11b-vision-preview")`, `"grok-2-1212"`), read in lower case: the families that
#: `_STRONG_WORDS` does not already pass (`gpt-4`, `claude-`, `gemini-`, `voyage-`, ...).
_QUOTED_API = _lazyre.compile(
    r"[\"'`](?:gpt-3[\w.-]*|llama-3\.\d+-\d+b-[\w.-]+|o[134]-[\w.-]+|grok-\d[\w.-]*"
    # hosted names passed under no model-ish word (the old SDK's `engine="text-davinci-003"`)
    r"|text-(?:davinci|curie|babbage|ada)-\d+|(?:davinci|babbage)-00\d|dall-e-\d|tts-1[\w-]*"
    r"|kimi-k\d[\w.-]*|glm-\d[\w.-]*|ernie-[\w.-]+|doubao-[\w.-]+|jamba-[\w.-]+"
    r"|qwen-(?:turbo|plus|max|long)[\w.-]*|deepseek-(?:chat|coder|reasoner)[\w.-]*"
    r"|(?:open-)?mistral-(?:large|small|medium|tiny|nemo)[\w.-]*"
    # Groq's names by context length: `"llama3-70b-8192"`, `"mixtral-8x7b-32768"`
    r"|[\w.-]+-(?:4096|8192|32768)"
    r"|(?:embed|rerank)-(?:english|multilingual|v)[\w.-]*"
    r"|nai-diffusion[\w.-]*|nano-banana[\w.:-]*"  # NovelAI's and "Nano Banana" image models
    r"|wanx?\d(?:\.\d)?-(?:t2v|i2v|t2i|kf2v|s2v|i2i|vace|r2v)-[\w.-]+"  # Alibaba's Wan APIs
    r"|seed(?:ream|ance|edit)-\d[\w.-]*"  # ByteDance's Seedream and Seedance APIs
    # StepFun's API: `"step-image-edit-2"`, `"step-2x-large"`, `"step-1-8k"`
    r"|step-(?:image-edit|tts|asr|audio)[\w.-]*|step-\d[vox]?-(?:\d+k|mini|turbo|flash|large|medium)[\w.-]*"
    # Databricks' Foundation Model APIs: `"databricks-dbrx-instruct"`, `'databricks-gte-large-en'`
    r"|databricks-(?:meta-llama|llama|dbrx|mixtral|mpt|claude|gpt|gemma|qwen|gte|bge|gemini|"
    r"deepseek)[\w.-]*"
    r"|(?:amazon|anthropic|meta|cohere|mistral|ai21|us|eu|global)\.[a-z][\w.-]*-v\d[\w.:-]*)[\"'`]"
)


#: `gemma3:270m`, `llama3.2:1b`: an Ollama tag that gives a size (checked against the families).
_SIZE_TAG = _lazyre.compile(":" + SIZE_TAG + r"\b")
_TAG_NAME = _lazyre.compile(r"[a-z][\w.-]*\Z")


def _sized_tag_in(low: str) -> bool:
    """Whether `low` holds a known family's Ollama tag that gives a size (`llama3.2:1b`):
    found from its `:1b` (a scan anchored on the colon, not on every letter)."""
    for m in _SIZE_TAG.finditer(low):
        head = _TAG_NAME.search(low, max(0, m.start() - 60), m.start())
        if head is not None and sized_ollama_tag(head.group() + m.group()):
            return True
    return False


def _known_org(text: str) -> bool:
    """`org/name` of a well-known organisation anywhere (no context needed)."""
    rev: str | None = None
    n = len(text)
    i = text.find("/")
    while i != -1:
        if i > 0 and text[i - 1] not in "/ \n\t\"'`(=:,<>[]{}*":
            if rev is None:
                rev = text[::-1]
            m = _LEFT.match(rev, n - i)
            if m is not None:
                ns = m.group()[::-1].lstrip(".-")
                if ns.lower() in KNOWN_ORGS:
                    return True
        i = text.find("/", i + 1)
    return False


#: An Ollama Modelfile by its content: comments, then `FROM <model>`, then its directives.
MODELFILE_BODY = _lazyre.compile(
    r"(?:[ \t]*(?:#[^\n]*)?\n)*[ \t]*FROM[ \t]+\S+[ \t]*\n"
    r"(?:[^\n]*\n){0,40}?[ \t]*(?:PARAMETER|SYSTEM|TEMPLATE|ADAPTER|MESSAGE|LICENSE)[ \t]",
    re.IGNORECASE,
)


def worth_scanning(text: str) -> bool:
    """Stage 2: whether any detector could find something in `text`."""
    low = text.lower()
    if any(u in low for u in _URL_FORMS) or any(w in low for w in _STRONG_WORDS):
        return True
    if low.lstrip().startswith(("from", "#")) and MODELFILE_BODY.match(text) is not None:
        return True  # an Ollama Modelfile under another name
    if "timm" in low and "pretrained=true" in low:
        return True  # `timm.create_model(MODEL_NAME, pretrained=True)`: a tagged name's weights
    return (
        _context_ok(text, low)
        or _known_org(text)
        or _QUOTED_API.search(low) is not None
        or (":" in low and _sized_tag_in(low))
    )


def is_modelfile(name: str) -> bool:
    """An Ollama Modelfile (`name`: the lower-case file name)."""
    return name == "modelfile" or name.endswith(".modelfile") or name.startswith("modelfile.")


def always_scan(path: PurePath) -> bool:
    """Files whose every line is a reference candidate whatever words they contain: both
    prefilter stages pass them. An Ollama Modelfile's `FROM llama3.1:8b`; a model catalogue's
    entry (`models/gpt-4.yaml`, agentscope's `_models/glm-5.2.yaml`) whose `name:` is the model;
    a list file named for models (`models.txt`)."""
    name = path.name.lower()
    if is_modelfile(name):
        return True
    if name.endswith((".md", ".rst")) and "model" in name:
        return True  # `MODELS.md`: a page about models, every id on it one they are
    if name.startswith(".aider.model."):
        return True  # aider's `.aider.model.settings.yml`: a list of the models it configures
    if name.endswith(".txt") and "model" in name:
        return True  # `models.txt`: one id a line, read by a download script
    return name.endswith((".yaml", ".yml")) and is_model_dir(path.parent.name)
