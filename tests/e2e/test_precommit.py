"""The real pre-commit framework, installed as a git hook in a real repository whose
.pre-commit-config.yaml points at this checkout: an NC model blocks the commit, a permissive
one passes."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.e2e.gitrepo import GIT_ENV, git, make_repo, snapshot_project
from tests.support.fakehub import FakeHub

pytestmark = pytest.mark.slow

PRE_COMMIT = [sys.executable, "-m", "pre_commit"]


@pytest.fixture(scope="module")
def hook_source(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str, Path]:
    """(snapshot of this checkout, its sha, a PRE_COMMIT_HOME shared by the module's tests)."""
    src, sha = snapshot_project(tmp_path_factory.mktemp("license-gate-src"))
    return src, sha, tmp_path_factory.mktemp("pre-commit-home")


def _commit(repo: Path, env: dict[str, str]) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        ["git", "commit", "-m", "add a model"],
        cwd=repo,
        env=env,
        text=True,
        capture_output=True,
        timeout=600,
    )


@pytest.fixture
def hooked_repo(
    hook_source: tuple[Path, str, Path], hub_env: FakeHub, tmp_path: Path
) -> tuple[Path, dict[str, str]]:
    src, sha, home = hook_source
    hub_env.add_model("facebook/nllb-200-distilled-600M", license="cc-by-nc-4.0")
    hub_env.add_model("sentence-transformers/all-MiniLM-L6-v2", license="apache-2.0")
    config = f"repos:\n  - repo: {src}\n    rev: {sha}\n    hooks:\n      - id: license-gate\n"
    repo = make_repo(tmp_path / "app", {".pre-commit-config.yaml": config, "README.md": "app\n"})
    env = {
        **os.environ,
        **GIT_ENV,
        "HOME": str(tmp_path),
        "PRE_COMMIT_HOME": str(home),
        "HF_ENDPOINT": hub_env.url,
        "LICENSE_GATE_CACHE_DIR": str(tmp_path / "cache"),
        "PATH": f"{Path(sys.executable).parent}{os.pathsep}{os.environ.get('PATH', '')}",
    }
    subprocess.run(
        [*PRE_COMMIT, "install"], cwd=repo, env=env, check=True, capture_output=True, text=True
    )
    return repo, env


def test_commit_adding_nc_model_in_production_is_blocked(
    hooked_repo: tuple[Path, dict[str, str]],
) -> None:
    repo, env = hooked_repo
    (repo / "src").mkdir()
    (repo / "src" / "translate.py").write_text(
        "from transformers import pipeline\n\n"
        'translator = pipeline("translation", model="facebook/nllb-200-distilled-600M")\n'
    )
    git(repo, "add", "src/translate.py")
    proc = _commit(repo, env)
    output = proc.stdout + proc.stderr
    assert proc.returncode != 0, output
    assert "src/translate.py:3:" in output
    assert "DENY facebook/nllb-200-distilled-600M (cc-by-nc-4.0)" in output
    assert "Traceback" not in output
    # nothing was committed
    assert git(repo, "log", "--oneline").stdout.count("\n") == 1


def test_commit_adding_permissive_model_passes(hooked_repo: tuple[Path, dict[str, str]]) -> None:
    repo, env = hooked_repo
    (repo / "src").mkdir()
    (repo / "src" / "search.py").write_text(
        "from sentence_transformers import SentenceTransformer\n\n"
        'model = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2")\n'
    )
    git(repo, "add", "src/search.py")
    proc = _commit(repo, env)
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert git(repo, "log", "--oneline").stdout.count("\n") == 2


@pytest.mark.skipif(shutil.which("git") is None, reason="git is required")
def test_hook_manifest_is_valid(hook_source: tuple[Path, str, Path]) -> None:
    src, _sha, _home = hook_source
    proc = subprocess.run(
        [*PRE_COMMIT, "validate-manifest", str(src / ".pre-commit-hooks.yaml")],
        capture_output=True,
        text=True,
    )
    assert proc.returncode == 0, proc.stdout + proc.stderr
