"""YAML, JSON, TOML and INI configs: key-aware, line-aware, templated values, look-alikes."""

from __future__ import annotations

from license_gate.models import Kind
from license_gate.scan import scan_text
from tests.scan.helpers import ids, one, scan

AXOLOTL = """
base_model: NousResearch/Meta-Llama-3-8B   # the base
model_type: LlamaForCausalLM
tokenizer_type: AutoTokenizer
datasets:
  - path: tatsu-lab/alpaca
    type: alpaca
  - path: data/local_shards
    type: completion
dataset_mixer:
  HuggingFaceH4/ultrafeedback_binarized: 1.0
output_dir: ./outputs/lora-out
hub_model_id: acme/llama3-lora
wandb_project: acme/experiments
"""


def test_axolotl_style_config() -> None:
    refs = scan("configs/lora.yml", AXOLOTL)
    assert ids(refs) == {
        ("model", "NousResearch/Meta-Llama-3-8B"),
        ("dataset", "tatsu-lab/alpaca"),
        ("dataset", "HuggingFaceH4/ultrafeedback_binarized"),
    }
    r = one(refs, "NousResearch/Meta-Llama-3-8B")
    assert (r.line, r.column, r.detector) == (1, 13, "config")


def test_yaml_lists_templates_and_flow() -> None:
    refs = scan(
        "c.yaml",
        """
        model:
          name: ${oc.env:BASE_MODEL,mistralai/Mistral-7B-v0.1}
          revision: main
        eval_models: [acme/eval-a, "acme/eval-b"]
        tokenizer_name: "{{ tokenizer }}"
        datasets:
        - HuggingFaceH4/no_robots
        - {path: allenai/c4, split: train}
        image: nvcr.io/nvidia/pytorch:24.01-py3
        date: 2024/01
        """,
    )
    assert ids(refs) == {
        ("model", "mistralai/Mistral-7B-v0.1"),
        ("model", "acme/eval-a"),
        ("model", "acme/eval-b"),
        ("dataset", "HuggingFaceH4/no_robots"),
        ("dataset", "allenai/c4"),
    }


def test_workflow_and_compose() -> None:
    refs = scan(
        ".github/workflows/eval.yml",
        """
        jobs:
          eval:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v4
              - uses: huggingface/setup-hf@v1
              - run: |
                  python eval.py \\
                    --model_name_or_path Qwen/Qwen2.5-0.5B \\
                    --dataset_name=openai/gsm8k
            env:
              MODEL_ID: google/gemma-2-2b-it
        services:
          tgi:
            image: ghcr.io/huggingface/text-generation-inference:2.2.0
            command:
              - --model-id
              - mistralai/Mistral-7B-Instruct-v0.3
            environment:
              - HF_TOKEN=${HF_TOKEN}
        """,
    )
    assert ids(refs) == {
        ("model", "Qwen/Qwen2.5-0.5B"),
        ("dataset", "openai/gsm8k"),
        ("model", "google/gemma-2-2b-it"),
        ("model", "mistralai/Mistral-7B-Instruct-v0.3"),
    }
    assert one(refs, "Qwen/Qwen2.5-0.5B").line == 9


def test_k8s_env_name_value() -> None:
    refs = scan(
        "deploy.yaml",
        """
        env:
          - name: MODEL_ID
            value: Qwen/Qwen2.5-Coder-7B-Instruct
          - name: LOG_LEVEL
            value: acme/not-a-model
        """,
    )
    assert ids(refs) == {("model", "Qwen/Qwen2.5-Coder-7B-Instruct")}


def test_adapter_config_json() -> None:
    refs = scan(
        "adapter_config.json",
        """
        {
          "base_model_name_or_path": "meta-llama/Llama-2-7b-hf",
          "peft_type": "LORA",
          "target_modules": ["q_proj", "v_proj"],
          "datasets": [{"path": "acme/sft-mix", "split": "train"}]
        }
        """,
    )
    assert ids(refs) == {("model", "meta-llama/Llama-2-7b-hf"), ("dataset", "acme/sft-mix")}
    assert one(refs, "meta-llama/Llama-2-7b-hf").line == 2


def test_toml_sections() -> None:
    refs = scan(
        "job.toml",
        """
        [model]
        name = "unsloth/Meta-Llama-3.1-8B-bnb-4bit"
        max_seq_length = 2048

        [data]
        dataset = "yahma/alpaca-cleaned"
        output = "acme/not-this"
        """,
    )
    assert ids(refs) == {
        ("model", "unsloth/Meta-Llama-3.1-8B-bnb-4bit"),
        ("dataset", "yahma/alpaca-cleaned"),
    }


def test_env_file() -> None:
    refs = scan(
        ".env",
        """
        EMBEDDING_MODEL=nomic-ai/nomic-embed-text-v1.5
        OPENAI_MODEL=gpt-4.1-mini
        OLLAMA_MODEL=qwen2.5:7b
        DATA_DIR=data/raw
        """,
    )
    assert ids(refs) == {
        ("model", "nomic-ai/nomic-embed-text-v1.5"),
        ("service", "gpt-4.1-mini"),
        ("service", "qwen2.5:7b"),
    }
    assert one(refs, "qwen2.5:7b").kind is Kind.SERVICE


def test_dataset_splits_under_a_datasets_parent() -> None:
    refs = scan(
        "configs/pipeline.yaml",
        """
        model: microsoft/layoutlmv3-base
        datasets:
          train: [nielsr/funsd-layoutlmv3, "naver-clova-ix/cord-v2"]
          eval: pixparse/docvqa-single-page-questions
          test: data/local_test
        output:
          train: runs/train
        """,
    )
    assert ids(refs) == {
        ("model", "microsoft/layoutlmv3-base"),
        ("dataset", "nielsr/funsd-layoutlmv3"),
        ("dataset", "naver-clova-ix/cord-v2"),
        ("dataset", "pixparse/docvqa-single-page-questions"),
    }


def test_shell_inside_json_strings_and_argv_arrays() -> None:
    refs = scan(
        ".devcontainer/devcontainer.json",
        """
        {
          "name": "sft-dev",
          "image": "mcr.microsoft.com/devcontainers/python:3.11",
          "postCreateCommand": "pip install -e . && hf download acme/tiny-llm-1b --quiet",
          "mcpServers": {
            "local-rag": {
              "command": "uv",
              "args": ["run", "server.py", "--llm", "ollama:llama3.2:3b", "--out", "runs/x"]
            }
          }
        }
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (4, "model", "acme/tiny-llm-1b"),
        (8, "service", "llama3.2:3b"),
    }


def test_tool_config_kind_is_not_a_model() -> None:
    refs = scan(
        "tabby/config.toml",
        """
        [model.chat.http]
        kind = "openai/chat"
        model_name = "deepseek-chat"
        """,
    )
    assert ids(refs) == {("service", "deepseek-chat")}


def test_provider_prefixed_api_name_is_a_service() -> None:
    refs = scan(".aider.conf.yml", "model: deepseek/deepseek-coder\nweak-model: gpt-4o-mini\n")
    assert ids(refs) == {("service", "deepseek-coder"), ("service", "gpt-4o-mini")}


def test_dotted_settings_keys_are_read_by_their_last_part() -> None:
    refs = scan(
        ".vscode/settings.json",
        """
        {
          "python.defaultInterpreterPath": ".venv/bin/python",
          "github.copilot.chat.models": ["gpt-4o", "claude-3.5-sonnet"],
          "docker.image": "acme/devbox-cuda12",
          "push.model": "acme/llm-7b-merged"
        }
        """,
    )
    assert ids(refs) == {("service", "gpt-4o"), ("service", "claude-3.5-sonnet")}


def test_dataset_split_blocks_pass_the_parent_down() -> None:
    refs = scan(
        "recipes/sft.yaml",
        """
        datasets:
          train:
            - path: acme/sft-mix
              split: train
            - name: acme/chat-pairs
          eval:
            - dataset: acme/eval-set
        output:
          train:
            - path: runs/sft-mix
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (3, "dataset", "acme/sft-mix"),
        (5, "dataset", "acme/chat-pairs"),
        (7, "dataset", "acme/eval-set"),
    }


def test_provider_prefixed_ollama_tag_under_a_key_that_says_nothing() -> None:
    refs = scan(
        "config/settings.yaml",
        """
        llm:
          local: ollama/llama3.1:8b  # dev laptops only
        services:
          ollama:
            image: ollama/ollama:0.3.12
        """,
    )
    assert ids(refs) == {("service", "llama3.1:8b")}


def test_bare_ollama_library_names_count_in_files_that_call_ollama() -> None:
    continue_config = """
    {
      "models": [
        {"title": "Llama 3", "provider": "ollama", "model": "llama3"},
        {"title": "GPT-4o", "provider": "openai", "model": "gpt-4o"}
      ],
      "embeddingsProvider": {"provider": "ollama", "model": "nomic-embed-text"}
    }
    """
    refs = scan(".continue/config.json", continue_config)
    assert ids(refs) == {
        ("service", "llama3"),
        ("service", "gpt-4o"),
        ("service", "nomic-embed-text"),
    }
    # the same keys with no Ollama anywhere in the file: `llama3` could be anything (a
    # server's alias, a `model_type`); a name only Ollama's library spells so still counts
    plain = continue_config.replace('"ollama"', '"local"')
    assert ids(scan(".continue/config.json", plain)) == {
        ("service", "gpt-4o"),
        ("service", "nomic-embed-text"),
    }


def test_gateway_aliases_are_not_models() -> None:
    refs = scan(
        "deploy/litellm_config.yaml",
        """
        model_list:
          - model_name: zephyr
            litellm_params:
              model: huggingface/HuggingFaceH4/zephyr-7b-beta
          - model_name: mistral
            litellm_params:
              model: ollama/mistral
              api_base: http://ollama:11434
        """,
    )
    assert ids(refs) == {("model", "HuggingFaceH4/zephyr-7b-beta"), ("service", "mistral")}
    gateway = scan(
        "config/models.json",
        """
        {"models": [
          {"name": "mistral-large", "provider": "ollama", "model_id": "mistral-large:123b"}
        ]}
        """,
    )
    assert ids(gateway) == {("service", "mistral-large:123b")}


def test_model_registry_files_keyed_by_id() -> None:
    refs = scan(
        "models_config.json",
        """
        {
            "openai-community/gpt2": {"sample_based": true},
            "distilgpt2": {"sample_based": true},
            "default": {"sample_based": false}
        }
        """,
    )
    assert ids(refs) == {("model", "openai-community/gpt2"), ("model", "distilgpt2")}
    # the same keys in a file that is not named for models are not read as ids
    assert scan("features.json", '{"distilgpt2": {"on": true}}') == []


def test_comfyui_workflow_widget_values() -> None:
    refs = scan(
        "workflows/download.json",
        """
        {"nodes": [{"id": 1, "type": "HFDownloader",
          "widgets_values": ["acme/sd15-tiny", "sd15-tiny.safetensors", "checkpoints", false]},
         {"id": 2, "type": "KSampler", "widgets_values": [42, "fixed", 20, 8, "euler", "normal"]}]}
        """,
    )
    assert ids(refs) == {("model", "acme/sd15-tiny")}


def test_promptfoo_provider_ids() -> None:
    refs = scan(
        "promptfooconfig.yaml",
        """
        prompts:
          - file://prompts/rag.txt
        providers:
          - openai:gpt-4o-mini
          - id: anthropic:messages:claude-3-5-sonnet-20241022
            config:
              temperature: 0
          - ollama:chat:llama3.1:8b
          - huggingface:text-generation:mistralai/Mistral-7B-Instruct-v0.2
          - file://providers/custom.py
        defaultTest:
          options:
            provider: openai:gpt-4o
        """,
    )
    assert ids(refs) == {
        ("service", "gpt-4o-mini"),
        ("service", "claude-3-5-sonnet-20241022"),
        ("service", "llama3.1:8b"),
        ("model", "mistralai/Mistral-7B-Instruct-v0.2"),
        ("service", "gpt-4o"),
    }


def test_promptfoo_agent_runtimes_are_not_models() -> None:
    # prompt-eval-engine's promptfooconfig.yaml (GitHub, 2026): the agent SDK providers run
    # an agent whose model is set in their config, where it is found.
    refs = scan(
        "promptfooconfig.yaml",
        """
        # LIVE config: generation on promptfoo's NATIVE anthropic:claude-agent-sdk
        providers:
          - id: anthropic:claude-agent-sdk
            label: agent-sdk
            config:
              model: claude-sonnet-4-5-20250929
              working_dir: outputs/__missing-per-test-options__
          - id: openai:codex-sdk
        defaultTest:
          options:
            provider: openai:gpt-5-mini
        """,
    )
    assert ids(refs) == {("service", "claude-sonnet-4-5-20250929"), ("service", "gpt-5-mini")}


def test_promptfoo_openrouter_slugs() -> None:
    # AI-Testing's promptfooconfig.yaml (GitHub, 2025): an OpenRouter slug that is no
    # first-party name is OpenRouter's own catalogue name, a hosted model all the same.
    refs = scan(
        "promptfooconfig.yaml",
        """
        providers:
        - id: openrouter:anthropic/claude-3.5-sonnet
          config:
            apiKey: ${OPENROUTER_API_KEY_1}
        - id: openrouter:meta-llama/llama-3.1-70b-instruct
          config:
            apiKey: ${OPENROUTER_API_KEY_3}
        - id: openrouter:qwen/qwen-2.5-72b-instruct
        """,
    )
    assert ids(refs) == {
        ("service", "claude-3.5-sonnet"),
        ("service", "meta-llama/llama-3.1-70b-instruct"),
        ("service", "qwen/qwen-2.5-72b-instruct"),
    }


def test_repo_keys_hold_model_like_names() -> None:
    refs = scan(
        "models/moonshine/config.yaml",
        """
        model_id: moonshine
        variants:
          tiny:
            repo: "UsefulSensors/moonshine-tiny"
          streaming:
            repo: "kyutai/stt"
        ci:
          repo: acme/model-lab
        """,
    )
    assert ids(refs) == {("model", "UsefulSensors/moonshine-tiny"), ("model", "kyutai/stt")}


def test_an_id_a_file_calls_a_dataset_is_a_dataset_throughout() -> None:
    refs = scan(
        "recipes/datasets/huggingface/databricks/dolly.yaml",
        """
        type: huggingface
        id: databricks/databricks-dolly-15k
        url: https://huggingface.co/datasets/databricks/databricks-dolly-15k
        """,
    )
    assert {(r.kind.value, r.line) for r in refs} == {("dataset", 2), ("dataset", 3)}


def test_well_known_sentence_transformers_names_under_any_model_key() -> None:
    refs = scan(
        "docker-compose.yml",
        """
        services:
          embedder:
            build: .
            environment:
              - MODEL_NAME=all-mpnet-base-v2
              - WORKERS=2
              - MODE=base
        """,
    )
    assert ids(refs) == {("model", "sentence-transformers/all-mpnet-base-v2")}


def test_litellm_environment_references_are_not_models() -> None:
    refs = scan(
        "proxy_config.yaml",
        """
        model_list:
          - model_name: gpt-4
            litellm_params:
              model: openai/gpt-4
              api_key: os.environ/OPENAI_API_KEY
              api_base: os.environ/OPENAI_API_BASE
          - model_name: realtime
            litellm_params:
              model: openai/gpt-realtime-2025-08-28
        """,
    )
    assert ids(refs) == {("service", "gpt-4"), ("service", "gpt-realtime-2025-08-28")}


def test_ollama_volume_is_not_a_provider_id() -> None:
    refs = scan(
        "docker-compose.yml",
        """
        services:
          ollama:
            image: ollama/ollama:0.3.12
            volumes:
              - ollama:/root/.ollama
        """,
    )
    assert refs == []


def test_toml_tables_named_after_hosted_models() -> None:
    refs = scan(
        "langchain_anthropic/data/profile_augmentations.toml",
        """
        provider = "anthropic"

        [overrides]
        pdf_inputs = true

        [overrides."claude-sonnet-4-5"]
        structured_output = true

        [overrides."claude-opus-4-5-20251101"]
        structured_output = true

        [tool."ruff"]
        line-length = 100
        """,
    )
    assert ids(refs) == {
        ("service", "claude-sonnet-4-5"),
        ("service", "claude-opus-4-5-20251101"),
    }


def test_autogen_oai_config_list_without_an_extension() -> None:
    refs = scan(
        "OAI_CONFIG_LIST_sample",
        """
        [
            {
                "model": "gpt-4-0125-preview",
                "api_key": "<your OpenAI API key here>"
            },
            {
                "model": "gpt-4o/2024-02-15-preview",
                "base_url": "https://example.openai.azure.com/",
                "api_type": "azure"
            }
        ]
        """,
    )
    assert ids(refs) == {("service", "gpt-4-0125-preview"), ("service", "gpt-4o")}


def test_lm_eval_model_args_pin_a_revision() -> None:
    refs = scan(
        "model_configs/qwen_base.yaml",
        """
        model:
          base_params:
            model_args: "pretrained=Qwen/Qwen3-0.6B-Base,revision=main"
            dtype: "float16"
        """,
    )
    qwen = one(refs, "Qwen/Qwen3-0.6B-Base")
    assert qwen.revision == "main"


def test_a_json_model_registry_pins_the_revision_beside_the_id() -> None:
    refs = scan(
        "xinference/model/embedding/models/bge-small-zh.json",
        """
        {
          "version": 2,
          "model_name": "bge-small-zh",
          "dimensions": 512,
          "model_src": {
            "huggingface": {
              "model_id": "BAAI/bge-small-zh",
              "model_revision": "52185a5f4aa5bb1fe80c0671b7303161880a2d79"
            }
          }
        }
        """,
    )
    assert [(r.identifier, r.revision) for r in refs] == [
        ("BAAI/bge-small-zh", "52185a5f4aa5bb1fe80c0671b7303161880a2d79")
    ]


def test_first_party_api_name_under_an_unknown_key() -> None:
    refs = scan(
        "settings.yaml",
        "judge:\n  primary: gpt-4.1-mini\n  backup: claude-sonnet-4-5\n"
        "server:\n  image: vllm/vllm-openai:latest\n  corpus: databricks-dolly-15k\n",
    )
    assert ids(refs) == {
        ("service", "gpt-4.1-mini"),
        ("service", "claude-sonnet-4-5"),
    }


def test_templated_configs_embedded_yaml_and_hydra_model_groups() -> None:
    tpl = scan(
        "setup-litellm/templates/configmap.yaml.tpl",
        """
        apiVersion: v1
        kind: ConfigMap
        data:
          config.yaml: |
            model_list:
              - model_name: deepseek
                litellm_params:
                  model: openai/deepseek-ai/DeepSeek-R1-Distill-Qwen-32B
                  api_base: "${vllm_service_url}"
              - model_name: placeholder
                litellm_params:
                  model: vllm/model
        """,
    )
    assert [(r.identifier, r.line) for r in tpl] == [
        ("deepseek-ai/DeepSeek-R1-Distill-Qwen-32B", 8)
    ]
    hydra = scan("tsllm/config/model/gpt-4.yaml", "name: 'gpt-4'\ntemp: 1.0\ntop_p: 0.8\n")
    assert ids(hydra) == {("service", "gpt-4")}
    other = scan("tsllm/config/data/weather.yaml", "name: 'weather'\nfreq: 10T\n")
    assert ids(other) == set()
    compose = scan(
        "docker-compose.yml",
        "services:\n  ollama:\n    image: ollama/ollama\n"
        "volumes:\n  ollama_data:\n    name: genotes-ollama-data\n",
    )
    assert ids(compose) == set()


def test_settings_entry_named_after_an_api_model() -> None:
    refs = scan(
        ".aider.model.settings.yml",
        "- name: o3-mini\n  edit_format: diff\n- name: my-local-alias\n  edit_format: whole\n",
    )
    assert ids(refs) == {("service", "o3-mini")}


def test_groq_hosted_speech_models_and_the_whisper_hub_repos() -> None:
    refs = scan(
        "docker-compose.groq.yml",
        "services:\n  wyoming:\n    environment:\n"
        "      STT_OPENAI_URL: https://api.groq.com/openai/v1\n"
        '      STT_MODELS: "whisper-large-v3"\n'
        '      TTS_MODELS: "playai-tts"\n'
        '      LOCAL_STT: "openai/whisper-large-v3"\n',
    )
    assert ids(refs) == {
        ("service", "whisper-large-v3"),
        ("service", "playai-tts"),
        ("model", "openai/whisper-large-v3"),
    }


def test_hydra_defaults_requirements_tables_and_test_cassettes() -> None:
    hydra = scan(
        "config/solver/audiogen/debug.yaml",
        """
        defaults:
          - audiogen/default
          - /model: lm/audiogen_lm
          - override /dset: audio/example
          - _self_

        conditioners:
          description:
            model: t5
        tokenizer: google/flan-t5-base
        """,
    )
    assert ids(hydra) == {("model", "google/flan-t5-base")}
    toml = scan(
        "pyproject.toml",
        """
        [project]
        name = "aisuite"
        dependencies = ["httpx", "mistralai"]

        [project.optional-dependencies]
        anthropic = ["anthropic"]
        mistral = ["mistralai"]

        [tool.eval]
        model = "mistral-large-latest"
        """,
    )
    assert ids(toml) == {("service", "mistral-large-latest")}
    cassette = scan(
        "tests/cassettes/test_openai_chat_model_api_key.yaml",
        """
        interactions:
        - request:
            body: '{"messages": [{"role": "user", "content": "Say hello!"}], "model": "gpt-4o",
              "stream": true}'
            headers:
              host:
              - api.openai.com
            method: POST
          response:
            body:
              string: 'data: {"id":"chatcmpl-1","model":"gpt-4o-2024-08-06","choices":[]}'
        - request:
            body: "{\\"model\\": \\"claude-3-haiku-20240307\\", \\"max_tokens\\": 1024}"
            method: POST
          response:
            body:
              string: '{"model":"claude-3-haiku-20240307"}'
        """,
    )
    got = {(r.identifier, r.line) for r in cassette}
    assert {("gpt-4o", 3), ("claude-3-haiku-20240307", 13)} <= got
    assert "gpt-4o-2024-08-06" not in {i for i, _ in got}  # the response's echo


def test_named_entries_calls_in_values_and_every_legacy_dataset() -> None:
    refs = scan(
        "config/modelpool/llama_alpaca_cleaned.yaml",
        """
        train_datasets:
          alpaca-cleaned:
            _target_: fusion_bench.dataset.load_tokenized_alpaca_dataset
            path: "yahma/alpaca-cleaned"
            split: train
        eval:
          dataset_name: wiki_qa
          metric: accuracy
        med42:
          model: med42
          provider: "HuggingFaceEndpoint(repo_id='m42-health/Llama3-Med42-70B',task='tg')"
        llama31:
          model: llama-v3p1-405b-instruct
        """,
    )
    assert ids(refs) == {
        ("dataset", "yahma/alpaca-cleaned"),
        ("dataset", "wiki_qa"),
        ("model", "m42-health/Llama3-Med42-70B"),
        ("service", "llama-v3p1-405b-instruct"),
    }


def test_kaggle_dataset_ids_are_not_hub_datasets() -> None:
    refs = scan(
        "ludwig/datasets/configs/insurance_lite.yaml",
        """
        name: insurance_lite
        kaggle_dataset_id: infernape/fast-furious-and-insured
        huggingface_dataset_id: AmazonScience/massive
        """,
    )
    assert ids(refs) == {("dataset", "AmazonScience/massive")}


def test_helm_image_repositories_and_url_placeholders() -> None:
    refs = scan(
        ".github/workflows/deploy.yml",
        """
        image:
          repository: deepset/triton-embedding
        model:
          backbone_type: microsoft/deberta-v3-large
        jobs:
          push:
            steps:
              - run: git push https://u:$T@huggingface.co/spaces/HF_USERNAME/SPACE_NAME main
        """,
    )
    assert ids(refs) == {("model", "microsoft/deberta-v3-large")}


def test_easyr1_data_files_name_a_dataset_and_its_split() -> None:
    refs = scan(
        "examples/config.yaml",
        """
        data:
          train_files: hiyouga/math12k@train
          val_files: hiyouga/math12k@test
          prompt_key: problem
        worker:
          actor:
            model:
              model_path: Qwen/Qwen2.5-7B-Instruct
        """,
    )
    got = {(r.kind.value, r.identifier, r.revision, r.line) for r in refs}
    assert got == {
        ("dataset", "hiyouga/math12k", None, 2),
        ("dataset", "hiyouga/math12k", None, 3),
        ("model", "Qwen/Qwen2.5-7B-Instruct", None, 8),
    }


def test_an_ollama_model_list_names_qwq() -> None:
    refs = scan(
        "src/config/models.yml",
        """
        models:
          qwq:
            name: "QWQ"
            model_id: qwq
            provider: ollama
        """,
    )
    assert ("service", "qwq") in ids(refs)


def test_an_ollama_host_setting_in_camel_case_is_no_model() -> None:
    refs = scan(
        "config.yaml",
        """
        ollamaHost: localhost
        ollamaModel: llama3.2:3b
        """,
    )
    assert ids(refs) == {("service", "llama3.2:3b")}


def test_a_repository_named_for_datasets_is_a_dataset() -> None:
    refs = scan(
        "configs/zero-shot.yaml",
        """
        - name: monash_traffic
          hf_repo: autogluon/chronos_datasets
          offset: -24
        - name: m4_hourly
          hf_repo: autogluon/chronos_datasets_extra
        """,
    )
    assert ids(refs) == {
        ("dataset", "autogluon/chronos_datasets"),
        ("dataset", "autogluon/chronos_datasets_extra"),
    }


def test_a_cassettes_recorded_response_is_not_a_use() -> None:
    refs = scan(
        "tests/cassettes/test_wrap_openai_chat.yaml",
        """
        interactions:
        - request:
            body: '{"messages":[{"role":"user","content":"hi"}],"model":"gpt-4o-mini"}'
            method: POST
            uri: https://api.openai.com/v1/chat/completions
          response:
            body:
              string: 'data: {"id":"chatcmpl-1","model":"gpt-4o-mini-2024-07-18"}


                data: {"id":"chatcmpl-1","model":"gpt-4o-mini-2024-07-18"}'
            headers:
              openai-model:
              - gpt-4o-mini-2024-07-18
        version: 1
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {("gpt-4o-mini", 3)}


def test_dataset_groups_and_an_entrys_name_beside_its_source() -> None:
    refs = scan(
        "configs/data_sources.yaml",
        """
        datasets:
          pretraining:
            # SlimPajama - cleaned RedPajama
            - name: "slimpajama-chunk1"
              source: "cerebras/SlimPajama-627B"
              weight: 0.08
            - name: "openwebtext"
              source: "Skylion007/openwebtext"
          reasoning:
            - name: "gsm8k"
              source: "openai/gsm8k"
              subset: "main"
        hf:
          datasets:
            - name: "EleutherAI/hendrycks_math"
              dataset_name: "hendrycks_math"
        """,
    )
    assert ids(refs) == {
        ("dataset", "cerebras/SlimPajama-627B"),
        ("dataset", "Skylion007/openwebtext"),
        ("dataset", "openai/gsm8k"),
        ("dataset", "EleutherAI/hendrycks_math"),
    }


def test_a_registry_files_top_level_list_and_huggingface_keys() -> None:
    registry = scan(
        "demo/model_registry.json",
        """
        [
            "kostissz/whisper-tiny-gl",
            "openai/whisper-tiny"
        ]
        """,
    )
    assert ids(registry) == {
        ("model", "kostissz/whisper-tiny-gl"),
        ("model", "openai/whisper-tiny"),
    }
    projects = scan(
        "ci/projects.json",
        """
        [
            {"name": "RWKV-LM", "owner": "BlinkDL", "repo": "RWKV-LM",
             "huggingface": "RWKV/rwkv-4-pile-7b"},
            {"src": "vip-llava-13b/4b1ca568cb9ce76ff9209b311aa535e8216bdd09"}
        ]
        """,
    )
    assert ids(projects) == {("model", "RWKV/rwkv-4-pile-7b")}


def test_openrouter_slugs_of_closed_models_are_services() -> None:
    refs = scan(
        "librechat.yaml",
        """
        endpoints:
          custom:
            - name: OpenRouter
              baseURL: 'https://openrouter.ai/api/v1'
              models:
                default:
                  - google/palm-2-chat-bison-32k
                  - mistralai/codestral-2501
                  - ai21/jamba-instruct
                  - meta-llama/llama-3.3-70b-instruct
        """,
    )
    assert ids(refs) == {
        ("service", "palm-2-chat-bison-32k"),  # Google's own name, as for codestral
        ("service", "codestral-2501"),
        ("service", "jamba-instruct"),
        ("model", "meta-llama/llama-3.3-70b-instruct"),
    }


def test_a_pricing_table_keyed_by_api_names() -> None:
    refs = scan(
        "src/discord_claude/config/pricing.yaml",
        """
        models:
          claude-opus-4-5:
            context_window: 200_000
            input_per_million: 5.0
          claude-haiku-4-5:
            input_per_million: 1.0
          claude-3-7-sonnet:
            name: "Claude 3.7 Sonnet"
            model_id: claude-3-7-sonnet-20250219
        currency:
          usd-2025: 1.0
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("claude-opus-4-5", 2),
        ("claude-haiku-4-5", 5),
        ("claude-3-7-sonnet-20250219", 9),
    }


def test_a_file_named_for_datasets_names_datasets() -> None:
    refs = scan(
        "configs/datasets_config.yaml",
        """
          # Question Answering datasets
          - name: "rajpurkar/squad"
            split: "train"
          - name: "allenai/cosmos_qa"
            tokenizer: "meta-llama/Llama-3.2-1B"
        """,
    )
    assert {(r.kind.value, r.identifier) for r in refs} == {
        ("dataset", "rajpurkar/squad"),
        ("dataset", "allenai/cosmos_qa"),
        ("model", "meta-llama/Llama-3.2-1B"),
    }


def test_an_openai_style_model_listing_is_not_a_dataset() -> None:
    refs = scan(
        "docs/models.json",
        """
        {"object": "list", "data": [
          {"id": "mistralai/Mistral-7B-Instruct-v0.2", "object": "model", "owned_by": "vllm"}
        ]}
        """,
    )
    assert ids(refs) == {("model", "mistralai/Mistral-7B-Instruct-v0.2")}


def test_local_model_name_and_ollama_download_settings() -> None:
    refs = scan(
        "docker-compose.yml",
        """
        services:
          app:
            environment:
              - OLLAMA_HOST=http://host.docker.internal:11434
              - LOCAL_MODEL_NAME=llama3.1:8b
              - LOCAL_MODEL_PATH=./models/llama
              - OLLAMA_FILE=ollama-darwin-arm64
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {("llama3.1:8b", 5)}


def test_an_object_keyed_by_hosted_api_names() -> None:
    refs = scan(
        "chatlas/data/bedrock_apis.json",
        """
        {
          "anthropic.claude-mythos-5": "messages",
          "google.gemma-4-26b-a4b": "responses",
          "openai.gpt-5.4": "responses",
          "content-type": "application/json"
        }
        """,
    )
    assert ids(refs) == {
        ("service", "anthropic.claude-mythos-5"),
        ("service", "google.gemma-4-26b-a4b"),
        ("service", "openai.gpt-5.4"),
    }


def test_a_loader_type_or_a_provider_says_what_its_siblings_are() -> None:
    refs = scan(
        "catalog/cards/cola.json",
        """
        {
            "__type__": "task_card",
            "loader": {
                "__type__": "load_hf",
                "path": "nyu-mll/glue",
                "name": "cola"
            },
            "judge": {
                "provider": "watsonx",
                "model": "granite-3-2-8b-instruct"
            },
            "local": {"provider": "local", "model": "my-finetune-2"}
        }
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("dataset", "nyu-mll/glue", 5),
        ("service", "granite-3-2-8b-instruct", 10),
    }


def test_hydra_targets_datasets_load_dataset() -> None:
    refs = scan(
        "conf/data.yaml",
        """
        train:
          dataset:
            _target_: datasets.load_dataset
            path: HuggingFaceH4/ultrachat_200k
            split: train_sft
        """,
    )
    assert ids(refs) == {("dataset", "HuggingFaceH4/ultrachat_200k")}


def test_a_packages_keywords_are_topics() -> None:
    refs = scan(
        "pyproject.toml",
        """
        [project]
        name = "readmeai"
        keywords = ["gemini", "gpt-4", "llm"]
        """,
    )
    assert refs == []


def test_a_bedrock_price_table_keyed_by_versioned_ids() -> None:
    refs = scan(
        "pricing/bedrock.yaml",
        """
        models:
          anthropic.claude-3-5-sonnet-20241022-v2:0:
            input_cost_per_1k: 0.003
          cohere.embed-english-v3:
            input_cost_per_1k: 0.0001
        regions:
          us-east-1: primary
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("anthropic.claude-3-5-sonnet-20241022-v2:0", 2),
        ("cohere.embed-english-v3", 4),
    }


def test_a_python_entry_point_is_no_ollama_tag() -> None:
    refs = scan(
        "pyproject.toml",
        """
        [project.scripts]
        od = "ollama_downloader.cli:main"
        ollama-downloader = "ollama_downloader.cli:main"
        """,
    )
    assert refs == []


def test_a_catalogue_entry_of_type_huggingface() -> None:
    refs = scan(
        "datasets/huggingface/izumi-lab/llm-japanese-dataset.yaml",
        """
        type: huggingface
        id: izumi-lab/llm-japanese-dataset
        converted_size: 995MB
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("dataset", "izumi-lab/llm-japanese-dataset", 2)
    }
    other = scan("kinds.yaml", "type: local\nid: runs/run-1\n")
    assert other == []


def test_recipe_comments_judges_and_bedrock_arns() -> None:
    arn = (
        "arn:aws:bedrock:ap-northeast-2:950027134314:inference-profile/"
        "apac.anthropic.claude-3-5-sonnet-20240620-v1:0"
    )
    refs = scan(
        "experiments/tuner/generation.yaml",
        f"""
# Config for single device QLoRA
#   tune download meta-llama/Llama-2-7b-hf --output-dir /tmp/Llama-2-7b-hf --hf-token <HF_TOKEN>
benchmark_fluency: true
benchmark_judge: gpt-3.5-turbo-0125
inference_profile_arn: {arn}
app_profile: arn:aws:bedrock:us-east-1:123456789012:application-inference-profile/abc123def
""",
    )
    assert ids(refs) == {
        ("model", "meta-llama/Llama-2-7b-hf"),
        ("service", "gpt-3.5-turbo-0125"),
        ("service", "apac.anthropic.claude-3-5-sonnet-20240620-v1:0"),
    }


def test_entry_points_beside_an_ollama_key_are_not_tags() -> None:
    refs = scan(
        "pyproject.toml",
        """
[project.entry-points."agentforge.providers"]
ollama = "agentforge_ollama:OllamaClient"
""",
    )
    assert refs == []


def test_the_names_a_model_settings_description_offers() -> None:
    refs = scan(
        "package.json",
        """
{
  "contributes": {"configuration": {"properties": {
    "gitdocAI.ai.openaiModel": {
      "type": "string",
      "default": "gpt-4.1",
      "markdownDescription": "OpenAI model. API key models: `gpt-4.1`, `gpt-5-mini`."
    },
    "gitdocAI.ai.provider": {
      "type": "string",
      "description": "Which provider, e.g. `openai`"
    }
  }}}
}
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("gpt-4.1", 5),
        ("gpt-4.1", 6),
        ("gpt-5-mini", 6),
    }


def test_an_action_input_described_with_ollama_examples() -> None:
    refs = scan(
        "action.yml",
        """
inputs:
  model:
    description: 'The Ollama model to use (e.g. llama3, mistral, gemma)'
    required: true
  prompt:
    description: 'The prompt to send to the model, e.g. hello'
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("llama3", 3),
        ("mistral", 3),
        ("gemma", 3),
    }


def test_a_litellm_proxy_routes_to_its_providers_names() -> None:
    refs = scan(
        "litellm_config.yaml",
        """
model_list:
  - model_name: cerebras/llama3.3-70b
    litellm_params:
      model: cerebras/llama3.3-70b
      api_key: os.environ/CEREBRAS_API_KEY
  - model_name: glm-5.2
    litellm_params:
      model: nvidia/z-ai/glm-5.2
  - model_name: openrouter/meta-llama/llama-3.1-8b-instruct:free
    litellm_params:
      model: openrouter/meta-llama/llama-3.1-8b-instruct:free
  - model_name: fast
    litellm_params:
      model: zhipu/glm-4-flash
""",
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("service", "llama3.3-70b", 2),
        ("service", "llama3.3-70b", 4),
        ("service", "glm-5.2", 6),
        ("service", "z-ai/glm-5.2", 8),
        ("service", "meta-llama/llama-3.1-8b-instruct:free", 9),
        ("service", "meta-llama/llama-3.1-8b-instruct:free", 11),
        ("service", "glm-4-flash", 14),
    }


def test_a_workflow_matrix_of_models_composed_with_env() -> None:
    refs = scan(
        ".github/workflows/publish.yml",
        """
env:
  PROVIDER: unsloth
  QUANT: UD-Q4_K_XL
jobs:
  build:
    strategy:
      matrix:
        model:
          - Llama-3.2-1B-Instruct
          - gemma-3-270m-it
    steps:
      - name: Download GGUF
        run: |
          hf download ${{ env.PROVIDER }}/${{ matrix.model }}-GGUF --include "*.gguf"
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("unsloth/Llama-3.2-1B-Instruct-GGUF", 9),
        ("unsloth/gemma-3-270m-it-GGUF", 10),
    }


def test_a_yaml_table_keyed_by_hosted_models_but_not_by_aliases() -> None:
    refs = scan(
        "config/api_config.yaml",
        """
gpt-4-0314:
    model_name: gpt-4-0314
    api_type: openai
dall-e-3:
    input_cost_per_1k: 0.0
claude-3-7-sonnet:
    name: "Claude 3.7 Sonnet"
    model_id: claude-3-7-sonnet-20250219
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("gpt-4-0314", 1),
        ("gpt-4-0314", 2),
        ("dall-e-3", 4),
        ("claude-3-7-sonnet-20250219", 8),
    }


def test_settings_keyed_by_a_models_id() -> None:
    refs = scan(
        "training_args.yaml",
        """
Qwen/Qwen1.5-0.5B:
  per_device_train_batch_size: 1
  lora_rank: 8

google/gemma-2b:
  per_device_train_batch_size: 1
  learning_rate: 0.0002

tatsu-lab/alpaca:
  split: train

owner/project:
  enabled: true
""",
    )
    assert ids(refs) == {
        ("model", "Qwen/Qwen1.5-0.5B"),
        ("model", "google/gemma-2b"),
        ("dataset", "tatsu-lab/alpaca"),
    }


def test_environment_entries_and_fallback_lists() -> None:
    refs = scan(
        "settings.json",
        """
{
  "env": [
    {"name": "ANTHROPIC_MODEL", "value": "deepseek-chat"},
    {"name": "API_TIMEOUT_MS", "value": "600000"}
  ],
  "roles": {"code": {"fallbacks": ["openrouter/deepseek/deepseek-v4-flash"]}}
}
""",
    )
    assert ids(refs) == {("service", "deepseek-chat"), ("service", "deepseek-v4-flash")}


def test_a_terminal_recording_is_output() -> None:
    refs = scan(
        "using_a_different_model.yml",
        """
config:
  command: zsh
records:
  - delay: 90
    content: "\\\\e[90ms the capital of france?\\\\" -m gpt-3.5-turbo\\\\e[39m"
  - delay: 16
    content: "gpt-3.5-turbo"
""",
    )
    assert refs == []


def test_provider_prefixed_api_names_in_a_pipe_separated_models_file() -> None:
    refs = scan(
        "models.conf",
        """
# MODEL_NAME|DISPLAY_NAME|BASE_URL|DESCRIPTION
anthropic/claude-sonnet-4-20250514|Claude Sonnet 4||Anthropic Claude Sonnet 4
openai/o4-mini-2025-04-16|GPT-o4 Mini||OpenAI GPT-o4 Mini
local/my-model|Mine|http://localhost:8000|ours
""",
    )
    assert ids(refs) == {
        ("service", "claude-sonnet-4-20250514"),
        ("service", "o4-mini-2025-04-16"),
    }


def test_a_dataset_with_its_configuration_and_entries_that_repeat_their_key() -> None:
    refs = scan(
        "record.json",
        """
{"calibration": {"corpus": "Salesforce/wikitext:wikitext-103-raw-v1", "num_samples": 512}}
""",
    )
    assert ids(refs) == {("dataset", "Salesforce/wikitext")}
    refs = scan(
        "models.json",
        """
{
  "gemini-2.5-flash-preview-05-20": {
    "type": "gemini",
    "name": "gemini-2.5-flash-preview-05-20"
  },
  "gpt-4.1": {
    "type": "openai",
    "name": "gpt-4.1"
  },
  "gpt-4.1-mini": {
    "type": "openai",
    "name": "gpt-4.1-mini"
  },
  "local": {
    "type": "custom_openai",
    "name": "my-local"
  }
}
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (2, "gemini-2.5-flash-preview-05-20"),
        (4, "gemini-2.5-flash-preview-05-20"),
        (6, "gpt-4.1"),
        (8, "gpt-4.1"),
        (10, "gpt-4.1-mini"),
        (12, "gpt-4.1-mini"),
    }


def test_a_key_that_only_contains_an_adapter_word_says_nothing() -> None:
    # roboflow's `dataset_name_to_category.json`: `exploratorium` is not `lora`
    refs = scan(
        "dataset_name_to_category.json",
        """
{
  "deepfruits": "Flora/Fauna",
  "exploratorium-daphnia": "Flora/Fauna",
  "lora_weights": "ostris/some-lora"
}
""",
    )
    assert ids(refs) == {("model", "ostris/some-lora")}


def test_placeholders_and_platforms_are_not_repositories() -> None:
    refs = scan(
        "docker-compose.yaml",
        """
services:
  vllm-service:
    image: vllm/vllm:latest
    platform: linux/arm64
    command: --model Qwen/Qwen2.5-0.5B-Instruct
""",
    )
    assert ids(refs) == {("model", "Qwen/Qwen2.5-0.5B-Instruct")}
    refs = scan(
        "config.py",
        """
MODEL_ONLY_FOLDER = "local:llm_ckpts/xxxx"
model_path = "my_ckpts/XXXX"
""",
    )
    assert refs == []


def test_a_setting_named_for_an_architecture() -> None:
    refs = scan(
        "spider-mBART50MtoM-large-en.jsonnet",
        """
{
    model_config_args: {
        bs: 12,
        bart_version: "facebook/mbart-large-50-many-to-many-mmt",
        summarize_header: "avg",
    },
}
""",
    )
    assert ids(refs) == {("model", "facebook/mbart-large-50-many-to-many-mmt")}
    refs = scan("ldm.yaml", "cond_stage_config:\n  clip_version: openai/clip-vit-large-patch14\n")
    assert ids(refs) == {("model", "openai/clip-vit-large-patch14")}


def test_an_entry_pinned_to_a_commit_names_a_repository() -> None:
    # MTEB's `model_meta.json`
    refs = scan(
        "results/model_meta.json",
        '{"name": "BAAI/bge-m3", "revision": "babcf60cae0a1f438d7ade582983d4ba462303c2", '
        '"framework": ["Sentence Transformers"], "loader": null}\n',
    )
    ref = one(refs, "BAAI/bge-m3", Kind.MODEL)
    assert ref.revision == "babcf60cae0a1f438d7ade582983d4ba462303c2"
    # without the pin, a `name` is only a name
    assert scan("results/meta.json", '{"name": "BAAI/bge-m3", "revision": "main"}\n') == []


def test_the_choices_a_setting_named_for_a_model_offers() -> None:
    # a Raycast extension's preferences
    refs = scan(
        "package.json",
        """
{
  "preferences": [
    {
      "name": "model",
      "type": "dropdown",
      "title": "Model",
      "default": "gpt-4.1-nano",
      "data": [
        {"title": "GPT-4.1 nano", "value": "gpt-4.1-nano"},
        {"title": "GPT-5 mini", "value": "gpt-5-mini"}
      ]
    },
    {
      "name": "language",
      "type": "dropdown",
      "data": [{"title": "Japanese", "value": "ja"}, {"title": "Mistral", "value": "mistral"}]
    }
  ]
}
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (7, "gpt-4.1-nano"),
        (9, "gpt-4.1-nano"),
        (10, "gpt-5-mini"),
    }


def test_ollama_urls_and_resource_profiles() -> None:
    # kubeai's model catalogue
    refs = scan(
        "charts/models/values.yaml",
        """
catalog:
  nomic-embed-text-cpu:
    enabled: false
    features: ["TextEmbedding"]
    url: "ollama://nomic-embed-text"
    engine: OLlama
    resourceProfile: cpu:1
  qwen2-500m-cpu:
    url: "ollama://qwen2:0.5b"
    resourceProfile: nvidia-gpu-l4:1
""",
    )
    assert ids(refs) == {("service", "nomic-embed-text"), ("service", "qwen2:0.5b")}


def test_a_command_string_with_escaped_quotes() -> None:
    refs = scan(
        "agents.json",
        '{"agents": [{"title": "Review", '
        '"command": "claude --model claude-opus-5 \\"$(cat prompts/wp5.md)\\""}]}\n',
    )
    assert ids(refs) == {("service", "claude-opus-5")}


def test_optillm_lanes_behind_a_litellm_proxy_are_aliases() -> None:
    # OptiLLM serves `main` and `deep` as aliases for whatever it runs; `plansearch-openai/deep`
    # is an inference approach before the provider, not a Hub repository
    refs = scan(
        "config/router.yaml",
        """
model_list:
- model_name: boost
  litellm_params:
    model: openai/main
    api_base: os.environ/OPTILLM_API_BASE
- model_name: boost-plan
  litellm_params:
    model: plansearch-openai/deep
    custom_llm_provider: openai
- model_name: moa-mini
  litellm_params:
    model: moa-openai/gpt-4o-mini
- model_name: local
  litellm_params:
    model: openai/openhands-lm-32b-v0.1
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (12, "gpt-4o-mini"),
        (15, "openhands-lm-32b-v0.1"),
    }


def test_bedrock_versions_without_their_vendor_in_a_price_table() -> None:
    refs = scan(
        "src/agenticmeter/prices.json",
        """
{
  "models": {
    "claude-3-5-sonnet-20241022": { "input": 3.00, "output": 15.00 },
    "claude-3-5-sonnet-20241022-v2:0": { "input": 3.00, "output": 15.00 },
    "titan-text-express-v1": { "input": 0.20, "output": 0.60 },
    "nova-pro-v1:0": { "input": 0.80, "output": 3.20 }
  }
}
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (3, "claude-3-5-sonnet-20241022"),
        (4, "claude-3-5-sonnet-20241022-v2:0"),
        (5, "titan-text-express-v1"),
        (6, "nova-pro-v1:0"),
    }


def test_localai_s_model_definitions_name_aliases_not_openai_models() -> None:
    refs = scan(
        "aio/cpu/vision.yaml",
        """
        backend: llama-cpp
        name: gpt-4-vision-preview
        parameters:
          model: bakllava.gguf
        download_files:
        - filename: bakllava.gguf
          uri: huggingface://mys/ggml_bakllava-1/ggml-model-q4_k.gguf
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(7, "mys/ggml_bakllava-1")}
    refs = scan(
        "aio/cpu/embeddings.yaml",
        """
        name: text-embedding-ada-002
        embeddings: true
        parameters:
          model: huggingface://hugging-quants/Llama-3.2-1B-Instruct-Q4_K_M-GGUF/llama-3.2-1b-instruct-q4_k_m.gguf
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (4, "hugging-quants/Llama-3.2-1B-Instruct-Q4_K_M-GGUF")
    }


def test_llama_swap_aliases_are_a_local_model_s_other_names() -> None:
    refs = scan(
        "config.example.yaml",
        """
        models:
          "qwen-coder":
            cmd: llama-server --port ${PORT} -hf Qwen/Qwen2.5-Coder-7B-Instruct-GGUF
            aliases:
              - id: "gpt-4o-mini"
                name: "gpt-4o-mini"
                unlisted: false
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(3, "Qwen/Qwen2.5-Coder-7B-Instruct-GGUF")}


def test_ollama_s_section_of_a_models_file_names_ollama_tags() -> None:
    refs = scan(
        "configs/models.yaml",
        """
        openai:
          models:
            - id: "gpt-4o"
              name: "GPT-4o"
        ollama:
          models:
            - id: "llama3.2"
              name: "Llama 3.2"
            - id: "mistral"
              name: "Mistral"
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (3, "gpt-4o"),
        (7, "llama3.2"),
        (9, "mistral"),
    }


def test_qwq_in_a_model_defaults_file_passes_the_prefilter() -> None:
    from license_gate.scan._prefilter import worth_scanning

    source = '{\n  "model_defaults": {\n    "qwq-32b": {\n      "temperature": 0.8\n    }\n  }\n}\n'
    assert worth_scanning(source)
    assert {(r.line, r.identifier) for r in scan("config/user_defaults.json", source)} == {
        (3, "qwq-32b")
    }


def test_open_unlearning_s_hf_args_path_is_a_dataset() -> None:
    refs = scan(
        "configs/data/datasets/TOFU_QA_forget.yaml",
        """
        TOFU_QA_forget:
          handler: QADataset
          args:
            hf_args:
              name: "forget10"
              split: "train"
              path: "locuslab/TOFU"
            question_key: "question"
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {(7, "dataset", "locuslab/TOFU")}


def test_a_project_s_tokenizers_directory_is_no_hub_owner() -> None:
    refs = scan(
        "configs/examples/hello_agent_pretrain_tiny.yaml",
        """
        tokenizer_path: tokenizers/hello-agent-16k
        model:
          tokenizer: tokenizers/hello-agent-16k
        base_model: gpt2
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(4, "gpt2")}


def test_litellm_aliases_over_a_self_hosted_server_are_not_models() -> None:
    refs = scan(
        "litellm/config.yaml",
        """
        model_list:
          - model_name: qfind-chat
            litellm_params:
              model: openai/qfind-chat
              api_base: http://vllm-chat:8000/v1
          - model_name: qfind-rerank
            litellm_params:
              model: huggingface/qfind-rerank
              api_base: http://tei-rerank:80
          - model_name: "qwen3-4b"
            litellm_params:
              model: hosted_vllm/qwen3-4b
          - model_name: gpt-4o
            litellm_params:
              model: openai/gpt-4o
        """,
    )
    # the aliases (lines 2, 6, 10) are what clients send; gpt-4o is OpenAI's own name
    assert {r.line for r in refs} <= {4, 8, 12, 13, 15}
    assert {(r.line, r.identifier) for r in refs if r.line in (13, 15)} == {
        (13, "gpt-4o"),
        (15, "gpt-4o"),
    }


def test_lm_eval_s_dataset_name_is_the_configuration_of_dataset_path() -> None:
    task = scan(
        "tasks/boolq.yaml",
        """
        task: boolq
        dataset_path: super_glue
        dataset_name: boolq
        output_type: multiple_choice
        """,
    )
    results = scan(
        "results/results_2024-10-05.json",
        """
        {
          "configs": {
            "boolq": {
              "task": "boolq",
              "tag": [
                "super-glue-lm-eval-v1"
              ],
              "dataset_path": "super_glue",
              "dataset_name": "boolq",
              "doc_to_text": "{{passage}}\\nQuestion: {{question}}?\\nAnswer:",
              "training_split": "train"
            }
          }
        }
        """,
    )
    assert {(r.line, r.identifier) for r in task} == {(2, "super_glue")}
    assert {(r.line, r.identifier) for r in results} == {(8, "super_glue")}
    # without a dataset_path beside it, dataset_name is the dataset
    alone = scan("train.yaml", "dataset_name: boolq\nsplit: train\n")
    assert {(r.line, r.identifier) for r in alone} == {(1, "boolq")}


def test_a_hub_name_under_a_dataset_section_is_a_dataset() -> None:
    refs = scan(
        "configs/flickr8k_captioning.yaml",
        """
        model:
          name: "Qwen/Qwen2-VL-2B-Instruct"
          revision: "main"

        dataset:
          # We actually use jxie/flickr8k in load_flickr8k()
          hf_name: "jxie/flickr8k"
          split_train: "train"
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (2, "model", "Qwen/Qwen2-VL-2B-Instruct"),
        (7, "dataset", "jxie/flickr8k"),
    }


def test_a_table_named_for_repos_maps_display_names_to_them() -> None:
    refs = scan(
        "src/constants/models.ts",
        """
        export const DEFAULT_MODEL = "Llama-3.2-1B-Instruct";

        export const GGUF_REPO: { [key: string]: string } = {
            "Llama-3.2-1B-Instruct": "lmkit/Llama-3.2-1B-Instruct.GGUF",
            "Qwen2-0.5B-Instruct":
                "lmkit/Qwen2.5-0.5B-Instruct.GGUF",
            "docs": "lmkit/edge-llm",
        };
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (4, "lmkit/Llama-3.2-1B-Instruct.GGUF"),
        (6, "lmkit/Qwen2.5-0.5B-Instruct.GGUF"),
    }


def test_a_workflow_expressions_literal_fallback_is_the_model() -> None:
    refs = scan(
        ".github/workflows/evals.yml",
        """
        on:
          workflow_dispatch:
            inputs:
              model:
                required: false
        jobs:
          eval:
            runs-on: ubuntu-latest
            steps:
              - name: Run promptfoo
                env:
                  LLM_MODEL: ${{ inputs.model || secrets.LLM_MODEL || 'llama-3.3-70b-versatile' }}
                  REPORT_DIR: ${{ runner.temp || 'reports/out' }}
                run: npx promptfoo eval -c evals/promptfooconfig.js
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (12, "service", "llama-3.3-70b-versatile")
    }


def test_a_template_fallback_is_named_by_the_variable_it_stands_in_for() -> None:
    refs = scan(
        "evals/configs/promptfooconfig.js",
        """
        module.exports = {
          description: 'Spec quality evaluation',
          providers: [
            {
              id: `openai:chat:${process.env.LLM_MODEL || 'claude-sonnet-4-5-20250929'}`,
              label: `${process.env.LLM_MODEL || 'Default Model'} (via gateway)`,
              config: { apiBaseUrl: `${process.env.LLM_BASE_URL || 'http://localhost:4000'}` },
            },
          ],
        };
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (5, "service", "claude-sonnet-4-5-20250929")
    }


def test_names_a_projects_own_proxy_answers_to_are_not_models() -> None:
    refs = scan(
        "continue/config.yaml",
        """
        name: Team Continue
        models:
          - name: Team Chat (via LiteLLM)
            provider: openai
            model: team-chat
            apiBase: http://127.0.0.1:4000/v1
          - name: GPT through the proxy
            provider: openai
            model: gpt-4o-mini
            apiBase: http://litellm:4000/v1
          - name: Mistral
            provider: mistral
            model: codestral-2405
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(9, "gpt-4o-mini"), (13, "codestral-2405")}


def test_litellm_openai_route_to_a_named_local_server_is_not_a_model() -> None:
    refs = scan(
        "litellm_config.yaml",
        """
        model_list:
          - model_name: team-long
            litellm_params:
              model: openai/local-vllm
              api_base: http://vllm:8000/v1
          - model_name: team-coder
            litellm_params:
              model: openai/qwen2.5-coder-32b-instruct
              api_base: http://vllm:8000/v1
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(8, "qwen2.5-coder-32b-instruct")}


def test_json_settings_keyed_by_a_models_id() -> None:
    refs = scan(
        "helper_tools/discovered_configs_Qwen2.5-7B-Instruct-4bit.json",
        """
        {
            "mlx-community/Qwen2.5-7B-Instruct-4bit": {
                "max_tokens": 8192,
                "temp": 0.7,
                "top_p": 0.9,
                "chat_template": "chatml",
                "required_memory_gb": 6
            }
        }
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(2, "mlx-community/Qwen2.5-7B-Instruct-4bit")}


def test_json_keyed_by_an_owner_and_repo_without_settings_is_no_model() -> None:
    refs = scan(
        "data/stars.json",
        """
        {
            "ggml-org/llama.cpp": {
                "stars": 81000,
                "language": "C++"
            }
        }
        """,
    )
    assert refs == []


def test_an_iam_policys_bedrock_actions_are_not_models() -> None:
    refs = scan(
        "docs/bedrock-permission.json",
        """
        {
            "Statement": [
                {
                    "Action": ["bedrock:InvokeModel", "bedrock:InvokeModelWithResponseStream"],
                    "Resource": "arn:aws:bedrock:*::foundation-model/amazon.titan-embed-text-v1"
                }
            ],
            "model": "bedrock:amazon.titan-embed-text-v2:0"
        }
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (5, "amazon.titan-embed-text-v1"),  # (the foundation model the policy grants)
        (8, "amazon.titan-embed-text-v2:0"),
    }


def test_a_claude_code_hook_saying_command_twice_is_no_list_of_models() -> None:
    refs = scan(
        ".claude/settings.json",
        """
        {
          "hooks": {
            "PostToolUse": [
              {
                "matcher": "Edit|Write",
                "hooks": [
                  {
                    "type": "command",
                    "command": "npx prettier --write \\"$FILE_PATH\\""
                  }
                ]
              }
            ]
          },
          "models": ["command-r", "command-r-plus"]
        }
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(15, "command-r"), (15, "command-r-plus")}


def test_openrouter_s_own_routers_keep_their_slug() -> None:
    # `openrouter/free` and `openrouter/auto` are OpenRouter's routers, named by the whole slug;
    # `free` alone is no model's name.
    refs = scan(
        ".continue/config.yaml",
        """
        models:
          - name: "OpenRouter Free Router"
            provider: openrouter
            model: openrouter/free
          - name: Auto
            provider: openai
            model: openrouter/auto
          - name: Haiku
            model: openrouter/anthropic/claude-3-haiku
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (4, "service", "openrouter/free"),
        (7, "service", "openrouter/auto"),
        (9, "service", "claude-3-haiku"),
    }


def test_a_workflow_job_named_for_ollama_is_not_a_model() -> None:
    refs = scan(
        ".github/workflows/e2e.yaml",
        """
        jobs:
            ollama-e2e:
                name: ollama-e2e
                runs-on: [actuated-8cpu-16gb, gpu]
                steps:
                  - name: Pull
                    run: ollama pull llama2
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(7, "llama2")}


def test_claude_code_router_routes_name_their_models() -> None:
    text = """{
  "Providers": [{"name": "qwen", "api_base_url": "https://portal.qwen.ai/v1/chat/completions"}],
  "Router": {
    "default": "qwen,qwen3-coder-plus",
    "background": "ollama,qwen2.5-coder:latest",
    "think": "openrouter,anthropic/claude-3.7-sonnet:thinking",
    "longContextThreshold": 60000,
    "image": ""
  }
}
"""
    refs = scan_text("config/schema.json", text)
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (4, "service", "qwen3-coder-plus"),
        (5, "service", "qwen2.5-coder:latest"),
        (6, "service", "anthropic/claude-3.7-sonnet:thinking"),  # OpenRouter's slug
    }
    fenced = scan_text("README.md", "Configure it:\n\n```json\n" + text + "```\n")
    assert {(r.line, r.identifier) for r in fenced} == {
        (7, "qwen3-coder-plus"),
        (8, "qwen2.5-coder:latest"),
        (9, "anthropic/claude-3.7-sonnet:thinking"),
    }


def test_a_recipe_s_pinned_revision_beside_its_model() -> None:
    refs = scan(
        "emmy/recipes/Voxtral-Mini-3B-2507/recipe.yaml",
        """
        model:
          huggingface: mistralai/Voxtral-Mini-3B-2507
          rationale: "Small Apache-2.0 speech model that fits one 32 GB Volta card."
          heat: 35
          revision: 3060fe34b35ba5d44202ce9ff3c097642914f8f3
        """,
    )
    assert [(r.line, r.identifier, r.revision) for r in refs] == [
        (2, "mistralai/Voxtral-Mini-3B-2507", "3060fe34b35ba5d44202ce9ff3c097642914f8f3")
    ]


def test_example_copies_of_properties_and_toml_files() -> None:
    text = """
    # OpenAI API key and embedding model
    spring.ai.openai.api-key=YOUR_OPENAI_API_KEY
    spring.ai.openai.embedding.options.model=text-embedding-ada-002
    spring.datasource.url=jdbc:postgresql://localhost:5432/pg-vector-store
    """
    for path in (
        "src/main/resources/application.properties.example",
        "src/main/resources/application.properties.template",
        "config/app.ini.sample",
    ):
        assert ids(scan(path, text)) == {("service", "text-embedding-ada-002")}, path
    toml = 'model = "gpt-4o-mini"\n'
    assert ids(scan("config.toml.example", toml)) == {("service", "gpt-4o-mini")}


def test_openais_bare_reasoning_names_in_a_pricing_table() -> None:
    refs = scan(
        "pricing/pricing.yaml",
        """
        # Prices are per 1000 tokens in USD (standard pricing)
        models:
          gpt-4o-mini:
            prompt: 0.00015
          o1:
            prompt: 0.015
          o3:
            prompt: 0.002
        steps:
          o1:
            retries: 1
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {("gpt-4o-mini", 3), ("o1", 5), ("o3", 7)}


def test_software_repositories_and_numbered_folders_are_no_models() -> None:
    workflow = """
    env:
      VLLM_REPO: "vllm-project/vllm"
      MODEL: "facebook/opt-125m"
    """
    assert ids(scan(".github/workflows/tests.yaml", workflow)) == {("model", "facebook/opt-125m")}
    results = "system id = UserReplicon_1\nmodel = set_1/T4P\nmodel = fold_0/best\n"
    assert scan("tests/data/results/all_systems.txt", results) == []


def test_json_lines_are_records_not_settings() -> None:
    """A `.jsonl` file is data: an eval log's or a stream recording's `"model"` says what
    answered (pinned sets 160 and 204 label them negative; pypi-388's labeller positive): only
    its Hub URLs are read."""
    log = (
        '{"object": "chat.completion.chunk", "model": "zai-org/GLM-4.7", "choices": []}\n'
        '{"id": "x", "model": "gpt-4o-2024-08-06", "source": '
        '"https://huggingface.co/datasets/rmahari/lepard"}\n'
    )
    refs = scan("tests/fixtures/stream.jsonl", log)
    assert [(r.identifier, r.line) for r in refs] == [("rmahari/lepard", 2)]


def test_a_model_config_groups_name_that_is_no_model_id() -> None:
    # microtorch-mri's conf/model/ZeppelinZeppelin.yaml (PyPI, 2026): a tissue model named
    # like its file; a hosted name so filed (`_models/glm-5.2.yaml`) still counts.
    refs = scan(
        "src/microtorch/conf/model/ZeppelinZeppelin.yaml",
        """
        name: ZeppelinZeppelin

        compartments:
          - Zeppelin
        """,
    )
    assert refs == []
    assert ids(scan("agentscope/_models/glm-5.2.yaml", "name: glm-5.2\n")) == {
        ("service", "glm-5.2")
    }


def test_a_vllm_containers_folded_command_names_its_model_first() -> None:
    refs = scan(
        "docker-compose.vllm.yml",
        """
        services:
          vllm-qwen3:
            image: vllm-cpu-env:latest
            command: >
              Qwen/Qwen3-1.7B
              --dtype float16
              --max-model-len 16384
          vllm-devstral:
            image: vllm/vllm-openai:v0.11.0
            command: >
              cyankiwi/Devstral-Small-2-24B-Instruct-2512-AWQ-4bit
              --tool-call-parser mistral
          vllm-local:
            image: vllm/vllm-openai:v0.11.0
            command: /models/qwen --port 8000
          webui:
            image: ghcr.io/open-webui/open-webui:main
            command: >
              bash start.sh
              --port 8080
        """,
    )
    assert ids(refs) == {
        ("model", "Qwen/Qwen3-1.7B"),
        ("model", "cyankiwi/Devstral-Small-2-24B-Instruct-2512-AWQ-4bit"),
    }
    assert {r.line for r in refs} == {5, 11}


def test_litellm_together_ids_deployments_and_fallback_aliases() -> None:
    refs = scan(
        "litellm_config.yaml",
        """
        model_list:
          - model_name: "llama-4-maverick"
            litellm_params:
              model: "together_ai/meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8"
          - model_name: "groq/llama-4-maverick"
            litellm_params:
              model: "groq/meta-llama/llama-4-maverick-17b-128e-instruct"
          - model_name: "openai/gpt-4o-mini"
            litellm_params:
              model: "openai/gpt-4o-mini"
          - model_name: granite
            litellm_params:
              model: watsonx/deployment/01a09ac6-1cde-7043-9afe-1275d0ddc0d0
        router_settings:
          fallbacks:
            - "llama-4-maverick": ["groq/llama-4-maverick", "openai/gpt-4o-mini"]
        """,
    )
    assert ids(refs) == {
        ("model", "meta-llama/Llama-4-Maverick-17B-128E-Instruct-FP8"),
        ("model", "meta-llama/llama-4-maverick-17b-128e-instruct"),
        ("service", "gpt-4o-mini"),
    }
    assert {r.line for r in refs} == {4, 7, 8, 10, 16}


def test_opencode_names_a_providers_model_after_its_id() -> None:
    refs = scan(
        "templates/project/opencode.json.tmpl",
        """
        {
          "$schema": "https://opencode.ai/config.json",
          "model": "asi1/asi1",
          "small_model": "asi1/asi1-mini",
          "provider": {"asi1": {"npm": "@ai-sdk/openai-compatible", "models": {"asi1": {}}}}
        }
        """,
    )
    assert ids(refs) == {("service", "asi1"), ("service", "asi1-mini")}


def test_opencode_a_local_providers_own_names_are_not_models() -> None:
    refs = scan(
        "opencode.json",
        """
        {
          "$schema": "https://opencode.ai/config.json",
          "model": "llamacpp/local",
          "small_model": "lmstudio/qwen3-coder-30b",
          "provider": {
            "llamacpp": {
              "options": {"baseURL": "http://localhost:8080/v1"}, "models": {"local": {}}
            },
            "lmstudio": {"options": {"baseURL": "http://127.0.0.1:1234/v1"}}
          }
        }
        """,
    )
    assert ids(refs) == {("service", "qwen3-coder-30b")}


def test_an_openrouter_variant_stays_on_its_slug_behind_a_prefix() -> None:
    refs = scan(
        ".aider.conf.yml",
        """
        model: openrouter/tngtech/deepseek-r1t2-chimera:free
        weak-model: openrouter/openai/gpt-4o-mini
        """,
    )
    assert ids(refs) == {
        ("service", "tngtech/deepseek-r1t2-chimera:free"),
        ("service", "gpt-4o-mini"),
    }


def test_the_hub_sync_action_mirrors_to_a_space() -> None:
    refs = scan(
        ".github/workflows/sync-to-hub.yml",
        """
        jobs:
          sync:
            runs-on: ubuntu-latest
            steps:
              - uses: actions/checkout@v6
              - uses: huggingface/hub-sync@v0.1.0
                with:
                  github_repo_id: ${{ github.repository }}
                  huggingface_repo_id: mrluettgen/AnimediaRAG
                  hf_token: ${{ secrets.HF_TOKEN }}
        """,
    )
    assert ids(refs) == {("space", "mrluettgen/AnimediaRAG")}


def test_continues_ollama_entries_with_nested_options() -> None:
    refs = scan(
        ".continue/config.json",
        """
        {
          "models": [
            {
              "title": "Phi-3 Mini (Ana Chat)",
              "provider": "ollama",
              "model": "phi3:mini-128k",
              "template": "{{{input}}}",
              "completionOptions": {"temperature": 0.2, "maxTokens": 2000}
            },
            {
              "title": "vanilj/Phi 4 latest",
              "provider": "ollama",
              "model": "vanilj/Phi-4:latest",
              "apiBase": "http://localhost:11434"
            },
            {"title": "Local", "provider": "ollama", "model": "AUTODETECT"}
          ]
        }
        """,
    )
    assert ids(refs) == {("service", "phi3:mini-128k"), ("service", "vanilj/Phi-4:latest")}


def test_a_litellm_route_to_quantised_weights_on_a_server_of_ones_own() -> None:
    refs = scan(
        "litellm-config.yaml",
        """
        model_list:
          - model_name: haiku
            litellm_params:
              model: openai/QuantTrio/MiniMax-M2.5-AWQ
              api_base: http://localhost:8000/v1
          - model_name: minimax
            litellm_params:
              model: minimax/MiniMax-M2.5
        """,
    )
    assert ids(refs) == {("model", "QuantTrio/MiniMax-M2.5-AWQ"), ("service", "MiniMax-M2.5")}


def test_entry_points_name_modules_not_ollama_tags() -> None:
    refs = scan(
        "pyproject.toml",
        """
        [project]
        name = "ocr-translate-ollama"

        [project.entry-points."ocr_translate.tsl_data"]
        "ollama.tsl" = "ocr_translate_ollama:tsl_model_data"

        [tool.ocr]
        ollama_model = "llama3:8b"
        """,
    )
    assert ids(refs) == {("service", "llama3:8b")}


def test_a_training_configs_model_pinned_by_revision() -> None:
    refs = scan(
        "configs/sft_dev.yaml",
        """
        project:
          output_dir: outputs/phase0_dev/qwen3_vl_2b_lora
        model:
          name_or_path: Qwen/Qwen3-VL-2B-Instruct
          revision: 89644892e4d85e24eaac8bacfd4f463576704203
          dtype: bfloat16
        """,
    )
    assert [(r.identifier, r.revision) for r in refs] == [
        ("Qwen/Qwen3-VL-2B-Instruct", "89644892e4d85e24eaac8bacfd4f463576704203")
    ]


def test_bizyair_workflow_files_are_no_repositories() -> None:
    refs = scan(
        "example/workflows/t2image_bizyair_flux.json",
        """
        {
          "37": {
            "inputs": {"unet_name": "flux/flux1-dev.sft", "weight_dtype": "fp8_e4m3fn"},
            "class_type": "BizyAir_UNETLoader"
          },
          "38": {
            "inputs": {"vae_name": "flux/ae.sft"},
            "class_type": "BizyAir_VAELoader"
          }
        }
        """,
    )
    assert refs == []


def test_litellm_routes_to_openai_compatible_servers() -> None:
    refs = scan(
        "litellm/config.yaml",
        """
        model_list:
          - model_name: coder
            litellm_params:
              model: openai/Qwen2.5-Coder-32B-Instruct-AWQ
              api_base: http://vllm-coder-lg:8000/v1
          - model_name: tiny
            litellm_params: { model: openai/tinyllama, api_base: http://llamacpp:8080/v1 }
          # OpenRouter -- one key, hundreds of models. Use "openrouter/<model>".
          - model_name: openrouter-auto
            litellm_params:
              model: openrouter/auto
          - model_name: lmstudio-local
            litellm_params:
              model: openai/local-model            # name shown in LM Studio
              api_base: http://host.docker.internal:1234/v1
          - model_name: glm
            litellm_params:
              model: zhipuai/glm-4-flash
          - model_name: smart
            litellm_params:
              model: auto_router/complexity_router
          - model_name: whisper
            litellm_params:
              model: openai/whisper-large-v3
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (4, "service", "Qwen2.5-Coder-32B-Instruct-AWQ"),
        (7, "service", "tinyllama"),
        (11, "service", "openrouter/auto"),
        (18, "service", "glm-4-flash"),
        (24, "model", "openai/whisper-large-v3"),
    }


def test_continue_hub_blocks_and_an_ollama_tag_behind_aiders_openai_prefix() -> None:
    continue_refs = scan(
        ".continue/config.yaml",
        """
        name: My Config
        version: 1.0.0
        schema: v1
        models:
          - uses: anthropic/claude-3.5-sonnet
            with:
              ANTHROPIC_API_KEY: ${{ secrets.ANTHROPIC_API_KEY }}
        rules:
          - uses: myorg/python-style-rules
        """,
    )
    assert {(r.line, r.identifier) for r in continue_refs} == {(5, "claude-3.5-sonnet")}
    aider = scan(
        ".aider.conf.yml",
        """
        openai-api-base: http://localhost:11434/v1
        model: openai/qwen2.5-coder:14b-instruct
        weak-model: openrouter/openai/gpt-oss-20b:free
        """,
    )
    assert ("service", "qwen2.5-coder:14b-instruct") in ids(aider)


def test_faster_whisper_short_names_beside_their_backend() -> None:
    refs = scan(
        "configs/default.yaml",
        """
        transcription:
          backend: faster-whisper
          model: medium
          language: de
        synthesis:
          default_backend: xtts
          model: base
        """,
    )
    assert ids(refs) == {("model", "Systran/faster-whisper-medium")}
    py = scan(
        "src/voice_pipeline/config.py",
        """
        DEFAULTS = {
            "transcription": {"backend": "faster-whisper", "model": "medium", "language": "de"},
            "synthesis": {"default_backend": "xtts", "require_consent": True},
        }
        """,
    )
    assert ids(py) == {("model", "Systran/faster-whisper-medium")}


def test_openai_api_only_names_and_groq_systems_behind_a_router() -> None:
    refs = scan(
        "config.yaml",
        """
        stt:
          model: openai/whisper-1
          fallback_model: openai/whisper-large-v3
        llm:
          model: groq/compound-mini
        """,
    )
    assert [(r.identifier, r.kind.value) for r in refs] == [
        ("whisper-1", "service"),
        ("openai/whisper-large-v3", "model"),
        ("groq/compound-mini", "service"),
    ]


def test_ollama_named_settings_that_are_not_models() -> None:
    refs = scan(
        "pyproject.toml",
        """
        [tool.setuptools.package-data]
        ollama_agents = ["py.typed"]

        [tool.app]
        ollama_model = "qwen2.5-coder:7b"
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("qwen2.5-coder:7b", 5)]


def test_lora_sources_by_repository_and_file() -> None:
    refs = scan(
        "docs/assets/provider_adapters.json",
        """
        {
          "adapters": [
            {"id": "flymy-ai/qwen-image-realism-lora:flymy_realism.safetensors", "scale": 1.0},
            {"source": "lightx2v/Wan2.2-Lightning:Wan2.2-T2V-A14B/high_noise_model.safetensors"},
            {"image": "acme/app:latest", "path": "C:/weights/lora:style.safetensors"},
            {"source": "owner/repo:filename.gguf"}
          ]
        }
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [
        ("flymy-ai/qwen-image-realism-lora", 3),
        ("lightx2v/Wan2.2-Lightning", 4),
    ]


def test_a_templated_default_behind_a_litellm_route() -> None:
    refs = scan(
        "litellm-config.yaml",
        """
        model_list:
          - model_name: "local-llm"
            litellm_params:
              model: "openai/${VLLM_MODEL:-Qwen/Qwen2.5-3B-Instruct}"
              api_base: "http://vllm:8000/v1"
        """,
    )
    assert [(r.identifier, r.kind, r.line) for r in refs] == [
        ("Qwen/Qwen2.5-3B-Instruct", Kind.MODEL, 4)
    ]
