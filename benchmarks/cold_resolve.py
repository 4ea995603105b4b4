"""Cold and warm resolution against the local fake Hub (issue 8's performance target).

Cold: 500 distinct model ids, 100 ms of server latency per request, empty cache: wall time
(target < 5 s; a sequential client needs 50 s) and the number of HTTP requests. Warm: the same
ids again with the cache filled: wall time and requests (target: zero). Then the same through
`license-gate check` on a generated repository referencing the 500 ids: warm check, no request.

    PYTHONPATH=. python benchmarks/cold_resolve.py [--ids 500] [--latency 0.1] [--concurrency N]
"""

from __future__ import annotations

import argparse
import contextlib
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from license_gate.models import Kind, RefKey, RepoRecord  # noqa: E402
from license_gate.resolve import ResolveOptions, build_resolver  # noqa: E402
from license_gate.resolve.progress import Progress  # noqa: E402
from tests.support.fakehub import FakeHub  # noqa: E402

LICENSES = ("apache-2.0", "mit", "cc-by-nc-4.0", "llama3.1", "openrail++", "other")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--ids", type=int, default=500)
    ap.add_argument("--latency", type=float, default=0.1)
    ap.add_argument("--concurrency", type=int, default=ResolveOptions().concurrency)
    ap.add_argument("--budget", type=float, default=30.0)
    ap.add_argument("--repeat", type=int, default=3, help="cold runs (median reported)")
    ap.add_argument("--skip-check", action="store_true", help="skip the CLI warm-check part")
    args = ap.parse_args()

    ids = [f"bench-org-{i % 37}/model-{i:04d}" for i in range(args.ids)]
    with FakeHub() as hub, tempfile.TemporaryDirectory() as tmp:
        for i, ident in enumerate(ids):
            hub.add_model(ident, license=LICENSES[i % len(LICENSES)])
        hub.latency = args.latency
        keys = [RefKey(Kind.MODEL, i) for i in ids]

        def run(label: str, cache: Path) -> tuple[float, int]:
            options = ResolveOptions(
                endpoint=hub.url, cache_dir=cache, budget=args.budget, concurrency=args.concurrency
            )
            hub.clear_requests()
            resolver = build_resolver(options, progress=Progress(enabled=False))
            start = time.perf_counter()
            out = resolver.resolve_all(keys)
            wall = time.perf_counter() - start
            ok = sum(1 for v in out.values() if isinstance(v, RepoRecord))
            print(
                f"{label}: {len(keys)} ids, {ok} resolved, wall {wall:.2f} s, "
                f"{len(hub.requests)} HTTP requests (concurrency {args.concurrency}, "
                f"latency {args.latency * 1000:.0f} ms)"
            )
            return wall, len(hub.requests)

        colds = [run(f"cold #{n + 1}", Path(tmp) / f"cache-{n}") for n in range(args.repeat)]
        cache = Path(tmp) / "cache-0"
        _, warm_requests = run("warm", cache)
        cold_wall = statistics.median(w for w, _ in colds)
        print(
            f"cold median wall {cold_wall:.2f} s over {args.repeat} runs, "
            f"{colds[0][1]} requests per cold run; sequential estimate "
            f"{args.ids * args.latency:.1f} s"
        )
        failed = cold_wall >= 5.0 or warm_requests != 0

        if not args.skip_check:
            repo = Path(tmp) / "repo"
            (repo / "src").mkdir(parents=True)
            for f in range(50):
                lines = ["from transformers import AutoModel", ""]
                lines += [
                    f'm{j} = AutoModel.from_pretrained("{ids[f * 10 + j]}")'
                    for j in range(10)
                    if f * 10 + j < len(ids)
                ]
                (repo / "src" / f"service_{f:02d}.py").write_text("\n".join(lines) + "\n")
            subprocess.run(["git", "init", "-q", str(repo)], check=True)
            subprocess.run(["git", "-C", str(repo), "add", "."], check=True)
            env = {**os.environ, "HF_ENDPOINT": hub.url, "LICENSE_GATE_CACHE_DIR": str(cache)}
            hub.clear_requests()
            start = time.perf_counter()
            proc = subprocess.run(
                [sys.executable, "-m", "license_gate", "check", "--format", "json"],
                cwd=repo, env={**env, "PYTHONPATH": str(ROOT)}, capture_output=True, text=True,
            )  # fmt: skip
            wall = time.perf_counter() - start
            print(
                f"warm `license-gate check` ({len(ids)} references in 50 files): exit "
                f"{proc.returncode}, wall {wall:.2f} s, {len(hub.requests)} HTTP requests"
            )
            if proc.returncode not in (0, 1):
                with contextlib.suppress(Exception):
                    sys.stderr.write(proc.stderr[-2000:])
                failed = True
            failed = failed or len(hub.requests) != 0
    print("targets:", "MISSED" if failed else "met (cold < 5 s, warm = 0 requests)")
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
