"""The composite action (action.yml), exercised the way a runner runs it: each step's `run:`
script with `bash --noprofile --norc -eo pipefail`, its `env:` expressions evaluated from the
inputs, the event and earlier steps' outputs, and the GITHUB_* variables a runner sets.

The install step really installs this checkout into a fresh virtual environment (from the
package index, as on a runner), once per module.
"""

from __future__ import annotations

import importlib.util
import json
import os
import re
import subprocess
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from jsonschema import Draft4Validator

ROOT = Path(__file__).resolve().parents[2]
ACTION = ROOT / "action.yml"
SCHEMA = Path(__file__).resolve().parent / "data" / "sarif-schema-2.1.0.json"
EXPR = re.compile(r"\$\{\{\s*(.*?)\s*\}\}")
GIT_ENV = {
    "GIT_AUTHOR_NAME": "Grace Hopper",
    "GIT_AUTHOR_EMAIL": "grace@example.com",
    "GIT_COMMITTER_NAME": "Grace Hopper",
    "GIT_COMMITTER_EMAIL": "grace@example.com",
    "GIT_CONFIG_GLOBAL": os.devnull,
    "GIT_CONFIG_NOSYSTEM": "1",
}

POLICY = """\
# The built-in gate, with the licenses of the models this service uses declared, so that the
# check needs no network.
version: 1
extends: builtin:no-nc-in-production
models:
  "facebook/nllb-200-distilled-600M": {license: cc-by-nc-4.0}
  "facebook/musicgen-small": {license: cc-by-nc-4.0}
  "meta-llama/Meta-Llama-3-8B-Instruct": {license: llama3}
  "sentence-transformers/all-MiniLM-L6-v2": {license: apache-2.0}
# The ids above are declarations, not uses.
exclude: [".license-gate.yaml"]
"""

SERVICE = '''\
"""HTTP handlers of the translation service."""
from transformers import pipeline

translator = pipeline("translation", model="facebook/nllb-200-distilled-600M")
'''

FEATURE = '''\
"""Background music for the product videos."""
from transformers import pipeline

jingle = pipeline("text-to-audio", model="facebook/musicgen-small")
assistant = pipeline("text-generation", model="meta-llama/Meta-Llama-3-8B-Instruct")
'''


def load_action() -> dict[str, Any]:
    from ruamel.yaml import YAML

    doc: dict[str, Any] = YAML(typ="safe").load(ACTION.read_text(encoding="utf-8"))
    return doc


# ---------------------------------------------------------------------------------------------
# Static properties of action.yml


def test_action_shape() -> None:
    action = load_action()
    assert action["runs"]["using"] == "composite"
    assert {
        "policy",
        "paths",
        "mode",
        "fail-on",
        "sarif-file",
        "offline",
        "hf-token",
        "warn-only",
    } <= set(action["inputs"])
    assert action["inputs"]["mode"]["default"] == "auto"
    assert action["inputs"]["fail-on"]["default"] == "deny"
    assert set(action["outputs"]) == {"denied", "warned", "sarif-file"}
    for step in action["runs"]["steps"]:
        assert step["shell"] == "bash"
        # inputs reach scripts only through env: no expression is pasted into shell code
        assert not EXPR.search(step["run"]), step["name"]
    install = action["runs"]["steps"][0]
    assert install["env"]["LG_ACTION_PATH"] == "${{ github.action_path }}"
    assert "pip install" in install["run"]


# ---------------------------------------------------------------------------------------------
# A small runner


def _lookup(path: str, context: Mapping[str, Any]) -> str:
    value: Any = context
    for part in path.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return ""
        value = value[part]
    if isinstance(value, bool):
        return "true" if value else "false"
    return "" if value is None else str(value)


def substitute(text: str, context: Mapping[str, Any]) -> str:
    def one(m: re.Match[str]) -> str:
        expr = m[1]
        assert re.fullmatch(r"[\w.-]+", expr), f"unsupported expression {expr!r}"
        return _lookup(expr, context)

    return EXPR.sub(one, text)


def read_outputs(path: Path) -> dict[str, str]:
    out: dict[str, str] = {}
    if not path.exists():
        return out
    lines = iter(path.read_text(encoding="utf-8").splitlines())
    for line in lines:
        if "<<" in line and "=" not in line.split("<<", 1)[0]:
            key, delimiter = line.split("<<", 1)
            value = []
            for more in lines:
                if more == delimiter:
                    break
                value.append(more)
            out[key] = "\n".join(value)
        elif "=" in line:
            key, value_ = line.split("=", 1)
            out[key] = value_
    return out


@dataclass
class Run:
    rc: int
    stdout: str
    outputs: dict[str, str]
    steps: dict[str, dict[str, str]] = field(default_factory=dict)
    summary: str = ""


class Runner:
    """Runs action.yml's steps like the GitHub runner."""

    def __init__(
        self,
        workspace: Path,
        temp: Path,
        *,
        event: str,
        event_payload: dict[str, Any],
        base_ref: str = "",
    ) -> None:
        self.action = load_action()
        self.workspace = workspace
        self.temp = temp
        temp.mkdir(parents=True, exist_ok=True)
        self.event = event
        self.payload = event_payload
        event_path = temp / "event.json"
        event_path.write_text(json.dumps(event_payload), encoding="utf-8")
        sha = subprocess.run(
            ["git", "rev-parse", "HEAD"], cwd=workspace, capture_output=True, text=True, check=True
        ).stdout.strip()
        self.summary = temp / "step_summary.md"
        self.env = {
            **{k: v for k, v in os.environ.items() if not k.startswith(("GITHUB_", "RUNNER_"))},
            **GIT_ENV,
            "CI": "true",
            "GITHUB_ACTIONS": "true",
            "GITHUB_WORKSPACE": str(workspace),
            "GITHUB_EVENT_NAME": event,
            "GITHUB_EVENT_PATH": str(event_path),
            "GITHUB_BASE_REF": base_ref,
            "GITHUB_SHA": sha,
            "GITHUB_REF": "refs/pull/7/merge" if base_ref else "refs/heads/main",
            "GITHUB_REPOSITORY": "acme-ml/translation-service",
            "GITHUB_SERVER_URL": "https://github.com",
            "GITHUB_RUN_ID": "4242",
            "GITHUB_ACTION_PATH": str(ROOT),
            "GITHUB_STEP_SUMMARY": str(self.summary),
            "GITHUB_PATH": str(temp / "github_path"),
            "RUNNER_TEMP": str(temp),
            "RUNNER_OS": "Linux",
        }
        self.github = {
            "action_path": str(ROOT),
            "event_name": event,
            "base_ref": base_ref,
            "event": event_payload,
            "workspace": str(workspace),
        }

    def step(
        self, step: dict[str, Any], inputs: Mapping[str, str], steps: Mapping[str, Any]
    ) -> tuple[int, str, dict[str, str]]:
        context = {"inputs": inputs, "github": self.github, "steps": steps}
        output = self.temp / f"output-{step['id']}-{len(steps)}"
        output.unlink(missing_ok=True)
        env = dict(self.env)
        env.update({k: substitute(str(v), context) for k, v in step.get("env", {}).items()})
        env["GITHUB_OUTPUT"] = str(output)
        script = self.temp / f"{step['id']}.sh"
        script.write_text(substitute(step["run"], context), encoding="utf-8")
        proc = subprocess.run(
            ["bash", "--noprofile", "--norc", "-eo", "pipefail", str(script)],
            cwd=self.workspace,
            env=env,
            capture_output=True,
            text=True,
            check=False,
            timeout=300,
        )
        return proc.returncode, proc.stdout + proc.stderr, read_outputs(output)

    def run(self, inputs: Mapping[str, str], *, installed: Mapping[str, str] | None = None) -> Run:
        given = {k: v.get("default", "") for k, v in self.action["inputs"].items()}
        given.update(inputs)
        steps: dict[str, Any] = {}
        stdout = ""
        rc = 0
        for step in self.action["runs"]["steps"]:
            if step["id"] == "install" and installed is not None:
                steps["install"] = {"outputs": dict(installed)}
                continue
            rc, out, outputs = self.step(step, given, steps)
            stdout += out
            steps[step["id"]] = {"outputs": outputs}
            if rc != 0:
                break
        context = {"steps": steps, "inputs": given, "github": self.github}
        action_outputs = {
            name: substitute(str(spec["value"]), context)
            for name, spec in self.action["outputs"].items()
        }
        summary = self.summary.read_text(encoding="utf-8") if self.summary.exists() else ""
        return Run(rc, stdout, action_outputs, {k: v["outputs"] for k, v in steps.items()}, summary)


# ---------------------------------------------------------------------------------------------
# Running the action


def _check_available() -> str | None:
    """Why the real `check` cannot run yet (the lead's command and the scanner), or None."""
    if importlib.util.find_spec("license_gate.commands.check") is None:
        return "license-gate check is not there yet"
    try:
        from license_gate.scan import list_files, scan_paths  # noqa: F401
    except ImportError as e:
        return f"check cannot run yet: {e}"
    return None


def git(cwd: Path, *args: str) -> str:
    return subprocess.run(
        ["git", "-c", "init.defaultBranch=main", *args],
        cwd=cwd,
        capture_output=True,
        text=True,
        env={**os.environ, **GIT_ENV},
        check=True,
    ).stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> dict[str, str]:
    """The action's install step, run for real once: a venv with this checkout installed."""
    reason = _check_available()
    if reason:
        pytest.skip(reason)
    temp = tmp_path_factory.mktemp("runner-temp")
    workspace = tmp_path_factory.mktemp("workspace")
    git(workspace, "init", "-q")
    git(workspace, "commit", "-q", "--allow-empty", "-m", "empty")
    runner = Runner(workspace, temp, event="push", event_payload={})
    install = load_action()["runs"]["steps"][0]
    inputs = {k: v.get("default", "") for k, v in runner.action["inputs"].items()}
    rc, out, outputs = runner.step(install, inputs, {})
    assert rc == 0, out
    assert re.search(r"license-gate \d", out)
    python = outputs["python"]
    assert Path(python).is_file()
    where = subprocess.run(
        [python, "-c", "import license_gate; print(license_gate.__file__)"],
        cwd=temp,
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": os.environ["PATH"]},
    ).stdout.strip()
    assert "site-packages" in where  # installed into the action's venv, not run from source
    # later steps find `license-gate` (and only it) on PATH
    (bindir,) = (temp / "github_path").read_text(encoding="utf-8").splitlines()
    assert sorted(p.name for p in Path(bindir).iterdir()) == ["license-gate"]
    version = subprocess.run(
        [str(Path(bindir) / "license-gate"), "--version"],
        capture_output=True,
        text=True,
        check=True,
        env={"PATH": os.environ["PATH"]},
    ).stdout
    assert version.startswith("license-gate ")
    return outputs


@pytest.fixture
def upstream(tmp_path: Path) -> Path:
    """A repository on 'GitHub': main has the translation service (a pre-existing NC model in
    production); branch `feature` adds a music generator (NC) and an assistant (Llama 3)."""
    seed = tmp_path / "seed"
    seed.mkdir()
    git(seed, "init", "-q")
    (seed / ".license-gate.yaml").write_text(POLICY, encoding="utf-8")
    (seed / "src" / "translate").mkdir(parents=True)
    (seed / "src" / "translate" / "service.py").write_text(SERVICE, encoding="utf-8")
    (seed / "README.md").write_text("# translation-service\n", encoding="utf-8")
    git(seed, "add", "-A")
    git(seed, "commit", "-q", "-m", "translation service")
    git(seed, "checkout", "-q", "-b", "feature")
    (seed / "src" / "media").mkdir(parents=True)
    (seed / "src" / "media" / "jingle.py").write_text(FEATURE, encoding="utf-8")
    git(seed, "add", "-A")
    git(seed, "commit", "-q", "-m", "media: background music and an assistant")
    bare = tmp_path / "translation-service.git"
    git(tmp_path, "clone", "-q", "--bare", str(seed), str(bare))
    return bare


def checkout(upstream: Path, dest: Path, branch: str, *, depth: int | None = None) -> Path:
    """actions/checkout: fetch-depth 0 (full history) unless `depth`."""
    args = ["clone", "-q", "--branch", branch]
    if depth:
        args += [f"--depth={depth}", "--no-single-branch"]
    git(upstream.parent, *args, upstream.as_uri(), str(dest))
    return dest


def sarif_of(run: Run, workspace: Path) -> dict[str, Any]:
    path = workspace / run.outputs["sarif-file"]  # relative to the workspace, as on a runner
    assert path.is_file()
    doc: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
    errors = list(Draft4Validator(json.loads(SCHEMA.read_text(encoding="utf-8"))).iter_errors(doc))
    assert not errors
    return doc


@pytest.mark.slow
def test_pull_request_auto_mode_fails_only_on_what_the_change_adds(
    upstream: Path, tmp_path: Path, installed: dict[str, str]
) -> None:
    ws = checkout(upstream, tmp_path / "ws", "feature")
    runner = Runner(
        ws,
        tmp_path / "temp",
        event="pull_request",
        base_ref="main",
        event_payload={"pull_request": {"number": 7}},
    )
    run = runner.run({"offline": "true"}, installed=installed)
    assert run.steps["mode"] == {"mode": "diff", "base": "origin/main", "trust": "origin/main"}
    assert run.rc == 1, run.stdout
    assert (run.outputs["denied"], run.outputs["warned"]) == ("1", "2")
    doc = sarif_of(run, ws)
    levels = {r["properties"]["identifier"]: r["level"] for r in doc["runs"][0]["results"]}
    assert levels == {
        "facebook/musicgen-small": "error",
        "meta-llama/Meta-Llama-3-8B-Instruct": "warning",
        "facebook/nllb-200-distilled-600M": "warning",  # pre-existing, capped
    }
    assert "::error file=src/media/jingle.py,line=4" in run.stdout
    assert "license-gate: failed" in run.summary
    assert "facebook/musicgen-small" in run.summary


@pytest.mark.slow
def test_push_auto_mode_checks_everything(
    upstream: Path, tmp_path: Path, installed: dict[str, str]
) -> None:
    ws = checkout(upstream, tmp_path / "ws", "feature")
    runner = Runner(
        ws, tmp_path / "temp", event="push", event_payload={"before": "0" * 40, "after": "f" * 40}
    )
    run = runner.run(
        {"offline": "true", "sarif-file": "reports/license-gate.sarif"}, installed=installed
    )
    assert run.steps["mode"]["mode"] == "full"
    assert run.rc == 1
    assert (run.outputs["denied"], run.outputs["warned"]) == ("2", "1")
    assert run.outputs["sarif-file"] == "reports/license-gate.sarif"
    assert (ws / "reports" / "license-gate.sarif").is_file()


@pytest.mark.slow
def test_push_never_fails_for_a_missing_ref(
    upstream: Path, tmp_path: Path, installed: dict[str, str]
) -> None:
    ws = checkout(upstream, tmp_path / "ws", "main")
    runner = Runner(
        ws,
        tmp_path / "temp",
        event="push",
        event_payload={"before": "1234567" * 5 + "89abc", "after": "f" * 40},
    )
    run = runner.run({"offline": "true", "mode": "diff", "warn-only": "true"}, installed=installed)
    assert run.rc == 0, run.stdout
    assert "::notice title=license-gate::no usable diff base" in run.stdout
    assert run.steps["mode"]["mode"] == "full"
    assert run.outputs["denied"] == "1"


@pytest.mark.slow
def test_pull_request_fetches_a_missing_base_branch(
    upstream: Path, tmp_path: Path, installed: dict[str, str]
) -> None:
    ws = checkout(upstream, tmp_path / "ws", "feature")
    git(ws, "update-ref", "-d", "refs/remotes/origin/main")
    runner = Runner(
        ws,
        tmp_path / "temp",
        event="pull_request",
        base_ref="main",
        event_payload={"pull_request": {"number": 7}},
    )
    run = runner.run({"offline": "true"}, installed=installed)
    assert run.steps["mode"] == {"mode": "diff", "base": "origin/main", "trust": "origin/main"}
    assert run.outputs["denied"] == "1"


@pytest.mark.slow
@pytest.mark.parametrize(("fail_on", "rc"), [("deny", 0), ("warn", 1)])
def test_fail_on(
    upstream: Path, tmp_path: Path, installed: dict[str, str], fail_on: str, rc: int
) -> None:
    ws = checkout(upstream, tmp_path / "ws", "feature")
    (ws / "src" / "media" / "jingle.py").write_text(
        FEATURE.replace(
            'jingle = pipeline("text-to-audio", model="facebook/musicgen-small")\n', ""
        ),
        encoding="utf-8",
    )
    git(ws, "commit", "-q", "-am", "drop the jingle")
    runner = Runner(
        ws,
        tmp_path / "temp",
        event="pull_request",
        base_ref="main",
        event_payload={"pull_request": {"number": 7}},
    )
    run = runner.run({"offline": "true", "fail-on": fail_on}, installed=installed)
    assert run.rc == rc, run.stdout
    assert run.outputs["denied"] == "0"


def test_bad_mode_is_rejected(upstream: Path, tmp_path: Path) -> None:
    ws = checkout(upstream, tmp_path / "ws", "feature")
    runner = Runner(ws, tmp_path / "temp", event="push", event_payload={})
    mode = next(s for s in runner.action["runs"]["steps"] if s["id"] == "mode")
    rc, out, _ = runner.step(mode, {"mode": "partial"}, {})
    assert rc == 2
    assert "::error title=license-gate::the mode input must be auto, diff or full" in out


@pytest.mark.parametrize(
    ("event", "payload", "base_ref", "mode_input", "expected"),
    [
        ("pull_request", {}, "main", "auto", ("diff", "origin/main")),
        (
            "merge_group",
            {"merge_group": {"base_sha": "MAIN_SHA"}},
            "",
            "auto",
            ("diff", "MAIN_SHA"),
        ),
        ("push", {"before": "MAIN_SHA"}, "", "auto", ("full", "")),
        ("push", {"before": "MAIN_SHA"}, "", "diff", ("diff", "MAIN_SHA")),
        ("schedule", {}, "", "auto", ("full", "")),
        ("pull_request", {}, "main", "full", ("full", "")),
        ("push", {"before": "0" * 40}, "", "diff", ("full", "")),
    ],
)
def test_mode_selection(
    upstream: Path,
    tmp_path: Path,
    event: str,
    payload: dict[str, Any],
    base_ref: str,
    mode_input: str,
    expected: tuple[str, str],
) -> None:
    ws = checkout(upstream, tmp_path / "ws", "feature")
    main_sha = git(ws, "rev-parse", "origin/main").strip()
    payload = json.loads(json.dumps(payload).replace("MAIN_SHA", main_sha))
    runner = Runner(ws, tmp_path / "temp", event=event, base_ref=base_ref, event_payload=payload)
    mode = next(s for s in runner.action["runs"]["steps"] if s["id"] == "mode")
    inputs = {k: v.get("default", "") for k, v in runner.action["inputs"].items()}
    inputs["mode"] = mode_input
    rc, out, outputs = runner.step(mode, inputs, {})
    assert rc == 0, out
    assert (outputs["mode"], outputs["base"]) == (
        expected[0],
        expected[1].replace("MAIN_SHA", main_sha),
    )


def test_shallow_pull_request_checkout_is_deepened(upstream: Path, tmp_path: Path) -> None:
    ws = checkout(upstream, tmp_path / "ws", "feature", depth=1)
    assert git(ws, "rev-parse", "--is-shallow-repository").strip() == "true"
    runner = Runner(ws, tmp_path / "temp", event="pull_request", base_ref="main", event_payload={})
    mode = next(s for s in runner.action["runs"]["steps"] if s["id"] == "mode")
    inputs = {k: v.get("default", "") for k, v in runner.action["inputs"].items()}
    rc, out, outputs = runner.step(mode, inputs, {})
    assert rc == 0, out
    assert (outputs["mode"], outputs["base"]) == ("diff", "origin/main")
