"""Hub id grammar, legacy ids, URL and hf:// parsing, sentence-transformers names, services."""

from __future__ import annotations

import pytest

from license_gate.ids import (
    LEGACY_DATASETS,
    LEGACY_MODELS,
    canonical_id,
    classify_service,
    expand_sentence_transformers,
    is_service_name,
    is_tagged_name,
    is_valid_hub_id,
    parse_hub_url,
)
from license_gate.models import Kind


@pytest.mark.parametrize(
    "s",
    [
        "gpt2",
        "meta-llama/Llama-3.1-8B-Instruct",
        "Qwen/Qwen2.5-7B-Instruct",
        "openai/whisper-tiny.en",
        "sentence-transformers/all-MiniLM-L6-v2",
        "a" * 96,
        "_private/x_y",
    ],
)
def test_valid_ids(s: str) -> None:
    assert is_valid_hub_id(s)


@pytest.mark.parametrize(
    "s",
    [
        "",
        "a/b/c",
        "org/",
        "/name",
        "-lead/name",
        "org/trail-",
        "org/.dot",
        "org--x/name",
        "org/na..me",
        "org/name.git",
        "a" * 97,
        "spaces in/name",
        "ünï/code",
        "org/name:tag",
    ],
)
def test_invalid_ids(s: str) -> None:
    assert not is_valid_hub_id(s)


def test_legacy_tables_map_to_valid_namespaced_ids() -> None:
    assert LEGACY_MODELS["bert-base-uncased"] == "google-bert/bert-base-uncased"
    assert LEGACY_MODELS["gpt2"] == "openai-community/gpt2"
    assert LEGACY_MODELS["t5-small"] == "google-t5/t5-small"
    assert LEGACY_MODELS["roberta-base"] == "FacebookAI/roberta-base"
    assert LEGACY_MODELS["distilbert-base-uncased"] == "distilbert/distilbert-base-uncased"
    assert LEGACY_DATASETS["squad"] == "rajpurkar/squad"
    for legacy, new in [*LEGACY_MODELS.items(), *LEGACY_DATASETS.items()]:
        assert "/" not in legacy
        assert is_valid_hub_id(legacy)
        assert new.count("/") == 1
        assert is_valid_hub_id(new)
        assert new.endswith("/" + legacy)


def test_canonical_id() -> None:
    assert canonical_id(Kind.MODEL, "gpt2") == "openai-community/gpt2"
    assert canonical_id(Kind.MODEL, "BERT-BASE-UNCASED") == "google-bert/bert-base-uncased"
    assert canonical_id(Kind.DATASET, "imdb") == "stanfordnlp/imdb"
    assert canonical_id(Kind.MODEL, "imdb") == "imdb"  # not a legacy *model*
    assert canonical_id(Kind.MODEL, "org/gpt2") == "org/gpt2"
    assert canonical_id(Kind.SPACE, "gpt2") == "gpt2"


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        (
            "https://huggingface.co/meta-llama/Llama-2-7b-hf",
            (Kind.MODEL, "meta-llama/Llama-2-7b-hf", None),
        ),
        ("https://hf.co/org/name", (Kind.MODEL, "org/name", None)),
        ("huggingface.co/org/name/tree/v1.0", (Kind.MODEL, "org/name", "v1.0")),
        (
            "https://huggingface.co/org/name/resolve/main/model.safetensors",
            (Kind.MODEL, "org/name", "main"),
        ),
        (
            "https://huggingface.co/org/name/blob/refs%2Fpr%2F3/README.md",
            (Kind.MODEL, "org/name", "refs/pr/3"),
        ),
        (
            "https://huggingface.co/datasets/rajpurkar/squad/resolve/main/README.md",
            (Kind.DATASET, "rajpurkar/squad", "main"),
        ),
        ("https://huggingface.co/datasets/squad", (Kind.DATASET, "squad", None)),
        (
            "https://huggingface.co/spaces/gradio/hello_world",
            (Kind.SPACE, "gradio/hello_world", None),
        ),
        ("https://huggingface.co/gpt2", (Kind.MODEL, "gpt2", None)),
        ("https://huggingface.co/api/models/org/name", (Kind.MODEL, "org/name", None)),
        ("https://huggingface.co/api/datasets/org/ds/revision/v2", (Kind.DATASET, "org/ds", "v2")),
        ("hf://datasets/org/data@v1/train.parquet", (Kind.DATASET, "org/data", "v1")),
        ("hf://org/model@refs/pr/3/config.json", (Kind.MODEL, "org/model", "refs/pr/3")),
        ("hf://spaces/org/app", (Kind.SPACE, "org/app", None)),
        # MLC's package configs write the scheme in capitals
        (
            "HF://mlc-ai/Llama-3.2-1B-Instruct-q4f16_1-MLC",
            (Kind.MODEL, "mlc-ai/Llama-3.2-1B-Instruct-q4f16_1-MLC", None),
        ),
        ("https://api-inference.huggingface.co/models/org/name", (Kind.MODEL, "org/name", None)),
    ],
)
def test_parse_hub_url(url: str, expected: tuple[Kind, str, str | None]) -> None:
    assert parse_hub_url(url) == expected


@pytest.mark.parametrize(
    "url",
    [
        "https://huggingface.co/docs/transformers/index",
        "https://huggingface.co/blog/llama2",
        "https://huggingface.co/settings/tokens",
        "https://huggingface.co/collections/meta-llama/llama-31-669fc079",
        "https://huggingface.co/papers/2307.09288",
        "https://huggingface.co/models?search=llama",
        "https://huggingface.co/datasets",
        "https://huggingface.co/meta-llama",  # an organisation page
        "https://huggingface.co/spaces",
        "https://github.com/huggingface/transformers",
        "hf://gpt2",  # hf:// requires namespace/name
        "hf://buckets/org/b",
        "https://huggingface.co/metrics/wer",  # the old `evaluate` metric pages
        # the old docs' pages (before /docs/)
        "https://huggingface.co/diffusers/installation.html#offline-mode",
        "https://huggingface.co/transformers/model_doc/bert.html",
        "git@hf.co:datasets/????/results",  # a placeholder where the owner goes
    ],
)
def test_parse_hub_url_rejects_non_repositories(url: str) -> None:
    assert parse_hub_url(url) is None


def test_expand_sentence_transformers() -> None:
    assert (
        expand_sentence_transformers("all-MiniLM-L6-v2") == "sentence-transformers/all-MiniLM-L6-v2"
    )
    assert (
        expand_sentence_transformers("paraphrase-multilingual-mpnet-base-v2")
        == "sentence-transformers/paraphrase-multilingual-mpnet-base-v2"
    )
    assert expand_sentence_transformers("BAAI/bge-small-en-v1.5") == "BAAI/bge-small-en-v1.5"
    assert expand_sentence_transformers("my_local_model") == "my_local_model"


@pytest.mark.parametrize(
    ("name", "service"),
    [
        ("gpt-4o", "gpt-4o"),
        ("gpt-4o-2024-08-06", "gpt-4o-2024-08-06"),
        ("o3-mini", "o3-mini"),
        ("text-embedding-3-small", "text-embedding-3-small"),
        ("claude-3-5-sonnet-20241022", "claude-3-5-sonnet-20241022"),
        ("claude-sonnet-4-20250514", "claude-sonnet-4-20250514"),
        ("gemini-1.5-pro", "gemini-1.5-pro"),
        ("mistral-large-latest", "mistral-large-latest"),
        ("grok-2", "grok-2"),
        ("deepseek-chat", "deepseek-chat"),
        ("command-r-plus", "command-r-plus"),
        ("openai/gpt-4o", "gpt-4o"),
        ("anthropic/claude-3-opus-20240229", "claude-3-opus-20240229"),
        ("ollama/llama3", "llama3"),
        ("anthropic.claude-3-sonnet-20240229-v1:0", "anthropic.claude-3-sonnet-20240229-v1:0"),
        # OpenRouter's aliases of a vendor's newest model
        ("~anthropic/claude-sonnet-4.5", "claude-sonnet-4.5"),
        # Z.ai's provider prefix (litellm, opencode) and OpenRouter's vendor slug for it
        ("zai/glm-4.6", "glm-4.6"),
        ("z-ai/glm-4.5-air", "glm-4.5-air"),
        # a router's routing suffix is no part of the name
        (
            "anthropic/claude-opus-4-5@provider=amazon-bedrock&allow_fallbacks=false",
            "claude-opus-4-5",
        ),
    ],
)
def test_services(name: str, service: str) -> None:
    assert classify_service(name) == service
    assert is_service_name(name)


@pytest.mark.parametrize(
    "name",
    [
        "gpt2",
        "gpt-oss-20b",
        "openai/gpt-oss-20b",
        "openai/whisper-large-v3",
        "openai/clip-vit-base-patch32",
        "google/gemma-2-9b-it",
        "mistralai/Mistral-7B-v0.1",
        "claude-sonnet",  # a litellm alias, not an API model name
        "gemma",
        "bert-base-uncased",
        "gemini/unknown",  # a wrapper's stand-in for a name it could not read
    ],
)
def test_not_services(name: str) -> None:
    assert classify_service(name) is None


def test_ollama_tags() -> None:
    assert classify_service("llama3:8b") == "llama3:8b"
    assert (
        classify_service("qwen2.5-coder:7b-instruct-q4_K_M") == "qwen2.5-coder:7b-instruct-q4_K_M"
    )
    assert classify_service("llama3", ollama=True) == "llama3"
    assert classify_service("postgres:15") is None
    assert classify_service("llama3") is None  # a bare name needs an Ollama context


def test_ollama_colon_prefix() -> None:
    from license_gate.ids import classify_service

    assert classify_service("ollama:llama3.2:3b") == "llama3.2:3b"
    assert classify_service("ollama_chat:qwen2.5:7b") == "qwen2.5:7b"
    assert classify_service("ollama:./weights/model.gguf") is None
    assert classify_service("ollama:") is None


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("x-ai/grok-3-beta", "grok-3-beta"),
        ("deepseek/deepseek-chat-v3-0324", "deepseek-chat-v3-0324"),
        ("deepseek/deepseek-r1-distill-llama-70b", "deepseek-r1-distill-llama-70b"),
        ("Llama3-8b-8192", "Llama3-8b-8192"),
        ("gemma-7b-it", "gemma-7b-it"),
        ("openai/whisper-large-v3", None),  # a Hub model, not the OpenAI API
        # Zhipu's tiers as its console capitalises them (lm_eval `model=GLM-4-FlashX`); the
        # open weights of the same family are Hub repositories
        ("GLM-4-FlashX", "GLM-4-FlashX"),
        ("GLM-4-Air-250414", "GLM-4-Air-250414"),
        ("GLM-4-9B", None),
        ("GLM-4.5-Air", None),
    ],
)
def test_more_service_names(value: str, expected: str | None) -> None:
    assert classify_service(value) == expected


@pytest.mark.parametrize("value", ["24h", "1", "3", "true", "0.5"])
def test_settings_are_not_ollama_tags_even_in_an_ollama_context(value: str) -> None:
    assert classify_service(value, ollama=True) is None
    assert classify_service("llama3.2", ollama=True) == "llama3.2"


def test_zhipu_api_names() -> None:
    assert classify_service("glm-4-plus") == "glm-4-plus"
    assert classify_service("glm-4-9b-chat") is None  # THUDM's open weights, a Hub name


def test_installer_urls_are_not_repositories() -> None:
    from license_gate.ids import parse_hub_url

    assert parse_hub_url("https://hf.co/cli/install.sh") is None
    assert parse_hub_url("https://hf.co/cli/install.ps1") is None
    assert parse_hub_url("https://huggingface.co/openai/whisper-tiny.en") == (
        Kind.MODEL,
        "openai/whisper-tiny.en",
        None,
    )


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("vertexai/gemini-2.0-flash-001", "gemini-2.0-flash-001"),
        ("generative-ai/gemini-2.5-pro-exp-03-25", "gemini-2.5-pro-exp-03-25"),
        (
            "fireworks/accounts/fireworks/models/deepseek-v3",
            "accounts/fireworks/models/deepseek-v3",
        ),
        ("writer/palmyra-x5", "palmyra-x5"),
        ("cohere/c4ai-aya-expanse-32b", "c4ai-aya-expanse-32b"),
        ("cohere/my-finetune", None),  # `cohere` is also a Hub org: only API names count
    ],
)
def test_instructor_style_provider_prefixes(value: str, expected: str | None) -> None:
    assert classify_service(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("gpt-35-turbo-16k", "gpt-35-turbo-16k"),  # Azure OpenAI's spelling
        ("text-embedding-ada-001", "text-embedding-ada-001"),
        ("minimax/MiniMax-M3", "MiniMax-M3"),
    ],
)
def test_azure_spellings_and_minimax(value: str, expected: str) -> None:
    assert classify_service(value) == expected


@pytest.mark.parametrize("value", ["gpt-4-", "claude-3.", "gemini-1.5_"])
def test_name_prefixes_are_not_service_names(value: str) -> None:
    assert classify_service(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "qwen-max",
        "qwen-plus-latest",
        "qwen-vl-max",
        "qwen3-coder-plus",
        "text-embedding-v3",  # DashScope's embeddings
        "moonshot-v1-8k",
        "kimi-k2-0711-preview",
        "ernie-4.0-8k",
        "ernie-speed-128k",
        "doubao-seed-1-6-250615",
        "yi-large",
        "abab6.5s-chat",
        "MiniMax-Text-01",
        "hunyuan-pro",
        "llama-3.1-sonar-large-128k-online",
        "nova-2",  # Deepgram
        "aura-asteria-en",
        "sd3-large",
    ],
)
def test_chinese_platform_and_speech_api_names(value: str) -> None:
    assert classify_service(value) == value


@pytest.mark.parametrize(
    "value",
    [
        "qwen-coder",
        "qwen-vl",
        "qwen-7b",
        "qwen-14b-chat",
        "yi-6b",
        "ernie-3.0-base-zh",
        "nova",
        "spark",
        "doubao",
    ],
)
def test_open_weight_short_names_are_not_api_names(value: str) -> None:
    # open-weight checkpoints (PaddleNLP's `ernie-3.0-base-zh`) and bare words stay out
    assert classify_service(value) is None


@pytest.mark.parametrize(
    "value",
    [
        "claude-sonnet-4@20250514",  # Anthropic on Vertex AI
        "claude-3-5-sonnet-v2@20241022",
        "@cf/meta/llama-3.3-70b-instruct-fp8-fast",  # Cloudflare Workers AI
        "@hf/thebloke/mistral-7b-instruct-v0.1-awq",
        "fal-ai/flux/dev",  # fal endpoints
        "fal-ai/hunyuan-video",
    ],
)
def test_hosted_endpoint_names(value: str) -> None:
    assert classify_service(value) == value


@pytest.mark.parametrize("value", ["@cf/meta", "fal-ai/", "claude-3@2024"])
def test_partial_endpoint_names_are_not_services(value: str) -> None:
    assert classify_service(value) is None


def test_chinese_wwm_names_are_not_legacy_ids() -> None:
    from license_gate.ids import is_legacy_model

    assert not is_legacy_model("roberta-wwm-ext-large")
    assert not is_legacy_model("bert-wwm-ext")
    assert is_legacy_model("bert-base-chinese")
    assert is_legacy_model("roberta-large-mnli")


def test_litellm_mistral_tiers_are_the_api() -> None:
    from license_gate.scan._common import MODEL_NAME, classify_value

    got = classify_value("mistral/mistral-large", MODEL_NAME)
    assert got is not None
    assert (got.kind, got.identifier) == (Kind.SERVICE, "mistral-large")
    hub = classify_value("mistralai/Mistral-Large-Instruct-2411", MODEL_NAME)
    assert hub is not None
    assert hub.kind is Kind.MODEL


def test_oci_and_regional_bedrock_names() -> None:
    from license_gate.ids import classify_service

    assert classify_service("xai.grok-4-fast-reasoning") == "xai.grok-4-fast-reasoning"
    assert classify_service("jp.anthropic.claude-sonnet-4-5-20250929-v1:0") is not None
    assert classify_service("xai.settings") is None


def test_groq_hosted_names() -> None:
    from license_gate.ids import classify_service

    assert classify_service("deepseek-r1-distill-llama-70b") == "deepseek-r1-distill-llama-70b"
    assert classify_service("llama-3-70b-8192") == "llama-3-70b-8192"  # (trmx's spelling)
    assert classify_service("llama-guard-3-8b") == "llama-guard-3-8b"


def test_foundry_local_provider_ids() -> None:
    from license_gate.ids import provider_model

    assert provider_model("foundry:phi-4") == "phi-4"
    assert provider_model("foundry:") is None


def test_a_provider_format_with_a_placeholder_in_capitals() -> None:
    from license_gate.ids import provider_model

    # Falk's docs table: `| **OpenAI** | `openai:MODEL` | ... |`
    assert provider_model("openai:MODEL") is None
    assert provider_model("anthropic:MODEL_NAME") is None
    assert provider_model("openai:gpt-4o") == "gpt-4o"
    assert provider_model("groq:GPT4") == "GPT4"  # (a digit: a name, however it is written)


def test_dated_names_of_chinese_platforms() -> None:
    from license_gate.ids import classify_service

    # Volcano Engine dates its DeepSeek endpoints with six digits; DashScope serves QwQ
    assert classify_service("deepseek-r1-250120") == "deepseek-r1-250120"
    assert classify_service("deepseek-v3-241226") == "deepseek-v3-241226"
    assert classify_service("qwq-32b") == "qwq-32b"


def test_llama_runtimes_are_not_ollama_models() -> None:
    from license_gate.ids import classify_service, is_ollama_family

    for name in ("llama.cpp", "llamafile", "llama-server", "llama-cli"):
        assert not is_ollama_family(name)
    assert is_ollama_family("llama3.2")
    assert classify_service("llama3.2", ollama=True) == "llama3.2"


def test_later_versions_of_versioned_hosted_families() -> None:
    from license_gate.ids import classify_service

    assert classify_service("kimi-k3") == "kimi-k3"
    assert classify_service("kimi-k2.5") == "kimi-k2.5"
    assert classify_service("deepseek-v4.1-flash") == "deepseek-v4.1-flash"
    assert classify_service("ollama-cloud/kimi-k3") == "kimi-k3"
    assert classify_service("kimi-kitchen") is None


def test_palm_2_was_never_open_weights() -> None:
    from license_gate.ids import classify_service

    assert classify_service("google/palm-2-chat-bison") == "palm-2-chat-bison"
    assert classify_service("palm-2-codechat-bison") == "palm-2-codechat-bison"


def test_this_years_hosted_names_and_what_is_not_one() -> None:
    from license_gate.ids import classify_service, is_ollama_tag

    # Xiaomi's MiMo API, DeepSeek's tiers, Mistral's dated multimodal names
    assert classify_service("mimo-v2.6-flash") == "mimo-v2.6-flash"
    assert classify_service("mimo-v2-flash") == "mimo-v2-flash"
    assert classify_service("deepseek-flash") == "deepseek-flash"
    assert classify_service("pixtral-12b-2409") == "pixtral-12b-2409"
    # an MCP tool's vendor key, not Anthropic's model
    assert classify_service("anthropic/alwaysLoad") is None
    assert classify_service("anthropic/claude-3-haiku-20240307") == "claude-3-haiku-20240307"
    # a test's made-up Ollama models, also where the code says Ollama
    assert not is_ollama_tag("custom:1b", explicit=True)
    assert not is_ollama_tag("bad:1b", explicit=True)
    assert is_ollama_tag("qwen3:8b", explicit=True)


def test_siliconflow_pro_tier_and_openai_compatible_served_names() -> None:
    from license_gate.scan._common import MODEL_NAME, WEAK, classify_value

    assert classify_service("Pro/deepseek-ai/DeepSeek-V3.1-Terminus") == (
        "Pro/deepseek-ai/DeepSeek-V3.1-Terminus"
    )
    served = classify_value("openai/openhands-lm-32b-v0.1", MODEL_NAME)
    assert served is not None
    assert (served.kind, served.identifier) == (
        Kind.SERVICE,
        "openhands-lm-32b-v0.1",
    )
    assert classify_value("openai/openhands-lm-32b-v0.1", WEAK) is None
    hub = classify_value("openai/whisper-large-v3", MODEL_NAME)
    assert hub is not None
    assert hub.kind is Kind.MODEL


def test_a_hosted_models_tokenizer_is_not_the_model() -> None:
    assert classify_service("jamba-1.5-mini") == "jamba-1.5-mini"
    assert classify_service("jamba-1.5-mini-tokenizer") is None
    assert classify_service("jamba-instruct-tokenizer") is None


def test_dashscope_names_of_later_qwen_releases() -> None:
    for name in ("qwen3.7-flash", "qwen3.5-plus", "qwen3-flash", "qwen3-vl-plus"):
        assert classify_service(name) == name
    assert classify_service("qwen3.5-27b") is None  # open weights, not DashScope's name


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("ppapi/claude-opus-4-5-20251101", "claude-opus-4-5-20251101"),  # a configured alias
        ("corp_llm/gpt-4o-mini", "gpt-4o-mini"),
        ("opencode/kimi-k3", "kimi-k3"),  # opencode Zen
        ("Xenova/gpt-4o", None),  # a tokenizer on the Hub
        ("lmstudio-community/gemini-3-4b", None),  # a hyphenated Hub org
        ("xai-org/grok-1", None),  # open weights
        ("mlx_org/gpt-oss-20b", None),
        ("update/claude-opus-4-x", None),  # a git branch
    ],
)
def test_first_party_names_under_a_configured_providers_alias(
    value: str, expected: str | None
) -> None:
    assert classify_service(value) == expected


@pytest.mark.parametrize(
    ("value", "expected"),
    [("zai-glm-4.7", "zai-glm-4.7"), ("timegpt-1-long-horizon", "timegpt-1-long-horizon")],
)
def test_hosted_names_of_cerebras_glm_and_nixtla(value: str, expected: str) -> None:
    assert classify_service(value) == expected


@pytest.mark.parametrize("value", ["azure/<deployment>", "openai/<model>", "<your-model>"])
def test_a_placeholder_in_angle_brackets_is_no_hosted_name(value: str) -> None:
    assert classify_service(value) is None


def test_a_date_written_as_letters_is_a_placeholder() -> None:
    # MIRA's model_config.py (GitHub, 2025): `# e.g. "gpt-4o", "gpt-4o-2024-12-xx"`.
    from license_gate.ids import classify_service

    assert classify_service("gpt-4o-2024-12-xx") is None
    assert classify_service("claude-3-5-sonnet-2024MMDD") is None
    assert classify_service("gpt-4o-2024-08-06") == "gpt-4o-2024-08-06"
    assert classify_service("mixtral-8x7b-32768") == "mixtral-8x7b-32768"


def test_gpt3_base_models_only_after_openais_prefix() -> None:
    # HELM's inference_denoised_runtimes.json (PyPI medhelm, 2026): `"openai/davinci": {...}`.
    from license_gate.ids import classify_service

    assert classify_service("openai/davinci") == "davinci"
    assert classify_service("openai/ada") == "ada"
    assert classify_service("davinci") is None  # (a word, and a painter)
    assert classify_service("ada") is None


def test_volcano_engine_arks_dated_glm_names() -> None:
    # repopilot-agent's cost.py (PyPI, 2026): Ark's price table beside its Doubao names.
    from license_gate.ids import classify_service

    assert classify_service("glm-4-7-251222") == "glm-4-7-251222"
    assert classify_service("glm-5-2-260617") == "glm-5-2-260617"
    assert classify_service("glm-4-9b") is None  # the open weights' size, not Ark's date


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("eu.anthropic.claude-3-haiku-20240307-v1:0", "eu.anthropic.claude-3-haiku-20240307-v1:0"),
        ("anthropic.claude-instant-v1", "anthropic.claude-instant-v1"),
        ("cohere.command-a-vision", "cohere.command-a-vision"),  # OCI's, no version in it
        ("openai.gpt-oss-120b-1:0", "openai.gpt-oss-120b-1:0"),
        # a quota table's prefixes, matched against the ids; a test's invalid ids
        ("anthropic.claude-sonnet", None),
        ("us.anthropic.claude-sonnet", None),
        ("anthropic.gpt-4", None),
    ],
)
def test_bedrock_ids_and_what_only_looks_like_them(value: str, expected: str | None) -> None:
    assert classify_service(value) == expected


def test_ollama_routes_and_word_tags() -> None:
    assert classify_service("ollama/api/tags") is None  # `"source": "ollama/api/tags"`
    assert classify_service("ollama/v1/chat/completions") is None
    assert classify_service("ollama/llama3:8b") == "llama3:8b"
    # IBM's granite4 tags and DeepSeek Coder's `lite` are words, not sizes
    assert is_tagged_name("granite4:micro")
    assert is_tagged_name("granite4:tiny-h")
    assert is_tagged_name("deepseek-coder-v2:lite")
    assert not is_tagged_name("redis:alpine")


def test_zeroentropy_rerankers() -> None:
    assert classify_service("zerank-1") == "zerank-1"
    assert classify_service("zerank-1-small") == "zerank-1-small"
    assert classify_service("zerank") is None


def test_typesafe_decision_models() -> None:
    # three packages of stop 38 call them through `TYPESAFE_MODEL` and OpenRouter's `typesafe/`
    assert classify_service("jev-latest") == "jev-latest"
    assert classify_service("jev-1.13.0") == "jev-1.13.0"
    assert classify_service("jev") is None
