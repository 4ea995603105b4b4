"""What every detector shares: context hints from names, the classification of a string value
(Hub id, URL, `hf-hub:` name, service name or nothing), local-path rules, positions.

The single rule of precision lives here: a value becomes a reference only when it is a valid id
*and* its context says model or dataset (a loader's argument, a model-ish variable, key or flag),
or it is unambiguous by itself (a Hub URL, `hf://`, `hf-hub:`, a hosted-API model name).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection
from contextvars import ContextVar
from dataclasses import dataclass
from functools import lru_cache

from license_gate import _lazyre
from license_gate.ids import (
    BUILDER_DATASETS,
    LETTERED_MODEL,
    PLACEHOLDER_NAMES,
    ROUTER_VARIANTS,
    SENTENCE_TRANSFORMERS_SHORT,
    UUID,
    classify_service,
    expand_library_alias,
    expand_sentence_transformers,
    gateway_hub_id,
    is_legacy_model,
    is_ollama_family,
    is_ollama_tag,
    is_provider_prefix,
    is_tagged_name,
    is_valid_hub_id,
    legacy_dataset_names,
    litellm_service,
    own_api_name,
    parse_hub_url,
    provider_model,
    split_revision,
)
from license_gate.models import Kind, Reference

__all__ = [
    "API_FAMILY_ONLY",
    "BENTO_FILE",
    "COQUI_TTS",
    "DASHSCOPE_FILE",
    "DATASET_LOADER",
    "DATED_NAME",
    "FASTER_WHISPER",
    "GENERIC_CHILD",
    "KNOWN_ORGS",
    "LITELLM",
    "LM_STUDIO",
    "LM_STUDIO_FILE",
    "MODEL_LOADER",
    "MODEL_NAME",
    "MODEL_RUNNER_FILE",
    "NIM_FILE",
    "OLLAMA_FILE",
    "OPENROUTER_FILE",
    "OPENROUTER_VARIANTS",
    "REPO_NAME",
    "SERVED",
    "SIZE_TAG",
    "ST_SHORT",
    "TAG_TOKEN",
    "WEAK",
    "WHISPER_BACKEND_KEYS",
    "WHISPER_SIZE_KEYS",
    "Hint",
    "LineIndex",
    "Value",
    "child_hint",
    "classify_items",
    "classify_value",
    "dashscope_name",
    "distinctive_st_name",
    "in_spans",
    "is_model_dir",
    "looks_local",
    "name_hint",
    "names_faster_whisper",
    "negative_name",
    "plausible_namespaced",
    "priority",
    "url_references",
]


@dataclass(frozen=True, slots=True)
class Hint:
    """What the surrounding code says a value is.

    `strong`: a loader's id argument (un-namespaced legacy ids count; a dataset loader's bare
    names count); otherwise a model-ish name (only namespaced ids, legacy model ids and service
    names count). `st`: sentence-transformers (short names expand). `ollama`: an Ollama context.
    """

    kind: Kind = Kind.MODEL
    strong: bool = False
    st: bool = False
    ollama: bool = False
    weak: bool = False
    typed: bool = False
    # only namespaced ids whose name looks like a model's (`*_REPO` constants)
    modelish: bool = False
    # a generic key (`name`, `id`) that is model-ish only through its parent: often an alias
    via_parent: bool = False
    # a library's own short names (`license_gate.ids.LIBRARY_ALIASES`): `WhisperModel("large-v3")`
    table: str = ""


MODEL_NAME = Hint(Kind.MODEL)
DATASET_NAME = Hint(Kind.DATASET)
SPACE_NAME = Hint(Kind.SPACE)
#: A string with no context: only namespaced ids of well-known Hub organisations that look like
#: model or dataset names count.
WEAK = Hint(Kind.MODEL, weak=True)
#: `gr.load("models/org/name")`, `"spaces/org/name"`: a type prefix picks the kind.
TYPED = Hint(Kind.MODEL, strong=True, typed=True)
MODEL_LOADER = Hint(Kind.MODEL, strong=True)
#: LM Studio's CLI (`lms get`, `lms load`): a Hub repository, or its catalogue's own name.
LM_STUDIO = Hint(Kind.MODEL, strong=True, table="lmstudio")
DATASET_LOADER = Hint(Kind.DATASET, strong=True)
ST_LOADER = Hint(Kind.MODEL, strong=True, st=True)
OLLAMA = Hint(Kind.MODEL, strong=True, ollama=True)
#: The `model` an OpenAI-compatible call sends (`client.chat.completions.create(model=...)`,
#: `openai.embeddings.create({model: ...})`): an Ollama library name there is the served
#: model's own (`mistral`, `all-minilm:l6-v2`); anything else reads as under any model key.
SERVED = Hint(Kind.MODEL, table="served")
FASTER_WHISPER = Hint(Kind.MODEL, strong=True, table="faster-whisper")
#: Sibling keys that name faster-whisper as the backend (`{backend: faster-whisper}`), and the
#: keys beside them that then hold one of its short names (`model: medium`).
WHISPER_BACKEND_KEYS = frozenset(
    # (`{"model": "faster_whisper", "model_path": "medium"}`: a registry's model is the library)
    {"backend", "engine", "provider", "type", "library", "implementation", "model"}
)
WHISPER_SIZE_KEYS = frozenset(
    {"model", "model_size", "model_name", "size", "model_path", "model_size_or_path"}
)


def names_faster_whisper(value: object) -> bool:
    """`faster-whisper`, `faster_whisper`: the library, as a backend setting names it."""
    return isinstance(value, str) and value.lower().replace("_", "-") == "faster-whisper"


COQUI_TTS = Hint(Kind.MODEL, strong=True, table="coqui-tts")
SPACE_LOADER = Hint(Kind.SPACE, strong=True)
#: `DEPTH_REPO = "org/Depth-Anything-V2-Large"`: a repo constant, which may as well be a GitHub
#: repository: only model-like names count.
REPO_NAME = Hint(Kind.MODEL, modelish=True)
_MODEL_VIA_PARENT = Hint(Kind.MODEL, via_parent=True)
#: An Ollama library name with its version, perhaps a tag: `llama3.2`, `qwen2.5:7b`.
_VERSIONED_LIBRARY = _lazyre.compile(r"[a-z]+\d+(?:\.\d+)?(?::[\w.-]+)?")
#: A `name:tag` token standing alone in text (not part of a path, URL or longer word).
#: (a sentence's colon may follow it, `the model deepseek-r1:1.5b:`; it does not end inside a
#: tag's `1.5b`)
TAG_TOKEN = _lazyre.compile(r"(?<![\w./:@-])(?P<tag>[a-z][\w.-]*:[\w.-]*\w)(?![\w/@-]|:[^\s]|\.\w)")
#: A release's date at the end of a name: `claude-sonnet-4-20250514`, `gpt-4o-2024-08-06`.
DATED_NAME = _lazyre.compile(r"-20\d\d-?[01]\d-?[0-3]\d$")
#: litellm's `litellm_params: {model: cerebras/llama3.3-70b}`: a provider prefix, then its name.
LITELLM = Hint(Kind.MODEL, strong=True, table="litellm")


@dataclass(frozen=True, slots=True)
class Value:
    """A classified value: what it refers to."""

    kind: Kind
    identifier: str
    revision: str | None = None


#: Words for fragments that names are matched against, not names: `MODEL_KEYWORDS = ["claude",
#: "mistral-large"]`, `OLLAMA_PATTERNS = ["qwen", "llama", "phi"]`, `MODEL_PREFIXES`.
_FRAGMENT_WORDS = frozenset({"pattern", "patterns", "prefix", "prefixes", "keyword", "keywords"})
_NEG_PARTS = (
    "dir",
    "output",
    "save",
    "cache",
    "log",
    "type",
    "types",  # `SUPPORTED_MODEL_TYPES = ['opus', 'opus-big', 'nllb']`: kinds, not names
    "kind",
    "class",
    "family",  # `model_family: Opus`: which kind of model, not which model
    "registered",  # MLflow's `registered_model_name="gpt2"`: the name it registers a run under
    "abbr",  # OpenCompass's `abbr='qwq-32b-preview-vllm'`: the label results are filed under
    "task",
    "dtype",
    "device",
    "revision",
    "version",
    "format",
    "api_key",
    "apikey",
    "secret",
    "password",
    "file",
    "ext",
    "suffix",
    "suffixes",
    *_FRAGMENT_WORDS,
    "template",
    "arch",
    "docker",
    "local",
    "tmp",
    "temp",
    "hub_model_id",
    "push",
    "served",
    "alias",
    "display",
    "provider",
    "kwargs",
    "family",
    "url",
    "host",
    "port",
    "max",
    "num",
    "size",
    "count",
    "parallel",
    "precision",
    "quant",
    "loader",
    "mode",
    "filename",
    "filepath",
    "files",
    "description",
    "templates",
    "quantization",
    "quantize",
    "revisions",
    "versions",
    "formats",
    "destination",
    "username",
    "github",
    "gh",
    "saved",
    "logs",
    "outputs",
    "out",
    "license",
    "org",
    "owner",
    "author",
    "user",
    "export",
    "upload",
    "target_repo",
    "dest",
    "new_model",
    "merged",
    "card",
    "desc",
    "kaggle",  # `kaggle_dataset_id`, `download_kaggle_dataset(...)`: Kaggle's ids, not the Hub's
    "modelscope",
)
_POS_MODEL = _lazyre.compile(
    r"model(?!_?context_?protocol)|ckpt|checkpoint|repo_?id|(?:hf|hub|huggingface|hugging_face)_repo|hub_id|hf_id|hf_name|huggingface_id|"
    r"tokeni[sz]er|"
    r"processor|feature_extractor|embed|encoder|llm|rerank|ranker|pretrain(?!ing)|policy|teacher|student|adapter|"
    r"(?<!xp)(?<!co)(?<!f)lora|vae|unet|controlnet|backbone|weights|generator|retriever|classifier|name_or_path|"
    r"transformer|sentence|whisper|clip|judge|vocoder"
    r"|(?:^|_)deployment(?:_name|_id)?$"  # Azure OpenAI deployments are named after models
    r"|(?:^|_)(?:lm|vlm|vla|mllm|mdl|vision_tower|text_encoder|decoder)"
    r"(?:_name|_path|_id|_name_or_path)?$"  # (GLiNER's `labels_decoder='gpt2'`)
)
_POS_DATASET = _lazyre.compile(
    r"dataset|corpus|benchmark|eval_sets?$|(?:^|_)(?:data|ds)_(?:name|id|repo|repo_id|path|name_or_path)$"
    r"|(?:^|_)data$"
    # a split's set: `train_set_path: str = field(default="DKYoon/metamath-200k")`
    r"|^(?:train|eval|val|valid)_sets?(?:_(?:name|id|path|name_or_path))?$"
)


_NEG_SET = frozenset(_NEG_PARTS)
_NEG_MULTI = ("hub_model_id", "api_key", "target_repo", "new_model", "path_in_repo", "name_or_path")


def _is_negative(n: str) -> bool:
    """`n` (normalised) names a non-reference: matched on `_`-separated words, so that
    `next_public_default_model` is not an `ext`ension."""
    if n.endswith("name_or_path") and "output" not in n:
        return False
    if any(p in n for p in _NEG_MULTI[:-1]):
        return True
    if n.endswith(("_root", "_roots")):
        return True  # `DATASET_ROOT="HumanEval/data"`: where files live
    words = set(n.split("_"))
    if "registry" in words and "model" not in n and "dataset" not in n:
        return True  # a Docker registry; `MODEL_REGISTRY`, `DATASET_REGISTRY` are tables
    if "task" in words and n.endswith(("_model", "_model_id", "_model_name", "_llm")):
        words.discard("task")  # chat-ui `TASK_MODEL`: the model that runs tasks
    if n in ("model_card", "model_card_id", "model_card_name"):
        words.discard("card")  # SummaC's `"model_card": "tals/albert-base-vitaminc-mnli"`
    if "upload" in words and n.endswith(("_llm", "_llm_model", "_embedding_model")):
        words.discard("upload")  # `DOC_UPLOAD_LLM_MODEL`: the model that reads uploads
    if "local" in words and n.endswith(("_model_id", "_model_name", "_llm", "_llm_model")):
        words.discard("local")  # `LOCAL_MODEL_NAME=llama3.1:8b`: the model a local server runs
    if "cache" in words and n.endswith(("_model", "_model_id", "_model_name")):
        # `SEMANTIC_CACHE_MODEL`, `CACHE_AXIS_MODEL`: a model (the cache's), not a cache dir
        words.discard("cache")
        if not _NEG_SET.isdisjoint(words):
            return True
        return any(w.endswith(("dir", "dirs", "path_out", "modelfile")) for w in words)
    return not _NEG_SET.isdisjoint(words) or any(
        w.endswith(("dir", "dirs", "cache", "path_out", "modelfile")) and w not in ("hf_path",)
        for w in words
    )


def _norm_name(name: str) -> str:
    n = name.strip().strip("\"'`$@{}-").lower().replace("-", "_").replace(".", "_")
    return n.rsplit("__", 1)[-1]


#: Keys that name an id only through their parent (`model: {name: ...}`, `datasets: [{path: ...}]`).
GENERIC_CHILD = frozenset(
    {
        "name",
        "path",
        "id",
        "repo",
        "repo_id",
        "name_or_path",
        "value",
        "uri",
        "source",
        "hf_id",
        "hub_id",
        "pretrained",
        "hf_path",
        "hf_name",
        "default",
        "identifier",
        "checkpoint",
    }
)


#: Generic keys that, under a model-ish parent, often hold a display name or gateway alias.
_ALIAS_KEYS = frozenset({"name", "id", "identifier", "alias", "title"})

#: Split names under a dataset parent: each names the datasets of that split.
_SPLIT_KEYS = frozenset(
    {"train", "eval", "test", "val", "valid", "validation", "dev", "train_eval", "calibration"}
)

_ID_KEYS = frozenset(
    {"hub_id", "repo_id", "hf_id", "hf_repo", "hub_repo", "repoid", "id", "name", "path", "repo",
     # `dataset: {hf_name: org/x, split_train: train}`
     "hf_name", "hf_path", "hub_name", "hub_path", "name_or_path"}
)  # fmt: skip


def child_hint(key: str | None, parent: str | None) -> Hint | None:
    """The hint for `key`'s value, inheriting the parent key's when `key` is generic."""
    own = name_hint(key) if key else None
    if parent is None:
        return own
    if key is not None and _norm_name(key) == "model_name" and _norm_name(parent) == "model_list":
        return None  # litellm proxy: `model_name` is the alias clients call; `model:` is the model
    if key is not None and _norm_name(key) == "model" and _norm_name(parent) == "litellm_params":
        return LITELLM
    if own is not None:
        if own.kind is Kind.MODEL and key is not None and _norm_name(key) in _ID_KEYS:
            up = name_hint(parent)
            if up is not None and up.kind is not Kind.MODEL:
                return up
        return own
    if key is not None and _norm_name(key) == "path" and _norm_name(parent) == "hf_args":
        return DATASET_NAME  # open-unlearning's `hf_args: {path: org/x, split: forget}`
    if key is not None and _norm_name(key) == "id" and _norm_name(parent) == "data":
        return WEAK  # an OpenAI-style listing, `{"data": [{"id": "org/x", "object": "model"}]}`
    if key is None or _norm_name(key) in GENERIC_CHILD:
        up = name_hint(parent)
        if up is MODEL_NAME and key is not None and _norm_name(key) in _ALIAS_KEYS:
            return _MODEL_VIA_PARENT
        if up is None and key is not None and _norm_name(key) == "repo":
            return REPO_NAME  # `variants: {tiny: {repo: org/x-tiny}}`: model-like names only
        return up
    up = name_hint(parent)
    if up in (MODEL_NAME, REPO_NAME) and not negative_name(key):
        # `llm: {router: gpt-4o-mini, fallback: org/name}`; `HF_TO_GGUF_REPO = {"Qwen2-0.5B":
        # "org/Qwen2.5-0.5B-Instruct.GGUF"}` (model-like names only)
        return up
    if up is DATASET_NAME and _norm_name(key) in _SPLIT_KEYS:
        return up  # `datasets: {train: [org/a], eval: org/b}`
    return None


_SPECIAL_NAMES: dict[str, Hint | None] = {
    # nanoGPT's `init_from = 'gpt2-xl'` ('scratch' or 'resume' otherwise)
    "init_from": MODEL_NAME,
    # fastembed `ModelSource(hf="Qdrant/x")`, `hf_repo=...`
    "hf": MODEL_NAME,
    # litellm's and opencode's `fallbacks: ["openrouter/deepseek/deepseek-v4-flash"]`
    "fallbacks": MODEL_NAME,
    "model_version": MODEL_NAME,  # diffusionkit's `model_version="argmaxinc/mlx-FLUX.1-dev"`
    "huggingface": MODEL_NAME,  # `{"owner": "BlinkDL", "huggingface": "RWKV/rwkv-4-pile-7b"}`
    "preload_from_hub": MODEL_NAME,  # Spaces README metadata
    "duplicated_from": SPACE_NAME,  # a Space's front matter: the Space it was copied from
    "engine": MODEL_NAME,  # the OpenAI SDK's old name for `model`
    "widgets_values": MODEL_NAME,  # ComfyUI workflow JSON: a node's inputs (HF loader nodes)
    # verl / EasyR1 `data.train_files=hiyouga/math12k@train`: a Hub dataset (and its split) or
    # parquet files (whose extension says they are local)
    # the Hub's leaderboard template (`src/envs.py`): the Space keeps its queue and results in
    # dataset repositories
    "queue_repo": DATASET_NAME,
    "results_repo": DATASET_NAME,
    "requests_repo": DATASET_NAME,
    "dynamic_info_repo": DATASET_NAME,
    "private_queue_repo": DATASET_NAME,
    "private_results_repo": DATASET_NAME,
    "contents_repo": DATASET_NAME,
    "train_files": DATASET_NAME,
    "val_files": DATASET_NAME,
    "test_files": DATASET_NAME,
    **dict.fromkeys(
        (
            "openai",
            "anthropic",
            "google",
            "gemini",
            "mistral",
            "cohere",
            "groq",
            "xai",
            "deepseek",
            "azure",
            "bedrock",
            "vertex",
            "vertex_ai",
            "together",
            "fireworks",
        ),
        MODEL_NAME,
    ),
    "hf_hub_url": DATASET_NAME,  # LLaMA-Factory dataset_info.json
    "ms_hub_url": None,
    # GGUF metadata: `"tokenizer.ggml.model": "gpt2"` names a tokenizer type, not a model
    "tokenizer_ggml_model": None,
    "om_hub_url": None,
    "ollama_host": None,
    "ollama_base_url": None,
}


def distinctive_api_name(value: str) -> bool:
    """A hosted-API name distinctive enough to be a model wherever it is passed to a call
    (`Anthropic(name="claude-2.1")`, `env.AI.run("@cf/meta/llama-3-8b-instruct")`): a dash and
    a digit or a path, and a name of a known API (`gpt-4o`, not `claude` or `llama3`)."""
    return (
        "-" in value
        # (`chatgpt-image-latest`: ChatGPT's names say what they are without a digit)
        and (any(c.isdigit() for c in value) or "/" in value or value.startswith("chatgpt-"))
        and classify_service(value) is not None
    )


#: First-party API families whose names are never anything else (unlike `jina-embeddings-v3`
#: or `databricks-dolly-15k`, which are also Hub repos and datasets).
_FIRST_PARTY = (
    "gpt-", "chatgpt-", "o1-", "o3-", "o4-", "text-embedding-", "claude-", "gemini-", "grok-",
    "voyage-", "command-r", "command-a-", "tts-1", "whisper-1", "dall-e-",
)  # fmt: skip


#: A family, not a model an API serves under that name (`gpt-3.5`, `claude-3`, `gemini-1.5`).
API_FAMILY_ONLY = _lazyre.compile(r"(?:gpt-3(?:\.5)?|claude-\d(?:\.\d)?|gemini-\d(?:\.\d)?)")


def first_party_api_name(value: str) -> bool:
    """`claude-3-7-sonnet-latest`, `gpt-4o-mini`: a bare name of a first-party hosted API,
    distinctive under any name it is given."""
    return (
        value.lower().startswith(_FIRST_PARTY)
        and "/" not in value
        and ":" not in value
        and distinctive_api_name(value)
    )


def versioned_api_name(value: str) -> str | None:
    """The service `value` names when it is a first-party API's versioned name (`gpt-5.2`,
    `gemini-2.5-flash-image`), not a family's (`gpt-3.5`); None otherwise."""
    if (
        first_party_api_name(value)
        and any(c.isdigit() for c in value)
        and API_FAMILY_ONLY.fullmatch(value) is None
    ):
        return classify_service(value)
    return None


def is_negative_key(name: str) -> bool:
    """A key whose words say its value is not a reference (`model_family`, `local_path`,
    `provider`), where `name` or `repo` alone say nothing."""
    return _is_negative(_norm_name(name))


def negative_name(name: str) -> bool:
    """A name that says its value is not a reference (an output dir, a Docker image...)."""
    n = _norm_name(name)
    if n in (
        "uses",
        "image",
        "run_name",
        "wandb_project",
        "project",
        "name",
        "repo",
        "repository",
        "homepage",
        "url",
        "author",
        "license",
        "description",
        "keywords",  # a package's keywords (`"gpt-4", "llm"`): topics, not uses
        "tags",
        "topics",
        "title",
        "version",
        "id",
        "category",  # a ComfyUI node's menu path (`CATEGORY = "MFlux/Air"`)
    ):
        return True
    # `base_image`, `image_gpu`, `image_tag`: a container image
    return n.endswith("_image") or n.startswith("image_") or _is_negative(n)


#: Words that make a whole dotted key an output (`push.model`, `output.model`).
_OUTPUT_WORDS = frozenset(
    {"output", "outputs", "out", "save", "saved", "push", "export", "upload", "dest", "merged"}
)


def priority(hint: Hint) -> int:
    """Which hint wins when one literal is reached in several ways."""
    return 0 if hint.weak else 2 if hint.strong else 1


_CAMEL = _lazyre.compile(r"(?<=[a-z0-9])(?=[A-Z])|[.-]")
_OLLAMA_SETTING_WORDS = frozenset(
    {
        "url", "host", "port", "dir", "endpoint", "base", "api", "max", "num", "loaded", "keep",
        "alive", "parallel", "origins", "debug", "flash", "attention", "context", "length",
        "timeout", "queue", "gpu", "threads", "overhead", "sched", "noprune", "kv", "cache",
        "version", "image", "container", "volume", "home", "path", "file", "files", "binary",
        "bin", "arch", "platform", "release", "install", "installer", "think", "effort",
        "reasoning", "service", "status", "state", "agents", "package", "packages",
    }
)  # fmt: skip
#: ... and words that say so unless the name also says model (`ollama_config` is a dict of client
#: settings; `OLLAMA_CLIENT_MODEL` is still a model).
_OLLAMA_OBJECT_WORDS = frozenset(
    {
        "config", "configuration", "options", "settings", "client", "enabled", "enable", "server",
        # what a call sends and gets back: `OLLAMA_MESSAGE = {"role": "user", ...}`
        "message", "messages", "msg", "response", "resp", "request", "req", "payload", "prompt",
        "result", "output", "error", "status", "headers", "data",
    }
)  # fmt: skip


#: A setting named for an architecture: `bart_version`, `t5_name`, `clip_path`.
_ARCH_SETTING = _lazyre.compile(
    r"(?:m?bert|roberta|deberta|m?bart|m?t5|gpt2?|llama|clip|vit|whisper|wav2vec2?|"
    r"electra|xlnet|bloom|opt|mistral|qwen|gemma|phi)_(?:version|name|path|type|id|checkpoint)"
)


@lru_cache(maxsize=8192)
def name_hint(name: str) -> Hint | None:
    """The hint a variable, key, keyword, flag or environment variable name gives its value."""
    n = _norm_name(name)
    if not n or len(n) > 80:
        return None
    if n in _SPECIAL_NAMES:
        return _SPECIAL_NAMES[n]
    tail = name.strip().rpartition(".")[2].lower()
    if tail != n and tail in _FILES_KEYS:
        return _SPECIAL_NAMES[tail]  # a Hydra override: `data.train_files=org/x`
    if n in ("image", "base_image", "container_image") or n.endswith("_image"):
        return None
    if n in ("space", "space_id", "hf_space", "space_name", "space_repo"):
        return SPACE_NAME
    if "ollama" in n:
        # `OLLAMA_MODEL`, `ollama_embed_model`, `ollama`; not the server's own settings
        # (`OLLAMA_KEEP_ALIVE`, `OLLAMA_MAX_LOADED_MODELS`, `OLLAMA_MODELS` is a directory)
        # camelCase splits too: `ollamaHost`, `ollamaBaseUrl`
        words = set(_CAMEL.sub("_", name.strip().strip("\"'`$@{}-")).lower().split("_"))
        words |= set(n.split("_"))
        if not words.isdisjoint(_OLLAMA_SETTING_WORDS) or not words.isdisjoint(_FRAGMENT_WORDS):
            return None  # (`OLLAMA_PATTERNS = ["qwen", "llama"]`: fragments to match names by)
        if not words.isdisjoint(_OLLAMA_OBJECT_WORDS) and not any("model" in w for w in words):
            return None
        return OLLAMA
    if "token" in n and "tokeni" not in n:
        return None
    if _ARCH_SETTING.fullmatch(n):
        return REPO_NAME  # `bart_version: "facebook/mbart-large-50"`, `clip_version = "openai/x"`
    if n == "dataset_url":
        # `dataset_url="pietrolesci/finewebedu-20B"`: where the Hub serves it, as an id (a URL
        # under the name is read as the URL it is; Roboflow's `model_url` is its own project)
        return DATASET_NAME
    # `model_name_or_path`, `pretrained_model_name_or_path` stay positive
    if _is_negative(n):
        head, dot, last = name.strip().rpartition(".")
        if (
            dot
            and head
            and last
            and not _is_negative(_norm_name(last))
            and _OUTPUT_WORDS.isdisjoint(_norm_name(head).split("_"))
        ):
            # a dotted settings key (`github.copilot.chat.models`): the last part says what
            # the value is, the earlier ones only where the setting lives
            return name_hint(last)
        return None
    if (n == "config_name" or n.endswith("_config_name")) and "dataset" not in n:
        return MODEL_NAME  # transformers' `--config_name`: a model id whose config is used
    if "dataset" in n and n.endswith(("_config_name", "_config", "_subset", "_split", "_splits")):
        return None  # `dataset_config_name = "sst2"`: a configuration of a dataset, not one
    if _POS_DATASET.search(n) and "model" not in n:
        last = n.rpartition("_")[2]
        if last != n and _POS_MODEL.search(last) and not _POS_DATASET.search(last):
            return MODEL_NAME  # `benchmark_judge`, `corpus_encoder`: the last word says what
        return DATASET_NAME
    if _POS_MODEL.search(n):
        return MODEL_NAME
    if n.endswith("_repo") and not negative_name(n):
        return REPO_NAME
    return None


# --- local paths and look-alikes -------------------------------------------------------------

_FILE_EXT = _lazyre.compile(
    r"\.(?:py|pyc|json|jsonl|ya?ml|toml|txt|csv|tsv|parquet|arrow|bin|pt|pth|ckpt|safetensors|"
    r"gguf|ggml|ggu|onnx|h5|hdf5|keras|pkl|pickle|npy|npz|zip|tar|gz|tgz|bz2|xz|zst|msgpack|"
    r"tflite|pb|sft|mlmodel|mlpackage|engine|plan|trt|md|html?|png|jpe?g|gif|svg|webp|wav|mp3|flac|"
    r"mp4|sh|log|ini|cfg|conf|xml|db|sqlite|lock|whl|so|dll|exe|jar|ipynb|js|ts|spm|vocab|"
    r"tiktoken|params|sav|joblib|ot|mar|nemo|tsv|xlsx?|pdf|docx?|model|nc|nc4|grib2?|tiff?|nii|"
    # source and templates of other languages (`"policy_uri": "permissions/tool_permissions.rego"`)
    r"rego|sql|rs|java|kt|rb|php|s?css|tsx|jsx|mjs|cjs|vue|proto|tf|hcl|j2|jinja2?|tpl|ps1|bat|"
    r"tex|bib|pem|crt|wasm|lua|"
    r"stp|step|stl|glb|gltf|fbx|kicad_\w+)$"  # 3D models and CAD parts: `lib.3dshapes/X123.stp`
    r"|\.ckpt-\d+$",  # a TensorFlow checkpoint's prefix, `model.ckpt-4780000`
    re.IGNORECASE,
)
#: How a folder of weights ends its name (`embedding_model/`, `llm_ckpts/`).
_DIR_WORDS = ("_model", "_models", "_ckpt", "_ckpts", "_checkpoints", "_weights")
_DIRISH = frozenset(
    {
        "data-bin",  # fairseq's binarised data: `fairseq-train data-bin/wikitext-103`
        "val",  # a split's folder, like `train` and `valid` below: lpips' `val/cnn`
        "checkpoints",
        "checkpoint",
        "tokenizers",  # a project's own trained tokenizers: `tokenizers/hello-agent-16k`
        "ckpt",
        "ckpts",
        "users",  # a store's own key space: `create_memory(space="users/user-001")`
        "pipelines",  # a project's folders of them: `| \`pipelines/resnet50\` | timm ... |`
        "merged",  # a merge's output: `streamft serve --model merged/q05_cpu`
        "release",  # a build's output: `CKPT="${CKPT:-release/LibreHPS-4B}"`
        "releases",
        "work_dirs",  # MMEngine's and OpenMMLab's runs: `work_dirs/MedM-VL-2D-3B-en`
        "work_dir",
        "outputs",
        "output",
        "out",
        "models",
        "model",
        "data",
        "datasets",
        "dataset",
        "runs",
        "run",
        "logs",
        "log",
        "weights",
        "results",
        "result",
        "saved",
        "saved_models",
        "save",
        "tmp",
        "temp",
        "cache",
        "experiments",
        "experiment",
        "exp",
        "exps",
        "artifacts",
        "artifact",
        "pretrained",
        "pretrained_models",
        "src",
        "lib",
        "assets",
        "configs",
        "config",
        "scripts",
        "tests",
        "test",
        "docs",
        "build",
        "dist",
        "static",
        "images",
        "img",
        "media",
        "resources",
        "resource",
        "data_dir",
        "model_dir",
        "models_dir",
        "ckpt_dir",
        "local",
        "home",
        "mnt",
        "workspace",
        "work",
        "root",
        "usr",
        "var",
        "opt",
        "storage",
        "export",
        "exports",
        "trained",
        "finetuned",
        "fine_tuned",
        "ft",
        "adapters",
        "downloads",
        "volumes",
        "content",
        "drive",
        "app",
        "api",
        "v1",
        "v2",
        "v3",
        "train",
        "eval",
        "valid",
        "validation",
        "raw",
        "processed",
        "input",
        "inputs",
        "my_model",
        "path",
        "dir",
        "folder",
        "application",
        "text",
        "image",
        "audio",
        "video",
        "multipart",
        "message",
        "font",
        "example",
        "chemical",
        "origin",
        "upstream",
        "refs",
        "heads",
        "http",
        "https",
        "true",
        "false",
        "none",
        "null",
        "and",
        "or",
        "tcp",
        "udp",
        "utf",
        "x",
        "n",
        "y",
        "s",
        "w",
        "b",
        "r",
    }
)
_RUN_NAME = _lazyre.compile(
    r"(?:checkpoint|ckpt|epoch|step|global_step|iter|run)[-_]?\d+|best|last|final|latest|tmp|"
    r"(?:best|last|final)[-_](?:model|checkpoint|ckpt)|\d+",
    re.IGNORECASE,
)
_NUMERIC = _lazyre.compile(r"[\d.,:+-]+")
#: `org/name:<file in the repo>` (a repository and one of its files, as some loaders take them).
_REPO_FILE = _lazyre.compile(
    # (MuLan writes two colons: `mulanai/mulan-lang-adapter::sd15_512_aesthetic.pth`)
    r"([\w.-]+/[\w.-]+)::?[\w.+-]+\.(?:model|pt|pth|bin|safetensors|gguf|ckpt|onnx)"
)
_GGUF_FILE = _lazyre.compile(r"([\w.-]+/[\w.-]+-gguf)/[\w./-]+", re.IGNORECASE)
#: Owners that docs and tests write where yours goes (labelled optional or negative 300+ times
#: in the corpus and the sealed sets, positive once).
_PLACEHOLDER_OWNERS = frozenset(
    {"user", "username", "your-username", "your_username", "yourusername", "my-username",
     "my_username", "your-user", "youruser", "your-name", "your_name", "yourname", "myorg",
     "my-org", "your-org", "your_org", "yourorg", "dummy_user", "dummy-user", "my-user",
     "<user>", "<username>", "foo", "your-hf-username", "your-hf-id", "hf-user", "fake",
     "owner", "namespace", "some-org", "some-user", "some", "your", "my", "org", "organization",
     # inspect-ai's `mockllm/model`: its stand-in provider; tests' `someorg/ds`
     "mock", "mockllm", "manual", "someorg", "somebody", "someuser", "elsewhere",
     "unknown"}  # a catalogue's fallback: `f"{publisher}/{name}"` with `publisher = "unknown"`
)  # fmt: skip
_PLACEHOLDER_OWNER = _lazyre.compile(
    r"(?:my|your)[-_]?(?:user(?:name)?|org(?:anization)?|name|provider|company|team|account|"
    r"namespace|hf[-_]?(?:user(?:name)?|id|org|account)?|project|id|"
    # a stand-in for a local directory: `--model_path your_model_path/Qwen1.5-7B-Chat`,
    # `your_dir/GPT2`, `path_to/checkpoints`
    r"(?:model|data(?:set)?|local|save|base|output|ckpt|checkpoint)?[-_]?(?:path|dir|folder|root)|"
    r"models?|ckpts?|checkpoints?|outputs?)"
    r"|path[-_]?to(?:[-_][a-z]+)*"
)
_PLACEHOLDER_REPOS = frozenset(
    {"not-a-repo", "not_a_repo", "nonexistent", "non-existent", "does-not-exist",
     "repo-that-does-not-exist", "fake-repo", "dummy-repo", "example", "example-repo",
     "model", "model-name", "model_name", "model-id", "repo", "repo-name", "dataset-name",
     # a test's stand-in model: `_JUDGE = "judge/scripted"`, `"fake/stub"`
     "scripted", "stub", "stubbed", "canned"}
)  # fmt: skip
_TRANSFORMERS_CLASS = _lazyre.compile(
    r"Auto(?:Model|Tokenizer|Processor|Config|FeatureExtractor|ImageProcessor)\w*"
    r"|[A-Z]\w*For(?:CausalLM|CasualLM|Vision2Seq|Seq2SeqLM|MaskedLM|SequenceClassification|"
    r"TokenClassification|QuestionAnswering|ConditionalGeneration|ImageClassification)"
)
_PLACEHOLDER_NAME = _lazyre.compile(r"x{3,}|X{3,}")
_OPERATING_SYSTEMS = frozenset({"linux", "windows", "darwin", "freebsd", "macos"})
_ARCHITECTURES = frozenset(
    {"amd64", "arm64", "arm", "386", "x86_64", "aarch64", "ppc64le", "s390x", "riscv64", "x86"}
)
#: A collection's slug ends in its 24-hex-digit id; collections are not repositories.
_COLLECTION_SLUG = _lazyre.compile(r"-[0-9a-f]{24}$")
#: A pandas frequency alias (`15T`, `10S`, `4H`, `W-SUN`): a time-series split, not a repository.
_FREQUENCY = _lazyre.compile(r"\d+(?:T|S|H|D|W|M|Q|A|Y|min|ms|us|MS|QS|AS|YS|BH|B)|W-[A-Z]{3}")
#: The denominators of rates (`people/year`, `tokens/sec`), never a repository's name.
_PER_UNIT = frozenset(
    {"year", "years", "yr", "month", "week", "day", "days", "hour", "hours", "hr", "minute",
     "min", "second", "seconds", "sec", "ms", "person", "capita", "unit", "kg", "km"}
)  # fmt: skip
_SEMVER_NAME = _lazyre.compile(r"v?\d+(?:\.\d+)*")


#: Sub-folders of a diffusers / transformers checkpoint: `<output_dir>/unet` is a local path.
_COMPONENT_DIRS = frozenset(
    {
        "unet",
        "vae",
        "text_encoder",
        "text_encoder_2",
        "text_encoder_3",
        "tokenizer",
        "tokenizer_2",
        "tokenizer_3",
        "scheduler",
        "transformer",
        "feature_extractor",
        "safety_checker",
        "image_encoder",
        "prior",
        "decoder",
        "controlnet",
    }
)


def looks_local(value: str) -> bool:
    """A filesystem path rather than a Hub id."""
    if value.startswith(("./", "../", "/", "~", "\\", "$", "%")) or "\\" in value:
        return True
    if re.match(r"[A-Za-z]:[\\/]", value):
        return True
    if value.count("/") > 1:
        return True
    if value.endswith(".GGUF") and value.count("/") == 1:
        return False  # `medmekk/Llama-3.2-1B-Instruct.GGUF`: a repository named for its format
    return _FILE_EXT.search(value) is not None


_COMMIT_SHA = _lazyre.compile(r"[0-9a-f]{40}")
_OPEN_CLIP_ARCH = _lazyre.compile(
    r"(?:ViT|EVA\d*|coca_ViT|convnext|RN\d+(?:x\d+)?|xlm-roberta|roberta|nllb-clip|MobileCLIP)"
    r"[\w.-]*",
    re.IGNORECASE,
)
_OPEN_CLIP_TAG = _lazyre.compile(
    r"openai|laion\w*|datacomp\w*|commonpool\w*|metaclip\w*|dfn\w*|yfcc15m|cc12m|webli\w*|"
    r"merged2b\w*|frozen_laion5b\w*|mlfoundations\w*|datacompdr\w*",
    re.IGNORECASE,
)


#: Size tiers a catalogue files its entries under (`tiny/edge`, `xlarge/general`).
_SIZE_TIERS = frozenset(
    {"tiny", "small", "mid", "medium", "large", "xlarge", "huge", "xl", "xxl", "nano", "micro"}
)


#: A llama.cpp tensor type: `q4_0`, `q8_0`, `q4_k_m`, `iq4_nl`, `f16`, `bf16`.
_QUANT_TYPE = _lazyre.compile(r"(?:i?q\d(?:_[a-z0-9]+)*|f16|bf16|f32)", re.IGNORECASE)


def plausible_namespaced(ns: str, name: str) -> bool:
    low = ns.lower()
    if low in _DIRISH or _NUMERIC.fullmatch(ns) or _NUMERIC.fullmatch(name):
        return False
    if low.partition("_")[0] in ("output", "outputs", "out") and "_" in low:
        return False  # `output_data/train`, `outputs_sft/final`: what a run writes
    if low.endswith(("_outputs", "_output", "-outputs", "_runs", "_logs", "_results")):
        return False  # `train_outputs/1214_0_llama1b_ttt_lora_train`: likewise
    if low.endswith(("_datasets", "_models", "_checkpoints", "_data")):
        return False  # `evaluation_datasets/nfcorpus`: a local directory of them
    if _RUN_NAME.fullmatch(name) or (name in _COMPONENT_DIRS and low not in KNOWN_ORGS):
        return False  # `<output_dir>/unet` (diffusers writes them lower-case), not `org/ControlNet`
    if ns.isupper() and "_" in ns:  # $MODEL_DIR/foo written without the $
        return False
    if "_" in low and low.endswith(_DIR_WORDS) and low not in KNOWN_ORGS:
        return False  # `embedding_model/MiniCPM-Embedding`: a project's folder of weights
    if UUID.fullmatch(name) is not None:
        return False  # a private deployment, `watsonx/deployment/01a09ac6-1cde-7043-...`
    if len(ns) == 1 or len(name) == 1:  # `yolo_world/x`: a variant, not a repository
        return False
    if low in ("api", "v1", "v2", "chat") and name.lower() in _API_ROUTES:
        return False  # `chat/completions`, `api/generate`: an endpoint's route
    if (name.lower() in _SPLITS or _SPLIT_DIR.fullmatch(name) is not None) and ns.islower():
        # torchdistill's `cifar10/train`, LibriSpeech's `librispeech/train-other-500`: a split
        # of a local dataset
        return False
    if name.lower() in _PER_UNIT:
        return False  # a rate's unit: `"units": "people/year"`, `tokens/second`
    if _QUANT_TYPE.fullmatch(ns) is not None and _QUANT_TYPE.fullmatch(name) is not None:
        return False  # llama.cpp's KV cache types for keys and values: `q8_0/q8_0`, `f16/q4_0`
    if _FREQUENCY.fullmatch(name):  # GIFT-Eval's `Water_Quality_Darwin/15T`: a series at 15 min
        return False
    if (
        low in _PLACEHOLDER_OWNERS
        or name.lower() in _PLACEHOLDER_REPOS
        or _PLACEHOLDER_OWNER.fullmatch(low) is not None
        or _PLACEHOLDER_NAME.fullmatch(name) is not None
    ):
        # docs and tests: `username/my-space`, `myorg/dev`, `google/not-a-repo`, `llm_ckpts/xxxx`
        return False
    if low in _OPERATING_SYSTEMS and name.lower() in _ARCHITECTURES:
        return False  # a container's platform: `platform: linux/arm64`
    if low in _SIZE_TIERS and name.replace("-", "").isalpha() and name.islower():
        return False  # a catalogue's `"use_case": "tiny/edge"`, `small/fast`: a tier and a use
    if _TRANSFORMERS_CLASS.fullmatch(name) is not None:
        return False  # docling's `Transformers/AutoModelForVision2Seq`: a library's class
    if low in ("torch", "torchvision", "tfds", "wds"):
        return False  # timm's `--dataset torch/CIFAR100`, `tfds/imagenet2012`: a library's data
    if _COLLECTION_SLUG.search(name):  # `TheBloke/recent-models-64f9a55bb3115b4f513ec026`
        return False
    if _OPEN_CLIP_ARCH.fullmatch(ns) and _OPEN_CLIP_TAG.fullmatch(name):
        return False  # OpenCLIP's `ViT-L-14/openai`: an architecture and its pretrained tag
    if _COMMIT_SHA.fullmatch(name):  # a mirror's `vip-llava-13b/4b1ca568cb...`: name/commit
        return False
    if _API_MODEL_NS.fullmatch(low):  # `gpt-5/key1`, `gpt-4o/results`: a hosted model's things
        return False
    if _DOMAIN_NS.fullmatch(low):  # `serving.ckodex.com/v1`: a host and a path
        return False
    if f"{low}/{name.lower()}" in _SOFTWARE_REPOS:  # a workflow's `VLLM_REPO: vllm-project/vllm`
        return False
    if LETTERED_MODEL.fullmatch(name) and is_provider_prefix(low):
        return False  # a test's `github_copilot/model-a`: a provider's stand-in model
    if _NUMBERED_DIR.fullmatch(low):  # `set_1/T4P`, `fold_0/best`, `run_2/ckpt`: a numbered folder
        return False
    if low in _VARIANT_WORDS and name.lower() in _VARIANT_WORDS:
        return False  # `Pick **instruct/chat** variants`, `fp16/bf16`: two kinds of checkpoint
    return not (_SEMVER_NAME.fullmatch(name) and len(ns) <= 3)


#: The inference and training software's own GitHub repositories, never Hub repositories
#: (`ggerganov/whisper.cpp` is also a Hub model: not here).
_SOFTWARE_REPOS = frozenset(
    {"vllm-project/vllm", "ggerganov/llama.cpp", "ggml-org/llama.cpp", "ollama/ollama",
     "huggingface/transformers", "huggingface/text-generation-inference", "huggingface/trl",
     "huggingface/peft", "huggingface/diffusers", "huggingface/accelerate", "sgl-project/sglang",
     "nvidia/tensorrt-llm", "microsoft/deepspeed", "abetlen/llama-cpp-python", "lm-sys/fastchat",
     "hiyouga/llama-factory", "unslothai/unsloth", "eleutherai/lm-evaluation-harness",
     "mlc-ai/mlc-llm", "ray-project/ray", "langchain-ai/langchain", "run-llama/llama_index",
     "systran/faster-whisper", "m-bain/whisperx", "openai/whisper"}
)  # fmt: skip
_NUMBERED_DIR = _lazyre.compile(r"[a-z]+_\d+")
_DOMAIN_NS = _lazyre.compile(r"[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|io|ai|dev|cloud|co|app)")
_API_MODEL_NS = _lazyre.compile(
    r"(?:gpt-\d|o[134]-|claude-\d|claude-(?:opus|sonnet|haiku)-|gemini-\d)[\w.-]*|o[134]"
)
_OLLAMA_HF = _lazyre.compile(
    r"(?:https?://)?(?:hf\.co|huggingface\.co)/[\w.-]+/[\w.-]+:[\w.-]+", re.ASCII | re.IGNORECASE
)
_HF_HUB_PREFIX = _lazyre.compile(r"(?:hf[-_]hub:)", re.IGNORECASE)
#: Words naming a kind of checkpoint, written in pairs for either (`instruct/chat`).
_VARIANT_WORDS = frozenset(
    {"instruct", "chat", "base", "it", "sft", "dpo", "rlhf", "code", "coder", "vision", "text",
     "fp16", "bf16", "fp32", "fp8", "int8", "int4", "gguf", "awq", "gptq", "exl2", "mlx"}
)  # fmt: skip
_GENERIC_WORDS = frozenset(
    {
        "unknown",
        "train",
        "test",
        "validation",
        "data",
        "dataset",
        "datasets",
        "default",
        "local",
        "none",
        "custom",
        "my_dataset",
        "dummy",
        "example",
        "main",
        "all",
        "auto",
        "true",
        "false",
    }
)


_FILES_KEYS = frozenset({"train_files", "val_files", "test_files"})
#: A repository's name that says it holds data: `autogluon/chronos_datasets`, and the words that
#: end the names of preference and conversation sets (`argilla/distilabel-intel-orca-dpo-pairs`,
#: `HuggingFaceH4/ultrafeedback_binarized`); no model is named so.
_DATASET_REPO = _lazyre.compile(
    r"(?:^|[-_.])datasets?(?:$|[-_.])"
    r"|[-_](?:pairs|preferences|binarized|conversations|dialogues|corpus)$",
    re.IGNORECASE,
)
_GPT_OSS = _lazyre.compile(r"gpt-oss-\d+b")
_TASK_PREFIX = _lazyre.compile(
    r"(?:sft|dpo|orpo|kto|simpo|cpo|ppo|grpo|rm|pt|pretrain|chat):(?!//)", re.I
)
#: OptiLLM's inference approaches, written before the provider: `moa-openai/gpt-4o-mini`.
_OPTILLM_APPROACHES = frozenset(
    {"moa", "bon", "mcts", "plansearch", "plansearchtrio", "leap", "re2", "cot_reflection",
     "self_consistency", "rto", "z3", "pvg", "rstar", "cepo", "mars", "thinkdeeper"}
)  # fmt: skip
_LMS_NAME = _lazyre.compile(
    r"[a-z][a-z0-9]*(?:[.-][a-z0-9]+)*-[a-z0-9.-]*\d[a-z0-9.-]*|[a-z]+\d[\w.-]*"
)
_SAM2_SHORT = _lazyre.compile(r"sam2(?:\.1)?-hiera-(?:tiny|small|base-plus|large)", re.IGNORECASE)
_MLC_NAME = _lazyre.compile(r"([A-Za-z][\w.-]*-q\d+f\d+(?:_\d)?-MLC)(?:-\d+k)?")
_API_ROUTES = frozenset({"completions", "generate", "embeddings", "chat", "responses", "embed"})
_CLAUDE_ALIASES = frozenset({"opus", "sonnet", "haiku"})
_LEADERBOARD = _lazyre.compile(r"leaderboard|(?:^|[-_])arena(?:$|[-_])", re.IGNORECASE)
_LEADERBOARD_DATA = _lazyre.compile(
    r"result|request|detail|data|eval|vote|log|queue", re.IGNORECASE
)
_SPLITS = frozenset({"train", "test", "validation", "val", "dev", "eval"})
#: A speech corpus's split directories: `train-clean-100`, `dev-other`, `test-clean`.
_SPLIT_DIR = _lazyre.compile(r"(?:train|dev|test)-(?:clean|other)(?:-\d+)?")
_QUANT_SUFFIX = _lazyre.compile(r":(?:(?:UD|ud)-)?(?:I?Q\d[\w]*|[BF]F?16|F32|[Qq]\d_[\w]+)$")

#: Organisations whose namespaced ids are model or dataset references even without context.
KNOWN_ORGS = frozenset(
    o.lower()
    for o in (  # noqa: SIM905
        "01-ai ai21labs albert Alibaba-NLP allenai amd answerdotai apple argilla BAAI "
        "baichuan-inc bartowski bigcode bigscience black-forest-labs ByteDance cardiffnlp "
        "cerebras codellama cognitivecomputations CohereForAI CohereLabs CompVis coqui "
        "cross-encoder databricks deepseek-ai deepset distil-whisper distilbert dmis-lab dslim "
        "EleutherAI emilyalsentzer facebook FacebookAI fishaudio genmo ggml-org google "
        "google-bert google-t5 granite h94 Helsinki-NLP hexgrad HuggingFaceFW HuggingFaceH4 "
        "HuggingFaceM4 HuggingFaceTB ibm-granite internlm intfloat j-hartmann jhu-clsp jinaai "
        "kyutai laion Lightricks LiquidAI llava-hf lllyasviel lmstudio-community lmsys "
        "madebyollin meta-llama microsoft MiniMaxAI mistralai mixedbread-ai mlx-community "
        "moonshotai mosaicml mozilla-foundation naver ncbi neuralmagic nlptown nomic-ai "
        "NousResearch nvidia nyu-mll onnx-community Open-Orca openai openai-community "
        "openbmb openchat openslr Orca parler-tts playgroundai princeton-nlp ProsusAI pyannote "
        "Qwen rajpurkar RedHatAI rednote-hilab runwayml Salesforce SamLowe "
        "sentence-transformers ServiceNow-AI Snowflake speechbrain stabilityai stanfordnlp "
        "state-spaces stepfun-ai suno Systran tatsu-lab teknium tencent Tencent-Hunyuan "
        "TheBloke thenlper THUDM tiiuae timm TinyLlama togethercomputer unsloth upstage vidore "
        "Wan-AI wikimedia WizardLMTeam xai-org Xenova yiyanghkust zai-org "
        "amazon autogluon colbert-ir dbmdz ibm-research Skywork Intel OpenAssistant "
        # quantizers, fine-tuners and mergers whose repositories are everywhere in scripts
        "mradermacher QuantFactory MaziyarPanahi second-state casperhansen TechxGenus turboderp "
        "LoneStriker huihui-ai mlabonne failspy abacusai arcee-ai Gryphe jondurbin ehartford "
        "Sao10K TheDrummer anthracite-org Undi95 h2oai berkeley-nest garage-bAInd Muennighoff "
        # language-specific model makers (Korean, Japanese, Russian, Vietnamese, Indonesian,
        # Catalan, Portuguese)
        "skt jhgan line-corporation IlyaGusev VietAI indobenchmark cahya indolem kakaocorp "
        "nlpai-lab projecte-aina pkshatech lvwerra "
        # image, video and audio model makers
        "Comfy-Org lightx2v Kwai-Kolors hunyuanvideo-community Efficient-Large-Model PixArt-alpha "
        "SG161222 Lykon stablediffusionapi xinsir guoyww ali-vilab damo-vilab cerspense rhymes-ai "
        "Shakker-Labs XLabs-AI InstantX city96 Kijai ostris HiDream-ai Alpha-VLLM briaai "
        "ZhengPeng7 hustvl IDEA-Research depth-anything LiheYoung ResembleAI nari-labs sesame "
        "canopylabs SWivid 2Noise myshell-ai rhasspy lerobot "
        # labs and companies
        "baidu ByteDance-Seed XiaomiMiMo inclusionAI infly Nanbeige IDEA-CCNL fnlp m-a-p Phind "
        "replit gorilla-llm Nexusflow NexaAIDev OpenGVLab lmms-lab liuhaotian vikhyatk "
        "huggyllama openlm-research stanford-crfm CarperAI WhereIsAI dunzhang Linq-AI-Research "
        "GritLM McGill-NLP hkunlp castorini mteb trl-lib ybelkada nielsr keras-io "
        # language-specific model makers
        "yanolja beomi kakaobrain LGAI-EXAONE naver-clova-ix rinna cyberagent elyza llm-jp "
        "tokyotech-llm sbintuitions pfnet SakanaAI cl-tohoku tohoku-nlp sarvamai ai4bharat "
        "ai-forever sberbank-ai DeepPavlov cointegrated uer hfl ckiplab shibing624 nghuyong "
        "csebuetnlp finiteautomata Davlan flair GroNLP KBLab NbAiLab TurkuNLP aubmindlab "
        "CAMeL-Lab UBC-NLP HooshvareLab klue snunlp monologg dccuchile PlanTL-GOB-ES "
        "neuralmind almanach vinai BelleGroup FlagAlpha Linly-AI OpenBuddy moka-ai "
        # science: proteins, genomes, molecules, cells, weather and time series
        "InstaDeepAI Rostlab LongSafari zhihan1996 ctheodoris ibm-nasa-geospatial nferruz "
        "seyonec DeepChem westlake-repl EvolutionaryScale arcinstitute chandar-lab "
        "AutonLab thuml Maple728 Prior-Labs "
        # dataset publishers
        "cais TIGER-Lab lighteval codeparrot Anthropic gretelai google-research-datasets "
        "abisee EdinburghNLP knkarthick PolyAI speechcolab MLCommons fixie-ai "
        # publishers and fine-tuners met again and again in labelled code: test checkpoints,
        # retrieval and embedding makers, research groups' releases
        "hf-internal-testing sshleifer mrm8488 Qdrant mlc-ai WizardLM nlpconnect "
        "openvla lambdalabs stable-diffusion-v1-5 lightonai minishlab prithivida open-r1 "
        "timdettmers nlpaueb meta-math hugging-quants "
        "textattack SetFit jonatasgrosman philschmid Tevatron "
        "open-thoughts latent-consistency kandinsky-community segmind unitary Tongyi-MAI "
        "bkai-foundation-models vectara llamafactory litert-community "
        "simplescaling math-ai nateraw "
    ).split()
)
_MODELISH_NAME = _lazyre.compile(
    r"\d|(?:^|[-_.])(?:base|large|small|tiny|mini|medium|xl|xxl|instruct|chat|uncased|cased|"
    r"embed\w*|v\d\w*|hf|gguf|awq|gptq|turbo|distill\w*|finetuned|sft|dpo|lora|diarization|"
    r"segmentation|ner|squad|sentiment|asr|stt|tts|ocr|vlm|coder|reranker|it|onnx|int[48]|xlarge|"
    r"xxlarge|mnli|nli|sts|multitask|sbert|sroberta|simcse|opus-mt|"
    r"fp16|bf16)(?:$|[-_.])"
    # a fine-tune named after its architecture: `toxic-bert`, `distil-whisper` (not `llama.cpp`)
    r"|[-_](?:bert|roberta|deberta|electra|bart|t5|gpt2?|llama|mistral|qwen|gemma|phi|clip|vit|"
    r"whisper|wav2vec2?|mpnet|minilm|bloom|falcon|opt|sam|detr|yolo\w*)$"
    r"|\wcoder$"
    # a checkpoint named for its architecture and its task: `pegasus-xsum`, `distilhubert`
    r"|^(?:bart|pegasus|flan|m?t5|bert|roberta|deberta|electra|hubert|wav2vec2?|whisper|vit|"
    r"segformer|blip2?|owlvit|detr)[-_]\w|^distil\w+$"
    # `EmoRoBERTa`, `FinBERT`, `CamemBERT`: BERT's family, as its members spell themselves
    r"|(?-i:BERTa?$|RoBERTa)",
    re.IGNORECASE,
)


#: Words that name a self-hosted server or its alias, not the model it runs (`local-vllm`).
_SERVER_WORDS = frozenset(
    {"local", "vllm", "sglang", "tgi", "llamacpp", "llama", "cpp", "server", "proxy", "gateway",
     "my", "custom", "default", "model", "llm", "endpoint", "openai", "compatible", "remote",
     "self", "hosted", "lmstudio", "ollama", "api", "chat", "main", "primary", "fallback"}
)  # fmt: skip
#: What OpenAI publishes on the Hub (`openai/whisper-large-v3`, `openai/clip-vit-base-patch32`).
_OPENAI_HUB = _lazyre.compile(
    r"whisper|clip|gpt-oss|gpt2|openai-gpt|shap-e|diffusers|consistency|imagegpt|jukebox|"
    r"point-e|webgpt|summarize|gsm8k|humaneval|mmmlu|simpleqa|healthbench|browsecomp|mrcr|"
    r"graphwalks|frontierscience|swe|circuit|coco|prm800k|gdpval|paperbench",
    re.IGNORECASE,
)


def _well_known(ns: str, name: str) -> bool:
    low = ns.lower()
    if _QUANTISED_REPO.search(name) is not None and plausible_namespaced(ns, name):
        # `meta-models/Muse-Glimmer-30B-GGUF`: a quantised re-upload, whoever publishes it
        return True
    return low in KNOWN_ORGS and (
        _MODELISH_NAME.search(name) is not None
        or low in ("sentence-transformers", "cross-encoder")
        or (low == "qwen" and name.lower().startswith(("qwen", "qwq", "qvq")))
    )
    # (sentence-transformers publishes nothing but models: `sentence-transformers/LaBSE`; Qwen's
    # code lives under QwenLM on GitHub, and its models carry its name: `Qwen/Qwen-Image-Edit`,
    # unlike prose's `Qwen/DashScope`)


#: A repository of quantised weights, named so by the convention every uploader follows.
_QUANTISED_REPO = _lazyre.compile(
    r"\d[\w.]*[bBmM]\b.*-(?:GGUF|GPTQ|AWQ|EXL2|MLX)$|-(?:GGUF|GPTQ|AWQ)$"
)


ST_SHORT = frozenset(n.lower() for n in SENTENCE_TRANSFORMERS_SHORT)


def distinctive_st_name(value: str) -> bool:
    """A sentence-transformers short name no other thing is called (`all-MiniLM-L6-v2`; a
    one-word name such as `LaBSE` is not distinctive alone)."""
    return "-" in value and value.lower() in ST_SHORT and st_case_ok(value)


def st_case_ok(value: str) -> bool:
    """Whether `value` may be a sentence-transformers short name as written: any case, except
    that `clip-vit-b-32` in lower case is another library's preset (open_clip's, an image
    search's); sentence-transformers spells its CLIP models `clip-ViT-B-32`."""
    return value in SENTENCE_TRANSFORMERS_SHORT or not value.lower().startswith("clip-")


#: A hosted model's name by family, version and tier: `mist-1-turbo`, `zeta-2.5-flash`.
_TIERED_NAME = _lazyre.compile(
    r"[a-z]{3,12}-\d{1,2}(?:\.\d)?-(?:turbo|flash|pro|mini|lite|max|plus|reason|reasoning|"
    r"code|vision|fast|nano|ultra|preview)"
    # or by family and version: Gnani's `timbre-v2.0`, `vachana-stt-v3`
    # (not Whisper's sizes, `large-v3`, nor a test's `mock-model-v1`)
    # (a point release or a modality says hosted: `kling-v2`, `splade-v3` are families and
    # Hub repositories' short names)
    r"|(?!large|medium|small|base|tiny|distil|mock|test|fake|dummy|example|sample|your|custom|"
    r"local|model)[a-z]{4,12}(?:-v\d{1,2}\.\d|-(?:stt|tts|asr|ocr|embed|rerank|voice|audio)"
    r"-v\d{1,2}(?:\.\d)?)"
)
#: Rerankers hosted APIs (Pinecone, SiliconFlow's bare names) serve by their short names.
_HOSTED_RERANKER = _lazyre.compile(r"bge-reranker-v2-m3|pinecone-rerank-v0|cohere-rerank-3\.5")
#: Ollama library names that no other catalogue or checkpoint spells so (`llama3-chatqa`,
#: `all-minilm`, `qwen2.5-coder`), unlike a bare `llama2` or `bge-m3` (a server's alias, a
#: Hub name without its organisation, a `model_type`).
_LIBRARY_NAME = _lazyre.compile(
    r"llama3\.\d-vision|llama3-(?:chatqa|gradient|groq-tool-use)|qwen2\.5-coder|"
    r"qwen3-(?:coder|vl|embedding)|phi[34]-(?:mini|medium)|"
    r"mistral-(?:nemo|small|large|openorca)|deepseek-(?:r1|v3|coder-v2|coder)|all-minilm|"
    r"nomic-embed-text|mxbai-embed-large|snowflake-arctic-embed2?|"
    r"llava-(?:llama3|phi3)|granite3(?:\.\d)?-(?:dense|moe)|dolphin-(?:mistral|mixtral|llama3)|"
    r"llama2-uncensored"
)
_KAGGLE_FRAMEWORKS = frozenset(
    {"pytorch", "transformers", "keras", "jax", "tensorflow", "tensorflow2", "tfjs", "tflite",
     "flax", "gguf", "onnx", "other", "gemmacpp", "scikitlearn"}
)  # fmt: skip
#: Provider names that are never a model's name (`mistral` is also an Ollama model: not here).
PROVIDER_SLUGS = frozenset(
    {
        "openai", "azure", "azure_openai", "anthropic", "bedrock", "deepseek", "google", "gemini",
        "vertex", "vertex_ai", "grok", "xai", "kimi", "moonshot", "litellm", "ollama", "openrouter",
        "portkey", "groq", "cohere", "together", "fireworks", "perplexity", "huggingface", "hf",
        "local", "vllm", "lmstudio", "lm_studio", "llamacpp", "llama_cpp", "voyage", "voyageai",
        "jina", "cartesia", "elevenlabs", "replicate", "sagemaker", "watsonx", "nvidia", "nim",
        "mistralai", "mistral_ai", "cerebras", "sambanova", "deepinfra", "fireworks_ai",
    }
)  # fmt: skip

#: Set by the engine while it scans a file that talks to Ollama (names it, or its port 11434):
#: there a bare library name under a model key (`"model": "llama3.2"`) is an Ollama tag.
OLLAMA_FILE: ContextVar[bool] = ContextVar("OLLAMA_FILE", default=False)
#: Set while scanning a file that talks to OpenRouter (its URL or name): there `vendor/name`
#: is OpenRouter's slug, a Hub id only when the vendor publishes open weights under that name.
OPENROUTER_FILE: ContextVar[bool] = ContextVar("OPENROUTER_FILE", default=False)
#: Set while scanning a file that talks to NVIDIA's API catalogue (NIM: its URL, its key, its
#: LangChain client): there `meta/llama-3.1-70b-instruct` is the catalogue's name.
NIM_FILE: ContextVar[bool] = ContextVar("NIM_FILE", default=False)
#: Set while scanning a file that talks to Alibaba Cloud's DashScope (Model Studio): there a
#: lower-case `qwen3-32b` is the platform's name for the open weights it serves.
DASHSCOPE_FILE: ContextVar[bool] = ContextVar("DASHSCOPE_FILE", default=False)
#: DashScope's names for Qwen's open weights (`qwen3-235b-a22b`, `qwen2.5-72b-instruct`,
#: `qwen3-vl-235b-a22b-instruct`); the Hub spells them `Qwen/Qwen3-32B`, Ollama `qwen3:32b`.
_DASHSCOPE_OPEN = _lazyre.compile(
    r"qwen\d(?:\.\d+)?(?:-(?:vl|coder|math|omni|audio|next))?-\d+(?:\.\d+)?b(?:-a\d+(?:\.\d+)?b)?"
    r"(?:-[a-z0-9.]+)*",
    re.ASCII,
)


def dashscope_name(value: str) -> bool:
    """`qwen3-14b` in a file that talks to DashScope: the platform's hosted name."""
    return DASHSCOPE_FILE.get() and _DASHSCOPE_OPEN.fullmatch(value) is not None


#: Set while scanning a file that talks to LM Studio's local server (its name, its port 1234):
#: there a lower-case `gemma-3-4b` under a model key is the name the server loads it by.
LM_STUDIO_FILE: ContextVar[bool] = ContextVar("LM_STUDIO_FILE", default=False)
#: An open-weights family's name with its size, as LM Studio spells it (`gemma-3-4b`,
#: `qwen2.5-7b-instruct`, `internvl3-9b`, `llama-3.2-3b-instruct`).
_LOCAL_SIZED_NAME = _lazyre.compile(
    r"(?:gemma|llama|qwen|mistral|mixtral|ministral|devstral|phi|deepseek|internvl|granite|smollm"
    r"|olmo|glm|codellama|starcoder|falcon|hermes|minicpm|internlm|nemotron|exaone|aya)"
    r"[a-z]*-?\d*(?:\.\d+)?(?:-[a-z0-9.]+)*?-\d+(?:\.\d+)?[bm](?:-[a-z0-9.]+)*",
    re.ASCII,
)


def lm_studio_name(value: str) -> bool:
    """`gemma-3-4b` in a file that talks to LM Studio: the name its server answers to."""
    return LM_STUDIO_FILE.get() and _LOCAL_SIZED_NAME.fullmatch(value) is not None


#: The catalogue's publishers, as it spells them (lower case; `meta`, not the Hub's `meta-llama`).
_NIM_VENDORS = frozenset(
    {"meta", "nvidia", "mistralai", "nv-mistralai", "microsoft", "google", "ibm", "snowflake",
     "writer", "upstage", "databricks", "deepseek-ai", "qwen", "01-ai", "ai21labs", "abacusai",
     "adept", "aisingapore", "baichuan-inc", "bigcode", "mediatek", "moonshotai", "rakuten",
     "seallms", "thudm", "tiiuae", "zyphra", "igenius", "sarvamai", "tokyotech-llm", "bytedance",
     "minimaxai", "z-ai", "baai", "stepfun-ai", "marin", "speakleash", "gotocompany"}
)  # fmt: skip
#: Vendors on OpenRouter without open weights under their slugs.
_CLOSED_VENDORS = frozenset(
    {"ai21", "x-ai", "01-ai", "perplexity", "inflection", "openai", "anthropic", "cohere",
     "amazon", "minimax", "moonshotai", "reka", "writer", "liquid"}
)  # fmt: skip
#: OpenRouter vendors whose Hub organisations spell their repositories otherwise (capitals,
#: another org): a lower-case `vendor/name` beside OpenRouter is OpenRouter's slug.
_OPENROUTER_VENDORS = frozenset(
    {"meta-llama", "mistralai", "qwen", "deepseek", "nvidia", "nousresearch", "microsoft",
     "cognitivecomputations", "z-ai", "thudm", "arliai", "tngtech", "openchat", "huggingfaceh4"}
)  # fmt: skip
#: Closed models' names that look like open repositories' (`codestral-2501`, `palm-2-...`).
_API_ONLY_NAME = _lazyre.compile(
    r"(?:codestral|mistral-(?:large|medium|small|saba|tiny)|palm-2|gemini|claude|grok|command|"
    r"yi-large|jamba|sonar|o[134]|gpt)(?:-[\w.:-]*)?",
    re.IGNORECASE,
)
#: Set while scanning a file that talks to Docker Model Runner (`:12434`, `docker model ...`):
#: there `ai/smollm2` is Docker Hub's model, not a Hub repository.
MODEL_RUNNER_FILE: ContextVar[bool] = ContextVar("MODEL_RUNNER_FILE", default=False)
#: Set while scanning a BentoML file (and not an Ollama one): there `name:tag` is a model in
#: Bento's local store (`bentoml.models.get("all-MiniLM-L6-v2:latest")`), not an Ollama tag.
BENTO_FILE: ContextVar[bool] = ContextVar("BENTO_FILE", default=False)


#: OpenRouter's routing variants of a model: `org/name:free`, `:beta`, `:nitro`, ...
#: OpenRouter's variant suffixes: `google/gemma-3n-e4b-it:free`.
OPENROUTER_VARIANTS = r"(?:" + "|".join(sorted(ROUTER_VARIANTS)) + ")"
_OPENROUTER_VARIANT = _lazyre.compile(r"[a-z0-9][\w.-]*/[\w.-]+:" + OPENROUTER_VARIANTS, re.ASCII)


#: Datasets the Hub uses to host images for badges and documentation: a README's "Open in
#: Spaces" badge, a docs figure, or the sample picture a demo script downloads from one is not a
#: use of a dataset a product depends on (the corpus contract's settled case: `negative`).
ASSET_DATASETS = frozenset(
    {"huggingface/badges", "huggingface/documentation-images", "huggingface/brand-assets"}
)


#: A weights file, as written after a repository and a colon.
#: (Not `.pt`: `runs/exp1:best.pt` is a training run's checkpoint, read with a key's context.)
_WEIGHTS_FILE = _lazyre.compile(r"[^\s:]\.(?:safetensors|gguf)$", re.IGNORECASE)


def _self_evident(v: str) -> tuple[bool, Value | None]:
    """Forms that say what they are under any key, or under none: Hub URLs and `hf://` paths,
    `hf-hub:` names, provider-prefixed names (`ollama/llama3.1:8b`, `huggingface:org/x`,
    `openai/gpt-4o`, `openai:gpt-4o-mini`) and environment references (`os.environ/VAR`).
    (True, value-or-None) when the form decides; (False, None) when the context must."""
    low = v.lower()
    if v.count("/") == 3 and v.split("/")[2].lower() in _KAGGLE_FRAMEWORKS:
        # Kaggle's model handles, `owner/model/framework/variation`
        # (`mistral-ai/mistral/pyTorch/7b-instruct-v0.1-hf`): not the Hub's, nor a gateway's
        return True, None
    if low.startswith("base_model:"):
        # the Hub's model-card tags: `base_model:adapter:org/x`, `base_model:finetune:org/x`
        ident = v.rpartition(":")[2]
        ok = ident.count("/") == 1 and is_valid_hub_id(ident)
        return True, Value(Kind.MODEL, ident) if ok else None
    repo, colon, file = v.partition(":")
    if (
        colon
        and repo.count("/") == 1
        and _WEIGHTS_FILE.search(file) is not None
        and is_valid_hub_id(repo)
        and not looks_local(repo)
        and plausible_namespaced(*repo.split("/"))  # (not docs' `owner/repo:file.gguf`)
    ):
        # a LoRA by repository and file, `lightx2v/Qwen-Image-Lightning:Qwen-Image-Edit-2509/
        # Qwen-Image-Edit-2509-Lightning-8steps-V1.0-bf16.safetensors`: the repository
        return True, Value(Kind.MODEL, repo)
    if low.startswith("arn:aws") and ":bedrock:" in low:
        # `arn:aws:bedrock:us-east-1::inference-profile/us.anthropic.claude-...-v1:0`,
        # `.../foundation-model/amazon.titan-...`: the model the ARN names (an application
        # profile's own id names none)
        tail = v.rpartition("/")[2]
        svc = classify_service(tail) if "/" in v and "application-" not in low else None
        return True, Value(Kind.SERVICE, svc) if svc is not None else None
    if low.startswith(("os.environ/", "env/")):
        # litellm's `api_base: os.environ/OPENAI_API_BASE`: an environment reference
        return True, None
    if low.endswith(("-mlc", "k")) and "-mlc" in low:
        mlc = _MLC_NAME.fullmatch(v)
        if mlc is not None:
            # WebLLM's prebuilt `Llama-3.2-3B-Instruct-q4f16_1-MLC` (`-1k`: its context size)
            return True, Value(Kind.MODEL, "mlc-ai/" + mlc.group(1))
    if low.startswith("huggingface://") and v.count("/") >= 3:
        # MLflow's and DigitalHub's `huggingface://org/x`: the Hub repository by a scheme;
        # LocalAI's `huggingface://org/x-GGUF/x.Q4_K_M.gguf`, a file of it
        ident, rev = split_revision("/".join(v[len("huggingface://") :].split("/")[:2]))
        ns, _, name = ident.partition("/")
        ok = is_valid_hub_id(ident) and plausible_namespaced(ns, name)
        return True, Value(Kind.MODEL, ident, rev) if ok else None
    if (
        "hf.co/" in low
        or "huggingface.co/" in low
        or low.startswith(
            ("hf://", "git@hf.co:", "https://hf-mirror.com/", "http://hf-mirror.com/")
        )
    ):
        if low.startswith("hf://") and ":/" in v[5:]:
            v = v[:5] + v[5:].partition(":/")[0]  # Jobs' volume `-v hf://datasets/org/x:/data`
        if _OLLAMA_HF.fullmatch(v):
            return True, Value(Kind.SERVICE, v)
        parsed = parse_hub_url(v)
        if parsed is None:
            return True, None
        ns, _, nm = parsed[1].partition("/")
        if _FILE_EXT.search(nm) is not None and parsed[2] is None and ns.lower().startswith("your"):
            return True, None  # `huggingface.co/your-repo/model.safetensors`: a file, a placeholder
        if ns.isupper() and nm.isupper() and "_" in ns + nm:
            return True, None  # `huggingface.co/spaces/HF_USERNAME/SPACE_NAME`: a placeholder
        if ns.lower() in _PLACEHOLDER_OWNERS and (
            nm.lower() in PLACEHOLDER_NAMES or nm.lower() in _PLACEHOLDER_REPOS
        ):
            return True, None  # kfabrik's docs: `hf://organization/model-name`
        if parsed[0] is Kind.DATASET and parsed[1] in ASSET_DATASETS:
            return True, None  # a picture the Hub keeps for docs and badges: decoration
        return True, Value(parsed[0], parsed[1], parsed[2])
    if low.startswith("ollama://"):
        # kubeai's `url: "ollama://gemma2:2b"`: a model Ollama's library serves
        rest = v[len("ollama://") :]
        ok = bool(rest) and is_ollama_tag(rest, explicit=True) and "/" not in rest.partition(":")[0]
        return True, Value(Kind.SERVICE, rest) if ok else None
    if (
        low.startswith("hf:")
        and not low.startswith("hf://")
        and (v.count("/") == 1 or low.endswith(".gguf"))
    ):
        # `bithub pull hf:microsoft/BitNet-b1.58-2B-4T-gguf`: a tool's prefix for a Hub repo;
        # node-llama-cpp's `hf:org/x-GGUF:Q6_K_L` picks a quantisation in it, its
        # `hf:org/x-GGUF/x.Q4_K_M.gguf` a file of it
        body = "/".join(v[3:].split("/")[:2])
        q = _QUANT_SUFFIX.search(body)
        if q is not None:
            body = body[: q.start()]
        ident, rev = split_revision(body)
        ns, _, name = ident.partition("/")
        ok = is_valid_hub_id(ident) and plausible_namespaced(ns, name) and name.lower() != "repo"
        return True, Value(Kind.MODEL, ident, rev) if ok else None
    m = _HF_HUB_PREFIX.match(v)
    if m is not None:
        ident, rev = split_revision(v[m.end() :])
        ns, _, name = ident.rpartition("/")
        # (docs' `hf-hub:timm/model_name`: a placeholder for the reader's own)
        ok = is_valid_hub_id(ident) and (not ns or plausible_namespaced(ns, name))
        return True, Value(Kind.MODEL, ident, rev) if ok else None
    rest = v.partition("/")[2]
    if (
        low.startswith(("ollama/", "ollama_chat/"))
        and ":" in rest
        and "/" not in rest
        and not rest.startswith("ollama:")  # the Docker image `ollama/ollama:0.3.12`
    ):
        # litellm's `ollama/llama3.1:8b`: the provider prefix and the tag say what it is, even
        # under a key that says nothing (`local: ollama/llama3.1:8b`)
        svc = classify_service(v)
        if svc is not None:
            return True, Value(Kind.SERVICE, svc)
    if (
        low.startswith("ollama/")
        and rest
        and ":" not in rest
        and "/" not in rest
        and rest == rest.lower()
        and is_ollama_family(rest)
    ):
        # `assert "ollama/nomic-embed-text" in model_ids`: litellm's Ollama prefix before a
        # library name, its tag left to the default
        return True, Value(Kind.SERVICE, rest)
    if _OPENROUTER_VARIANT.fullmatch(v) is not None:
        return True, Value(Kind.SERVICE, v)  # OpenRouter's `google/gemma-3n-e4b-it:free`
    if low.endswith(":free") and "/" not in v and first_party_api_name(v[:-5]):
        return True, Value(Kind.SERVICE, v)  # its slug without the vendor: `gemini-2.5-pro:free`
    if low.startswith("local:") and v.count("/") == 1:
        # LlamaIndex's `resolve_embed_model("local:BAAI/bge-small-en-v1.5")`: a Hub embedding
        ident = v[6:]
        ok = is_valid_hub_id(ident) and not looks_local(ident)
        ns, _, name = ident.partition("/")
        return True, Value(Kind.MODEL, ident) if ok and plausible_namespaced(ns, name) else None
    if low.startswith("//pretrained/"):
        # audiocraft's `continue_from: //pretrained/facebook/audiogen-medium`: a Hub checkpoint
        ident = v[len("//pretrained/") :]
        return True, Value(Kind.MODEL, ident) if "/" in ident and is_valid_hub_id(ident) else None
    if low.startswith(("huggingface:", "vllm:")) and v.count(":") <= 2:
        # promptfoo's `huggingface:<task>:org/name`, pydantic-ai's `huggingface:org/name`
        ident, rev = split_revision(v.rsplit(":", 1)[1])
        if "/" in ident and is_valid_hub_id(ident):
            return True, Value(Kind.MODEL, ident, rev)
    if (
        v.count("/") == 1
        and low.partition("/")[0] in ("openai", "anthropic", "google", "gemini")
        and not is_ollama_family(rest)  # `google/gemma-7b-it`: open weights on the Hub
    ):
        svc = classify_service(v)  # `openai/gpt-4-turbo`: the API's name, not a Hub repo
        if svc is not None:
            return True, Value(Kind.SERVICE, svc)
    if low.startswith("mistral/") and _MISTRAL_TIER.fullmatch(rest) is not None:
        # litellm's `mistral/mistral-large`: Mistral's API by tier (the Hub's org is `mistralai`)
        return True, Value(Kind.SERVICE, rest)
    if low.partition(".")[0].endswith("connection") or low.startswith(
        ("openai.gpt-3.5", "openai.gpt-4")
    ):
        # inference-proxy's routes, `"*" = "openai.gpt-3.5-turbo"`,
        # `"my_anthropic_connection.claude-opus-4-1-20250805"`: a connection, then its model
        # (names Bedrock never served: its `openai.gpt-oss-120b-1:0`, `openai.gpt-6-sol` keep
        # their vendor)
        svc = classify_service(v.partition(".")[2])
        if svc is not None:
            return True, Value(Kind.SERVICE, svc)
    pm = provider_model(v) if ":" in v else None
    if pm is not None:  # promptfoo's `openai:gpt-4o-mini`, `ollama:chat:llama3.1:8b`
        return True, Value(Kind.SERVICE, pm)
    return False, None


def classify_items(raw: str, hint: Hint | None) -> list[tuple[int, str, Value]]:
    """`classify_value`, and for a comma-separated list of ids in one string (`MODELS="org/a,
    org/b"`, `os.getenv("EVAL_MODELS", "org/a,org/b").split(",")`) each item that classifies:
    (offset in `raw`, item, value)."""
    value = classify_value(raw, hint)
    if value is not None:
        return [(0, raw, value)]
    if hint is None or len(raw) > 2000:
        return []
    sep = ","
    if "," not in raw:
        lines = [line.strip() for line in raw.splitlines() if line.strip()]
        if len(lines) < 2 or any(len(line.split()) > 1 for line in lines) or "\r" in raw:
            return []
        # `OPENAI_MODELS = """\no1\ngpt-4o\n..."""` read with `.splitlines()`: one a line
        sep = "\n"
    out: list[tuple[int, str, Value]] = []
    pos = 0
    skipped = 0
    for part in raw.split(sep):
        item = part.strip()
        if item:
            got = classify_value(item, hint)
            if got is None:
                # `--datasets_names "/data1/math/GSM8k,GEM/viggo"`: local data beside Hub
                # datasets, each item read for itself
                local = item.startswith(("/", "./", "../", "~/")) and " " not in item
                if not local and _LIST_ALIAS.fullmatch(item) is None:
                    return []  # every item an id, or it is prose (`help="one of a/b, c or d"`)
                skipped += 1  # `KOKORO_MODEL_IDS="kokoro-tts,org/x"`: a server's own alias
            else:
                out.append((pos + len(part) - len(part.lstrip()), item, got))
        pos += len(part) + 1
    if skipped and not any("/" in item for _, item, _ in out) and len(out) <= 2 * skipped:
        # (`--tags "llm,gpt-4,chat"`: words, one of them a name; `--models "chatgpt-4o,o1,
        # claude-3-7-sonnet-latest,deepseek-reasoner"`: names, one of them unknown)
        return []
    if len(out) == 1 and not skipped and raw.count(",") == 1 and raw.endswith(",") and "/" in raw:
        # `"anthropic/claude-2.1,"`: a list's comma typed inside the quotes (a whole path; a
        # shell word's `gpt-oss-20b,` is a display list's)
        return out
    return out if len(out) + skipped > 1 and out else []


#: A bare alias among a list of ids (a word, no spaces or paths).
_LIST_ALIAS = _lazyre.compile(r"[A-Za-z][\w.-]{0,60}")


_PROVIDER_SCHEME = _lazyre.compile(
    r"(?:openai|anthropic|gemini|google|mistral|groq|ollama|azure|bedrock|cohere|deepseek)"
    r"://([\w.:-]+)",
    re.IGNORECASE,
)
_SAMPLE_COUNT = _lazyre.compile(r"([\w.-]+/[\w.-]+)#\d+")


#: An Ollama tag that gives a size (`gemma3:270m`, `llama3.2:1b`, `qwen2.5:7b-instruct`,
#: `gemma3n:e4b`): with a known library family, a model wherever it is written.
SIZE_TAG = r"(?:\d+(?:\.\d+)?[bBmM]|e\d+b)(?:-[\w.-]+)?"
_SIZED_TAG = _lazyre.compile(SIZE_TAG, re.ASCII)


_MISTRAL_TIER = _lazyre.compile(
    r"(?:mistral|magistral|devstral|ministral|codestral|pixtral)-(?:large|medium|small|tiny)"
    r"(?:-[\w.-]+)?",
    re.ASCII,
)


_REST_METHODS = (
    ":generateContent", ":streamGenerateContent", ":embedContent", ":batchEmbedContents",
    ":countTokens", ":predict", ":rawPredict", ":streamRawPredict",
)  # fmt: skip


def _known_open_weights(low: str) -> bool:
    """Whether the bundled snapshot knows `low` (case-insensitively) as a Hub model: OpenRouter's
    `meta-llama/llama-3.3-70b-instruct` is `meta-llama/Llama-3.3-70B-Instruct`'s open weights."""
    from license_gate.knowledge.snapshot import snapshot

    try:
        return (Kind.MODEL, low) in snapshot().index
    except (OSError, ValueError, TypeError, KeyError):
        return False


def versioned_library_name(value: str) -> bool:
    """An Ollama library family written with its version, perhaps a tag (`llama3.2`,
    `qwen2.5:7b`): Ollama's spelling, not the Hub's (`Llama-3.2-...`)."""
    return _VERSIONED_LIBRARY.fullmatch(value) is not None and is_ollama_family(
        value.partition(":")[0]
    )


def sized_ollama_tag(v: str) -> bool:
    """`llama3:70b`, `qwen2.5-coder:7b`: a known Ollama family with a size for a tag."""
    return (
        is_ollama_tag(v, explicit=False) and _SIZED_TAG.fullmatch(v.rpartition(":")[2]) is not None
    )


#: A dataset configuration's name after the id (`wikitext-103-raw-v1`, `sample-10BT`, `en`).
_CONFIG_NAME = _lazyre.compile(r"[A-Za-z0-9][\w.-]{0,60}")
_REPLICATE_VERSION = _lazyre.compile(r"([a-z0-9][\w.-]*/[\w.-]*\w):([0-9a-f]{64})")


#: The other sizes a hosted name is shortened to after a slash: `text-embedding-3-small/large`.
_SIZE_WORDS = frozenset({"large", "small", "mini", "nano", "pro", "flash", "lite", "max", "plus"})


def library_name(value: str) -> bool:
    """`mistral`, `llama3.2`, `all-minilm:l6-v2`: an Ollama library name, lower case as they
    are."""
    return (
        value.islower()
        and "/" not in value
        and "_" not in value
        and is_ollama_family(value.partition(":")[0])
    )


def classify_value(value: str, hint: Hint | None) -> Value | None:
    """What `value` (a string as it appears in code or config) refers to in context `hint`
    (None: no context, only self-evident forms count)."""
    v = value.strip()
    if not v or len(v) > 300 or any(c.isspace() for c in v):
        return None
    decided, evident = _self_evident(v)
    if decided:
        return evident
    head, slash, tail = v.partition("/")
    if slash and tail in _SIZE_WORDS and first_party_api_name(head):
        # `text-embedding-3-small/large`: two names of one hosted family, the first written out
        svc = classify_service(head)
        return Value(Kind.SERVICE, svc) if svc is not None and hint is not None else None
    replicate = _REPLICATE_VERSION.fullmatch(v)
    if replicate is not None:
        # `replicate.run("a16z-infra/llama13b-v2-chat:df7690f1...")`: a Replicate model at one
        # of its versions (a 64-hex digest no Hub revision or Ollama tag has)
        return Value(Kind.SERVICE, replicate.group(1), replicate.group(2))
    low = v.lower()
    if hint is None:
        return None
    if hint.table == "served":
        hint = OLLAMA if library_name(v) else MODEL_NAME
    if hint.table == "litellm" and "/" in v:
        if low.startswith("auto_router/"):
            return None  # litellm's `auto_router/complexity_router`: a router of its own
        svc = litellm_service(v)
        if svc is not None:
            return Value(Kind.SERVICE, svc)
    if hint.kind is Kind.DATASET and v.endswith("]") and "[" in v and "]" not in v[:-1]:
        # TFDS-style slices: `imdb[:2%]`, `org/x[train:1000]`
        v = v[: v.index("[")]
    if hint.kind is Kind.DATASET and _TASK_PREFIX.match(v) is not None and "/" in v:
        # tuna's and LLaMA-Factory-style mixes: `dpo:org/x`, `sft:org/x:hard`, a dataset with
        # the stage it feeds
        v = v.partition(":")[2]
    if hint.kind is Kind.DATASET and v.count("/") == 1 and ":" in v:
        # mlx-kld's `"corpus": "Salesforce/wikitext:wikitext-103-raw-v1"`: a dataset and its
        # configuration
        base, _, config = v.partition(":")
        if _CONFIG_NAME.fullmatch(config) is not None and "/" in base:
            v = base
    if (
        hint.kind is Kind.DATASET
        and v.count("/") == 2
        and v.rpartition("/")[2].lower() in _SPLITS
        and not looks_local(v.rpartition("/")[0])
    ):
        # Tevatron's `--dataset_name Tevatron/msmarco-passage/dev`: the dataset and a split
        v = v.rpartition("/")[0]
    vertex = _VERTEX_PUBLISHER.fullmatch(v) if v.startswith(("publishers/", "projects/")) else None
    if vertex is not None and hint.kind is Kind.MODEL:
        # Vertex AI's resource name, `publishers/google/models/text-bison@001`: the model
        # Google (or a partner, through Model Garden) serves by that name
        return Value(Kind.SERVICE, vertex.group("name"))
    if "://" in v:
        # onprem's `LLM(model_url="openai://gpt-4o")`: a provider's scheme before its model
        scheme = _PROVIDER_SCHEME.fullmatch(v)
        inner = classify_value(scheme.group(1), hint) if scheme is not None else None
        return inner if inner is not None and inner.kind is Kind.SERVICE else None
    if hint.kind is Kind.MODEL and _SAM2_SHORT.fullmatch(v) is not None:
        # samgeo's and sam2's own short names: `model_id="sam2-hiera-large"` downloads
        # `facebook/sam2-hiera-large`
        return Value(Kind.MODEL, "facebook/" + v.lower())
    if v.endswith(_REST_METHODS) and ":" in v:
        # the Gemini REST API's `gemini-1.5-flash:generateContent`: the model and its method
        return classify_value(v.rpartition(":")[0], hint)
    if "?" in v and "=" in v.partition("?")[2]:
        # fast-agent's `gpt-5.4-mini?reasoning=low`: the model and its per-call settings
        return classify_value(v.partition("?")[0], hint)
    if (
        v in _CLAUDE_ALIASES  # (`| Anthropic | Claude Sonnet, Opus, Haiku |`: display names)
        and hint.kind is Kind.MODEL
        and not hint.weak
        and not hint.via_parent
        and not hint.modelish
    ):
        return Value(Kind.SERVICE, v)  # `claude --model opus`, aider's and fast-agent's `sonnet`
    if ("/" in v and v.endswith((":fastest", ":cheapest", ":preferred"))) or (
        v.count("/") == 1 and v.rpartition(":")[2] in _ROUTER_PROVIDERS and not v.startswith("hf.")
    ):
        # Hugging Face's inference router: `openai/gpt-oss-120b:fastest` picks a provider for
        # the Hub model, `katanemo/Arch-Router-1.5B:hf-inference` names one
        return classify_value(v.rpartition(":")[0], hint)
    if "#" in v:
        counted = _SAMPLE_COUNT.fullmatch(v)
        # ms-swift's `--dataset AI-MO/NuminaMath-TIR#5000`: the id and how many rows to take
        return classify_value(counted.group(1), hint) if counted is not None else None
    if hint.table == "lmstudio" and "/" not in v:
        # `lms load qwen2.5-7b-instruct-mlx`: LM Studio's own name for what it downloads
        return Value(Kind.SERVICE, v) if _LMS_NAME.fullmatch(v) is not None else None
    if hint.table:
        alias = expand_library_alias(hint.table, v)
        if alias is not None:
            return Value(Kind.MODEL, alias)
    if low in PROVIDER_SLUGS:
        return None  # `OLLAMA = "ollama"`, `provider: deepseek`: who serves, not what
    if (
        hint.weak
        and ":" in v
        and is_ollama_tag(v, explicit=False)
        and (OLLAMA_FILE.get() or sized_ollama_tag(v))
    ):
        # `GEMMA3_1B_IT_QAT = "gemma3:1b-it-qat"`: a library name and tag beside Ollama
        return Value(Kind.SERVICE, v)
    if hint.weak and hint.kind is not Kind.DATASET and first_party_api_name(v):
        # `const fallback = "claude-3-7-sonnet-latest"`: a hosted-API name that says what it is
        return Value(Kind.SERVICE, v)
    if ":" in v and "/" not in v and BENTO_FILE.get() and not hint.ollama:
        return None  # a Bento store tag
    if hint.ollama and "_" in v and ":" not in v and "/" not in v:
        return None  # `"import_path": "langchain_ollama"` beside an Ollama entry: a module
    if hint.ollama and low in PLACEHOLDER_NAMES:
        return None  # Mastra's docs: `model: ollama('model-name')`
    if hint.kind is not Kind.DATASET and v.count("/") == 1 and low.endswith("-latest"):
        # `mistralai/mistral-small-latest`: a gateway's slug for the API's moving alias (no
        # Hub repository is named `-latest`)
        svc = classify_service(v.partition("/")[2])
        if svc is not None:
            return Value(Kind.SERVICE, svc)
    if (
        hint.kind is not Kind.DATASET
        and v.count("/") == 1
        and v == low
        and low.partition("/")[0] in ("mistralai", "mistral")
        and own_api_name(low.partition("/")[2])
        and not is_ollama_family(low.partition("/")[2])
    ):
        # ScrapeGraphAI's `mistralai/open-mistral-nemo`: the provider and its API's name (the
        # Hub's mistralai repositories are `Mistral-7B-...`, capitalised)
        return Value(Kind.SERVICE, low.partition("/")[2])
    if (
        hint.kind is not Kind.DATASET
        and OPENROUTER_FILE.get()
        and v.count("/") == 1
        and v == low
        and low.partition("/")[0] in _OPENROUTER_VENDORS
        and any(c.isdigit() for c in low.partition("/")[2])
        and not _known_open_weights(low)
    ):
        # OpenRouter's own slugs, lower case: `meta-llama/llama-3-8b-instruct` is no Hub repo
        # (the Hub's is `meta-llama/Meta-Llama-3-8B-Instruct`); a hosted API's own name is
        # itself (`mistralai/codestral-2501`)
        return Value(Kind.SERVICE, classify_service(v.partition("/")[2]) or v)
    if (
        hint.kind is not Kind.DATASET
        and NIM_FILE.get()
        and v.count("/") == 1
        and v == low
        and low.partition("/")[0] in _NIM_VENDORS
        and (any(c.isdigit() for c in low) or low.endswith(("-instruct", "-chat", "-base")))
        and not _known_open_weights(low)
    ):
        # NVIDIA's catalogue: `meta/llama-3.1-70b-instruct`, `snowflake/arctic-instruct` (the
        # Hub's `meta-llama/Llama-3.1-70B-Instruct` is spelled otherwise)
        return Value(Kind.SERVICE, v)
    if (
        hint.kind is not Kind.DATASET
        and v.count("/") == 2
        and low.partition("/")[0] in ("nvidia", "nvidia_nim")
        and low.split("/")[1] in _NIM_VENDORS
        and v == low
    ):
        # ScrapeGraphAI's and litellm's `nvidia/meta/llama3-70b-instruct`: NVIDIA's catalogue
        # name behind the provider's prefix
        return Value(Kind.SERVICE, v.partition("/")[2])
    if hint.kind is not Kind.DATASET and dashscope_name(v):
        # `"model": "qwen3-14b"` beside `dashscope.aliyuncs.com`: the platform's own name
        return Value(Kind.SERVICE, v)
    if hint.kind is Kind.MODEL and not hint.weak and not hint.via_parent and lm_studio_name(v):
        # `model="gemma-3-4b"` with `OpenAI(base_url="http://localhost:1234/v1")`
        return Value(Kind.SERVICE, v)
    if hint.kind is not Kind.DATASET and not hint.weak and not hint.modelish:
        served = gateway_hub_id(v)
        if served is not None and plausible_namespaced(*served.split("/")):
            # litellm's `together_ai/meta-llama/Llama-3-8b-chat-hf`, `openai/org/x` through a
            # vLLM server: open weights from the Hub, whose license is the one that holds
            return Value(Kind.MODEL, served)
        if hint.ollama and v != low and low in ST_SHORT:
            # `def init_embeddings(model_name="all-MiniLM-L6-v2")` beside an Ollama model of the
            # same parameter name: sentence-transformers' spelling (Ollama's is `all-minilm`)
            return Value(Kind.MODEL, expand_sentence_transformers(v))
        if (
            hint.ollama
            and v.count("/") == 1
            and ":" not in v
            and v.partition("/")[0].lower() in KNOWN_ORGS
            and is_valid_hub_id(v)
        ):
            # `intfloat/multilingual-e5-large` read where Ollama names go (a wizard that
            # offers fastembed's models beside Ollama's): a Hub organisation's repository
            return Value(Kind.MODEL, v)
        svc = classify_service(v, ollama=hint.ollama)
        if svc is not None:
            return Value(Kind.SERVICE, svc)
        if _GPT_OSS.fullmatch(v) is not None:
            # `model="gpt-oss-120b"`: the open weights are `openai/gpt-oss-120b` on the Hub;
            # the bare name is what a hosted API (Cerebras, Groq) or a local server serves
            return Value(Kind.SERVICE, v)
        if hint.ollama:
            return None
        if (
            not hint.via_parent
            and hint.kind is Kind.MODEL
            and v == low
            and "/" not in v
            and ":" not in v
            and _LIBRARY_NAME.fullmatch(v) is not None
        ):
            # `llm_model_name = "llama3-chatqa"`, `embedding_model_name = "all-minilm"`: a name
            # only Ollama's library gives a model, under a name that says model
            return Value(Kind.SERVICE, v)
        if (
            not hint.via_parent
            and hint.kind is Kind.MODEL
            and _TIERED_NAME.fullmatch(v) is not None
            and not is_legacy_model(v)
            and not is_ollama_family(v)  # (`phi-3-mini`: open weights, named loosely)
        ):
            # Waterlight's `model="mist-1-turbo"`: a family, its version and a tier, the way
            # hosted APIs name their models (a checkpoint has a size or an org, a run a date)
            return Value(Kind.SERVICE, v)
        if not hint.via_parent and hint.kind is Kind.MODEL and _HOSTED_RERANKER.fullmatch(v):
            # Pinecone Inference's `rerank_model = "bge-reranker-v2-m3"`: the hosted reranker
            # by its short name (the Hub's is `BAAI/bge-reranker-v2-m3`)
            return Value(Kind.SERVICE, v)
        if ":" in v and OLLAMA_FILE.get() and is_tagged_name(v):
            return Value(Kind.SERVICE, v)  # `chatModel := "magicoder:latest"` beside Ollama
        if low.startswith("ai/") and v.count("/") == 1 and MODEL_RUNNER_FILE.get():
            return Value(Kind.SERVICE, v)  # Docker Model Runner's `ai/smollm2`
        if v.count("/") == 1 and OPENROUTER_FILE.get() and v.rpartition("/")[2].partition(":")[0]:
            vendor, _, name = v.partition("/")
            if first_party_api_name(name) or _API_ONLY_NAME.fullmatch(name) is not None:
                # OpenRouter's `mistralai/codestral-2501`, `google/palm-2-chat-bison-32k`: a
                # closed model's slug, not a Hub repository of that name
                return Value(Kind.SERVICE, classify_service(name) or v)
            if vendor.lower() in _CLOSED_VENDORS and not (
                hint.table == "litellm" and vendor == "openai"
            ):
                # `01-ai/yi-large`, `ai21/jamba-1-5-large` (a litellm entry's `openai/local` is
                # its route to an OpenAI-compatible server, under that server's alias)
                return Value(Kind.SERVICE, v)
    if hint.modelish and hint.kind is Kind.MODEL and v.count("/") == 1:
        svc = classify_service(v)
        if svc is not None and svc != v:
            # a router's slug compared with an object's model field (`sup.models ==
            # ["x-ai/grok-4"]`): the provider's model, as it is anywhere else
            return Value(Kind.SERVICE, svc)
    if low.startswith("huggingface/") and (v.count("/") == 2 or hint.typed):
        # `gr.load("huggingface/org/x")`; gradio's typed names also `huggingface/gpt2`
        v = v.split("/", 1)[1]
    if low.startswith("hf/") and v.count("/") == 2 and hint.kind is Kind.MODEL:
        v = v[3:]  # Inspect AI's `--model hf/Qwen/Qwen3-0.6B`: its Hugging Face provider
    if low.startswith("hfds/") and v.count("/") == 2:  # timm's HF datasets prefix
        v = v[5:]
        hint = Hint(Kind.DATASET, strong=hint.strong)
    if hint.typed and v.count("/") == 2:
        prefix, _, rest = v.partition("/")
        kind = {"models": Kind.MODEL, "datasets": Kind.DATASET, "spaces": Kind.SPACE}.get(prefix)
        if kind is None:
            return None
        v = rest
        hint = Hint(kind, strong=True)
    q = _QUANT_SUFFIX.search(v)
    if q is not None and "/" in v and not hint.ollama:
        v = v[: q.start()]  # llama.cpp `-hf org/repo-GGUF:Q4_K_M`
    rf = _REPO_FILE.fullmatch(v) if ":" in v else None
    if rf is not None:
        # WhisperSpeech's `collabora/whisperspeech:t2s-small-en+pl.model`, whatever it is
        # passed as (`ichigo_name = "org/x:merge-medium.pth"`): a repository and a file in it
        v = rf.group(1)
        hint = MODEL_NAME if hint.weak else hint
    g = _GGUF_FILE.fullmatch(v) if v.count("/") >= 2 and not hint.weak else None
    if g is not None and g.group(1).split("/")[0].lower() in KNOWN_ORGS:
        v = g.group(1)  # `unsloth/GLM-4.5-Air-GGUF/UD-Q4_K_XL`: a quant inside a GGUF repo
    ident, rev = split_revision(v)
    if hint.kind is Kind.DATASET and rev in _SPLITS:
        rev = None  # EasyR1's `org/x@train`: a split of the dataset, not a revision
    if looks_local(ident) or not is_valid_hub_id(ident):
        return None
    if "/" in ident:
        ns, name = ident.split("/")
        if not plausible_namespaced(ns, name):
            return None
        if name.lower() in PLACEHOLDER_NAMES and is_provider_prefix(ns):
            return None  # litellm's docs: `vllm/model`, `ollama/your-model`
        if name.lower() == "default":
            return None  # a router's `codex/default`, `f"{self.name}/default"`: its own pick
        if (
            ns == "openai"
            and hint.kind is Kind.MODEL
            and _OPENAI_HUB.match(name) is None
            and name == name.lower()
        ):
            # litellm's `openai/<served-model-name>` through an OpenAI-compatible server
            # (`openai/openhands-lm-32b-v0.1`): the server's name, not OpenAI's Hub repository;
            # a bare word is the server's alias for whatever it runs (OptiLLM's `openai/deep`)
            if hint.weak or not any(c.isdigit() or c == "-" for c in name):
                return None
            if _SERVER_WORDS.issuperset(re.split(r"[-_.]", name)):
                return None  # `openai/local-vllm`, `openai/my-proxy`: the server, not a model
            return Value(Kind.SERVICE, name)
        if ns.lower().endswith("-openai") and ns.lower()[:-7] in _OPTILLM_APPROACHES:
            # OptiLLM's `plansearch-openai/deep`: an inference approach over `openai/deep`
            return classify_value("openai/" + name, hint)
        if (
            hint.weak
            and hint.kind is Kind.MODEL
            and ns.lower() in KNOWN_ORGS
            and _DATASET_REPO.search(name) is not None
        ):
            # `built from Argilla \`argilla/distilabel-intel-orca-dpo-pairs\``: a known
            # publisher's repository whose name says data
            return Value(Kind.DATASET, ident, rev)
        if hint.weak and not _well_known(ns, name):
            return None
        if hint.kind is Kind.MODEL and not hint.strong and _DATASET_REPO.search(name):
            # `hf_repo: autogluon/chronos_datasets`: a key that says repository (or model,
            # loosely), a repository named for datasets
            return Value(Kind.DATASET, ident, rev)
        if (
            hint.kind is Kind.MODEL
            and not hint.strong
            and _LEADERBOARD.search(name) is not None
            and _LEADERBOARD_DATA.search(name) is None
        ):
            # `REPO_ID = "HuggingFaceH4/open_llm_leaderboard"`: a leaderboard is a Space
            return Value(Kind.SPACE, ident, rev)
        if hint.modelish and _MODELISH_NAME.search(name) is None:
            return None
        return Value(hint.kind, ident, rev)
    if (
        hint.modelish
        and not hint.weak
        and hint.kind is Kind.MODEL
        and is_legacy_model(ident)
        and ident.islower()
        and ("-" in ident or any(c.isdigit() for c in ident))
    ):
        # a key that says model loosely, `bert_version: "bert-base-multilingual-uncased"`
        # (a jsonnet config), given one of the Hub's un-namespaced ids
        return Value(Kind.MODEL, ident, rev)
    if hint.weak or hint.modelish:
        return None
    if hint.st or (hint.kind is Kind.MODEL and ident.lower() in ST_SHORT and st_case_ok(ident)):
        # a loader's short name, or one of the well-known names under any model key
        # (`ARG MODEL_NAME=all-mpnet-base-v2` feeding a SentenceTransformer in the app)
        expanded = expand_sentence_transformers(ident)
        if expanded != ident:
            return Value(Kind.MODEL, expanded, rev)
    if hint.kind is Kind.MODEL and is_legacy_model(ident):
        if ident != ident.lower() and not hint.strong:
            # `base_model = 'GPT2'`: a display name used as a switch (the ids are lower case)
            return None
        return Value(Kind.MODEL, ident, rev)
    if (
        hint.kind is Kind.MODEL
        and not hint.via_parent
        and rev is None
        and OLLAMA_FILE.get()
        and is_ollama_family(ident)
        and ident.islower()  # library names are lower case; `MistralChat` is a class
        and "_" not in ident  # `llama31_8_groq`: a registry's key, not a library name
    ):
        return Value(Kind.SERVICE, ident)  # `"model": "llama3.2"` in a file that calls Ollama
    if hint.kind is Kind.DATASET:
        if ident in legacy_dataset_names():  # (the curated table included)
            return Value(Kind.DATASET, ident, rev)
        if (
            hint.strong
            and ident.lower() not in BUILDER_DATASETS
            and ident.lower() not in _GENERIC_WORDS
            and not _NUMERIC.fullmatch(ident)
            and len(ident) > 1
        ):
            return Value(Kind.DATASET, ident, rev)
    return None


#: A bare benchmark or builder name (`humaneval`, `mbpp`), not an `org/name`.
BARE_NAME = _lazyre.compile(r"[A-Za-z][\w.-]*")


def harness_selector(bare: Collection[str], hint: Hint) -> bool:
    """Two or more bare names of which one at least is no id under `hint` (`humaneval` beside
    `mbpp`): a harness's own selector labels, the known ones included."""
    return len(bare) >= 2 and any(classify_value(v, hint) is None for v in bare)


# --- positions -------------------------------------------------------------------------------


class LineIndex:
    """Offsets in a text -> 1-based (line, column)."""

    __slots__ = ("starts", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        starts = [0]
        find = text.find
        i = find("\n")
        while i != -1:
            starts.append(i + 1)
            i = find("\n", i + 1)
        self.starts = starts

    def pos(self, offset: int) -> tuple[int, int]:
        line = bisect_right(self.starts, offset)
        return line, offset - self.starts[line - 1] + 1

    def line_text(self, line: int) -> str:
        if line < 1 or line > len(self.starts):
            return ""
        start = self.starts[line - 1]
        end = self.starts[line] - 1 if line < len(self.starts) else len(self.text)
        return self.text[start:end]


#: The inference providers Hugging Face's router takes after a model id (`org/x:groq`).
_ROUTER_PROVIDERS = frozenset(
    {
        "hf-inference", "cerebras", "cohere", "fal-ai", "featherless-ai", "fireworks-ai", "groq",
        "hyperbolic", "nebius", "novita", "nscale", "ovhcloud", "publicai", "replicate",
        "sambanova", "scaleway", "together", "wavespeed", "zai-org", "baseten", "clarifai",
    }
)  # fmt: skip

# --- URLs, hf:// and hf-hub: anywhere ---------------------------------------------------------

_URLISH = _lazyre.compile(
    r"(?:(?:https?://)?(?:api-inference\.huggingface\.co/models|router\.huggingface\.co/"
    r"(?:hf-inference/)?models|cdn\.huggingface\.co)/|git@(?:hf\.co|huggingface\.co):|(?:https?:)?//(?:www\.)?(?:huggingface\.co|hf\.co)/|(?<![\w.@/-])(?:huggingface\.co|hf\.co)/"
    r"|https?://hf-mirror\.com/(?=[\w.-]+/[\w.-])"  # the Hub's mirror: its repositories' own paths
    # a clone URL with credentials: https://<user>:<TOKEN>@huggingface.co/org/x
    r"|https?://[^\s/@\"'`]{1,200}@(?:huggingface\.co|hf\.co)/"
    r"|hf://|huggingface://|(?<![\w-])hf[-_]hub:|(?<![\w./:-])hf:(?=[\w.-]+/[\w.-]))"
    r"[^\s\"'<>()\[\]{}`,;|\\]*",
    re.IGNORECASE | re.ASCII,
)


_OLLAMA_SCHEME = _lazyre.compile(r"ollama://(?P<tag>[\w.-]+(?::[\w.-]+)?)", re.I)
_URL_HINT = _lazyre.compile(
    r"uggingface\.co|hf\.co|hf-mirror\.com/|hf://|huggingface://|hf[-_]hub:|\bhf:\w", re.IGNORECASE
)


_QUERY_MODEL = _lazyre.compile(r"(?<=[a-z/])\?(?:[\w.-]+=[^&\s\"'`]*&)*model=(?P<v>[\w.:-]+)")


def url_references(path: str, text: str, index: LineIndex, detector: str) -> list[Reference]:
    """Hub URLs, `hf://` paths and `hf-hub:` names anywhere in `text` (images from
    `ASSET_DATASETS` are decoration, not uses)."""
    out: list[Reference] = []
    hub = _URL_HINT.search(text) is not None
    for m in _URLISH.finditer(text) if hub else ():
        raw = m.group(0).rstrip(".:!?*_~")
        # markdown emphasis / trailing punctuation
        start = m.start()
        at = raw.find("@")
        if at != -1 and "://" in raw[:8] and "/" not in raw[raw.index("://") + 3 : at]:
            # `https://user:TOKEN@huggingface.co/org/x`: the URL from its host (credentials are
            # neither part of what it names nor something to print)
            start += at + 1
            raw = raw[at + 1 :]
        value = classify_value(raw, None)
        if value is None:
            continue
        if text.startswith("{", m.end()) and raw.rstrip("-_.$").endswith(
            value.identifier.rpartition("/")[2]
        ):
            # a template's name (`https://huggingface.co/org/openr1_{category}_1k`): what comes
            # before the placeholder is not the repository (one in a file's path still is:
            # `.../whisper.cpp/resolve/main/ggml-${model}.bin`)
            continue
        out.append(ref_at(path, index, start, raw, value, detector))
    if any(r.kind is Kind.DATASET and "/" not in r.identifier for r in out):
        # `[AgentPublic](https://huggingface.co/datasets/AgentPublic)` beside its
        # `datasets/AgentPublic/service-public`: an organisation's page, not a dataset
        owners = {r.identifier.partition("/")[0] for r in out if "/" in r.identifier}
        out = [
            r
            for r in out
            if not (r.kind is Kind.DATASET and "/" not in r.identifier and r.identifier in owners)
        ]
    if "model=" in text:
        # an API's address that names its model: OpenAI's realtime
        # `wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview-2024-10-01`
        for q in _QUERY_MODEL.finditer(text):
            svc = classify_service(q.group("v"))
            if svc is not None and first_party_api_name(q.group("v")):
                value = Value(Kind.SERVICE, svc)
                out.append(ref_at(path, index, q.start("v"), q.group("v"), value, detector))
    if "ollama://" in text:
        # kubeai's `url: "ollama://gemma2:2b"`: a model Ollama's library serves
        for o in _OLLAMA_SCHEME.finditer(text):
            _, value = _self_evident(o.group())
            if value is not None:
                out.append(ref_at(path, index, o.start("tag"), value.identifier, value, detector))
    if "ollama.com/" in text or "ollama.ai/" in text:
        # the Ollama library's pages: `https://ollama.com/library/qwen2.5:32b` is the model
        # `ollama pull qwen2.5:32b` fetches, `ollama.com/user/name` a user's model
        for o in _OLLAMA_URL.finditer(text):
            name = o.group("name")
            if o.group("user") is not None and (
                o.group("user").lower() in _OLLAMA_PAGES or name.lower() in ("tags", "blobs")
            ):
                continue
            ident = name if o.group("user") is None else f"{o.group('user')}/{name}"
            out.append(
                ref_at(path, index, o.start(), o.group(), Value(Kind.SERVICE, ident), detector)
            )
    if "openrouter.ai/" in text:
        # OpenRouter's model pages: `https://openrouter.ai/models/meta-llama/llama-3.1-8b-instruct`
        # is the slug a request to it names (its own catalogue's, not the Hub's)
        for o in _OPENROUTER_URL.finditer(text):
            slug = o.group("slug")
            vendor = o.group("vendor").lower()
            if vendor not in _OPENROUTER_PAGES and (
                vendor in _OPENROUTER_VENDORS or any(c.isdigit() for c in o.group("name"))
            ):
                out.append(
                    ref_at(path, index, o.start("slug"), slug, Value(Kind.SERVICE, slug), detector)
                )
    if "dataset:" in text or "base_model:" in text:
        # a model card's tags, as the Hub writes them into its metadata and catalogues copy
        # them: `- dataset:ehartford/dolphin`, `- base_model:finetune:org/x`
        card = path.lower().endswith((".md", ".markdown"))
        for t in _CARD_TAG.finditer(text):
            if card and t.group("k").count(":"):
                continue  # (a README's `base_model:adapter:org/x` is the text detector's)
            kind = Kind.DATASET if t.group("k") == "dataset" else Kind.MODEL
            ident = t.group("id")
            ns, _, name = ident.partition("/")
            if is_valid_hub_id(ident) and plausible_namespaced(ns, name):
                out.append(ref_at(path, index, t.start("id"), ident, Value(kind, ident), detector))
    if "ai.azure.com/" in text or "ml.azure.com/" in text:
        # Azure AI Foundry's catalogue: `ai.azure.com/explore/models/Phi-4/version/1/registry/
        # azureml` is the model a deployment of it serves, by the catalogue's name
        for z in _AZURE_CATALOG.finditer(text):
            name = z.group("name")
            out.append(
                ref_at(path, index, z.start("name"), name, Value(Kind.SERVICE, name), detector)
            )
    if "build.nvidia.com/" in text:
        # NVIDIA's API catalogue's model pages: `build.nvidia.com/meta/llama-3_1-70b-instruct`
        for n in _NIM_PAGE.finditer(text):
            if n.group("vendor").lower() in _NIM_VENDORS:
                slug = n.group("slug")
                out.append(
                    ref_at(path, index, n.start("slug"), slug, Value(Kind.SERVICE, slug), detector)
                )
    if "ORTEX" in text or "ortex" in text or "AI_COMPLETE" in text or "AI_EMBED" in text:
        # Snowflake Cortex's functions, in SQL or Python: `SNOWFLAKE.CORTEX.COMPLETE(
        # 'mistral-large', ...)`, `EMBED_TEXT_768('snowflake-arctic-embed-m-v1.5', txt)`,
        # `Complete("llama3.1-70b", prompt)`: the first argument is Cortex's model name
        for c in _CORTEX_CALL.finditer(text):
            name = c.group("name")
            if _CORTEX_NAME.fullmatch(name) is not None:
                out.append(
                    ref_at(path, index, c.start("name"), name, Value(Kind.SERVICE, name), detector)
                )
    if "ai_query" in text or "AI_QUERY" in text or "databricks-" in text:
        # Databricks: SQL's `ai_query('databricks-dbrx-instruct', ...)` (in a notebook's `# MAGIC
        # %sql` cell too) and MLflow's `predict(endpoint="databricks-gte-large-en")`: the
        # endpoint's name, when it is one of Databricks' own Foundation Model APIs
        for d in _DATABRICKS_CALL.finditer(text):
            name = d.group("name")
            svc = classify_service(name)
            if svc is not None:
                value = Value(Kind.SERVICE, svc)
                out.append(ref_at(path, index, d.start("name"), name, value, detector))
    # the Gemini REST API, `.../v1beta/models/gemini-2.0-flash:generateContent`, and its model
    # docs at a model's section, `ai.google.dev/gemini-api/docs/models#gemini-2.0-flash-lite`
    # (a proxy in front of it, `http://127.0.0.1:8712/v1beta/models/gemini-2.0-flash:generateContent`,
    # by its path and method)
    seen_at: set[int] = set()
    for host, rx in (
        ("googleapis.com/", _GEMINI_REST),
        ("ai.google.dev/", _GEMINI_DOCS),
        ("Content", _GEMINI_METHOD),
    ):
        if host not in text:
            continue
        for g in rx.finditer(text):
            name = g.group("name")
            if g.start("name") in seen_at:
                continue
            seen_at.add(g.start("name"))
            if classify_service(name) is not None:
                out.append(
                    ref_at(path, index, g.start("name"), name, Value(Kind.SERVICE, name), detector)
                )
    return out


#: The Gemini REST API's path and method behind any host (a local proxy, a gateway).
_GEMINI_METHOD = _lazyre.compile(
    r"/v1(?:beta\d?|alpha)?/models/(?P<name>[\w.-]*\w)"
    r":(?:generateContent|streamGenerateContent|embedContent|batchEmbedContents)\b"
)


_CARD_TAG = _lazyre.compile(
    r"(?:^[ \t]*-[ \t]+|[\"'][ \t]*)"
    r"(?P<k>dataset|base_model(?::(?:adapter|finetune|quantized|merge))?)"
    r":(?P<id>[A-Za-z0-9][\w.-]*/[\w.-]*[A-Za-z0-9])(?=[\"'\s,\]]|$)",
    re.M,
)
_AZURE_CATALOG = _lazyre.compile(
    r"(?<![\w.-])(?:https?://)?(?:ai|ml)\.azure\.com/(?:explore/models|catalog/models|"
    r"registries/[\w-]+/models)/(?P<name>[A-Za-z0-9][\w.-]*[A-Za-z0-9])(?![\w-])",
    re.ASCII,
)
_NIM_PAGE = _lazyre.compile(
    r"(?<![\w.-])(?:https?://)?build\.nvidia\.com/(?P<slug>(?P<vendor>[a-z0-9][\w-]*)/"
    r"[a-z0-9][\w.-]*[a-z0-9])(?![\w/-])",
    re.ASCII,
)
_CORTEX_CALL = _lazyre.compile(
    r"(?:\bCORTEX\.(?:COMPLETE|TRY_COMPLETE|EMBED_TEXT_768|EMBED_TEXT_1024|FINETUNE)"
    r"|\b(?:AI_COMPLETE|AI_EMBED|AI_AGG|AI_SUMMARIZE_AGG)"
    r"|(?<![\w.])(?:Complete|complete|cortex\.complete|cortex\.Complete)"
    r"|cortex_embed_service\.embed)"
    r"[ \t]*\([ \t\r\n]*(?:model[ \t]*=[ \t]*)?(?P<q>['\"])(?P<name>[\w.-]{2,80})(?P=q)",
    re.IGNORECASE,
)
_DATABRICKS_CALL = _lazyre.compile(
    r"(?:\bai_query[ \t]*\((?:\s|#[ \t]*MAGIC\b)*|\bendpoint[ \t]*=[ \t]*)"
    r"(?P<q>['\"])(?P<name>[\w.-]{2,80})(?P=q)",
    re.IGNORECASE,
)
#: Cortex's names: lower case, a digit or a dash (`mistral-large`, `llama3.1-70b`, `e5-base-v2`).
_CORTEX_NAME = _lazyre.compile(r"[a-z][a-z0-9]*(?:[.-][a-z0-9]+)+|[a-z]+\d[a-z0-9.]*")
_GEMINI_DOCS = _lazyre.compile(
    r"ai\.google\.dev/gemini-api/docs/models(?:/gemini)?/?(?:\?[^#\s)]*)?#(?P<name>gemini-[\w.-]*\w)",
    re.ASCII,
)
_OPENROUTER_URL = _lazyre.compile(
    r"(?<![\w.-])(?:https?://)?(?:www\.)?openrouter\.ai/(?:models/)?"
    r"(?P<slug>(?P<vendor>[a-z0-9][\w.-]*)/(?P<name>[a-z0-9][\w.-]*[a-z0-9])(?::[a-z]+)?)"
    r"(?![\w/-])",
    re.ASCII,
)
#: OpenRouter's own pages, not vendors: `openrouter.ai/docs/...`, `openrouter.ai/api/v1`.
_OPENROUTER_PAGES = frozenset(
    {"docs", "api", "settings", "keys", "chat", "rankings", "apps", "activity", "credits",
     "privacy", "terms", "announcements", "providers", "enterprise", "pricing", "signin",
     "workspaces", "models", "blog", "docs.openrouter.ai"}
)  # fmt: skip
_OLLAMA_URL = _lazyre.compile(
    r"(?<![\w.-])(?:https?://)?(?:www\.)?ollama\.(?:com|ai)/"
    r"(?:library/|(?P<user>[\w.-]+)/)(?P<name>[a-z0-9][\w.-]*[\w](?::[\w.-]*\w)?)",
    re.ASCII,
)
#: The site's own pages, not users: `ollama.com/blog/embedding-models`.
_OLLAMA_PAGES = frozenset(
    {
        "blog",
        "download",
        "docs",
        "search",
        "public",
        "api",
        "models",
        "settings",
        "signin",
        "signup",
        "pricing",
        "turbo",
        "cloud",
        "library",
        "install.sh",
        "assets",
        "images",
    }
)
_VERTEX_PUBLISHER = _lazyre.compile(
    r"(?:projects/[\w.-]+/locations/[\w-]+/)?publishers/[a-z][\w-]*/models/(?P<name>[\w.-]*\w(?:@[\w.-]+)?)"
)
_GEMINI_REST = _lazyre.compile(
    # (the host and the path may be two strings joined by the language: `"...googleapis.com"`
    # `"/v1beta/models/gemini-2.0-flash:generateContent"` on the next line)
    r"googleapis\.com(?:[\"'`]\s*\+?\s*[\"'`]|[\"'`]\s*\+?\s*f[\"'])?"
    r"/v1(?:beta\d?|alpha)?/(?:projects/[^\s\"'/]+/locations/[^\s\"'/]+/"
    r"publishers/google/)?models/(?P<name>[\w.-]*\w)(?::[a-zA-Z]+|(?![\w.:/{-]))"
)


def ref_at(
    path: str,
    index: LineIndex,
    offset: int,
    raw: str,
    value: Value,
    detector: str,
) -> Reference:
    """A Reference for `value`, written as `raw` at character `offset`."""
    line, col = index.pos(offset)
    return Reference(
        path=path,
        line=line,
        column=col,
        identifier=value.identifier,
        kind=value.kind,
        text=raw,
        detector=detector,
        revision=value.revision,
    )


def in_spans(offset: int, spans: Collection[tuple[int, int]]) -> bool:
    """Whether character `offset` falls inside one of the half-open `spans` (fences, blocks)."""
    return any(a <= offset < b for a, b in spans)


def is_model_dir(name: str) -> bool:
    """A directory named for models (`config/model/`, agentscope's `_models/`): each YAML file
    in it describes one model, named by its top-level `name:`."""
    return name.lower().lstrip("_") in ("model", "models", "llm", "llms")
