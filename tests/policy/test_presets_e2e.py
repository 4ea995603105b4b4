"""The presets end to end: `license-gate check --offline --policy builtin:NAME` on one small
service repository (licenses from the bundled snapshot), showing how the verdicts differ."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from license_gate.cli import main

FILES = {
    "services/translate/app.py": (
        "from transformers import pipeline\n\n"
        'translator = pipeline("translation", model="facebook/nllb-200-distilled-600M", '
        'src_lang="eng_Latn")\n'
    ),
    "services/chat/llm.py": (
        "from transformers import AutoModelForCausalLM, AutoTokenizer\n\n"
        'MODEL_ID = "meta-llama/Llama-3.1-8B-Instruct"\n'
        "tokenizer = AutoTokenizer.from_pretrained(MODEL_ID)\n"
        'model = AutoModelForCausalLM.from_pretrained(MODEL_ID, torch_dtype="auto")\n'
    ),
    "services/search/embed.py": (
        "from sentence_transformers import SentenceTransformer\n\n"
        'encoder = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2")\n'
    ),
    "services/images/generate.py": (
        "from diffusers import StableDiffusionPipeline\n\n"
        'pipe = StableDiffusionPipeline.from_pretrained("CompVis/stable-diffusion-v1-4")\n'
    ),
    "tests/test_translate.py": (
        "from transformers import pipeline\n\n\n"
        "def test_translates():\n"
        '    t = pipeline("translation", model="facebook/nllb-200-distilled-600M")\n'
        '    assert t("hello", src_lang="eng_Latn", tgt_lang="fra_Latn")\n'
    ),
}

NLLB, LLAMA = "facebook/nllb-200-distilled-600M", "meta-llama/Llama-3.1-8B-Instruct"
MINILM, SD = "sentence-transformers/all-MiniLM-L6-v2", "CompVis/stable-diffusion-v1-4"
KEYS = [
    ("services/translate/app.py", NLLB),
    ("services/chat/llm.py", LLAMA),
    ("services/search/embed.py", MINILM),
    ("services/images/generate.py", SD),
    ("tests/test_translate.py", NLLB),
]

EXPECTED = {
    "no-nc-in-production": (1, ["deny", "warn", "allow", "warn", "warn"]),
    "permissive-only": (1, ["deny", "deny", "allow", "deny", "warn"]),
    "research": (0, ["warn", "warn", "allow", "warn", "warn"]),
    "strict": (1, ["deny", "deny", "allow", "deny", "warn"]),
}


@pytest.fixture
def service_repo(tmp_path: Path) -> Path:
    for rel, text in FILES.items():
        p = tmp_path / "repo" / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_text(text, encoding="utf-8")
    return tmp_path / "repo"


@pytest.mark.parametrize("preset", sorted(EXPECTED))
def test_preset_on_a_service_repository(
    preset: str, service_repo: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    code = main(
        [
            "check",
            "--root",
            str(service_repo),
            "--offline",
            "--policy",
            f"builtin:{preset}",
            "--format",
            "json",
        ]
    )
    out = json.loads(capsys.readouterr().out)
    verdicts = {(f["path"], f["identifier"]): f["verdict"] for f in out["findings"]}
    rules = {f["rule"] for f in out["findings"]}
    assert (code, [verdicts.get(k) for k in KEYS]) == EXPECTED[preset]
    assert "default" in rules or preset == "permissive-only"
