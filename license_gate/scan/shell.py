"""Shell scripts, Dockerfiles, Makefiles, `.env` files (and the shell inside YAML `run:` blocks
and compose `command:`s): command-line flags in both `--flag value` and `--flag=value` forms
across `\\` continuations, `ENV`/`ARG`/`export`/`NAME=value` assignments with model-ish names,
`huggingface-cli download`/`hf download ID`, `vllm serve ID`, `ollama pull|run TAG`,
`lm_eval --model_args pretrained=ID`, with `$VAR`/`${VAR:-default}` propagation.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass, replace
from itertools import pairwise
from pathlib import PurePosixPath

from license_gate import _lazyre
from license_gate.ids import (
    classify_service,
    is_legacy_model,
    is_ollama_family,
    is_ollama_tag,
    provider_model,
)
from license_gate.models import Kind, Reference
from license_gate.scan._common import (
    API_FAMILY_ONLY,
    BARE_NAME,
    DATASET_LOADER,
    DATASET_NAME,
    DATED_NAME,
    FASTER_WHISPER,
    LM_STUDIO,
    MODEL_LOADER,
    MODEL_NAME,
    OLLAMA,
    OLLAMA_FILE,
    REPO_NAME,
    SPACE_LOADER,
    TAG_TOKEN,
    WEAK,
    Hint,
    LineIndex,
    Value,
    child_hint,
    classify_items,
    classify_value,
    distinctive_api_name,
    first_party_api_name,
    harness_selector,
    library_name,
    looks_local,
    name_hint,
    negative_name,
    ref_at,
    sized_ollama_tag,
    url_references,
    versioned_api_name,
    versioned_library_name,
)
from license_gate.scan._prefilter import is_modelfile
from license_gate.scan._tokens import scan_tokens

__all__ = [
    "ShellDetector",
    "comment_api_references",
    "comment_examples",
    "flag_hint",
    "shell_found",
    "shell_references",
]

_TOK = _lazyre.compile(
    r"(?P<comment>(?<![^\s;|&(])#[^\n]*)"  # `#` starts a comment only where a word starts
    # (a quoted word goes on past a `\` at the end of a line: `RUN python -c "\` in a Dockerfile)
    r"|\"(?P<dq>[^\"\n]*(?:\\\n[^\"\n]*)*)\"|'(?P<sq>[^'\n]*(?:\\\n[^'\n]*)*)'"
    # a usage line's alternatives, `--dataset [mbpp|humaneval]`: a placeholder, not a value
    r"|(?P<choice>\[[^\]\s|]+(?:\|[^\]\s|]+)+\]|\{[^}\s|]+(?:\|[^}\s|]+)+\})"
    # `$(nproc)` and `${MODEL:-"org/x"}` stay in their word
    r"|(?P<bare>(?:\$\([^()\n]*\)|\$\{[^{}\n]*\}|(?!\^\r?\n)[^\s'\"\\;|&()<>`,\[\]])+)"
    # (`\` continues a line in a shell script, `^` in a Windows batch file)
    r"|(?P<sep>[\\^]?\r?\n|[;|&]+|#[^\n]*)"
)
_ASSIGN = _lazyre.compile(r"([A-Za-z_][A-Za-z0-9_]*)(?:\?=|:=|\+=|=)(.*)", re.DOTALL)
_VAR = _lazyre.compile(
    r"\$\{?([A-Za-z_][A-Za-z0-9_]*|\d+)(?::?[-=]([^}]*))?\}?|\$\(([A-Za-z_]\w*)\)"
)
#: `: "${DATASET:=org/name}"`: a default assignment through the `:` builtin.
_DEFAULT_ASSIGN = _lazyre.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*):?=([^}]*)\}")
#: The Ollama REST API (`curl localhost:11434/api/pull -d '{"name": "llama3.2"}'`).
_OLLAMA_API = _lazyre.compile(
    r"(?:https?://)?(?:[\w.-]*(?::11434|ollama[\w.-]*(?::\d+)?)|\$\{?OLLAMA\w*\}?)/(?:api/"
    r"(?:pull|push|generate|chat|embed|embeddings|show|create|copy|delete)\b"
    r"|v1/(?:chat/completions|completions|embeddings)\b)",  # its OpenAI-compatible routes
    re.IGNORECASE,
)
#: ... with a JSON body in single quotes over several lines (`-d '{\n  "name": "x"\n}'`).
_OLLAMA_CURL_BODY = _lazyre.compile(
    r"/api/(?:pull|push|generate|chat|embed|embeddings|show|create|copy|delete)\b"
    r"(?:[^\n']|\\\n)*?(?:-d|--data(?:-raw)?)[ \t]+'(?P<body>\{[^']*\n[^']*\})'"
)
#: A command substitution on one line, `$(hf download org/x --quiet)` (not `$((1 + 2))`).
_SUBSTITUTION = _lazyre.compile(r"\$\((?!\()(?P<cmd>[^()\n]+)\)")
#: A curl data flag with a multi-line JSON body (the single-line ones are read as quoted words).
_CURL_DATA = _lazyre.compile(
    # (`'\''`, a quote in the body: `"prompt": "Explain Newton'\''s second law"`)
    r"(?:-d|--data(?:-raw|-binary)?)[ \t]+'(?P<body>\{(?:[^']|'\\'')"
    r"{0,4000}?\n(?:[^']|'\\''){0,4000}?\})'"
)
#: A JSON object in single quotes over several lines, given to a command (`add-json srv '{`).
_QUOTED_JSON = _lazyre.compile(r"(?<=[ \t=])'(?P<body>\{[ \t]*\n[^']{0,8000}?\n[ \t]*\})'")
_FILE_SUFFIX = _lazyre.compile(r"\.(?:json|jsonl|txt|md|csv|log|yaml|yml|py|sh|out|html)$", re.I)
_JSON_PAIR = _lazyre.compile(r"\"([A-Za-z_][\w-]{0,40})\"\s*:\s*\"([^\"]{1,200})\"")
_JSON_MODEL = _lazyre.compile(r"\"(?:model|name|source|destination|from)\"\s*:\s*\"([^\"]+)\"")
_MAKE_ASSIGN = _lazyre.compile(
    r"^[ \t]*(?:export[ \t]+|override[ \t]+)?([A-Za-z_][\w.]*)[ \t]*(?:\?=|:=|::=|\+=|=)[ \t]*"
    r"(\S+)",
    re.MULTILINE,
)
#: A command that writes its here-document to a file (`cat > config.yaml <<EOF`, `tee x.yml`).
_WRITES_FILE = _lazyre.compile(r"\bcat\b[^\n]*>|\btee\b")
#: A here-document that reads as a YAML mapping: its first line is `key:`.
_YAML_BODY = _lazyre.compile(r"\s*[A-Za-z_][\w.-]*:(?:[ \t]|$)", re.M)
_HEREDOC = _lazyre.compile(
    r"<<-?[ \t]*['\"]?(?P<tag>[A-Za-z_]\w*)['\"]?[^\n]*\n(?P<body>.*?)\n[ \t]*(?P=tag)[ \t]*$",
    re.MULTILINE | re.DOTALL,
)
#: A bash array: `models=(org/a "org/b")`, over one line or several (`declare -a` too).
_ARRAY = _lazyre.compile(
    r"^[ \t]*(?:(?:export|local|readonly|declare(?:[ \t]+-[aAgrx]+)*)[ \t]+)?"
    r"(?P<name>[A-Za-z_]\w*)\+?=\((?P<body>[^()`$]{0,20000}?)\)",
    re.MULTILINE,
)
#: A variable whose quoted value holds a list one item a line: `datasets="\norg/a\norg/b\n"`.
_LINES_LIST = _lazyre.compile(
    r"^[ \t]*(?:export[ \t]+)?(?P<name>[A-Za-z_]\w*)=(?P<q>[\"'])\n"
    r"(?P<body>[^\"'$`\\]{1,20000}?)(?P=q)",
    re.MULTILINE,
)
_ARRAY_ITEM = _lazyre.compile(
    r"\"(?P<dq>[^\"\n]*)\"|'(?P<sq>[^'\n]*)'|(?P<bare>[^\s'\"#]+)|#[^\n]*"
)
_ARRAY_USE = _lazyre.compile(r"\$\{(\w+)\[[@*]\]\}")
_HF_CLI = frozenset({"huggingface-cli", "hf"})
#: hf-mirror's downloader: `hfd.sh org/x [--dataset] --tool aria2c`.
_HFD = frozenset({"hfd.sh", "hfd"})
_COMMANDS = _HF_CLI | _HFD | {"vllm", "ollama", "tune", "litgpt", "lms"}
_FLAG_ALIASES: dict[str, Hint] = {
    "hf_path": MODEL_LOADER,
    "hf": MODEL_LOADER,
    "hfr": MODEL_LOADER,
    "hf_repo": MODEL_LOADER,
    "hf_model": MODEL_LOADER,
    "hf_model_id": MODEL_LOADER,
}
_NOT_FLAGS = frozenset(
    {
        "served_model_name",
        "hub_model_id",
        "output_dir",
        "model_type",
        "push_to_hub_model_id",
        "model_max_length",
        "model_revision",
    }
)


@dataclass(frozen=True, slots=True)
class _Tok:
    text: str
    offset: int  # of the content (inside quotes)
    quoted: bool
    value_offset: int = -1  # `NAME="value"`: where the quoted value starts


def _commands(text: str) -> Iterator[list[_Tok]]:
    cmd: list[_Tok] = []
    for m in _TOK.finditer(text):
        g = m.lastgroup
        if g == "comment":
            continue
        if g == "sep":
            sep = m.group()
            if sep[0] in "\\^" and sep[-1] == "\n":
                continue
            if cmd:
                yield cmd
            cmd = []
            continue
        if g == "bare":
            if not cmd and m.group() == "-":  # a YAML list item: `- MODEL_ID=...`
                continue
            tok = _Tok(m.group(), m.start(), False)
        else:
            tok = _Tok(m.group(g or ""), m.start() + 1, True)
        if (
            cmd
            and not cmd[-1].quoted
            and cmd[-1].text.endswith("=")
            and tok.quoted
            and (cmd[-1].offset + len(cmd[-1].text) == m.start())
        ):
            prev = cmd.pop()
            tok = _Tok(prev.text + tok.text, prev.offset, False, tok.offset)
        cmd.append(tok)
    if cmd:
        yield cmd


@dataclass(frozen=True, slots=True)
class ShellFound:
    offset: int
    raw: str
    value: Value


#: Programs whose `download` subcommand fetches something other than a Hub repository.
_NOT_HUB_DOWNLOADERS = frozenset(
    {"kaggle", "gh", "git", "pip", "pip3", "uv", "npm", "pnpm", "yarn", "conda", "mamba", "apt",
     "apt-get", "brew", "go", "cargo", "gdown", "dvc", "civitai", "modelscope", "docker", "nltk",
     "spacy", "wget", "curl", "aws", "gsutil", "gcloud", "az", "rclone", "dagshub"}
)  # fmt: skip
#: A flag naming where a command writes (`--mlx-path`, `--output-dir`, `-o`), not a model; or
#: where a download lands (`--local-dir Qwen/Qwen2.5-7B`, named after the repository).
_OUTPUT_FLAG = _lazyre.compile(
    r"^(?:-o|--?(?:mlx[-_]path|out\w*|save\w*|dest\w*|export\w*|local[-_]dir|cache[-_]dir))$"
)


def flag_hint(flag: str) -> Hint | None:
    """The hint a command-line flag (`--model-id`, `-hf`) gives its value."""
    name = flag.lstrip("-").replace("-", "_").lower()
    if name in _NOT_FLAGS:
        return None
    if name in _FLAG_ALIASES:
        return _FLAG_ALIASES[name]
    if flag.startswith("--"):
        return name_hint(name)
    if ("model" in name or "dataset" in name) and len(name) >= 5:
        return name_hint(name)  # Go's flag package: `go run main.go -model mistral:7b`
    return None


#: A Python script run with a split or a subset: `python hf-download.py org/x --subset all`.
_DATA_SCRIPT_CALL = _lazyre.compile(r"([\w./-]+\.py)\b[^\n]*?[ \t]--(?:subset|split|splits)\b")
#: An assignment whose value is a whole command line (`CMD="python train.py --model x"`), or
#: an alias's (`alias opencode-claude='opencode --model anthropic/claude-sonnet-4-5'`).
_QUOTED_ASSIGN = _lazyre.compile(r"[A-Za-z_][\w.-]*=(?=\S*\s)")


_NAME = _lazyre.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_KEY = _lazyre.compile(r"[A-Za-z_][\w.-]*")
_COMMA_RUN = _lazyre.compile(r"[^\s'\"\\;|&()<>`]+")
#: lm-eval's `pretrained=org/x,max_pixels=$MAX_PIXELS`: a key=value list, some values variables
_KEY_VALUE_LIST = _lazyre.compile(r"[A-Za-z_]\w*=[^$,=]+,[A-Za-z_]\w*=")
#: Flags whose value is a `NAME=value` setting: `--build-arg=MODEL_ID=org/x`, `--env=...`.
_PAIR_FLAGS = frozenset({"--build-arg", "--env", "-e", "--set", "--set-string", "--var"})
#: (Gemma 3n's and 4's effective sizes too: `gemma4:e2b`)
_SIZED_TAG = _lazyre.compile(r"([a-z][\w.-]*):(?:\d+(?:\.\d+)?[bmBM]|e\d+b)(?:-[\w.-]+)?")


def _api_literal(name: str, val: str) -> Hint | None:
    """`ref_name=${2:-"gpt-3.5-turbo-0125"}`: a first-party hosted-API name assigned to a name
    that says nothing is still that model."""
    if negative_name(name):
        return None
    values = [val] + [vm.group(2) or "" for vm in _VAR.finditer(val)]
    if any(first_party_api_name(v.strip("\"'")) for v in values):
        return MODEL_NAME
    return None


def _selector_labels(values: list[str], hint: Hint) -> set[str]:
    """The bare names of a list of datasets of which one at least is none the Hub has (BEIR's
    `("nfcorpus" "scifact" "scidocs")`): a harness's own names, the known ones included."""
    if hint.kind is not Kind.DATASET:
        return set()
    bare = {v for v in values if "/" not in v and BARE_NAME.fullmatch(v)}
    return bare if harness_selector(bare, hint) else set()


_PLAIN_VAR = _lazyre.compile(r"\$(?:\{(\w+)\}|(\w+))")
#: A script argument's or a variable's default as a whole value: `${2:-org/x}`.
_POSITIONAL_DEFAULT = _lazyre.compile(r"\$\{\w+:?-([^${}\s]+)\}")


def _compose(word: str, env: dict[str, list[tuple[int, str]]]) -> str | None:
    """`mucai/$model_name` with `model_name` set once, to a plain word: the word it builds
    (None when a part is not known, or the word is nothing but a variable)."""
    literal = _PLAIN_VAR.sub("", word)
    if literal in ("", "/") or "$" in literal:
        return None
    parts = _PLAIN_VAR.split(word)
    out = []
    for i, part in enumerate(parts):
        if i % 3 == 0:
            out.append(part)
        elif part:
            values = {v for _, v in env.get(part, ())}
            if len(values) != 1:
                return None
            value = values.pop()
            if not value or "$" in value or any(c.isspace() for c in value):
                return None
            out.append(value)
    return "".join(out)


def _python_found(body: str, base: int) -> list[ShellFound]:
    """A program the script runs (`python - <<'PY'`, `python -c "..."`), read as Python; `base`
    is where `body` starts in the script."""
    from license_gate.scan.python import python_references  # (python imports shell)

    index = LineIndex(body)
    return [
        ShellFound(
            base + index.starts[r.line - 1] + r.column - 1,
            r.text,
            Value(r.kind, r.identifier, r.revision),
        )
        for r in python_references("inline.py", body)
    ]


def shell_found(text: str, *, make: bool = False, _depth: int = 0) -> list[ShellFound]:
    """Every value in shell-like `text` (quoted commands such as `sh -c "..."` and
    `python -c "..."` included)."""
    out: list[ShellFound] = []
    env: dict[str, list[tuple[int, str]]] = {}
    uses: list[tuple[str, Hint, str | None]] = []  # (variable, hint, the command's revision)

    def value_at(tok_text: str, offset: int, hint: Hint | None) -> None:
        if hint is None or not tok_text:
            return
        if tok_text[:1] in "\"'" and tok_text.count(tok_text[0]) == 1 and len(tok_text) > 1:
            # the first word of a quoted list: `MODELS_TO_RUN="anthropic/claude-... openai/..."`
            tok_text, offset = tok_text[1:], offset + 1
        if text[offset : offset + 1] in ("'", '"') and text.startswith(tok_text, offset + 1):
            offset += 1  # `--flag="org/x"`: the id is after the quote
        if text[offset - 1 : offset] == "<" and (
            text[offset + len(tok_text) :].startswith(">") or text[offset - 2 : offset] == "\\<"
        ):
            # a placeholder: `ollama pull <model>`, Markdown's escaped `\<your\_model\_name\>`
            return
        if text[offset + len(tok_text) : offset + len(tok_text) + 1] == "," and text.startswith(
            tok_text, offset
        ):
            # `ALLOWED_MODELS=phi3:mini,qwen2.5-coder:7b`: the words split at the commas; the
            # value is the whole list
            run = _COMMA_RUN.match(text, offset)
            if (
                run is not None
                and not any(c in run.group() for c in "=${}")
                and run.group().rstrip(",") != tok_text  # (`pretrained=org/x,`: a list of one)
            ):
                tok_text = run.group()  # (not lm-eval's `pretrained=org/x,dtype=float`)
        if text[offset + len(tok_text) :].startswith("]"):
            j = offset
            while j > 0 and (text[j - 1].isalnum() or text[j - 1] in "_.=-"):
                j -= 1
            if text[j - 1 : j] == "[":
                return  # a usage synopsis's optional argument: `[dataset=wmt14/full]`
        if "$" in tok_text and not _KEY_VALUE_LIST.match(tok_text):
            k, eq, v = tok_text.partition("=")
            if eq and "=" not in v and _KEY.fullmatch(k):
                kh = name_hint(k) or _pretrained(k)
                if kh is not None and kh is not hint:
                    # `dataset_config.dataset_path=${DATASET_PATH}`: the key says what the
                    # variable holds, not the command that takes the pair
                    value_at(v, offset + len(k) + 1, kh)
                    return
            composed = _compose(tok_text, env)
            value = classify_value(composed, hint) if composed is not None else None
            if value is not None and value.kind is not Kind.SERVICE and not hint.weak:
                # `model_name=vip-llava-7b` / `model_path=mucai/$model_name`: the id as built
                out.append(ShellFound(offset, tok_text, value))
                return
            for vm in _VAR.finditer(tok_text):
                var = vm.group(1) or vm.group(3)
                default = vm.group(2)
                if default:
                    q = 1 if default[:1] in "\"'" and default[-1:] == default[:1] else 0
                    value_at(default[q : len(default) - q], offset + vm.start(2) + q, hint)
                elif var:
                    uses.append((var, hint, None))
            return
        k0, eq0, v0 = tok_text.partition("=")
        if eq0 and v0.startswith(("{", "[")) and name_hint(k0) is None:
            # jupyter-ai's `--AiExtension.model_parameters openai/gpt-4.1='{...}'`: settings
            # keyed by the model
            tok_text = k0
        if "," in tok_text and "=" in tok_text:
            # lm-eval's `pretrained=org/x,revision=step100000,dtype=float`
            mark = len(out)
            pos = 0
            rev: str | None = None
            for part in tok_text.split(","):
                k, eq, v = part.partition("=")
                if eq and k.strip() == "revision" and v.strip():
                    rev = v.strip()
                elif eq:
                    value_at(v, offset + pos + len(k) + 1, name_hint(k) or _pretrained(k))
                pos += len(part) + 1
            if rev is not None:
                for i in range(mark, len(out)):
                    f = out[i]
                    if f.value.kind is not Kind.SERVICE and f.value.revision is None:
                        out[i] = ShellFound(f.offset, f.raw, replace(f.value, revision=rev))
            return
        if tok_text.count("=") == 1 and not tok_text.startswith(("http", "hf")):
            k, _, v = tok_text.partition("=")
            kh = name_hint(k) or _pretrained(k)
            if kh is not None:
                value_at(v, offset + len(k) + 1, kh)
                return

        for off, item, value in classify_items(tok_text, hint):
            out.append(ShellFound(offset + off, item, value))

    if make:
        for m in _MAKE_ASSIGN.finditer(text):
            name, val = m.group(1), m.group(2)
            env.setdefault(name, []).append((m.start(2), val.strip("\"'")))
            value_at(val.strip("\"'"), m.start(2) + (1 if val[:1] in "\"'" else 0), name_hint(name))

    if "=(" in text:
        for am in _ARRAY.finditer(text):
            name, base = am.group("name"), am.start("body")
            hint = name_hint(name) or WEAK
            items: list[tuple[str, int]] = []
            for im in _ARRAY_ITEM.finditer(am.group("body")):
                g = im.lastgroup
                if g is None:
                    continue  # a comment inside the array
                items.append((im.group(g).rstrip(","), base + im.start(g)))  # `(a, b, c)` typos
            labels = _selector_labels([item for item, _ in items], hint)
            for item, off in items:
                if " " in item.strip() and "/" in item.split()[0]:
                    # `input_params=("facebook/xglm-7.5B 2" ...)`: an id and its arguments
                    lead = len(item) - len(item.lstrip())
                    item, off = item.split()[0], off + lead
                env.setdefault(name, []).append((off, item))
                if item not in labels:
                    value_at(item, off, hint)

    if '="\n' in text or "='\n" in text:
        for lm in _LINES_LIST.finditer(text):
            # tuna's `datasets="\norg/a\nsft:org/b:hard\n"`: a list one item a line, split
            # later by the script (`for d in $datasets`)
            listed = name_hint(lm.group("name"))
            if listed is None or listed.weak:
                continue
            base = lm.start("body")
            for im in re.finditer(r"[^\s]+", lm.group("body")):
                value_at(im.group(), base + im.start(), listed)

    # scripts the file runs with a split or a subset somewhere: their positional ids are
    # datasets in every call (`hf-download.py org/x --subset all`, then `hf-download.py org/y`)
    data_scripts = (
        frozenset(m.group(1) for m in _DATA_SCRIPT_CALL.finditer(text))
        if "--subset" in text or "--split" in text
        else frozenset()
    )
    faster_whisper = "hisper" in text and _FASTER_WHISPER_FILE.search(text) is not None
    for cmd in _commands(text):
        mark, umark = len(out), len(uses)
        if cmd and cmd[0].text[:5].lower() == "$env:" and not cmd[0].quoted:
            # PowerShell's `$env:HF_MODEL = "org/x"` (or `='org/x'`): an environment setting
            cmd = [replace(cmd[0], text=cmd[0].text[5:], offset=cmd[0].offset + 5), *cmd[1:]]
        words = [t.text for t in cmd]
        _command(cmd, words, env, value_at, data_scripts, faster_whisper)
        out.extend(_run_verb_api(cmd, {f.offset for f in out[mark:]}))
        if _depth < 2:
            for k, t in enumerate(cmd):
                qa = _QUOTED_ASSIGN.match(t.text) if not t.quoted else None
                if qa is not None and text[t.offset + qa.end() : t.offset + qa.end() + 1] in "\"'":
                    # `vllm_command="vllm serve org/x --port 8000"`, run later as `$vllm_command`
                    base = t.offset + qa.end() + 1
                    out.extend(
                        ShellFound(base + f.offset, f.raw, f.value)
                        for f in shell_found(t.text[qa.end() :], _depth=_depth + 1)
                    )
                    continue
                if not t.quoted or not any(c.isspace() or c == ";" for c in t.text):
                    continue
                is_py = k >= 2 and words[k - 1] == "-c" and "python" in words[k - 2].lower()
                if is_py and _depth == 0 and ("import" in t.text or "(" in t.text):
                    # `python -c "from modelscope import snapshot_download; ..."`: the program,
                    # read as Python (whose imports say which hub a call downloads from)
                    out.extend(_python_found(t.text, t.offset))
                    continue
                # `curl ... -d '{"model": "org/x", ...}'`: a JSON body, read as data
                if is_py or t.text.lstrip().startswith(("{", "[")):
                    out.extend(
                        ShellFound(t.offset + f.offset, f.raw, f.value) for f in scan_tokens(t.text)
                    )
                else:
                    out.extend(
                        ShellFound(t.offset + f.offset, f.raw, f.value)
                        for f in shell_found(t.text, _depth=_depth + 1)
                    )
        rev = _revision_of(words)
        if rev and rev.startswith("$"):  # `--revision $revision`: the variable's one value
            vm = _VAR.fullmatch(rev)
            var = vm.group(1) if vm is not None else None
            values = {v for _, v in env.get(var or "", ())}
            rev = next(iter(values)).strip("\"'") if len(values) == 1 else None
        if rev:
            uses[umark:] = [(var, hint, rev) for var, hint, _ in uses[umark:]]
            for k in range(mark, len(out)):
                f = out[k]
                if f.value.kind is not Kind.SERVICE and f.value.revision is None:
                    out[k] = ShellFound(f.offset, f.raw, replace(f.value, revision=rev))
    if "/api/" in text and "'{" in text:
        for cm in _OLLAMA_CURL_BODY.finditer(text):
            line_start = text.rfind("\n", 0, cm.start()) + 1
            # Ollama's own host and port, or its routes behind another (a proxy's `:8008`):
            # there the body's name is read as any model name is
            ours = _OLLAMA_API.search(text, line_start, cm.end()) is not None
            for jm in _JSON_MODEL.finditer(cm.group("body")):
                if ours or jm.group().startswith('"model"'):
                    hint = OLLAMA if ours else MODEL_NAME
                    value_at(jm.group(1), cm.start("body") + jm.start(1), hint)
    if _depth == 0 and "curl" in text and "'{" in text:
        # an OpenAI-compatible request body over several lines: `-d '{\n"model": "org/x",...}'`
        curl_at = text.find("curl")
        while curl_at != -1:
            dm = _CURL_DATA.search(text, curl_at, min(len(text), curl_at + 2000))
            if dm is not None and "/api/" not in text[curl_at : dm.start()]:  # (Ollama: above)
                base = dm.start("body")
                out.extend(
                    ShellFound(base + f.offset, f.raw, f.value)
                    for f in scan_tokens(dm.group("body"))
                )
            curl_at = text.find("curl", curl_at + 4)
    if _depth == 0 and "'{" in text:
        # a config given whole to another command over several lines (`claude mcp add-json srv
        # '{\n  "env": {"GROK_MODEL": "grok-4"}\n}'`): its keys say what their values are
        for qm in _QUOTED_JSON.finditer(text):
            line_start = text.rfind("\n", 0, qm.start()) + 1
            if "curl" in text[line_start : qm.start()] or qm.group("body").count("\n") > 200:
                continue  # (a request body: above)
            base = qm.start("body")
            for jp in _JSON_PAIR.finditer(qm.group("body")):
                kh = name_hint(jp.group(1))
                if kh is not None and not kh.weak:
                    value_at(jp.group(2), base + jp.start(2), kh)
    if _depth == 0 and "<<" in text:
        for hm in _HEREDOC.finditer(text):
            body, base = hm.group("body"), hm.start("body")
            head = text[text.rfind("\n", 0, hm.start()) + 1 : hm.start()]
            if "python" in head:
                # `python - <<'PY'`: the program itself, read as Python
                out.extend(_python_found(body, base))
            elif _WRITES_FILE.search(head + hm.group(0).split("\n", 1)[0]) and _YAML_BODY.match(
                body
            ):
                # `cat > "$CONFIG_FILE" << EOF` over `model_name: "gpt-4o"`: a config file the
                # script writes, read as one (config reads shell, so imported here)
                from license_gate.scan.config import yaml_values

                for off, yraw, yhint in yaml_values(body):
                    out.extend(
                        ShellFound(base + off + k, item, value)
                        for k, item, value in classify_items(yraw, yhint)
                    )
    if uses and env:
        at = {f.offset: i for i, f in enumerate(out)}
        for var, hint, use_rev in uses:
            labels = _selector_labels([raw for _, raw in env.get(var, ())], hint)
            for offset, raw in env.get(var, ()):
                if raw in labels:
                    continue
                if "=" in raw and "$" not in raw:
                    # `backend_args="pretrained=org/x"` passed as `--model_args $backend_args`
                    value_at(raw, offset, hint)
                    continue
                dm = _POSITIONAL_DEFAULT.fullmatch(raw.strip("\"'"))
                if dm is not None:
                    # `REPO_ID="${2:-org/x}"` passed as `--dataset.repo_id="$REPO_ID"`: its default
                    raw = dm.group(1).strip("\"'")
                    offset = text.find(raw, offset)
                    if offset == -1:
                        continue
                value = classify_value(raw, hint)
                if value is not None:
                    if use_rev and value.kind is not Kind.SERVICE and value.revision is None:
                        value = replace(value, revision=use_rev)
                    found_at = at.get(offset)
                    if found_at is not None and hint.strong:
                        # what the command does with it decides its kind, not the variable's
                        # name (`SPACE_NAME=org/x-GGUF; huggingface-cli download "$SPACE_NAME"`)
                        out[found_at] = ShellFound(offset, raw, value)
                    else:
                        out.append(ShellFound(offset, raw, value))
    if _depth == 0 and "$(" in text:
        # `CHECKPOINT_DIR=$(huggingface-cli download org/x)`: the command a substitution runs
        inner = [
            ShellFound(sm.start("cmd") + f.offset, f.raw, f.value)
            for sm in _SUBSTITUTION.finditer(text)
            for f in shell_found(sm.group("cmd"), _depth=1)
        ]
        if inner:  # (what the inner command does with a word says more than the outer line)
            taken = {f.offset for f in inner}
            out = [f for f in out if f.offset not in taken] + inner
    if " set " in text or "\nset " in text or text.startswith("set "):
        # a tool's own settings command: `yacodebase-mcp config set embedding-model x`,
        # `llm models default ...` aside; the key says what the value is
        have = {f.offset for f in out}
        for m in _SET_COMMAND.finditer(text):
            key_hint = name_hint(m.group("k"))
            if key_hint is None or key_hint.weak or m.start("v") in have:
                continue
            value = classify_value(m.group("v"), key_hint)
            if value is not None:
                out.append(ShellFound(m.start("v"), m.group("v"), value))
    return out


#: `<tool> config set <key> <value>`: a setting given on the command line.
_SET_COMMAND = _lazyre.compile(
    r"(?<![\w-])(?:config|configure|settings)[ \t]+set[ \t]+(?P<k>[A-Za-z][\w.-]{0,60})[ \t]+"
    r"(?P<v>[\w.:/@-]{2,200})(?=[ \t]|$)",
    re.M,
)


def _command(
    cmd: list[_Tok],
    words: list[str],
    env: dict[str, list[tuple[int, str]]],
    value_at: Callable[[str, int, Hint | None], None],
    data_scripts: frozenset[str] = frozenset(),
    faster_whisper: bool = False,
) -> None:
    if cmd:
        i = 0
        # leading assignments: `export A=b`, `ENV A=b`, `ARG A=b`, `A=b cmd`
        start = 0
        if words and words[0] in (
            "export",
            "%env",
            "%set_env",
            "ENV",
            "ARG",
            "declare",
            "local",
            "readonly",
            "set",
            "setx",
            "env",
        ):
            start = 1
        named = _spaced_assignment(cmd, words)
        if named is not None:
            name, tok = named
            env.setdefault(name, []).append((tok.offset, tok.text))
            value_at(tok.text, tok.offset, name_hint(name))
            return
        assigned = start  # the leading assignments end here
        for t in cmd[start:]:
            am = _ASSIGN.fullmatch(t.text) if not t.quoted else None
            if am is None:
                break
            assigned += 1
            name, val = am.group(1), am.group(2)
            voff = (
                t.value_offset
                if t.value_offset >= 0
                else t.offset + len(name) + (t.text[len(name) :].index("=") + 1)
            )
            env.setdefault(name, []).append((voff, val))
            vh = name_hint(name) or _api_literal(name, val)
            if vh is not None and "whisper" in name.lower() and faster_whisper:
                # `WHISPER_MODEL=large-v3` in a file that says faster-whisper or WhisperX: the
                # size is the Hub repository it downloads, `Systran/faster-whisper-large-v3`
                vh = FASTER_WHISPER
            words_in = val.strip("\"'").split()
            if vh is not None and len(words_in) > 1 and "=" not in val and "$" not in val:
                # `MODELS_TO_RUN="anthropic/claude-sonnet-4-20250514 openai/gpt-4o-mini"`
                for wm in _WORD.finditer(val):
                    value_at(
                        wm.group().strip("\"'"), voff + wm.start() + (wm.group()[:1] in "\"'"), vh
                    )
            else:
                # (any name, for an id only a well-known organisation's: `HF_URL=mistralai/...`)
                value_at(val, voff, vh or WEAK)
        if words[assigned : assigned + 1] == ["gh"]:
            return  # the GitHub CLI: `gh release download --repo arm/x` names a GitHub repo
        # `: "${DATASET:=org/name}"`
        if words[0] == ":":
            for t in cmd[1:]:
                for dm in _DEFAULT_ASSIGN.finditer(t.text):
                    voff = t.offset + dm.start(2)
                    env.setdefault(dm.group(1), []).append((voff, dm.group(2)))
                    value_at(dm.group(2), voff, name_hint(dm.group(1)))
            return
        # `curl http://localhost:11434/api/pull -d '{"name": "llama3.2:1b"}'`
        if any(_OLLAMA_API.match(w) for w in words):
            for t in cmd:
                if t.quoted and "{" in t.text:
                    for jm in _JSON_MODEL.finditer(t.text):
                        value_at(jm.group(1), t.offset + jm.start(1), OLLAMA)
        elif "curl" in words or any(t.quoted and t.text.lstrip("'\" \n")[:1] == "{" for t in cmd):
            # a request's JSON body or form field: `-d '{"model_id": "gpt2", ...}'`, `-F
            # 'spec={"model_id":"google/vit-base-patch16-224",...}'`; a config given whole to
            # any command (`claude mcp add-json srv '{"env": {"GROK_MODEL": "grok-4"}}'`)
            for t in cmd:
                if t.quoted and "{" in t.text and '":' in t.text.replace(" ", ""):
                    for jp in _JSON_PAIR.finditer(t.text):
                        kh = name_hint(jp.group(1))
                        if kh is not None and not kh.weak:
                            value_at(jp.group(2), t.offset + jp.start(2), kh)
        # `for m in a b c; do`
        if len(words) > 3 and words[0] == "for" and words[2] == "in":
            loop_hint = name_hint(words[1]) or WEAK
            labels = _selector_labels(words[3:], loop_hint)
            for t in cmd[3:]:
                arrays = _ARRAY_USE.findall(t.text)
                if arrays:  # `for m in "${models[@]}"`: the loop variable takes the items
                    for arr in arrays:
                        env.setdefault(words[1], []).extend(env.get(arr, ()))
                    continue
                env.setdefault(words[1], []).append((t.offset, t.text))
                # `for model in "nomic-embed-text" "llama3.2:3b"`: the loop variable's name
                if t.text not in labels:
                    value_at(t.text, t.offset, loop_hint)
            return
        # `key=value` arguments: `"model_name=org/x"`, `pretrained=org/x,dtype=auto`
        for t in cmd[max(1, assigned) :]:
            if "=" in t.text and not t.text.startswith("-"):
                k = t.text.split("=", 1)[0]
                if _KEY.fullmatch(k) is None:
                    continue  # `echo "usage: $0 [dataset=wmt14/full]"`: text, not an argument
                if (name_hint(k) or _pretrained(k)) and t.value_offset < 0:
                    value_at(t.text, t.offset, MODEL_LOADER)
                elif name_hint(k) or _pretrained(k):  # `model_name="org/x"`: a quoted value
                    value_at(t.text[len(k) + 1 :], t.value_offset, MODEL_LOADER)
        # HELM's run entries: `--run-entries "pubmed_qa:model=openai/gpt2,model_deployment=..."`
        for t in cmd[1:]:
            if "model=" in t.text:
                for rm in _RUN_ENTRY_MODEL.finditer(t.text):
                    value_at(rm.group("v"), t.offset + rm.start("v"), MODEL_LOADER)
        # `python3 tester.py llama3.1:70b average 3`, `palimpsests chat qwen2.5:7b -m "..."`: an
        # Ollama tag with a size, given to a script or a project's command
        if len(words) > 1 and words[0] not in ("docker", "podman", "kubectl", "helm"):
            for t in cmd[1:]:
                sm = _SIZED_TAG.fullmatch(t.text)
                if sm is not None and is_ollama_family(sm.group(1)):
                    value_at(t.text, t.offset, OLLAMA)
        # a project's script around `ollama pull`: `npm run docker:ollama:pull llama3.2`,
        # `make ollama-pull mistral`: the names after it, as `ollama pull` takes them
        for j, w in enumerate(words[:6]):
            if _OLLAMA_SCRIPT.fullmatch(w) is not None and j > 0:
                for extra in cmd[j + 1 : j + 8]:
                    x = extra.text
                    if x.startswith("-") or not (is_ollama_tag(x) or is_ollama_family(x)):
                        break
                    value_at(x, extra.offset, OLLAMA)
                break
        # commands with positional ids
        lowered = [w.lower() for w in words]
        for j, w in enumerate(lowered):
            base = PurePosixPath(w.replace("\\", "/")).name if "/" in w or "\\" in w else w
            base = base.removesuffix(".exe")  # `.\Scripts\huggingface-cli.exe download org/x`
            if base not in _COMMANDS:
                continue
            nxt = _positional_after(cmd, j + 1)
            if base in _HF_CLI and nxt is not None and cmd[nxt].text == "download":
                target = _positional_after(cmd, nxt + 1)
                if target is not None:
                    kind_hint = _repo_type_hint(words)
                    value_at(cmd[target].text, cmd[target].offset, kind_hint)
            elif base in _HFD and nxt is not None:
                kind_hint = DATASET_LOADER if "--dataset" in words[j:] else MODEL_LOADER
                value_at(cmd[nxt].text, cmd[nxt].offset, kind_hint)
            elif base == "vllm" and nxt is not None and cmd[nxt].text == "serve":
                target = _positional_after(cmd, nxt + 1)
                if target is not None:
                    value_at(cmd[target].text, cmd[target].offset, MODEL_LOADER)
            elif (
                base == "ollama"
                and PurePosixPath(words[j]).name == "ollama"  # (not prose: `Install Ollama, pull`)
                and nxt is not None
                and cmd[nxt].text
                in (
                    "pull",
                    "run",
                    "show",
                    "cp",
                    "push",
                    "stop",
                    "rm",
                )
            ):
                target = _positional_after(cmd, nxt + 1)
                if target is not None:
                    value_at(cmd[target].text, cmd[target].offset, OLLAMA)
                    if cmd[nxt].text == "pull":
                        # `ollama pull llama3.2 nomic-embed-text qwen3:1.7b` as READMEs write it
                        for extra in cmd[target + 1 : target + 8]:
                            w = extra.text
                            if w.startswith("-") or not (":" in w or is_ollama_family(w)):
                                break
                            value_at(w, extra.offset, OLLAMA)
            elif (
                base == "lms"
                and words[j] == "lms"
                and nxt is not None
                and cmd[nxt].text in ("get", "load")
            ):
                # LM Studio's CLI: a Hub repository (`lms get org/x-GGUF`) or its catalogue's
                # own name (`lms load qwen2.5-7b-instruct-mlx`)
                target = _positional_after(cmd, nxt + 1)
                if target is not None:
                    value_at(cmd[target].text, cmd[target].offset, LM_STUDIO)
            elif base in ("tune", "litgpt") and nxt is not None and cmd[nxt].text in ("download",):
                target = _positional_after(cmd, nxt + 1)
                if target is not None:
                    value_at(cmd[target].text, cmd[target].offset, MODEL_LOADER)
        if (
            len(cmd) > 2
            and words[1] == "download"
            and PurePosixPath(words[0]).name.lower() not in _NOT_HUB_DOWNLOADERS
            and not words[2].startswith("-")
            and words[2].count("/") == 1
        ):
            # a model tool's own CLI, `abstractvision download AbstractFramework/qwen-image-4bit`:
            # a repository, when its name reads as a model's (not a tool that downloads GitHub
            # repositories, packages or Kaggle datasets)
            value_at(cmd[2].text, cmd[2].offset, REPO_NAME)
        # aider's `--alias 'haiku:openrouter/anthropic/claude-3-5-haiku'`: the model behind a
        # short name the same command then passes to `--weak-model haiku`
        aliases: set[str] = set()
        for j in range(len(cmd) - 1):
            if cmd[j].text == "--alias":
                alias, sep, aliased = cmd[j + 1].text.partition(":")
                if sep and aliased and alias:
                    aliases.add(alias)
                    value_at(aliased, cmd[j + 1].offset + len(alias) + 1, MODEL_NAME)
        # flags
        while i < len(cmd):
            t = cmd[i]
            w = t.text
            if (w.startswith("-") and len(w) > 1 and not t.quoted) or (
                t.quoted and w.startswith("--") and " " not in w
            ):
                flag, eq, val = w.partition("=")
                hint = flag_hint(flag)
                nxt_text = val if eq else cmd[i + 1].text if i + 1 < len(cmd) else ""
                if (
                    hint is None
                    and flag == "-m"
                    and (distinctive_api_name(nxt_text) or provider_model(nxt_text) is not None)
                ):
                    # `gommit -m gpt-4o-mini`, `clai -m anthropic:claude-x` (not `python -m pkg`)
                    hint = MODEL_NAME
                if (
                    hint is None
                    and len(flag) == 2
                    and flag[1].isalpha()
                    and not eq
                    and distinctive_api_name(nxt_text)
                    and _FILE_SUFFIX.search(nxt_text) is None
                    and words[0] != "git"  # `git checkout -b gpt-5-support`: a branch
                ):
                    # a tool's own short flags: `pm-eval battle "..." -a gpt-4o -b
                    # claude-3-5-sonnet` (a hosted name that says what it is)
                    hint = MODEL_NAME
                if hint is None and flag == "-m" and _runs_llm(words[:i]):
                    hint = MODEL_NAME  # Simon Willison's `llm -m gemini-flash-latest "..."`
                if (
                    hint is None
                    and flag == "-m"
                    and OLLAMA_FILE.get()
                    and library_name(nxt_text.strip("\"'"))
                    and any(w.endswith(".py") for w in words[:i])
                ):
                    # `python src/ollama_chat/main.py -m phi3` in a Makefile of Ollama targets
                    # (a script's option, not `python -m pkg`)
                    hint = OLLAMA
                if (
                    hint is None
                    and flag in ("-m", "--models")
                    and "ollama" in PurePosixPath(words[0]).name.lower()
                    and words[0] != "ollama"
                ):
                    # a tool built on Ollama: `ollama-bench run -m llama3 --category llm`, and
                    # the library's names after it (`-m llama3 mistral qwen2`)
                    hint = OLLAMA
                    for j in range(i + 2, len(cmd)):
                        if words[j].startswith("-"):
                            break
                        if is_ollama_family(words[j].partition(":")[0]):
                            value_at(cmd[j].text, cmd[j].offset, OLLAMA)
                if hint is None and flag in ("--repository", "--repo") and "download" in words[:i]:
                    hint = _repo_type_hint(words)  # `ilab model download --repository org/x`
                if hint is MODEL_NAME and _dataset_script(words[:i]) and _is_id_flag(flag):
                    hint = DATASET_NAME  # `visualize_dataset.py --repo-id org/x`
                if hint is None and eq and flag in _PAIR_FLAGS and "=" in val:
                    # `--build-arg="MODEL_ID=org/x"`: a setting handed over by the flag
                    k, _, v = val.partition("=")
                    kh = name_hint(k) if _KEY.fullmatch(k) else None
                    start = t.value_offset if t.value_offset >= 0 else t.offset + len(flag) + 1
                    if kh is not None and v:
                        value_at(v, start + len(k) + 1, kh)
                if hint is not None and flag != "--alias" and nxt_text in aliases:
                    hint = None
                if hint is not None:
                    if eq:
                        value_at(val, t.offset + len(flag) + 1, hint)
                    elif i + 1 < len(cmd) and not cmd[i + 1].text.startswith("-"):
                        value_at(cmd[i + 1].text, cmd[i + 1].offset, hint)
                        i += 1
                        # `--dataset_name org/a b c` (nargs="+"): every value names a dataset;
                        # `--reward_model org/a org/b`: further Hub ids name models too
                        # `--model-list vicuna-13b-v1.3 claude-v1 gpt-4`: a flag named for a
                        # list takes every word up to the next flag
                        plural = _PLURAL_FLAG.search(flag) is not None
                        while (
                            i + 1 < len(cmd)
                            and not cmd[i + 1].text.startswith("-")
                            and (
                                hint.kind is Kind.DATASET
                                or plural
                                or cmd[i + 1].text.count("/") == 1
                            )
                        ):
                            value_at(cmd[i + 1].text, cmd[i + 1].offset, hint)
                            i += 1
            i += 1
        if PurePosixPath(words[0]).name.lower().startswith(("ollama-", "ollama_")):
            # a tool built on Ollama given a tag: `ollama-export llama3:instruct -o x.tar.gz`
            for t in cmd[1:]:
                if ":" in t.text and not t.text.startswith("-") and is_ollama_tag(t.text):
                    value_at(t.text, t.offset, OLLAMA)
        if words[:3] == ["llm", "models", "default"] and len(cmd) > 3:
            value_at(cmd[3].text, cmd[3].offset, MODEL_NAME)  # `llm models default <model>`
        # well-known `org/name` anywhere on the command line (not `docker run`'s image)
        image = _container_image(words)
        if (
            image is not None
            and "vllm" in words[image].partition(":")[0].lower()
            and image + 1 < len(cmd)
            and not words[image + 1].startswith("-")
            and words[image + 1].count("/") == 1
        ):
            # `docker run ... vllm/vllm-openai:v0.9.0 org/x --dtype half`: the image's entrypoint
            # is `vllm serve`, its first argument the model
            value_at(cmd[image + 1].text, cmd[image + 1].offset, MODEL_LOADER)
        data_script = bool(data_scripts) and any(w in data_scripts for w in words[:3])
        for at, t in enumerate(cmd[1:], start=1):
            if at == image:
                continue
            if t.text.count("/") == 1 and "=" not in t.text and not t.text.startswith("-"):
                if _OUTPUT_FLAG.search(words[at - 1]) is not None:
                    continue  # `mlx_lm.dwq --mlx-path mlx-community/x`: where it writes
                if _RESOURCE_FLAG.search(words[at - 1]) is not None:
                    continue  # `--k8s_gpu_type baidu/gpu_p40`: the hardware a job asks for
                if data_script and not words[at - 1].startswith("-"):
                    value_at(t.text, t.offset, DATASET_NAME)
                    continue
                value_at(t.text, t.offset, WEAK)
        # `.\\cambiar_modelo.ps1 gpt-4o`, `./switch-model.sh llama3:8b`: a script named for
        # the model it switches to, given one
        first = 1 if words[0] in _SCRIPT_RUNNERS and len(words) > 1 else 0
        if _MODEL_SWITCH.search(words[first]) is not None:
            for pos in range(first + 1, min(len(cmd), first + 4)):
                if not words[pos].startswith("-") and not words[pos - 1].startswith("-"):
                    value_at(words[pos], cmd[pos].offset, MODEL_NAME)
        # `python3 roc_test.py bert bert-base-cased`: a script's positional legacy model ids;
        # `python convert_model.py org/name out/`: any id when the script's name says model
        if _runs_python(words):
            script = next((w for w in words[1:] if not w.startswith("-")), "")
            modelish = _MODEL_SCRIPT.search(PurePosixPath(script).name) is not None
            for pos in range(2, len(cmd)):
                word = words[pos]
                if words[pos - 1].startswith("-") or cmd[pos].text == script:
                    continue
                if (modelish and word.count("/") == 1) or (
                    (any(c.isdigit() for c in word) or "-" in word) and is_legacy_model(word)
                ):
                    value_at(word, cmd[pos].offset, MODEL_NAME)


def _spaced_assignment(cmd: list[_Tok], words: list[str]) -> tuple[str, _Tok] | None:
    """A setting written without `=` against its name or its value, and its value's token:
    `LLM_MODEL = tinyllama:latest` (a .env line with spaces in a shell fence), Docker's
    `ENV NAME value`, fish's `set -x AIDER_MODEL openrouter/anthropic/claude-3.7-sonnet`."""
    if len(words) == 3 and words[1] == "=" and _NAME.fullmatch(words[0]) and not cmd[1].quoted:
        return words[0], cmd[2]
    if (
        len(words) == 2
        and words[0][-1:] == "="
        and _NAME.fullmatch(words[0][:-1])
        and not cmd[0].quoted
    ):
        # a .env line with a space after its `=` (`MODEL= bert-base-uncased`): dotenv trims it
        return words[0][:-1], cmd[1]
    if len(words) == 3 and words[0] == "ENV" and "=" not in words[1]:
        return words[1], cmd[2]
    fish = 2 if len(words) >= 3 and words[1][:1] == "-" else 1
    if (
        words[0] == "set"
        and len(words) == fish + 2
        and _NAME.fullmatch(words[fish])
        and words[fish].isupper()
    ):
        return words[fish], cmd[fish + 1]
    return None


#: A project's own script that switches or pulls a model (`cambiar_modelo.ps1`, `set-model.sh`).
_MODEL_SWITCH = _lazyre.compile(
    r"(?:^|[/\\.])[\w-]*(?:model|modelo|modele)[\w-]*\.(?:ps1|sh|bat|cmd)$", re.IGNORECASE
)


#: What runs a script named after it (`. script.ps1`, `bash x.sh`, `call x.bat`).
_SCRIPT_RUNNERS = frozenset({".", "&", "source", "bash", "sh", "zsh", "pwsh", "powershell", "call"})


def _runs_llm(words: list[str]) -> bool:
    """The command is Simon Willison's `llm`, also behind a runner (`uv run --with llm-ollama
    llm -m llama3.2`)."""
    return any(
        w == "llm" and (j == 0 or not words[j - 1].startswith("-")) for j, w in enumerate(words)
    )


#: A script whose name says it takes a model (`convert_model.py`, `download_weights.py`).
_MODEL_SCRIPT = _lazyre.compile(r"model|checkpoint|ckpt|weights|quantiz|gguf|onnx", re.IGNORECASE)


#: A file that says its Whisper runs on faster-whisper (or WhisperX, built on it).
_FASTER_WHISPER_FILE = _lazyre.compile(r"faster[-_ ]whisper|whisperx", re.IGNORECASE)
#: A flag naming the hardware or place a job runs on (`--k8s_gpu_type`, `--instance-type`).
_RESOURCE_FLAG = _lazyre.compile(
    r"^--?[\w-]*(?:gpu|device|instance|machine|node|accelerator|cluster|partition|queue)[\w-]*$",
    re.IGNORECASE,
)
_CONTAINER_CLIS = frozenset({"docker", "podman", "nerdctl"})
#: `docker run` options that take a value (the image is the first word that is neither).
_CONTAINER_VALUE_FLAGS = frozenset(
    {"-v", "--volume", "-p", "--publish", "-e", "--env", "--name", "-w", "--workdir", "--gpus",
     "--network", "--net", "--mount", "--shm-size", "--ipc", "--runtime", "--entrypoint", "-u",
     "--user", "--env-file", "--platform", "--restart", "-m", "--memory", "--cpus", "-h",
     "--hostname", "--add-host", "--device", "--label", "-l", "--log-driver", "--pull",
     "--cap-add", "--security-opt", "--ulimit", "--tmpfs", "--pid", "--volumes-from"}
)  # fmt: skip


def _container_image(words: list[str]) -> int | None:
    """The index of the image in `docker run [options] IMAGE [args]` (or `pull`, `create`)."""
    if len(words) < 3 or words[0] not in _CONTAINER_CLIS:
        return None
    if words[1] not in ("run", "create", "pull"):
        return None
    i = 2
    while i < len(words):
        w = words[i]
        if not w.startswith("-"):
            return i
        i += 2 if w in _CONTAINER_VALUE_FLAGS else 1
    return None


def _runs_python(words: list[str]) -> bool:
    """`python x.py ...`, `python3 -m pkg ...`, `./x.py ...`."""
    first = PurePosixPath(words[0]).name if words else ""
    return bool(re.fullmatch(r"python[\d.]*|py", first)) or first.endswith(".py")


def _is_id_flag(flag: str) -> bool:
    return flag.lstrip("-").replace("-", "_").lower() in ("repo_id", "repo", "hub_id", "hf_id")


def _dataset_script(words: list[str]) -> bool:
    """The command runs a dataset script (`visualize_dataset.py`, `-m pkg.push_dataset_to_hub`):
    its bare id flags name datasets."""
    flags = False
    for k, w in enumerate(words):
        low = w.lower()
        flags = flags or w.startswith("-")
        if "dataset" in low.rsplit("/", 1)[-1] and (
            low.endswith(".py") or (k > 0 and words[k - 1] == "-m")
        ):
            return True
        if not flags and "dataset" in low and re.fullmatch(r"[a-z][\w-]*", low):
            return True  # a console script: `lerobot-dataset-viz --repo-id org/x`
    return False


def _pretrained(key: str) -> Hint | None:
    # lm-eval's `pretrained=`, `peft=`, `tokenizer=`; lmms-eval's `model_version=` (vLLM, OpenAI)
    keys = ("pretrained", "peft", "tokenizer", "model_version")
    return MODEL_LOADER if key.strip().lower() in keys else None


def _positional_after(cmd: list[_Tok], start: int) -> int | None:
    i = start
    while i < len(cmd):
        w = cmd[i].text
        if w.startswith("-"):
            # `--repo-type dataset` takes a value; boolean flags do not: skip known valued flags
            if "=" not in w and w in (
                "--repo-type",
                "--revision",
                "--local-dir",
                "--cache-dir",
                "--include",
                "--exclude",
                "--token",
                "--port",
                "--host",
                "--output-dir",
                "--max-workers",
            ):
                i += 2
                continue
            i += 1
            continue
        return i
    return None


def _repo_type_hint(words: list[str]) -> Hint:
    for i, w in enumerate(words):
        kind = None
        if w == "--repo-type" and i + 1 < len(words):
            kind = words[i + 1]
        elif w.startswith("--repo-type="):
            kind = w.split("=", 1)[1]
        if kind == "dataset":
            return DATASET_LOADER
        if kind == "space":
            return SPACE_LOADER
    return MODEL_LOADER


def _revision_of(words: list[str]) -> str | None:
    for i, w in enumerate(words):
        if w == "--revision" and i + 1 < len(words):
            return words[i + 1]
        if w.startswith("--revision="):
            return w.partition("=")[2]
    return None


def shell_references(
    path: str, text: str, detector: str = "shell", *, make: bool = False
) -> list[Reference]:
    index = LineIndex(text)
    out = url_references(path, text, index, detector)
    for f in shell_found(text, make=make):
        out.append(ref_at(path, index, f.offset, f.raw, f.value, detector))
    if "${" in text and ("huggingface.co/$" in text or "hf.co/$" in text):
        out.extend(_templated_urls(path, text, index, detector))
    if "#" in text:
        out.extend(comment_api_references(path, text, index, detector, "#"))
        for om in _OPTIONS_ABOVE.finditer(text):
            # `# Options: gemini-2.0-flash-exp, gemini-1.5-flash` / `GEMINI_MODEL=...`: the
            # values the setting below the comment may take
            hint = name_hint(om.group("key"))
            if hint is not None and not hint.weak:
                out.extend(_listed(path, index, om, hint, r"[^\s,|]+", detector))
        out.extend(comment_examples(path, text, index, detector))
        for pm in _COMMENT_PROVIDER_LIST.finditer(text):
            # `#   - For Ollama: qwen3:8b, deepseek-r1:7b, phi4:latest` under `# Examples:`
            hint = OLLAMA if pm.group("p").lower() == "ollama" else MODEL_NAME
            out.extend(_listed(path, index, pm, hint, r"[^\s,]+", detector))
        # `#   1. Download the model: hf download org/x --local-dir data/x`: what the file
        # tells its user to run
        out.extend(commented_commands(path, text, index, detector, make=make))
    return out


def comment_examples(path: str, text: str, index: LineIndex, detector: str) -> list[Reference]:
    """Names in shell comments: a setting's own `# e.g.` list, and Ollama's sized tags in the
    comments of a file (or block) about Ollama."""
    out: list[Reference] = []
    about_ollama = "ollama" in text.lower()
    for em in _EXAMPLE_AFTER.finditer(text):
        # `LLAMA_MODEL=YOUR_LLAMA_MODEL_HERE # e.g. llama3.2`, `MODEL_ID="model"  # Example:
        # "gemini-2.0-flash"`: the values the setting's own comment offers
        hint = name_hint(em.group("key"))
        if hint is not None and not hint.weak and hint.kind is not Kind.SPACE:
            if about_ollama and hint.kind is Kind.MODEL:
                hint = OLLAMA
            got = _listed(path, index, em, hint, r"[^\s,]+", detector)
            if not got and hint.kind is Kind.MODEL:
                # (`llama3.2`, `qwen2.5:7b`: Ollama's spelling of a library name and version)
                got = [
                    r
                    for r in _listed(path, index, em, OLLAMA, r"[^\s,]+", detector)
                    if versioned_library_name(r.identifier)
                ]
            out.extend(got)
    if about_ollama:
        # `ollama pull llama3.1:latest  # or mistral:7b, qwen2.5:7b, etc.`, `# Should show:
        # llama3.2:1b`: Ollama's sized tags, in the comments of a file about it
        for cm in _COMMENT.finditer(text):
            out.extend(
                ref_at(
                    path,
                    index,
                    cm.start() + tm.start(),
                    tm.group(),
                    Value(Kind.SERVICE, tm.group()),
                    detector,
                )
                for tm in TAG_TOKEN.finditer(cm.group())
                if sized_ollama_tag(tm.group())
            )
    return out


def _listed(
    path: str, index: LineIndex, m: re.Match[str], hint: Hint, item: str, detector: str
) -> list[Reference]:
    """The names in a comment's list (`m`'s `items` group, split as `item` matches), each read
    under `hint`."""
    out: list[Reference] = []
    for it in re.finditer(item, m.group("items")):
        raw = it.group().strip("`'\"()")
        value = classify_value(raw, hint) if raw else None
        if value is not None:
            start = m.start("items") + it.start() + it.group().index(raw)
            out.append(ref_at(path, index, start, raw, value, detector))
    return out


def commented_commands(
    path: str, text: str, index: LineIndex, detector: str, *, make: bool = False
) -> list[Reference]:
    """The models a command in a `#` comment fetches or runs (`# ollama run llama3.1:8b`,
    `#   tune download org/x` atop a recipe, `#   MODEL=org/x` under `# Defaults:`): what the
    file tells its user to run, in a script, a config or source."""
    out: list[Reference] = []
    for cm in COMMENTED_COMMAND.finditer(text):
        base = cm.start("cmd")
        out.extend(
            ref_at(path, index, base + f.offset, f.raw, f.value, detector)
            for f in shell_found(cm.group("cmd"), make=make)
        )
    return out


def comment_api_references(
    path: str, text: str, index: LineIndex, detector: str, marker: str
) -> list[Reference]:
    """`# - Anthropic: anthropic/claude-3-5-haiku-latest, anthropic/claude-3-5-sonnet-...`,
    `//   openai/gpt-4.1  (50/day)`: the names a file's whole-line comments offer (`marker`: what
    starts a comment), after their provider, or bare on a line that says model."""
    out: list[Reference] = []
    for cm in _api_name_matches(text):
        line_start = text.rfind("\n", 0, cm.start()) + 1
        mark_at = text.find(marker, line_start, cm.start())
        if mark_at == -1 or text[line_start:mark_at].strip():
            continue  # not a whole-line comment
        line_end = text.find("\n", cm.end())
        line = text[line_start : line_end if line_end != -1 else len(text)]
        if (
            cm.group("prefix") is None
            and "." not in cm.group()[: cm.start("name") - cm.start()]
            and _MODEL_WORD.search(line) is None
            and DATED_NAME.search(cm.group("name")) is None
            and not _listed_below(text, line_start, marker)
        ):
            continue
        out.extend(_api_ref(path, index, cm, detector))
    return out


def prefixed_api_names(path: str, text: str, index: LineIndex, detector: str) -> list[Reference]:
    """`anthropic/claude-sonnet-4-20250514|Claude Sonnet 4||...` (a pipe-separated models file),
    `` `gemini/gemini-2.0-flash` ``: a first-party API name after its provider's prefix says
    what it is wherever it is written."""
    out: list[Reference] = []
    for cm in _api_name_matches(text):
        if cm.group("prefix") is not None and any(c.isdigit() for c in cm.group("name")):
            out.extend(_api_ref(path, index, cm, detector))
    return out


#: A model in a HELM run entry, after the scenario: `pubmed_qa:model=openai/gpt2,...`.
_RUN_ENTRY_MODEL = _lazyre.compile(r"[:,]model=(?P<v>[\w.-]+/[\w.-]+)(?=,|$)")
#: Subcommands a CLI runs a model with: `nerfprobe run gpt-5.2`, `mytool eval claude-opus-4.5`.
_RUN_VERBS = frozenset({"run", "eval", "evaluate", "chat", "probe", "bench", "benchmark", "test"})


def _run_verb_api(cmd: list[_Tok], taken: set[int]) -> list[ShellFound]:
    """`nerfprobe run gpt-5.2 --tier core`: a first-party API's versioned name right after a
    CLI's run verb is the model the command runs."""
    out: list[ShellFound] = []
    for prev, t in pairwise(cmd[1:]):
        if (
            prev.text in _RUN_VERBS
            and t.offset not in taken
            and cmd[0].text.replace("-", "").replace("_", "").isalnum()
            and (svc := versioned_api_name(t.text)) is not None
        ):
            out.append(ShellFound(t.offset, t.text, Value(Kind.SERVICE, svc)))
    return out


def _api_name_matches(text: str) -> Iterator[re.Match[str]]:
    """`_COMMENT_API`'s matches whose name is a first-party API's own, not a family's."""
    for cm in _COMMENT_API.finditer(text):
        name = cm.group("name")
        bare = re.sub(r":\d+$", "", name)  # (Bedrock's version suffix)
        if first_party_api_name(bare) and API_FAMILY_ONLY.fullmatch(name) is None:
            yield cm


def _api_ref(path: str, index: LineIndex, cm: re.Match[str], detector: str) -> list[Reference]:
    """The reference `_COMMENT_API`'s match `cm` makes, if the catalogue knows its name."""
    svc = classify_service(cm.group())
    if svc is None:
        return []
    return [ref_at(path, index, cm.start(), cm.group(), Value(Kind.SERVICE, svc), detector)]


#: A first-party API name in a comment, bare or after its provider (`openai/gpt-4-turbo`).
_COMMENT_API = _lazyre.compile(
    r"(?<![\w./:@-])(?:(?P<prefix>openai|anthropic|google|gemini|vertex_ai|azure|bedrock|"
    r"openrouter|groq|xai|mistral|mistral-ai|cohere|deepseek|github)/"
    # Bedrock's `global.anthropic.claude-haiku-4-5-20251001-v1:0`
    r"|(?:(?:us|eu|apac|global|jp|au|ca)\.)?anthropic\.)?(?P<name>(?:gpt|chatgpt|o[134]|claude|gemini|grok|"
    r"text-embedding|command)-[\w.:-]*[a-z0-9])(?![\w/@-])"
)
_MODEL_WORD = _lazyre.compile(r"model|llm", re.IGNORECASE)


def _listed_below(text: str, line_start: int, marker: str) -> bool:
    """The comment line before `line_start` is a whole-line comment that says model and ends
    with a colon (`# Available models:`): this line continues its list."""
    if line_start < 2:
        return False
    prev_start = text.rfind("\n", 0, line_start - 1) + 1
    prev = text[prev_start : line_start - 1].strip()
    return prev.startswith(marker) and prev.endswith(":") and _MODEL_WORD.search(prev) is not None


_WORD = _lazyre.compile(r"[^\s]+")
_PLURAL_FLAG = _lazyre.compile(r"models?[_-]?(?:list|names|ids)$|models$", re.IGNORECASE)


#: A download command inside a comment (a usage note, a setup step, a commented-out line).
COMMENTED_COMMAND = _lazyre.compile(
    r"^[ \t]*#+[ \t]*(?:(?:[-*>$]|\d+[.)])[ \t]*)*"  # list markers, a prompt
    r"(?:[^\n:`'\"#]{0,80}:[ \t]*|[^\n`#]{0,80}`)?"  # `Download it first:`, `Run \``
    r"(?:(?:sudo|docker(?:[ \t]+compose)?[ \t]+exec(?:[ \t]+-\w+)*[ \t]+[\w.-]+)[ \t]+)?"
    r"(?P<cmd>(?:hf|huggingface-cli|tune|litgpt)[ \t]+download[ \t]+[^\n`'\"#]+"
    r"|ollama[ \t]+(?:pull|run)[ \t]+[^\n`'\"#&|;]+"
    # `#   MODEL=Qwen/Qwen3-8B` under `# Defaults (override via env vars):`
    r"|[A-Z][A-Z0-9_]{1,60}=[^\s#'\"`]+(?=[ \t]*(?:#[^\n]*)?$)"
    # `# Example: make run MODEL_NAME="org/x" PORT=8001`: a make variable that names a model
    r"|make[ \t]+[^\n#]*?\b\w*(?i:model|dataset)\w*=[^\n#]+)",
    re.M,
)


_TEMPLATED_URL = _lazyre.compile(
    r"(?:https?://)?(?:huggingface\.co|hf\.co)/(?:datasets/|spaces/)?"
    r"\$\{?\w+\}?(?:/\$\{?\w+\}?)?[^\s\"'`]*"
)
_OLLAMA_SCRIPT = _lazyre.compile(r"[\w.:-]*ollama[:_-](?:pull|run)", re.IGNORECASE)
#: A comment offering a setting's values, the setting on the next line:
#: `# Options: gpt-4o-mini-global, gpt-4o-global` / `LLM_MODEL=gpt-4o-mini-global`.
_OPTIONS_ABOVE = _lazyre.compile(
    r"^[ \t]*#+[ \t]*(?:Options?|Choices|Examples?|Available(?:[ \t]+models)?|e\.g\.)[ \t]*:?[ \t]*"
    r"(?P<items>[^\n#]+)\n(?:[ \t]*#[^\n]*\n){0,2}"
    r"[ \t]*(?:export[ \t]+)?(?P<key>[A-Za-z_]\w*)[ \t]*=",
    re.M,
)
#: A setting whose comment on the same line gives examples: `MODEL=x  # e.g. llama3.2`.
_EXAMPLE_AFTER = _lazyre.compile(
    r"^[ \t]*(?:export[ \t]+)?(?P<key>[A-Za-z_]\w*)[ \t]*=[^\n#]*?[ \t]#[ \t]*"
    r"(?:e\.g\.?|eg\.|[Ee]xamples?|[Ff]or example|such as)[ \t]*[:,]?[ \t]*"
    r"(?P<items>[^\n#]+?)[ \t]*$",
    re.M,
)
#: A comment, whole-line or after code (`#` after a blank or at a line's start).
_COMMENT = _lazyre.compile(r"(?:^|(?<=[ \t]))#[^\n]*", re.M)
#: A comment listing a provider's model names: `#   - For Ollama: qwen3:8b, phi4:latest`.
_COMMENT_PROVIDER_LIST = _lazyre.compile(
    r"^[ \t]*#+[ \t]*(?:[-*][ \t]+)?(?:[Ff]or[ \t]+)?(?P<p>Ollama|Hugging ?Face|HF|OpenRouter|"
    r"OpenAI|Anthropic|Gemini|Google|Mistral|Groq|DeepSeek)[ \t]*:[ \t]*"
    r"(?P<items>[^\s,#]+(?:,[ \t]*[^\s,#]+)+)[ \t]*$",
    re.M,
)
#: A templated Hub URL whose repository is one variable: `huggingface.co/${repo}/resolve/main`.
_WHOLE_ID_VAR = _lazyre.compile(
    r"(?:https?://)?(?:huggingface\.co|hf\.co)/\$(?:\{(\w+)\}|(\w+))(?:/(?:resolve|blob|tree)/|$)"
)
_SIMPLE_ASSIGN = _lazyre.compile(
    r"^[ \t]*(?:(?:export|readonly|local)[ \t]+)?(\w+)=([\"']?)([\w./:-]*)\2[ \t]*(?:#.*)?$",
    re.M,
)


def _templated_urls(path: str, text: str, index: LineIndex, detector: str) -> list[Reference]:
    """`https://huggingface.co/${MODEL_USER}/${MODEL_NAME}/resolve/${BRANCH}/${FILE}` with each
    variable assigned once in the file: the URL those values make."""
    values: dict[str, set[str]] = {}
    at: dict[str, int] = {}
    for am in _SIMPLE_ASSIGN.finditer(text):
        values.setdefault(am.group(1), set()).add(am.group(3))
        at[am.group(1)] = am.start(3)
    out: list[Reference] = []
    for m in _TEMPLATED_URL.finditer(text):
        ok = True
        whole = _WHOLE_ID_VAR.match(m.group())
        if whole is not None:
            # `repo="org/x"` / `base="https://huggingface.co/${repo}/resolve/main"`: the id is
            # the variable's, written where it is assigned
            name = whole.group(1) or whole.group(2)
            got = values.get(name, set())
            raw = next(iter(got)) if len(got) == 1 else ""
            value = classify_value("https://huggingface.co/" + raw, None) if "/" in raw else None
            if value is not None:
                out.append(ref_at(path, index, at[name], raw, value, detector))
            continue

        def sub(vm: re.Match[str]) -> str:
            nonlocal ok
            got = values.get(vm.group(1) or vm.group(3) or "", set())
            if len(got) != 1 or not next(iter(got)):
                ok = False
                return ""
            return next(iter(got))

        url = _VAR.sub(sub, m.group())
        value = classify_value(url, None) if ok else None
        if value is not None:
            out.append(ref_at(path, index, m.start(), m.group(), value, detector))
    return out


_SHELL_EXT = (
    ".sh",
    ".bash",
    ".zsh",
    ".ksh",
    ".fish",
    ".slurm",
    ".sbatch",
    ".pbs",
    ".job",
    ".dockerfile",
    ".containerfile",
    ".env",
    ".envrc",
    ".mk",
    ".ps1",
    ".bat",
    ".cmd",
    ".just",
    ".bats",
    ".command",
    # startup files and the profiles sourced like them (goose's `my_profiles/codex.profile`)
    ".profile",
    ".bashrc",
    ".zshrc",
    ".zshenv",
    ".zprofile",
    ".bash_profile",
)
_SHELL_NAMES = (
    "dockerfile",
    "containerfile",
    "makefile",
    "gnumakefile",
    "justfile",
    "procfile",
    "jenkinsfile",
    "vagrantfile",
    ".env",
    ".envrc",
    "env",
)


_ENV_TEMPLATES = frozenset(
    {"env.tpl", "env.template", "env.example", "env.sample", "env.dist", "env.local"}
)
_MODELFILE_FROM = _lazyre.compile(r"^[ \t]*FROM[ \t]+(\S+)", re.MULTILINE | re.IGNORECASE)


_ENV_JSON = _lazyre.compile(r"^([A-Za-z_]\w*)=([`'])(?=\s*[\[{])(.*?)\2", re.MULTILINE | re.DOTALL)
_ENV_JSON_KEY = _lazyre.compile(r"\"(\w+)\"\s*:\s*\"([^\"\n]+)\"")


def _env_json_references(path: str, text: str, detector: str) -> list[Reference]:
    """JSON held in a `.env` variable (chat-ui `MODELS=[{"name": "org/x"}, ...]` in backticks): the
    `name`/`id`/`model` keys take the variable's hint."""
    if "=`" not in text and "='" not in text:
        return []
    index = LineIndex(text)
    out: list[Reference] = []
    for m in _ENV_JSON.finditer(text):
        var = m.group(1)
        for km in _ENV_JSON_KEY.finditer(m.group(3)):
            hint = child_hint(km.group(1), var)
            if hint is None:
                continue
            raw = km.group(2)
            value = classify_value(raw, hint)
            if value is not None:
                out.append(ref_at(path, index, m.start(3) + km.start(2), raw, value, detector))
    return out


#: `CHAT_MODEL = "llama3.2:3b"`: python-dotenv reads spaces around `=`; a shell would not.
_SPACED_ENV = _lazyre.compile(
    r"^[ \t]*(?:export[ \t]+)?(?P<name>[A-Za-z_]\w*)[ \t]+=[ \t]*"
    r"(?:(?P<q>[\"'])(?P<quoted>[^\"'\n]*)(?P=q)|(?P<bare>[^\s#\"']+))",
    re.MULTILINE,
)


def _spaced_env_references(path: str, text: str, detector: str) -> list[Reference]:
    index = LineIndex(text)
    out: list[Reference] = []
    for m in _SPACED_ENV.finditer(text):
        hint = name_hint(m["name"])
        if hint is None:
            continue
        group = "quoted" if m["quoted"] is not None else "bare"
        for off, raw, value in classify_items(m[group], hint):
            out.append(ref_at(path, index, m.start(group) + off, raw, value, detector))
    return out


#: Directories projects keep weights in (`FROM models/x`), never an Ollama user's name.
_WEIGHT_DIRS = frozenset(
    {"models", "model", "weights", "checkpoints", "checkpoint", "output", "outputs", "gguf",
     "ckpt", "ckpts", "merged", "export", "exports"}
)  # fmt: skip


def modelfile_references(path: str, text: str, detector: str = "shell") -> list[Reference]:
    """An Ollama Modelfile: `FROM llama3.1:8b` names the Ollama model it builds on (a local
    `FROM ./weights.gguf` does not count)."""
    index = LineIndex(text)
    out = url_references(path, text, index, detector)
    for m in _MODELFILE_FROM.finditer(text):
        raw = m.group(1).strip("\"'")
        if looks_local(raw) or raw.lower().startswith(("hf.co/", "huggingface.co/", "http")):
            continue
        if raw.partition("/")[0].lower() in _WEIGHT_DIRS and "/" in raw:
            continue  # `FROM models/recipe_assistant`: a directory of the project's weights
        value = classify_value(raw, OLLAMA)
        if value is not None:
            out.append(ref_at(path, index, m.start(1), raw, value, detector))
    return out


class ShellDetector:
    """Shell, Dockerfile, Makefile, `.env`."""

    id = "shell"

    def applies_to(self, path: str) -> bool:
        name = PurePosixPath(path).name.lower()
        return (
            is_modelfile(name)
            or name.endswith(_SHELL_EXT)
            or name in _SHELL_NAMES
            or name.startswith(("dockerfile", "containerfile", "makefile"))
            or name.startswith((".env.", ".env_", ".env-"))
            or name.endswith(".env.example")
            # an environment file's template under a name of its own (`env.tpl`)
            or name in _ENV_TEMPLATES
        )

    def detect(self, path: str, text: str) -> Iterator[Reference]:
        name = PurePosixPath(path).name.lower()
        if is_modelfile(name):
            yield from modelfile_references(path, text, self.id)
            return
        if (
            name.startswith(".env")
            or name.endswith(".env")
            or ".env." in name
            or name in _ENV_TEMPLATES
        ):
            yield from _env_json_references(path, text, self.id)
            yield from _spaced_env_references(path, text, self.id)
        make = (
            name.startswith(("makefile", "gnumakefile"))
            or name.endswith(".mk")
            or (name == "justfile")
        )
        yield from shell_references(path, text, self.id, make=make)
        if "#" in text:
            from license_gate.scan.text import commented_provider_lists  # (a cycle)

            yield from commented_provider_lists(path, text, self.id)
