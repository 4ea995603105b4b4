"""YAML, JSON, TOML, INI and `.env`-style configs: key-aware, line-aware, never expanding
anything.

YAML is read line by line with an indentation stack (so aliases are never expanded, broken YAML
still yields what it can, and every value keeps its line and column): a value counts when its
key is model-ish (`model`, `model_name_or_path`, `base_model`, `tokenizer_name`,
`dataset_name`...), or when it is a list item or a generic child (`name`, `path`, `id`) under
such a key (`datasets: [{path: ...}]`). Templated values (`${oc.env:MODEL,org/name}`,
`${MODEL:-org/name}`) contribute their defaults; `{{ ... }}` is skipped. The shell inside
`run:` blocks and compose `command:`s is read by the shell scanner as well. JSON and TOML go
through the token-level scanner.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import replace
from pathlib import PurePosixPath

from license_gate import _lazyre
from license_gate.ids import classify_service, provider_model
from license_gate.models import Kind, Reference
from license_gate.scan._common import (
    DATASET_NAME,
    FASTER_WHISPER,
    LITELLM,
    MODEL_LOADER,
    MODEL_NAME,
    OLLAMA,
    WEAK,
    WHISPER_BACKEND_KEYS,
    WHISPER_SIZE_KEYS,
    Hint,
    LineIndex,
    Value,
    child_hint,
    classify_items,
    classify_value,
    distinctive_api_name,
    first_party_api_name,
    in_spans,
    is_model_dir,
    looks_local,
    name_hint,
    names_faster_whisper,
    negative_name,
    ref_at,
    url_references,
)
from license_gate.scan._tokens import scan_tokens
from license_gate.scan.shell import (
    comment_api_references,
    commented_commands,
    flag_hint,
    prefixed_api_names,
    shell_found,
)

__all__ = [
    "ConfigDetector",
    "ini_references",
    "json_references",
    "toml_references",
    "yaml_references",
]

_LINE = _lazyre.compile(
    r"(?P<indent>[ \t]*)(?P<dash>(?:-[ \t]+)*)"
    # (a key may hold a colon not followed by a space: Bedrock's `anthropic.claude-...-v2:0:`)
    r"(?:(?P<key>\"[^\"\n]*\"|'[^'\n]*'|[^\s#'\"{\[\]!&*|>,-](?:[^:#\n]|:(?![ \t]|$))*?"
    r"|-[^\s:#][^:#\n]*?)"
    r"[ \t]*:(?=[ \t]|$))?[ \t]*(?P<val>.*)"
)
_COMMENT = _lazyre.compile(r"(?:^|[ \t])#.*$")
_TEMPLATE_DEFAULT = _lazyre.compile(
    r"\$\{(?:oc\.env:|env:)?[A-Za-z_][\w.]*(?:,|:-|-|:)\s*(?P<d>[^}]+)\}"
)
_INI = _lazyre.compile(
    r"^[ \t]*(?:export[ \t]+)?(?P<key>[A-Za-z_][\w.\-]*)[ \t]*[:=][ \t]*(?P<val>[^\n]*)$",
    re.MULTILINE,
)
_MAX_LINE = 20_000
_SECTION = _lazyre.compile(r"^[ \t]*\[\[?([^\]\n]+)\]\]?[ \t]*$", re.MULTILINE)


def _strip_value(val: str) -> tuple[str, int]:
    """(scalar, offset into val) with comments, quotes, tags and anchors removed."""
    off = 0
    m = _COMMENT.search(val)
    if m is not None and not val.lstrip().startswith(("'", '"')):
        val = val[: m.start()]
    elif m is not None:
        q = val.lstrip()[0]
        end = val.find(q, val.find(q) + 1)
        if end != -1:
            val = val[: end + 1]
    while val.startswith(("!", "&")):
        sp = val.find(" ")
        if sp == -1:
            return "", 0
        off += sp + 1
        val = val[sp + 1 :]
    stripped = val.rstrip().rstrip(",")
    lead = len(stripped) - len(stripped.lstrip())
    stripped = stripped.strip()
    off += lead
    if len(stripped) >= 2 and stripped[0] == stripped[-1] and stripped[0] in "\"'":
        return stripped[1:-1], off + 1
    return stripped, off


def _emit(
    out: list[tuple[int, str, Hint | None]], text: str, offset: int, hint: Hint | None
) -> None:
    if not text:
        return
    if hint is None:
        # `provider: openai:gpt-4o`, `- id: anthropic:messages:claude-...` (promptfoo): the
        # provider prefix says what it is, under keys that say nothing
        if ":" not in text or provider_model(text.strip("\"'")) is None:
            return
        hint = WEAK
    if "{{" in text:
        fb = _ACTIONS_FALLBACK.search(text) if "${{" in text else None
        if fb is not None:
            # `LLM_MODEL: ${{ inputs.model || secrets.LLM_MODEL || 'llama-3.3-70b-versatile' }}`:
            # the literal is the value when nothing else is set
            out.append((offset + fb.start("v"), fb.group("v"), hint))
        return
    if "${" in text:
        for m in _TEMPLATE_DEFAULT.finditer(text):
            d = m.group("d").strip().strip("\"'")
            lead = text[: m.start()].lstrip("\"'")
            if lead.endswith("/") and lead.count("/") == 1 and lead[:-1].isalnum():
                # litellm's `model: "openai/${VLLM_MODEL:-Qwen/Qwen2.5-3B-Instruct}"`: the route
                # the default is served through, read with it
                d = lead + d
            out.append((offset + m.start("d"), d, hint))
        return
    if text.startswith("*"):
        return
    out.append((offset, text, hint))


#: Top-level docker-compose sections that name storage and networks, never models.
_COMPOSE_INFRA = frozenset({"volumes", "networks", "secrets", "configs"})


def _names_table(key: str) -> bool:
    """`train_datasets:` / `models:` over entries keyed by name (`alpaca-cleaned: {path:
    yahma/alpaca-cleaned}`): each entry's generic fields take the table's hint."""
    hint = name_hint(key)
    return hint is not None and not hint.weak and key.lower().endswith(("datasets", "models"))


#: Keys that hold an entry's id beside its `name:` label.
_ENTRY_ID_KEYS = frozenset(
    {
        "source",
        "path",
        "repo",
        "repo_id",
        "hf_id",
        "hf_path",
        "hf_repo",
        "hub_id",
        "dataset",
        "dataset_name",
        "model",
        "model_id",
        "model_name",
        "uri",
        "hf_name",
        "name_or_path",
    }
)
_KEY_AT = _lazyre.compile(r"[ \t]*(?:-[ \t]+)?(?P<key>[\w.-]+)[ \t]*:[ \t]*(?P<val>[^\n#]*)")


def _names_an_id_below(lines: list[str], first: int, indent: int) -> bool:
    """Whether the mapping whose `name:` key sits at `indent` goes on (within 12 lines) to a key
    that holds the entry's Hub id (`source: openai/gsm8k`): then a bare name is only a label."""
    for line in lines[first : first + 12]:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        here = len(line) - len(line.lstrip(" \t"))
        if here < indent or (here == indent - 2 and stripped.startswith("- ")):
            return False  # the mapping ended, or the next list entry began
        m = _KEY_AT.match(line)
        if here == indent and m is not None and m.group("key") in _ENTRY_ID_KEYS:
            return "/" in m.group("val")
    return False


def _lines_above(lines: list[str], at: int, limit: int) -> Iterator[tuple[int, str, int]]:
    """(index, stripped text, indent) of the non-blank, non-comment lines above line `at`,
    nearest first, at most `limit` lines back."""
    for j in range(at - 1, max(at - limit, -1), -1):
        stripped = lines[j].strip()
        if stripped and not stripped.startswith("#"):
            yield j, stripped, len(lines[j]) - len(lines[j].lstrip(" \t"))


def _block_key(lines: list[str], at: int, indent: int) -> str:
    """The key of the block holding the list item on line `at` (at `indent`), lower case."""
    for _j, stripped, own in _lines_above(lines, at, 200):
        if own < indent or (own == indent and not stripped.startswith("-")):
            return stripped.partition(":")[0].strip("\"' ").lower()
    return ""


def _item_block_key(lines: list[str], at: int, indent: int, dash: bool) -> str:
    """The key of the block holding the list item that line `at` starts or continues."""
    if dash:
        return _block_key(lines, at, indent)
    for j, stripped, own in _lines_above(lines, at, 50):
        if own < indent:
            return _block_key(lines, j, own) if stripped.startswith("-") else ""
    return ""


def _entry_names_model(lines: list[str], first: int, indent: int) -> bool:
    """Whether the mapping under a key (from line `first`) names its model itself: a table of
    aliases (`claude-3-7-sonnet: {model_id: claude-3-7-sonnet-20250219}`), not of models."""
    for line in lines[first : first + 16]:
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        if len(line) - len(line.lstrip(" \t")) <= indent:
            return False
        m = _KEY_AT.match(line)
        if m is not None and m.group("key") in ("model", "model_id", "model_name", "id"):
            return True
    return False


def _bedrock_like(key: str) -> bool:
    """`anthropic.claude-3-5-sonnet-20241022-v2:0`: a Bedrock model id as a table's key."""
    return "." in key and distinctive_api_name(key) and classify_service(key) == key


def _says_model(key: str) -> bool:
    hint = name_hint(key)
    return hint is not None and hint.kind is Kind.MODEL and not hint.weak


#: LocalAI's model definition file: a top-level `backend:` or `parameters:` holding `model:`.
_LOCALAI_DEF = _lazyre.compile(
    r"^(?:backend:[ \t]*[\w.-]+[ \t]*$|parameters:[ \t]*\n[ \t]+model:)", re.M
)


def yaml_values(text: str, file_hint: Hint | None = None) -> list[tuple[int, str, Hint | None]]:
    """(offset, value, hint) for every scalar in YAML `text` under a model-ish key
    (`file_hint`: what the file's own name says its entries' `name:` keys hold)."""
    out: list[tuple[int, str, Hint | None]] = []
    stack: list[tuple[int, str]] = []  # (indent, key)
    block_indent = -1
    flag: tuple[tuple[str | None, int], Hint] | None = None  # `- --model-id` list items
    sibling: tuple[int, str] | None = None  # `- name: MODEL_ID` / `value: org/name` (k8s env)
    pos = 0
    lines = text.split("\n")
    # a LocalAI model definition: its top-level `name: gpt-4` is the alias LocalAI serves a
    # local model under (`backend: llama-cpp`, `parameters: {model: x.gguf}`), not OpenAI's
    local_alias = _LOCALAI_DEF.search(text) is not None
    for i, line in enumerate(lines):
        start = pos
        pos += len(line) + 1
        if len(line) > _MAX_LINE:
            continue
        stripped = line.strip()
        if not stripped or stripped.startswith("#"):
            continue
        indent = len(line) - len(line.lstrip(" \t"))
        if block_indent >= 0:
            if indent > block_indent:
                continue  # inside a block scalar (read by the shell scanner)
            block_indent = -1
        if stripped in ("---", "...") or stripped.startswith("%"):
            stack.clear()
            continue
        m = _LINE.match(line)
        if m is None:
            continue
        dash = m.group("dash")
        key = m.group("key")
        val = m.group("val")
        item_indent = indent + len(dash)
        if key is not None:
            key = key.strip().strip("\"'")
            while stack and stack[-1][0] >= item_indent:
                stack.pop()
        else:
            while stack and stack[-1][0] > indent if dash else stack and stack[-1][0] >= indent:
                stack.pop()
        parent = stack[-1][1] if stack else None
        if stack and indent > 0 and stack[0][0] == 0 and stack[0][1] in _COMPOSE_INFRA:
            continue  # compose `volumes: {ollama_data: {name: x}}`: storage, not models
        vstart = start + m.start("val")
        if (
            key is not None
            and parent is not None
            and (
                "/" in key
                or (
                    (first_party_api_name(key) or _bedrock_like(key) or key in ("o1", "o3"))
                    and _says_model(parent)
                    and not _entry_names_model(lines, i + 1, item_indent)
                )
            )
        ):
            # `models: {org/x: ...}`; a pricing table's `models: {claude-opus-4-5: {...}}` (and
            # OpenAI's `o1:` and `o3:` beside them)
            raw_key = m.group("key").strip()
            q = 1 if raw_key[:1] in "\"'" else 0
            _emit(out, key, start + m.start("key") + q, name_hint(parent))
        if key is not None:
            scalar, off = _strip_value(val)
            if scalar in ("", "|", ">", "|-", ">-", "|+", ">+") or scalar.startswith(("|", ">")):
                # `datasets: {train: [{path: org/x}]}`: a split key passes its parent down
                inherit = (
                    parent is not None
                    and name_hint(key) is None
                    and (child_hint(key, parent) is DATASET_NAME or _names_table(parent))
                )
                stack.append((item_indent, parent if inherit and parent else key))
                if scalar:
                    block_indent = item_indent
                continue
            hint = child_hint(key, parent)
            if key == "name":
                sibling = (item_indent, scalar)
                if local_alias and not stack and not dash:
                    continue
                if (
                    hint is not None
                    and "/" not in scalar
                    and _names_an_id_below(lines, i + 1, item_indent)
                ):
                    continue  # `- name: gsm8k` / `source: openai/gsm8k`: the entry's label
            elif (
                hint is None
                and key in ("value", "default")
                and sibling is not None
                and (sibling[0] == item_indent)
            ):
                hint = name_hint(sibling[1])
            if key in ("name", "id") and _item_block_key(lines, i, indent, bool(dash)) == "aliases":
                continue  # llama-swap's `aliases: - id: gpt-4o-mini`: a local model's other name
            if hint is None and key in ("name", "id") and first_party_api_name(scalar.strip("\"'")):
                hint = MODEL_NAME  # aider's model settings: `- name: o3-mini`
            if hint is None and file_hint is not None and key in ("name", "id") and dash:
                hint = file_hint  # `datasets_config.yaml`: `- name: "rajpurkar/squad"`
            if hint is None and not negative_name(key) and not (parent and negative_name(parent)):
                hint = WEAK
            if (
                (key in ("id", "model") or (key == "name" and scalar.islower()))
                and (hint is None or hint.weak or hint is MODEL_NAME or hint.via_parent)
                and any(k.strip("\"'").lower() == "ollama" for _, k in stack)
            ):
                hint = OLLAMA  # `ollama: {models: [{id: llama3.2, name: Llama 3.2}]}`
            _values(out, scalar, vstart + off, hint, key)
        else:
            scalar, off = _strip_value(val)
            if not scalar:
                continue
            hint = name_hint(parent) if parent else None
            if hint is not None and " " in scalar and not scalar.startswith(("[", "{")):
                scalar = scalar.split(" ", 1)[0]  # `- org/name config.json,model.safetensors`
            if flag is not None and flag[0] == (parent, indent):
                hint = hint or flag[1]
            if hint is None and not (parent and negative_name(parent)):
                hint = WEAK
            flag = None
            if scalar.startswith("--") and "=" not in scalar:
                fh = flag_hint(scalar)
                if fh is not None:
                    flag = ((parent, indent), fh)
            _values(out, scalar, vstart + off, hint, parent)
    return out


def _values(
    out: list[tuple[int, str, Hint | None]],
    scalar: str,
    offset: int,
    hint: Hint | None,
    key: str | None,
) -> None:
    if scalar.startswith("[") and scalar.endswith("]"):
        inner = scalar[1:-1]
        pos = 1
        for part in inner.split(","):
            lead = len(part) - len(part.lstrip())
            item = part.strip()
            q = 1 if item[:1] in "\"'" and item[-1:] == item[:1] and len(item) >= 2 else 0
            _emit(out, item[q : len(item) - q] if q else item, offset + pos + lead + q, hint)
            pos += len(part) + 1
        return
    if scalar.startswith("{") and scalar.endswith("}"):
        inner = scalar[1:-1]
        pos = 1
        for part in inner.split(","):
            k, colon, v = part.partition(":")
            if colon:
                lead = len(v) - len(v.lstrip())
                item = v.strip()
                q = 1 if item[:1] in "\"'" and item[-1:] == item[:1] and len(item) >= 2 else 0
                h = child_hint(k.strip().strip("\"'"), key)
                _emit(
                    out,
                    item[q : len(item) - q] if q else item,
                    offset + pos + len(k) + 1 + lead + q,
                    h,
                )
            pos += len(part) + 1
        return
    _emit(out, scalar, offset, hint)


_DATASETS_STEM = _lazyre.compile(r"(?:^|[_.-])datasets?(?:[_.-]|$)", re.IGNORECASE)


def _file_hint(path: str) -> Hint | None:
    """A file named for datasets (`datasets_config.yaml`, `data/datasets.yml`): its list entries'
    `name:` is a dataset."""
    stem = PurePosixPath(path).name.rsplit(".", 1)[0]
    if _DATASETS_STEM.search(stem) is not None and "model" not in stem.lower():
        return DATASET_NAME
    return None


#: A litellm proxy's `model_list` entry: `- model_name: x` then `litellm_params: {model: y}`.
_LITELLM_ENTRY = _lazyre.compile(
    r"^(?P<indent>[ \t]*)-[ \t]+model_name[ \t]*:[ \t]*(?P<q>[\"']?)(?P<name>[^\s\"'#]+)(?P=q)"
    r"[^\n]*\n(?:(?P=indent)[ \t]+(?!model[ \t]*:)[^\n]*\n){0,6}?"
    r"(?P=indent)[ \t]+model[ \t]*:[ \t]*(?P<q2>[\"']?)(?P<model>[^\s\"'#]+)(?P=q2)",
    re.M,
)


def _litellm_names(
    path: str, index: LineIndex, text: str, out: list[Reference], detector: str
) -> list[Reference]:
    """A `model_name` that is the entry's own model (`model_name: groq/llama-3.3-70b-versatile`
    over `model: groq/llama-3.3-70b-versatile`, `model_name: glm-5.2` over `nvidia/z-ai/glm-5.2`)
    names that model; other names are aliases the proxy's clients call, left as they read."""
    for m in _LITELLM_ENTRY.finditer(text):
        name, model = m.group("name"), m.group("model")
        mv = classify_value(model, LITELLM)
        if mv is None:
            continue
        nv = classify_value(name, LITELLM)
        same = name in (model, mv.identifier, model.rpartition("/")[2]) or (
            nv is not None and nv.identifier == mv.identifier
        )
        if not same:
            continue
        if nv is None and (
            (mv.kind is Kind.SERVICE and classify_service(mv.identifier) is None)
            or (mv.kind is Kind.MODEL and "/" not in model.partition("/")[2])
        ):
            # `model_name: qfind-chat` over `openai/qfind-chat` through an OpenAI-compatible
            # server, or `huggingface/qfind-rerank` at a TEI endpoint: the alias clients send
            continue
        if nv is None and mv.kind is Kind.SERVICE and name == model.rpartition("/")[2]:
            nv = Value(Kind.SERVICE, name)  # the name the provider's own catalogue gives it
        line, col = index.pos(m.start("name"))
        out = [r for r in out if (r.line, r.column) != (line, col)]
        out.append(ref_at(path, index, m.start("name"), name, nv or mv, detector))
    if "fallbacks" in text:
        # `fallbacks: [{"default": ["groq/llama-4-maverick"]}]` names the proxy's own aliases
        # (`model_name: groq/llama-4-maverick`): those that name no model are no references
        named = {r.line for r in out}
        aliases = set()
        for m in _LITELLM_ENTRY.finditer(text):
            if index.pos(m.start("name"))[0] not in named:
                aliases.add(m.group("name"))
        spans = [(m.start(), m.end()) for m in _FALLBACKS.finditer(text)]
        out = [r for r in out if not (r.text in aliases and _within(index, r, spans))]
    return out


_HUB_SYNC_TARGET = _lazyre.compile(
    r"^[ \t]*huggingface_repo_id:[ \t]*[\"']?(?P<v>[\w.-]+/[\w.-]+)", re.MULTILINE
)
#: litellm's `router_settings: fallbacks:` block, a list of `alias: [aliases]`.
_FALLBACKS = _lazyre.compile(
    r"^(?P<indent>[ \t]*)(?:context_window_|content_policy_)?fallbacks[ \t]*:[^\n]*\n"
    r"(?:(?:(?P=indent)[ \t-]+[^\n]*|[ \t]*(?:#[^\n]*)?)\n)*",
    re.M,
)


#: A mapping key that opens a block: `gpt-4o-mini:` alone on its line.
_NAME_KEY = _lazyre.compile(
    r"^[ \t]*[\"']?(?P<k>[a-z][\w.:-]*\d[\w.-]*)[\"']?:[ \t]*(?:#[^\n]*)?$", re.M
)
#: A GitHub Actions expression's last fallback: `${{ inputs.model || 'gpt-4o-mini' }}`.
_ACTIONS_FALLBACK = _lazyre.compile(r"\|\|[ \t]*'(?P<v>[^'\s]+)'[ \t]*\}\}")
#: A mapping key that is an `org/name` (`Qwen/Qwen1.5-0.5B:`), its block below it.
_ID_KEY = _lazyre.compile(
    r"^[ \t]*[\"']?(?P<k>[A-Za-z0-9][\w.-]*/[\w.-]*\w)[\"']?:[ \t]*(?:#[^\n]*)?$", re.M
)
_BLOCK_KEYS = _lazyre.compile(r"^[ \t]+([A-Za-z_][\w.-]*)[ \t]*:", re.M)
_DATASET_KEYS = _lazyre.compile(r"split|splits|subset|columns?|text_field|num_samples|config_name")
_TRAINING_KEYS = _lazyre.compile(
    r"batch_size|learning_rate|\blr\b|epochs|lora|gradient|max_(?:seq_)?length|dtype|"
    r"quantiz|warmup|weight_decay|temperature|max_tokens|context_length|trust_remote_code"
)
_OWN_NAME = _lazyre.compile(
    r"\A(?:\n[ \t]+[\w-]+[ \t]*:[^\n]*){0,6}?\n[ \t]+(?:model|model_name|model_id)[ \t]*:[ \t]*"
    r"[\"']?(?P<v>[\w.:/-]+)"
)
_MATRIX_USE = _lazyre.compile(
    r"(?:\b(?:hf|huggingface-cli)[ \t]+download[ \t]+|huggingface\.co/|hf\.co/)"
    r"(?P<tpl>(?:[\w.-]|\$\{\{[ \t]*(?:matrix|env)\.\w+[ \t]*\}\})+"
    r"/(?:[\w.-]|\$\{\{[ \t]*(?:matrix|env)\.\w+[ \t]*\}\})+)"
)
_EXPR = _lazyre.compile(r"\$\{\{[ \t]*(matrix|env)\.(\w+)[ \t]*\}\}")
_ENV_LINE = _lazyre.compile(r"^[ \t]+(\w+)[ \t]*:[ \t]*[\"']?([\w.-]+)[\"']?[ \t]*$", re.M)


def _workflow_matrix(path: str, text: str, index: LineIndex, detector: str) -> list[Reference]:
    """`matrix: {model: [Llama-3.2-1B-Instruct, ...]}` and `hf download ${{ env.PROVIDER }}/${{
    matrix.model }}-GGUF` with `env: {PROVIDER: unsloth}`: each item makes a Hub id, reported
    where the item is written."""
    env = {m.group(1): m.group(2) for m in _ENV_LINE.finditer(text)}
    out: list[Reference] = []
    done: set[tuple[str, int]] = set()
    for use in _MATRIX_USE.finditer(text):
        tpl = use.group("tpl")
        keys = {k for scope, k in _EXPR.findall(tpl) if scope == "matrix"}
        if len(keys) != 1:
            continue
        key = keys.pop()
        fixed = _EXPR.sub(lambda e: env.get(e.group(2), "\0") if e.group(1) == "env" else "\1", tpl)
        if "\0" in fixed:
            continue  # an env value the file does not set
        block = re.search(
            rf"^(?P<i>[ \t]+){re.escape(key)}[ \t]*:[ \t]*\n"
            r"(?P<items>(?:(?P=i)[ \t]*-[ \t]+[^\n]+\n|[ \t]*\n)+)",
            text,
            re.M,
        )
        if block is None:
            continue
        for item in re.finditer(
            r"-[ \t]+[\"']?(?P<v>[\w.-]+)[\"']?[ \t]*$", block.group("items"), re.M
        ):
            at = block.start("items") + item.start("v")
            value = classify_value(fixed.replace("\1", item.group("v")), MODEL_LOADER)
            if value is not None and (value.identifier, at) not in done:
                done.add((value.identifier, at))
                out.append(ref_at(path, index, at, item.group("v"), value, detector))
    return out


#: A terminal recording (terminalizer's `records: - delay: 90 / content: "..."`): output.
_RECORDING = _lazyre.compile(
    r"^records:[ \t]*\n[ \t]*- delay:[ \t]*\d+[ \t]*\n[ \t]*content:", re.M
)


def yaml_references(path: str, text: str, detector: str = "config") -> list[Reference]:
    if "delay:" in text and _RECORDING.search(text) is not None:
        return []  # what a terminal printed, keystroke by keystroke, not what the project uses
    index = LineIndex(text)
    out = url_references(path, text, index, detector)
    if "${{" in text and "matrix." in text:
        out.extend(_workflow_matrix(path, text, index, detector))
    for nk in _NAME_KEY.finditer(text):
        # arena-hard's `api_config.yaml`: `gpt-4-0314:` over `model_name: gpt-4-0314`, a table
        # keyed by the hosted models' own names (not aliases over another `model_id:`)
        below = text[nk.end() : nk.end() + 400]
        own = _OWN_NAME.search(below)
        # (`claude-3-7-sonnet:` over `model_id: claude-3-7-sonnet-20250219` is an alias)
        if (own is None or own.group("v") == nk.group("k")) and distinctive_api_name(nk.group("k")):
            svc = classify_service(nk.group("k"))
            if svc is not None:
                out.append(
                    ref_at(
                        path,
                        index,
                        nk.start("k"),
                        nk.group("k"),
                        Value(Kind.SERVICE, svc),
                        detector,
                    )
                )
    for ik in _ID_KEY.finditer(text):
        # `Qwen/Qwen1.5-0.5B:` over `per_device_train_batch_size: 1`: settings per model (or
        # per dataset, over `split:`), keyed by its id
        below = text[ik.end() : ik.end() + 600]
        block = _BLOCK_KEYS.findall(below.split("\n\n", 1)[0])
        kinds = {_DATASET_KEYS.fullmatch(k) is not None for k in block}
        if not block or len(kinds) != 1:
            continue
        key_hint = DATASET_NAME if kinds == {True} else MODEL_NAME
        if key_hint is MODEL_NAME and not any(_TRAINING_KEYS.search(k) for k in block):
            continue
        value = classify_value(ik.group("k"), key_hint)
        if value is not None and value.kind is not Kind.SERVICE:
            out.append(ref_at(path, index, ik.start("k"), ik.group("k"), value, detector))
    if "description" in text:
        out.extend(_described_settings(path, text, index, detector, _YAML_DESCRIBED))
    if _SIBLING_MARK.search(text) is not None:
        out = over(_sibling_rules(path, text, index, detector, _yaml_objects(text)), out)
    for offset, raw, hint in yaml_values(text, _file_hint(path)):
        for off, item, value in classify_items(raw, hint):
            out.append(ref_at(path, index, offset + off, item, value, detector))
    # (a compose `command: >` block folded to one line, offsets unchanged)
    folded = _folded_commands(text) if ">" in text else text
    for f in shell_found(folded):
        ls = text.rfind("\n", 0, f.offset) + 1
        km = _KEY_LINE.match(text, ls)
        if km is not None and km.end() <= f.offset and km.group(1).lower() in _IMAGE_KEYS:
            continue  # Helm's `image: {repository: deepset/triton-embedding}`: not a command
        out.append(ref_at(path, index, f.offset, f.raw, f.value, detector))
    if "vllm" in text and "command:" in text:
        seen = {(r.line, r.column) for r in out}
        for m in _SERVED_FIRST.finditer(folded):
            value = classify_value(m.group("id"), MODEL_LOADER)
            if value is None:
                continue
            ref = ref_at(path, index, m.start("id"), m.group("id"), value, detector)
            if (ref.line, ref.column) not in seen:
                out.append(ref)
    if "#" in text:
        # `#   tune download meta-llama/Llama-2-7b-hf` atop a recipe
        out.extend(commented_commands(path, text, index, detector))
    if "litellm_params" in text:
        out = _litellm_names(path, index, text, out, detector)
    if "uses:" in text and ".continue" in PurePosixPath(path).parts:
        # Continue's hub blocks, `models: [- uses: anthropic/claude-3.5-sonnet]`: a model by
        # the provider's name (its other blocks, `uses: org/docs-block`, name none)
        for m in _CONTINUE_USES.finditer(text):
            svc = classify_service(m.group("v"))
            if svc is not None:
                out.append(
                    ref_at(
                        path, index, m.start("v"), m.group("v"), Value(Kind.SERVICE, svc), detector
                    )
                )
    if "huggingface/hub-sync" in text:
        # the hub-sync action mirrors the repository to a Space (its `huggingface_repo_id:`)
        # unless told another `repo_type`
        synced = {m.start("v") for m in _HUB_SYNC_TARGET.finditer(text)}
        out = [
            replace(r, kind=Kind.SPACE)
            if _offset(index, r) in synced and r.kind is Kind.MODEL
            else r
            for r in out
        ]
    parts = PurePosixPath(path).parts
    if len(parts) >= 2 and is_model_dir(parts[-2]):
        # a Hydra config group (`config/model/gpt-4.yaml`): its top-level `name:` is the model;
        # a catalogue entry named for it (agentscope's `_models/glm-5.2.yaml`, `name: glm-5.2`)
        # is a provider's model, whatever its name
        stem = PurePosixPath(path).stem
        for m in _TOP_NAME.finditer(text):
            v = m.group("v")
            named = classify_value(v, MODEL_NAME)
            if (
                named is None
                and "/" not in v
                and v.replace(":", "-") == stem
                and any(c.isdigit() for c in v)  # (not microtorch's `name: ZeppelinZeppelin`)
            ):
                named = Value(Kind.SERVICE, v)
            if named is not None:
                out.append(ref_at(path, index, m.start("v"), v, named, detector))
    if "(" in text:
        # a value that is Python (`provider: "HuggingFaceEndpoint(repo_id='org/x', ...)"`,
        # evaluated by the app that reads the config)
        for m in _CALL_VALUE.finditer(text):
            base = m.start("call")
            out.extend(
                ref_at(path, index, base + f.offset, f.raw, f.value, detector)
                for f in scan_tokens(m.group("call"))
            )
    if "interactions:" in text and "request:" in text:
        # what a recorded response echoes (`"model":"gpt-4o-mini-2024-07-18"` in a stream of
        # chunks) is output, not a use: only the requests count
        spans = [(m.start(), m.end()) for m in _CASSETTE_RESPONSE.finditer(text)]
        if spans:
            out = [r for r in out if not _within(index, r, spans)]
        out.extend(_cassette_models(path, text, index, detector))
    if "defaults:" in text:
        # Hydra's defaults list (`- /model: lm/audiogen_lm`, `- override /dset: audio/x`)
        # selects the project's own config groups, never a Hub repository
        spans = [(m.start("body"), m.end("body")) for m in _HYDRA_DEFAULTS.finditer(text)]
        if spans:
            out = [r for r in out if not _within(index, r, spans)]
    if "|" in text:
        # a ConfigMap or Helm value that holds a whole YAML file (`config.yaml: |`)
        for m in _EMBEDDED_YAML.finditer(text):
            base = m.start("body")
            for offset, raw, hint in yaml_values(m.group("body")):
                for off, item, value in classify_items(raw, hint):
                    out.append(ref_at(path, index, base + offset + off, item, value, detector))
    return out


_IMAGE_KEYS = frozenset({"repository", "image", "registry", "uses"})
_CONTINUE_USES = _lazyre.compile(
    r"^[ \t]*-[ \t]+uses:[ \t]*[\"']?(?P<v>[\w.-]+/[\w.:-]*\w)[\"']?[ \t]*(?:#[^\n]*)?$", re.M
)
_KEY_LINE = _lazyre.compile(r"[ \t]*(?:-[ \t]+)?([\w.-]+)[ \t]*:[ \t]")
_CALL_VALUE = _lazyre.compile(
    r"^[ \t]*(?:-[ \t]+)?[\w.-]+[ \t]*:[ \t]*[\"']?"
    r"(?P<call>[A-Z][\w.]*\([^\n]{0,2000}\))[\"']?[ \t]*$",
    re.MULTILINE,
)
#: A VCR cassette's recorded request (vcrpy, pytest-recording): up to its response.
_CASSETTE_REQUEST = _lazyre.compile(
    r"^[ \t]*-[ \t]+request:[ \t]*\n(?P<req>(?:(?![ \t]*response:)[^\n]*\n){1,400})", re.M
)
#: A cassette's recorded response, up to the next interaction.
_CASSETTE_RESPONSE = _lazyre.compile(
    r"^[ \t]*response:[ \t]*\n(?:(?![ \t]*-[ \t]+request:)[^\n]*\n?){1,20000}", re.M
)
#: `"model": "gpt-4o"` in a JSON body, escaped or not, maybe folded onto the next line.
_BODY_MODEL = _lazyre.compile(
    r'\\?"model\\?"[ \t]*:[ \t]*(?:\n[ \t]*)?\\?"(?P<v>[\w.:/@-]{1,200}?)\\?"'
)


def _cassette_models(path: str, text: str, index: LineIndex, detector: str) -> list[Reference]:
    """The model of each request recorded in a test cassette (`body: '{"model": "gpt-4o",
    ...}'`): the call the test makes. The response's echo of it is not read."""
    out: list[Reference] = []
    for m in _CASSETTE_REQUEST.finditer(text):
        for b in _BODY_MODEL.finditer(m.group("req")):
            raw = b.group("v")
            value = classify_value(raw, MODEL_NAME)
            if value is not None:
                out.append(ref_at(path, index, m.start("req") + b.start("v"), raw, value, detector))
    return out


_HYDRA_DEFAULTS = _lazyre.compile(
    r"^defaults:[ \t]*\n(?P<body>(?:[ \t]*-[^\n]*\n|[ \t]*(?:#[^\n]*)?\n)+)", re.MULTILINE
)


def _offset(index: LineIndex, ref: Reference) -> int:
    """Where `ref` starts in the text `index` was built on."""
    return index.starts[ref.line - 1] + ref.column - 1


def _within(index: LineIndex, ref: Reference, spans: list[tuple[int, int]]) -> bool:
    return in_spans(_offset(index, ref), spans)


_TOP_NAME = _lazyre.compile(
    r"^(?:name|model_name|model):[ \t]*[\"']?(?P<v>[^\"'\s#]+)", re.MULTILINE
)
_EMBEDDED_YAML = _lazyre.compile(
    r"^(?P<indent>[ \t]*)[\w.-]+\.ya?ml[\"']?[ \t]*:[ \t]*\|[-+]?[ \t]*\n"
    r"(?P<body>(?:(?P=indent)[ \t]+[^\n]*\n|[ \t]*\n)+)",
    re.MULTILINE,
)
_JSON_STR = _lazyre.compile(r'"((?:[^"\\\n]|\\.)*)"')  # (escapes kept: offsets stay the file's)
_JSON_COMMAND = _lazyre.compile(
    r"(?:^|\s)(?:--?[A-Za-z]|(?:huggingface-cli|hf|vllm|ollama|python3?|litgpt|tune|curl)\s)"
)
_JSON_ARGV = _lazyre.compile(r'\[\s*"[^"\\\n]*"(?:\s*,\s*"[^"\\\n]*")+\s*\]')


#: claude-code-router's routes: `"Router": {"default": "deepseek,deepseek-chat", "background":
#: "ollama,qwen2.5-coder:latest", ...}`, each a provider and its model after a comma.
_CCR_ROUTER = _lazyre.compile(r"\"Router\"[ \t]*:[ \t]*\{(?P<body>[^{}]{1,4000})\}")
_CCR_ROUTE = _lazyre.compile(
    r"\"(?:default|background|think|longContext|webSearch|image)\"[ \t]*:[ \t]*"
    r"\"(?P<p>[\w.-]+),(?P<m>[^\",\s]+)\""
)


def router_routes(text: str) -> Iterator[tuple[int, str, Value]]:
    """The models a claude-code-router config routes its Claude Code tasks to."""
    for rm in _CCR_ROUTER.finditer(text):
        base = rm.start("body")
        for m in _CCR_ROUTE.finditer(rm.group("body")):
            hint = OLLAMA if m.group("p").lower() == "ollama" else MODEL_NAME
            value = classify_value(m.group("m"), hint)
            if value is not None:
                yield base + m.start("m"), m.group("m"), value


#: A compose `command: >` folded block: its lines are one command line.
_FOLDED_COMMAND = _lazyre.compile(
    r"^([ \t]*)(?:- )?(?:command|entrypoint|args):[ \t]*>[-+]?[ \t]*\n"
    r"(?:\1[ \t]+[^\n]*\n|[ \t]*\n)+",
    re.MULTILINE,
)


#: A vLLM container's `command:` (its entrypoint is `vllm serve`): the model, then flags.
_SERVED_FIRST = _lazyre.compile(
    r"^[ \t]*command:[ \t]+[\"']?(?P<id>[A-Za-z0-9][\w.-]*/[\w.-]*[A-Za-z0-9])[\"']?[ \t]+--",
    re.MULTILINE,
)


def _folded_commands(text: str) -> str:
    """`text` with each compose `command: >` block folded as YAML folds it (`command: >` /
    `  org/x` / `  --dtype float16` is `command: org/x --dtype float16`), offsets unchanged."""
    out = list(text)
    for m in _FOLDED_COMMAND.finditer(text):
        gt = text.index(">", m.start(), m.end())
        out[gt] = " "
        for i in range(gt, m.end() - 1):
            if text[i] == "\n":
                out[i] = " "
    return "".join(out)


def json_shell(text: str) -> Iterator[tuple[int, str, Value]]:
    """Shell inside JSON: command strings (`"postCreateCommand": "huggingface-cli download
    org/x"`) and argv arrays (`"args": ["serve.py", "--llm", "ollama:llama3.2:3b"]`)."""
    for m in _JSON_STR.finditer(text):
        body = m.group(1)
        if " " in body and body.count(" ") < 200 and _JSON_COMMAND.search(body):
            for f in shell_found(body):
                yield m.start(1) + f.offset, f.raw, f.value
    for m in _JSON_ARGV.finditer(text):
        items = list(_JSON_STR.finditer(m.group()))
        words = [it.group(1) for it in items]
        if any(" " in w for w in words) or not any(w.startswith("-") for w in words):
            continue
        starts: list[int] = []
        pos = 0
        for w in words:
            starts.append(pos)
            pos += len(w) + 1
        for f in shell_found(" ".join(words)):
            k = bisect_right(starts, f.offset) - 1
            yield m.start() + items[k].start(1) + f.offset - starts[k], f.raw, f.value


_REGISTRY_STEM = _lazyre.compile(r"(?:^|[_.-])(?:models?|llms?|checkpoints?)(?:[_.-]|$)", re.I)


def _registry_hint(path: str) -> Hint | None:
    """`models.json`, `models_config.json`, `llm-registry.json`: a file named for models, whose
    top-level keys may be model ids (`{"openai-community/gpt2": {...}}`)."""
    stem = PurePosixPath(path).name.rsplit(".", 1)[0]
    if _REGISTRY_STEM.search(stem) is None or "index" in stem.lower():
        return None
    return Hint(Kind.MODEL, via_parent=True)


_TOML_HEADER = _lazyre.compile(r"^[ \t]*\[\[?([^\]\n]+)\]\]?[ \t]*(?:#.*)?$", re.MULTILINE)
_TOML_QUOTED = _lazyre.compile(r"\"([^\"\n]+)\"|'([^'\n]+)'")


#: Keys whose value says what an object's other values are (`"__type__": "load_hf"`,
#: `_target_: datasets.load_dataset`, `provider: watsonx`).
_SIBLING_MARK = _lazyre.compile(
    r"[\"']?(?:__type__|_target_|provider|api_type)[\"']?[ \t]*:"
    r"|(?:type|source)[\"']?[ \t]*:[ \t]*[\"']?(?:huggingface|hf|hugging_face|hf_hub)\b"
    r"|[\"']?name[\"']?[ \t]*:[ \t]*[\"']?[A-Z][A-Z0-9_]*MODEL"  # an env entry's name
    r"|[\"']?revision[\"']?[ \t]*:[ \t]*[\"']?[0-9a-f]{40}\b"  # a repository at a commit
    r"|[ \t\"'](?:faster-whisper|faster_whisper)[\"']?[ \t]*[,}\n]"  # `backend: faster-whisper`
)
_COMMIT = _lazyre.compile(r"[0-9a-f]{40}")
_HUB_SOURCES = frozenset({"huggingface", "hf", "hugging_face", "hf_hub", "huggingface_hub"})
_DATASET_LOADERS = frozenset(
    {"load_hf", "datasets.load_dataset", "load_dataset", "hf_dataset", "huggingface_dataset"}
)
#: Hosted providers whose own names for models are not Hub ids (`granite-3-2-8b-instruct` on
#: watsonx); an object naming one serves its `model:` from the provider's catalogue.
_HOSTED_PROVIDERS = frozenset(
    {
        "watsonx", "rits", "together", "together_ai", "togetherai", "openai", "anthropic",
        "azure", "azure_openai", "bedrock", "aws_bedrock", "vertex", "vertex_ai", "vertexai",
        "groq", "mistral", "mistralai", "cohere", "fireworks", "fireworks_ai", "deepinfra",
        "openrouter", "perplexity", "xai", "deepseek", "cerebras", "sambanova", "gemini",
        "google", "ollama",
    }
)  # fmt: skip
_OBJ_PAIR = _lazyre.compile(r"\"(\w+)\"[ \t]*:[ \t]*\"([^\"\n]{1,300})\"")
_YAML_PAIR = _lazyre.compile(
    r"^(?P<indent>[ \t]*)(?:-[ \t]+)?(?P<key>\w+)[ \t]*:[ \t]*[\"']?(?P<val>[^\s\"'#][^\"'#\n]*?)"
    r"[\"']?[ \t]*(?:#.*)?$",
    re.M,
)
_Pairs = list[tuple[str, str, int]]  # (key, value, offset of the value)


def _json_objects(text: str) -> list[_Pairs]:
    """The string pairs of each JSON object (`{...}`) up to six levels out from the innermost:
    an object's own pairs, its inner objects blanked out (Continue's `{"provider": "ollama",
    "model": "phi3:mini-128k", "completionOptions": {...}}`)."""
    out: list[_Pairs] = []
    for _level in range(6):
        spans: list[tuple[int, int]] = []
        for m in _INNERMOST_OBJECT.finditer(text):
            spans.append(m.span())
            pairs = [
                (p.group(1), p.group(2), m.start() + p.start(2))
                for p in _OBJ_PAIR.finditer(m.group())
            ]
            if len(pairs) >= 2:
                out.append(pairs)
        if not spans:
            break
        parts: list[str] = []
        last = 0
        for a, b in spans:  # (blanked to the same length: offsets stay the text's own)
            parts += [text[last:a], " " * (b - a)]
            last = b
        text = "".join(parts) + text[last:]
    return out


_INNERMOST_OBJECT = _lazyre.compile(r"\{[^{}]{1,4000}\}")


def _yaml_objects(text: str) -> list[_Pairs]:
    """Runs of `key: value` lines at one indentation (a mapping's scalar entries)."""
    out: list[_Pairs] = []
    run: _Pairs = []
    indent = -1
    last_end = -1
    for m in _YAML_PAIR.finditer(text):
        here = len(m.group("indent")) + (2 if m.group().lstrip().startswith("- ") else 0)
        contiguous = last_end >= 0 and text.count("\n", last_end, m.start()) <= 1
        if here != indent or not contiguous or m.group().lstrip().startswith("- "):
            if len(run) >= 2:
                out.append(run)
            run, indent = [], here
        run.append((m.group("key"), m.group("val").strip(), m.start("val")))
        last_end = m.end()
    if len(run) >= 2:
        out.append(run)
    return out


_DATASET_NAME_KEY = _lazyre.compile(r"^(?P<indent>[ \t]*)[\"']?dataset_name[\"']?[ \t]*:")
_DATASET_PATH_KEY = _lazyre.compile(r"^[ \t]*[\"']?dataset_path[\"']?[ \t]*:")


def _without_config_names(text: str, refs: list[Reference]) -> list[Reference]:
    """lm-eval's `dataset_path: super_glue` over `dataset_name: boolq` (a task's YAML, the
    `configs` of a results JSON): the dataset and its configuration, which is no dataset of
    its own, whatever the Hub also calls `boolq`. The two keys sit in one mapping: lines of the
    same indentation, none less indented between them."""
    lines = text.split("\n")
    names: set[int] = set()
    for i, line in enumerate(lines):
        m = _DATASET_NAME_KEY.match(line)
        if m is None:
            continue
        indent = len(m.group("indent"))
        for step in (-1, 1):
            j = i + step
            while 0 <= j < len(lines) and abs(j - i) <= 40:
                other = lines[j]
                depth = len(other) - len(other.lstrip(" \t"))
                if other.strip() and depth < indent:
                    break
                if depth == indent and _DATASET_PATH_KEY.match(other):
                    names.add(i + 1)
                    break
                j += step
    return [r for r in refs if r.line not in names]


#: Keys an object names its repository by, beside `revision:` or `type: huggingface`.
_PINNED_KEYS = frozenset(
    {"id", "name", "repo", "repo_id", "path", "huggingface", "model", "model_id",
     # a training config's `model: {model_name_or_path: org/x, revision: <sha>}`
     "model_name_or_path", "name_or_path", "pretrained_model_name_or_path", "base_model"}
)  # fmt: skip


def sibling_references(
    path: str, text: str, detector: str, index: LineIndex | None = None
) -> list[Reference]:
    """The values a JSON text's objects give by their other keys (`_sibling_rules`): a JSON
    file's, and a fenced ```json block's, read token by token."""
    if _SIBLING_MARK.search(text) is None:
        return []
    return _sibling_rules(path, text, index or LineIndex(text), detector, _json_objects(text))


def over(first: list[Reference], rest: list[Reference]) -> list[Reference]:
    """`first`, then those of `rest` at places `first` does not read: an object's other keys
    say more than the key alone (`{"model": "vanilj/Phi-4", "provider": "ollama"}` is Ollama's
    `vanilj/Phi-4`, not the Hub's)."""
    taken = {(r.line, r.column) for r in first}
    return first + [r for r in rest if (r.line, r.column) not in taken]


def _sibling_rules(
    path: str, text: str, index: LineIndex, detector: str, objects: list[_Pairs]
) -> list[Reference]:
    """Values read through their object's other keys: unitxt's `{"__type__": "load_hf",
    "path": "nyu-mll/glue"}` and Hydra's `_target_: datasets.load_dataset` name a dataset;
    `{"provider": "watsonx", "model": "granite-3-2-8b-instruct"}` a hosted provider's model."""
    out: list[Reference] = []
    for pairs in objects:
        keys = {k.lower(): v for k, v, _ in pairs}
        loader = (keys.get("__type__") or keys.get("_target_") or "").lower()
        provider = (keys.get("provider") or keys.get("api_type") or "").lower()
        # `{backend: faster-whisper, model: medium}`: the library's short name for its model
        whisper = any(names_faster_whisper(keys.get(k)) for k in WHISPER_BACKEND_KEYS)
        hub = (keys.get("type") or keys.get("source") or "").lower() in _HUB_SOURCES
        # MTEB's `model_meta.json`, `{"name": "BAAI/bge-m3", "revision": "babcf60c..."}`
        commit = keys.get("revision", "")
        pinned = _COMMIT.fullmatch(commit) is not None
        data = "/datasets/" in keys.get("url", "") or "dataset" in path.lower()
        # an environment entry, `{"name": "ANTHROPIC_MODEL", "value": "deepseek-chat"}` (a
        # Kubernetes container's `env:`, a VS Code or Claude settings list): its name says
        env_hint = (
            name_hint(keys["name"])
            if "value" in keys and keys.get("name", "").isupper() and len(keys) <= 3
            else None
        )
        for k, v, at in pairs:
            kl = k.lower()
            if env_hint is not None and not env_hint.weak and kl == "value":
                value = classify_value(v, env_hint)
            elif whisper and kl in WHISPER_SIZE_KEYS:
                value = classify_value(v, FASTER_WHISPER)
            elif loader in _DATASET_LOADERS and kl in ("path", "dataset_name", "repo_id"):
                value = classify_value(v, DATASET_NAME)
            elif (hub or pinned) and kl in _PINNED_KEYS and v.count("/") == 1:
                # a catalogue entry `type: huggingface` / `id: izumi-lab/llm-japanese-dataset`
                value = classify_value(v, DATASET_NAME if data else MODEL_NAME)
                if pinned and value is not None and value.revision is None:
                    value = Value(value.kind, value.identifier, commit)
            elif (
                provider == "ollama"
                and kl in ("model", "model_name", "model_id")
                and not v.lower().startswith("hf.co/")
                and classify_service(v, ollama=True) is not None
                and not looks_local(v)
            ):
                # Continue's `{"provider": "ollama", "model": "phi3:mini-128k"}`: a tag of the
                # Ollama server the entry talks to (`vanilj/Phi-4:latest`, a user's namespace)
                value = Value(Kind.SERVICE, v)
            elif (
                provider in _HOSTED_PROVIDERS
                and kl in ("model", "model_name", "model_id")
                and "/" not in v
                and _PROVIDER_MODEL.fullmatch(v) is not None
                and not (_self_hosted(keys) and classify_service(v) is None)
            ):
                # (Continue's `provider: openai` / `apiBase: http://127.0.0.1:4000/v1` /
                # `model: ssa-chat`: a name the project's own proxy answers to, unless it is
                # a hosted API's name the proxy passes on)
                value = Value(Kind.SERVICE, v)
            else:
                continue
            if value is not None:
                out.append(ref_at(path, index, at, v, value, detector))
    return out


_BASE_KEYS = ("apibase", "api_base", "base_url", "baseurl", "api_url", "endpoint")
_LOCAL_HOST = _lazyre.compile(
    r"//(?:localhost|127\.0\.0\.1|0\.0\.0\.0|\[::1\]|host\.docker\.internal|[\w-]+)(?::\d+)?(?:/|$)"
)


def _self_hosted(keys: dict[str, str]) -> bool:
    """An entry whose API base is the project's own server (`http://127.0.0.1:4000/v1`,
    compose's `http://litellm:4000`), not a vendor's."""
    return any(_LOCAL_HOST.search(keys.get(k, "")) is not None for k in _BASE_KEYS)


#: A provider's own model name: a word with a digit or a hyphen (`granite-3-2-8b-instruct`).
_PROVIDER_MODEL = _lazyre.compile(r"(?=[\w.:-]*[\d-])[A-Za-z][\w.:-]{2,80}")


_JSON_KEY = _lazyre.compile(r"\"([\w.:@/-]{2,120})\"[ \t]*:")


def _json_service_keys(path: str, text: str, index: LineIndex, detector: str) -> list[Reference]:
    """`{"anthropic.claude-mythos-5": "messages", "openai.gpt-5.4": "responses", ...}`: an
    object keyed by hosted-API names (three or more of its keys), whatever the file is called."""
    found: list[tuple[int, str, str]] = []
    for m in _JSON_KEY.finditer(text):
        key = m.group(1)
        svc = classify_service(key)
        if svc is not None and distinctive_api_name(key):
            found.append((m.start(1), key, svc))
    if len(found) < 3:
        return []
    out = [
        ref_at(path, index, at, key, Value(Kind.SERVICE, svc), detector) for at, key, svc in found
    ]
    for at, key, svc in found:
        # `"gpt-4.1": {"type": "openai", "name": "gpt-4.1"}`: the entry names its key again
        end = text.find("}", at)
        rm = _REPEATED_NAME.search(text, at + len(key) + 1, end if end != -1 else len(text))
        if rm is not None and rm.group("v") == key:
            out.append(ref_at(path, index, rm.start("v"), key, Value(Kind.SERVICE, svc), detector))
    return out


_REPEATED_NAME = _lazyre.compile(
    r"\"(?:name|id|model|model_name)\"[ \t]*:[ \t]*\"(?P<v>[^\"\n]+)\""
)


def _toml_table_names(path: str, text: str, index: LineIndex, detector: str) -> list[Reference]:
    """`[overrides."claude-sonnet-4-5"]`: tables named after hosted models (a per-model settings
    file), when two or more of the file's quoted table names are hosted-API names."""
    found: list[tuple[int, str, str]] = []
    for m in _TOML_HEADER.finditer(text):
        for q in _TOML_QUOTED.finditer(m.group(1)):
            name = q.group(1) or q.group(2)
            svc = classify_service(name)
            if svc is not None:
                offset = m.start(1) + q.start() + 1
                found.append((offset, name, svc))
    if len(found) < 2:
        return []
    return [
        ref_at(path, index, offset, raw, Value(Kind.SERVICE, svc), detector)
        for offset, raw, svc in found
    ]


_TOML_REQ_ARRAY = _lazyre.compile(r"^[ \t]*(?:dependencies|requires)[ \t]*=[ \t]*\[[^\]]*\]", re.M)


def _toml_requirement_spans(text: str) -> list[tuple[int, int]]:
    """Where a TOML file lists Python requirements (`[project.optional-dependencies]`,
    `[tool.poetry.dependencies]`, `[dependency-groups]`, extras tables, `dependencies = [...]`)
    or entry points (`[project.entry-points."x"]`, `[project.scripts]`)."""
    spans = [(m.start(), m.end()) for m in _TOML_REQ_ARRAY.finditer(text)]
    headers = list(_TOML_HEADER.finditer(text))
    for i, m in enumerate(headers):
        name = m.group(1).strip().lower()
        if (
            name.endswith(("dependencies", "dependency-groups", "extras"))
            or ".dependencies." in name
            # entry points and scripts, `"ollama.tsl" = "ocr_translate_ollama:tsl_model_data"`:
            # a module and its attribute, under a plugin's name
            or name.startswith(("project.entry-points", "project.scripts", "project.gui-scripts"))
            or name in ("tool.poetry.scripts", "tool.poetry.plugins")
            or name.startswith("tool.poetry.plugins.")
        ):
            end = headers[i + 1].start() if i + 1 < len(headers) else len(text)
            spans.append((m.end(), end))
    return spans


#: A setting and its description: VS Code's `"x.openaiModel": {"type": "string", ...,
#: "markdownDescription": "..."}`, an Action's `model:` input and its `description: '...'`.
_JSON_DESCRIBED = _lazyre.compile(
    r'"(?P<key>[\w.-]+)"[ \t]*:[ \t]*\{[^{}]{0,600}?"(?:markdownDescription|description)"'
    r'[ \t]*:[ \t]*"(?P<desc>(?:[^"\\\n]|\\.){1,1000})"'
)
_YAML_DESCRIBED = _lazyre.compile(
    r"^(?P<indent>[ \t]*)(?P<key>[\w.-]+)[ \t]*:[ \t]*\n"
    r"(?:(?P=indent)[ \t]+[\w-]+[ \t]*:[ \t]*\S[^\n]*\n){0,4}?"
    r"(?P=indent)[ \t]+description[ \t]*:[ \t]*(?P<q>[\"']?)(?P<desc>[^\n]{1,600})$",
    re.M,
)
#: In a description: a name set off as code, or the names of an `e.g.` list.
_DESC_CODE = _lazyre.compile(r"`(?P<v>[\w.:/-]{2,120})`")
_DESC_EG = _lazyre.compile(
    r"\b(?:e\.g\.|eg\.|for example|such as)[,:]?[ \t]+(?P<items>[^)\n]{1,200})"
)
_DESC_ITEM = _lazyre.compile(r"(?<![\w.:/-])(?P<v>[A-Za-z][\w.:/-]{1,120}[\w])(?![\w/-])")


def _model_setting(name: str) -> Hint | None:
    """The hint of a setting whose name says model or LLM (`myext.model`, `ollamaModel`)."""
    hint = name_hint(name)
    if (
        hint is None
        or hint.weak
        or hint.kind is not Kind.MODEL
        or not any(w in name.lower() for w in ("model", "llm"))
    ):
        return None
    return hint


def _described_settings(
    path: str, text: str, index: LineIndex, detector: str, pattern: re.Pattern[str]
) -> list[Reference]:
    """The names a model setting's description offers: `OpenAI model ... API key models:
    \\`gpt-4.1\\`, \\`gpt-5.2\\``, `The Ollama model to use (e.g. llama3, mistral, gemma)`."""
    out: list[Reference] = []
    for m in pattern.finditer(text):
        key = m.group("key").rsplit(".", 1)[-1]
        hint = _model_setting(key)
        if hint is None:
            continue  # (not `OpenAIReasoningGenerator`: "reasoning models, e.g. `o1` family")
        desc, base = m.group("desc"), m.start("desc")
        if "ollama" in desc.lower():
            hint = replace(hint, ollama=True)
        spots = [(c.start("v"), c.group("v")) for c in _DESC_CODE.finditer(desc)]
        for e in _DESC_EG.finditer(desc):
            spots.extend(
                (e.start("items") + it.start("v"), it.group("v"))
                for it in _DESC_ITEM.finditer(e.group("items"))
                if it.group("v").lower() not in ("or", "and", "etc")
            )
        for at, v in spots:
            value = classify_value(v, hint)
            if value is not None:
                out.append(ref_at(path, index, base + at, v, value, detector))
    return out


#: A setting declared by name (Raycast's preferences, a form's fields): `{"name": "model",
#: "type": "dropdown", "data": [{"title": "GPT-4.1 mini", "value": "gpt-4.1-mini"}, ...]}`.
_NAMED_SETTING = _lazyre.compile(r'"(?:name|id|key)"[ \t]*:[ \t]*"(?P<name>[\w.-]{1,80})"')
_CHOICES = _lazyre.compile(r'"(?:data|options|choices|items)"[ \t]*:[ \t]*\[')
_CHOICE_VALUE = _lazyre.compile(r'"value"[ \t]*:[ \t]*"(?P<v>[^"\\\n]{1,200})"')


def _object_around(text: str, pos: int, limit: int = 20_000) -> tuple[int, int] | None:
    """The span of the innermost JSON object holding `pos` (strings skipped; bounded)."""
    depth, i = 0, pos
    while i > max(0, pos - limit):
        i -= 1
        c = text[i]
        if c == "}":
            depth += 1
        elif c == "{":
            if depth == 0:
                break
            depth -= 1
    else:
        return None
    start, depth, i, end = i, 0, i, min(len(text), i + limit)
    in_str = False
    while i < end:
        c = text[i]
        if in_str:
            if c == "\\":
                i += 1
            elif c == '"':
                in_str = False
        elif c == '"':
            in_str = True
        elif c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return start, i + 1
        i += 1
    return None


def _setting_choices(path: str, text: str, index: LineIndex, detector: str) -> list[Reference]:
    """The values a setting named for a model offers its user to choose from."""
    out: list[Reference] = []
    for m in _NAMED_SETTING.finditer(text):
        hint = _model_setting(m.group("name"))
        if hint is None:
            continue
        span = _object_around(text, m.start())
        if span is None:
            continue
        body = text[span[0] : span[1]]
        for c in _CHOICES.finditer(body):
            for v in _CHOICE_VALUE.finditer(body, c.end()):
                value = classify_value(v.group("v"), hint)
                if value is not None:
                    at = span[0] + v.start("v")
                    out.append(ref_at(path, index, at, v.group("v"), value, detector))
            break
    return out


def json_references(path: str, text: str, detector: str = "config") -> list[Reference]:
    index = LineIndex(text)
    out = url_references(path, text, index, detector)
    if "escription" in text:
        out.extend(_described_settings(path, text, index, detector, _JSON_DESCRIBED))
    for f in scan_tokens(text, root_keys=_registry_hint(path)):
        out.append(ref_at(path, index, f.offset, f.raw, f.value, detector))
    if path.endswith(".toml") and "[" in text:
        out.extend(_toml_table_names(path, text, index, detector))
    if not path.endswith(".toml") and '":' in text:
        out.extend(_json_service_keys(path, text, index, detector))
        if "/" in text:
            out.extend(_json_id_keys(path, text, index, detector))
        if '"value"' in text:
            out.extend(_setting_choices(path, text, index, detector))
        out = over(sibling_references(path, text, detector, index), out)
    for offset, raw, value in json_shell(text):
        out.append(ref_at(path, index, offset, raw, value, detector))
    if '"Router"' in text:
        for offset, raw, value in router_routes(text):
            out.append(ref_at(path, index, offset, raw, value, detector))
    if '"widgets_values"' in text:
        out.extend(_comfy_widgets(path, text, index, detector))
    if PurePosixPath(path).name.lower().startswith("opencode"):
        out = [o for o in (_opencode_model(r, text) for r in out) if o is not None]
    return out


_LOCAL_BASE_URL = _lazyre.compile(
    r"\"baseURL\"[ \t]*:[ \t]*\"https?://(?:localhost|127\.0\.0\.1|0\.0\.0\.0|host\.docker\.internal)\b"
)


def _opencode_model(ref: Reference, text: str) -> Reference | None:
    """opencode's `"model": "asi1/asi1-mini"` is `<provider>/<model>`: a provider's name for
    its model (the provider is any the config declares), not a Hub `org/name`; a provider of
    the user's own on localhost names its model as it likes (`llamacpp/local`)."""
    if not (ref.kind is Kind.MODEL and ref.text.count("/") == 1 and ref.text == ref.identifier):
        return ref
    provider, _, name = ref.text.partition("/")
    block = text.find(f'"{provider}"')
    while block != -1 and text.find("{", block, block + len(provider) + 8) == -1:
        block = text.find(f'"{provider}"', block + 1)  # (the `"model"` value itself)
    if (
        block != -1
        and _LOCAL_BASE_URL.search(text, block, block + 600) is not None
        and not any(c.isdigit() for c in name)
    ):
        return None
    return replace(ref, kind=Kind.SERVICE, identifier=name)


def toml_references(path: str, text: str, detector: str = "config") -> list[Reference]:
    """A TOML text's references: its quoted values as JSON's are read, its `key = value` lines as
    an INI file's (the two readers meet on some lines; the engine keeps one reference a place)."""
    return json_references(path, text, detector) + ini_references(path, text, detector)


_JSON_ID_KEY = _lazyre.compile(
    r"^[ \t]{0,8}\"(?P<k>[A-Za-z0-9][\w.-]*/[\w.-]*\w)\"[ \t]*:[ \t]*\{[ \t]*$", re.M
)
_JSON_BLOCK_KEY = _lazyre.compile(r"^[ \t]+\"([A-Za-z_][\w.-]*)\"[ \t]*:", re.M)


def _json_id_keys(path: str, text: str, index: LineIndex, detector: str) -> list[Reference]:
    """`{"mlx-community/Llama-3.2-3B-Instruct-4bit": {"max_tokens": 4096, "temp": 0.7}}`:
    settings per model, keyed by its id (as YAML's `org/x:` over `max_tokens:`)."""
    out: list[Reference] = []
    for m in _JSON_ID_KEY.finditer(text):
        below = _JSON_BLOCK_KEY.findall(text, m.end(), m.end() + 600)
        if not any(_TRAINING_KEYS.search(k) for k in below):
            continue
        value = classify_value(m.group("k"), MODEL_NAME)
        if value is not None and value.kind is Kind.MODEL:
            out.append(ref_at(path, index, m.start("k"), m.group("k"), value, detector))
    return out


_WIDGETS = _lazyre.compile(r'"widgets_values"[ \t\r\n]*:[ \t\r\n]*\[(?P<body>[^\[\]{}]*)\]')
_JSON_STRING = _lazyre.compile(r'"(?P<v>[^"\\\n]{3,200})"')


def _comfy_widgets(path: str, text: str, index: LineIndex, detector: str) -> list[Reference]:
    """A ComfyUI workflow's `"widgets_values": ["MiaoshouAI/Florence-2-large-PromptGen-v1.5",
    "fp16"]`: a loader node's choice of Hub repository (files it picks have extensions)."""
    out: list[Reference] = []
    for m in _WIDGETS.finditer(text):
        for sm in _JSON_STRING.finditer(m.group("body")):
            v = sm.group("v")
            if v.count("/") != 1:
                continue
            value = classify_value(v, MODEL_NAME)
            if value is not None and value.kind is Kind.MODEL:
                out.append(ref_at(path, index, m.start("body") + sm.start("v"), v, value, detector))
    return out


def ini_references(path: str, text: str, detector: str = "config") -> list[Reference]:
    index = LineIndex(text)
    out = url_references(path, text, index, detector)
    sections = [(m.start(), m.group(1).strip("\"' ")) for m in _SECTION.finditer(text)]
    if "/" in text:
        out.extend(prefixed_api_names(path, text, index, detector))
    for m in _INI.finditer(text):
        section = None
        for at, name in sections:
            if at > m.start():
                break
            section = name
        last = section.split(".")[-1].strip("\"' ") if section else None
        hint = child_hint(m.group("key"), last)
        if hint is None and section and "." in section and m.group("key") in ("name", "path"):
            # spaCy's `[components.textcat.model.tok2vec]` / `name = "roberta-base"`: a
            # section inside a model's
            parts = [x.strip("\"' ") for x in section.split(".")]
            if any(x in ("model", "transformer") for x in parts):
                hint = child_hint(m.group("key"), "model")
        if hint is None:
            if negative_name(m.group("key")):
                continue
            hint = WEAK
        scalar, off = _strip_value(m.group("val"))
        values: list[tuple[int, str, Hint | None]] = []
        _values(values, scalar, m.start("val") + off, hint, m.group("key"))
        for offset, raw, h in values:
            for off, item, value in classify_items(raw, h):
                out.append(ref_at(path, index, offset + off, item, value, detector))
    return out


_YAML = (".yaml", ".yml")
#: Config files behind a template engine or as examples (`configmap.yaml.tpl`, `x.yml.j2`,
#: Spring's `application.properties.example`).
_TEMPLATED_CONFIG = tuple(
    f"{base}{suffix}"
    for base in (".yaml", ".yml", ".json", ".toml", ".ini", ".cfg", ".conf", ".properties")
    for suffix in (".tpl", ".j2", ".jinja", ".jinja2", ".template", ".tmpl", ".example", ".sample")
)
_JSON = (".json", ".jsonc", ".json5", ".toml")
#: JSON files without the extension: AutoGen's `OAI_CONFIG_LIST` (and `OAI_CONFIG_LIST_sample`)
_JSON_NAMES = ("oai_config_list",)
_INI_EXT = (".ini", ".cfg", ".conf", ".properties", ".tfvars", ".hcl")


class ConfigDetector:
    """YAML (including CI workflows and docker-compose), JSON, TOML, INI-style configs."""

    id = "config"

    def applies_to(self, path: str) -> bool:
        name = PurePosixPath(path).name.lower()
        return (
            name.endswith((*_YAML, *_JSON, *_INI_EXT, "_yaml", "_yml"))
            or name.endswith(_TEMPLATED_CONFIG)
            or name in ("pipfile", "mlproject")
            or name.startswith(_JSON_NAMES)
        )

    def detect(self, path: str, text: str) -> Iterator[Reference]:
        refs = list(self._detect(path, text))
        if "dataset_path" in text and "dataset_name" in text:
            refs = _without_config_names(text, refs)
        yield from refs

    def _detect(self, path: str, text: str) -> Iterator[Reference]:
        name = PurePosixPath(path).name.lower()
        if name.endswith(_TEMPLATED_CONFIG):
            name = name.rsplit(".", 1)[0]  # `configmap.yaml.tpl` is YAML
        if name.endswith(_YAML) or name.endswith(("_yaml", "_yml")) or name == "mlproject":
            yield from yaml_references(path, text, self.id)
            if "#" in text:
                # `# Available models:` / `#   claude-opus-4-6, claude-sonnet-4-5-20250929`
                yield from comment_api_references(path, text, LineIndex(text), self.id, "#")
        elif name.endswith(".toml"):
            refs = toml_references(path, text, self.id)
            # package requirements (`mistral = ["mistralai"]` under optional-dependencies) name
            # Python packages, whatever their extras are called
            spans = _toml_requirement_spans(text) if "[" in text else []
            if spans:
                index = LineIndex(text)
                refs = [r for r in refs if not _within(index, r, spans)]
            yield from refs
        elif name.endswith(_JSON) or name == "pipfile" or name.startswith(_JSON_NAMES):
            yield from json_references(path, text, self.id)
        else:
            yield from ini_references(path, text, self.id)
