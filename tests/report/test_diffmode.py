"""Diff mode and baselines against real temporary git repositories."""

from __future__ import annotations

import json
import os
import subprocess
from pathlib import Path

import pytest

from license_gate.diffmode import (
    apply_baseline,
    changed_lines,
    fingerprint,
    load_baseline,
    mark_pre_existing,
    write_baseline,
)
from license_gate.errors import ConfigError
from license_gate.models import GateResult, Verdict

ENV = {
    "GIT_AUTHOR_NAME": "Ada Lovelace",
    "GIT_AUTHOR_EMAIL": "ada@example.com",
    "GIT_COMMITTER_NAME": "Ada Lovelace",
    "GIT_COMMITTER_EMAIL": "ada@example.com",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}

SERVICE = '''\
"""Translation endpoint."""
from transformers import pipeline

translator = pipeline("translation", model="facebook/nllb-200-distilled-600M")


def translate(text: str) -> str:
    return translator(text, src_lang="eng_Latn", tgt_lang="deu_Latn")[0]["translation_text"]
'''

TRAIN_CONFIG = """\
model_name_or_path: meta-llama/Llama-2-7b-hf
dataset_name: tatsu-lab/alpaca
learning_rate: 2.0e-5
num_train_epochs: 3
"""

EMBED = """\
from sentence_transformers import SentenceTransformer

model = SentenceTransformer("all-MiniLM-L6-v2")
"""


def git(repo: Path, *args: str) -> str:
    proc = subprocess.run(
        ["git", "-c", "init.defaultBranch=main", *args],
        cwd=repo,
        capture_output=True,
        text=True,
        env={**os.environ, **ENV},
        check=True,
    )
    return proc.stdout


def write(repo: Path, rel: str, text: str) -> None:
    path = repo / rel
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """main: a service, a training config and an embedding helper; then a feature branch."""
    repo = tmp_path / "translation-service"
    repo.mkdir()
    git(repo, "init", "-q")
    write(repo, "src/translate/service.py", SERVICE)
    write(repo, "configs/train.yaml", TRAIN_CONFIG)
    write(repo, "src/search/embed.py", EMBED)
    write(repo, "src/legacy/caption.py", 'MODEL = "facebook/opt-350m"\n')
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "base")
    git(repo, "checkout", "-q", "-b", "feature")
    return repo


def test_changed_lines_added_renamed_deleted_new_and_untracked(repo: Path) -> None:
    # an added line in the middle of an existing file
    lines = SERVICE.splitlines(keepends=True)
    lines.insert(4, 'summarizer = pipeline("summarization", model="facebook/bart-large-cnn")\n')
    write(repo, "src/translate/service.py", "".join(lines))
    # a rename with one edited line
    (repo / "configs" / "finetune").mkdir()
    git(repo, "mv", "configs/train.yaml", "configs/finetune/llama.yaml")
    write(
        repo,
        "configs/finetune/llama.yaml",
        TRAIN_CONFIG.replace("tatsu-lab/alpaca", "databricks/databricks-dolly-15k"),
    )
    # a deleted file and a new file, committed
    git(repo, "rm", "-q", "src/legacy/caption.py")
    write(repo, "src/audio/jingle.py", 'import x\nMODEL_ID = "facebook/musicgen-small"\n')
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "feature work")
    # an unstaged edit and an untracked file with an unusual name
    write(repo, "src/search/embed.py", EMBED.replace("all-MiniLM-L6-v2", "BAAI/bge-small-en-v1.5"))
    write(repo, "notebooks/Data Prep ü.py", 'm = "google-bert/bert-base-uncased"\n\n')

    changed = changed_lines(repo, "main")
    assert changed == {
        "src/translate/service.py": {5},
        "configs/finetune/llama.yaml": {2},
        "src/audio/jingle.py": {1, 2},
        "src/search/embed.py": {3},
        "notebooks/Data Prep ü.py": {1, 2},
    }


def test_pure_rename_changes_nothing(repo: Path) -> None:
    git(repo, "mv", "src/search/embed.py", "src/search/embeddings.py")
    git(repo, "commit", "-q", "-m", "rename")
    assert changed_lines(repo, "main") == {}


def test_uses_the_merge_base_not_the_tip_of_base(repo: Path) -> None:
    write(repo, "src/chat/bot.py", 'MODEL = "meta-llama/Meta-Llama-3-8B-Instruct"\n')
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "feature: chat bot")
    # main moves on after the branch point: its changes are not this branch's
    git(repo, "checkout", "-q", "main")
    write(repo, "src/search/rerank.py", 'RERANKER = "BAAI/bge-reranker-base"\n')
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "main: reranker")
    git(repo, "checkout", "-q", "feature")
    assert changed_lines(repo, "main") == {"src/chat/bot.py": {1}}


def test_missing_base_is_a_config_error_with_a_hint(repo: Path) -> None:
    with pytest.raises(ConfigError) as info:
        changed_lines(repo, "origin/main")
    assert "origin/main" in info.value.message
    assert info.value.hint is not None
    assert "fetch-depth: 0" in info.value.hint
    assert info.value.exit_code == 2
    with pytest.raises(ConfigError):
        changed_lines(repo, "--output=/tmp/x")


def test_shallow_clone_without_history_is_a_config_error(repo: Path, tmp_path: Path) -> None:
    write(repo, "src/chat/bot.py", 'MODEL = "meta-llama/Meta-Llama-3-8B-Instruct"\n')
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "feature")
    clone = tmp_path / "shallow"
    git(tmp_path, "clone", "-q", "--depth=1", "--branch", "feature", repo.as_uri(), str(clone))
    git(clone, "fetch", "-q", "--depth=1", "origin", "main:refs/remotes/origin/main")
    with pytest.raises(ConfigError) as info:
        changed_lines(clone, "origin/main")
    assert "shallow" in info.value.message


def test_not_a_git_repository(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="git repository"):
        changed_lines(tmp_path, "main")


def test_mark_pre_existing_caps_old_findings_at_warn(result: GateResult) -> None:
    changed = {"src/translate/service.py": {14}, "src/chat/bot.py": {1, 2, 3}}
    marked = {d.reference.path: d for d in mark_pre_existing(result.decisions, changed)}
    new = marked["src/translate/service.py"]
    assert (new.verdict, new.pre_existing) == (Verdict.DENY, False)
    old = marked["configs/translate/de.yaml"]
    assert (old.verdict, old.pre_existing) == (Verdict.WARN, True)
    assert any("pre-existing" in n for n in old.notes)
    assert old.lineage  # lineage and policy facts are kept
    bot = marked["src/chat/bot.py"]  # line 8 was not changed
    assert (bot.verdict, bot.pre_existing) == (Verdict.WARN, True)
    assert marked["src/audio/jingle.py"].verdict is Verdict.EXCEPTED
    capped = GateResult(decisions=tuple(marked.values()))
    assert capped.count(Verdict.DENY) == 1


def test_diff_mode_end_to_end_on_a_real_change(repo: Path, make_decision) -> None:  # type: ignore[no-untyped-def]
    lines = SERVICE.splitlines(keepends=True)
    lines.append('chat = pipeline("text-generation", model="meta-llama/Llama-2-7b-chat-hf")\n')
    write(repo, "src/translate/service.py", "".join(lines))
    git(repo, "commit", "-q", "-am", "add chat")
    old = make_decision(
        "src/translate/service.py",
        4,
        44,
        "facebook/nllb-200-distilled-600M",
        verdict=Verdict.DENY,
        rule="no-non-commercial",
        license="cc-by-nc-4.0",
        categories=("non-commercial",),
        message="non-commercial in production",
    )
    new = make_decision(
        "src/translate/service.py",
        9,
        42,
        "meta-llama/Llama-2-7b-chat-hf",
        verdict=Verdict.DENY,
        rule="unknown-license",
        license=None,
        categories=("unknown",),
        message="no license declared",
    )
    out = mark_pre_existing((old, new), changed_lines(repo, "main"))
    assert [(d.verdict, d.pre_existing) for d in out] == [
        (Verdict.WARN, True),
        (Verdict.DENY, False),
    ]


def test_fingerprint_ignores_line_numbers(make_decision) -> None:  # type: ignore[no-untyped-def]
    def d(
        line: int,
        *,
        license: str = "cc-by-nc-4.0",
        path: str = "src/app.py",
        rule: str = "no-non-commercial",
        identifier: str = "facebook/nllb-200-distilled-600M",
    ):  # type: ignore[no-untyped-def]
        return make_decision(
            path,
            line,
            1,
            identifier,
            verdict=Verdict.DENY,
            rule=rule,
            license=license,
            categories=("non-commercial",),
            message="nc",
        )

    assert fingerprint(d(3)) == fingerprint(d(300))
    assert fingerprint(d(3)) == fingerprint(d(3, identifier="Facebook/NLLB-200-distilled-600M"))
    assert fingerprint(d(3)) != fingerprint(d(3, license="cc-by-nc-sa-4.0"))
    assert fingerprint(d(3)) != fingerprint(d(3, path="src/other.py"))
    assert fingerprint(d(3)) != fingerprint(d(3, rule="unknown-license"))


def test_baseline_round_trip(result: GateResult, tmp_path: Path, make_decision) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / ".license-gate" / "baseline.json"
    write_baseline(path, result)
    doc = json.loads(path.read_text(encoding="utf-8"))
    assert doc["version"] == 1
    assert len(doc["findings"]) == 6  # denied and warned only
    assert all("line" not in f for f in doc["findings"])
    baseline = load_baseline(path)
    applied = apply_baseline(result.decisions, baseline)
    assert not any(d.verdict is Verdict.DENY for d in applied)
    assert all(d.pre_existing for d in applied if d.verdict is Verdict.WARN)
    # the same finding moved down the file is still known; a new one is not
    moved = make_decision(
        "src/translate/service.py",
        140,
        22,
        "facebook/nllb-200-distilled-600M",
        verdict=Verdict.DENY,
        rule="no-non-commercial",
        license="cc-by-nc-4.0",
        categories=("non-commercial", "attribution"),
        message="nc",
    )
    fresh = make_decision(
        "src/translate/batch.py",
        3,
        10,
        "facebook/nllb-200-distilled-600M",
        verdict=Verdict.DENY,
        rule="no-non-commercial",
        license="cc-by-nc-4.0",
        categories=("non-commercial",),
        message="nc",
    )
    out = apply_baseline((moved, fresh), baseline)
    assert [(d.verdict, d.pre_existing) for d in out] == [
        (Verdict.WARN, True),
        (Verdict.DENY, False),
    ]
    # rewriting gives the same bytes (stable order)
    before = path.read_bytes()
    write_baseline(path, result)
    assert path.read_bytes() == before


@pytest.mark.parametrize(
    ("content", "match", "line"),
    [
        ('{"version": 1,\n "findings": [\n}', "not valid JSON", 3),
        ('{"version": 2, "findings": []}', "unsupported baseline version 2", None),
        ('{"version": 1, "findings": {}}', "must be a list", None),
        ('{"version": 1, "findings": [{"fingerprint": "abc"}]}', "findings\\[0\\]", None),
    ],
)
def test_bad_baseline_files(tmp_path: Path, content: str, match: str, line: int | None) -> None:
    path = tmp_path / "baseline.json"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(ConfigError, match=match) as info:
        load_baseline(path)
    assert info.value.source == str(path)
    assert info.value.line == line


def test_missing_baseline_says_how_to_create_one(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="not found") as info:
        load_baseline(tmp_path / "nope.json")
    assert info.value.hint is not None
