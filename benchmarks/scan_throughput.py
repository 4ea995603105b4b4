"""Scanner throughput and memory on a generated tree, compared with `grep -rE`.

    PYTHONPATH=. python benchmarks/scan_throughput.py [--files 20000] [--mb 200] [--dir DIR]
        [--repeat 3] [--jobs 0] [--keep]

Generates (once, cached by parameters) a tree of about `--files` files and `--mb` megabytes under
/tmp: mostly ordinary code, configs, docs and data with no model at all (web handlers, Django
models, utilities, CSV, lockfile-like JSON), a fifth of the files ML-flavoured but id-free
("model", "dataset", "checkpoint" everywhere), and about 2% with real references. Then it times,
best of `--repeat` warm runs, `list_files` + `scan_paths` in a fresh child process (peak RSS from
`resource.getrusage(RUSAGE_CHILDREN)`: the child's own and its worker processes'), and
`grep -rE` with an id-shaped pattern over the same tree, and prints MB/s, the references found,
peak RSS and the time ratio to grep. A benchmark reports; it does not fail.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import resource
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
GREP_PATTERN = r"[A-Za-z0-9_.-]+/[A-Za-z0-9_.-]+"

_WORDS = (  # noqa: SIM905
    "user account order item price total cache session token request response handler "
    "router config value result error status message payload buffer stream record batch "
    "index offset limit cursor page query filter sort key name path file line column "
    "start end count size width height color label title description created updated"
).split()

_PY_GENERIC = '''
class {Cls}Handler(BaseHandler):
    """Handle {w1} {w2} requests for the {w3} service."""

    def __init__(self, {w1}_store, {w2}_cache=None, timeout=30):
        self.{w1}_store = {w1}_store
        self.{w2}_cache = {w2}_cache or {{}}
        self.timeout = timeout

    def get(self, request, {w3}_id: int) -> dict:
        key = f"{w1}:{{{w3}_id}}"
        if key in self.{w2}_cache:
            return self.{w2}_cache[key]
        row = self.{w1}_store.fetch("{w1}s/{w3}", id={w3}_id, fields=["{w4}", "{w5}"])
        result = {{"{w4}": row.{w4}, "{w5}": row.{w5}, "path": "api/v1/{w1}s"}}
        self.{w2}_cache[key] = result
        return result

    def post(self, request):
        payload = json.loads(request.body or "{{}}")
        if payload.get("{w4}") is None:
            raise ValidationError("missing {w4}; see docs/{w1}/{w2}.md")
        return self.{w1}_store.insert("{w1}s", payload, content_type="application/json")
'''

_PY_DJANGO = """
class {Cls}(models.Model):
    {w1} = models.CharField(max_length=120)
    {w2} = models.ForeignKey("{app}.{Cls2}", on_delete=models.CASCADE)
    {w3}_at = models.DateTimeField(auto_now_add=True)

    class Meta:
        ordering = ["-{w3}_at"]
        db_table = "{app}_{w1}"

    def __str__(self) -> str:
        return f"{{self.{w1}}} ({{self.{w2}_id}})"
"""

_PY_ML = '''
def train_epoch(model, loader, optimizer, scheduler, device="cuda", grad_clip=1.0):
    """One epoch over the {w1} dataset; the model checkpoint goes to checkpoints/{w2}."""
    model.train()
    total = 0.0
    for step, batch in enumerate(loader):
        inputs = {{k: v.to(device) for k, v in batch.items()}}
        outputs = model(**inputs)
        loss = outputs.loss / 4
        loss.backward()
        torch.nn.utils.clip_grad_norm_(model.parameters(), grad_clip)
        optimizer.step()
        scheduler.step()
        optimizer.zero_grad()
        total += loss.item()
        if step % 100 == 0:
            logger.info("step %d loss %.4f lr %.2e", step, loss.item(), scheduler.get_last_lr()[0])
    torch.save(model.state_dict(), "checkpoints/{w2}/model.pt")
    return total / max(1, len(loader))
'''

_PY_REFS = """
from transformers import AutoModelForCausalLM, AutoTokenizer
from datasets import load_dataset

BASE_MODEL = "meta-llama/Llama-3.1-8B-Instruct"
tokenizer = AutoTokenizer.from_pretrained(BASE_MODEL)
model = AutoModelForCausalLM.from_pretrained("mistralai/Mistral-7B-v0.{n}", revision="main")
ds = load_dataset("HuggingFaceH4/ultrachat_200k", split="train_sft")
"""

_JS_GENERIC = """
export async function fetch{Cls}(id, opts = {{}}) {{
  const headers = {{ "Content-Type": "application/json" }};
  const res = await fetch(`/api/v1/{w1}s/${{id}}`, {{ headers }});
  if (!res.ok) throw new Error("failed to load {w1}/{w2}: " + res.status);
  const data = await res.json();
  return data.items.map((x) => ({{ {w3}: x.{w3}, {w4}: x.{w4} ?? null, ratio: x.a / x.b }}));
}}
"""

_MD = """
## {Cls} {w1}

The {w1} service stores {w2} and {w3} records. See [the guide](https://example.com/{w1}/{w2})
and the repository https://github.com/acme/{w1}-{w2}. Dates are written 2024/01/{n:02d}; ratios 3/4.
Run `make {w1}` then open docs/{w2}/index.md.
"""

_YAML = """
{w1}:
  image: ghcr.io/acme/{w1}:1.{n}.0
  replicas: {n}
  env:
    - name: {W2}_URL
      value: https://{w2}.internal/api/v1
    - name: LOG_LEVEL
      value: info
  volumes: [data/{w3}:/var/lib/{w3}, cache/{w4}:/tmp/{w4}]
"""

_CSV_ROW = "{n},{w1},{w2},{w3}/{w4},2024/03/{d:02d},{f:.4f}\n"


def _fill(template: str, rnd: random.Random) -> str:
    w = [rnd.choice(_WORDS) for _ in range(6)]
    return template.format(
        Cls=w[0].title() + w[1].title(),
        Cls2=w[2].title(),
        w1=w[0],
        w2=w[1],
        w3=w[2],
        w4=w[3],
        w5=w[4],
        W2=w[1].upper(),
        app=w[5],
        n=rnd.randint(1, 9),
    )


def _file(kind: str, target: int, rnd: random.Random) -> str:
    parts: list[str] = []
    size = 0
    templates = {
        "py": (_PY_GENERIC,),
        "django": (_PY_DJANGO,),
        "ml": (_PY_ML, _PY_GENERIC),
        "js": (_JS_GENERIC,),
        "md": (_MD,),
        "yaml": (_YAML,),
    }.get(kind)
    if kind == "csv":
        parts.append("id,name,kind,path,date,score\n")
        while size < target:
            row = _CSV_ROW.format(
                n=rnd.randint(1, 10**6),
                w1=rnd.choice(_WORDS),
                w2=rnd.choice(_WORDS),
                w3=rnd.choice(_WORDS),
                w4=rnd.choice(_WORDS),
                d=rnd.randint(1, 28),
                f=rnd.random(),
            )
            parts.append(row)
            size += len(row)
        return "".join(parts)
    if kind == "json":
        deps = {
            f"node_modules/{rnd.choice(_WORDS)}-{i}": {
                "version": f"{rnd.randint(0, 9)}.{rnd.randint(0, 20)}.{rnd.randint(0, 9)}",
                "resolved": f"https://registry.npmjs.org/{rnd.choice(_WORDS)}/-/x-{i}.tgz",
                "integrity": f"sha512-{rnd.getrandbits(256):064x}",
            }
            for i in range(max(1, target // 220))
        }
        return json.dumps({"name": "web", "lockfileVersion": 3, "packages": deps}, indent=2)
    assert templates is not None
    while size < target:
        chunk = _fill(rnd.choice(templates), rnd)
        parts.append(chunk)
        size += len(chunk)
    return "".join(parts)


_EXT = {
    "py": ".py",
    "django": ".py",
    "ml": ".py",
    "js": ".js",
    "md": ".md",
    "yaml": ".yaml",
    "csv": ".csv",
    "json": ".json",
}
_MIX = (
    ("py", 30),
    ("django", 8),
    ("ml", 20),
    ("js", 12),
    ("md", 10),
    ("yaml", 8),
    ("csv", 6),
    ("json", 6),
)


def generate(root: Path, n_files: int, total_mb: float, seed: int = 7) -> tuple[int, int]:
    """Write the tree; returns (files, bytes)."""
    rnd = random.Random(seed)
    kinds = [k for k, weight in _MIX for _ in range(weight)]
    mean = int(total_mb * 1024 * 1024 / n_files)
    total = 0
    for i in range(n_files):
        kind = rnd.choice(kinds)
        d = root / f"pkg{i % 97:02d}" / f"mod{i % 13}"
        d.mkdir(parents=True, exist_ok=True)
        target = max(200, int(rnd.expovariate(1 / mean)))
        target = min(target, 1024 * 1024)
        text = _file(kind, target, rnd)
        if i % 50 == 0:  # about 2% carry real references
            text += (
                _PY_REFS.format(n=i % 10)
                if kind in ("py", "ml", "django")
                else ("\nSee https://huggingface.co/Qwen/Qwen2.5-7B-Instruct for the model.\n")
            )
        data = text.encode()
        (d / f"f{i}{_EXT[kind]}").write_bytes(data)
        total += len(data)
    return n_files, total


_CHILD = """
import json, resource, sys, time
from pathlib import Path
t0 = time.perf_counter()
from license_gate.scan import ScanConfig, list_files, scan_paths
root = Path(sys.argv[1])
cfg = ScanConfig(root=root, jobs=int(sys.argv[2]))
files, _ = list_files(root, [str(root)], cfg)
res = scan_paths(files, cfg)
elapsed = time.perf_counter() - t0
own = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
kids = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
print(json.dumps({"elapsed": elapsed, "files": len(files), "refs": len(res.references),
                  "notes": len(res.notes), "own_kb": own, "workers_kb": kids}))
"""


def _cpu() -> float:
    r = resource.getrusage(resource.RUSAGE_CHILDREN)
    return r.ru_utime + r.ru_stime


def run_scan(tree: Path, jobs: int) -> dict[str, float]:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    c0 = _cpu()
    t0 = time.perf_counter()
    out = subprocess.run(
        [sys.executable, "-c", _CHILD, str(tree), str(jobs)],
        capture_output=True,
        text=True,
        check=True,
        env=env,
    )
    wall = time.perf_counter() - t0
    data: dict[str, float] = json.loads(out.stdout)
    data["wall"] = wall
    data["cpu"] = _cpu() - c0
    data["peak_kb"] = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return data


def run_grep(tree: Path, *, pipe: bool = False) -> tuple[float, float]:
    """(wall, cpu) of `grep -rE PATTERN tree`. With output to /dev/null GNU grep stops at the
    first match in each file; `pipe` sends the lines through a pipe so it reads everything."""
    c0 = _cpu()
    t0 = time.perf_counter()
    proc = subprocess.Popen(
        ["grep", "-rE", GREP_PATTERN, str(tree)],
        stdout=subprocess.PIPE if pipe else subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    if pipe:
        assert proc.stdout is not None
        while proc.stdout.read(1 << 20):
            pass
    proc.wait()
    return time.perf_counter() - t0, _cpu() - c0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--files", type=int, default=20_000)
    parser.add_argument("--mb", type=float, default=200.0)
    parser.add_argument("--dir", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--jobs", type=int, default=0, help="0 = automatic (all cores)")
    parser.add_argument("--keep", action="store_true", help="keep a freshly generated tree")
    args = parser.parse_args(argv)

    tree = args.dir or Path(f"/tmp/license-gate-bench-{args.files}-{int(args.mb)}")
    fresh = not (tree / ".complete").exists()
    if fresh:
        shutil.rmtree(tree, ignore_errors=True)
        tree.mkdir(parents=True)
        t0 = time.perf_counter()
        n, size = generate(tree, args.files, args.mb)
        (tree / ".complete").write_text(f"{n} {size}\n")
        print(f"generated {n} files, {size / 1e6:.1f} MB in {time.perf_counter() - t0:.1f}s")
    n_files, size = (int(x) for x in (tree / ".complete").read_text().split())
    mb = size / (1024 * 1024)
    print(f"tree: {tree} ({n_files} files, {mb:.1f} MiB)")

    run_grep(tree)  # warm the page cache
    greps = [run_grep(tree) for _ in range(args.repeat)]
    greps_piped = [run_grep(tree, pipe=True) for _ in range(args.repeat)]
    scans = [run_scan(tree, args.jobs) for _ in range(args.repeat)]
    best = min(scans, key=lambda s: s["wall"])
    g = min(w for w, _ in greps)
    g_cpu = min(c for _, c in greps)
    gp = min(w for w, _ in greps_piped)
    gp_cpu = min(c for _, c in greps_piped)
    scan_cpu = min(s["cpu"] for s in scans)
    peak_mb = max(s["peak_kb"] for s in scans) / 1024
    own_mb = max(s["own_kb"] for s in scans) / 1024
    workers_mb = max(s["workers_kb"] for s in scans) / 1024
    jobs = args.jobs or len(os.sched_getaffinity(0))
    print(f"grep -rE '{GREP_PATTERN}' >/dev/null: best {g:.2f}s wall, {g_cpu:.2f}s CPU")
    print(f"grep -rE '{GREP_PATTERN}' | (pipe): best {gp:.2f}s wall, {gp_cpu:.2f}s CPU")
    print(
        f"license-gate scan:  best {best['wall']:.2f}s wall ({mb / best['wall']:.0f} MiB/s), "
        f"{int(best['files'])} files, {int(best['refs'])} references, {int(best['notes'])} notes"
    )
    print(f"license-gate CPU (all processes): best {scan_cpu:.2f}s")
    print(
        f"ratio to grep: wall {best['wall'] / g:.1f}x (piped grep {best['wall'] / gp:.1f}x), "
        f"CPU {scan_cpu / max(g_cpu, 1e-3):.1f}x (piped {scan_cpu / max(gp_cpu, 1e-3):.1f}x); "
        "target <= 3x"
    )
    print(
        f"peak RSS: main process {own_mb:.0f} MiB, largest worker {workers_mb:.0f} MiB, "
        f"largest process {peak_mb:.0f} MiB; all processes together at most "
        f"{own_mb + workers_mb * (jobs if jobs > 1 else 0):.0f} MiB with {jobs} worker(s) "
        f"(target <= 200 MiB)"
    )
    if fresh and not args.keep and args.dir is None:
        pass  # the tree is cached under /tmp for the next run; delete it by hand when done
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
