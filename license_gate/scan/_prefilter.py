"""Cheap tests that let the scanner skip most files without parsing them.

Stage 1 (`may_contain`, bytes): a file can only hold a reference if it contains one of the
context words the detectors need (model, dataset, tokenizer, checkpoint, ...), a Hub URL form,
a loader or CLI name, or a well-known organisation's `org/` prefix. For large trees the same
fixed strings are handed to `grep -liF` (when installed), which reads non-matching files
without Python ever opening them.

Stage 2 (`worth_scanning`, text): a file passes only when something in it could become a
reference: a Hub URL form, an `org/name`-shaped token that is not a path and has a model-ish
word near it (or a loader anywhere in the file), or a line with a model-ish word and a value
shaped like a legacy id, a sentence-transformers short name, a hosted-API name or an Ollama tag.
Everything else (paths, MIME types, dates, `users/orders` routes far from any model word) is
rejected without running a detector.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
from collections.abc import Sequence

from license_gate.ids import LEGACY_DATASETS
from license_gate.scan._common import KNOWN_ORGS, looks_local, plausible_namespaced

__all__ = ["KEYS", "grep_candidates", "may_contain", "worth_scanning"]

#: Lower-case fixed strings, one of which every file with a reference contains.
_CONTEXT_WORDS: tuple[str, ...] = (
    "model",
    "dataset",
    "ckpt",
    "checkpoint",
    "repo",
    "hub",
    "tokeni",
    "processor",
    "extractor",
    "embed",
    "encoder",
    "llm",
    "rerank",
    "pretrained",
    "teacher",
    "student",
    "adapter",
    "lora",
    "vae",
    "unet",
    "controlnet",
    "backbone",
    "weights",
    "generator",
    "retriever",
    "classifier",
    "transformer",
    "sentence",
    "whisper",
    "clip",
    "judge",
    "corpus",
    "benchmark",
    "eval_set",
    "data_",
    "ds_",
    "space",
    "ollama",
    "pipeline",
    "vllm",
    "gradio",
    "gr.load",
    "mlx_",
    "inference",
    "hf_",
    "hf-",
    "hf:",
    "hf.co",
    "hf/",
    "hfds/",
    "hf download",
    "-hf",
    "huggingface",
    "tune download",
    "litgpt",
    "_info(",
    "list_repo",
    "_exists(",
    "safetensors",
    "load_from_cache",
    "single_file",
    "textual_inversion",
    "gpt",
    "claude",
    "gemini",
)
KEYS: tuple[str, ...] = _CONTEXT_WORDS + tuple(sorted(f"{o}/" for o in KNOWN_ORGS))
_KEYS_RE = re.compile("|".join(re.escape(k) for k in KEYS).encode())


def may_contain(data: bytes) -> bool:
    """Stage 1: whether `data` contains any of `KEYS` (case-insensitively)."""
    return _KEYS_RE.search(data.lower()) is not None


def grep_candidates(paths: Sequence[str], *, jobs: int = 1) -> set[str] | None:
    """The subset of `paths` that `grep -liF` finds a key in; None when grep is unavailable or
    fails (the caller then prefilters in Python)."""
    exe = shutil.which("grep")
    if exe is None or not paths:
        return None
    base = [exe, "-l", "-i", "-F", "-Z", "-s"]
    for k in KEYS:
        base += ["-e", k]
    base.append("--")
    budget = 100_000  # bytes of file names per grep invocation
    batches: list[list[str]] = [[]]
    size = 0
    for p in paths:
        if size + len(p) > budget and batches[-1]:
            batches.append([])
            size = 0
        batches[-1].append(p)
        size += len(p) + 1
    env = {**os.environ, "LC_ALL": "C"}
    found: set[str] = set()
    running: list[tuple[subprocess.Popen[bytes], list[str]]] = []
    try:
        pending = list(batches)
        while pending or running:
            while pending and len(running) < max(1, jobs):
                batch = pending.pop()
                proc = subprocess.Popen(
                    [*base, *batch], stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, env=env
                )
                running.append((proc, batch))
            proc, batch = running.pop(0)
            out, _ = proc.communicate()
            if proc.returncode == 0 or proc.returncode == 1:
                found.update(os.fsdecode(x) for x in out.split(b"\0") if x)
            else:  # unreadable files or a grep that does not understand us: decide in Python
                found.update(batch)
    except OSError:
        for proc, _ in running:
            proc.kill()
        return None
    return found


# --- stage 2 ---------------------------------------------------------------------------------

_URL_FORMS = ("huggingface", "hf.co", "hf://", "hf-hub:", "hf_hub:", "hfds/")
_LOADER_WORDS = (
    "pretrained",
    "load_dataset",
    "pipeline",
    "download",
    "sentencetransformer",
    "crossencoder",
    "_info(",
    "list_repo",
    "inferenceclient",
    "llm(",
    "whispermodel",
    "mlx_",
    "gr.load",
    "gradio",
    "ollama",
    "vllm",
    "embedding",
    "transformer(",
)
_CONTEXT = re.compile(
    r"model|dataset|ckpt|checkpoint|repo_?id|tokeni|processor|extractor|embed|encoder|llm|"
    r"rerank|pretrained|teacher|student|adapter|lora|vae|unet|controlnet|backbone|weights|"
    r"generator|retriever|classifier|transformer|sentence|whisper|clip|judge|corpus|benchmark|"
    r"eval_set|data_|ds_|space|ollama|pipeline|serve|download|hf|base|name_or_path",
    re.IGNORECASE,
)
_ID_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_.-")
_LINE_WORDS = (
    "model",
    "dataset",
    "sentence",
    "transformer",
    "pretrained",
    "tokeni",
    "ollama",
    "llm",
    "embed",
    "checkpoint",
    "ckpt",
    "pipeline",
    "serve",
    "download",
    "encoder",
    "judge",
    "rerank",
    "whisper",
)
_BARE = re.compile(
    r"(?<![\w.-])(?:gpt2|gpt-|bert-|roberta-|distil|t5-|xlm-|albert-|xlnet-|camembert|ctrl\b|"
    r"openai-gpt|transfo-xl|all-m|paraphrase-|multi-qa-|msmarco-|nli-|stsb-|sentence-t5|gtr-t5|"
    r"clip-vit|labse|claude|gemini|o[134]\b|o[134]-|text-embedding|text-davinci|davinci|babbage|"
    r"whisper-1|tts-1|dall-e|gpt-image|chatgpt|mistral|codestral|pixtral|ministral|magistral|"
    r"devstral|open-mi|grok-|deepseek|command|embed-|rerank-|jamba|sonar|[\w.-]+:[\w.-]+|"
    r"anthropic\.|amazon\.|meta\.|cohere\.)",
    re.IGNORECASE,
)
_QUOTED = re.compile(r"[\"'`]([A-Za-z0-9_][\w.-]{0,95})[\"'`]")
_LOOKBACK = 400


def _slashy_ok(text: str, low: str) -> bool:
    """An `org/name` token that could be a reference."""
    loader: bool | None = None
    n = len(text)
    i = text.find("/")
    seen = 0
    while i != -1 and seen < 20_000:
        seen += 1
        a = i
        while a > 0 and text[a - 1] in _ID_CHARS and i - a < 97:
            a -= 1
        b = i + 1
        while b < n and text[b] in _ID_CHARS and b - i < 97:
            b += 1
        if a < i and b > i + 1:
            before = text[a - 1] if a > 0 else " "
            after = text[b] if b < n else " "
            if before not in "/.:@\\" and after != "/":
                tok = text[a:b].rstrip(".")
                ns, _, name = tok.partition("/")
                if not looks_local(tok) and plausible_namespaced(ns, name):
                    if ns.lower() in KNOWN_ORGS:
                        return True
                    start = max(0, a - _LOOKBACK)
                    if _CONTEXT.search(text, start, min(n, b + 80)) is not None:
                        return True
                    if loader is None:
                        loader = any(w in low for w in _LOADER_WORDS)
                    if loader:
                        return True
        i = text.find("/", b)
    return False


def _bare_ok(text: str, low: str) -> bool:
    """A line with a model-ish word and a value shaped like a bare id, service name or tag."""
    done_to = -1
    for w in _LINE_WORDS:
        i = low.find(w)
        while i != -1:
            if i > done_to:
                ls = text.rfind("\n", 0, i) + 1
                le = text.find("\n", i)
                le = len(text) if le == -1 else le
                done_to = le
                line = text[ls:le]
                if len(line) < 4000:
                    if _BARE.search(line) is not None:
                        return True
                    if w == "dataset" or "load_dataset" in line:
                        for m in _QUOTED.finditer(line):
                            v = m.group(1)
                            if v in LEGACY_DATASETS or "(" in line:
                                return True
            i = low.find(w, i + len(w))
    return False


def worth_scanning(text: str) -> bool:
    """Stage 2: whether any detector could find something in `text`."""
    low = text.lower()
    if any(u in low for u in _URL_FORMS):
        return True
    if _slashy_ok(text, low) or _bare_ok(text, low):
        return True
    # `BASE = "gpt2"` ... `from_pretrained(BASE)`: a bare id propagated to a loader
    return any(w in low for w in _LOADER_WORDS) and _BARE.search(text) is not None
