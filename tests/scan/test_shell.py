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


def test_dockerfile_python_program_split_over_lines() -> None:
    # A 2025 hackathon's Dockerfile (GitHub): Docker joins the `\` lines before the shell
    # sees them, so the quoted program runs as one, with a short sentence-transformers name.
    refs = scan(
        "Dockerfile",
        """
        FROM --platform=linux/amd64 python:3.9-slim
        RUN python -c "\\
        from sentence_transformers import SentenceTransformer; \\
        SentenceTransformer('all-MiniLM-L6-v2', cache_folder='/app/models_cache')"
        ENV SENTENCE_TRANSFORMERS_HOME=/app/models_cache
        """,
    )
    assert one(refs, "sentence-transformers/all-MiniLM-L6-v2").line == 4
    assert len(refs) == 1


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


def test_ollama_rest_api_bodies() -> None:
    refs = scan(
        "scripts/publish.sh",
        """
        set -euo pipefail
        curl -s http://localhost:11434/api/pull -d '{"name": "llama3.2:1b"}'
        curl http://localhost:11434/api/generate -d '{"model": "acme/support-bot", "prompt": "hi"}'
        curl -s https://api.example.com/v1/items -d '{"name": "acme/widgets"}'
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (2, "llama3.2:1b"),
        (3, "acme/support-bot"),
    }
    assert all(r.kind is Kind.SERVICE for r in refs)


def test_colon_builtin_default_assignments() -> None:
    refs = scan(
        "scripts/train.sh",
        """
        : "${DATASET:=lerobot/pusht}"
        : "${OUTPUT_DIR:=outputs/act_pusht}"
        python train.py --dataset.repo_id="$DATASET" --output_dir="$OUTPUT_DIR"
        """,
    )
    assert ids(refs) == {("dataset", "lerobot/pusht")}
    assert one(refs, "lerobot/pusht").line == 1


def test_modelfile_from() -> None:
    refs = scan("ollama/Modelfile", "FROM llama3.1:8b\nPARAMETER num_ctx 8192\n")
    assert [(r.kind, r.identifier, r.line, r.column) for r in refs] == [
        (Kind.SERVICE, "llama3.1:8b", 1, 6)
    ]
    assert scan("ollama/Modelfile", "FROM ./Qwen2.5-7B-Instruct-Q4_K_M.gguf\n") == []


def test_repo_id_flag_of_a_dataset_script_names_a_dataset() -> None:
    refs = scan(
        "scripts/train_act.sh",
        """
        python lerobot/scripts/visualize_dataset.py --repo-id lerobot/pusht --episode-index 0
        python -m lerobot.scripts.push_dataset_to_hub --repo_id=acme/so100_pick
        python lerobot/scripts/eval.py --policy.path=lerobot/diffusion_pusht --repo-id acme/act
        """,
    )
    assert ids(refs) == {
        ("dataset", "lerobot/pusht"),
        ("dataset", "acme/so100_pick"),
        ("model", "lerobot/diffusion_pusht"),
        ("model", "acme/act"),
    }


def test_chat_ui_env_models_json_and_task_model() -> None:
    refs = scan(
        ".env.local",
        """
        MONGODB_URL=mongodb://mongo:27017
        TASK_MODEL=meta-llama/Llama-3.2-1B-Instruct
        MODELS=`[
          {
            "name": "acme/support-llm-8b",
            "displayName": "Support 8B",
            "endpoints": [{"type": "tgi", "url": "http://tgi:8080"}]
          },
          {
            "name": "gpt-4o",
            "endpoints": [{"type": "openai", "baseURL": "https://api.openai.com/v1"}]
          }
        ]`
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (2, "model", "meta-llama/Llama-3.2-1B-Instruct"),
        (5, "model", "acme/support-llm-8b"),
        (10, "service", "gpt-4o"),
    }


def test_bash_arrays_and_loops_over_them() -> None:
    refs = scan(
        "scripts/eval_sweep.sh",
        """
        #!/usr/bin/env bash
        # models=(
        #     "acme/old-candidate-7b"
        # )
        models=(
            "mistralai/Mistral-Nemo-Instruct-2407"
            "acme/sft-run3-8b"   # best checkpoint so far
        )
        tasks=(arc_easy hellaswag)
        candidates=(acme/dpo-v2 acme/dpo-v3)
        for model in "${models[@]}" "${candidates[@]}"; do
            python eval.py --model-name="$model" --log-file "logs/${model//\\//_}.txt"
        done
        """,
    )
    assert ids(refs) == {
        ("model", "mistralai/Mistral-Nemo-Instruct-2407"),
        ("model", "acme/sft-run3-8b"),
        ("model", "acme/dpo-v2"),
        ("model", "acme/dpo-v3"),
    }
    assert one(refs, "acme/sft-run3-8b").line == 7


def test_comments_are_not_commands() -> None:
    refs = scan(
        "serve.sh",
        """
        # vllm serve acme/retired-model-7b --port 8000
        vllm serve Qwen/Qwen2.5-7B-Instruct --port 8000  # was: --model acme/old
        echo "done" #no space needed: --model acme/also-old
        """,
    )
    assert ids(refs) == {("model", "Qwen/Qwen2.5-7B-Instruct")}


def test_revision_passed_through_a_variable() -> None:
    refs = scan(
        "reranker.sh",
        """
        model=BAAI/bge-reranker-large
        revision=refs/pr/5
        text-embeddings-router --model-id $model --revision $revision --port 8080
        """,
    )
    assert one(refs, "BAAI/bge-reranker-large").revision == "refs/pr/5"


def test_ollama_server_settings_are_not_models() -> None:
    refs = scan(
        "ollama.sh",
        """
        docker run -d -e OLLAMA_KEEP_ALIVE='24h' -e OLLAMA_NUM_PARALLEL=1 \\
            -e OLLAMA_MAX_LOADED_MODELS=3 -e OLLAMA_MODELS=/data/models ollama/ollama
        export OLLAMA_MODEL=llama3.2:3b
        """,
    )
    assert ids(refs) == {("service", "llama3.2:3b")}


def test_legacy_cdn_urls_and_positional_legacy_ids() -> None:
    refs = scan(
        "scripts/download.sh",
        """
        wget https://cdn.huggingface.co/hfl/chinese-roberta-wwm-ext/pytorch_model.bin
        wget https://cdn-lfs.huggingface.co/repos/96/4f/964f0e0a2b/blob.bin
        python3 roc_test.py roberta roberta-base
        python3 roc_test.py xlmroberta xlm-roberta-base --epochs 3
        python3 train.py --lr 2e-5 --run-name bert-base-cased-run
        """,
    )
    assert ids(refs) == {
        ("model", "hfl/chinese-roberta-wwm-ext"),
        ("model", "roberta-base"),
        ("model", "xlm-roberta-base"),
    }


def test_checkpoint_component_folders_are_local() -> None:
    refs = scan(
        "infer.sh",
        "python infer.py --model train_text_to_image_lora_sdxl/unet --vae sdxl-out/vae\n",
    )
    assert refs == []


def test_dataset_flags_take_several_values_and_config_name_is_a_model() -> None:
    refs = scan(
        "run_multidata.sh",
        """
        python run_speech_recognition_ctc.py \\
            --dataset_name "mozilla-foundation/common_voice_7_0" "multilingual_librispeech" "ted" \\
            --model_name_or_path="facebook/wav2vec2-xls-r-1b" \\
            --config_name bert-base-cased \\
            --dataset_config_name="it" \\
            --output_dir ./out
        """,
    )
    assert ids(refs) == {
        ("dataset", "mozilla-foundation/common_voice_7_0"),
        ("dataset", "multilingual_librispeech"),
        ("model", "facebook/wav2vec2-xls-r-1b"),
        ("model", "bert-base-cased"),
    }


def test_array_items_with_stray_commas() -> None:
    refs = scan(
        "anli.sh",
        """
        declare -a models=(distilgpt2 gpt2-medium openai-gpt, EleutherAI/gpt-neo-1.3B)
        for model in ${models[@]}; do python score.py --model $model; done
        """,
    )
    assert ids(refs) == {
        ("model", "distilgpt2"),
        ("model", "gpt2-medium"),
        ("model", "openai-gpt"),
        ("model", "EleutherAI/gpt-neo-1.3B"),
    }


def test_modelfile_paths_and_github_models_providers() -> None:
    refs = scan(
        "ollama/create.sh",
        """
        MISTRAL_MODELFILE="modelfiles/Modelfile.mistral"
        ollama create mistral-custom -f "$MISTRAL_MODELFILE"
        npx promptfoo eval -p github:openai/gpt-4o
        """,
    )
    assert ids(refs) == {("service", "gpt-4o")}


def test_comma_separated_ids_in_a_quoted_assignment() -> None:
    refs = scan(
        "ci/nightly.sh",
        """
        #!/usr/bin/env bash
        MODELS="Qwen/Qwen2.5-0.5B-Instruct,HuggingFaceTB/SmolLM2-135M"
        TASKS="hellaswag,arc_easy"
        OUT_DIRS="runs/a,runs/b"
        python eval.py --models "$MODELS"
        """,
    )
    assert ids(refs) == {
        ("model", "Qwen/Qwen2.5-0.5B-Instruct"),
        ("model", "HuggingFaceTB/SmolLM2-135M"),
    }
    assert one(refs, "HuggingFaceTB/SmolLM2-135M").column == 36


def test_download_scripts_as_people_write_them() -> None:
    refs = scan(
        "download-hf-models.sh",
        """
        # CODING MODELS
        hf download --max-workers=$(nproc) cturan/IQuest-Coder-V1-40B-Instruct-GGUF --include "*Q4*"
        hf download --max-workers $(nproc) noctrex/MiniMax-M2-REAP-139B-A10B-MXFP4_MOE-GGUF
        hf cache rm -y model/unsloth/Devstral-2-123B-Instruct-2512-GGUF
        export SPACE_NAME="TheBloke/Nous-Hermes-2-SOLAR-10.7B-GGUF" # TheBloke/Yi-6B-GGUF
        export MODEL_FILE="nous-hermes-2-solar-10.7b.Q5_K_M.gguf"
        huggingface-cli download "${SPACE_NAME}" "${MODEL_FILE}" --local-dir models
        """,
    )
    assert ids(refs) == {
        ("model", "cturan/IQuest-Coder-V1-40B-Instruct-GGUF"),
        ("model", "noctrex/MiniMax-M2-REAP-139B-A10B-MXFP4_MOE-GGUF"),
        ("model", "TheBloke/Nous-Hermes-2-SOLAR-10.7B-GGUF"),  # downloaded as a model
    }
    assert one(refs, "cturan/IQuest-Coder-V1-40B-Instruct-GGUF").column == 36
    assert one(refs, "TheBloke/Nous-Hermes-2-SOLAR-10.7B-GGUF").column == 20


def test_defaults_quoted_inside_parameter_expansion() -> None:
    refs = scan(
        "scripts/train_internvl.sh",
        """
        GPUS=${GPUS:-4}
        MODEL_NAME=${MODEL_NAME:-"OpenGVLab/InternVL2_5-1B"}
        parts=(${MODEL_NAME//\\// })
        torchrun --nproc_per_node=$GPUS train.py --model_name_or_path $MODEL_NAME
        """,
    )
    assert ids(refs) == {("model", "OpenGVLab/InternVL2_5-1B")}
    assert one(refs, "OpenGVLab/InternVL2_5-1B").column == 27


def test_positional_ids_of_a_script_named_for_models() -> None:
    refs = scan(
        "Makefile",
        """
        convert:
        \tpython3 tools/convert_model.py praeclarum/cuneiform ./models true
        \tpython3 tools/train.py data/train outputs/run1
        \tpython3 tools/download_weights.py checkpoints/latest
        """,
    )
    assert ids(refs) == {("model", "praeclarum/cuneiform")}


def test_ollama_pull_with_a_json_body_over_several_lines() -> None:
    refs = scan(
        "scripts/setup_ollama.sh",
        """
        #!/bin/sh
        echo "Pulling embedding model..."
        curl -X POST ${OLLAMA_BASE_URL}/api/pull -d '{
          "name": "nomic-embed-text"
        }'
        curl -X POST ${OLLAMA_BASE_URL}/api/pull -d '{
          "name": "'${MODEL}'"
        }'
        """,
    )
    assert ids(refs) == {("service", "nomic-embed-text")}
    assert one(refs, "nomic-embed-text").line == 4


def test_model_args_kept_in_a_variable() -> None:
    refs = scan(
        "sh_scripts/llama.sh",
        """
        backend="hf"
        # meta-llama/Llama-3.1-8B-Instruct
        backend_args="pretrained=meta-llama/Llama-3.1-8B-Instruct,revision=main"
        suite="bbh_cot_fewshot_boolean_expressions"
        lm_eval --model $backend \\
            --model_args $backend_args \\
            --tasks $suite
        """,
    )
    assert ids(refs) == {("model", "meta-llama/Llama-3.1-8B-Instruct")}
    llama = one(refs, "meta-llama/Llama-3.1-8B-Instruct")
    assert (llama.line, llama.column, llama.revision) == (3, 26, "main")


def test_dataset_console_script_repo_id_names_a_dataset() -> None:
    refs = scan(
        "scripts/viz.sh",
        """
        lerobot-dataset-viz \\
            --repo-id lerobot/pusht \\
            --episode-index 0
        huggingface-cli upload --repo-id acme/llama-ft ./out
        """,
    )
    assert ("dataset", "lerobot/pusht") in ids(refs)
    assert ("dataset", "acme/llama-ft") not in ids(refs)


def test_command_line_held_in_a_variable() -> None:
    refs = scan(
        "1_start_vllm.sh",
        """
        vllm_command="vllm serve mistralai/Mistral-Small-3.1-24B-Instruct-2503 --port 8000"
        echo "[INFO]: $vllm_command"
        $vllm_command &
        GREETING="hello world"
        """,
    )
    assert [(r.identifier, r.line, r.column) for r in refs] == [
        ("mistralai/Mistral-Small-3.1-24B-Instruct-2503", 1, 26)
    ]


def test_dotenv_with_spaces_and_multiline_curl_bodies() -> None:
    env = scan(
        ".env.example",
        """
        # == OLLAMA == #
        EMBEDDING_MODEL = "mxbai-embed-large"
        CHAT_MODEL = "llama3.2:3b"
        MODEL_PROVIDER = "ollama"
        """,
    )
    assert ids(env) == {("service", "mxbai-embed-large"), ("service", "llama3.2:3b")}
    curl = scan(
        "ui/vllm.sh",
        """
        curl http://localhost:8000/v1/chat/completions \\
        -H "Content-Type: application/json" \\
        -d '{
        "model": "lu-vae/qwen-openhermes-merged",
        "messages": [{"role": "user", "content": "hi"}]
        }'
        """,
    )
    assert [(r.identifier, r.line) for r in curl] == [("lu-vae/qwen-openhermes-merged", 4)]


def test_time_series_frequencies_are_not_repositories() -> None:
    refs = scan(
        "scripts/run_moirai.sh",
        """
        DEFAULT_DATASETS=(
            "Water_Quality_Darwin/15T"
            "Coastal_T_S/5T"
            "Salesforce/GiftEval"
        )
        for dataset in "${DEFAULT_DATASETS[@]}"; do
            python run.py --dataset "$dataset"
        done
        """,
    )
    assert ids(refs) == {("dataset", "Salesforce/GiftEval")}


def test_repository_flag_of_a_download_command() -> None:
    refs = scan(
        "README.sh",
        """
        ilab model download --repository instructlab/granite-7b-lab-GGUF --filename granite.gguf
        helm upgrade app ./chart --repo https://charts.example.com
        """,
    )
    assert ids(refs) == {("model", "instructlab/granite-7b-lab-GGUF")}


def test_usage_alternatives_are_placeholders() -> None:
    refs = scan(
        "docs/cli.sh",
        """
        evalplus.codegen --model "mistralai/Mistral-7B-Instruct-v0.3" \\
          --dataset [mbpp|humaneval] --backend [vllm|hf]
        python run.py --dataset {squad|imdb} --tokenizer gpt2
        """,
    )
    assert ids(refs) == {("model", "mistralai/Mistral-7B-Instruct-v0.3"), ("model", "gpt2")}


def test_benchmark_name_lists_api_defaults_and_ollama_openai_routes() -> None:
    refs = scan(
        "scripts/eval.sh",
        """
        export BEIR_DATASETS=("nfcorpus" "scifact" "scidocs" "fiqa")
        export GLUE_DATASETS=("glue" "imdb")
        for dataset in 'nfcorpus' 'scifact'; do
            python eval.py --dataset_name $dataset
        done
        ref_name=${2:-"gpt-3.5-turbo-0125"} # model to compare
        judge="gpt-4-turbo-2024-04-09"
        output_dir=${3:-"results/gpt-4o"}
        curl http://localhost:11434/v1/chat/completions \\
          -d '{"model":"deepseek-coder-v2:16b","messages":[]}'
        """,
    )
    # a list naming harness datasets (`nfcorpus`) is the harness's names, the Hub's among them
    assert ids(refs) == {
        ("dataset", "glue"),
        ("dataset", "imdb"),
        ("service", "gpt-3.5-turbo-0125"),
        ("service", "gpt-4-turbo-2024-04-09"),
        ("service", "deepseek-coder-v2:16b"),
    }


def test_settings_keyed_by_a_model_on_the_command_line() -> None:
    refs = scan(
        "docs/start.sh",
        """
        jupyter lab \\
          --AiExtension.model_parameters \\
          bedrock/anthropic.claude-3-5-haiku-20241022-v1:0='{"model_kwargs":{"maxTokens":200}}' \\
          --AiExtension.model_parameters openai/gpt-4.1='{"max_tokens":1024,"temperature":0.9}'
        """,
    )
    assert ids(refs) == {
        ("service", "anthropic.claude-3-5-haiku-20241022-v1:0"),
        ("service", "gpt-4.1"),
    }


def test_python_heredocs_env_lines_with_spaces_and_tags_given_to_scripts() -> None:
    refs = scan(
        "jobs/gptq.sh",
        """
        python - <<'PY'
        BASE = "google/gemma-2-9b-it"
        MERGED = "model_save/final_merged_model"
        model = AutoModelForCausalLM.from_pretrained(BASE)
        model.save_pretrained(MERGED)
        AutoModelForCausalLM.from_pretrained(MERGED)
        PY
        LLM_MODEL = tinyllama:latest
        python3 tester.py llama3.1:70b average 3 coherence
        python3 train.py cuda:0 --train_datasets output_data/train --eval_datasets output_data/dev
        """,
    )
    assert ids(refs) == {
        ("model", "google/gemma-2-9b-it"),
        ("service", "tinyllama:latest"),
        ("service", "llama3.1:70b"),
    }
    assert one(refs, "google/gemma-2-9b-it").line == 2


def test_loops_named_for_models_and_array_items_with_arguments() -> None:
    refs = scan(
        "download_models.sh",
        """
        # pull through the Ollama API
        for model in "nomic-embed-text" "mxbai-embed-large" "llama3.2:3b"; do
          curl http://localhost:11434/api/pull -d "{\\"name\\": \\"$model\\"}"
        done
        for dataset in 'nfcorpus' 'scifact'; do echo $dataset; done
        input_params=("facebook/xglm-7.5B 2" "facebook/xglm-7.5B 3")
        for arch in resnet18 vit_b_16; do python train.py --arch $arch; done
        """,
    )
    assert ids(refs) == {
        ("service", "nomic-embed-text"),
        ("service", "mxbai-embed-large"),
        ("service", "llama3.2:3b"),
        ("model", "facebook/xglm-7.5B"),
    }


def test_lmms_eval_model_args_with_variables_and_model_version() -> None:
    refs = scan(
        "run_eval.sh",
        """
        accelerate launch -m lmms_eval --model vllm \\
            --model_args=model_version=Qwen/Qwen2.5-VL-3B-Instruct,data_parallel_size=4 \\
            --tasks mme
        case $MODEL in
            "qwen2_5_vl")
                MODEL_ARGS="pretrained=Qwen/Qwen2-VL-7B-Instruct,max_pixels=$MAX_PIXELS"
                ;;
        esac
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("Qwen/Qwen2.5-VL-3B-Instruct", 2),
        ("Qwen/Qwen2-VL-7B-Instruct", 6),
    }


def test_verl_data_files_overrides_are_hub_datasets_or_local_files() -> None:
    refs = scan(
        "examples/run.sh",
        """
        python3 -m verl.trainer.main \\
            config=examples/config.yaml \\
            data.train_files=agentica-org/DeepScaleR-Preview-Dataset \\
            data.val_files=HuggingFaceH4/MATH-500@test \\
            data.test_files=$HOME/data/gsm8k/test.parquet
        """,
    )
    got = {(r.kind.value, r.identifier, r.revision) for r in refs}
    assert got == {
        ("dataset", "agentica-org/DeepScaleR-Preview-Dataset", None),
        ("dataset", "HuggingFaceH4/MATH-500", None),
    }


def test_a_placeholder_in_angle_brackets_is_no_tag() -> None:
    refs = scan("setup.sh", "ollama pull <model>\nollama pull gemma4\n")
    assert {(r.identifier, r.line) for r in refs} == {("gemma4", 2)}


def test_a_usage_synopsis_and_fairseq_data_bin_are_no_references() -> None:
    refs = scan(
        "examples/backtranslation/tokenized_bleu.sh",
        """
        if [ $# -ne 5 ]; then
            echo "usage: $0 [dataset=wmt14/full] [langpair=en-de] [databin] [model]"
            exit
        fi
        fairseq-train --task language_modeling data-bin/wikitext-103 --arch transformer_lm
        python eval.py dataset=stanfordnlp/imdb
        """,
    )
    assert ids(refs) == {("dataset", "stanfordnlp/imdb")}


def test_comma_separated_model_lists_in_env_files() -> None:
    refs = scan(
        ".env.example",
        """
        DEFAULT_MODEL=phi3:mini
        ALLOWED_MODELS=phi3:mini,qwen2.5-coder:7b,llama3.1:latest
        EMBED_MODELS=BAAI/bge-small-en-v1.5,intfloat/e5-base-v2
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("phi3:mini", 1),
        ("phi3:mini", 2),
        ("qwen2.5-coder:7b", 2),
        ("llama3.1:latest", 2),
        ("BAAI/bge-small-en-v1.5", 3),
        ("intfloat/e5-base-v2", 3),
    }


def test_ms_swift_sample_counts_and_several_reward_models() -> None:
    refs = scan(
        "examples/train/grpo/run_external_reward_model.sh",
        """
        CUDA_VISIBLE_DEVICES=0,1,2,3 \\
        swift rlhf \\
            --rlhf_type grpo \\
            --model Qwen/Qwen2.5-7B \\
            --dataset AI-MO/NuminaMath-TIR#5000 'swift/self-cognition#1000' \\
            --external_plugins examples/train/grpo/plugin/plugin.py \\
            --reward_model Qwen/Qwen2.5-3B-Instruct Shanghai_AI_Laboratory/internlm2-7b-reward \\
            --output_dir output/grpo
        """,
    )
    assert ids(refs) == {
        ("model", "Qwen/Qwen2.5-7B"),
        ("dataset", "AI-MO/NuminaMath-TIR"),
        ("dataset", "swift/self-cognition"),
        ("model", "Qwen/Qwen2.5-3B-Instruct"),
        ("model", "Shanghai_AI_Laboratory/internlm2-7b-reward"),
    }


def test_a_quoted_value_after_an_equals_sign_is_placed_after_the_quote() -> None:
    refs = scan(
        "train_sdxl.sh",
        """
        accelerate launch train_lora_sdxl.py \\
          --pretrained_vae_model_name_or_path="madebyollin/sdxl-vae-fp16-fix" \\
          --model='gpt2'
        """,
    )
    assert one(refs, "madebyollin/sdxl-vae-fp16-fix").column == 40
    assert one(refs, "gpt2").column == 12


def test_ids_built_from_variables_and_go_style_flags() -> None:
    refs = scan(
        "scripts/eval/vipbench.sh",
        """
        model_name=vip-llava-7b
        model_path=mucai/$model_name
        OUT=outputs/$model_name
        python eval.py --model-path $model_path --output $OUT
        go run main.go -mode study -model mistral:7b
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("mucai/vip-llava-7b", 2),
        ("mistral:7b", 5),
    }


def test_docker_runs_image_is_not_a_model() -> None:
    refs = scan(
        "README.sh",
        """
        docker run -it -p 10300:10300 -v /data:/data rhasspy/wyoming-whisper --model tiny-int8
        docker run --gpus all vllm/vllm-openai --model mistralai/Mistral-7B-v0.1
        """,
    )
    assert ids(refs) == {("model", "mistralai/Mistral-7B-v0.1")}


def test_simon_willisons_llm_cli() -> None:
    refs = scan(
        "README.sh",
        """
        llm -m gemini-flash-latest "A short joke about a pelican and a walrus"
        llm models default gemini-flash-latest
        python -m http.server 8000
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("gemini-flash-latest", 1),
        ("gemini-flash-latest", 2),
    }


def test_a_splits_folder_is_not_an_organisation() -> None:
    refs = scan(
        "scripts/eval_2afc.sh",
        """
        python ./test_dataset_model.py --dataset_mode 2afc --datasets val/traditional val/cnn \\
            --model net-lin --net alex --use_gpu --batch_size 50
        python train.py --dataset_name HuggingFaceM4/ChartQA --split train
        """,
    )
    assert ids(refs) == {("dataset", "HuggingFaceM4/ChartQA")}


def test_a_hydra_override_key_says_what_its_variable_holds() -> None:
    # lmms-engine's RAE launcher: the variable feeds `dataset_config.dataset_path=`, not a
    # model flag, so it stays a dataset whatever command takes the pair
    refs = scan(
        "examples/representation_autoencoder/run.sh",
        """
        DATASET_PATH="ILSVRC/imagenet-1k"
        MODEL_PATH="./data/rae_siglip2"
        torchrun --nproc_per_node="8" -m lmms_engine.launch.cli \\
            trainer_type=rae_trainer \\
            dataset_config.dataset_path=${DATASET_PATH} \\
            model_config.load_from_pretrained_path=${MODEL_PATH}
        """,
    )
    assert ids(refs) == {("dataset", "ILSVRC/imagenet-1k")}


def test_download_commands_in_comments_are_what_the_file_tells_its_user_to_run() -> None:
    refs = scan(
        "run.sh",
        """
        # DATASET & MODEL SETUP:
        #   1. Download pre-trained RAE-SigLip model:
        #      hf download luodian/rae_siglip2 --local-dir data/rae_siglip2
        # - Download model first: huggingface-cli download acme-ai/second-model
        # ollama pull llama2
        #   docker compose exec ollama ollama pull llama3.2
        # Run `ollama pull qwen2.5:7b` first
        # the ollama pull command fetches whatever you name
        echo done
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("luodian/rae_siglip2", 3),
        ("acme-ai/second-model", 4),
        ("llama2", 5),
        ("llama3.2", 6),
        ("qwen2.5:7b", 7),
    }


def test_api_names_a_settings_comment_offers() -> None:
    refs = scan(
        ".env_example",
        """
        # LLM Configuration - Single variable controls the model for all agents
        # Supported formats:
        # - Anthropic: anthropic/claude-3-5-haiku-latest, anthropic/claude-3-5-sonnet-20240620
        # - OpenAI: openai/gpt-4, openai/gpt-4-turbo
        # Uses gpt-3.5 pricing  (a family, and the line does not say model)
        # fallback model: gpt-4o-mini
        LLM_MODEL=anthropic/claude-3-5-haiku-latest
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("claude-3-5-haiku-latest", 3),
        ("claude-3-5-sonnet-20240620", 3),
        ("gpt-4", 4),
        ("gpt-4-turbo", 4),
        ("gpt-4o-mini", 6),
        ("claude-3-5-haiku-latest", 7),
    }


def test_a_list_of_ids_may_hold_a_servers_own_alias() -> None:
    refs = scan(
        "Dockerfile",
        """
        FROM python:3.11
        ENV KOKORO_VOICE="af_heart" \\
            KOKORO_MODEL_IDS="kokoro-tts,speaches-ai/Kokoro-82M-v1.0-ONNX" \\
            GREETING="hello,world/wide"
        """,
    )
    assert {(r.identifier, r.line, r.column) for r in refs} == {
        ("speaches-ai/Kokoro-82M-v1.0-ONNX", 3, 34)
    }


def test_a_flag_named_for_a_list_of_models() -> None:
    refs = scan(
        "mt_bench.sh",
        """
        python gen_judgment.py --model-list vicuna-13b-v1.3 claude-v1 gpt-3.5-turbo gpt-4 --par 10
        python gen.py --model gpt-4 notes.txt
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("claude-v1", 1),
        ("gpt-3.5-turbo", 1),
        ("gpt-4", 1),
        ("gpt-4", 2),
    }


def test_a_quoted_list_of_models_in_one_variable() -> None:
    refs = scan(
        "run_bench.sh",
        """
        export MODELS_TO_RUN="anthropic/claude-sonnet-4-20250514 openai/gpt-4o-mini-2024-07-18"
        """,
    )
    assert {(r.identifier, r.column) for r in refs} == {
        ("claude-sonnet-4-20250514", 23),
        ("gpt-4o-mini-2024-07-18", 58),
    }


def test_a_runs_output_folder_is_local() -> None:
    refs = scan(
        "inference.sh",
        """
        python predict.py \\
            --pretrained_checkpoint meta-llama/Llama-3.2-1B-Instruct \\
            --lora_checkpoints_folder train_outputs/1214_0_llama1b_ttt_lora_train
        """,
    )
    assert ids(refs) == {("model", "meta-llama/Llama-3.2-1B-Instruct")}


def test_a_make_command_in_a_comment_and_the_github_cli() -> None:
    refs = scan(
        "eval.mk",
        """
        # Example: make run MODEL_NAME="meta-llama/Llama-2-7b-chat-hf" PORT=8001
        MODEL_NAME ?= gpt2
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("meta-llama/Llama-2-7b-chat-hf", 1),
        ("gpt2", 2),
    }
    gh = scan(
        "install.sh",
        """
        gh release download \\
          --repo arm/tosa-adapter-model-explorer \\
          --pattern "*.whl"
        """,
    )
    assert gh == []


def test_ollama_routes_behind_another_port_and_commented_defaults() -> None:
    refs = scan(
        "tools/train/train_sft_msswift.sh",
        """#!/usr/bin/env bash
# Defaults (override via env vars):
#   MODEL=Qwen/Qwen3-8B
#   OUTPUT_DIR=output/qwen3-8b-hitom
#   CUDA_VISIBLE_DEVICES=0
curl http://localhost:8008/api/pull -d '{
  "model": "llama3.2:1b"
}'
curl http://localhost:8008/api/generate -d '{
  "name": "my-run",
  "prompt": "hi"
}'
""",
    )
    assert ids(refs) == {("model", "Qwen/Qwen3-8B"), ("service", "llama3.2:1b")}


def test_a_templated_hub_url_whose_repository_is_one_variable() -> None:
    refs = scan(
        "scripts/fetch-model.sh",
        """#!/usr/bin/env bash
set -euo pipefail

repo="chopratejas/kompress-v2-base"
base="https://huggingface.co/${repo}/resolve/main"
curl -fsSL "$base/tokenizer.json" -o tokenizer.json
""",
    )
    assert ids(refs) == {("model", "chopratejas/kompress-v2-base")}
    assert one(refs, "chopratejas/kompress-v2-base").line == 4


def test_a_comment_listing_each_providers_models() -> None:
    refs = scan(
        ".env.example",
        """# Each provider must have a default model.
# Examples:
#   - For Ollama: qwen3:8b, deepseek-r1:7b, phi4:latest
#   - For HuggingFace: microsoft/Phi-3.5-mini-instruct, Qwen/Qwen2.5-1.5B-Instruct
#   - For OpenAI: set the key, then pick one
OLLAMA_DEFAULT_MODEL=qwen3:8b
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("qwen3:8b", 3),
        ("deepseek-r1:7b", 3),
        ("phi4:latest", 3),
        ("microsoft/Phi-3.5-mini-instruct", 4),
        ("Qwen/Qwen2.5-1.5B-Instruct", 4),
        ("qwen3:8b", 6),
    }


def test_options_offered_above_a_setting() -> None:
    refs = scan(
        ".env.example",
        """# Azure OpenAI Model (deployment name)
# Options: gpt-4o-mini-global, gpt-4o-global, gpt-4-turbo-global
LLM_MODEL=gpt-4o-mini-global

# Options: nonprod, prod
LLM_ENVIRONMENT=nonprod
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("gpt-4o-mini-global", 2),
        ("gpt-4o-global", 2),
        ("gpt-4-turbo-global", 2),
        ("gpt-4o-mini-global", 3),
    }


def test_a_dataset_named_with_its_split() -> None:
    refs = scan(
        "scripts/eval_msmarco.sh",
        """python -m tevatron.driver.encode \\
  --dataset_name Tevatron/msmarco-passage/dev \\
  --encoded_save_path data/msmarco-passage/dev
""",
    )
    assert ids(refs) == {("dataset", "Tevatron/msmarco-passage")}


def test_any_setting_may_hold_a_well_known_hub_id() -> None:
    refs = scan(
        "rag-container/.env",
        """
HF_MODEL=mistralai/Mistral-7B-Instruct-v0.2
HF_URL=mistralai/Mistral-7B-Instruct-v0.2
GITHUB_REPO=microsoft/vscode
RUN_NAME=team/exp-3
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("mistralai/Mistral-7B-Instruct-v0.2", 1),
        ("mistralai/Mistral-7B-Instruct-v0.2", 2),
    }


def test_a_model_the_project_creates_with_ollama_is_its_own() -> None:
    refs = scan(
        "Makefile",
        """
new-model:
\tollama create new-model -f Modelfile

run-new-model:
\tollama run new-model

run:
\tollama run mistral
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {("mistral", 8)}


def test_prose_that_mentions_ollama_and_pull_is_not_a_command() -> None:
    refs = scan(
        "action.yml",
        """
name: 'Ollama Action'
description: 'Install Ollama, pull a model, and run a prompt'
""",
    )
    assert refs == []


def test_a_comment_list_under_a_line_that_says_models() -> None:
    refs = scan(
        "compose.yaml",
        """
services:
  crs:
    # Override CRS defaults here. Available models:
    #   claude-opus-4-6, claude-sonnet-4-5-20250929
    # (see the docs for claude-haiku-4-5 pricing)
    CRS_AGENT: claude_code
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("claude-opus-4-6", 4),
        ("claude-sonnet-4-5-20250929", 4),
    }


def test_a_settings_own_example_comment() -> None:
    refs = scan(
        ".env.example",
        """
API_TOKEN=YOUR_API_TOKEN_HERE
LLAMA_MODEL=YOUR_LLAMA_MODEL_HERE # e.g. llama3.2
OPENAI_MODEL=gpt-4o # e.g. gpt-4o-mini, gpt-4.1
RETRIES=3 # e.g. 5
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("llama3.2", 2),
        ("gpt-4o", 3),
        ("gpt-4o-mini", 3),
        ("gpt-4.1", 3),
    }


def test_a_comma_list_is_its_items() -> None:
    refs = scan(
        ".env",
        """
HIGH_COST_MODELS=perplexity/sonar-deep-research,perplexity/sonar-pro,other-model
""",
    )
    assert {r.identifier for r in refs} == {"sonar-deep-research", "sonar-pro"}


def test_llm_behind_a_runner_and_a_modelfile_from_a_weights_directory() -> None:
    refs = scan(
        "summarise.sh",
        """
cat transcript.txt |
  uv run --with llm --with llm-ollama \\
  llm -m llama3.2 -o num_ctx 20000 \\
  "Summarise this"
""",
    )
    assert ids(refs) == {("service", "llama3.2")}
    refs = scan("run.sh", "uvx clai -a pkg.coder:agent -m anthropic:claude-fable-5-1\n")
    assert ids(refs) == {("service", "claude-fable-5-1")}
    assert scan("Modelfile", "FROM models/recipe_assistant_test\n") == []
    assert ids(scan("Modelfile", "FROM llama3.1:8b\n")) == {("service", "llama3.1:8b")}


def test_a_model_switching_script_and_fish_settings() -> None:
    refs = scan(
        "MODELOS.md",
        """
```powershell
# Usar GPT-4o (recomendado)
.\\\\cambiar_modelo.ps1 gpt-4o
```
""",
    )
    assert ids(refs) == {("service", "gpt-4o")}
    refs = scan(
        "aider.fish",
        """
set -x AIDER_SHOW_RELEASE_NOTES false
set -x AIDER_MODEL openrouter/anthropic/claude-3.7-sonnet
""",
    )
    assert ids(refs) == {("service", "claude-3.7-sonnet")}


def test_a_bedrock_default_in_a_comment_and_an_output_flag() -> None:
    refs = scan(
        ".env.example",
        """
# Optional backend model/alias.
# Bedrock Claude default: global.anthropic.claude-haiku-4-5-20251001-v1:0
MODEL=
""",
    )
    assert ids(refs) == {("service", "global.anthropic.claude-haiku-4-5-20251001-v1:0")}
    refs = scan(
        "convert.sh",
        "mlx_lm.dwq --model zai-org/GLM-4.5-Air --mlx-path mlx-community/GLM-4.5-Air-8bit-DWQ\n",
    )
    assert ids(refs) == {("model", "zai-org/GLM-4.5-Air")}


def test_a_comment_listing_what_a_provider_serves() -> None:
    refs = scan(
        ".env.example",
        """
OPENAI_API_KEY=ollama
OPENAI_BASE_URL=http://host.docker.internal:11434/v1

# Notes:
# - Local Analyzer always runs (fast, free, rule-based)
# - Ollama models: llama3.1, mistral, codellama, etc.
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (6, "llama3.1"),
        (6, "mistral"),
        (6, "codellama"),
    }


def test_lerobot_and_openvla_launchers() -> None:
    # the only model-ish words in the file are LeRobot's `policy.` flags
    refs = scan(
        "scripts/eval/batch_eval.sh",
        """
MUJOCO_GL=egl

lerobot-eval \\
  --policy.path=swpark5/acm_aloha_transfer_chunk100_step100_80k \\
  --policy.push_to_hub=true \\
  --env.type=aloha \\
  --eval.n_episodes=500
""",
    )
    assert ids(refs) == {("model", "swpark5/acm_aloha_transfer_chunk100_step100_80k")}
    refs = scan(
        "finetune.sh",
        """
torchrun --standalone --nnodes 1 --nproc-per-node 1 vla-scripts/finetune.py \\
  --vla_path openvla/openvla-7b \\
  --data_root_dir /data/modified_libero_rlds \\
  --dataset_name libero_spatial_no_noops
""",
    )
    assert ids(refs) == {("model", "openvla/openvla-7b")}


def test_timm_datasets_from_other_libraries() -> None:
    refs = scan(
        "run.sh",
        "python train.py dataset/cifar100 --dataset torch/CIFAR100 --dataset-download "
        "--model vit_base_patch32_224_in21k --pretrained\n"
        "python train.py /data --dataset tfds/imagenet2012 --model resnet50\n"
        "python train.py /data --dataset hfds/timm/mini-imagenet --model resnet50\n",
    )
    assert ids(refs) == {("dataset", "timm/mini-imagenet")}


def test_python_dash_c_is_read_as_python() -> None:
    refs = scan(
        "setup.sh",
        """
pip install modelscope
python -c "from modelscope import snapshot_download; snapshot_download('tianshuo/UniCalli-base', local_dir='./checkpoints')"
python -c "from huggingface_hub import snapshot_download; snapshot_download('Qwen/Qwen2.5-7B')"
""",  # noqa: E501
    )
    assert ids(refs) == {("model", "Qwen/Qwen2.5-7B")}


def test_a_key_value_list_of_one_ended_by_a_comma() -> None:
    refs = scan(
        "example/models/gpt.sh",
        """
python -m embodied_eval \\
    --model openai_compatible \\
    --model_args model_name_or_path=gpt-4o, \\
    --tasks where2place
lm_eval --model hf --model_args pretrained=EleutherAI/pythia-160m, --tasks hellaswag
""",
    )
    assert ids(refs) == {("service", "gpt-4o"), ("model", "EleutherAI/pythia-160m")}


def test_a_hub_volume_mounted_into_a_job() -> None:
    refs = scan(
        "README.md",
        """
```bash
hf jobs uv run \\
  --flavor a100-large \\
  -v hf://datasets/vovaRL/slm388-corpus:/dataset \\
  -v hf://buckets/vovaRL/diff-checkpoints:/ckpt \\
  train_standalone.py
```
""",
    )
    assert ids(refs) == {("dataset", "vovaRL/slm388-corpus")}


def test_a_sized_ollama_tag_given_to_a_projects_command() -> None:
    refs = scan(
        "run.sh",
        """
palimpsests chat qwen2.5:7b -m "explain KV cache quantization in two sentences"
echo "same, but piped" | palimpsests chat qwen2.5:7b
docker run -p 8080:80 myimage:7b
redis-cli set key:1b value
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {(1, "qwen2.5:7b"), (2, "qwen2.5:7b")}


def test_lm_studio_cli_names_its_catalogue_s_models_and_hub_repositories() -> None:
    refs = scan(
        "docs/lm-studio.md",
        """
```shell
# example searching and downloading a model from online
lms get "qwen2.5-7b-instruct-mlx"
lms load qwen2.5-7b-instruct-mlx
lms get lmstudio-community/Meta-Llama-3.1-8B-Instruct-GGUF
lms load <model>
lms ls
lms server start
```
""",
    )
    assert {(r.line, r.identifier, r.kind.value) for r in refs} == {
        (3, "qwen2.5-7b-instruct-mlx", "service"),
        (4, "qwen2.5-7b-instruct-mlx", "service"),
        (5, "lmstudio-community/Meta-Llama-3.1-8B-Instruct-GGUF", "model"),
    }


def test_a_variable_holding_datasets_one_a_line_with_their_stages() -> None:
    # tuna's Korean chat recipes: the list is split by the training script; `sft:` / `dpo:`
    # name the stage a dataset feeds, `:hard` / `:score5` a subset
    refs = scan(
        "flax-script/ko-chat/qwen2.sh",
        """
datasets="
Magpie-Align/Magpie-Qwen2-Pro-300K-Filtered
heegyu/HRC
sft:kuotient/orca-math-korean-preference:hard
HAERAE-HUB/K2-Feedback:score5
"
dataset="dpo:heegyu/Magpie-Pro-DPO-200K-Filtered"
python train.py --dataset="dpo:SJ-Donald/orca-dpo-pairs-ko" --run_name "$TODAY-qwen2-koenzh"
""",
    )
    assert {(r.line, r.identifier, r.kind.value) for r in refs} == {
        (2, "Magpie-Align/Magpie-Qwen2-Pro-300K-Filtered", "dataset"),
        (3, "heegyu/HRC", "dataset"),
        (4, "kuotient/orca-math-korean-preference", "dataset"),
        (5, "HAERAE-HUB/K2-Feedback", "dataset"),
        (7, "heegyu/Magpie-Pro-DPO-200K-Filtered", "dataset"),
        (8, "SJ-Donald/orca-dpo-pairs-ko", "dataset"),
    }


def test_a_multi_line_string_under_another_name_is_no_list_of_ids() -> None:
    refs = scan(
        "run.sh",
        """
message="
Magpie-Align/Magpie-Qwen2-Pro-300K-Filtered
"
""",
    )
    assert refs == []


def test_a_request_s_json_body_or_form_field_names_the_model() -> None:
    refs = scan(
        "README.md",
        """
```bash
curl -X POST http://localhost:8000/inference \\
  -F 'spec={"model_id":"gpt2","task":"text-generation","payload":{"prompt":"Hello"}}'

curl -X POST http://localhost:8000/inference \\
  -F 'spec={"model_id":"google/vit-base-patch16-224","task":"image-classification"}' \\
  -F 'image=@/path/to/image.jpg'

curl -X POST http://localhost:8000/health -d '{"task": "text-generation"}'
```
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (3, "gpt2"),
        (6, "google/vit-base-patch16-224"),
    }


def test_hosted_names_after_a_tool_s_own_short_flags() -> None:
    refs = scan(
        "README.md",
        """
```bash
pm-eval battle "Write a haiku about coding" \\
  -a gpt-4o -b claude-3-5-sonnet
jq -r . -o gpt-4o.json -n 3
```
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {(3, "gpt-4o"), (3, "claude-3-5-sonnet")}


def test_an_environment_template_under_a_name_of_its_own() -> None:
    refs = scan(
        "env.tpl",
        """
# right now we use OpenAI API as the default LLM inference engine and embedding model
LLM_BASE_URL=https://api.openai.com/v1
DEFAULT_INFERENCE_MODEL=gpt-4o-mini
EMBEDDING_MODEL=text-embedding-3-small
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (3, "gpt-4o-mini"),
        (4, "text-embedding-3-small"),
    }


def test_gemma_s_effective_sizes_are_sized_tags() -> None:
    refs = scan(
        "README.md",
        """
```bash
ollama-profiler gemma4:e2b qwen3.5:2b \\
  -n 4 --rounds 4 --balanced
```
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {(2, "gemma4:e2b"), (2, "qwen3.5:2b")}


def test_a_build_arg_written_with_equals_and_quotes() -> None:
    refs = scan(
        "dfs-diffusers/build.sh",
        """
        docker buildx build ${@:1} \\
            --file ./docker/gpu/Dockerfile \\
            --build-arg="MODEL_ID=stabilityai/stable-diffusion-2-1" \\
            --build-arg=OUTPUT_DIR=runs/exp-1 \\
            --tag $IMAGE:latest .
        """,
    )
    assert [(r.line, r.column, r.identifier) for r in refs] == [
        (3, 27, "stabilityai/stable-diffusion-2-1")
    ]


def test_stand_ins_and_project_folders_are_not_repositories() -> None:
    refs = scan(
        "run/pretrain_llava_qwen1_5.sh",
        """
        deepspeed --include localhost:0,1,2,3 --master_port 2308 main.py \\
            --deepspeed ./run/zero2.json \\
            --model_name llava_qwen2 \\
            --model_path your_model_path/Qwen1.5-7B-Chat \\
            --vision_tower your_model_path/siglip-so400m-patch14-384 \\
            --data_name 'demo_pretrain'

        torchrun --nproc_per_node 2 \\
        \t-m FlagEmbedding.finetune.embedder.encoder_only.base \\
        \t--model_name_or_path embedding_model/MiniCPM-Embedding \\
            --tokenizer_name BAAI/bge-m3
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(11, "BAAI/bge-m3")}


def test_a_root_is_where_files_live() -> None:
    refs = scan(
        "HumanEval/eval.sh",
        """
        MODEL_NAME_OR_PATH="deepseek-ai/deepseek-coder-6.7b-base"
        DATASET_ROOT="HumanEval/data"
        CKPT_ROOT=checkpoints/run1
        python eval_instruct.py --model "$MODEL_NAME_OR_PATH" --data_root "$DATASET_ROOT"
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(1, "deepseek-ai/deepseek-coder-6.7b-base")}


def test_a_profile_sourced_like_a_startup_file_is_shell() -> None:
    refs = scan(
        "goose/my_profiles/codex.profile",
        """
        # Ref: https://block.github.io/goose/docs/getting-started/providers/
        set -x GOOSE_PROVIDER "chatgpt_codex"
        set -x GOOSE_MODEL "gpt-5.2-codex"
        set -x GOOSE_MODE "smart_approve"
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(3, "gpt-5.2-codex")}


def test_aiders_aliases_name_the_models_behind_their_short_names() -> None:
    refs = scan(
        "functions/aid.fish",
        """
        function aid --wraps aider
          command aider --no-auto-commits \\
            --alias 'fast:openrouter/anthropic/claude-3-5-haiku' \\
            --alias 'smart:openrouter/anthropic/claude-3.7-sonnet' \\
            --architect \\
            --model smart --editor-model smart --weak-model fast \\
            $argv
        end
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (3, "claude-3-5-haiku"),
        (4, "claude-3.7-sonnet"),
    }


def test_a_list_of_datasets_may_mix_local_folders_and_hub_ids() -> None:
    refs = scan(
        "run_gate_fsdp.sh",
        """
        accelerate launch --num_processes=4 train.py \\
          --model_name "meta-llama/Llama-2-7b-hf" \\
          --datasets_names "/data1/dataset/math/GSM8k/main,/data1/nl2sql/SQL-CTX,GEM/viggo" \\
          --output_dir ./out
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (2, "model", "meta-llama/Llama-2-7b-hf"),
        (3, "dataset", "GEM/viggo"),
    }


def test_a_script_run_with_a_subset_takes_datasets_in_every_call() -> None:
    refs = scan(
        "01-hf-download/README.md",
        """
        # Downloader

        ```bash
        python hf-download.py allenai/tulu-3-sft-mixture --download-folder data/raw
        python hf-download.py HuggingFaceTB/smoltalk --download-folder data/raw --subset all
        python hf-download.py arcee-ai/The-Tome --download-folder data/raw
        python train.py --model_name_or_path allenai/OLMo-2-1124-7B --output_dir out/olmo
        ```
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (4, "dataset", "allenai/tulu-3-sft-mixture"),
        (5, "dataset", "HuggingFaceTB/smoltalk"),
        (6, "dataset", "arcee-ai/The-Tome"),
        (7, "model", "allenai/OLMo-2-1124-7B"),
    }


def test_a_script_arguments_default_takes_the_kind_of_the_flag_it_is_passed_to() -> None:
    refs = scan(
        "record_single_arm.sh",
        """
        ARM="${1:-left}"
        REPO_ID="${2:-samithva/single_arm_test}"
        python -m lerobot.record \\
          --robot.type=piper \\
          --dataset.repo_id="$REPO_ID" \\
          --dataset.num_episodes=1
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (2, "dataset", "samithva/single_arm_test")
    }


def test_an_mcp_server_label_is_not_a_model() -> None:
    # "modelcontextprotocol" says "model" but names the Model Context Protocol's registry.
    refs = scan(
        "Dockerfile",
        """
        FROM python:3.13-slim
        LABEL io.modelcontextprotocol.server.name="co.promptguard/security"
        ENV MODEL_ID=Qwen/Qwen2.5-7B-Instruct
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(3, "Qwen/Qwen2.5-7B-Instruct")}


def test_a_batch_file_s_caret_continues_the_download_line() -> None:
    refs = scan(
        "en-us/2-download-models.bat",
        """
        echo Downloading models from HuggingFace...

        .\\python_standalone\\Scripts\\huggingface-cli.exe download ^
        "wushuang98/Direct3D-S2" --include "direct3d-s2-v-1-1/*"

        .\\python_standalone\\Scripts\\huggingface-cli.exe download ^
        "ZhengPeng7/BiRefNet"
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (4, "wushuang98/Direct3D-S2"),
        (7, "ZhengPeng7/BiRefNet"),
    }


def test_hf_mirror_s_hfd_downloader_says_dataset_with_a_flag() -> None:
    refs = scan(
        "data/download_data/BELLE/BELLE_download.sh",
        """
        export HF_ENDPOINT=https://hf-mirror.com
        ../sky/hfd.sh BelleGroup/train_3.5M_CN  --dataset --tool aria2c -x 16 --local-dir /data1/x
        ./hfd.sh meta-llama/Llama-2-7b-hf --hf_username me --tool aria2c
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (2, "dataset", "BelleGroup/train_3.5M_CN"),
        (3, "model", "meta-llama/Llama-2-7b-hf"),
    }


def test_a_tensorflow_checkpoint_prefix_is_a_local_path() -> None:
    refs = scan(
        "convert.sh",
        """
        python convert_bert_original_tf_checkpoint_to_pytorch.py \\
          --tf_checkpoint_path=all.bpe.4.8m_step/model.ckpt-4780000 \\
          --bert_config_file=all.bpe.4.8m_step/bert_config.json \\
          --model_name_or_path=klue/bert-base
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(4, "klue/bert-base")}


def test_a_tools_config_set_command_and_a_list_with_one_unknown_name() -> None:
    refs = scan(
        "docs/usage.sh",
        """
        yacodebase-mcp config set embedding-model text-embedding-3-large
        yacodebase-mcp config set api-key ollama
        sloprank --models "chatgpt-4o,o1,claude-3-7-sonnet-latest, deepseek-reasoner" --visualize
        tagger --tags "llm,gpt-4,chat"
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [
        ("text-embedding-3-large", 1),
        ("o1", 3),
        ("claude-3-7-sonnet-latest", 3),
        ("deepseek-reasoner", 3),
    ]


def test_inspect_ais_hugging_face_provider_prefix() -> None:
    # evaljobs (real-265): Inspect AI's `hf/` provider before a Hub id
    refs = scan("run.sh", "evaljobs inspect_evals/arc_easy \\\n  --model hf/Qwen/Qwen3-0.6B\n")
    assert [(r.identifier, r.line, r.text) for r in refs] == [
        ("Qwen/Qwen3-0.6B", 2, "hf/Qwen/Qwen3-0.6B")
    ]


def test_a_config_file_the_script_writes_is_read_as_config() -> None:
    # lighteval's litellm config and an axolotl recipe written by `cat`/`tee` from a
    # here-document; a here-document only printed is not a file, and an output dir is not a model
    refs = scan(
        "eval/mmlu.sh",
        """
        CONFIG_FILE="tmp_litellm_config_${UNIQUE_ID}.yaml"
        cat > ${CONFIG_FILE} << EOF
        model_parameters:
          model_name: "gpt-4o"
          provider: "openai"
          base_url: "$HOSTED_VLLM_API_BASE"
        EOF
        cat <<EOF > axolotl.yaml
        base_model: NousResearch/Meta-Llama-3-8B
        datasets:
          - path: mhenrichsen/alpaca_2k_test
            type: alpaca
        output_dir: ./outputs/lora-out
        EOF
        tee run.yml <<'YML'
        model: gpt-4o-mini
        YML
        lighteval endpoint litellm "${CONFIG_FILE}" "helm|mmlu|0|0"
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("service", "gpt-4o", 4),
        ("model", "NousResearch/Meta-Llama-3-8B", 9),
        ("dataset", "mhenrichsen/alpaca_2k_test", 11),
        ("service", "gpt-4o-mini", 16),
    }


def test_powershell_environment_settings() -> None:
    # the Windows half of a README's setup: `$env:NAME = "value"`, spaced or not
    refs = scan(
        "scripts/setup.ps1",
        """
        $env:TOOLTREE_MODEL = "openai:gpt-4o-mini"
        $env:EMBED_MODEL='nomic-ai/nomic-embed-text-v1.5'
        $env:OUTPUT_DIR = "runs/qwen-lora"
        python -u examples/integration_test.py
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("service", "gpt-4o-mini", 1),
        ("model", "nomic-ai/nomic-embed-text-v1.5", 2),
    }


def test_a_dotenv_value_after_a_space() -> None:
    # `MODEL= bert-base-uncased`: dotenv trims the space a shell would read as a command
    refs = scan(
        "ml-services/text-prediction-service/.env.example",
        """
        # API Endpoint
        ENDPOINT = "/predict"

        # Model name
        MODEL= bert-base-uncased
        EMBED_MODEL= nomic-ai/nomic-embed-text-v1.5
        OUTPUT_DIR= runs/bert-base-uncased
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("model", "bert-base-uncased", 5),
        ("model", "nomic-ai/nomic-embed-text-v1.5", 6),
    }


def test_a_speech_corpus_split_directory_is_no_dataset() -> None:
    # whisper fine-tuning on local LibriSpeech directories, beside a Hub dataset
    refs = scan(
        "config/train/librispeech_500.sh",
        """
        python train.py \\
        --train_datasets librispeech/train-other-500 \\
        --eval_datasets librispeech/dev-other \\
        --dataset_name openslr/librispeech_asr
        """,
    )
    assert {(r.kind.value, r.identifier) for r in refs} == {("dataset", "openslr/librispeech_asr")}


def test_a_hosted_api_name_a_cli_runs() -> None:
    # nerfprobe's README (PyPI, 2026): the word after a CLI's run verb is the model; a
    # local server's own name is not.
    refs = scan(
        "docs/usage.sh",
        """
        nerfprobe run gpt-5.2 --tier core
        nerfprobe run claude-opus-4.5 --provider anthropic
        nerfprobe run my-model --base-url http://localhost:8000/v1
        """,
    )
    assert ids(refs) == {("service", "gpt-5.2"), ("service", "claude-opus-4.5")}


def test_helm_run_entries_name_their_model() -> None:
    # medhelm's README (PyPI, 2026): a run entry is `scenario:model=org/x,key=value`.
    refs = scan(
        "run.sh",
        """
        medhelm-run \\
          --run-entries "pubmed_qa:model=qwen/qwen2.5-7b-instruct,model_deployment=local/qwen" \\
          --suite my_med_test
        helm-summarize --suite my_med_test -o ./benchmark_output
        """,
    )
    assert ids(refs) == {("model", "qwen/qwen2.5-7b-instruct")}


def test_a_git_branch_named_for_a_model_is_no_model() -> None:
    # A branch called after the model it migrates to is a branch; a tool's short flag
    # given a hosted name still is one.
    refs = scan(
        "scripts/release.sh",
        """
        git checkout -b gpt-5-support
        git switch -c claude-opus-4-5-fix
        pm-eval battle "prompt" -a gpt-4o -b claude-3-5-sonnet-20241022
        """,
    )
    assert ids(refs) == {("service", "gpt-4o"), ("service", "claude-3-5-sonnet-20241022")}


def test_a_curl_body_with_an_escaped_quote_is_still_read() -> None:
    refs = scan(
        "scripts/examples.sh",
        """
        curl -s -X POST http://localhost:8000/generate \\
          -H "Content-Type: application/json" \\
          -d '{
            "provider": "anthropic",
            "prompt": "Explain Newton'\\''s second law in one paragraph.",
            "model": "claude-2.1",
            "max_tokens": 200
          }'
        """,
    )
    assert ids(refs) == {("service", "claude-2.1")}


def test_a_vllm_image_run_by_docker_is_given_its_model_first() -> None:
    refs = scan(
        "scripts/serve.sh",
        """
        docker run --rm -d --name surya2-vllm --gpus all \\
          -v "$HOME/.cache/huggingface:/root/.cache/huggingface" \\
          -p 8009:8000 --ipc=host \\
          vllm/vllm-openai:unlimited-ocr \\
          datalab-to/surya-ocr-2 \\
          --served-model-name surya \\
          --dtype half
        docker run --rm -p 8080:80 myorg/webapp:latest serve/static
        """,
    )
    assert ids(refs) == {("model", "datalab-to/surya-ocr-2")}


def test_a_command_substitution_runs_its_command() -> None:
    refs = scan(
        "train-sherlock.sh",
        """
        CHECKPOINT_DIR=$(huggingface-cli download NousResearch/Hermes-2-Theta-Llama-3-8B)
        DATA="$(hf download holmesai/sherlock-qa --repo-type dataset --quiet)"
        STEPS=$((EPOCHS * 100))
        """,
    )
    assert ids(refs) == {
        ("model", "NousResearch/Hermes-2-Theta-Llama-3-8B"),
        ("dataset", "holmesai/sherlock-qa"),
    }


def test_the_hardware_a_job_asks_for_is_no_model() -> None:
    refs = scan(
        "cloud/transformer_s.sh",
        """
        paddlecloud job train --cluster_name paddle-jpaas-ai00 \\
        --k8s_gpu_type baidu/gpu_p40 \\
        --instance-type nvidia/a100-80g \\
        --model baidu/ernie-3.0-base-zh
        """,
    )
    assert ids(refs) == {("model", "baidu/ernie-3.0-base-zh")}


def test_a_tool_built_on_ollama_takes_library_names_after_m() -> None:
    refs = scan(
        "README.sh",
        """
        ollama-bench run -m llama3 --category llm --json -o results.json
        ollama-bench run -m llama3 mistral qwen2 --category llm
        python -m ollama_bench run
        """,
    )
    assert ids(refs) == {("service", "llama3"), ("service", "mistral"), ("service", "qwen2")}


def test_a_whisper_size_in_a_faster_whisper_env_file_is_its_repository() -> None:
    refs = scan(
        "config/.env.pipeline",
        """
        # Advanced Whisper parameters (faster-whisper/whisperx)
        WHISPER_MODEL=large-v3
        WHISPER_COMPUTE_TYPE=float16
        """,
    )
    assert ids(refs) == {("model", "Systran/faster-whisper-large-v3")}
    plain = scan("other/.env", "WHISPER_MODEL=base\nWHISPER_DEVICE=cuda\n")
    assert ids(plain) == set()


def test_a_tool_built_on_ollama_takes_a_tag() -> None:
    refs = scan(
        "README.sh",
        """
        ollama-export llama3:instruct -o llama3_instruct.tar.gz -v
        ollama-import phi_latest.tar.gz phi:latest
        ollama-export --host http://localhost:11434 --all
        """,
    )
    assert ids(refs) == {("service", "llama3:instruct"), ("service", "phi:latest")}


def test_a_dotted_data_flag_names_a_dataset() -> None:
    refs = scan(
        "scripts/train.sh",
        """
        physicalai train --model act \\
            --data.repo_id lerobot/aloha_sim_transfer_cube_human \\
            --policy.repo_id lerobot/act_aloha_sim_transfer_cube_human
        """,
    )
    assert ids(refs) == {
        ("dataset", "lerobot/aloha_sim_transfer_cube_human"),
        ("model", "lerobot/act_aloha_sim_transfer_cube_human"),
    }


def test_a_placeholder_download_url_of_a_weights_file() -> None:
    refs = scan(
        "download-models.sh",
        """
        # Example: uncomment to add your own model (download_model <url> <dir>)
        #   download_model \\
        #     "https://huggingface.co/your-repo/model.safetensors" \\
        #     "$MODELS_DIR/checkpoints"
        download_model \\
          "https://huggingface.co/Comfy-Org/flux1-dev/resolve/main/flux1-dev.safetensors" \\
          "$MODELS_DIR/checkpoints"
        """,
    )
    assert ids(refs) == {("model", "Comfy-Org/flux1-dev")}


def test_an_llm_plugins_own_prefix_before_hosted_names() -> None:
    refs = scan(
        "docs/usage.sh",
        """
        llm -m 1min/gpt-4o-mini "Explain quantum computing in simple terms"
        llm -m 1min/deepseek-reasoner "Complex math problem"
        llm -m 1min/sonar-reasoning-pro "Research topic with citations"
        """,
    )
    assert ids(refs) == {
        ("service", "gpt-4o-mini"),
        ("service", "deepseek-reasoner"),
        ("service", "sonar-reasoning-pro"),
    }


def test_an_openmmlab_run_directory_is_no_repository() -> None:
    refs = scan(
        "examples/inference_2d.sh",
        """
        MODEL_PATH="work_dirs/MedM-VL-2D-3B-en"
        python infer.py --model_name_or_path $MODEL_PATH --tokenizer Qwen/Qwen2.5-3B-Instruct
        """,
    )
    assert ids(refs) == {("model", "Qwen/Qwen2.5-3B-Instruct")}


def test_merge_and_release_outputs_are_no_repositories() -> None:
    refs = scan(
        "scripts/serve.sh",
        """
        CKPT="${CKPT:-release/LibreHPS-4B}"
        streamft merge --base Qwen/Qwen2.5-0.5B --out merged/q05_cpu
        streamft serve --model merged/q05_cpu --port 8000
        python eval.py --model "$CKPT"
        """,
    )
    assert ids(refs) == {("model", "Qwen/Qwen2.5-0.5B")}


def test_json_config_passed_as_a_quoted_argument() -> None:
    # an MCP server's config given to `claude mcp add-json`: its env sets the model
    refs = scan(
        "install.sh",
        """
        claude mcp add-json grok-search --scope user '{
          "type": "stdio",
          "command": "uvx",
          "args": ["--from", "git+https://github.com/zc-libre/grok-search", "grok-search"],
          "env": {
            "GROK_API_URL": "https://api.x.ai/v1",
            "GROK_MODEL": "grok-4.20-multi-agent-beta-0309",
            "TAVILY_API_KEY": "tvly-your-tavily-key"
          }
        }'
        jq '{"name": "zc-libre/grok-search", "version": "1.0"}' package.json
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("grok-4.20-multi-agent-beta-0309", 7)]


def test_aliases_written_into_a_shell_rc_run_their_commands() -> None:
    # a setup script appends aliases whose names hold dashes (bash's variables cannot)
    refs = scan(
        "OpenCode/configure.sh",
        """
        if ! grep -q "# OpenCode aliases" "$SHELL_RC" 2>/dev/null; then
            cat >> "$SHELL_RC" << 'EOF'
        alias opencode-qwen='opencode --model lmstudio/qwen/qwen3.6-35b-a3b'
        alias opencode-claude='opencode --model anthropic/claude-sonnet-4-5'
        alias lmstudio-status='curl -s http://localhost:1234/v1/models | jq .'
        EOF
        fi
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [
        ("qwen/qwen3.6-35b-a3b", 3),
        ("claude-sonnet-4-5", 4),
    ]


def test_where_a_download_lands_is_not_a_reference() -> None:
    refs = scan(
        "scripts/get_weights.sh",
        """
        huggingface-cli download --repo-type dataset \\\\
          BestWishYsh/ConsisID-preview-Data \\\\
          --local-dir BestWishYsh/ConsisID-preview-Data
        hf download Qwen/Qwen2.5-7B-Instruct --cache-dir Qwen/Qwen2.5-7B-Instruct
        """,
    )
    assert [(r.identifier, r.kind, r.line) for r in refs] == [
        ("BestWishYsh/ConsisID-preview-Data", Kind.DATASET, 2),
        ("Qwen/Qwen2.5-7B-Instruct", Kind.MODEL, 4),
    ]


def test_a_lora_given_by_repository_and_file() -> None:
    refs = scan(
        "examples/edit.sh",
        """
        mlx-gen edit --model Qwen/Qwen-Image-Edit-2509 \\\\
          --lora lightx2v/Qwen-Image-Lightning:Edit-2509/Lightning-8steps.safetensors \\\\
          --steps 8
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [
        ("Qwen/Qwen-Image-Edit-2509", 1),
        ("lightx2v/Qwen-Image-Lightning", 2),
    ]


def test_a_model_tools_own_download_command() -> None:
    refs = scan(
        "docs/quickstart.sh",
        """
        abstractvision download AbstractFramework/qwen-image-2512-4bit --provider mlx-gen
        kaggle datasets download owner/some-data-7b
        gh release download owner/tool-v2
        mytool download acme/project
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("AbstractFramework/qwen-image-2512-4bit", 1)]


def test_a_scripts_model_option_in_a_makefile_of_ollama_targets() -> None:
    refs = scan(
        "Makefile",
        """
        run-ollama_chat-with-phi3mini:
        \tpython src/ollama_chat/main.py -m phi3

        run-ollama_chat-with-neuralchat:
        \tpython src/ollama_chat/main.py -m "neural-chat"

        test:
        \tpython -m pytest tests
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("phi3", 2), ("neural-chat", 5)]
