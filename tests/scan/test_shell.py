"""Shell scripts, Dockerfiles and Makefiles."""

from __future__ import annotations

from license_gate.models import Kind
from tests.scan.helpers import ids, one, scan


def test_launcher_script() -> None:
    refs = scan(
        "scripts/train.sh",
        """
        #!/usr/bin/env bash
        set -euo pipefail
        MODEL="${1:-meta-llama/Llama-3.1-8B}"
        BASE=microsoft/phi-2
        OUT=outputs/run-$(date +%F)
        accelerate launch train.py \\
          --model_name_or_path $BASE \\
          --dataset_name HuggingFaceH4/ultrachat_200k \\
          --tokenizer="${TOK:-google-t5/t5-small}" \\
          --output_dir $OUT
        huggingface-cli download TheBloke/Llama-2-7B-GGUF llama-2-7b.Q4_K_M.gguf --local-dir models
        hf download --repo-type dataset HuggingFaceFW/fineweb-edu --revision v1.2.0
        vllm serve "$MODEL" --port 8000
        ollama pull llama3:8b
        docker run --rm pytorch/pytorch:2.1.0-cuda12.1-cudnn8-runtime
        git clone https://github.com/huggingface/transformers
        """,
    )
    assert ids(refs) == {
        ("model", "meta-llama/Llama-3.1-8B"),
        ("model", "microsoft/phi-2"),
        ("dataset", "HuggingFaceH4/ultrachat_200k"),
        ("model", "google-t5/t5-small"),
        ("model", "TheBloke/Llama-2-7B-GGUF"),
        ("dataset", "HuggingFaceFW/fineweb-edu"),
        ("service", "llama3:8b"),
    }
    assert one(refs, "HuggingFaceFW/fineweb-edu").revision == "v1.2.0"
    assert one(refs, "HuggingFaceH4/ultrachat_200k").line == 8  # the value's line in a \\ chain


def test_dockerfile() -> None:
    refs = scan(
        "Dockerfile",
        """
        FROM huggingface/transformers-pytorch-gpu:4.41.0
        ARG MODEL_ID=BAAI/bge-large-en-v1.5
        ENV EMBED_MODEL sentence-transformers/all-mpnet-base-v2
        RUN python -c "from huggingface_hub import snapshot_download as d; \\
          d(repo_id='NousResearch/Hermes-3-Llama-3.1-8B')"
        COPY ./models/local /app/models
        """,
    )
    assert ids(refs) == {
        ("model", "BAAI/bge-large-en-v1.5"),
        ("model", "sentence-transformers/all-mpnet-base-v2"),
        ("model", "NousResearch/Hermes-3-Llama-3.1-8B"),
    }
    assert all(r.detector == "shell" for r in refs)


def test_makefile_and_llamacpp() -> None:
    refs = scan(
        "Makefile",
        """
        MODEL ?= openai/whisper-large-v3
        DATASET := google/fleurs

        serve:
        \t./llama-server -hf bartowski/Qwen2.5-7B-Instruct-GGUF:Q4_K_M --port 8080
        \tpython eval.py --model $(MODEL) --output_dir results/whisper
        """,
    )
    assert ids(refs) == {
        ("model", "openai/whisper-large-v3"),
        ("dataset", "google/fleurs"),
        ("model", "bartowski/Qwen2.5-7B-Instruct-GGUF"),
    }
    assert one(refs, "google/fleurs").kind is Kind.DATASET
