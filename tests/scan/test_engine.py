"""Walking a real git repository and scanning it: ignores, skips, notes, symlinks, excludes,
local paths, decoding, and the process pool giving the same answer as a single process."""

from __future__ import annotations

import os
import subprocess
from pathlib import Path

import pytest

from license_gate.models import Kind
from license_gate.scan import DETECTORS, ScanConfig, list_files, scan_paths

TRAIN = 'from transformers import AutoModel\nm = AutoModel.from_pretrained("acme/model-{n}")\n'


def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", *args], cwd=root, check=True, capture_output=True)


@pytest.fixture
def repo(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "repo"
    root.mkdir()
    _git(root, "init", "-q")
    (root / "src").mkdir()
    (root / "src" / "train.py").write_text(TRAIN.format(n=1))
    (root / "src" / "untracked.py").write_text(TRAIN.format(n=2))
    (root / ".gitignore").write_text("ignored/\n*.log\n")
    (root / "ignored").mkdir()
    (root / "ignored" / "x.py").write_text(TRAIN.format(n=3))
    (root / "run.log").write_text('model_id = "acme/model-4"\n')
    nm = root / "node_modules" / "pkg"
    nm.mkdir(parents=True)
    (nm / "index.js").write_text("const model = 'acme/model-5';\n")
    venv = root / ".venv" / "lib"
    venv.mkdir(parents=True)
    (venv / "m.py").write_text(TRAIN.format(n=6))
    _git(root, "add", "src/train.py", ".gitignore")
    monkeypatch.chdir(root)
    return root


def _scan(root: Path, paths: list[str] | None = None, **kw: object) -> tuple[set[str], list]:
    config = ScanConfig(root=root, **kw)  # type: ignore[arg-type]
    files, notes = list_files(root, paths, config)
    result = scan_paths(files, config)
    return {r.identifier for r in result.references}, [*notes, *result.notes]


def test_git_tracked_and_untracked_not_ignored(repo: Path) -> None:
    found, _ = _scan(repo)
    assert found == {"acme/model-1", "acme/model-2"}


def test_plain_walk_outside_git_skips_dependency_trees(tmp_path: Path) -> None:
    (tmp_path / "a.py").write_text(TRAIN.format(n=1))
    for d in ("node_modules/p", "venv/lib", "site-packages/x", "__pycache__", ".git"):
        (tmp_path / d).mkdir(parents=True)
        (tmp_path / d / "m.py").write_text(TRAIN.format(n=9))
    env = tmp_path / "myenv"
    env.mkdir()
    (env / "pyvenv.cfg").write_text("home = /usr\n")
    (env / "m.py").write_text(TRAIN.format(n=8))
    found, _ = _scan(tmp_path, [str(tmp_path)])
    assert found == {"acme/model-1"}


def test_given_paths_and_excludes(repo: Path) -> None:
    found, _ = _scan(repo, ["src/untracked.py"])
    assert found == {"acme/model-2"}
    found, _ = _scan(repo, ["src"], exclude=("src/untracked.py",))
    assert found == {"acme/model-1"}
    _, notes = _scan(repo, ["missing.py"])
    assert [n.code for n in notes] == ["path-missing"]


def test_symlink_out_of_the_repository(repo: Path, tmp_path: Path) -> None:
    outside = tmp_path / "outside.py"
    outside.write_text(TRAIN.format(n=7))
    (repo / "src" / "link.py").symlink_to(outside)
    (repo / "src" / "inside.py").symlink_to(repo / "src" / "train.py")
    found, notes = _scan(repo)
    assert "acme/model-7" not in found
    assert any(n.code == "file-skipped" and n.path == "src/link.py" for n in notes)


def test_skips_binary_and_large_files_with_notes(repo: Path) -> None:
    (repo / "weights.bin").write_bytes(b"\x00\x01model acme/model-8" * 10)
    (repo / "big.py").write_text("# padding\n" * 300 + TRAIN.format(n=9))
    found, notes = _scan(repo, ["weights.bin", "big.py"], max_bytes=1000)
    assert found == set()
    skipped = {n.path: n for n in notes}
    assert skipped["weights.bin"].code == "file-skipped"
    assert skipped["weights.bin"].level == "info"
    assert skipped["big.py"].code == "file-skipped"


def test_latin1_is_read_with_a_note(repo: Path) -> None:
    (repo / "old.py").write_bytes(b'# caf\xe9\nmodel_id = "acme/model-10"\n')
    found, notes = _scan(repo, ["old.py"])
    assert found == {"acme/model-10"}
    assert [n.code for n in notes] == ["decoded-latin-1"]


def test_existing_local_paths_are_not_references(repo: Path) -> None:
    (repo / "checkpoints" / "best").mkdir(parents=True)
    (repo / "acme" / "model-11").mkdir(parents=True)
    (repo / "src" / "load.py").write_text(
        "from transformers import AutoModel\n"
        'a = AutoModel.from_pretrained("acme/model-11")\n'
        'b = AutoModel.from_pretrained("acme/model-12")\n'
    )
    found, _ = _scan(repo, ["src/load.py"])
    assert found == {"acme/model-12"}


def test_reference_paths_are_repo_relative_posix(repo: Path) -> None:
    config = ScanConfig(root=repo)
    files, _ = list_files(repo, None, config)
    result = scan_paths(files, config)
    assert {r.path for r in result.references} == {"src/train.py", "src/untracked.py"}
    assert result.files_scanned == len(files)


def test_process_pool_matches_single_process(tmp_path: Path) -> None:
    for i in range(120):
        d = tmp_path / f"pkg{i % 7}"
        d.mkdir(exist_ok=True)
        body = TRAIN.format(n=i) if i % 3 == 0 else "def f(x):\n    return x / 2  # model-free\n"
        (d / f"m{i}.py").write_text(body)
    (tmp_path / "blob.bin").write_bytes(b"\x00model" * 10)
    files = sorted(p for p in tmp_path.rglob("*") if p.is_file())
    single = scan_paths(files, ScanConfig(root=tmp_path, jobs=1))
    pooled = scan_paths(files, ScanConfig(root=tmp_path, jobs=2))
    assert single.references == pooled.references
    assert len(single.references) == 40
    assert {n.path for n in single.notes} >= {n.path for n in pooled.notes}


def test_detectors_registry() -> None:
    assert [d.id for d in DETECTORS] == ["notebook", "python", "js", "config", "shell", "text"]
    assert DETECTORS[-1].applies_to("anything.xyz")


def test_import_is_cheap() -> None:
    heavy = "('ruamel', 'huggingface_hub', 'tomllib', 'yaml', 'cryptography')"
    code = (
        "import sys, license_gate.scan; "
        f"print(sorted(m for m in sys.modules if m.split('.')[0] in {heavy}))"
    )
    out = subprocess.run(
        [os.sys.executable, "-c", code],  # type: ignore[attr-defined]
        capture_output=True,
        text=True,
        check=True,
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])},
    )
    assert out.stdout.strip() == "[]"


def test_service_kind_flows_through(repo: Path) -> None:
    (repo / "app.py").write_text('client.chat.completions.create(model="gpt-4o")\n')
    config = ScanConfig(root=repo)
    result = scan_paths([repo / "app.py"], config)
    assert [(r.kind, r.identifier) for r in result.references] == [(Kind.SERVICE, "gpt-4o")]


def test_modelfile_scanned_though_it_has_no_model_words(tmp_path: Path) -> None:
    (tmp_path / "models").mkdir()
    (tmp_path / "models" / "Modelfile").write_text(
        'FROM llama3.1:8b\nPARAMETER temperature 0.2\nSYSTEM """You answer support tickets."""\n'
    )
    (tmp_path / "models" / "local.Modelfile").write_text("FROM ./weights/qwen2.5-7b.Q4_K_M.gguf\n")
    for jobs in (1, 2):
        found, _ = _scan(tmp_path, jobs=jobs)
        assert found == {"llama3.1:8b"}


def test_prefilter_reads_the_assignment_behind_a_flag_variable(tmp_path: Path) -> None:
    # the only model-ish line passes `$mo`; the value is on a line with no model word
    (tmp_path / "pretrain.sh").write_text(
        "MOM=0.9995\nmo=bert-base-uncased\nmp=none\n\n"
        "python train.py \\\n  --model_path $mp \\\n  --retriever_model_id $mo --pooling average\n"
    )
    found, _ = _scan(tmp_path)
    assert found == {"bert-base-uncased"}


def test_prefilter_passes_a_bare_legacy_dataset_in_a_task_config(tmp_path: Path) -> None:
    # an lm-eval task: no slash, no quotes, no model word; only `dataset_path: gsm8k`
    task = tmp_path / "tasks" / "gsm8k"
    task.mkdir(parents=True)
    (task / "gsm8k_head100.yaml").write_text(
        "task: gsm8k_head100\ndataset_path: gsm8k\ndataset_name: main\nnum_fewshot: 5\n"
    )
    found, _ = _scan(tmp_path)
    assert found == {"gsm8k"}


def test_prefilter_passes_api_names_a_model_word_never_comes_near(tmp_path: Path) -> None:
    (tmp_path / "test_edit_image.py").write_text(
        "CAPABILITY_MODEL_NAME = 'imagen-3.0-capability-001'\n"
    )
    (tmp_path / "groq.ts").write_text(
        'const r = await getGroqCompletion(messages, "llama-3.2-11b-vision-preview");\n'
    )
    (tmp_path / "limits.py").write_text(
        'VOYAGE_TOTAL_TOKEN_LIMITS = {\n    "voyage-3.5-lite": 1_000_000,\n'
        '    "voyage-3": 120_000,\n}\n'
    )
    found, _ = _scan(tmp_path)
    assert found == {
        "imagen-3.0-capability-001",
        "llama-3.2-11b-vision-preview",
        "voyage-3.5-lite",
        "voyage-3",
    }


def test_windows_line_endings_are_read_like_any_other(tmp_path: Path) -> None:
    readme = (
        "# Quickstart\r\n\r\n```python\r\nfrom datasets import load_dataset\r\n"
        'dataset = load_dataset("stanfordnlp/sst2")\r\n```\r\n\r\n'
        "```bash\r\npython train.py \\\r\n    --model_name_or_path Qwen/Qwen2-0.5B\r\n```\r\n"
    )
    (tmp_path / "README.md").write_bytes(readme.encode())
    result = scan_paths([tmp_path / "README.md"], ScanConfig(root=tmp_path))
    got = {(r.path, r.line, r.column, r.identifier) for r in result.references}
    assert got == {
        ("README.md", 5, 25, "stanfordnlp/sst2"),
        ("README.md", 10, 26, "Qwen/Qwen2-0.5B"),
    }


def test_a_model_catalogues_entries_are_read_whatever_words_they_hold(tmp_path: Path) -> None:
    models = tmp_path / "agentscope" / "model" / "_dashscope" / "_models"
    models.mkdir(parents=True)
    (models / "glm-5.2.yaml").write_text("name: glm-5.2\nlabel: GLM 5.2\nstatus: active\n")
    (models / "notes.yaml").write_text("name: internal\nlabel: Internal\n")
    found, _ = _scan(tmp_path)
    assert found == {"glm-5.2"}


def test_prefilter_passes_sized_ollama_tags_and_gradio_clients(tmp_path: Path) -> None:
    # no model word anywhere: a registry of Ollama tags by size, and a Space behind a client
    (tmp_path / "registry.py").write_text(
        'REGISTRY = {\n    "tiny": {"id": "gemma3:270m"},\n    "small": {"id": "llama3.2:1b"},\n}\n'
    )
    (tmp_path / "app.py").write_text(
        'from gradio_client import Client\nclient_tts = Client("mrfakename/E2-F5-TTS")\n'
    )
    (tmp_path / "images.py").write_text('BASE = "python:3.11"\nDB = "postgres:16"\n')
    found, _ = _scan(tmp_path)
    assert found == {"gemma3:270m", "llama3.2:1b", "mrfakename/E2-F5-TTS"}


def test_a_packages_own_metadata_is_read_but_dependency_trees_are_not(tmp_path: Path) -> None:
    # an unpacked source archive: its `*.egg-info/PKG-INFO` repeats the README (the project's
    # own text, read); `.eggs/` holds downloaded dependencies (skipped)
    (tmp_path / "pkg.egg-info").mkdir()
    (tmp_path / "pkg.egg-info" / "PKG-INFO").write_text(
        "Metadata-Version: 2.1\nName: pkg\n\nFine-tuned from `google/gemma-2b-it`.\n"
    )
    (tmp_path / ".eggs" / "dep").mkdir(parents=True)
    (tmp_path / ".eggs" / "dep" / "README.md").write_text("Uses `meta-llama/Llama-3.1-8B`.\n")
    found, _ = _scan(tmp_path)
    assert found == {"google/gemma-2b-it"}


def test_gradio_client_connect_in_javascript() -> None:
    from tests.scan.helpers import ids as _ids
    from tests.scan.helpers import scan as _scan

    refs = _scan(
        "src/pages/api/gradio.js",
        """
import { Client } from "@gradio/client";
const client = await Client.connect("mark-kithinji/meadowai-crop-predictor");
""",
    )
    assert _ids(refs) == {("space", "mark-kithinji/meadowai-crop-predictor")}


def test_code_in_other_languages_names_models_too() -> None:
    from tests.scan.helpers import scan as _scan

    java = _scan(
        "src/test/java/OllamaVisionModelTest.java",
        """
ollama.execInContainer("ollama", "pull", "moondream");
""",
    )
    go = _scan(
        "examples/go/chat_completion.go",
        """
resp, err := client.CreateChatCompletion(ctx, openai.ChatCompletionRequest{
    Model: openai.GPT4oMini,
})
""",
    )
    rust = _scan(
        "README.md",
        """
```rust
builder
    .custom_embedding_model("avsolatorio/GIST-small-Embedding-v0")
```
""",
    )
    assert [r.identifier for r in java] == ["moondream"]
    assert [r.identifier for r in go] == ["gpt-4o-mini"]
    assert [r.identifier for r in rust] == ["avsolatorio/GIST-small-Embedding-v0"]


def test_a_file_of_groq_names_passes_the_prefilter(tmp_path: Path) -> None:
    from license_gate.scan import scan_paths
    from license_gate.scan.interface import ScanConfig

    f = tmp_path / "groq_service.py"
    f.write_text('CHOICES = [\n    "mixtral-8x7b-32768",\n    "llama3-70b-8192",\n]\n')
    result = scan_paths([f], ScanConfig(root=tmp_path))
    assert {r.identifier for r in result.references} == {"mixtral-8x7b-32768", "llama3-70b-8192"}


def test_the_prefilter_passes_every_family_of_hosted_names(tmp_path: Path) -> None:
    # one name a family, written where only the name says what it is (real-156's Deepgram
    # voice, `defaultModel: "aura-2-draco-en"`, never reached the detectors)
    names = [
        "aura-2-draco-en", "saarika:v2.5", "bulbul:v2", "abab6.5s-chat", "Baichuan4-Turbo",
        "spark-max", "yi-large", "embedding-3", "j2-ultra", "stable-image-ultra",
        "sd3.5-large", "compound-beta", "playai-tts", "voxtral-mini-latest", "qvq-max",
        "gpt-4o-mini-tts", "jina-embeddings-v3", "glm-4-plus", "kimi-k2", "doubao-pro-32k",
        "sonar-pro", "command-r-plus", "grok-4", "titan-text-express-v1", "nova-pro-v1:0",
        "Baichuan-Text-Embedding",
    ]  # fmt: skip
    missed = []
    for i, name in enumerate(names):
        f = tmp_path / f"config{i}.ts"
        f.write_text(f'export const cfg = {{\n  defaultModel: "{name}",\n}};\n')
        got = scan_paths([f], ScanConfig(root=tmp_path)).references
        if not any(r.line == 2 for r in got):
            missed.append(name)
    assert missed == []


def test_php_array_keys_are_keys_and_spring_defaults_are_values(tmp_path: Path) -> None:
    files = {
        "config/services.php": (
            "<?php\nreturn [\n    'ollama' => [\n"
            "        'url' => env('OLLAMA_URL', 'http://localhost:11434'),\n"
            "        'model' => env('OLLAMA_MODEL', 'llava:latest'),\n    ],\n];\n"
        ),
        "OpenAiProperties.kt": (
            "@Component\nclass OpenAiProperties(\n"
            '    @Value("\\${openai.api.model:gpt-4}")\n    val model: String,\n)\n'
        ),
        "Props.java": '@Value("${spring.ai.openai.chat.model:gpt-4o-mini}")\nString model;\n',
    }
    for name, body in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(body)
    got = scan_paths([tmp_path / n for n in files], ScanConfig(root=tmp_path)).references
    assert {(Path(r.path).name, r.line, r.identifier) for r in got} == {
        ("services.php", 5, "llava:latest"),
        ("OpenAiProperties.kt", 3, "gpt-4"),
        ("Props.java", 1, "gpt-4o-mini"),
    }


def test_javascript_conditionals_and_template_fallbacks(tmp_path: Path) -> None:
    (tmp_path / "route.ts").write_text(
        "const llm = new ChatOllama({\n"
        "  model:\n"
        '    files.length > 0 ? "llava:13b" : modelName,\n'
        "  temperature,\n"
        "});\n"
        "export const agent = createDeepAgent({\n"
        '  model: `openai:${process.env.OPENAI_MODEL ?? "gpt-4o-mini"}`,\n'
        "  tools,\n"
        "});\n"
        "type Opts = { model?: string; size?: number };\n"
    )
    got = scan_paths([tmp_path / "route.ts"], ScanConfig(root=tmp_path)).references
    assert {(r.line, r.identifier) for r in got} == {(3, "llava:13b"), (7, "gpt-4o-mini")}


def test_comfyui_workflows_and_nodes(tmp_path: Path) -> None:
    (tmp_path / "workflow.json").write_text(
        '{"nodes": [{"id": 1,\n'
        '  "outputs": [{"name": "florence2_model", "type": "FL2MODEL", "links": [1],\n'
        '               "slot_index": 0, "shape": 3, "label": "Florence2"}],\n'
        '  "properties": {\n'
        '    "Node name for S&R": "DownloadAndLoadFlorence2Model"\n'
        "  },\n"
        '  "widgets_values": [\n'
        '    "fp16",\n'
        '    "sdpa",\n'
        '    "SDXL/juggernaut.safetensors",\n'
        '    "MiaoshouAI/Florence-2-large-PromptGen-v1.5"\n'
        "  ]}]}\n"
    )
    # (a node class cut from a longer file, its methods' bodies elided)
    (tmp_path / "nodes.py").write_text(
        "def download_hg_model(model_version):\n"
        "            return (model_path,)\n"
        "class MfluxCustomModels:\n"
        '    CATEGORY = "MFlux/Air"\n'
    )
    files = [tmp_path / "workflow.json", tmp_path / "nodes.py"]
    got = scan_paths(files, ScanConfig(root=tmp_path)).references
    assert {(r.path, r.line, r.identifier) for r in got} == {
        ("workflow.json", 11, "MiaoshouAI/Florence-2-large-PromptGen-v1.5")
    }


def test_a_list_file_named_for_models(tmp_path: Path) -> None:
    (tmp_path / "models.txt").write_text("bert-base-cased\nroberta-large\nxlm-roberta-base\n")
    (tmp_path / "model_notes.txt").write_text("We tried bert-base-cased first.\nThen others.\n")
    (tmp_path / "requirements.txt").write_text("roberta-base\ntorch\n")
    files = [tmp_path / n for n in ("models.txt", "model_notes.txt", "requirements.txt")]
    got = scan_paths(files, ScanConfig(root=tmp_path)).references
    assert {(r.path, r.line, r.identifier) for r in got} == {
        ("models.txt", 1, "bert-base-cased"),
        ("models.txt", 2, "roberta-large"),
        ("models.txt", 3, "xlm-roberta-base"),
    }


def test_an_id_written_bare_where_the_file_links_its_hub_page(tmp_path: Path) -> None:
    (tmp_path / "get_lora.bat").write_text(
        "@echo off\r\n"
        "set HF_DL=%~dp0..\\tools\\HuggingFace.bat\r\n"
        "pushd %~dp0..\\ComfyUI\\models\\loras\r\n"
        "\r\n"
        "@REM https://huggingface.co/sproutlab/Wan14B-FusionMix\r\n"
        "call %HF_DL% Fast\\ lightx2v_lora.safetensors"
        " sproutlab/Wan14B-FusionMix loras/rank32.safetensors?\r\n"
        "popd\r\n"
    )
    (tmp_path / "README.md").write_text(
        "# open-rs\n\n"
        "| Code | [knoveleng/open-rs](https://github.com/knoveleng/open-rs) |\n"
        "| Data | [open-rs](https://huggingface.co/datasets/knoveleng/open-rs) |\n\n"
        "Train on knoveleng/open-rs for two epochs.\n"
    )
    files = [tmp_path / "get_lora.bat", tmp_path / "README.md"]
    got = scan_paths(files, ScanConfig(root=tmp_path)).references
    assert {(r.path, r.line, r.kind.value, r.identifier) for r in got} == {
        ("get_lora.bat", 5, "model", "sproutlab/Wan14B-FusionMix"),
        ("get_lora.bat", 6, "model", "sproutlab/Wan14B-FusionMix"),
        ("README.md", 4, "dataset", "knoveleng/open-rs"),
        ("README.md", 6, "dataset", "knoveleng/open-rs"),
    }


def test_in_code_a_bare_mention_of_a_linked_id_stays_a_mention(tmp_path: Path) -> None:
    (tmp_path / "lightonocr.py").write_text(
        '"""Support for acme-lab/LineOCR-2-1B.\n\n'
        "Weights: https://huggingface.co/acme-lab/LineOCR-2-1B\n"
        '"""\n\n'
        "class LineOCRForConditionalGeneration:\n"
        '    """Port of acme-lab/LineOCR-2-1B to this runtime."""\n'
    )
    got = scan_paths([tmp_path / "lightonocr.py"], ScanConfig(root=tmp_path)).references
    assert {(r.line, r.identifier) for r in got} == {(3, "acme-lab/LineOCR-2-1B")}


def test_a_repo_id_is_never_the_projects_own_folder(tmp_path: Path) -> None:
    # the Hub organisation shares its name with the project's package
    pkg = tmp_path / "hanabi" / "datasets"
    pkg.mkdir(parents=True)
    (pkg / "download_datasets.py").write_text(
        "from huggingface_hub import snapshot_download\n"
        "from datasets import load_dataset\n\n"
        "def download(d='./data'):\n"
        '    snapshot_download(repo_id="hanabi/datasets", repo_type="dataset", local_dir=d)\n'
        '    return load_dataset("hanabi/datasets")\n'
    )
    got = scan_paths([pkg / "download_datasets.py"], ScanConfig(root=tmp_path)).references
    assert {(r.line, r.kind.value, r.identifier) for r in got} == {
        (5, "dataset", "hanabi/datasets")
    }


def test_the_prefilter_passes_a_databricks_foundation_model_name(tmp_path: Path) -> None:
    f = tmp_path / "dbrx_instruct.py"
    f.write_text(
        "from openai import OpenAI\nclient = OpenAI(base_url=HOST)\n"
        "r = client.chat.completions.create(\n  messages=[],\n"
        '  model="databricks-dbrx-instruct",\n)\n'
    )
    got = scan_paths([f], ScanConfig(root=tmp_path)).references
    assert {(r.line, r.identifier) for r in got} == {(5, "databricks-dbrx-instruct")}


def test_every_loader_makes_a_file_worth_reading() -> None:
    """A loader whose name holds no context word (`snapshot_download("org/x")`, smolagents'
    `load_tool("org/x")`) must pass both prefilter stages, or the file is never parsed."""
    import builtins

    from license_gate.scan import _loaders
    from license_gate.scan._prefilter import may_contain, worth_scanning

    # provider factories (`openai("gpt-4o")`) take hosted names, which pass on their own
    providers = {"openai", "anthropic", "google", "xai", "cohere", "groq", "azure", "mistral"}
    providers |= {"deepseek"}
    missed = []
    for table in (_loaders._BY_NAME, _loaders._BY_DOTTED):
        for name, spec in table.items():
            if name in vars(builtins) or name in providers:
                continue
            # (a loader given its id by keyword only is written so: `Repository(clone_from=...)`)
            kw = "" if spec.positional or not spec.keywords else f"{next(iter(spec.keywords))}="
            source = f'x = {name}({kw}"acme-lab/thing-name")\n'
            if not (may_contain(source.encode()) and worth_scanning(source)):
                missed.append(name)
    assert missed == []


def test_a_smolagents_tool_file_is_read_for_its_space(tmp_path: Path) -> None:
    tool = tmp_path / "tools" / "image_gen.py"
    tool.parent.mkdir()
    tool.write_text(
        "from smolagents import load_tool, CodeAgent\n\n"
        'image_generation_tool = load_tool(\n    "m-ric/text-to-image",\n'
        "    trust_remote_code=True\n)\n"
    )
    result = scan_paths([tool], ScanConfig(root=tmp_path))
    assert [(r.kind, r.identifier, r.line) for r in result.references] == [
        (Kind.SPACE, "m-ric/text-to-image", 4)
    ]


def test_hosted_names_under_no_model_word_make_a_file_worth_reading(tmp_path: Path) -> None:
    bot = tmp_path / "openai_bot.py"
    bot.write_text(
        "# A Telegram bot for chatting with Chat GPT\nimport telebot\nimport openai\n\n"
        "def handle_text(message):\n    response = openai.Completion.create(\n"
        '        engine="text-davinci-003",\n        prompt=message.text,\n    )\n'
    )
    result = scan_paths([bot], ScanConfig(root=tmp_path))
    assert [(r.identifier, r.line) for r in result.references] == [("text-davinci-003", 7)]


def test_a_spaces_front_matter_names_the_space_it_was_duplicated_from(repo: Path) -> None:
    (repo / "README.md").write_text(
        "---\ntitle: Demucs\nemoji: 🎵\nsdk: gradio\napp_file: app.py\n"
        "duplicated_from: Thafx/Demucs_v4_2s_HT\n---\n\nSeparate a song into stems.\n"
    )
    found, _ = _scan(repo, ["README.md"])
    assert found == {"Thafx/Demucs_v4_2s_HT"}
