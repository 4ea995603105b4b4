"""Markdown, reStructuredText, HTML and plain text: Hub URLs (`huggingface.co`/`hf.co` models,
`datasets/`, `spaces/`, with `/resolve/`, `/blob/`, `/tree/` routes), `hf://` paths and
`hf-hub:` names; the YAML front matter of model cards (`base_model:`, `datasets:`); and fenced
code blocks, read by the Python, shell or token-level scanner for their language.

Also the catch-all for files no other detector claims (URLs only, plus the token scanner for
source files of other languages).
"""

from __future__ import annotations

import ast
import re
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import replace
from functools import lru_cache
from pathlib import PurePosixPath

from license_gate import _lazyre
from license_gate.ids import (
    classify_service,
    expand_sentence_transformers,
    is_legacy_model,
    is_ollama_family,
    is_ollama_tag,
    is_provider_prefix,
    legacy_dataset_names,
    provider_model,
)
from license_gate.models import Kind, Reference
from license_gate.scan._common import (
    API_FAMILY_ONLY,
    ASSET_DATASETS,
    DATASET_NAME,
    DATED_NAME,
    MODEL_NAME,
    NIM_FILE,
    OLLAMA,
    OLLAMA_FILE,
    OPENROUTER_VARIANTS,
    PROVIDER_SLUGS,
    REPO_NAME,
    SPACE_LOADER,
    ST_LOADER,
    TAG_TOKEN,
    WEAK,
    Hint,
    LineIndex,
    Value,
    classify_items,
    classify_value,
    distinctive_api_name,
    distinctive_st_name,
    first_party_api_name,
    in_spans,
    name_hint,
    negative_name,
    ref_at,
    sized_ollama_tag,
    url_references,
    versioned_api_name,
)
from license_gate.scan._prefilter import MODELFILE_BODY
from license_gate.scan._tokens import scan_tokens
from license_gate.scan.config import (
    ini_references,
    json_references,
    json_shell,
    over,
    router_routes,
    sibling_references,
    toml_references,
    yaml_values,
)
from license_gate.scan.python import ai_magic_references, python_references
from license_gate.scan.shell import (
    comment_examples,
    modelfile_references,
    prefixed_api_names,
    shell_found,
)

__all__ = ["TextDetector", "text_references"]

#: MyST directives whose body is Markdown, not code (```` ```{card} ````, ```` ```{note} ````).
_MYST_PROSE = frozenset(
    {"card", "grid-item-card", "note", "tip", "hint", "important", "warning", "caution",
     "attention", "danger", "error", "seealso", "admonition", "dropdown", "tab-item", "tab-set",
     "grid", "grid-item", "topic", "sidebar", "margin"}
)  # fmt: skip
_MYST_OPEN = _lazyre.compile(r"[ \t]*(?:```+|~~~+|:::+)[ \t]*\{(?P<name>[\w-]+)\}")


def _myst_prose(opening: str) -> bool:
    """Whether a fence's opening line starts a MyST directive whose body is Markdown."""
    m = _MYST_OPEN.match(opening)
    return m is not None and m.group("name").lower() in _MYST_PROSE


# Any indentation: fences inside list items and mkdocs content tabs are indented too.
_FENCE = _lazyre.compile(
    # (an info string holds no backtick: "```bash train.sh model_path```" is inline code;
    # R Markdown and Quarto write the language in braces, "```{r setup, include=FALSE}")
    r"^(?P<indent>[ \t]*)(?P<fence>```+|~~~+)[ \t]*\{?(?P<lang>[\w+#.-]*)[^\n`]*\n"
    r"(?P<body>.*?)^[ \t]*(?P=fence)[ \t]*$",
    re.MULTILINE | re.DOTALL,
)
_TICK_BLOCK = _lazyre.compile(
    r"^[ \t]*`[ \t]*\n(?P<body>(?:(?![ \t]*`[ \t]*$)[^\n]*\n){1,80}?)[ \t]*`[ \t]*$", re.M
)
_TICK_COMMAND = _lazyre.compile(
    r"^[ \t]*(?:curl|python3?|docker|vllm|ollama|huggingface-cli|hf|accelerate|torchrun)\b", re.M
)
_FENCE_OPEN = _lazyre.compile(
    r"^[ \t]*(?:```+|~~~+)[ \t]*(?P<lang>[\w+#.-]*)[^\n`]*\n", re.MULTILINE
)
#: A Markdown indented code block: lines indented by a tab or 4+ spaces after a blank line.
_INDENTED = _lazyre.compile(r"(?:^|\n)[ \t]*\n(?P<body>(?:(?:\t|    )[^\n]*\n|[ \t]*\n)+)")
#: reStructuredText code blocks: `.. code-block:: python` (or `.. code::`, `.. sourcecode::`)
#: and a paragraph ending in `::`, each followed by an indented body.
_RST_BLOCK = _lazyre.compile(
    r"^(?P<indent>[ \t]*)(?:\.\.[ \t]+(?:code-block|code|sourcecode)::[ \t]*(?P<lang>[\w+#.-]*)"
    r"|(?!\.\.)(?:\S[^\n]*)?::)[ \t]*\n"
    r"(?:[ \t]*:[\w-]+:[^\n]*\n)*"  # directive options
    r"(?P<body>(?:[ \t]*\n)*(?:(?P=indent)[ \t]+\S[^\n]*\n(?:[ \t]*\n)*)+)",
    re.MULTILINE,
)
#: A NumPy-style docstring section title (`Examples` over `--------`).
_NUMPY_EXAMPLES = _lazyre.compile(r"^[ \t]*Examples?[ \t]*:?[ \t]*\n[ \t]*-{3,}[ \t]*\n", re.M)
_NUMPY_SECTION = _lazyre.compile(r"^[ \t]*[A-Z][\w ]{0,40}\n[ \t]*-{3,}[ \t]*$", re.M)
#: A docstring's `Example usage:` / `Examples:` section and its indented body.
_EXAMPLE_SECTION = _lazyre.compile(
    r"^(?P<indent>[ \t]*)(?:Examples?|Example usage|Usage)[ \t]*:[ \t]*\n"
    r"(?P<body>(?:[ \t]*\n)*(?:(?P=indent)[ \t]+\S[^\n]*\n(?:[ \t]*\n)*)+)",
    re.MULTILINE,
)
#: A command line with a model or dataset flag, in an example section.
_FLAGGED_COMMAND = _lazyre.compile(
    r"^[ \t]*(?:\$[ \t]+)?(?P<cmd>[\w.-]+(?:[ \t]+[\w.-]+){0,3}[ \t]+--?[\w-]*(?:model|dataset)"
    r"[\w-]*[ \t=][^\n]*)$",
    re.M,
)
#: A Markdown / RST inline code span that holds a command or a call.
_INLINE = _lazyre.compile(
    r"(?<![`\w])(?P<tick>`{1,3})(?P<body>[^`\n]{2,400}?|[^`\n]{1,400}\n[^`\n]{1,400}?)(?P=tick)(?![`\w])"
)
_ONE_LINE_FENCE = _lazyre.compile(r"^(?:sh|bash|shell|console|text|txt)[ \t]+(?=\S+$)")
#: The same in a docstring, backticks included.
_BACKTICKED_KWARG = _lazyre.compile(r"`[A-Za-z_]\w*[ \t]*=[ \t]*[\"'][^\"'`\n]+[\"']`")
_INLINE_KWARG = _lazyre.compile(r"[A-Za-z_]\w*[ \t]*=[ \t]*[\"'][^\"'\n]+[\"'][ \t]*$")
#: A call given one id, in backticks: ``init_chat_model("anthropic:claude-sonnet-4-5")`` (a
#: word alone, `load_dataset("zds", ...)` of a builder the docstring documents, is not one).
_CALL = r"[A-Za-z_][\w.]*\([\"'][^\"'`\n]*[/:][^\"'`\n]*[\"'][^()`\n]*\)"
_INLINE_CALL = _lazyre.compile(_CALL)  # (an inline span's body holds no backtick)
_BACKTICKED_CALL = _lazyre.compile("`" + _CALL + "`")
_INLINE_COMMAND = _lazyre.compile(r"[\s(]|^[\w.-]+=")
_SCRIPT = _lazyre.compile(r"<script\b[^>]*>(?P<body>.*?)</script>", re.DOTALL | re.IGNORECASE)
_PY = frozenset({"python", "py", "python3", "ipython", "ipython3", "pycon", "jupyter"})
_PY_FROM_IMPORT = _lazyre.compile(r"from[ \t]+[\w.]+[ \t]+import\b")
_SH = frozenset(
    {
        "bash",
        "sh",
        "shell",
        "console",
        "zsh",
        "shell-session",
        "dockerfile",
        "docker",
        "makefile",
        "make",
        "env",
        "dotenv",
        "text",
        "txt",
        "plaintext",  # ```plaintext / `OLLAMA_MODEL=mistral`
        "plain",
        "",
        "powershell",
        "ps1",
        "pwsh",
        "cmd",
        "bat",
        "batch",
        # what people call a fence of commands: ```script, ```terminal, ```cli
        "script",
        "terminal",
        "cli",
        "fish",
        "shellscript",
        "sh-session",
    }
)
_YAML = frozenset({"yaml", "yml"})
#: Fences of settings files: `key = value` lines, `[section]` headers.
_INI = frozenset({"ini", "cfg", "conf", "properties", "hcl", "terraform", "tf"})
#: Fences whose `KEY: value` lines are settings even without a nested mapping.
_FLAT = frozenset({"env", "dotenv", "ini", "conf", "cfg", "properties"})
_CODE_EXT = (
    ".go",
    ".rs",
    ".java",
    ".kt",
    ".kts",
    ".scala",
    ".rb",
    ".php",
    ".cs",
    ".cpp",
    ".cc",
    ".c",
    ".h",
    ".hpp",
    ".swift",
    ".lua",
    ".r",
    ".jl",
    ".dart",
    ".ex",
    ".exs",
    ".clj",
    ".groovy",
    ".gradle",
    ".pl",
    ".m",
    ".nix",
    ".tf",
    ".sql",
    ".vue",
    ".svelte",
    ".astro",
    ".erb",
    ".j2",
    ".jinja",
    ".jinja2",
    ".tpl",
    ".cjs",
    ".jsonnet",
    ".libsonnet",
    ".bicep",
    ".gd",
    ".zig",
    ".ml",
    ".hs",
    ".nim",
    ".fs",
    ".fsx",
    ".erl",
    ".cr",
)


_PROSE_EXT = (".md", ".markdown", ".mdx", ".rst", ".rest", ".html", ".htm", ".xhtml", ".adoc")


#: (and a list or dict of strings given a name: `models = [\n    "bert-base-cased",`)
_PYTHONISH = _lazyre.compile(
    r"^[ \t]*(?:from [\w.]+ import |import \w|>>> "
    r"|\w+ = (?:[\w.]+\(|[\[{][ \t]*(?:\n[ \t]*)?[\"']))",
    re.M,
)


_NEGATIVE_KEY_LINE = _lazyre.compile(r"^[ \t]*(?:-[ \t]+)?(?P<key>[\w.-]+)[ \t]*:[^\n]*$", re.M)


_DOCTEST_OUTPUT = _lazyre.compile(r"(?m)^(?!>>> |\.\.\. |>>>$|\.\.\.$).*$")


#: `from lavis.datasets.builders import load_dataset` (a doctest prompt allowed).
_FROM_IMPORT = _lazyre.compile(
    r"^[ \t]*(?:>>>[ \t]+)?from[ \t]+([\w.]+)[ \t]+import[ \t]+([\w \t]+(?:,[\w \t]+)*)$", re.M
)


@lru_cache(maxsize=8)
def _doc_imports(text: str) -> dict[str, str]:
    """The names a document's snippets import (`from M import a as b` -> {"b": "from M import a
    as b"}), for names imported from one module only: a later snippet uses them unimported."""
    found: dict[str, set[str]] = {}
    if "import" in text:
        for m in _FROM_IMPORT.finditer(text):
            for part in m.group(2).split(","):
                bits = part.split()
                if len(bits) == 1 or (len(bits) == 3 and bits[1] == "as"):
                    stmt = f"from {m.group(1)} import {' '.join(bits)}"
                    found.setdefault(bits[-1], set()).add(stmt)
    return {name: next(iter(s)) for name, s in found.items() if len(s) == 1}


def _with_doc_imports(body: str, doc: str) -> str:
    """`body` with the document's imports of names it uses but does not import itself
    (`load_dataset` imported from LAVIS two fences earlier is LAVIS's, not Hugging Face's),
    appended after its last line so that no line moves."""
    imports = _doc_imports(doc)
    if not imports:
        return body
    own = {
        bits[-1]
        for m in _FROM_IMPORT.finditer(body)
        for bits in map(str.split, m.group(2).split(","))
        if bits
    }
    used = set(re.findall(r"\b([A-Za-z_]\w*)[ \t]*\(", body))
    extra = [imports[n] for n in sorted(used - own) if n in imports]
    if not extra:
        return body
    pad = " " * _indent_of(body)
    return body.rstrip("\n") + "\n" + "".join(f"{pad}{x}\n" for x in extra)


_YAML_LINE = _lazyre.compile(
    r"[ \t]*(?:-[ \t]+)?[\w\"'.-]+[ \t]*:(?:[ \t][^\n]*)?|[ \t]*-[ \t]+\S[^\n]*"
)


#: A block that opens as JSON does: `{` or `[` then a quoted key, or a quoted key and a colon.
_JSONISH = _lazyre.compile(r"\s*(?:[{\[]\s*\{?\s*\"[^\"\n]+\"\s*:|\"[^\"\n]+\"\s*:\s*[{\[\"])")


def _yamlish(body: str, *, flat: bool = False) -> bool:
    """Whether a block with no (or a shell) language is YAML: three or more lines, every one a
    `key: value`, `key:` or `- item`, one at least opening a mapping. `flat`: a block that says
    it holds settings (```env, ```ini) needs no mapping, and two lines will do."""
    lines = [x for x in body.split("\n") if x.strip() and not x.lstrip().startswith("#")]
    return (
        len(lines) >= (2 if flat else 3)
        and (flat or any(x.rstrip().endswith(":") for x in lines))
        and all(_YAML_LINE.fullmatch(x.rstrip()) for x in lines)
        and (not flat or any(": " in x for x in lines))
    )


_BLOCK_TAG = _lazyre.compile(r"(?<![\w./:@-])[a-z][\w.-]*:[\w.-]*\w(?![\w/:@])")


def _block_refs(
    path: str, lang: str, body: str, detector: str, doc: str | None = None
) -> list[Reference]:
    out = _code_block_refs(path, lang, body, detector, doc)
    if lang.lower() in ("", "text", "txt", "console", "plaintext") and "default" in body:
        # a CLI's help output: `  -m, --model <id>   Claimed model (default: "claude-...")`
        index = LineIndex(body)
        seen = {(r.line, r.column) for r in out}
        for h in _HELP_OPTION_DEFAULT.finditer(body):
            hint = name_hint(h.group("flag").replace("-", "_"))
            value = classify_value(h.group("v"), hint) if hint is not None else None
            if value is not None:
                ref = ref_at(path, index, h.start("v"), h.group("v"), value, detector)
                if (ref.line, ref.column) not in seen:
                    out.append(ref)
    if (
        lang.lower() in ("", "text", "txt", "console", "plaintext")
        and OLLAMA_FILE.get()
        and ":" in body
        and _PYTHONISH.search(body) is None
    ):
        # a session pasted from a terminal beside Ollama: `> mistral:latest, llama3:8b`
        index = LineIndex(body)
        seen = {(r.line, r.column) for r in out}
        for t in _BLOCK_TAG.finditer(body):
            tag = t.group()
            if is_ollama_family(tag.partition(":")[0]) and is_ollama_tag(tag):
                ref = ref_at(path, index, t.start(), tag, Value(Kind.SERVICE, tag), detector)
                if (ref.line, ref.column) not in seen:
                    out.append(ref)
    return out


#: An option of a CLI's help output with its default (`-m, --model <id>  ... (default: "x")`).
_HELP_OPTION_DEFAULT = _lazyre.compile(
    r"^[ \t]*(?:-\w,[ \t]+)?--(?P<flag>[a-z][\w-]{1,40})(?:[ \t=]+<?[\w-]{1,20}>?)?[ \t]{2,}"
    r"[^\n]{0,160}?\(default:?[ \t]*[\"'`]?(?P<v>[^\s\"'`)]{2,150})[\"'`]?\)",
    re.M,
)


def _code_block_refs(
    path: str, lang: str, body: str, detector: str, doc: str | None = None
) -> list[Reference]:
    lang = lang.lower()
    if "%ai" in body:
        magics = ai_magic_references(path, body, LineIndex(body), detector)
        if lang not in _PY:
            return magics
        # a Python block's magics are blanked below: read them first
        return magics + _block_refs(path, lang, body.replace("%ai", "#ai"), detector, doc)
    if (
        lang.lower() in ("", "plaintext", "text", "txt", "modelfile")
        and body.lstrip()[:5].upper() == "FROM "
        # (not Python's `from transformers import ...` in a bare fence of a README that also
        # shows a Modelfile)
        and _PY_FROM_IMPORT.match(body.lstrip()) is None
        and (
            lang.lower() == "modelfile"
            or MODELFILE_BODY.match(body) is not None
            or (doc is not None and "modelfile" in doc.lower())
        )
    ) or (
        # a Modelfile in a ```sh fence, its lines commented (`# set the base model`)
        lang.lower() in ("sh", "bash", "shell", "dockerfile", "docker")
        and MODELFILE_BODY.match(body) is not None
    ):
        # an Ollama Modelfile in a README (```plaintext / FROM nomic-embed-text)
        return modelfile_references(path, body, detector)
    if lang in ("markdown", "md") and ("|" in body or body.startswith("---")):
        # a table shown in a ```markdown fence (a README quoting vLLM's supported models) is
        # a table still; a prompt file's front matter (`---` / `model: gpt-4o`) is its settings
        md = path if path.lower().endswith(".md") else path + ".md"
        return [replace(r, path=path) for r in text_references(md, body, detector)]
    if not lang and _PYTHONISH.search(body) is not None:
        lang = "python"  # an unlabelled block (RST `::`, a bare fence) that reads as Python
    elif not lang and _JSONISH.match(body) is not None:
        lang = "json"  # Continue's `config.json` (or a piece of it) in a bare fence
    elif (not lang or lang.lower() in _SH) and _yamlish(body):
        lang = "yaml"  # Continue's `config.yaml` pasted into a bare (or a ```bash) fence
    elif lang in _FLAT and _yamlish(body, flat=True):
        lang = "yaml"  # ```env / ```ini of `MODEL: gpt-4o-mini` lines: a dotenv read as YAML
    if lang in _INI:
        return ini_references(path, body, detector)  # ```ini, ```properties: `model = gpt-4o`
    if lang == "toml":
        # ```toml / `[model]` / `id = "Qwen/Qwen3-1.7B"`: read as a `.toml` file is
        return toml_references(path, body, detector)
    if lang in _PY:
        if re.search(r"(?m)^>>> ", body):
            # a doctest: its output lines (`SpaceTemplate(repo_id='...')`) are not code
            body = re.sub(
                r"(?m)^(?!>>> |\.\.\. |>>>$|\.\.\.$).*$", lambda m: " " * len(m.group()), body
            )
        # doctest / console prompts
        body = re.sub(r"(?m)^(>>> |\.\.\. |In \[\d+\]: )", lambda m: " " * len(m.group()), body)
        body = re.sub(r"(?m)^[!%].*$", lambda m: " " * len(m.group()), body)
        if doc is not None:
            body = _with_doc_imports(body, doc)
        if _indent_of(body) > 0:
            # prompts blanked (`>>> x = 1` -> `    x = 1`): parse under `if 1:` to keep columns
            return [
                replace(r, line=r.line - 1)
                for r in python_references(path, "if 1:\n" + body, detector)
                if r.line > 1
            ]
        return python_references(path, body, detector)
    index = LineIndex(body)
    out: list[Reference] = []
    if lang in _YAML:
        for offset, raw, hint in yaml_values(body):
            value = classify_value(raw, hint)
            if value is not None:
                out.append(ref_at(path, index, offset, raw, value, detector))
    if lang in _SH and "#" in body:
        out.extend(comment_examples(path, body, index, detector))
    if lang in _SH or lang in _YAML:
        body = re.sub(r"(?m)^\s*[$#>] ", lambda m: " " * len(m.group()), body)
        if lang in _YAML:  # `image: org/name` is a container image, whatever it is named
            body = _NEGATIVE_KEY_LINE.sub(
                lambda m: m.group() if not negative_name(m["key"]) else " " * len(m.group()), body
            )
        out.extend(
            ref_at(path, index, f.offset, f.raw, f.value, detector) for f in shell_found(body)
        )
        return out
    found = scan_tokens(body, ollama_module=lang == "go" and OLLAMA_FILE.get())
    out.extend(ref_at(path, index, t.offset, t.raw, t.value, detector) for t in found)
    if lang in ("julia", "jl", "julia-repl") and 'hgf"' in body:
        out.extend(_julia_hgf(path, body, index, detector))
    if lang in ("json", "jsonc", "json5") and '"' in body:
        # Continue's `{"model": "vanilj/Phi-4", "provider": "ollama"}`: what its other keys say
        out = over(sibling_references(path, body, detector), out)
        # commands inside its strings: `{"command": "claude --model claude-opus-5 \"...\""}`
        out.extend(
            ref_at(path, index, offset, raw, value, detector)
            for offset, raw, value in json_shell(body)
        )
        if '"Router"' in body:  # a claude-code-router config in a README
            out.extend(
                ref_at(path, index, offset, raw, value, detector)
                for offset, raw, value in router_routes(body)
            )
    return out


#: A command line in a docstring's prose (a usage note), with its `\` continuations.
_DOC_COMMAND = _lazyre.compile(
    r"^[ \t]*(?:\$[ \t]+)?(?P<cmd>(?:vllm[ \t]+serve|huggingface-cli[ \t]+download"
    r"|hf[ \t]+download|ollama[ \t]+(?:run|pull)|python3?[ \t]+(?:-m[ \t]+[\w.]+|[\w./-]+\.py)"
    r"|accelerate[ \t]+launch"
    r"|torchrun|deepspeed|lm_eval|mlx_lm[.\w]*|llama-(?:cli|server)|tune[ \t]+(?:download|run)"
    r"|export(?=[ \t]+[A-Za-z_]\w*=))"  # `export LLM_MODEL=qwen2.5-coder:7b`
    r"[ \t](?:[^\n]*\\[ \t]*\n)*[^\n]*)$",  # `\` continuations (a stray blank after one too)
    re.M,
)
#: A command line after a shell prompt: `$ pm-eval test "What is 2+2?" --models gpt-4o`.
_PROMPTED = _lazyre.compile(
    r"^[ \t]*\$[ \t]+(?P<cmd>[A-Za-z][\w.-]*[ \t](?:[^\n]*\\\n)*[^\n]*)$", re.M
)
#: Blockquote markers at the start of a line (nested ones too).
_QUOTE_MARKER = _lazyre.compile(r"^(?:[ \t]{0,3}>[ \t]?)+", re.MULTILINE)
#: A run of doctest lines (`>>> code`, `... continued`), any indentation.
_DOCTEST_RUN = _lazyre.compile(r"(?:^[ \t]*(?:>>>|\.\.\.)(?:[ \t][^\n]*)?(?:\n|\Z))+", re.M)


#: A documented parameter's default: `model_id : str, optional, default = "org/x"`,
#: `model (str, optional): ... Defaults to "org/x".`, `model: the model (default: org/x)`.
_PARAM_DEFAULT = _lazyre.compile(
    r"^[ \t]*(?:[-*][ \t]+|:param[ \t]+(?:\w+[ \t]+)?)?`{0,2}(?P<name>[A-Za-z_]\w{0,60})`{0,2}"
    r"[ \t]*(?:\([^)\n]{0,60}\))?"
    r"[ \t]*:[^\n]{0,200}?"
    # `(e.g., "org/x")`, `for example 'org/x'` too
    r"(?:\b[Dd]efault(?:s[ \t]+to|[ \t]*[=:]|[ \t]+is)|\b[Bb]y[ \t]+default,?|\be\.g\.,?|"
    r"\bfor example,?)"
    r"[ \t]*[\"'`]?(?P<v>[\w][\w.:/@-]{1,150}[\w])",
    re.M,
)
#: A program's first import, in a string that holds a program.
_CODE_LISTING = _lazyre.compile(
    r"^[ \t]*(?:from[ \t]+[\w.]+[ \t]+import[ \t]+[\w(*]"
    r"|import[ \t]+[\w.]+(?:[ \t]+as[ \t]+\w+)?[ \t]*$)",
    re.M,
)
#: One more quoted example after a documented one: `e.g. "gpt-4o" or "claude-sonnet-4-6"`.
_ALTERNATIVE = _lazyre.compile(
    r"[\"'`]?(?:[ \t]*,[ \t]*|[ \t]+or[ \t]+|[ \t]*/[ \t]*)"
    r"[\"'`](?P<v>[\w][\w.:/@-]{1,150}[\w])[\"'`]"
)
#: A line of a parameter's description that is its default: `    Defaults to "org/x".`
_CONT_DEFAULT = _lazyre.compile(
    r"^(?P<indent>[ \t]+)(?:-[ \t]+)?[^\n:]{0,120}?(?:\b[Dd]efaults?(?:[ \t]+\w+){0,2}?"
    r"(?:[ \t]+to|[ \t]+is|:)|\b[Bb]y[ \t]+default,?)[ \t]*"
    r"[\"'`](?P<v>[\w][\w.:/@-]{1,150}[\w])[\"'`]",
    re.M,
)
#: One item of a parameter's per-provider defaults: `    - OpenAI: "dall-e-3"`.
_ITEM_DEFAULT = _lazyre.compile(
    r"^[ \t]+[-*][ \t]+[A-Za-z][\w .()-]{0,40}:[ \t]*[\"'`](?P<v>[\w][\w.:/@-]{1,150}[\w])[\"'`]"
    r"[ \t]*[,.;]?[ \t]*$",
    re.M,
)
_PARAM_LINE = _lazyre.compile(
    r"(?::param[ \t]+(?:\w+[ \t]+)?)?`{0,2}([A-Za-z_]\w{0,60})`{0,2}[ \t]*(?:\([^)\n]{0,60}\))?:"
)


def _param_above(segment: str, pos: int) -> str | None:
    """The parameter whose description holds the line starting at `pos`: the nearest less
    indented line above (past list items nested in the description), when it is `name:` or
    `name (type):`, at most 12 lines up."""
    line = segment[pos : segment.find("\n", pos) % (len(segment) + 1)].expandtabs(4)
    depth = len(line) - len(line.lstrip())
    end = pos
    for _ in range(12):
        if end <= 0:
            return None
        start = segment.rfind("\n", 0, end - 1) + 1
        line = segment[start : end - 1].expandtabs(4) if end - 1 > start else ""
        end = start
        stripped = line.lstrip()
        if not stripped:
            return None
        if stripped.startswith(":param") and len(line) - len(stripped) <= depth:
            # Sphinx continues a description at the same indentation
            m = _PARAM_LINE.match(stripped)
            return m.group(1) if m is not None else None
        if len(line) - len(stripped) < depth:
            if stripped[:2] in ("- ", "* "):
                depth = len(line) - len(stripped)  # `- A string: ...` nested in the description
                continue
            m = _PARAM_LINE.match(stripped)
            return m.group(1) if m is not None else None
    return None


def _documented_default(param: str, v: str) -> Value | None:
    """The default `v` a docstring documents for `param`: read as the parameter's name says,
    or as a model when the name says nothing and `v` is a hosted API's own name
    (`checker_name : str ... Default: "bedrock/meta.llama3-..."`)."""
    hint = name_hint(param)
    if hint is None or hint.weak:
        hint = MODEL_NAME if distinctive_api_name(v) else None
    return classify_value(v, hint) if hint is not None else None


#: A list of ids under a line that introduces it, in a docstring.
_DOC_LIST = _lazyre.compile(
    # `- org/x` items (in backticks too), or quoted ids, one per line
    r"^(?P<lead>[^\n]*:)[ \t]*\n(?:[ \t]*\n)?(?P<items>(?:[ \t]*(?:[-*][ \t]+[`\"']?|[\"'])"
    r"[\w.-]+(?:/[\w.-]+)?[\"'`]?[ \t]*(?:#[^\n]*)?(?:\n|$))+)",
    re.M,
)
_DOC_ITEM = _lazyre.compile(r"(?:[-*][ \t]+[`\"']?|[\"'])(?P<id>[\w.-]+(?:/[\w.-]+)?)")


#: `model='gpt-4'` written in a docstring's prose.
_PROSE_KWARG = _lazyre.compile(
    r"(?<![\w.])(?:model|model_name|model_id)[ \t]*=[ \t]*(?P<q>[\"'])(?P<v>[\w./:@-]{2,150})(?P=q)"
)
#: A Markdown table's header and delimiter rows inside a string.
_STRING_TABLE = _lazyre.compile(r"^[ \t]*\|[^\n]*\|[ \t]*\n[ \t]*\|[ \t]*:?-{3,}", re.M)


#: An environment setting in a docstring: `    CHATBOT_LLM_MODEL=openai/gpt-4o-mini` on its own
#: line (after `export ` too), or ``SEDA_TEST_MODEL=org/a,org/b`` in double backticks.
_DOC_ENV = _lazyre.compile(
    r"(?:^[ \t]*(?:export[ \t]+)?|``)(?P<k>[A-Z][A-Z0-9_]{2,60})=(?P<v>[^\s`'\"]{2,300})"
    r"(?=``|[ \t]|$)",
    re.M,
)


def _parses(body: str) -> bool:
    """Whether `body` (indented as written) parses as Python."""
    try:
        ast.parse(_dedent(body, _indent_of(body)))
    except (SyntaxError, ValueError):
        return False
    return True


def _indented_end(segment: str, start: int, limit: int) -> int:
    """Where the block of lines indented at least as deep as the line at `start` ends (the
    first line indented less that is not blank), before `limit`."""
    ls = segment.rfind("\n", 0, start) + 1
    depth = start - ls + len(segment[start:]) - len(segment[start:].lstrip(" \t"))
    pos = segment.find("\n", start)
    while 0 <= pos < limit:
        nxt = segment.find("\n", pos + 1)
        line = segment[pos + 1 : nxt if nxt != -1 else len(segment)]
        if line.strip() and len(line) - len(line.lstrip(" \t")) < depth:
            return pos
        if nxt == -1:
            break
        pos = nxt
    return limit


def may_hold_code(segment: str) -> bool:
    """Whether a string in a source file (a docstring) may hold code that
    `embedded_code_references` reads: a fence, a doctest, a reST block, a command line, an
    example section or an argument written in backticks."""
    return (
        "```" in segment
        or ">>>" in segment
        or "::" in segment
        or _DOC_COMMAND.search(segment) is not None
        or ("$ " in segment and _PROMPTED.search(segment) is not None)
        or ("`" in segment and _BACKTICKED_KWARG.search(segment) is not None)
        or ("`" in segment and "(" in segment and _BACKTICKED_CALL.search(segment) is not None)
        or (
            ("efault" in segment or "e.g." in segment or "for example" in segment)
            and (
                _PARAM_DEFAULT.search(segment) is not None
                or _CONT_DEFAULT.search(segment) is not None
                or _ITEM_DEFAULT.search(segment) is not None
            )
        )
        or (_DOC_LIST.search(segment) is not None)
        or ("=" in segment and _DOC_ENV.search(segment) is not None)
        or (("|-" in segment or "|:-" in segment) and _STRING_TABLE.search(segment) is not None)
        or ("import" in segment and _CODE_LISTING.search(segment) is not None)
        or ("model" in segment and _PROSE_KWARG.search(segment) is not None)
        or (
            ("xample" in segment or "sage" in segment)
            and (
                _EXAMPLE_SECTION.search(segment) is not None
                or _NUMPY_EXAMPLES.search(segment) is not None
            )
        )
    )


def embedded_code_references(
    path: str, index: LineIndex, start: int, segment: str, detector: str
) -> list[Reference]:
    """References in the code blocks of a string inside a source file (a docstring), placed in
    the file: `segment` is the string's source text, starting at offset `start`."""
    out: list[Reference] = []
    fenced: list[tuple[int, int]] = []
    if ("|-" in segment or "|:-" in segment) and _STRING_TABLE.search(segment) is not None:
        # a results table held in a string (`llm_eval_result = """| model_name | average |`)
        local = LineIndex(segment)
        for r in _table_cells(path + ".md", segment, local, [], detector):
            line, col = index.pos(start + local.starts[r.line - 1] + r.column - 1)
            out.append(replace(r, path=path, line=line, column=col))
    if "```" in segment or "~~~" in segment:
        for m in _FENCE.finditer(segment):
            fenced.append((m.start(), m.end()))
            body = m.group("body")
            out.extend(_block_at(path, index, start + m.start("body"), body, m["lang"], detector))
    if "::" in segment:
        # reST literal blocks (`Example::` or `::` then an indented body), Sphinx docstrings
        for m in _RST_BLOCK.finditer(segment):
            if in_spans(m.start(), fenced):
                continue
            fenced.append((m.start(), m.end()))
            body = m.group("body")
            out.extend(
                _block_at(path, index, start + m.start("body"), body, m["lang"] or "", detector)
            )
    if "import" in segment and ">>>" not in segment and not fenced:
        # a program printed or written out by the file (`print("""\n  from x import Backend\n
        #   judge = Judge(Backend("claude-sonnet-4-6"))\n""")`), read when it parses whole
        listing = _CODE_LISTING.search(segment)
        last = segment.rfind("\n")
        if listing is not None and last > listing.end():
            body = segment[listing.start() : last]
            if not _parses(body):
                # a module docstring's indented example, then its prose at the margin
                # (`    m = X.from_pretrained("org/x")` / `Requires: torch, ...`)
                last = _indented_end(segment, listing.start(), last)
                body = segment[listing.start() : last]
            if _parses(body):
                fenced.append((listing.start(), last))
                out.extend(
                    _block_at(path, index, start + listing.start(), body, "python", detector)
                )
    if "xample" in segment and "---" in segment:
        # a NumPy-style `Examples` section (`--------` under it), its body at the same indent
        for m in _NUMPY_EXAMPLES.finditer(segment):
            if in_spans(m.start(), fenced):
                continue
            nxt = _NUMPY_SECTION.search(segment, m.end())
            end = nxt.start() if nxt is not None else len(segment)
            body = segment[m.end() : end]
            if _PYTHONISH.search(body) is not None:
                fenced.append((m.start(), end))
                out.extend(_block_at(path, index, start + m.end(), body, "", detector))
    if "xample" in segment or "sage" in segment:
        # a Google-style `Example usage:` section whose indented body reads as Python
        for m in _EXAMPLE_SECTION.finditer(segment):
            if in_spans(m.start(), fenced):
                continue
            body = m.group("body")
            if _PYTHONISH.search(body) is not None:
                fenced.append((m.start(), m.end()))
                out.extend(_block_at(path, index, start + m.start("body"), body, "", detector))
            else:
                # `Example:\n    installm up --model meta-llama/Llama-3-8B`: a command line
                for cm in _FLAGGED_COMMAND.finditer(body):
                    base = start + m.start("body") + cm.start("cmd")
                    out.extend(
                        ref_at(path, index, base + f.offset, f.raw, f.value, detector)
                        for f in shell_found(cm.group("cmd"))
                    )
    commands = list(_DOC_COMMAND.finditer(segment))
    if "$ " in segment:
        # a docstring's example after a shell prompt: `$ pm-eval battle "..." -a gpt-4o`
        known = {m.start() for m in commands}
        commands += [m for m in _PROMPTED.finditer(segment) if m.start() not in known]
    for m in commands:
        # `Run:\n    vllm serve org/x --trust-remote-code` in prose, outside any fence
        if in_spans(m.start(), fenced):
            continue
        base = start + m.start("cmd")
        out.extend(
            ref_at(path, index, base + f.offset, f.raw, f.value, detector)
            for f in shell_found(m.group("cmd"))
        )
    if "`" in segment and ("=" in segment or "(" in segment):
        # `model_name_or_path="meta-llama/Llama-3.2-1B"` in backticks: an argument as written
        for m in _INLINE.finditer(segment):
            body = m.group("body")
            if in_spans(m.start(), fenced):
                continue
            if _INLINE_CALL.fullmatch(body) is not None:
                # ``init_chat_model("anthropic:claude-sonnet-5-5")``: a call as written
                at = start + m.start("body")
                out.extend(_block_at(path, index, at, body, "python", detector))
                continue
            if _INLINE_KWARG.match(body) is None:
                continue
            base = start + m.start("body")
            out.extend(
                ref_at(path, index, base + f.offset, f.raw, f.value, detector)
                for f in scan_tokens(body)
            )
    if "model" in segment:
        # `(e.g., model='gpt-4', provider='openai')`: a keyword argument written in prose
        for m in _PROSE_KWARG.finditer(segment):
            if in_spans(m.start(), fenced):
                continue
            value = classify_value(m.group("v"), MODEL_NAME)
            if value is not None:
                out.append(ref_at(path, index, start + m.start("v"), m.group("v"), value, detector))
    if "efault" in segment or "e.g." in segment or "for example" in segment:
        # NumPy `model_id : str, optional, default = "amazon/chronos-t5-small"`, Google
        # `model (str): ... Defaults to "org/x".`: a parameter's documented default
        for m in _PARAM_DEFAULT.finditer(segment):
            value = _documented_default(m.group("name"), m.group("v"))
            if value is not None:
                out.append(ref_at(path, index, start + m.start("v"), m.group("v"), value, detector))
            at = m.end("v")
            while (alt := _ALTERNATIVE.match(segment, at)) is not None:
                # `model: Model name, e.g. "gpt-4o" or "claude-sonnet-4-6".`: each example
                at = alt.end("v")
                value = _documented_default(m.group("name"), alt.group("v"))
                if value is not None:
                    out.append(
                        ref_at(path, index, start + alt.start("v"), alt["v"], value, detector)
                    )
        # Google style, the default on a continuation line of the parameter's description:
        # `default_model: The default model ...` / `    Defaults to "gpt-5-mini" if not set.`
        for m in _CONT_DEFAULT.finditer(segment):
            owner = _param_above(segment, m.start())
            value = _documented_default(owner, m.group("v")) if owner is not None else None
            if value is not None:
                out.append(ref_at(path, index, start + m.start("v"), m.group("v"), value, detector))
        # `model: Model to use. Defaults based on provider:` / `    - OpenAI: "dall-e-3"`
        for m in _ITEM_DEFAULT.finditer(segment):
            owner = _param_above(segment, m.start())
            value = _documented_default(owner, m.group("v")) if owner is not None else None
            if value is not None:
                out.append(ref_at(path, index, start + m.start("v"), m.group("v"), value, detector))
    if "- " in segment or "* " in segment or ":\n" in segment:
        # `Available models IDs:` then `- amazon/chronos-t5-tiny` lines
        for m in _DOC_LIST.finditer(segment):
            lead = m.group("lead")
            dataset = _CONTEXT_DATASET.search(lead) is not None
            if _CONTEXT_MODEL.search(lead) is None and not dataset:
                continue
            hint = DATASET_NAME if dataset else MODEL_NAME
            items = list(_DOC_ITEM.finditer(m.group("items")))
            if dataset and any("/" not in i.group("id") for i in items):
                continue  # a model card template's example `datasets:` manifest
            for item in items:
                # `The only valid embedding_model options are:` / `* all-MiniLM-L6-v2`: bare
                # names count where they are sentence-transformers or legacy model ids
                value = classify_value(item.group("id"), hint)
                if value is not None:
                    at = start + m.start("items") + item.start("id")
                    out.append(ref_at(path, index, at, item.group("id"), value, detector))
    if "=" in segment:
        # `Recommended env vars:` / `    CHATBOT_LLM_MODEL=openai/gpt-4o-mini`, or inline
        # ``SEDA_TEST_MODEL=org/a,org/b``: an environment setting the docstring documents
        for env in _DOC_ENV.finditer(segment):
            if in_spans(env.start(), fenced):
                continue
            said = name_hint(env.group("k"))
            if said is None or said.weak or said.kind not in (Kind.MODEL, Kind.DATASET):
                continue
            for off, raw, value in classify_items(env.group("v"), said):
                at = start + env.start("v") + off
                out.append(ref_at(path, index, at, raw, value, detector))
    if ">>>" in segment:
        for m in _DOCTEST_RUN.finditer(segment):
            if in_spans(m.start(), fenced):
                continue
            out.extend(_block_at(path, index, start + m.start(), m.group(), "python", detector))
    return out


_SELECT = _lazyre.compile(r"<select\b(?P<attrs>[^>]{0,500})>(?P<body>.*?)</select>", re.S | re.I)
_OPTION = _lazyre.compile(
    r"<option\b[^>]{0,200}?\bvalue[ \t]*=[ \t]*([\"'])(?P<v>[^\"'<>\s]{1,200})\1", re.I
)
_ATTR_NAME = _lazyre.compile(r"\b(?:id|name)[ \t]*=[ \t]*[\"']?([\w.-]+)", re.I)
_LABEL_TEXT = _lazyre.compile(r"<label\b[^>]*>([^<]{1,100})</label>\s*$", re.I)


def _select_options(path: str, text: str, index: LineIndex, detector: str) -> list[Reference]:
    """`<select id="modelSelect"><option value="onnx-community/Qwen2.5-0.5B-Instruct">`: the
    choices of a model picker in a page, named by the select's id or name or its label."""
    out: list[Reference] = []
    for m in _SELECT.finditer(text):
        hint: Hint | None = None
        for a in _ATTR_NAME.finditer(m.group("attrs")):
            hint = hint or name_hint(a.group(1))
        label = _LABEL_TEXT.search(text, max(0, m.start() - 300), m.start())
        if hint is None and label is not None:
            hint = name_hint(label.group(1).strip().replace(" ", "_"))
        for o in _OPTION.finditer(m.group("body")):
            raw = o.group("v")
            value = classify_value(raw, hint or WEAK)
            if value is not None:
                out.append(
                    ref_at(path, index, m.start("body") + o.start("v"), raw, value, detector)
                )
    return out


def text_references(path: str, text: str, detector: str = "text") -> list[Reference]:
    """References in prose: URLs everywhere, front matter and fenced code blocks."""
    if "\n>" in text and path.lower().endswith((".md", ".markdown", ".mdx")):
        # a blockquote's `> ` markers (a fence inside a `> [!TIP]`): blanked, columns kept
        text = _QUOTE_MARKER.sub(lambda m: " " * len(m.group()), text)
    index = LineIndex(text)
    out = url_references(path, text, index, detector)
    if text.startswith("---"):
        end = text.find("\n---", 3)
        if end != -1:
            for offset, raw, hint in yaml_values(text[:end]):
                value = classify_value(raw, hint)
                if value is not None:
                    out.append(ref_at(path, index, offset, raw, value, detector))
            # the Hub's relation tags: `tags: [base_model:adapter:org/x]`
            for m in _BASE_MODEL_TAG.finditer(text, 0, end):
                value = classify_value(m.group(), None)
                if value is not None:
                    out.append(ref_at(path, index, m.start(), m.group(), value, detector))
            # a model card's `model-index` results: `dataset: {name: <label>, type: <id>}`
            for m in _CARD_DATASET_TYPE.finditer(text, 0, end):
                raw = m.group("id").strip("\"'")
                value = classify_value(raw, Hint(Kind.DATASET, strong=True))
                if value is not None:
                    start = m.start("id") + (1 if m.group("id")[:1] in "\"'" else 0)
                    # MTEB's cards pin the dataset: `revision: e8379541...` in the same block
                    rm = _CARD_REVISION.search(m.group("block") or "")
                    if rm is not None and value.revision is None:
                        value = replace(value, revision=rm.group(1))
                    out.append(ref_at(path, index, start, raw, value, detector))
    if "<script" in text:
        for m in _SCRIPT.finditer(text):
            base = m.start("body")
            out.extend(
                ref_at(path, index, base + f.offset, f.raw, f.value, detector)
                for f in scan_tokens(m.group("body"))
            )
    if "<option" in text or "<OPTION" in text:
        out.extend(_select_options(path, text, index, detector))
    fenced: list[tuple[int, int]] = []
    myst: list[tuple[int, int]] = []
    if "```" in text or "~~~" in text:
        for m in _FENCE.finditer(text):
            if _myst_prose(text[m.start() : m.start("body")]):
                # a MyST directive's body (````{card}`, ```{attention}`) is Markdown: read as
                # prose too, not fenced off (its block reading below stays)
                myst.append((m.start(), m.end()))
            else:
                fenced.append((m.start(), m.end()))
            body = m.group("body")
            out.extend(_block_at(path, index, m.start("body"), body, m["lang"], detector))
            if m["lang"].lower() in ("", "text", "txt", "plaintext", "sh", "bash", "shell"):
                out.extend(
                    _id_list(path, text, index, m.start(), m.start("body"), m.end("body"), detector)
                )
            if m["lang"].lower() in _OUTPUT_FENCES:
                out.extend(_output_api_names(path, body, index, m.start("body"), detector))
            if m["lang"].lower() in _SHELL_FENCES and "#" in body:
                out.extend(_fence_comments(path, text, index, m.start("body"), body, detector))
        # a fence opened and never closed (`\`\`\`bash` ... `\`\`\`bash`): GitHub shows code up to
        # the next fence line; read it as code of its language
        for m in _FENCE_OPEN.finditer(text):
            if in_spans(m.start(), fenced) or in_spans(m.start(), myst):
                continue
            nxt = _FENCE_OPEN.search(text, m.end())
            end = nxt.start() if nxt is not None else len(text)
            fenced.append((m.start(), end))
            body = text[m.end() : end]
            out.extend(_block_at(path, index, m.end(), body, m["lang"], detector))
    if "`" in text and path.lower().endswith((".md", ".markdown", ".mdx")):
        # a command between two lines holding one backtick each: inline code over many lines,
        # written as a fence
        for m in _TICK_BLOCK.finditer(text):
            if in_spans(m.start(), fenced):
                continue
            body = m.group("body")
            if _TICK_COMMAND.search(body) is not None:
                fenced.append((m.start(), m.end()))
                out.extend(_block_at(path, index, m.start("body"), body, "bash", detector))
    if "::" in text and path.lower().endswith((".rst", ".rest", ".txt")):
        for m in _RST_BLOCK.finditer(text):
            fenced.append((m.start(), m.end()))
            out.extend(
                _block_at(path, index, m.start("body"), m.group("body"), m["lang"] or "", detector)
            )
    if path.lower().endswith((".md", ".markdown", ".mdx")) and ("\t" in text or "    " in text):
        for m in _INDENTED.finditer(text):
            if in_spans(m.start("body"), fenced):
                continue
            body = m.group("body")
            if _PYTHONISH.search(body) is not None:  # only code that reads as Python
                out.extend(_block_at(path, index, m.start("body"), body, "python", detector))
    if "`" in text:
        out.extend(_inline_refs(path, text, index, fenced, detector))
        if ".v" in text or "-v" in text:
            out.extend(_ticked_bedrock(path, text, index, fenced, detector))
    if '":' in text:
        # a curl body pasted into a note without a fence: `"model": "doubao-seed-2-0-mini",`
        out.extend(_named_lines(path, text, index, fenced, detector, _JSON_LINE))
    if path.lower().endswith((".md", ".markdown", ".mdx", ".rst", ".txt")):
        out.extend(_bullet_ids(path, text, index, fenced, detector))
        out.extend(_bullet_names(path, text, index, fenced, detector))
        out.extend(_doc_extras(path, text, index, fenced, detector))
    if path.lower().endswith(".mdx") and "<" in text:
        # a docs component's props: `<ModelCard modelId="org/name" />`
        for m in _JSX_TAG.finditer(text):
            if in_spans(m.start(), fenced):
                continue
            out.extend(
                ref_at(path, index, m.start() + f.offset, f.raw, f.value, detector)
                for f in scan_tokens(m.group())
            )
    if "|" in text and path.lower().endswith((".md", ".markdown", ".mdx")):
        out.extend(_table_cells(path, text, index, fenced, detector))
    if "<t" in text and path.lower().endswith(_PROSE_EXT):
        out.extend(_html_table_cells(path, text, index, fenced, detector))
    if path.lower().endswith(".txt") and "model" in PurePosixPath(path).name.lower():
        out.extend(_model_list_file(path, text, index, detector))
    if path.lower().endswith((".md", ".markdown", ".mdx", ".rst", ".txt")):
        out.extend(_prose_ids(path, text, index, fenced, detector))
        if "`" in text:
            out.extend(_id_lists(path, text, index, fenced, detector))
        if "(" in text:
            out.extend(_unfenced_calls(path, text, index, fenced, detector))
    if "/" in text:
        out.extend(prefixed_api_names(path, text, index, detector))
    if path.lower().endswith((*_PROSE_EXT, ".txt")):
        if ":" in text:
            out.extend(_provider_lists(path, text, index, fenced, detector))
        if _VENDOR_THEN_NAME.search(text) is not None:
            out.extend(_vendor_named(path, text, index, fenced, detector))
        if OLLAMA_FILE.get():
            out.extend(_prose_ollama_names(path, text, index, fenced, detector))
        if _PROSE_API.search(text) or _QUOTED_PROSE_API.search(text):
            out.extend(_prose_api_names(path, text, index, fenced, detector))
        out.extend(_catalog_names_in(path, text, index, fenced, detector))
        if "\n- " in text or "\n* " in text:
            out.extend(_heading_name_lists(path, text, index, fenced, detector))
        if _ST_STEM.search(text):
            out.extend(_prose_st_names(path, text, index, fenced, detector))
    if "<pre" in text or "<PRE" in text:
        out.extend(_pre_blocks(path, text, index, detector))
    if "=" in text and path.lower().endswith(_PROSE_DOCS):
        # a `.env` pasted without a fence: `GOOGLE_MODEL='gemini-2.5-flash-preview-04-17'`
        out.extend(_named_lines(path, text, index, fenced, detector, _ENV_LINE))
    if "ollama " in text or " download " in text or " --" in text:
        # `ollama pull qwen2:0.5b` written in prose (a heading, a bold line), not in code;
        # `hf download nvidia/Nemotron-Elastic-12B` on a line of its own in an unfenced file
        for m in _PROSE_COMMAND.finditer(text):
            if in_spans(m.start(), fenced):
                continue
            out.extend(
                ref_at(path, index, m.start() + f.offset, f.raw, f.value, detector)
                for f in shell_found(m.group())
            )
    if " \\\n" in text:
        # a command pasted without a fence (`docker run --rm \` / `  -e MODEL_ID=org/x \`)
        for m in _CONTINUED.finditer(text):
            if in_spans(m.start(), fenced):
                continue
            base = m.start()
            out.extend(
                ref_at(path, index, base + f.offset, f.raw, f.value, detector)
                for f in shell_found(m.group())
            )
    if "#" in text and ":" in text:
        # `### nomic-embed-text:v1.5`: a section per Ollama model (a benchmark's results)
        for m in _TAG_HEADING.finditer(text):
            tag = m.group("tag")
            if not in_spans(m.start(), fenced) and (
                is_ollama_tag(tag) or is_ollama_family(tag.partition(":")[0])
            ):
                out.append(
                    ref_at(path, index, m.start("tag"), tag, Value(Kind.SERVICE, tag), detector)
                )
    if "#" in text:
        # `## gpt-3.5-turbo`: a section per hosted model (a comparison's results)
        for m in _API_HEADING.finditer(text):
            name = m.group("name")
            svc = classify_service(name) if first_party_api_name(name) else None
            if svc is not None and not in_spans(m.start(), fenced):
                out.append(
                    ref_at(path, index, m.start("name"), name, Value(Kind.SERVICE, svc), detector)
                )
    if "#" in text and "/" in text and path.lower().endswith((".md", ".markdown", ".mdx")):
        # `## Default models` / `### forestav/LoRA-2000`: a section per model, named by its id
        for m in _ID_HEADING.finditer(text):
            if in_spans(m.start(), fenced):
                continue
            ident = m.group("id")
            if _TWO_WORDS.fullmatch(ident) is not None or _TITLE_PAIR.fullmatch(ident) is not None:
                continue  # `### Vision/Multimodal` over a list of models: a section's topic
            nxt = _HEADING.search(text, m.end())
            body = text[m.end() : nxt.start() if nxt is not None else len(text)]
            if "huggingface.co/" in body and f"/{ident.lower()}" not in body.lower():
                continue  # `## GPT-NeoX/RedPajama` over links to other repositories: a family
            outer = _outer_heading(path, text, m.end())
            hint = MODEL_NAME if _CONTEXT_MODEL.search(outer) is not None else WEAK
            value = classify_value(ident, hint)
            if value is not None and value.kind is Kind.MODEL:
                out.append(ref_at(path, index, m.start("id"), ident, value, detector))
    if "](" in text and "/" in text:
        # `[Llama 3.2 3B parameter model](unsloth/Llama-3.2-3B-Instruct)`: a link whose target
        # is a well-known organisation's model (a relative path that does not exist)
        for m in _ID_LINK.finditer(text):
            if not in_spans(m.start(), fenced):
                ident = m.group("id")
                value = classify_value(ident, WEAK)
                if value is not None and value.kind is Kind.MODEL:
                    out.append(ref_at(path, index, m.start("id"), ident, value, detector))
    if "|" in text and ":" in text:
        out.extend(_ollama_columns(path, text, index, fenced, detector))
    if ":" in text and ("- " in text or "* " in text):
        # `  - qwen2.5:7b: ~4.1GB VRAM`: a list item led by a sized Ollama tag
        for m in _SIZED_ITEM.finditer(text):
            tag = m.group("tag")
            if sized_ollama_tag(tag) and not in_spans(m.start(), fenced):
                out.append(
                    ref_at(path, index, m.start("tag"), tag, Value(Kind.SERVICE, tag), detector)
                )
    if "openrouter/" in text:
        # `0  openrouter/openai/gpt-5   0.168470` (a run's results, in a bare fence or prose):
        # LiteLLM's OpenRouter path is a hosted name however it is written down
        for m in _OPENROUTER_PATH.finditer(text):
            svc = classify_service(m.group())
            if svc is not None:
                out.append(
                    ref_at(path, index, m.start(), m.group(), Value(Kind.SERVICE, svc), detector)
                )
    if ":" in text and "/" in text:
        # `- meta-llama/llama-3.3-70b-instruct:free`: OpenRouter's variant of a model
        out.extend(_hosted_names(path, text, index, fenced, _OPENROUTER_SLUG, "slug", detector))
    if ":" in text:
        # `- **llama3:70b**: best quality`, ``Try `qwen2:7b` ``: an Ollama family with a size
        tags = [m for m in TAG_TOKEN.finditer(text) if not in_spans(m.start(), fenced)]
        # (any tag of a library family, `phi4:latest`, in a file that names Ollama or its
        # sized tags: `- **qwen2.5:7b**: Good` / `- **phi4:latest**: Good`)
        any_tag = path.lower().endswith(_PROSE_DOCS) and (
            OLLAMA_FILE.get() or any(sized_ollama_tag(m.group("tag")) for m in tags)
        )
        for m in tags:
            tag = m.group("tag")
            sized = sized_ollama_tag(tag) or (
                any_tag and is_ollama_tag(tag) and is_ollama_family(tag.partition(":")[0])
            )
            if sized:
                out.append(
                    ref_at(path, index, m.start("tag"), tag, Value(Kind.SERVICE, tag), detector)
                )
    if "@cf/" in text or "@hf/" in text:
        # Cloudflare Workers AI's own names in prose: `提供的\`@cf/baai/bge-base-en-v1.5\``
        out.extend(_hosted_names(path, text, index, fenced, _WORKERS_AI, 0, detector))
    if "developers.cloudflare.com/workers-ai/models" in text:
        # `Model: [meta/llama-3.1-8b-instruct](https://developers.cloudflare.com/workers-ai/
        # models/...)`: the catalogue's name of a Workers AI model, linked to its page
        out.extend(_hosted_names(path, text, index, fenced, _WORKERS_AI_LINK, "id", detector))
    if "at revision" in text:
        # sentence-transformers' model cards: `[org/x](https://huggingface.co/org/x)
        # <!-- at revision 7b02... -->`
        pinned = {index.pos(m.start())[0]: m.group(1) for m in _AT_REVISION.finditer(text)}
        out = [
            replace(r, revision=pinned[r.line])
            if r.line in pinned and r.revision is None and r.kind is not Kind.SERVICE
            else r
            for r in out
        ]
    # (a docs page's sample picture is decoration also in its code blocks: `curl -d
    # '{"image_url": "https://huggingface.co/datasets/huggingface/documentation-images/..."}'`)
    out = [r for r in out if not (r.kind is Kind.DATASET and r.identifier in ASSET_DATASETS)]
    if "|" in text and "lias" in text:
        aliases = _alias_cells(text, index, fenced)
        out = [r for r in out if (r.line, r.column) not in aliases]
    return _hub_twins(out)


#: A table column of a project's own short names (`| Alias | Model |` over `| qwen3-vl:2b |
#: Qwen/Qwen3-VL-2B-Instruct |`): what the tool calls a model, not a model.
_ALIAS_COLUMN = _lazyre.compile(r"[*_`]*(?:alias(?:es)?|model[ _]alias(?:es)?)[*_`]*", re.I)


def _alias_cells(
    text: str, index: LineIndex, fenced: list[tuple[int, int]]
) -> set[tuple[int, int]]:
    """The (line, column) of every character in a table's alias column."""
    at: set[tuple[int, int]] = set()
    for rows in _table_runs(text, fenced):
        cells = rows[0].group().split("|")
        columns = {i for i, c in enumerate(cells) if _ALIAS_COLUMN.fullmatch(c.strip())}
        if not columns:
            continue
        for m in rows[1:]:
            offset = m.start()
            for i, cell in enumerate(m.group().split("|")):
                if i in columns:
                    line, col = index.pos(offset)
                    at.update((line, col + k) for k in range(len(cell)))
                offset += len(cell) + 1
    return at


#: A JSON member alone on a prose line: a request body pasted without a fence.
_JSON_LINE = _lazyre.compile(
    r"^[ \t]*\"(?P<k>[A-Za-z_][\w.-]{0,40})\"[ \t]*:[ \t]*\"(?P<v>[^\"\s]{1,200})\"[ \t]*,?[ \t]*$",
    re.M,
)


def _named_lines(
    path: str,
    text: str,
    index: LineIndex,
    fenced: list[tuple[int, int]],
    detector: str,
    rx: re.Pattern[str],
) -> Iterator[Reference]:
    """Settings on lines of their own outside any fence (`rx` with groups `k` and `v`: a
    `.env` line, a JSON member): the name says what its value is, as in the file pasted."""
    for m in rx.finditer(text):
        if in_spans(m.start(), fenced):
            continue
        hint = name_hint(m.group("k"))
        if hint is None or hint.weak:
            continue
        value = classify_value(m.group("v"), hint)
        if value is not None:
            yield ref_at(path, index, m.start("v"), m.group("v"), value, detector)


def _hub_twins(refs: list[Reference]) -> list[Reference]:
    """``Download `jina-embeddings-v3` model from https://huggingface.co/jinaai/jina-embeddings-v3``:
    a hosted name beside a link to the Hub repository of that name, on one prose line, is the
    repository (its short name), not the API's model (a gateway's `databricks/databricks-x`
    is no link: its model reading yields to the service)."""
    names = {
        (r.line, r.identifier.rpartition("/")[2].lower())
        for r in refs
        if r.kind is Kind.MODEL
        and "/" in r.identifier
        and ("hf.co/" in r.text or "face.co/" in r.text)
    }
    if not names:
        return refs
    return [
        r for r in refs if not (r.kind is Kind.SERVICE and (r.line, r.identifier.lower()) in names)
    ]


_LIST_FILE_LINE = _lazyre.compile(r"^[ \t]*(?P<v>[\w.:/@-]{2,200})[ \t]*$", re.MULTILINE)


def _model_list_file(path: str, text: str, index: LineIndex, detector: str) -> list[Reference]:
    """`models.txt`, one id a line (`bert-base-cased`, `roberta-large`, a download script's
    input): the file's name says what its lines are, legacy ids and hosted names included."""
    lines = [ln for ln in text.split("\n") if ln.strip() and not ln.lstrip().startswith("#")]
    if not 2 <= len(lines) <= 2000:
        return []
    items = list(_LIST_FILE_LINE.finditer(text))
    if len(items) != len(lines):
        return []  # prose, or several words a line
    found = [(m, classify_value(m.group("v"), MODEL_NAME)) for m in items]
    if 5 * sum(v is not None for _, v in found) < 4 * len(found):
        return []  # mostly something else (paths, labels)
    return [
        ref_at(path, index, m.start("v"), m.group("v"), v, detector)
        for m, v in found
        if v is not None
    ]


def _hosted_names(
    path: str,
    text: str,
    index: LineIndex,
    fenced: list[tuple[int, int]],
    rx: re.Pattern[str],
    group: int | str,
    detector: str,
) -> Iterator[Reference]:
    """Each match of `rx` outside `fenced` whose `group` is a hosted model's own name, as
    written."""
    for m in rx.finditer(text):
        if not in_spans(m.start(), fenced):
            name = m.group(group)
            yield ref_at(path, index, m.start(group), name, Value(Kind.SERVICE, name), detector)


_WORKERS_AI = _lazyre.compile(r"(?<![\w/@])@(?:cf|hf)/[\w.-]+/[\w.-]*\w", re.ASCII)
_WORKERS_AI_LINK = _lazyre.compile(
    r"\[`?(?P<id>[\w.-]+/[\w.-]+)`?\]\(https?://developers\.cloudflare\.com/workers-ai/models/"
)
_ID_HEADING = _lazyre.compile(
    r"^#{2,6}[ \t]+`?(?P<id>[A-Za-z0-9][\w.-]*/[\w.-]*[A-Za-z0-9])`?[ \t]*$", re.M
)
_ID_LINK = _lazyre.compile(r"\]\((?P<id>[A-Za-z0-9][\w-]*/[\w.-]*[A-Za-z0-9])\)")
_KEYWORDS_HEADER = _lazyre.compile(r"^Keywords:[^\n]*", re.M)
_ENV_LINE = _lazyre.compile(
    r"^[ \t]*(?:export[ \t]+)?(?P<k>[A-Z][A-Z0-9_]*)=(?P<q>[\"']?)(?P<v>[^\s\"'#<>]+)(?P=q)[ \t]*$",
    re.M,
)
_PROSE_DOCS = (".md", ".markdown", ".mdx", ".rst", ".txt")
_API_HEADING = _lazyre.compile(
    r"^#{1,6}[ \t]+`?(?P<name>[a-z][a-z0-9]*-[\w.-]*\d[\w.-]*)`?[ \t]*$", re.M
)
_TAG_HEADING = _lazyre.compile(r"^#{1,6}[ \t]+`?(?P<tag>[a-z][\w.-]*:[\w.-]+)`?[ \t]*$", re.M)
_OPENROUTER_SLUG = _lazyre.compile(
    r"(?<![\w./:@-])(?P<slug>[a-z0-9][\w.-]*/[\w.-]+:" + OPENROUTER_VARIANTS + r")(?![\w/@:-])"
)
_AT_REVISION = _lazyre.compile(r"<!--[ \t]*at revision ([0-9a-f]{7,40})[ \t]*-->")
_OPENROUTER_PATH = _lazyre.compile(
    r"(?<![\w./:@-])openrouter/[a-z0-9][\w.-]*/[\w.:-]*[A-Za-z0-9](?![\w/@-])", re.ASCII
)


#: A first-party hosted-API name written in prose, as the API spells it (lower case).
#: A first-party API's name as prose writes it: `gpt-4o`, `claude-3-5-sonnet-20240620`.
_PROSE_API_ID = (
    r"(?P<id>(?:gpt|chatgpt|o[134]|claude|gemini|grok|text-embedding|voyage|command)"
    r"-[\w.:-]*[a-z0-9])"
)
_PROSE_API = _lazyre.compile(
    # (Vertex AI's dated Claude names: `claude-3-5-sonnet-v2@20241022`; `o4-mini's`)
    r"(?<![\w./:@'\"-])(?:" + _PROSE_API_ID + r")(?:@20\d{6})?(?![\w/@\"-]|'(?!s\b))",
    re.ASCII,  # (Chinese and Japanese write names against their words: `使用gpt-4o`)
)
#: The same in double quotes, as prose quotes a setting: `uses the "claude-3-5-sonnet-20240620"
#: model by default`.
_QUOTED_PROSE_API = _lazyre.compile(r'(?<![\w=:])"' + _PROSE_API_ID + r'"(?![\w"])', re.ASCII)
#: Names no prose uses for anything but the model: `o4-mini`, `gpt-4o-mini`, `gemini-2.5-pro`.
_UNMISTAKABLE_API = _lazyre.compile(
    r"(?:o[134]-(?:mini|pro)|gpt-4o(?:-mini)?|gpt-4\.1(?:-mini|-nano)?|gpt-5(?:\.\d)?(?:-mini|-nano|-pro|-codex)?|"
    r"claude-(?:opus|sonnet|haiku)-\d(?:[.-]\d)?|claude-3(?:-[57])?-(?:opus|sonnet|haiku)|"
    r"gemini-[12]\.\d-(?:pro|flash)(?:-lite)?|gemini-[3]-(?:pro|flash))"
)
_LINK_TARGET = _lazyre.compile(r"\]\([^)\s]*\)|https?://\S+")
#: The vendor's name right before its model's: `OpenAI gpt-image-2`, `Anthropic's claude-...`.
_VENDOR_BEFORE = _lazyre.compile(
    r"\b(?:OpenAI|Anthropic|Google|xAI|Mistral|Cohere|Gemini)(?:'s)?[ \t]+\**$"
)


def prose_api_names(
    path: str, text: str, index: LineIndex, start: int, end: int, detector: str
) -> list[Reference]:
    """The first-party API names `_prose_api_names` reads, within `text[start:end]` (a string
    in a source file), each line of it on its own."""
    return list(_api_names_in(path, text, index, start, end, [], detector, markup=False))


def prose_hub_ids(
    path: str,
    text: str,
    index: LineIndex,
    start: int,
    end: int,
    detector: str,
    context: str = "",
    offers: bool = True,
) -> Iterator[Reference]:
    """Hub model ids written in the prose of a string in a source file (a docstring's `(for
    example ``CompVis/ldm-text2im-large-256``)`, a message listing checkpoints): a well-known
    organisation's model anywhere, an id set off as code or offered as an example on a line
    that says model or repo id (or whose `context`, a form field's label, says so); not an
    example an error or log message gives (`offers`: `must be a full repo id, e.g. "org/x"`)."""
    for m in _STRING_ID.finditer(text, start, end):
        ident = m.group("id")
        ls = max(text.rfind("\n", 0, m.start()) + 1, start)
        le = text.find("\n", m.end(), end)
        line = text[ls : le if le != -1 else end]
        above_start = max(text.rfind("\n", 0, max(ls - 1, 0)) + 1, start)
        above = text[above_start:ls]
        # (an example the string quotes or offers: `repo ID (e.g., 'org/x')`, `e.g., org/x,
        # org/y`, `an HF repo id (e.g.` then the id on the next line)
        offered = _OFFERED_ID.search(text, above_start, m.start("id")) if offers else None
        said = above + line if offered is not None and offered.start() < ls else line
        if offered is not None and _PUSHED.search(said) is not None:
            offered = None  # `The full repository ID to push to, e.g. "org/x"`: an output
        if offered is not None and _OWNER_REPO.search(said) is not None:
            continue  # `Repository identifier in format 'owner/repo' (e.g., 'org/x')`: GitHub's
        if _NOT_A_MODEL.search(line + above) is not None:
            # (`eval_datasets ...:` / `e.g. [{"id": "mteb/stsbenchmark-sts"}]`); a dataset the
            # string offers as an example: `dataset: a Hugging Face dataset id (e.g. "org/x")`
            data = classify_value(ident, DATASET_NAME) if offered is not None else None
            if data is not None and data.kind is Kind.DATASET and _DATASET_ID.search(said):
                yield ref_at(path, index, m.start("id"), ident, data, detector)
            continue
        ticked = text.startswith("`", m.start()) and text.startswith("`", m.end() - 1)
        ticked = ticked or offered is not None
        name = ident.partition("/")[2]
        hint = (
            MODEL_NAME
            if ticked
            # (the sentence may start on the line above: `The checkpoint is` / `publicly
            # hosted at ``org/x``.`; not a line that says GitHub)
            and _CONTEXT_REPO.search(above + said + context) is not None
            and "github" not in line.lower()
            and ("-" in name or any(c.isdigit() for c in name))
            else WEAK
        )
        value = classify_value(ident, hint)
        # (a known publisher's repository named for data is a dataset: `built from Argilla
        # \`argilla/distilabel-intel-orca-dpo-pairs\``; a catalogue's slug beside its API is
        # the API's: `meta/llama-3.1-70b-instruct` beside NVIDIA's; not a docstring's `models
        # openai/o3, openai/o4-mini` that it does not support)
        if value is not None and (value.kind is not Kind.SERVICE or NIM_FILE.get()):
            yield ref_at(path, index, m.start("id"), ident, value, detector)


def heading_model_lists(
    path: str, text: str, index: LineIndex, start: int, end: int, detector: str
) -> Iterator[Reference]:
    """The names a docstring lists under a heading that says models, one an indented line
    (`Popular models:` / `    llama-3.1-8b-instant (fastest)`): a hosted API's names as it
    spells them, Ollama's library names where the string names Ollama, `org/name` ids."""
    block = text[start:end]
    ollama = "ollama" in block.lower()
    for head in _MODELS_HEADING.finditer(text, start, end):
        indent = len(head.group("indent").expandtabs())
        pos = head.end() + 1
        while pos < end:
            le = text.find("\n", pos, end)
            le = end if le == -1 else le
            item = _HEADED_ITEM.match(text, pos, le)
            if item is None:
                break
            deeper = len(item.group("indent").expandtabs()) - indent
            if deeper < 0 or (deeper == 0 and not item.group("bullet")):
                break  # (a bullet may sit at the heading's own indentation: `- gpt-4o (latest)`)
            # `- llama2, llama2:13b, llama2:70b`: one item may list several
            names = [(item.start("id"), item.group("id"))] + [
                (item.start("more") + m.start("id"), m.group("id"))
                for m in _MORE_ITEM.finditer(item.group("more") or "")
            ]
            for at, ident in names:
                value: Value | None = None
                if "/" in ident:
                    value = classify_value(ident, MODEL_NAME)
                elif ollama and is_ollama_family(ident.partition(":")[0]) and ident.islower():
                    value = Value(Kind.SERVICE, ident)
                else:
                    svc = classify_service(ident) if ident.islower() else None
                    if svc is not None and API_FAMILY_ONLY.fullmatch(ident) is None:
                        value = Value(Kind.SERVICE, svc)
                if value is not None:
                    yield ref_at(path, index, at, ident, value, detector)
            pos = le + 1


#: A line that heads a list of models: `Popular models (all free):`, `Free models:`.
_MODELS_HEADING = _lazyre.compile(
    r"^(?P<indent>[ \t]*)(?:[\w'`<>()/-]+[ \t]+){0,4}?models\b[^\n:]{0,80}:[ \t]*$",
    re.M | re.I,
)
#: An item of it: the name, then perhaps what it is good for (`(default, fast)`, `- cheap`).
_HEADED_ITEM = _lazyre.compile(
    r"(?P<indent>[ \t]*)(?P<bullet>[-*•][ \t]+)?`?(?P<id>[A-Za-z0-9][\w.:/-]*[\w])`?"
    r"(?P<more>(?:,[ \t]*`?[A-Za-z0-9][\w.:/-]*[\w]`?){0,12})"
    r"(?:[ \t]+(?:\(|[-—–:#])[^\n]*)?[ \t]*$"
)
_MORE_ITEM = _lazyre.compile(r",[ \t]*`?(?P<id>[A-Za-z0-9][\w.:/-]*[\w])`?")


#: An `org/name` in a string's prose, bare or in backticks (not a path's or a URL's part).
_STRING_ID = _lazyre.compile(
    r"(?<![\w./:@~$<{-])`{0,2}(?P<id>[A-Za-z0-9][\w.-]*/[\w.-]*[A-Za-z0-9])`{0,2}(?![\w/@:-]|\.[\w/.-])"
)  # (a full stop may end the sentence: `using nvidia/parakeet-tdt-0.6b-v3.`)
_NOT_A_MODEL = _lazyre.compile(r"data ?sets?(?![a-z])|corpus|corpora|\bspaces?\b|数据集", re.I)
_CONTEXT_REPO = _lazyre.compile(
    r"model|checkpoint|pretrained|repo(?:sitory)? id|(?<![Gg]it)hub\b|\bhf[ _-]?repo"
    r"|hugging ?face repo|\blora\b|\bdownload",
    re.I,
)
_PUSHED = _lazyre.compile(r"\b(?:push|upload|publish|save)", re.I)
#: Words that say an example is a Hub dataset's id: `a Hugging Face dataset id (e.g. ...)`.
_DATASET_ID = _lazyre.compile(
    r"(?:hugging ?face|\bhf|\bhub)\b[^\n]{0,20}\bdataset[ _]?(?:id|name|repo)", re.I
)
#: GitHub's word for a repository's name: `in format 'owner/repo'`.
_OWNER_REPO = _lazyre.compile(r"\bowner/repo(?:sitory)?\b", re.IGNORECASE)
#: What comes just before an id a string quotes or offers as an example.
_OFFERED_ID = _lazyre.compile(
    r"(?:\be\.g\.,?|\bfor example,?|\bsuch as)[ \t]*\n?[ \t]*"
    r"(?:['\"][^'\"\n]{1,100}['\"],?[ \t]*|[\w.-]+/[\w.-]+,[ \t]*){0,4}[`'\"]{0,3}\Z"
)


def _prose_api_names(
    path: str, text: str, index: LineIndex, fenced: list[tuple[int, int]], detector: str
) -> Iterator[Reference]:
    """`I used gpt-4o model for Vision Parse`, `support for o3-mini and gpt-4o-mini models`,
    `--model MODEL - Main model name (default: gpt-5)`: a first-party API name in prose, on a
    line that says model."""
    yield from _api_names_in(path, text, index, 0, len(text), fenced, detector, markup=True)


#: A hosted catalogue's name in prose (`mixtral-8x7b-32768`, `llama3-70b-8192`): lower case,
#: dashed, with a digit.
_PROSE_CATALOG = _lazyre.compile(
    r"(?<![\w./:@'\"`-])(?P<id>[a-z][a-z0-9]*(?:[.-][a-z0-9]+)+)(?![\w/@'\"`-])", re.ASCII
)


_BEDROCK_VERSION = _lazyre.compile(r":\d+(?![\w.:/-])")


def _catalog_names_in(
    path: str, text: str, index: LineIndex, fenced: list[tuple[int, int]], detector: str
) -> Iterator[Reference]:
    """`Users can select between mixtral-8x7b-32768, llama3-70b-8192 ... models`,
    `gemini-pro-vision model`: names a hosted API serves, as it spells them, on a prose line that
    says model (the first-party families' own rule is `_api_names_in`)."""
    for m in _PROSE_CATALOG.finditer(text):
        ident = m.group("id")
        version = _BEDROCK_VERSION.match(text, m.end())
        if version is not None and classify_service(ident + version.group()) is not None:
            ident += version.group()  # Bedrock's `anthropic.claude-3-5-sonnet-20241022-v2:0`
        if (
            ident.count("-") < 2  # (`deepseek-r1`, `embedding-3`: family words as often)
            or (not any(c.isdigit() for c in ident) and not ident.startswith(_FIRST_PARTY_STEMS))
            or in_spans(m.start(), fenced)
            or (_PROSE_API.fullmatch(ident) is not None and first_party_api_name(ident))
        ):
            continue
        _, line = _line_around(text, m.start(), m.end())
        if (
            line.lstrip().startswith(("|", "<", "#", "    "))
            or "](" in line
            or _CONTEXT_MODEL.search(_LINK_TARGET.sub("", line)) is None
        ):
            continue
        svc = classify_service(ident)  # (the catalogue last: the dearest test)
        if svc is None or API_FAMILY_ONLY.fullmatch(ident) is not None:
            continue
        yield ref_at(path, index, m.start("id"), ident, Value(Kind.SERVICE, svc), detector)


#: A bullet that is only a list of names: `- qwen-turbo, qwen-plus, qwen-max`.
_NAME_BULLET = _lazyre.compile(
    r"^[ \t]*[-*+][ \t]+"
    r"(?P<items>[a-z][\w.:-]*[a-z0-9](?:[ \t]*[,，、][ \t]*[a-z][\w.:-]*[a-z0-9])+)[ \t]*$",
    re.M,
)


def _heading_name_lists(
    path: str, text: str, index: LineIndex, fenced: list[tuple[int, int]], detector: str
) -> Iterator[Reference]:
    """`#### 通义千问模型` over `- qwen-turbo, qwen-plus, qwen-max`: a bullet listing only hosted
    names, every one of them a name the API serves, under a heading that says model."""
    for m in _NAME_BULLET.finditer(text):
        if in_spans(m.start(), fenced):
            continue
        items = list(_BULLET_ITEM.finditer(m.group("items")))
        named = [(i, svc) for i in items if (svc := classify_service(i.group())) is not None]
        if len(named) < 2 or len(named) < len(items):
            continue
        heading = _last_heading(path, text, m.start())
        if _CONTEXT_MODEL.search(heading) is None or _RETIRED.search(heading) is not None:
            continue  # (`### Deprecated Models (No Longer Available)`: not what it uses)
        for i, svc in named:
            at = m.start("items") + i.start()
            yield ref_at(path, index, at, i.group(), Value(Kind.SERVICE, svc), detector)


_BULLET_ITEM = _lazyre.compile(r"[a-z][\w.:-]*[a-z0-9]")
_RETIRED = _lazyre.compile(r"deprecat|no longer|removed|retired|unsupported|弃用|不再", re.I)
_OUTPUT_FENCES = frozenset({"", "text", "txt", "plaintext", "log", "console", "output"})
_BARE_API = _lazyre.compile(r"(?<![\w./:@'\"`=-])(?P<id>[\w.-]+)(?![\w/@'\"`=-])")


def _output_api_names(
    path: str, body: str, index: LineIndex, base: int, detector: str
) -> Iterator[Reference]:
    """`[OpenAI/flagship] gpt-4o (main_key) -> 429` in a fence of output or logs: a name no one
    writes for anything but the model (quoted ones are the code readers')."""
    for m in _BARE_API.finditer(body):
        ident = m.group("id").rstrip(".")
        if _UNMISTAKABLE_API.fullmatch(ident) is not None:
            svc = classify_service(ident)
            if svc is not None:
                yield ref_at(
                    path, index, base + m.start(), ident, Value(Kind.SERVICE, svc), detector
                )


_FIRST_PARTY_STEMS = ("gemini-", "claude-", "gpt-", "command-")
#: llama.cpp's programs, named like a family: `llama-bench`, `llama-quantize`.
_LLAMA_CPP_TOOLS = frozenset(
    {"llama-bench", "llama-quantize", "llama-perplexity", "llama-embedding", "llama-imatrix",
     "llama-gguf-split", "llama-run", "llama-simple", "llama-batched", "llama-export-lora",
     "llama-tokenize", "llama-mtmd-cli", "llama-llava-cli", "llama-cvector-generator"}
)  # fmt: skip


_SHELL_FENCES = frozenset({"sh", "bash", "shell", "zsh", "console"})
#: A shell comment: `#` at a line's start or after a blank, not `$#` or `${#x}`.
_SHELL_COMMENT = _lazyre.compile(r"(?:^|(?<=[ \t]))#(?![!{])[ \t]*(?P<prose>[^\n]*)", re.MULTILINE)


def _fence_comments(
    path: str, text: str, index: LineIndex, base: int, body: str, detector: str
) -> Iterator[Reference]:
    """`pip install modelgpt[openai]   # OpenAI (gpt-4o, gpt-4o-mini, ...)`: a README's shell
    block explains itself in comments, which are prose; the shell scanner skips them."""
    for c in _SHELL_COMMENT.finditer(body):
        yield from _api_names_in(
            path, text, index, base + c.start("prose"), base + c.end(), [], detector, markup=False
        )


def _api_names_in(
    path: str,
    text: str,
    index: LineIndex,
    start: int,
    end: int,
    fenced: list[tuple[int, int]],
    detector: str,
    *,
    markup: bool,
) -> Iterator[Reference]:
    """First-party API names as the API spells them within `text[start:end]`, outside `fenced`,
    on a line (cut to the span) that says model (`markup`: Markdown's tables and HTML lines
    have their own rules)."""
    matches = list(_PROSE_API.finditer(text, start, end))
    if markup and text.find('"', start, end) != -1:
        matches.extend(_QUOTED_PROSE_API.finditer(text, start, end))
    for m in matches:
        ident = m.group("id")
        before = text[m.start("id") - 1 : m.start("id")] if m.start("id") > start else ""
        after = text[m.end("id") : m.end("id") + 1]
        # `*text-embedding-3-large*`, `` `claude-opus-4-1` ``: a name set off in emphasis or as
        # code (not `gpt-5*`, a family)
        marked = before == after and before in ("*", "_", "`")
        if (
            (after == "*" and not marked)
            or _DISPLAY_VERSION.match(text, m.end()) is not None
            # `for gpt-5 family models`, `the claude-3 series`: a family, not a model
            or _FAMILY_AFTER.match(text, m.end("id")) is not None
            or (before == "`") != (after == "`")
            or not ident.islower()
            or API_FAMILY_ONLY.fullmatch(ident) is not None
            or not first_party_api_name(ident)
            or in_spans(m.start(), fenced)
        ):
            continue
        ls = max(text.rfind("\n", 0, m.start()) + 1, start)
        le = text.find("\n", m.end(), end)
        line = text[ls : le if le != -1 else end]
        if markup and line.lstrip().startswith(("|", "<")):
            continue  # tables and HTML have their own rules
        if (
            _CONTEXT_MODEL.search(_LINK_TARGET.sub("", line)) is None
            and _PROVIDER_LINE.match(line) is None
            and not DATED_NAME.search(ident)
            # (`production embedding using text-embedding-3-small`: the name says what it is)
            and not ident.startswith("text-embedding-")
            and not (marked and markup)
            and not (markup and _UNMISTAKABLE_API.fullmatch(ident) and "](" not in line)
            # (`a CLI for OpenAI gpt-image-2, Google Imagen`: the vendor names its model)
            and _VENDOR_BEFORE.search(text[max(ls, m.start("id") - 16) : m.start("id")]) is None
            and not (
                # `The script supports: gpt-3.5-turbo, gpt-4, gpt-4-turbo-preview` under
                # `### "Model may not be available"`: a list of them, in a section on models
                markup
                and len(_PROSE_API.findall(line)) >= 2
                and _CONTEXT_MODEL.search(_last_heading(path, text, ls)) is not None
            )
        ):
            # (`[OpenAI o4-mini](/docs/llms/openai.html)`: the address says nothing); a dated
            # name (`Claude (claude-sonnet-4-20250514)`) is a model's release, wherever it is
            continue
        svc = classify_service(ident)
        if svc is not None:
            yield ref_at(path, index, m.start("id"), ident, Value(Kind.SERVICE, svc), detector)
    if ":" in text[start:end]:
        # `(e.g., 'google:gemini-3.5-flash', 'openai:gpt-5.4')`: a provider's model as a
        # `provider:model` setting is written, quoted
        for q in _QUOTED_PROVIDER_MODEL.finditer(text, start, end):
            if in_spans(q.start(), fenced):
                continue
            named = provider_model(q.group("v"))
            if named is not None and first_party_api_name(named):
                value = Value(Kind.SERVICE, named)
                yield ref_at(path, index, q.start("v"), q.group("v"), value, detector)


_FAMILY_AFTER = _lazyre.compile(r"[ \t-]+(?:family|families|series)\b", re.I)
_QUOTED_PROVIDER_MODEL = _lazyre.compile(
    r"(?P<q>['\"])(?P<v>[a-z][\w-]{1,20}:[\w][\w.:/-]{1,80})(?P=q)", re.ASCII
)


#: A Bedrock model id set as code in prose: `` `us.anthropic.claude-opus-4-5-20251101-v1:0` ``.
_TICKED_BEDROCK = _lazyre.compile(
    r"`(?P<id>(?:(?:us|eu|apac|global|jp|au|ca|us-gov)\.)?"
    r"(?:anthropic|amazon|meta|mistral|cohere|ai21|deepseek|qwen|openai|writer)\."
    r"[a-z0-9][\w.-]*-v\d+(?::\d+)?)`"
)


def _ticked_bedrock(
    path: str, text: str, index: LineIndex, fenced: list[tuple[int, int]], detector: str
) -> Iterator[Reference]:
    """A Bedrock id in backticks, wherever prose puts it: the vendor, the name and the version
    say what it is (`` `anthropic.claude-sonnet-4-20250514-v1:0` was rejected for ``)."""
    for m in _TICKED_BEDROCK.finditer(text):
        if in_spans(m.start(), fenced):
            continue
        svc = classify_service(m.group("id"))
        if svc is not None:
            yield ref_at(
                path, index, m.start("id"), m.group("id"), Value(Kind.SERVICE, svc), detector
            )


#: A display name's version after a name: `claude-3-5-sonnet v2 (ModelID = ...)`.
_DISPLAY_VERSION = _lazyre.compile(r"[ \t]v\d\b")
_BASE_MODEL_TAG = _lazyre.compile(
    r"(?<![\w:])base_model:(?:adapter|finetune|quantized|merge):[\w.-]+/[\w.-]+"
)
_PLAIN_BEFORE = r"(?<![\w./:@`'\"\[-])"
_PLAIN_NAME = r"[a-z]+\d+(?:\.\d+)?(?:-[a-z]+)?"
_PLAIN_AFTER = r"(?![\w/@`'\":-]|\.\w)"
#: A library name with its version, written plainly in prose (`the llama3.1 model`).
_PLAIN_LIBRARY = _lazyre.compile(_PLAIN_BEFORE + rf"(?P<id>{_PLAIN_NAME})" + _PLAIN_AFTER)
#: The same, or with a size tag: `help="default aligns with Ollama gemma3:27b"`.
_PLAIN_LIBRARY_TAG = _lazyre.compile(
    _PLAIN_BEFORE
    + rf"(?P<id>{_PLAIN_NAME}(?::(?:\d+(?:\.\d+)?[bmk](?:-[\w.]+)?|latest))?)"
    + _PLAIN_AFTER
)


def _prose_ollama_names(
    path: str, text: str, index: LineIndex, fenced: list[tuple[int, int]], detector: str
) -> Iterator[Reference]:
    """`Leveraging the power of ollama with the llama3.1 model`: a versioned Ollama library
    name on a prose line that names Ollama and says model (not a link's text or a table)."""
    for m in _PLAIN_LIBRARY.finditer(text):
        ident = m.group("id")
        if not is_ollama_family(ident) or in_spans(m.start(), fenced):
            continue
        _, line = _line_around(text, m.start(), m.end())
        if _says_ollama_model(line):
            yield ref_at(path, index, m.start("id"), ident, Value(Kind.SERVICE, ident), detector)
    for m in _CALLED_MODEL.finditer(text):
        # `The model llama3 will be automatically pulled`, `← nomic-embed-text model` beside
        # Ollama: a library name that the prose calls the model
        ident = m.group("a") or m.group("b")
        if (
            not is_ollama_family(ident.partition(":")[0])
            or ident in _NOT_OLLAMA_NAMES
            or in_spans(m.start(), fenced)
        ):
            continue
        ls, line = _line_around(text, m.start(), m.end())
        if _TRAINED.search(text, ls, m.start()) is not None:
            continue  # `to train the model llama3 with the JSON exercises`: a base to tune
        if m.group("a") is not None or "ollama" in line.lower():
            at = m.start("a") if m.group("a") is not None else m.start("b")
            yield ref_at(path, index, at, ident, Value(Kind.SERVICE, ident), detector)
    for m in _EXAMPLE_NAMES.finditer(text):
        # `Ollama model to use (e.g., llama2, codellama, mistral)`: its examples, versioned
        # or not
        if in_spans(m.start(), fenced):
            continue
        _, line = _line_around(text, m.start(), m.end())
        if not _says_ollama_model(line):
            continue
        for item in re.finditer(r"[a-z][\w.-]*[a-z0-9]", m.group("items")):
            ident = item.group()
            if is_ollama_family(ident) and _PLAIN_LIBRARY.fullmatch(ident) is None:
                at = m.start("items") + item.start()
                yield ref_at(path, index, at, ident, Value(Kind.SERVICE, ident), detector)


#: A vendor's name right before one of its models in prose: `**Ollama nomic-embed-text** - Good
#: balance`, `OpenAI text-embedding-3-small`, `Ollama Embeddings (mxbai-embed-large)`.
_VENDOR_THEN_NAME = _lazyre.compile(
    r"(?<![\w/.-])(?P<vendor>Ollama|OpenAI|Anthropic|Groq|Mistral(?:[ \t]AI)?|Gemini|Cohere)"
    r"(?:[ \t]+[Ee]mbeddings?)?[ \t]+\(?`?(?P<id>[a-z][\w.-]*[a-z0-9](?::[\w.-]+)?)`?\)?"
    r"(?![\w/@-]|\.\w)"
)


def _vendor_named(
    path: str, text: str, index: LineIndex, fenced: list[tuple[int, int]], detector: str
) -> Iterator[Reference]:
    """A model named by its vendor in prose, outside code: an Ollama library name with a part
    beyond its family word (`nomic-embed-text`, `llama3.2`, `qwen2.5:7b`), or a hosted API's
    own distinctive name (`text-embedding-3-small`)."""
    for m in _VENDOR_THEN_NAME.finditer(text):
        if in_spans(m.start(), fenced):
            continue
        ident = m.group("id")
        if m.group("vendor") == "Ollama":
            base = ident.partition(":")[0]
            if (
                not is_ollama_family(base)
                or ident in _NOT_OLLAMA_NAMES
                or not any(c.isdigit() or c in "-.:" for c in ident)
            ):
                continue
            value = Value(Kind.SERVICE, ident)
        else:
            svc = classify_service(ident)
            if svc is None or not distinctive_api_name(ident):
                continue
            value = Value(Kind.SERVICE, svc)
        yield ref_at(path, index, m.start("id"), ident, value, detector)


def prose_ollama_names(
    path: str, text: str, index: LineIndex, start: int, end: int, detector: str
) -> Iterator[Reference]:
    """`"Default model: llama3.2  (override with OLLAMA_MODEL env var)"`: a versioned Ollama
    library name in a string's prose, on a line of it that names Ollama and says model."""
    for m in _PLAIN_LIBRARY_TAG.finditer(text, start, end):
        ident = m.group("id")
        if not is_ollama_family(ident.partition(":")[0]):
            continue
        ls = max(text.rfind("\n", 0, m.start()) + 1, start)
        le = text.find("\n", m.end(), end)
        if _says_ollama_model(text[ls : le if le != -1 else end]):
            yield ref_at(path, index, m.start("id"), ident, Value(Kind.SERVICE, ident), detector)
    # a library's tag quoted in a string that names Ollama and models (a docstring's
    # `model_name: Name of the Ollama LLM to use.` / `Recommended: "qwen3:0.6b" (fast)`)
    for m in _QUOTED_TAG.finditer(text, start, end):
        ident = m.group("id")
        if is_ollama_tag(ident):
            yield ref_at(path, index, m.start("id"), ident, Value(Kind.SERVICE, ident), detector)


_QUOTED_TAG = _lazyre.compile(r"(?<![\w\\])([\"'`])(?P<id>[a-z][\w.-]*:[\w.-]+)\1")


def _says_ollama_model(line: str) -> bool:
    """A prose line (or a table row) that names Ollama and says model, not a link's."""
    return (
        "ollama" in line.lower()
        and "](" not in line
        and "://" not in line
        and not line.lstrip().startswith(("<", "#", "    "))
        and _CONTEXT_MODEL.search(line) is not None
    )


_TRAINED = _lazyre.compile(r"\b(?:train|fine-?tun\w*|finetun\w*)\b", re.I)
_CALLED_MODEL = _lazyre.compile(
    r"\b[Tt]he[ \t]+model[ \t]+(?P<a>[a-z][\w.-]*[a-z0-9](?::[\w.-]+)?)(?![\w/`'\"-])"
    r"|(?<![\w./:@`'\"-])(?P<b>[a-z][\w.-]*[a-z0-9](?::[\w.-]+)?)[ \t]+"
    r"(?:(?:embedding|embeddings|chat|language|vision)[ \t]+)?(?:model\b|LLM\b)"
)
#: Examples offered in prose: `(e.g., llama2, codellama, mistral)`, `such as phi3 and gemma`.
_EXAMPLE_NAMES = _lazyre.compile(
    r"\b(?:e\.g\.,?|such as|like)[ \t]+(?P<items>[a-z][\w.-]*(?:(?:,[ \t]*|[ \t]+(?:and|or)[ \t]+)"
    r"[a-z][\w.-]*){1,8})"
)


_NON_ASCII = _lazyre.compile(r"[^\x00-\x7f]")
#: A line led by a hosted provider's name, then a list: `- **OpenAI**: gpt-4o, o3, o4-mini`.
_PROVIDER_LED = _lazyre.compile(
    r"^[ \t]*(?P<comment>#[ \t]*)?(?:[-*+][ \t]+)?(?:\*\*|__)?"
    r"(?:OpenAI|Anthropic|Google(?: Gemini)?|Gemini|"
    r"Mistral(?: AI)?|Groq|Cohere|xAI|Grok|DeepSeek|Perplexity|Together(?: AI)?|Fireworks|"
    r"AWS Bedrock|Bedrock|Azure(?: OpenAI)?|Vertex(?: AI)?|OpenRouter|Moonshot|Kimi|Ollama|"
    # Chinese vendors as Chinese READMEs name them: Qwen's 通义千问, ERNIE's 文心一言, Zhipu's 智谱
    r"Qwen|DashScope|通义千问|ERNIE|文心一言|Zhipu(?: AI)?|智谱(?:AI|清言)?|GLM|豆包|Doubao|"
    r"Z\.ai|zAI|ZAI)"
    # `# - Ollama models: llama3.1, ...`, `- **DeepSeek模型**: deepseek-chat, deepseek-coder等`
    r"(?:[ \t]+models?|模型|モデル|모델)?"
    r"[ \t]*(?:\*\*|__)?[ \t]*[:：][ \t]*(?:\*\*|__)?[ \t]*(?P<items>[^\n]{1,400})$",
    re.M,
)
_LIST_ITEM = _lazyre.compile(r"[^,;/、，；]+")
#: A line a provider's name leads, in any case (a docstring's `- openai:    gpt-4o, gpt-4o-mini`).
_PROVIDER_LINE = _lazyre.compile(
    r"[ \t]*(?:[-*+][ \t]+)?(?:openai|anthropic|google|gemini|mistral|groq|cohere|xai|deepseek|"
    r"azure|bedrock|vertex|openrouter)[ \t]*(?::[ \t]|\()",
    re.I,
)


def commented_provider_lists(path: str, text: str, detector: str) -> list[Reference]:
    """`# - Ollama models: llama3.1, mistral, codellama, etc.` in a script's or an `.env`
    file's comments."""
    if "#" not in text or _PROVIDER_LED.search(text) is None:
        return []
    index = LineIndex(text)
    return [
        r
        for r in _provider_lists(path, text, index, [], detector)
        if index.line_text(r.line).lstrip().startswith("#")
    ]


def _provider_lists(
    path: str, text: str, index: LineIndex, fenced: list[tuple[int, int]], detector: str
) -> Iterator[Reference]:
    """The items of a list that a provider's name leads (`**OpenAI**: GPT-4o, o3, o4-mini, and
    all variants`) that are that API's names as it spells them, each item a whole name."""
    for m in _PROVIDER_LED.finditer(text):
        if in_spans(m.start(), fenced) and m.group("comment") is None:
            continue  # (a comment in a code block is still prose)
        ollama = "ollama" in m.group().lower().partition(":")[0]
        for item in _LIST_ITEM.finditer(m.group("items")):
            raw = item.group()
            # (a name ends where other words begin: `deepseek-coder等（兼容OpenAI接口）`)
            raw = _NON_ASCII.split(raw, maxsplit=1)[0]
            name = raw.strip(" \t`'\"*_.")
            if name.startswith("and "):
                name = name[4:].strip(" \t`'\"*_.")
            if not name or not name.islower() or " " in name:
                continue
            if ollama:
                # `- Ollama: \`llama3.2\`, \`mistral\`, \`codellama\``: the library's names
                known = is_ollama_family(name.partition(":")[0]) and "/" not in name
                svc = name if known else None
            else:
                svc = classify_service(name)
            if svc is None:
                continue
            at = m.start("items") + item.start() + raw.index(name)
            yield ref_at(path, index, at, name, Value(Kind.SERVICE, svc), detector)


#: A word that may be a sentence-transformers short name (checked against the list).
_ST_STEM = _lazyre.compile(
    r"(?<![\w./:@-])(?P<id>(?:all|paraphrase|multi-qa|msmarco|distiluse|nli|stsb|gtr|"
    r"sentence-t5|LaBSE|average_word|clip)-?[\w.-]*[A-Za-z0-9])(?![\w/@-])"
)


def _prose_st_names(
    path: str, text: str, index: LineIndex, fenced: list[tuple[int, int]], detector: str
) -> Iterator[Reference]:
    """`we suggest *paraphrase-multilingual-mpnet-base-v2*`, rST's `:code:` role around one:
    a sentence-transformers short name, distinctive wherever it is written."""
    for m in _ST_STEM.finditer(text):
        ident = m.group("id")
        if not distinctive_st_name(ident):
            continue
        ls = text.rfind("\n", 0, m.start()) + 1
        if in_spans(m.start(), fenced):
            head = text[ls : m.start()]
            if not (head.lstrip().startswith("#") or " #" in head):
                continue  # code, which its own reader reads
            # `pip install 'lens-embed[text]'  # sentence-transformers (all-MiniLM-L6-v2)`:
            # a fence's comment naming the model
        elif text.startswith("#", ls) and path.lower().endswith((".md", ".markdown", ".mdx")):
            continue  # `### all-MiniLM-L6-v2`: a section's title
        before = text[text.rfind("\n", 0, max(ls - 1, 0)) + 1 : m.start()]
        if f"/{ident}".lower() in before.lower():
            # `<option value="Xenova/all-MiniLM-L6-v2">all-MiniLM-L6-v2 (23 MB)`: the label of
            # another organisation's copy, on its line or the one before
            continue
        value = classify_value(ident, ST_LOADER)
        if value is not None:
            yield ref_at(path, index, m.start("id"), ident, value, detector)


#: `ollama pull <tag>` / `ollama run <tag>` anywhere in prose.
_PROSE_COMMAND = _lazyre.compile(
    r"\bollama[ \t]+(?:pull|run|cp|rm)[ \t]+([\"']?)[\w.:/-]*[\w]\1"
    r"|^[ \t]*(?:(?:[-*+]|\d{1,3}[.)])[ \t]+)?(?:\$[ \t]+)?(?:hf|huggingface-cli)[ \t]+download"
    # also a list item: `- huggingface-cli download 'org/x'`
    r"[ \t]+['\"]?[\w.-]+/[\w.-]+[^\n`]*$"
    # a launch command on a line of its own, unfenced: `CUDA_VISIBLE_DEVICES=0 python
    # src/lerobot/scripts/train.py --policy.path=lerobot/smolvla_base --dataset.root=...`
    r"|^[ \t]*(?:\$[ \t]+)?(?:[A-Z_][A-Z0-9_]*=\S*[ \t]+)*"
    r"(?:python3?(?:[ \t]+-m)?|torchrun|accelerate[ \t]+launch|deepspeed|lerobot-\w+)[ \t]+"
    r"[^\n`]*?[ \t]--[\w.-]+[ \t=][^\n`]*$",
    re.M,
)

#: An MDX/JSX component tag with its props (capitalised name, as JSX requires).
_JSX_TAG = _lazyre.compile(r"<[A-Z][\w.]*\s[^<>]{0,2000}?/?>")

#: Lines joined by trailing backslashes, the first one starting like a command.
_CONTINUED = _lazyre.compile(r"^[ \t]*[\w./$-][^\n]* \\\n(?:[^\n]*\\\n)*[^\n]*$", re.M)


_CARD_DATASET_TYPE = _lazyre.compile(
    # (`  - dataset:` too: MTEB's cards list their results with the dataset first)
    r"^(?P<indent>[ \t]*)(?:-[ \t]+)?dataset:[ \t]*\n"
    r"(?P<block>(?:(?P=indent)[ \t]+(?!type:)[\w-]+:[^\n]*\n){0,6})"
    r"(?P=indent)[ \t]+type:[ \t]*(?P<id>[^\s#]+)",
    re.M,
)
_CARD_REVISION = _lazyre.compile(r"^[ \t]+revision:[ \t]*[\"']?([0-9a-f]{40})\b", re.M)
_LIST_LINE = _lazyre.compile(r"^[ \t]*(?:[-*][ \t]+)?(?P<id>[\w.-]+/[\w.-]+)(?=[ \t,]|$)", re.M)


_TAG_LINE = _lazyre.compile(r"[a-z][\w.-]*:[\w.-]+")
_LINE_CONTINUED = _lazyre.compile(r"\\[ \t]*$", re.M)
_TAG_ITEM = _lazyre.compile(
    r"^[ \t]*(?P<tag>(?:[a-z0-9][\w.-]*/)?[a-z][\w.-]*:[\w.-]+)[ \t]*$", re.M
)
_USER_TAG_LINE = _lazyre.compile(r"(?:hf\.co/|huggingface\.co/)?[\w.-]+/[\w.-]+:[\w.-]+")


_BARE_NAME_LINE = _lazyre.compile(r"[a-z][a-z0-9]*(?:[.-][a-z0-9]+)+")
_BARE_NAME_ITEM = _lazyre.compile(r"^[ \t]*(?P<name>[a-z][a-z0-9]*(?:[.-][a-z0-9]+)+)[ \t]*$", re.M)


def _id_list(
    path: str, text: str, index: LineIndex, fence: int, start: int, end: int, detector: str
) -> Iterator[Reference]:
    """A plain fenced block listing ids one per line (`Models tried:` then ```` ``` ````, one
    `org/name [config split]` per line): models or datasets as the line before the block, or its
    section heading, says."""
    before = text[max(0, fence - 300) : fence].rstrip().rsplit("\n", 1)[-1]
    context = before + "\n" + _last_heading(path, text, fence)
    dataset = _CONTEXT_DATASET.search(context) is not None
    model = _CONTEXT_MODEL.search(context) is not None
    # (`end`: where the block's body ends; an indented fence closes with an indented ```)
    items = list(_LIST_LINE.finditer(text, start, end))
    lines = [x.strip() for x in text[start:end].split("\n") if x.strip()]
    if (
        not items
        and len(lines) >= 3
        and all(_TAG_LINE.fullmatch(x) or _USER_TAG_LINE.fullmatch(x) for x in lines)
    ):
        # a block of Ollama tags one per line (`granite3.2-vision:2b`, `qwen2.5vl:7b`), most of
        # them the library's families; users' models (`ns/name:tag`) and Hub GGUFs
        # (`hf.co/org/x-GGUF:Q4_K_M`, read as URLs) among them
        bases = [x.partition(":")[0] for x in lines if _TAG_LINE.fullmatch(x)]
        if 2 * sum(is_ollama_family(b) for b in bases) >= len(lines):
            for m in _TAG_ITEM.finditer(text, start, end):
                tag = m.group("tag")
                yield ref_at(path, index, m.start("tag"), tag, Value(Kind.SERVICE, tag), detector)
        return
    if (
        not items
        and model
        and not dataset
        and len(lines) >= 3
        and all(_BARE_NAME_LINE.fullmatch(x) for x in lines)
    ):
        # `#### Models in Cortex AI Complete` over a block of names one a line: a hosted
        # catalogue's names (Snowflake Cortex's own, `llama3.1-70b`, `snowflake-arctic`, when
        # the heading names it; otherwise those a hosted API is known to serve)
        cortex = "cortex" in context.lower()
        for m in _BARE_NAME_ITEM.finditer(text, start, end):
            name = m.group("name")
            svc = name if cortex else classify_service(name)
            if svc is not None and API_FAMILY_ONLY.fullmatch(name) is None:
                yield ref_at(path, index, m.start("name"), name, Value(Kind.SERVICE, svc), detector)
        return
    if len(items) != len(lines) and _LINE_CONTINUED.search(text, start, end) is not None:
        # a command split over lines (`docker run -it \` / `  santidr/app`): its own reading
        # says what a word on a line of it is, not the block's lead-in
        return
    if dataset == model:
        # no lead-in: a block that is nothing but ids, most of them models any reader knows
        # (`open-thoughts/OpenThinker3-7B` among `Qwen/...` and `deepseek-ai/...`)
        known = [m for m in items if classify_value(m.group("id"), WEAK) is not None]
        if len(items) < 3 or len(items) != len(lines) or 2 * len(known) < len(items):
            return
        dataset, model = False, True
    hint = DATASET_NAME if dataset else MODEL_NAME
    for m in items:
        value = classify_value(m.group("id"), hint)
        if value is not None:
            yield ref_at(path, index, m.start("id"), m.group("id"), value, detector)


_SIZED_ITEM = _lazyre.compile(
    r"^[ \t]*[-*+][ \t]+(?:\*\*)?(?P<tag>[a-z][\w.-]*:[\w.-]*\d[\w.-]*?)(?:\*\*)?"
    r"(?=:[ \t]|[ \t]+[-(\u2013\u2014]|[ \t]*$)",
    re.M,
)
_TABLE_ROW = _lazyre.compile(r"^[ \t]*\|[^\n]*\|[ \t]*$", re.M)
#: A list item that starts with a bare id, perhaps after a bold label: `- org/name`,
#: `1. org/name (recommended)`, `* **Mistral**: org/name`.
_BULLET_ID = _lazyre.compile(
    r"^(?P<indent>[ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+"
    r"(?:\*\*[^*\n]{1,60}\*\*[ \t]*:?[ \t]*|[\w][\w .()/-]{0,40}:[ \t]+)?"
    r"(?:\[[ xX]\][ \t]+)?"  # a task list's `- [x] `
    r"\[?(?P<q>[\"']?)(?P<id>[\w.-]+/[\w.-]+(?:/[\w.-]+)?(?:@[\w.-]+)?)(?P=q)"
    r"(?=[ \t]*$|[ \t]+[-(:+\u2013\u2014]|[,;)]|:(?!\S)|\]\()",
    re.M,
)


def _bullet_ids(
    path: str, text: str, index: LineIndex, fenced: list[tuple[int, int]], detector: str
) -> Iterator[Reference]:
    """A list item that is an id (`- meta-llama/Llama-3.1-8B-Instruct` under "Supported
    models"): a model or dataset when its line, section heading or file name says which, as for
    an id in backticks."""
    # consecutive items: (item, its reference or None)
    runs: list[list[tuple[re.Match[str], Reference | None]]] = []
    last_line = -2
    for m in _BULLET_ID.finditer(text):
        if in_spans(m.start(), fenced):
            continue
        ident = m.group("id")
        if "@" in ident or ident.count("/") > 1:
            # `- vertex_ai/claude-3-5-haiku@20241022`, `- vertex_ai/deepseek-ai/x-maas`: a
            # gateway's route to a hosted name, or nothing an item names
            svc = classify_service(ident) if is_provider_prefix(ident.partition("/")[0]) else None
            if svc is not None:
                yield ref_at(path, index, m.start("id"), ident, Value(Kind.SERVICE, svc), detector)
            continue
        if _INLINE_ID.fullmatch(ident) is None or ident.endswith("."):
            continue
        if is_provider_prefix(ident.partition("/")[0]) and classify_service(ident) is None:
            continue  # a gateway's `mistral/devstral-2512`: not a Hub repo, not a name we know
        header = _parent_item(text, m) or _lead_in(text, m.start())
        ref = _inline_id(path, text, index, m.start("id"), ident, detector, header=header)
        line = index.pos(m.start())[0]
        if line != last_line + 1 or not runs:
            runs.append([])
        runs[-1].append((m, ref))
        last_line = line
        if ref is not None:
            yield ref
    for run in runs:
        refs = [r for _, r in run if r is not None]
        if len(run) < 4 or 4 * len(refs) < 3 * len(run):
            continue
        if any(r.kind is not Kind.MODEL for r in refs):
            continue
        for m, r in run:
            if r is not None:
                continue
            # `- facebook/contriever` among `- BAAI/bge-m3` and `- intfloat/e5-base-v2` under
            # "Tested HFEncoders": an item of a list of models is one, too
            value = classify_value(m.group("id"), MODEL_NAME)
            if value is not None and value.kind is Kind.MODEL:
                yield ref_at(path, index, m.start("id"), m.group("id"), value, detector)


#: A list item that is nothing but a bare name (`- llama-3.3-70b-versatile`).
_BULLET_NAME = _lazyre.compile(
    r"^(?P<indent>[ \t]*)(?:[-*+]|\d{1,3}[.)])[ \t]+(?P<b>\*\*)?`?(?P<id>[\w][\w.:-]{1,80}?)`?"
    r"(?(b)\*\*(?::[^\n]*)?)"  # `- **llama-3.1-8b-instant**: Fastest responses`
    # `- phi3:mini - Small (3.8B params)`, `- bge-m3 模型`
    r"(?:[ \t]*$|[ \t]+(?:[-:(\u2013\u2014])[^\n]*$|(?P<said>[ \t]*(?:模型|モデル|모델)[^\n]*$))",
    re.M,
)


@lru_cache(maxsize=8)
def _lead_memo(text: str) -> dict[int, str | None]:
    """`_lead_in`'s answers for `text`, by the offset of a list item's line (kept per file as
    `_heading_index` is): a long list asks once, not once an item (the walk back over 20,000
    items was quadratic)."""
    return {}


def _lead_in(text: str, pos: int) -> str | None:
    """The line that introduces the list holding offset `pos` (`Supported models:`), when
    the list follows it directly."""
    memo = _lead_memo(text)
    items: list[int] = []
    found = _lead_walk(text, pos, memo, items)
    for at in items:
        memo[at] = found
    return found


def _lead_walk(text: str, pos: int, memo: dict[int, str | None], items: list[int]) -> str | None:
    for _ in range(200):
        if pos <= 0:
            return None
        start = text.rfind("\n", 0, pos - 1) + 1
        line = text[start : pos - 1].strip()
        pos = start
        if not line:
            continue
        if (line[:1] in "-*+" and line[1:2] in (" ", "\t")) or line[:2].rstrip(".)").isdigit():
            if start in memo:
                return memo[start]  # the list's lead-in, found for an item above
            items.append(start)
            continue  # a list item (not `**bold**`)
        if line.startswith(("```", "~~~")):
            # `The following models fail:` / a fenced error message / the list: the line
            # before the fence introduces the list
            opening = text.rfind("\n" + line[:3], 0, pos)
            if opening < 0:
                return None
            pos = opening + 1
            continue
        if line.startswith("#") and _HEADING.match(line):  # (the section headings' pattern)
            return line  # `### Common Models` directly above the list
        return line if line.rstrip("*_").endswith(":") else None  # `**Models:**` too
    return None


def _bullet_names(
    path: str, text: str, index: LineIndex, fenced: list[tuple[int, int]], detector: str
) -> Iterator[Reference]:
    """List items that are hosted-API names or Ollama tags under a line that says models
    (`Supported models:` / `- llama3-70b-8192` / `- gpt-4o-mini`)."""
    for m in _BULLET_NAME.finditer(text):
        if in_spans(m.start(), fenced):
            continue
        lead = _lead_in(text, m.start())
        parent = _parent_item(text, m)
        if parent is not None and _CONTEXT_MODEL.search(parent) is not None:
            lead = parent  # `- Anthropic models` / `    - claude-3-5-sonnet-latest`
        ident = m.group("id")
        if m.group("b") and not (
            ident.islower() and (any(c.isdigit() for c in ident) or "-" in ident)
        ):
            continue  # `- **Ollama**: ...`, `- **bot_minimal.py**`: a label, not a name
        if (
            lead is not None
            and _CONTEXT_MODEL.search(lead) is None
            and lead.startswith("#")
            and lead.lstrip("#").strip() == _last_heading(path, text, m.start()).strip()
            and _NOT_MODELS_HEADING.search(lead) is None
        ):
            # `## Supported Models` / `#### OpenAI` / `- gpt-4`: the section's own section
            # says models
            above = _outer_heading(path, text, m.start())
            if _CONTEXT_MODEL.search(above) is not None:
                lead = above + "\n" + lead
        if (lead is None or _CONTEXT_MODEL.search(lead) is None) and _sized_siblings(text, m):
            # `If you have more memory, try` / `- llama2` / `- llama2:7b`: the family beside
            # its own sized tags
            yield ref_at(path, index, m.start("id"), ident, Value(Kind.SERVICE, ident), detector)
            continue
        if m.group("said") and (lead is None or _CONTEXT_MODEL.search(lead) is None):
            lead = m.group("said")  # the item says it names a model
        if lead is None or _CONTEXT_MODEL.search(lead) is None:
            # an item that is nothing but a hosted API's own name (`- \`amazon.titan-text-
            # lite-v1\``) says what it is whatever introduces the list
            if not distinctive_api_name(ident) or not (
                m.group().rstrip().endswith(ident + "`") or _named_siblings(text, m)
            ):
                continue
            lead = ""
        # an Ollama README's `### Common Models` / `- mistral`
        ollama = "ollama" in lead.lower() or (
            OLLAMA_FILE.get() and is_ollama_family(ident.partition(":")[0])
        )
        svc = classify_service(ident, ollama=ollama)
        if svc is not None and ollama and not ident.islower() and classify_service(ident) is None:
            continue  # `- Gemma-2 (9B/27B)`: a family's display name (Ollama's are lower case)
        if (
            svc is not None
            and ollama
            and ":" not in ident
            and not is_ollama_family(ident)
            and classify_service(ident) is None
        ):
            continue  # `### Ollama (Local LLM)` / `- \`ol\` - Ollama shortcut`: a shell alias
        if svc is not None:
            yield ref_at(path, index, m.start("id"), ident, Value(Kind.SERVICE, svc), detector)


def _sized_siblings(text: str, m: re.Match[str]) -> bool:
    """Whether the list item `m` is a bare Ollama family name (`- llama2`) in a list whose
    neighbouring items are sized tags of that family (`- llama2:7b`)."""
    ident = m.group("id")
    if ":" in ident or not ident.islower() or not is_ollama_family(ident):
        return False
    return any(
        tag.partition(":")[0] == ident and sized_ollama_tag(tag)
        for tag in _neighbour_names(text, m, 4)
    )


def _neighbour_names(text: str, m: re.Match[str], n: int) -> Iterator[str]:
    """The names of the bare-name list items among the `n` lines either side of the item `m`
    (within 400 characters)."""
    ls = text.rfind("\n", 0, m.start()) + 1
    before = text[max(0, ls - 400) : ls].splitlines()[-n:]
    after = text[m.end() : m.end() + 400].splitlines()[1 : n + 1]
    for line in (*before, *after):
        item = _BULLET_NAME.match(line)
        if item is not None:
            yield item.group("id")


def _named_siblings(text: str, m: re.Match[str]) -> bool:
    """Whether the list item `m` has two or more neighbouring items that are each a hosted
    API's own name (`- claude-3-5-haiku-latest` among `- claude-3-5-haiku-20241022`, a
    generated list of models with nothing introducing it)."""
    return sum(distinctive_api_name(name) for name in _neighbour_names(text, m, 3)) >= 2


_ITEM_ONLY = _lazyre.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+`[^`\n]+`[ \t]*(?:\n|$)")


def _item_context(text: str, m: re.Match[str]) -> str | None:
    r"""For inline code that is a whole list item (a backticked id after `  - `), the item
    it is nested in (`- **Embedding Models**:`) or the line that introduces the list."""
    ls = text.rfind("\n", 0, m.start()) + 1
    item = _ITEM_ONLY.match(text, ls)
    if item is None:
        return None
    indent = item.group().expandtabs(4)
    parent = _parent_line(text, ls, len(indent) - len(indent.lstrip()))
    return parent if parent is not None else _lead_in(text, ls)


def _parent_item(text: str, m: re.Match[str]) -> str | None:
    """The item a nested list item belongs to (`- A GGUF checkpoint. Examples:` above
    `  - org/x-GGUF`): its text is the nested item's context."""
    return _parent_line(text, m.start(), len(m.group("indent").expandtabs(4)))


def _parent_line(text: str, pos: int, depth: int) -> str | None:
    """The nearest list item above the line at `pos` that is indented less than `depth`, if
    no less indented text comes first."""
    if depth == 0:
        return None
    for _ in range(50):  # a bounded look upwards
        if pos <= 0:
            return None
        start = text.rfind("\n", 0, pos - 1) + 1
        line = text[start : pos - 1]
        pos = start
        stripped = line.lstrip()
        if not stripped:
            continue
        if len(line) - len(stripped) < depth and stripped[:1] in "-*+":
            return stripped
        if len(line) - len(stripped) < depth:
            return None
    return None


def _table_runs(text: str, fenced: list[tuple[int, int]]) -> list[list[re.Match[str]]]:
    """Each Markdown table outside `fenced`: its `| ... |` rows, one line after another (the
    first is its header)."""
    tables: list[list[re.Match[str]]] = []
    end = -2
    for m in _TABLE_ROW.finditer(text):
        if in_spans(m.start(), fenced):
            continue
        if m.start() != end + 1:
            tables.append([])
        tables[-1].append(m)
        end = m.end()
    return tables


def _ollama_columns(
    path: str, text: str, index: LineIndex, fenced: list[tuple[int, int]], detector: str
) -> Iterator[Reference]:
    """`| llama3:8b | code |` ... `| mistral | code |`: in a table's column of Ollama tags with
    sizes, the bare library names are the same runtime's models."""
    for rows in _table_runs(text, fenced):
        columns: dict[int, list[tuple[int, str]]] = {}
        for m in rows[1:]:  # (the first row is the header)
            offset = m.start()
            for i, cell in enumerate(m.group().split("|")):
                body = cell.strip().strip("`*")
                if body:
                    columns.setdefault(i, []).append((offset + cell.index(body), body))
                offset += len(cell) + 1
        for cells in columns.values():
            if not any(sized_ollama_tag(b) for _, b in cells):
                continue
            for at, b in cells:
                if ":" not in b and b.islower() and is_ollama_family(b):
                    yield ref_at(path, index, at, b, Value(Kind.SERVICE, b), detector)


def _table_cells(
    path: str, text: str, index: LineIndex, fenced: list[tuple[int, int]], detector: str
) -> Iterator[Reference]:
    """A Markdown table cell that is nothing but `org/name` (`| 1 | BAAI/bge-small-en-v1.5 |
    384 |`): a model or dataset when the table's header, its section heading or the file's
    name says which, as for inline code."""
    for rows in _table_runs(text, fenced):
        # the table's columns headed "Model", "Model name" (its first row is its header)
        cells = rows[0].group().split("|")
        columns = {i for i, c in enumerate(cells) if _MODEL_COLUMN.fullmatch(c.strip())}
        if any(_FILE_COLUMN.fullmatch(c.strip()) for c in cells):
            # `| Repository | File | Bytes |` over `| baidu/ERNIE-Image | vae/...safetensors |`:
            # the repositories the files are fetched from
            columns |= {i for i, c in enumerate(cells) if _REPO_COLUMN.fullmatch(c.strip())}
        headed = len(rows) > 1 and _DELIMITER_ROW.fullmatch(rows[1].group()) is not None
        if headed and len(rows) > 3:
            columns |= _name_columns(rows[2:], len(cells))
        if headed and len(rows) > 2 and _about_models(path, text, rows[0].start()):
            # `| Name | Max Input |` in a page about models (`embedding-model-information.md`):
            # the names are a provider's (a column that also holds Hub ids, `BAAI/bge-m3`
            # over `jina-embeddings-v3`, names Hub repositories, some without their owner)
            named = {i for i, c in enumerate(cells) if _NAME_COLUMN.fullmatch(c.strip())}
            columns |= {i for i in named if not _holds_hub_ids(rows[2:], i, len(cells))}
        columns -= {0, len(cells) - 1}  # outside the edge pipes
        for n, m in enumerate(rows):
            row = m.group()
            models = columns if n and not _DELIMITER_ROW.fullmatch(row) else None
            yield from _row_cells(
                path,
                text,
                index,
                m.start(),
                row,
                detector,
                models=models,
                header_row=headed and not n,
            )
    # GitHub's tables without edge pipes: `a | b` over `--- | ---`
    for d in _EDGELESS_DELIMITER.finditer(text):
        if in_spans(d.start(), fenced):
            continue
        header_start = text.rfind("\n", 0, max(d.start() - 1, 0)) + 1
        header = text[header_start : max(d.start() - 1, header_start)]
        pos = d.end() + 1
        while pos < len(text):
            end = text.find("\n", pos)
            end = len(text) if end == -1 else end
            row = text[pos:end]
            if "|" not in row or not row.strip():
                break
            yield from _row_cells(path, text, index, pos, row, detector, header=header)
            pos = end + 1


#: Columns of a table of weights: the repository, and the file fetched from it.
_REPO_COLUMN = _lazyre.compile(
    r"[*_`]*(?:(?:hf|hub|model)[ _-]?)?repo(?:sitory)?(?:[ _-]?id)?[*_`]*", re.I
)
_FILE_COLUMN = _lazyre.compile(r"[*_`]*(?:files?|file ?names?|weights?|checkpoints?)[*_`]*", re.I)

#: A column headed "Name" (of what the page or section is about).
_NAME_COLUMN = _lazyre.compile(r"[*_`]*(?:names?|名称|名前)[*_`]*", re.I)


def _body_cells(rows: list[re.Match[str]], width: int) -> Iterator[list[str]]:
    """The cells of a table's body rows that have the header's number of columns, each
    stripped of spaces and backticks."""
    for m in rows:
        cells = m.group().split("|")
        if len(cells) == width:
            yield [c.strip().strip("`") for c in cells]


def _holds_hub_ids(rows: list[re.Match[str]], column: int, width: int) -> bool:
    return any(
        "/" in cells[column] and _INLINE_ID.fullmatch(cells[column]) is not None
        for cells in _body_cells(rows, width)
    )


def _about_models(path: str, text: str, at: int) -> bool:
    """A table in a page about models: its file's name or its section's heading says model."""
    return "model" in PurePosixPath(path).name.lower() or (
        _CONTEXT_MODEL.search(_last_heading(path, text, at)) is not None
    )


def _name_columns(rows: list[re.Match[str]], width: int) -> set[int]:
    """The columns of a table's body that hold first-party hosted-API names whatever their
    header says (`| Name | Version |` over `| GPT-4o mini | gpt-4o-mini-2024-07-18 |`): two or
    more of them, and most of the column's cells."""
    named: dict[int, int] = {}
    filled: dict[int, int] = {}
    for cells in _body_cells(rows, width):
        for i, body in enumerate(cells):
            if not body:
                continue
            filled[i] = filled.get(i, 0) + 1
            if body.islower() and first_party_api_name(body):
                named[i] = named.get(i, 0) + 1
    return {i for i, n in named.items() if n >= 2 and 2 * n >= filled[i]}


#: An HTML table cell's opening tag, and any tag.
_HTML_CELL_OPEN = _lazyre.compile(r"<(t[hd])\b[^<>]{0,500}>", re.I)
_HTML_TAG = _lazyre.compile(r"<[^<>]{0,500}>")


def _html_table_cells(
    path: str, text: str, index: LineIndex, fenced: list[tuple[int, int]], detector: str
) -> Iterator[Reference]:
    """A cell of an HTML table's "Model ID" column (`<th>Model ID</th>` over
    `<td><code>gpt-4o</code></td>`): its text read as a Markdown table's cell is. (Found with
    `str.find`, so a page of unclosed tags stays linear.)"""
    lower = text.lower()
    pos = lower.find("<table")
    while pos != -1:
        end = lower.find("</table>", pos)
        if end == -1:
            return
        if not in_spans(pos, fenced):
            yield from _html_table(path, text, lower, index, pos, end, detector)
        pos = lower.find("<table", end)


def _html_table(
    path: str, text: str, lower: str, index: LineIndex, start: int, end: int, detector: str
) -> Iterator[Reference]:
    columns: set[int] | None = None
    row = lower.find("<tr", start, end)
    while row != -1:
        row_end = lower.find("</tr>", row, end)
        row_end = end if row_end == -1 else row_end
        opens = list(_HTML_CELL_OPEN.finditer(text, row, row_end))
        cells = [
            (o.group(1).lower(), o.end(), opens[i + 1].start() if i + 1 < len(opens) else row_end)
            for i, o in enumerate(opens)
        ]
        if columns is None:  # the header row
            columns = {
                i
                for i, (_tag, a, b) in enumerate(cells)
                if _MODEL_COLUMN.fullmatch(_HTML_TAG.sub("", text[a:b]).strip())
            }
            if not columns:
                return
        else:
            for i, (tag, a, b) in enumerate(cells):
                if i not in columns or tag != "td":
                    continue
                raw = _HTML_TAG.sub("", text[a:b]).strip()
                if _COLUMN_CELL.fullmatch(raw) is None or "`" in raw or "*" in raw:
                    continue
                value = _column_value(raw)
                if value and value.kind is Kind.SERVICE and classify_service(raw) is None:
                    # (a catalogue's own short names, `gemma2` beside `openllm serve gemma2:2b`:
                    # a hosted API's names and Hub ids only)
                    value = None
                at = text.find(raw, a, b) if value is not None else -1
                if value is not None and at != -1:
                    yield ref_at(path, index, at, raw, value, detector)
        row = lower.find("<tr", row_end, end)


#: A table's column of model names: `| Model | Prompt cost |`, `| Model ID |`, `| LLM |`,
#: nb-llm's aliases over `| Actual Model |`.
_MODEL_COLUMN = _lazyre.compile(
    r"[*_`]*(?:(?:(?:supported|available|recommended|compatible|tested|actual|underlying|"
    r"upstream|target|resolved|mapped)[ _-])?"
    r"(?:(?:base|backbone|default|hf|hub|llm|chat|embedding|ollama|openai|gemini|claude|qwen|"
    r"mistral|llama)[ _-]?)?(?:models?|checkpoints?|模型|モデル|모델)"
    r"(?:[ _-]?(?:names?|ids?|identifiers?|keys?))?|llms?|model[ _]?string|shortcut[ _]names?"
    # `具体模型` (the specific model), `支持的模型`, `モデル名`, `모델 이름`: a word before or after
    r"|[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af]{0,6}(?:模型|モデル|모델)"
    r"[\u3040-\u30ff\u4e00-\u9fff\uac00-\ud7af ]{0,4}(?:[ _-]?(?:names?|ids?))?)"
    r"[*_`]*",
    re.I,
)
#: (`[qwen3:latest][5]`: a reference-style link, its target defined below the table)
_COLUMN_CELL = _lazyre.compile(
    r"(?:\*\*)?(?:\[(?=[^\]\n]*\]\[))?`?(?P<v>[\w.:@/-]{2,200})`?(?:\]\[[\w .-]{0,30}\])?(?:\*\*)?"
)


_CELL_BREAK = _lazyre.compile(r"<br[ \t]*/?>", re.I)
#: A cell list's middle dots, and the marks beside its names.
_CELL_MARKS = str.maketrans({"\u00b7": ",", "\u2605": " ", "\u2020": " ", "\u2021": " "})
#: One name of a list in a cell: `` `x` (default), y``.
_CELL_ITEM = _lazyre.compile(
    r"(?:^|,)[ \t]*(?:\*\*)?`?(?P<v>[\w.:@/-]{2,200})`?(?:\*\*)?"
    r"[ \t]*(?:\([^()]{0,30}\))?[ \t]*(?=,|$)"
)


def _column_value(raw: str) -> Value | None:
    """A cell of a "Model" column: a hosted-API name, a gateway path, a Hub id, or a legacy id
    written as the id (`gpt2`; `GPT2` is the model's display name)."""
    value = classify_value(raw, MODEL_NAME)
    if (
        value is not None
        and value.kind is Kind.MODEL
        and value.identifier == raw
        and "/" not in raw
        and not raw.islower()
    ):
        return None  # `GPT2`: a display name (an expanded short name, `all-MiniLM-L6-v2`, stays)
    return value


#: A Models column's cell holding a name and a note in parentheses.
_NAME_NOTE = _lazyre.compile(r"`?(?P<v>[\w.:@/-]{2,200})`?[ \t]+\([^()]{1,60}\)")
_RELEASE_NOTE = _lazyre.compile(
    r"\((?:\d{4}-\d\d-\d\d|preview|beta|alpha|experimental|deprecated|legacy|new|latest)\)",
    re.IGNORECASE,
)
#: A table cell holding an id and a note in parentheses.
_NOTED_CELL = _lazyre.compile(r"([\w.-]+/[\w.-]+)[ \t]+\([^()]{1,60}\)")
#: The delimiter row of a table without edge pipes (`--------- | ---- | ---`).
_EDGELESS_DELIMITER = _lazyre.compile(r"^[ \t]*:?-{3,}:?[ \t]*(?:\|[ \t]*:?-{3,}:?[ \t]*)+$", re.M)


_KEY_CELL = _lazyre.compile(r"[`\"']?(?P<k>[A-Za-z_][\w.-]{1,80})[`\"']?")
_VALUE_CELL = _lazyre.compile(r"[`\"']{0,2}(?P<v>[^\s`\"'|]{2,200})[`\"']{0,2}")
#: A settings table's Type column: `| ollama_model | str | "qwen3:0.6b" |`.
_TYPE_NAMES = frozenset(
    {"str", "string", "int", "integer", "float", "bool", "boolean", "list", "dict", "object",
     "array", "number", "path", "none", "null", "any", "optional", "enum", "text", "url"}
)  # fmt: skip


def _setting_row(
    path: str, text: str, index: LineIndex, pos: int, row: str, detector: str
) -> Iterator[Reference]:
    """`| MAGENTIC_MISTRAL_MODEL | Mistral model | mistral-large-latest |`: a row of a table of
    settings whose name says model or dataset, and the example or default it gives."""
    cells = row.split("|")
    hint: Hint | None = None
    key_at = -1
    for i, cell in enumerate(cells):
        km = _KEY_CELL.fullmatch(cell.strip())
        if km is not None and ("_" in km.group("k") or cell.strip().startswith("`")):
            # (`| \`dataset\` | \`"trl-lib/Capybara"\` |`: a key written as code)
            h = name_hint(km.group("k"))
            if h is not None and not h.weak and h.kind in (Kind.MODEL, Kind.DATASET):
                hint, key_at = h, i
                break
    if hint is None:
        return
    offset = pos
    for i, cell in enumerate(cells):
        body = cell.strip()
        vm = _VALUE_CELL.fullmatch(body) if i > key_at else None
        if vm is not None and vm.group("v").lower() not in _TYPE_NAMES:
            raw = vm.group("v")
            at = offset + cell.index(raw)
            # (`| NANOBANANA_FALLBACK_MODELS | ... | \`gemini-2.5-flash-image,gemini-2.0-...\` |`:
            # a list setting's items)
            for off, item, value in classify_items(raw, hint):
                yield ref_at(path, index, at + off, item, value, detector)
        offset += len(cell) + 1


def _row_cells(
    path: str,
    text: str,
    index: LineIndex,
    pos: int,
    row: str,
    detector: str,
    header: str | None = None,
    models: set[int] | None = None,
    header_row: bool = False,
) -> Iterator[Reference]:
    """`models`: the columns headed "Model", where a hosted-API name (`| gpt-4o | $2.5 |`,
    `| bedrock/anthropic.claude-3-haiku-20240307-v1:0 |`) or a legacy model id counts too.
    A header row (`| USE_OLLAMA_EVAL | Speed |` over `|---|---|`) names columns, not values."""
    if ("_" in row or "`" in row) and not header_row:
        yield from _setting_row(path, text, index, pos, row, detector)
    for i, cell in enumerate(row.split("|")):
        if models and i in models and "<br" in cell.lower():
            # `| gpt-5 <br>gpt-5-mini <br>o3-mini |`: a list, one name a line (same offsets)
            cell = _CELL_BREAK.sub(lambda b: "," + " " * (len(b.group()) - 1), cell)
        if models and i in models and "\u00b7" in cell:
            # `| `llama3.3` ★ · `llama3.1` · `qwen2.5-coder` |`: a list set apart by middle dots,
            # its marks (★ recommended, † preview) not part of the names (same offsets)
            cell = cell.translate(_CELL_MARKS)
        body = cell.strip()
        cm = _COLUMN_CELL.fullmatch(body) if models and i in models else None
        if cm is None and models and i in models and body.endswith(")"):
            # `| solar-pro3 (Upstage) |`: a note after the name (not a display label's release
            # stage or date, `| o3 (Preview) |`, `| o1-preview (2024-09-12) |`)
            cm = _NAME_NOTE.fullmatch(body)
            if cm is not None and (len(cm.group("v")) < 4 or _RELEASE_NOTE.search(body)):
                cm = None
        value = _column_value(cm.group("v")) if cm is not None else None
        if cm is not None and value is not None:
            raw = cm.group("v")
            yield ref_at(path, index, pos + cell.index(raw), raw, value, detector)
            pos += len(cell) + 1
            continue
        if cm is None and models and i in models and "," in body:
            # `| \`nomic-embed-text\` (default), \`mxbai-embed-large\` |`, `| gpt-4o, o3 |`:
            # a list of names in the column
            for part in _CELL_ITEM.finditer(cell):
                raw = part.group("v")
                value = _column_value(raw)
                if value is not None:
                    yield ref_at(path, index, pos + part.start("v"), raw, value, detector)
            pos += len(cell) + 1
            continue
        if "`" in body and not header_row:
            # `| Gemini Pro (\`gemini-3-pro-image-preview\`) | 4K generation |`: a first-party
            # API's versioned name set as code, in whatever column
            for tick in _TICKED_API.finditer(cell):
                raw = tick.group("v")
                svc = versioned_api_name(raw) if raw.islower() else None
                if svc is not None:
                    at = pos + tick.start("v")
                    yield ref_at(path, index, at, raw, Value(Kind.SERVICE, svc), detector)
        noted = _NOTED_CELL.fullmatch(body)
        if noted is not None:  # `bigscience/T0_3B (3B params)`
            body = noted.group(1)
        if "," in body and "/" in body and not header_row:
            # `| Snowflake/snowflake-arctic-base, Snowflake/snowflake-arctic-instruct, etc. |`:
            # a list of ids in the cell (each its own, the trailing "etc." nobody's)
            items = [p.strip() for p in body.split(",")]
            if items and items[-1].rstrip(".").lower() in ("etc", "…", "..", ""):
                items = items[:-1]
            if len(items) >= 2 and all(_INLINE_ID.fullmatch(p) and "/" in p for p in items):
                at = 0
                for item in items:
                    k = cell.index(item, at)
                    at = k + len(item)
                    ref = _inline_id(path, text, index, pos + k, item, detector, header=header)
                    if ref is not None:
                        yield ref
                pos += len(cell) + 1
                continue
        if (
            "/" in body
            and _INLINE_ID.fullmatch(body) is not None
            and (not header_row or classify_value(body, WEAK) is not None)
        ):
            # (a header cell names its column, `| Preset | Model | Vision/OCR |`, unless it is
            # a model a pivot table heads a column with: `| Scenario | meta-llama/x | ...`)
            start = pos + cell.index(body)
            ref = _inline_id(path, text, index, start, body, detector, header=header)
            if ref is not None:
                yield ref
        pos += len(cell) + 1


#: Two plain words with a slash, as prose writes a pair: `Oil/energy`, `Bonds/rates`.
_TWO_WORDS = _lazyre.compile(r"[A-Z]?[a-z]+/[a-z]+", re.ASCII)
#: Two capitalised words with a slash, as a heading writes a topic: `Vision/Multimodal`.
_TITLE_PAIR = _lazyre.compile(r"[A-Z][a-z]+/[A-Z][a-z]+", re.ASCII)
_FORMAT = (
    r"(?i:csv|tsv|json|jsonl|parquet|arrow|txt|xml|html|pdf|docx?|xlsx?|yaml|md|wav|mp3|flac|"
    r"png|jpe?g|zip|tar|hdf5|h5|npz|npy|pickle|pkl)"
)
#: File formats paired in a cell: `CSV/JSON`, `JSONL/Parquet`, `PDF/DOCX`.
_FORMATS = _lazyre.compile(rf"{_FORMAT}(?:/{_FORMAT})+")
#: A name in backticks in a table cell.
_TICKED_API = _lazyre.compile(r"`(?P<v>[a-z][\w.-]*\d[\w.-]*)`")


def _block_at(
    path: str, index: LineIndex, start: int, body: str, lang: str, detector: str
) -> list[Reference]:
    """A code block's references at their place in the file (the block's common indentation
    taken off for its scanner, added back to the columns)."""
    first_line, _ = index.pos(start)
    cut = _indent_of(body)
    text = _dedent(body, cut) if cut else body
    return [
        replace(r, line=r.line + first_line - 1, column=r.column + cut)
        for r in _block_refs(path, lang, text, detector, index.text)
    ]


def _indent_of(body: str) -> int:
    widths = [len(x) - len(x.lstrip(" \t")) for x in body.split("\n") if x.strip()]
    return min(widths, default=0)


def _dedent(body: str, cut: int) -> str:
    """An indented block's text with its first `cut` characters (the common indentation) taken
    off every line, line count kept."""
    return "\n".join(x[cut:] for x in body.split("\n"))


#: An id in bold in prose (`powerful open source LLMs: **meta-llama/Llama-3.3-70B-Instruct**`).
_BOLD_ID = _lazyre.compile(r"(?<![*\w])\*\*(?P<id>[\w.-]+/[\w.-]+(?::[\w.-]+)?)\*\*(?![*\w])")
#: The start of a list item, up to its bold subject.
_LIST_ITEM_LEAD = _lazyre.compile(r"[ \t]*(?:[-*+]|\d{1,3}[.)])[ \t]+\*\*")
#: A bare name in bold (`**gpt-4-0125-preview**`).
_BOLD_NAME = _lazyre.compile(r"(?<![*\w])\*\*(?P<id>[\w][\w.:-]{1,80}[\w])\*\*(?![*\w])")
#: A list item that sets a key (`- model: llama3.2:3b`, `* `dataset`: `imdb``).
_BULLET_SETTING = _lazyre.compile(
    r"^[ \t]*[-*+][ \t]+`?(?P<k>[A-Za-z_][\w.-]{1,60})`?(?:[ \t]*:[ \t]+|[ \t]*=[ \t]*)"
    # (`- model_T5 = "vlassner01/t5_cnn_model_base_v4"`: a line of code written as an item)
    r"`?(?P<q>[\"']?)(?P<v>[^\s`\"']{2,200})(?P=q)`?[ \t]*$",
    re.M,
)
#: A setting documented with its default (`OLLAMA_MODEL - Default model (default: gpt-oss)`).
_DOC_DEFAULT = _lazyre.compile(
    r"^[ \t]*(?:[-*+][ \t]+)?`?(?P<name>[A-Za-z_]\w{2,60})`?[ \t]*(?:[-:=\u2013\u2014]|\|)"
    r"[^\n]{0,160}?"
    r"\(default:?[ \t]+`?(?P<v>[^\s)`]{2,120})`?\)",
    re.M,
)


_TOOL_SUFFIXES = (
    "-server", "-cli", ".cpp", "-dash", "-dashboard", "-swap", "-ui", "-webui", "-proxy",
    "-router", "-monitor", "-stack", "-manager", "-bench",
)  # fmt: skip


def _doc_extras(
    path: str, text: str, index: LineIndex, fenced: list[tuple[int, int]], detector: str
) -> Iterator[Reference]:
    """Ids in bold where the line says model or dataset, and the documented default of a
    setting whose name says model (`OLLAMA_MODEL - ... (default: gpt-oss)`)."""
    if "**" in text:
        for m in _BOLD_ID.finditer(text):
            if in_spans(m.start(), fenced):
                continue
            ref = _inline_id(path, text, index, m.start("id"), m.group("id"), detector)
            if ref is not None:
                yield ref
        for m in _BOLD_NAME.finditer(text):
            # `Upgrade OpenAI chat models: **gpt-4-0125-preview**`: a hosted API's own name
            name = m.group("id")
            if in_spans(m.start(), fenced):
                continue
            if (
                OLLAMA_FILE.get()
                and name.islower()
                and ":" not in name
                # (tools named for the family: `llama-dash`, `llama-swap`, `ollama-ui`)
                and not name.endswith(_TOOL_SUFFIXES)
                and is_ollama_family(name)
                and _LIST_ITEM_LEAD.match(text, text.rfind("\n", 0, m.start()) + 1) is not None
            ):
                # `1. **qwen2.5-coder** (if installed)` under "Recommended Models" in an Ollama
                # guide: the library's model, as its list item's subject
                yield ref_at(path, index, m.start("id"), name, Value(Kind.SERVICE, name), detector)
                continue
            if not distinctive_api_name(name):
                continue
            ls = text.rfind("\n", 0, m.start()) + 1
            le = text.find("\n", m.start())
            if _CONTEXT_MODEL.search(
                text, ls, le if le != -1 else len(text)
            ) is None and not first_party_api_name(name):
                continue  # (`using **gpt-4o-transcribe**`: a first-party name says it itself)
            svc = classify_service(name)
            if svc is not None:
                yield ref_at(path, index, m.start("id"), name, Value(Kind.SERVICE, svc), detector)
    if ":" in text:
        # `- model: llama3.2:3b` (a parameter list in prose)
        for m in _BULLET_SETTING.finditer(text):
            if in_spans(m.start(), fenced):
                continue
            hint = name_hint(m.group("k"))
            if hint is None or hint.weak or hint.kind is Kind.SPACE:
                continue
            value = classify_value(m.group("v"), hint)
            if value is not None:
                yield ref_at(path, index, m.start("v"), m.group("v"), value, detector)
    if "default" in text:
        for m in _DOC_DEFAULT.finditer(text):
            if in_spans(m.start(), fenced):
                continue
            hint = name_hint(m.group("name"))
            if hint is None or hint.weak or hint.kind is Kind.SPACE:
                continue
            value = classify_value(m.group("v"), hint)
            if value is not None:
                yield ref_at(path, index, m.start("v"), m.group("v"), value, detector)


def _inline_refs(
    path: str, text: str, index: LineIndex, fenced: list[tuple[int, int]], detector: str
) -> Iterator[Reference]:
    """Inline code spans outside code blocks that read as a command (`huggingface-cli download
    org/name`, `vllm serve org/name`, `--model org/name`) or a call (`from_pretrained("x")`); a
    lone id in backticks is prose, not a use."""
    for m in _INLINE.finditer(text):
        body = m.group("body").strip()
        if in_spans(m.start(), fenced):
            continue
        if m.group("tick") == "```":
            # a fence written on one line: "Paste the model name ```sh gpt-35-turbo```"
            body = _ONE_LINE_FENCE.sub("", body, count=1)
        quoted = body[:1] in "\"'" and body[-1:] == body[:1] and len(body) > 2
        inner = body[1:-1] if quoted else body
        if ":" in inner and " " not in inner:
            # `github:openai/gpt-4o-mini`, `"openai:gpt-5.2"`, `vllm:org/x`: says what it is
            value = classify_value(inner, None)
            if value is not None:
                start = m.start("body") + (1 if quoted else 0)
                yield ref_at(path, index, start, inner, value, detector)
                continue
        if text.startswith("](", m.end()) and _HUB_LINK.match(text, m.end() + 2) is not None:
            continue  # [`org/name`](https://huggingface.co/org/name): the link says what it is
        if (
            "/" not in inner
            and ":" not in inner
            and inner.islower()
            and is_ollama_family(inner)
            and not inner.endswith(("-server", "-cli", ".cpp"))
            and inner not in _LLAMA_CPP_TOOLS
        ):
            ls, line = _line_around(text, m.start(), m.end())
            if inner in PROVIDER_SLUGS and "provider" in line.lower():
                continue  # `| llm_provider | str | "deepseek" |`: who serves, not what
            # (a sentence wrapped over two lines: `... run open-weight models\n(\`llama3\`, ...)`)
            before = text[text.rfind("\n", 0, max(ls - 1, 0)) + 1 : ls] if OLLAMA_FILE.get() else ""
            if (
                ("ollama" in line.lower() or OLLAMA_FILE.get())
                and (
                    _CONTEXT_MODEL.search(line) is not None
                    or (
                        line.lstrip().startswith("(")
                        and before.strip()
                        and not before.lstrip().startswith(("#", "|", "-", "*", "`"))
                        and _CONTEXT_MODEL.search(before) is not None
                    )
                )
                and "](" not in line  # a list of links about models, not a use of one
            ):
                # `Ollama integration with `llama3` and `nomic-embed-text` models`
                start = m.start("body") + (1 if quoted else 0)
                yield ref_at(path, index, start, inner, Value(Kind.SERVICE, inner), detector)
                continue
        if (
            "/" not in inner
            and _UNKNOWN_OLLAMA.fullmatch(inner) is not None
            and inner.partition(":")[0] not in _NOT_OLLAMA_NAMES
            and (
                _OLLAMA_BEFORE.search(text, max(0, m.start() - 10), m.start()) is not None
                # `Using Offline \`llama3.2\` via Ollama`
                or _OLLAMA_AFTER.match(text, m.end()) is not None
            )
            # (a name, not a parameter: `Ollama `think``, `Ollama `format``)
            and (any(c.isdigit() for c in inner) or "-" in inner or is_ollama_family(inner))
        ):
            # `| Ollama `lfm2.5-thinking` |`: the runtime named right before the name
            start = m.start("body") + (1 if quoted else 0)
            yield ref_at(path, index, start, inner, Value(Kind.SERVICE, inner), detector)
            continue
        if (
            "/" not in inner
            and OLLAMA_FILE.get()
            and _UNKNOWN_OLLAMA.fullmatch(inner) is not None
            and inner.partition(":")[0] not in _NOT_OLLAMA_NAMES
            and inner.partition(":")[0] not in PROVIDER_SLUGS
            and (
                _MODEL_WORD_BEFORE.search(text, max(0, m.start() - 24), m.start()) is not None
                or (
                    # (`Local `transformers` model`, a `pydantic` model: a library's)
                    (":" in inner or any(c.isdigit() for c in inner))
                    and _MODEL_WORD_AFTER.match(text, m.end()) is not None
                )
            )
        ):
            # `con el modelo `translategemma` descargado`, `the `translategemma:latest` model`:
            # a name the file's Ollama is said to run, whether or not its family is known here
            start = m.start("body") + (1 if quoted else 0)
            yield ref_at(path, index, start, inner, Value(Kind.SERVICE, inner), detector)
            continue
        if (
            _INLINE_ID.fullmatch(inner) is not None
            or is_legacy_model(inner)
            or (
                classify_service(inner) is not None
                # (`command`/`args` of an MCP config; Cohere's `command` where a line says model)
                and (
                    not inner.isalpha()
                    or _CONTEXT_MODEL.search(_line_around(text, m.start(), m.end())[1]) is not None
                )
            )
            or inner in legacy_dataset_names()
            or expand_sentence_transformers(inner) != inner
        ):
            # `org/name`, or quoted as a value is in prose: `"org/name"`
            if _TYPE_COLUMN.search(_column_header(text, m.start()) or "") is not None:
                continue  # `| GPT-2 | \`gpt2\` |` under "Model Type": an architecture name
            start = text.index(inner, m.start("body"))
            ref = _inline_id(
                path, text, index, start, inner, detector, header=_item_context(text, m)
            )
            if ref is not None:
                yield ref
            continue
        if _INLINE_COMMAND.search(body) is None:
            continue
        base = m.start("body") + (len(m.group("body")) - len(m.group("body").lstrip()))
        # a span wrapped over two lines (`--model\norg/x`) is one command
        found = [(f.offset, f.raw, f.value) for f in shell_found(body.replace("\n", " "))]
        if "(" in body:
            found.extend((t.offset, t.raw, t.value) for t in scan_tokens(body))
        for offset, raw, value in found:
            yield ref_at(path, index, base + offset, raw, value, detector)


#: A name Ollama could run (`translategemma`, `qwen3-coder:30b`, `x:latest`).
_UNKNOWN_OLLAMA = _lazyre.compile(r"[a-z][a-z0-9.-]{3,40}[a-z0-9](?::[\w.-]{1,30})?")
_NOT_OLLAMA_NAMES = frozenset(
    {"default", "model", "models", "base", "custom", "local", "same", "chat", "embedding",
     "embeddings", "none", "null", "true", "false", "latest", "modelfile", "ollama", "serve",
     "pull", "list", "run", "show", "create", "transformers", "diffusers", "pydantic", "claude",
     "gemini", "llama", "pytorch", "tensorflow", "onnx", "gguf", "safetensors",
     "sentence-transformers"}
)  # fmt: skip
_OLLAMA_BEFORE = _lazyre.compile(r"\bOllama[ \t]+$", re.I)
_OLLAMA_AFTER = _lazyre.compile(r"[ \t]+(?:via|with|on|in|using|through)[ \t]+Ollama\b", re.I)
_MODEL_WORD_BEFORE = _lazyre.compile(
    r"\b(?:the|el|le|il|das|o|a)[ \t]+(?:model|modelo|modèle|modello|Modell|модель)[ \t]+`?$",
    re.I,
)
_MODEL_WORD_AFTER = _lazyre.compile(
    r"`?[ \t]*(?:(?<=[ \t])(?:model|modèle|modelo|modello|Modell)\b(?![-_])|模型|モデル|모델)", re.I
)
#: A table column of kinds, not names (`Model Type`, `Architecture`, `Format`).
_TYPE_COLUMN = _lazyre.compile(r"\b(?:type|types|arch|architecture|family|format|class)\b", re.I)
_DELIMITER_ROW = _lazyre.compile(r"^[ \t]*\|?[ \t]*:?-+:?[ \t]*(?:\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$")


def _column_header(text: str, pos: int) -> str | None:
    """The header of the Markdown table column that holds offset `pos`, if `pos` is in a table
    row below a header (up to 200 rows up)."""
    ls = text.rfind("\n", 0, pos) + 1
    le = text.find("\n", pos)
    row = text[ls : len(text) if le == -1 else le]
    if row.count("|") < 2:
        return None
    col = text.count("|", ls, pos)
    end = ls - 1
    for _ in range(200):
        if end <= 0:
            return None
        start = text.rfind("\n", 0, end) + 1
        line = text[start:end]
        if _DELIMITER_ROW.fullmatch(line) is not None:
            hs = text.rfind("\n", 0, max(start - 1, 0)) + 1
            cells = text[hs : max(start - 1, hs)].split("|")
            return cells[col].strip() if col < len(cells) else None
        if "|" not in line:
            return None
        end = start - 1
    return None


_HUB_LINK = _lazyre.compile(r"(?:https?://)?(?:www\.)?(?:huggingface\.co|hf\.co)/", re.I)
_INLINE_ID = _lazyre.compile(r"[\w.-]+/[\w.-]+(?:@[\w./-]+)?", re.ASCII)  # or a legacy id
_CONTEXT_MODEL = _lazyre.compile(
    r"model|modèle|checkpoint|weights|\bllm|embedd|encoder|repo id|\bplm\b|pretrained|"
    r"pre-trained|backbone|fine-?tun|模型|モデル|모델",
    re.I,
)
#: A line or heading about the Hub's Spaces (capitalised, as the Hub writes it).
_CONTEXT_SPACE = _lazyre.compile(
    r"\b(?:Gradio|Hugging ?Face|HF|Hub)[ \t]+Spaces?\b|\bSpaces?[ \t]+(?:name|id)\b|\bSpaces\b"
)
#: A line that says its id is on the Hub (`downloads `org/x` from Hugging Face`).
_FROM_HUB = _lazyre.compile(
    r"\b(?:from|on|via)[ \t]+(?:the[ \t]+)?(?:Hugging[ \t]?Face|HF)(?:[ \t]+Hub)?\b", re.I
)
_CONTEXT_DATASET = _lazyre.compile(
    r"data ?sets?\b|corpus|corpora|数据集|データセット|데이터셋", re.I
)
_HEADING = _lazyre.compile(r"^[ \t]{0,3}#{1,6}[ \t]+([^\n]*)$", re.M)
#: A reStructuredText section title: a line underlined with `===`, `---`, `~~~`...
_RST_HEADING = _lazyre.compile(r"^([^\n]*\w[^\n]*)\n([=\-~^\"'`#*+])\2{2,}[ \t]*$", re.M)


#: A bare `org/name` in prose: not part of a URL, a path, an inline code span or a word.
_PROSE_ID = _lazyre.compile(
    r"(?<![\w/.:@`$<=-])(?P<id>[A-Za-z0-9][\w.-]*/[\w.-]*[A-Za-z0-9])"
    r"(?![\w/`>.-]|\]\(|:" + OPENROUTER_VARIANTS + r"\b)"
)
#: An id in double quotes or backticks in prose.
_QUOTED_ID = _lazyre.compile(
    r"(?<![\w=(\[])(?P<q>[\"`])(?P<id>[A-Za-z0-9][\w.-]*/[\w.-]*[A-Za-z0-9]"
    r"|[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*)(?P=q)"
)
#: A list item that labels a legacy id: `- QA with Context: distilbert-base-cased-distilled-squad`.
_ITEM_LEGACY = _lazyre.compile(
    r"^[ \t]*[-*+][ \t]+(?P<label>[A-Za-z][^:\n`]{0,60}):[ \t]+"
    r"(?P<id>[a-z][a-z0-9]*(?:[-.][a-z0-9]+)*)(?=[ \t]*(?:$|[,:(]|and\b))",
    re.M,
)
#: A legacy id in parentheses after a model's display name: `GPT-2 (gpt2-medium)`.
_NAMED_LEGACY = _lazyre.compile(r"\b[A-Z][\w.-]*[ \t]+\((?P<id>[a-z][a-z0-9]*(?:[-.][a-z0-9]+)+)\)")


_LINKISH = _lazyre.compile(r"\[[^\]\n]*\]\([^)\n]*\)|\S*://\S*")


def _in_link(line: str, col: int) -> bool:
    """Whether column `col` of `line` is inside a link or a URL (which say what they name)."""
    return "://" in line and any(m.start() <= col < m.end() for m in _LINKISH.finditer(line))


def _prose_ids(
    path: str, text: str, index: LineIndex, fenced: list[tuple[int, int]], detector: str
) -> Iterator[Reference]:
    """`using facebook/bart-large-mnli transformer model`, `BART (facebook/bart-large-cnn)`
    under "Model Selection": a well-known organisation's model written in prose where the line
    or its section says model (and not dataset); `GPT-2 (gpt2-medium)` likewise."""
    for rx in (_PROSE_ID, _NAMED_LEGACY):
        for m in rx.finditer(text):
            if in_spans(m.start(), fenced):
                continue
            ls, line = _line_around(text, m.start(), m.end())
            stripped = line.lstrip()
            if stripped.startswith("> ") and not stripped.startswith("> [!"):
                # a quoted paragraph is prose (`> Drafted by ... -> org/x-GGUF, 1727 tokens`),
                # not a GitHub admonition's marker line
                stripped = stripped[2:].lstrip()
            if (
                (
                    stripped.startswith(("|", ">", "<", "["))
                    or (stripped.startswith("#") and rx is _NAMED_LEGACY)
                    # (a bold line is prose; so is a list item's text: `- fine-tunes the
                    # klue/roberta-base model`, unless the item is a link)
                    or (stripped.startswith(("-", "*", "+")) and "](" in stripped)
                )
                or _in_link(line, m.start() - ls)
                or line.startswith(("    ", "\t"))
            ):
                # tables, list items, quotes, HTML, links and indented code have their own rules
                continue
            ident = m.group("id")
            value = (
                classify_value(ident, WEAK)
                if rx is _PROSE_ID
                else (Value(Kind.MODEL, ident) if is_legacy_model(ident) else None)
            )
            if value is None or value.kind is not Kind.MODEL:
                continue
            if _CONTEXT_DATASET.search(line) and (
                # (`fine-tunes facebook/opt-1.3b using LoRA on the FinGPT sentiment dataset`:
                # the words next to the id say which)
                _CONTEXT_MODEL.search(line) is None
                or not _nearby_kind(text, ls, m.start("id"), m.end("id"))[1]
            ):
                continue
            if rx is _NAMED_LEGACY:  # a legacy id needs its line or section to say model
                context = line + "\n" + _last_heading(path, text, ls)
                if stripped[:1] in "-*+":  # an item: the line that leads its list says it too
                    context += "\n" + _list_lead(text, ls)
                if _CONTEXT_MODEL.search(context) is None:
                    continue
            yield ref_at(path, index, m.start("id"), ident, value, detector)
    if "- " in text or "* " in text:
        for m in _ITEM_LEGACY.finditer(text):
            # `**Model used**` / `- NER: bert-large-cased-finetuned-conll03-english`: a task
            # and the legacy id used for it, in a section about models
            ident = m.group("id")
            if not is_legacy_model(ident) or in_spans(m.start(), fenced):
                continue
            context = _last_heading(path, text, m.start()) + "\n" + _list_lead(text, m.start())
            if _CONTEXT_MODEL.search(context) is not None:
                yield ref_at(path, index, m.start("id"), ident, Value(Kind.MODEL, ident), detector)
    for m in _QUOTED_ID.finditer(text):
        # `copy the dataset name (for example "lvwerra/stack-exchange-paired")`: a quoted id
        # on a prose line that says dataset (and not model)
        if in_spans(m.start(), fenced):
            continue
        _, line = _line_around(text, m.start(), m.end())
        if (
            "://" in line  # a linked id: the link says what it is
            or line.startswith(("    ", "\t"))
            or line.lstrip().startswith(("|", "<"))
        ):
            continue
        data = _CONTEXT_DATASET.search(line) is not None
        ident = m.group("id")
        if data and _CONTEXT_MODEL.search(line) is not None:
            continue  # says both
        if not data and _CONTEXT_MODEL.search(line) is None:
            # says neither: a well-known organisation's model still is one (`- \`stabilityai/
            # stable-diffusion-3-medium\`` under "Text-to-Image"), as in plain prose; a
            # name that says data is a dataset (`argilla/distilabel-intel-orca-dpo-pairs`)
            value = classify_value(ident, WEAK) if "/" in ident else None
            if value is not None and value.kind in (Kind.MODEL, Kind.DATASET):
                yield ref_at(path, index, m.start("id"), ident, value, detector)
            continue
        if "/" in ident:
            value = classify_value(ident, DATASET_NAME if data else WEAK)
        else:  # ``the `distilgpt2` tokenizer``
            value = Value(Kind.MODEL, ident) if not data and is_legacy_model(ident) else None
        if value is not None and value.kind is (Kind.DATASET if data else Kind.MODEL):
            yield ref_at(path, index, m.start("id"), ident, value, detector)
    for m in _LABELLED_ID.finditer(text):
        # `Dataset used: Matthijs/cmu-arctic-xvectors<br/>`, `Base model: org/x`: a line that
        # is a label and an id
        if in_spans(m.start(), fenced):
            continue
        if m.group("key") is not None:
            if not m.group("key").islower():
                continue  # `## Dataset: CNN/DailyMail`: a title, not a setting
            hint = name_hint(m.group("key"))
            if hint is not None and not hint.weak and hint.kind in (Kind.MODEL, Kind.DATASET):
                value = classify_value(m.group("val"), hint)
                if value is not None:
                    yield ref_at(path, index, m.start("val"), m.group("val"), value, detector)
            continue
        label = m.group("label")
        dataset = _CONTEXT_DATASET.search(label) is not None
        model = _CONTEXT_MODEL.search(label) is not None or "vocoder" in label.lower()
        if dataset == model:
            continue
        value = classify_value(m.group("id"), DATASET_NAME if dataset else MODEL_NAME)
        if value is not None:
            yield ref_at(path, index, m.start("id"), m.group("id"), value, detector)


#: A line that is a label and an id: `Dataset used: org/x<br/>`, `**Base model**: org/x`.
_LABELLED_ID = _lazyre.compile(
    r"^[ \t]*(?:\*\*)?(?P<label>[A-Za-z][\w ()-]{0,40}?)(?:\*\*)?[ \t]*:(?:\*\*)?[ \t]+`?"
    r"(?P<id>[\w.-]+/[\w.-]+)`?[ \t]*(?:<br[ \t]*/?>)?[ \t]*$"
    # a settings line pasted as a heading or an item, with its comment: aider's
    # `# model: openrouter/openai/o1 # $/1M`, `- model: gpt-4o-mini (default)`
    r"|^[ \t]*(?:#{1,6}|[-*+>])[ \t]+`?(?P<key>[A-Za-z_][\w.-]{0,40})`?[ \t]*[:=][ \t]*`?"
    r"(?P<val>[\w.:@-]+(?:/[\w.:@-]+){0,2})`?[ \t]*(?:(?:#|//|\()[^\n]*)?$",
    re.M,
)
#: A Python loader call written as a line of prose (a README pasted from a notebook, fences lost).
_UNFENCED_CALL = _lazyre.compile(
    r"^[ \t]*(?:[\w.]+[ \t]*=[ \t]*)?[\w.]*(?:from_pretrained|load_dataset|SentenceTransformer|"
    r"snapshot_download|hf_hub_download|pipeline|GenerativeModel|ChatOpenAI|ChatAnthropic|"
    r"ChatOllama|OllamaEmbeddings|HuggingFaceEmbeddings)\([^\n]*\)[ \t]*$",
    re.M,
)


#: A call whose arguments follow on lines of their own, outside any fence: `client =
#: InferenceClient(` then `    model="org/x",` ... `)`.
_UNFENCED_OPEN = _lazyre.compile(
    r"^[ \t]*(?:[A-Za-z_][\w.]*[ \t]*=[ \t]*)?[A-Za-z_][\w.]*\([ \t]*\n"
    r"(?P<args>(?:[ \t]+[^\s)][^\n]*\n){1,30})[ \t]*\)[ \t]*$",
    re.M,
)
_PAREN_EOL = _lazyre.compile(r"\([ \t]+\n")  # (the pattern's own opening, trailing blanks and all)
#: An argument line of such a call: `model="org/x",`, `token=HF_TOKEN`, `"org/x",`.
_ARG_LINE = _lazyre.compile(r"[ \t]+(?:[A-Za-z_]\w*[ \t]*=[ \t]*)?[^\s=][^\n]*,?[ \t]*")


def _unfenced_calls(
    path: str, text: str, index: LineIndex, fenced: list[tuple[int, int]], detector: str
) -> Iterator[Reference]:
    """`model = BertForSequenceClassification.from_pretrained('bert-base-uncased')` on a line
    of its own outside any fence, or its arguments on indented lines below it: the call it
    is."""
    for m in _UNFENCED_CALL.finditer(text):
        if in_spans(m.start(), fenced):
            continue
        yield from (
            ref_at(path, index, m.start() + f.offset, f.raw, f.value, detector)
            for f in scan_tokens(m.group())
        )
    if "(\n" not in text and _PAREN_EOL.search(text) is None:
        return
    for m in _UNFENCED_OPEN.finditer(text):
        if in_spans(m.start(), fenced):
            continue
        if not all(_ARG_LINE.fullmatch(a) for a in m.group("args").splitlines()):
            continue
        yield from (
            ref_at(path, index, m.start() + f.offset, f.raw, f.value, detector)
            for f in scan_tokens(m.group())
        )


#: HTML `<pre><code>` blocks (slides, docs pages): their text is code.
_PRE_BLOCK = _lazyre.compile(
    r"<pre\b[^>]*>[ \t]*(?:<code\b(?P<attrs>[^>]*)>)?(?P<body>[^<]{1,20000})"
    r"(?:</code>)?[ \t]*</pre>",
    re.I,
)


def _pre_blocks(path: str, text: str, index: LineIndex, detector: str) -> Iterator[Reference]:
    """`<pre><code>{"model_name_or_path": "intfloat/e5-base-v2"}</code></pre>`: the block read
    as the code it is (JSON when it looks like JSON), where its text has no HTML entities."""
    for m in _PRE_BLOCK.finditer(text):
        body = m.group("body")
        if "&" in body:
            continue  # entities would shift every column
        lang = m.group("attrs") or ""
        lm = re.search(r"language-([\w+-]+)", lang)
        kind = lm.group(1) if lm else "json" if body.lstrip()[:1] in "{[" else ""
        yield from _block_at(path, index, m.start("body"), body, kind, detector)


#: A list item that opens with an id in backticks: `- \`Qwen/Qwen-Image\` - supports ...`.
_ID_ITEM = _lazyre.compile(
    r"^[ \t]*[-*+][ \t]+`(?P<id>[A-Za-z0-9][\w.-]*/[\w.-]*[A-Za-z0-9])`[^\n`]*$", re.M
)


def _id_lists(
    path: str, text: str, index: LineIndex, fenced: list[tuple[int, int]], detector: str
) -> Iterator[Reference]:
    """A run of list items each opening with a backticked `org/name`, one of them a well-known
    organisation's model: the list names models, every item of it (`Qwen/Qwen-Image` beside
    `black-forest-labs/FLUX.1-dev`)."""
    runs: list[list[re.Match[str]]] = []
    last_line = -2
    for m in _ID_ITEM.finditer(text):
        if in_spans(m.start(), fenced):
            continue
        line = index.pos(m.start())[0]
        if line - last_line > 2 or not runs:  # (one blank line may part a list's groups)
            runs.append([])
        runs[-1].append(m)
        last_line = line
    for run in runs:
        if len(run) < 3:
            continue
        values = [classify_value(m.group("id"), MODEL_NAME) for m in run]
        if not all(v is not None and v.kind is Kind.MODEL for v in values):
            continue
        known = sum(
            (w := classify_value(m.group("id"), WEAK)) is not None and w.kind is Kind.MODEL
            for m in run
        )
        if 2 * known < len(run):
            continue
        for m, v in zip(run, values, strict=True):
            if v is not None:
                yield ref_at(path, index, m.start("id"), m.group("id"), v, detector)


def _line_around(text: str, start: int, end: int) -> tuple[int, str]:
    """Where the line holding `text[start:end]` begins, and that line."""
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", end)
    return ls, text[ls : le if le != -1 else len(text)]


def _list_lead(text: str, ls: int) -> str:
    """The line above the list that holds the line starting at `ls` (`대표모델` over
    `+ BAAI/bge-m3` items; blank lines between the items' groups skipped), at most 40 up."""
    end = ls
    for _ in range(40):
        if end <= 0:
            return ""
        start = text.rfind("\n", 0, end - 1) + 1
        line = text[start : end - 1]
        end = start
        stripped = line.strip()
        if stripped and stripped[:1] not in "-*+":
            return line
    return ""


def _last_heading(path: str, text: str, upto: int) -> str:
    """The title of the section that holds offset `upto` (Markdown `#`, or rST underlined)."""
    starts, titles = _heading_index(text, path.lower().endswith((".rst", ".rest", ".txt")))
    k = bisect_left(starts, upto) - 1
    title = titles[k] if k >= 0 else ""
    # a line of nothing but bold text under it is read as a subheading (`**Model used**`)
    # (the index is computed once per file; a `"**" in text` test each call was quadratic)
    bstarts, btitles = _bold_index(text)
    if bstarts:
        b = bisect_left(bstarts, upto) - 1
        if b >= 0 and (k < 0 or bstarts[b] > starts[k]):
            title += "\n" + btitles[b]
    return title


_NOT_MODELS_HEADING = _lazyre.compile(
    r"provider|vendor|backend|platform|framework|librar|integration|tool|plugin", re.I
)


def _outer_heading(path: str, text: str, upto: int) -> str:
    """The title of the section around the one that holds `upto` (the nearest heading above
    it of a higher level), for Markdown `#` headings."""
    starts, titles = _heading_index(text, False)
    k = bisect_left(starts, upto) - 1
    if k < 0:
        return ""
    level = _heading_level(text, starts[k])
    for j in range(k - 1, max(k - 40, -1), -1):
        if _heading_level(text, starts[j]) < level:
            return titles[j]
    return ""


_HASHES = _lazyre.compile(r" *(#*)")


def _heading_level(text: str, pos: int) -> int:
    """How many `#` open the heading line at `pos` (read in place: no copy of the rest of the
    file)."""
    m = _HASHES.match(text, pos)
    return len(m.group(1)) if m is not None else 0


@lru_cache(maxsize=8)
def _bold_index(text: str) -> tuple[list[int], list[str]]:
    found = [(m.start(), m.group(1)) for m in _BOLD_HEADING.finditer(text)]
    return [p for p, _ in found], [t for _, t in found]


@lru_cache(maxsize=8)
def _heading_index(text: str, rst: bool) -> tuple[list[int], list[str]]:
    """Every section title of `text` with its offset, in order (computed once per file: a
    README listing 60,000 ids asks for the heading of each)."""
    found = [(m.start(), m.group(1)) for m in _HEADING.finditer(text)]
    if rst:
        found += [(m.start(), m.group(1)) for m in _RST_HEADING.finditer(text)]
        found.sort()
    return [p for p, _ in found], [t for _, t in found]


_LEVELLED_HEADING = _lazyre.compile(r"^[ \t]{0,3}(#{1,6})[ \t]+([^\n]*)$", re.M)


def _parent_headings(text: str, upto: int) -> str:
    """The titles of the Markdown sections above the one that holds offset `upto` (`## Models`
    over `### By Use Case`), nearest first."""
    found = [(len(m.group(1)), m.group(2)) for m in _LEVELLED_HEADING.finditer(text, 0, upto)]
    if not found:
        return ""
    level, out = found[-1][0], []
    for lv, title in reversed(found[:-1]):
        if lv < level:
            out.append(title)
            level = lv
    return "\n".join(out)


_BOLD_HEADING = _lazyre.compile(r"^[ \t]{0,3}(?:\*\*|__)([^*_\n]{2,80}?)(?:\*\*|__):?[ \t]*$", re.M)
_RIGHT_AFTER = _lazyre.compile(r"[`'\")\]]*[ \t]+(?P<w1>[\w-]+)(?:[ \t]+(?P<w2>[\w-]+))?")


_MADE_BY = _lazyre.compile(
    r"\b(?:generated|created|produced|synthesi[sz]ed|labell?ed|annotated|distilled|written)"
    r"[ \t]+(?:from|by|with|using)[ \t]+(?:the[ \t]+)?[`*\[]*$",
    re.IGNORECASE,
)
_CHAT_MODEL_NAME = _lazyre.compile(
    r"/[\w.-]*(?:-instruct|-chat|-it)(?:-v?\d[\w.]*)?$", re.IGNORECASE
)


def _nearby_kind(text: str, ls: int, start: int, end: int) -> tuple[bool, bool]:
    """(dataset, model) as the words next to an id in a sentence that names both kinds."""
    m = _RIGHT_AFTER.match(text, end, min(len(text), end + 40))
    for word in (m["w1"], m["w2"] or "") if m is not None else ():
        if _CONTEXT_DATASET.match(word):
            return True, False
        if _CONTEXT_MODEL.match(word):
            return False, True
    before = text[max(ls, start - 60) : start]
    if _MADE_BY.search(before) is not None or _CHAT_MODEL_NAME.search(text[start:end]):
        # `a synthetic dataset generated from `meta-llama/Meta-Llama-3.1-8B-Instruct``: what
        # made the data is a model; so is an instruction-tuned checkpoint's name
        return False, True
    last_d = max((x.end() for x in _CONTEXT_DATASET.finditer(before)), default=-1)
    last_m = max((x.end() for x in _CONTEXT_MODEL.finditer(before)), default=-1)
    return last_d > last_m, last_m > last_d


def _space_nearer(line: str, column: int) -> bool:
    """A line that names Spaces nearer the id than a model, or names no model: `The TTS
    model is powered by Hugging Face Spaces (`org/x`)`."""
    before = line[:column]
    last_s = max((x.end() for x in _CONTEXT_SPACE.finditer(before)), default=-1)
    last_m = max((x.end() for x in _CONTEXT_MODEL.finditer(before)), default=-1)
    return _CONTEXT_MODEL.search(line) is None or last_s > last_m


#: A Markdown link's target or a bare URL.
_LINK_TARGET = _lazyre.compile(r"\]\([^)\s]{0,500}\)|https?://[^\s)]{1,500}")


def _inline_id(
    path: str,
    text: str,
    index: LineIndex,
    start: int,
    body: str,
    detector: str,
    header: str | None = None,
) -> Reference | None:
    """`` `org/name` `` in prose: a model (whose name looks like one) or a dataset when its
    line, its table's header, its section heading or the file's name says which; a GitHub
    repository, a path or a route otherwise, and nothing when the context says both."""
    after = start + len(body) + 1
    if text.startswith("](", after):
        if _OTHER_SITE_LINK.match(text, after) is not None:
            # `[`org/x`](https://www.kaggle.com/models/org/x/...)`: the link says where it lives
            return None
        close = text.find(")", after, after + 300)
        target = text[after + 2 : close].strip() if close != -1 else ""
        if target.removeprefix("./").rstrip("/") == body:
            return None  # `[`study/data`](study/data)`: a folder of the repository
    ls = text.rfind("\n", 0, start) + 1
    le = text.find("\n", start)
    line = text[ls : le if le != -1 else len(text)]
    # (the id's own words say nothing: `bkai-foundation-models/NewsCategory` in a datasets table;
    # nor does a link's target: `Results on **org/model**, **500 samples** ([org/data](https://
    # huggingface.co/datasets/org/data))` names the dataset by its own URL)
    context = _LINK_TARGET.sub(" ", line.replace(body, " "))
    if header is not None:
        context = header + "\n" + context
    elif (
        ls > 1
        and not line.lstrip().startswith("|")
        and _CONTEXT_MODEL.search(line) is None
        and _CONTEXT_DATASET.search(line) is None
    ):
        # a sentence wrapped onto this line: `The default model is` / `` `org/x`. ``
        prev = text[text.rfind("\n", 0, ls - 1) + 1 : ls - 1].rstrip()
        if prev and not prev.lstrip().startswith(("#", "|")) and prev[-1] not in ".:!?`)":
            context = _INLINE.sub("", prev) + "\n" + context
    elif line.lstrip().startswith("|"):  # a table row: its header row names the columns
        pos, header = ls, ""
        while pos > 0:
            prev_start = text.rfind("\n", 0, pos - 1) + 1
            prev = text[prev_start : pos - 1]
            if not prev.lstrip().startswith("|"):
                break
            header, pos = prev, prev_start
        if _FORMATS.fullmatch(body) is not None:
            return None  # a format column's `| CSV/JSON |`
        if (
            _TWO_WORDS.fullmatch(body) is not None
            and _CONTEXT_DATASET.search(header) is None
            and _CONTEXT_MODEL.search(header) is None
            and classify_value(body, WEAK) is None
        ):
            return None  # a category column's `| Gold/commodities |`: two words, not an id
        context = header + "\n" + context
    heading = _last_heading(path, text, ls)
    context += "\n" + heading + "\n" + PurePosixPath(path).name
    dataset = _CONTEXT_DATASET.search(context) is not None
    model = _CONTEXT_MODEL.search(context) is not None
    if dataset and model and header is None:
        # both on the line: the word right after the id (`` `x` dataset ``), else the nearer
        # one before it (`fine-tune a pre-trained ViT (`x`) on the Beans dataset`)
        dataset, model = _nearby_kind(text, ls, start, start + len(body))
    if not dataset and not model and "/" in body and line.lstrip().startswith("|"):
        # a results table's `| mistralai/Mistral-7B-Instruct-v0.1 | 0.945 |`: a model any
        # reader knows says what the column holds
        value = classify_value(body, WEAK)
        if value is not None and value.kind is Kind.MODEL:
            return ref_at(path, index, start, body, value, detector)
        return None
    on_line = _CONTEXT_SPACE.search(line) is not None or "huggingface.co/spaces/" in line
    if (
        "/" in body
        and not dataset
        and (not model or (on_line and _space_nearer(line, start - ls)))
        and (on_line or _CONTEXT_SPACE.search(context))
    ):
        # (`We'll use `merve/paligemma-hf` (https://huggingface.co/spaces/merve/...)` under a
        # "Vision Model" heading: the line's own Space wins)
        # `Enter a Gradio Space name (e.g., `abidlabs/en2fr`)`
        value = classify_value(body, SPACE_LOADER)
        return ref_at(path, index, start, body, value, detector) if value is not None else None
    if not dataset and not model and "/" in body and _FROM_HUB.search(line) is not None:
        # `The first run downloads `org/x-82M-int8` from Hugging Face`: a repository on the
        # Hub whose name reads as a model's
        value = classify_value(body, REPO_NAME)
        if value is not None and value.kind is Kind.MODEL:
            return ref_at(path, index, start, body, value, detector)
        return None
    if (
        not model
        and not dataset
        and "/" not in body
        and classify_service(body) is not None
        and API_FAMILY_ONLY.fullmatch(body) is None
        and _CONTEXT_MODEL.search(_parent_headings(text, ls)) is not None
    ):
        # OCI's guide: `## Model Selection Guide` / `### By Use Case` / `- **Best:**
        # \`xai.grok-4-maverick\``: a hosted API's name in a section a models section holds
        model = True
    if dataset == model:  # neither, or both: prose that does not say which
        return None
    if "/" not in body:
        # `gpt-4o-mini` where the line says model; `gpt2`, `bert-base-uncased` (legacy ids,
        # also ordinary words in prose) only in a table about models
        table = line.lstrip().startswith("|")
        value = (
            classify_value(body, MODEL_NAME)
            if model and API_FAMILY_ONLY.fullmatch(body) is None  # (`gpt-3.5`: a family)
            else None
        )
        vendor = _WORD_NAMES.get(body)
        if vendor is not None and vendor not in line.lower():
            value = None  # `with fields for `title`, `command``: a word, not Cohere's model
        said = line if header is None else header + "\n" + line
        if "-" in body and line.lstrip()[:1] in ("-", "*", "+"):
            # a list item under a models heading (`### Encoder-Only Models` / `` - `bert-base-
            # uncased`, `bert-large-uncased` ``): the heading says it for the item
            said += "\n" + heading
        if (
            value is not None
            and value.kind is not Kind.SERVICE
            and not table
            and ("-" not in body or _CONTEXT_MODEL.search(said) is None)
        ):
            # `gpt2` is also a word; `bert-base-uncased` in a sentence about a model is a model
            value = None
        if dataset and body in legacy_dataset_names() and _CONTEXT_DATASET.search(line):
            # `Uses the `stsb_multi_mt` dataset`: a legacy dataset id, where the line says so
            value = Value(Kind.DATASET, body)
    elif text.startswith("](https://ollama.com/", start + len(body) + 1):
        value = Value(Kind.SERVICE, body)  # `[`org/name`](https://ollama.com/org/name)`
    else:
        svc = classify_service(body) if model else None
        if svc is not None:  # litellm's `mistral/mistral-large-latest`: the API's name
            value = Value(Kind.SERVICE, svc)
        else:
            value = classify_value(body, DATASET_NAME if dataset else REPO_NAME)
    return ref_at(path, index, start, body, value, detector) if value is not None else None


#: A Markdown link's target on another site that hosts models and datasets under `owner/name`.
_OTHER_SITE_LINK = _lazyre.compile(
    r"\]\(https?://(?:www\.)?(?:kaggle\.com|modelscope\.(?:cn|ai)|civitai\.com|replicate\.com|"
    r"wisemodel\.cn|openxlab\.org\.cn|gitee\.com|gitcode\.com)/"
)


#: Hosted models named by an ordinary word, and the vendor a line must name to mean them.
_WORD_NAMES = {"command": "cohere", "sonar": "perplexity"}


#: clap's `#[arg(short, long, default_value = "org/x")]` over the field it sets (`model_id:`).
_CLAP_DEFAULT = _lazyre.compile(
    r"#\[(?:arg|clap)\([^\]\n]*?\bdefault_value(?:_t)?[ \t]*=[ \t]*\"(?P<v>[^\"\n]+)\"[^\n]*\n"
    r"(?:[ \t]*(?:///|#\[)[^\n]*\n)*[ \t]*(?:pub(?:\([\w ]+\))?[ \t]+)?(?P<k>\w+)[ \t]*:"
)
#: An environment variable's default: Ruby's `ENV.fetch("OLLAMA_EMBEDDINGS_MODEL", "x")`,
#: Java's `System.getenv().getOrDefault("MODEL_ID", "x")`.
_ENV_DEFAULT = _lazyre.compile(
    r"(?:\bENV\.fetch|getOrDefault)\([ \t]*[\"'](?P<k>[A-Za-z_]\w*)[\"'][ \t]*,[ \t]*"
    r"[\"'](?P<v>[^\"'\n]+)[\"']"
)


#: A Rust enum of the names an API takes (`pub enum Model { #[serde(rename =
#: "open-mistral-7b")] OpenMistral7b, ... }`): its body, up to the closing brace at the start of
#: a line.
_RUST_ENUM = _lazyre.compile(
    r"^[ \t]*(?:pub(?:\([\w ]+\))?[ \t]+)?enum[ \t]+(?P<k>\w+)[^{\n]*\{", re.M
)
_CLOSING_BRACE = _lazyre.compile(r"^[ \t]*\}", re.M)
_SERDE_RENAME = _lazyre.compile(r"#\[serde\([^\]\n]*?\brename[ \t]*=[ \t]*\"(?P<v>[^\"\n]+)\"")


def _rust_enum_names(path: str, text: str, index: LineIndex, detector: str) -> Iterator[Reference]:
    """The serialised names of a Rust enum named for models: what the API is sent."""
    for m in _RUST_ENUM.finditer(text):
        hint = name_hint(m.group("k"))
        if hint is None or hint.kind is not Kind.MODEL:
            continue
        close = _CLOSING_BRACE.search(text, m.end())
        end = close.start() if close is not None else len(text)
        for r in _SERDE_RENAME.finditer(text, m.end(), end):
            value = classify_value(r.group("v"), MODEL_NAME)
            if value is not None:
                yield ref_at(path, index, r.start("v"), r.group("v"), value, detector)


#: A Terraform variable's block: `variable "bedrock_agent_foundation_model_id" {`, its
#: `default = "anthropic.claude-3-5-sonnet-20241022-v2:0"` (up to the block's closing brace).
_TF_VARIABLE = _lazyre.compile(r"^variable[ \t]+\"(?P<k>[\w-]+)\"[ \t]*\{", re.M)
_TF_DEFAULT = _lazyre.compile(r"^[ \t]*default[ \t]*=[ \t]*\"(?P<v>[^\"\n]+)\"", re.M)
#: .NET's OllamaSharp client and its default model: `new OllamaApiClient(uri, "qwen2")`.
_OLLAMA_SHARP = _lazyre.compile(r"\bOllamaApiClient\([^,()\n]{1,200},[ \t]*\"(?P<v>[^\"\n]+)\"")


#: Transformers.jl's string macro: `hgf"bert-base-cased:forquestionanswering"` loads the Hub
#: model (the part after `:` picks the head).
_JULIA_HGF = _lazyre.compile(r'\bhgf"(?P<v>[\w.-]+(?:/[\w.-]+)?)(?::[\w]+)?"')


def _julia_hgf(path: str, text: str, index: LineIndex, detector: str) -> Iterator[Reference]:
    for m in _JULIA_HGF.finditer(text):
        value = classify_value(m.group("v"), MODEL_NAME)
        if value is not None:
            yield ref_at(path, index, m.start("v"), m.group("v"), value, detector)


def _named_defaults(path: str, text: str, index: LineIndex, detector: str) -> Iterator[Reference]:
    """Defaults whose name sits apart from the value: a clap field's, an environment
    variable's, a Terraform variable's, a Rust enum's serialised names."""
    if 'hgf"' in text and path.endswith(".jl"):
        yield from _julia_hgf(path, text, index, detector)
    if "rename" in text and path.endswith(".rs"):
        yield from _rust_enum_names(path, text, index, detector)
    if "variable" in text and path.endswith(".tf"):
        for m in _TF_VARIABLE.finditer(text):
            hint = name_hint(m.group("k"))
            close = _CLOSING_BRACE.search(text, m.end())
            d = _TF_DEFAULT.search(text, m.end(), close.start() if close else len(text))
            value = classify_value(d.group("v"), hint) if d and hint and not hint.weak else None
            if d is not None and value is not None:
                yield ref_at(path, index, d.start("v"), d.group("v"), value, detector)
    if "OllamaApiClient" in text:
        for m in _OLLAMA_SHARP.finditer(text):
            value = classify_value(m.group("v"), OLLAMA)
            if value is not None:
                yield ref_at(path, index, m.start("v"), m.group("v"), value, detector)
    for rx, mark in ((_CLAP_DEFAULT, "default_value"), (_ENV_DEFAULT, "ENV")):
        if mark not in text and not (rx is _ENV_DEFAULT and "getOrDefault" in text):
            continue
        for m in rx.finditer(text):
            hint = name_hint(m.group("k"))
            value = classify_value(m.group("v"), hint) if hint is not None else None
            if value is not None:
                yield ref_at(path, index, m.start("v"), m.group("v"), value, detector)


#: An XML element that names a setting and gives its value: a ROS launch file's `<arg
#: name="model" default="gpt-3.5-turbo"/>` and `<param name="model_name" value="org/x"/>`,
#: Spring's `<property name="model" value="..."/>`, .NET's `<add key="Model" value="..."/>`.
_XML_NAMED = _lazyre.compile(
    r"<(?:arg|param|property|add|entry|setting)\s[^<>]*?\b(?:name|key)\s*=\s*\"(?P<k>[\w.-]{1,80})\""
    r"[^<>]*?\b(?:default|value)\s*=\s*\"(?P<v>[^\"<>\s]{1,200})\"",
)
_XML_EXT = (".xml", ".launch", ".xacro", ".config")


def _xml_named_values(path: str, text: str, detector: str) -> Iterator[Reference]:
    index: LineIndex | None = None
    for m in _XML_NAMED.finditer(text):
        hint = name_hint(m.group("k").rsplit(".", 1)[-1])
        value = classify_value(m.group("v"), hint) if hint is not None else None
        if value is not None:
            index = index or LineIndex(text)
            yield ref_at(path, index, m.start("v"), m.group("v"), value, detector)


class TextDetector:
    """Markdown, reStructuredText, HTML, plain text, and every file no other detector claims."""

    id = "text"

    def applies_to(self, path: str) -> bool:
        return True

    def detect(self, path: str, text: str) -> Iterator[Reference]:
        name = PurePosixPath(path).name.lower()
        if name.endswith(_CODE_EXT):
            index = LineIndex(text)
            yield from url_references(path, text, index, self.id)
            # (Go's `ollama.Generate(ctx, "gemma3", ...)`: a client module's calls in a file
            # that talks to Ollama)
            for f in scan_tokens(text, ollama_module=OLLAMA_FILE.get()):
                yield ref_at(path, index, f.offset, f.raw, f.value, self.id)
            yield from _named_defaults(path, text, index, self.id)
            return
        if "." not in name and MODELFILE_BODY.match(text) is not None:
            # an Ollama Modelfile under another name (`llama3/BodyBuilderModel`)
            yield from modelfile_references(path, text, self.id)
            return
        if name.endswith(".svg"):
            # a picture: a diagram's labels or a terminal recording's text (termtosvg's
            # `askchat --all-valid-models` listing) are drawn output, not uses; its links count
            yield from url_references(path, text, LineIndex(text), self.id)
            return
        if name.endswith((".http", ".rest", ".bru", ".hurl")):
            # a REST client request file (`POST https://api.openai.com/v1/...` then a JSON
            # body): the body's `"model": "gpt-4o"` is the model the request asks for
            yield from json_references(path, text, self.id)
            return
        if name.endswith((".md.txt", ".rst.txt")):
            # Sphinx's copies of a page's source (`_sources/usage/mlm.md.txt`): the page's format
            for r in self.detect(path[:-4], text):
                yield replace(r, path=path)
            return
        if name in ("pkg-info", "metadata") and text.startswith("Metadata-Version:"):
            # a package's metadata: headers, then its README as the long description, read
            # as the format the metadata names
            head = text[: text.find("\n\n")].lower()
            # its `Keywords:` header is topics (`gpt-4,llm`), not uses: blanked, lines kept
            text = _KEYWORDS_HEADER.sub(lambda m: " " * len(m.group()), text, count=1)
            ext = ".rst" if "text/x-rst" in head else ".txt" if "text/plain" in head else ".md"
            for r in text_references(path + ext, text, self.id):
                yield replace(r, path=path)
            return
        yield from text_references(path, text, self.id)
        if name.endswith(_XML_EXT) and ("value=" in text or "default=" in text):
            yield from _xml_named_values(path, text, self.id)
        if not name.endswith(_PROSE_EXT) and (
            "--" in text or "=" in text or _DOC_COMMAND.search(text) is not None
        ):
            # `.txt` / `.args` files and others without a detector of their own often hold
            # command lines (`--model_name gpt2 --dataset_name imdb`, `python run.py ...`)
            index = LineIndex(text)
            for sf in shell_found(text):
                yield ref_at(path, index, sf.offset, sf.raw, sf.value, self.id)
