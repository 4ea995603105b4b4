"""Hook latency: wall time of `license-gate check FILES...` on a 10-file commit with a warm cache,
the way pre-commit runs it (a fresh process each time).

    python benchmarks/hook_latency.py [--runs 20]

Target: median <= 250 ms on a 2-core machine. Also prints the import time of the CLI and the
number of Hub requests the warm runs made (expected 0).
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from tests.e2e.gitrepo import make_repo  # noqa: E402
from tests.support.fakehub import FakeHub  # noqa: E402

MODELS = {
    "src/search.py": "from sentence_transformers import SentenceTransformer\n"
    'model = SentenceTransformer("sentence-transformers/all-MiniLM-L6-v2")\n',
    "src/classify.py": "from transformers import pipeline\n"
    'clf = pipeline("text-classification", model="distilbert/distilbert-base-uncased-'
    'finetuned-sst-2-english")\n',
    "configs/train.yaml": "model_name_or_path: google-bert/bert-base-uncased\nlr: 3e-5\n",
}


def build_repo(root: Path) -> list[str]:
    files = dict(MODELS)
    for i in range(7):
        files[f"src/util_{i}.py"] = "".join(
            f"def f{j}(x):\n    return x * {j}  # plain code, no models\n" for j in range(60)
        )
    make_repo(root, files)
    return sorted(files)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--runs", type=int, default=20)
    args = ap.parse_args()
    exe = shutil.which("license-gate")
    cmd_prefix = [exe] if exe else [sys.executable, "-m", "license_gate"]
    with tempfile.TemporaryDirectory() as tmp, FakeHub() as hub:
        hub.add_model("sentence-transformers/all-MiniLM-L6-v2", license="apache-2.0")
        hub.add_model(
            "distilbert/distilbert-base-uncased-finetuned-sst-2-english", license="apache-2.0"
        )
        hub.add_model("google-bert/bert-base-uncased", license="apache-2.0")
        repo = Path(tmp) / "repo"
        files = build_repo(repo)
        # An installed package has its bytecode compiled at install time; let the warm-up run
        # write it here too (this machine exports PYTHONDONTWRITEBYTECODE=1).
        env = {
            **{k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"},
            "HF_ENDPOINT": hub.url,
            "LICENSE_GATE_CACHE_DIR": str(Path(tmp) / "cache"),
            "PYTHONPATH": str(ROOT),
        }
        cmd = [*cmd_prefix, "check", *files]
        warm = subprocess.run(cmd, cwd=repo, env=env, capture_output=True, text=True)
        if warm.returncode != 0:
            print(warm.stdout, warm.stderr, sep="\n")
            print(f"warm-up run exited {warm.returncode}")
            return 1
        hub.clear_requests()
        times = []
        for _ in range(args.runs):
            t0 = time.perf_counter()
            subprocess.run(cmd, cwd=repo, env=env, capture_output=True, check=True)
            times.append(time.perf_counter() - t0)
        requests = hub.request_count()
        t0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "import license_gate.cli"], env=env, check=True)
        imp = time.perf_counter() - t0
        base0 = time.perf_counter()
        subprocess.run([sys.executable, "-c", "pass"], check=True)
        bare = time.perf_counter() - base0
    times.sort()
    print(f"command: {' '.join(cmd_prefix)} check <10 files> (3 with model references)")
    print(
        f"runs: {args.runs}  median: {statistics.median(times) * 1000:.0f} ms  "
        f"p90: {times[int(len(times) * 0.9) - 1] * 1000:.0f} ms  "
        f"min: {times[0] * 1000:.0f} ms"
    )
    print(
        f"python startup: {bare * 1000:.0f} ms; python + import license_gate.cli: "
        f"{imp * 1000:.0f} ms"
    )
    print(f"Hub requests during warm runs: {requests} (expected 0)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
