"""A token-level scanner for C-like and Python-like code: the fallback for Python that does not
parse, and the engine for JavaScript/TypeScript, code blocks in Markdown and other languages.

One linear pass over a regular-expression tokenizer (strings, comments, names, brackets and
assignment operators) with a bracket stack: it knows which call a string is an argument of, at
which position or keyword, and which name or key a value is assigned to. String constants
assigned to a name are propagated to loader calls that pass that name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from license_gate import _lazyre
from license_gate.ids import classify_service, provider_model
from license_gate.models import Kind
from license_gate.scan._common import (
    MODEL_NAME,
    OLLAMA,
    SERVED,
    WEAK,
    Hint,
    Value,
    child_hint,
    classify_items,
    classify_value,
    distinctive_api_name,
    name_hint,
    negative_name,
    priority,
)
from license_gate.scan._loaders import (
    OPENAI_CALL,
    OPENAI_MODEL_CALLS,
    OUTPUT_CALLS,
    LoaderSpec,
    loader_spec,
)

__all__ = ["Found", "scan_tokens"]

_TOKEN = _lazyre.compile(
    # (a backslash escapes a line end too: `\`...\n\` continues a template over lines)
    r"(?P<str>[rRbBuUfF]{0,2}(?:\"\"\"[\s\S]*?\"\"\"|'''[\s\S]*?'''|\"(?:[^\"\\\n]|\\[\s\S])*\""
    r"|'(?:[^'\\\n]|\\[\s\S])*'|`(?:[^`\\]|\\[\s\S])*`))"
    r"|(?P<com>\#[^\n]*|//[^\n]*)"
    r"|(?P<name>[A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)"
    # (`::`: Rust's paths; `??`: JavaScript's and C#'s fallback, not a conditional's `?`)
    r"|(?P<op>::|:=|=>|==|!=|<=|>=|<-|\?\?=?|\?=|\+=|[=:(),\[\]{}]|\?(?=[ \t]))"
    r"|(?P<nl>\n)"
)
#: A Go call's leading context argument, before the arguments a library's docs number.
_GO_CONTEXTS = frozenset({"ctx", "context.Background", "context.TODO"})
#: The next line goes on with a TypeScript union: `  | "gemini-pro"`.
_UNION_NEXT = _lazyre.compile(r"[ \t]*\|[ \t]*[\"'`]")
#: Builder setters in Java/Kotlin/Go/JS: `.modelName("gpt-4o-mini")`, `.modelId("org/x")`.
_SETTER = _lazyre.compile(
    # (and Rust's `.custom_embedding_model("org/x")`, `.default_model(...)`)
    r"(?:set_?|with_?)?(?:custom_?|default_?|base_?|chat_?|llm_?)?"
    r"(?:model|model_?name|model_?id|embedding_?model|dataset|dataset_?name|repo_?id)",
    re.IGNORECASE,
)
_GETTERS = frozenset({"get", "getenv", "setdefault", "pop", "get_env", "env", "getattr"})
_DEFAULT_KWS = frozenset({"default", "choices", "const", "value"})
#: Calls whose argument is the value a variable falls back to: Rust's `let model_id =
#: args.model.unwrap_or("org/x".to_string())`, Java's `Optional.orElse("org/x")`.
_FALLBACK_CALLS = frozenset(
    {"unwrap_or", "unwrap_or_else", "or_else", "orElse", "orElseGet", "getOrElse"}
)
_VERBISH = _lazyre.compile(
    r"(?:load|get|download|fetch|init|build|create|from|use|set|make|pull|run|serve|prepare|preprocess"
    r"|process|open|read|instantiate)_?\w*"
    r"(?:model|tokeni[sz]er|pipeline|embed|llm|dataset|checkpoint|encoder|adapter|ranker)"
    r"(?:_?(?:info|config|card|files?|path))?",  # `get_model_info("org/x")`
    re.IGNORECASE,
)
_REVISION_KEYS = frozenset({"revision", "model_revision", "hf_revision", "dataset_revision"})
#: Go's `flag.String("model", "llama2", "usage")`: the default of a named flag.
_GO_FLAGS = frozenset({"flag.String", "pflag.String"})
_MAX_DEPTH = 256


@dataclass(frozen=True, slots=True)
class Found:
    """A value found at character `offset`, written as `raw`."""

    offset: int
    raw: str
    value: Value


@dataclass(slots=True)
class _Frame:
    kind: str  # "top", "call", "list", "group"
    func: str | None = None
    spec: LoaderSpec | None = None
    output: bool = False
    argi: int = 0
    kw: str | None = None
    first_arg: str | None = None
    hint_name: str | None = None
    revision: str | None = None
    repo_type: str | None = None
    env_name: str | None = None  # `NAME = ("org/x")`: strings here are NAME's values
    ternaries: int = 0  # `cond ? "llava:13b" : name`: the `?`s whose `:` is still to come
    ctx_first: bool = False  # Go's `ollama.Generate(ctx, "gemma3", ...)`: a context comes first
    served: bool = False  # the request object of an OpenAI-compatible call: its `model` is served
    found: list[int] = field(default_factory=list)
    strings: list[tuple[int, str]] = field(default_factory=list)  # a list's plain elements


#: The start of a JSON object inside a triple-quoted string (after the opening quotes).
_JSON_BLOCK = _lazyre.compile(r"[ \t]*\n?[ \t]*\{[ \t]*\n[ \t]*\"")
#: Bumblebee's Hub source given by a variable: `{:hf, repo}`, `{:hf, repo, revision: "x"}`.
_BUMBLEBEE_HF = _lazyre.compile(r"\{:hf,[ \t]*([a-z_]\w*)[ \t]*[,}]")
#: The last name of an expression: `LLM_MODEL` in `process.env.LLM_MODEL `.
_LAST_NAME = _lazyre.compile(r"[A-Za-z_]\w*(?=[ \t]*$)")
_TEMPLATE_FALLBACK = _lazyre.compile(
    r"\$\{(?P<e>[^{}`]*?)(?:\?\?|\|\|)[ \t]*([\"'])(?P<v>[^\"'\\\s{}]+)\2[ \t]*\}"
)
#: A property placeholder with a default: `${openai.api.model:gpt-4}` (Spring, also `\${`
#: in Kotlin strings).
_PLACEHOLDER_DEFAULT = _lazyre.compile(r"\\?\$\{(?P<key>[\w.-]+):(?P<default>[^{}\s]+)\}")


def _string_value(tok: str) -> tuple[str, int] | None:
    """(content, offset of content in tok) for a simple string token; None for f-strings with
    placeholders, templates, escapes or multi-line strings."""
    i = 0
    while i < len(tok) and tok[i] in "rRbBuUfF":
        i += 1
    prefix = tok[:i].lower()
    q = tok[i : i + 3] if tok[i : i + 3] in ('"""', "'''") else tok[i]
    content = tok[i + len(q) : len(tok) - len(q)]
    kotlin = (  # the one escape let through, a placeholder's `\$`
        content.startswith("\\")
        and "\\" not in content[1:]
        and _PLACEHOLDER_DEFAULT.fullmatch(content) is not None
    )
    if "\n" in content or ("\\" in content and not kotlin):
        return None  # (but Kotlin's `"\${openai.api.model:gpt-4}"`, a Spring property)
    if ("f" in prefix or q == "`") and ("{" in content):
        return None
    return content, i + len(q)


def _positional_hint(frame: _Frame) -> Hint | None:
    argi = frame.argi - 1 if frame.ctx_first else frame.argi
    if frame.spec is not None and argi in frame.spec.positional:
        return frame.spec.positional[argi]
    func = frame.func or ""
    last = func.rsplit(".", 1)[-1]
    if frame.argi == 1 and frame.first_arg is not None and (last in _GETTERS or func in _GO_FLAGS):
        return name_hint(frame.first_arg)
    if (
        frame.argi == 0
        and frame.spec is None
        and (
            _VERBISH.fullmatch(last)
            or _SETTER.fullmatch(last)
            or (last[:1].isupper() and last.endswith("Dataset"))
        )
    ):
        return name_hint(last)
    return None


def _keyword_hint(frame: _Frame, kw: str) -> Hint | None:
    if frame.spec is not None and kw in frame.spec.keywords:
        return frame.spec.keywords[kw]
    if kw in _DEFAULT_KWS and frame.first_arg is not None:
        return name_hint(frame.first_arg)
    return name_hint(kw)


def scan_tokens(
    text: str, *, ollama_module: bool = False, root_keys: Hint | None = None
) -> list[Found]:
    """Every model/dataset/service value in `text`, tokenised as C-like or Python-like code.

    `root_keys`: the hint for the keys of the top-level object (a `models.json` keyed by id)."""
    found: list[Found] = []
    stack: list[_Frame] = [_Frame("top")]
    assign: tuple[str, int] | None = None  # (name, depth)
    annotated = False
    type_ann: tuple[str, int] | None = None  # `NAME: <type> =` (TypeScript): NAME, its depth
    prev_kind = ""
    prev_val = ""
    pending: tuple[int, str, Hint | None, str | None] | None = None  # offset, raw, hint, env
    pending_name: tuple[str, Hint] | None = None
    env: dict[str, list[tuple[int, str]]] = {}
    uses: list[tuple[str, Hint]] = []
    prio: list[int] = []

    def flush(next_is_colon: bool) -> None:
        nonlocal pending
        if pending is None:
            return
        offset, raw, hint, env_name = pending
        pending = None
        if next_is_colon:
            # a key: only in an object assigned to a model-ish name (`MODELS = {"gpt-4o":
            # {...}}`), and only self-evident names (no bare words through an Ollama hint)
            if root_keys is not None and len(stack) == 2 and stack[-1].kind == "list":
                hint = root_keys
            elif hint is None or hint.weak or stack[-1].kind != "list" or not stack[-1].hint_name:
                return
            if raw.isalpha():
                return  # `"llm-sandbox": {"command": ...}`: a setting's key, not `command`
            hint = replace(hint, ollama=False, via_parent=True)
            env_name = None
        if env_name is not None:
            env.setdefault(env_name, []).append((offset, raw))
        if hint is None and ":" in raw and provider_model(raw) is not None:
            hint = WEAK  # `id: "openai:gpt-4o"` (promptfoo): the prefix says what it is
        for off, item, value in classify_items(raw, hint):
            stack[-1].found.append(len(found))
            found.append(Found(offset + off, item, value))
            prio.append(priority(hint) if hint is not None else 0)

    for m in _TOKEN.finditer(text):
        kind = m.lastgroup or ""
        tok = m.group()
        if kind == "com":
            continue
        top = stack[-1]
        if pending_name is not None:
            if kind == "op" and tok in ",)":
                uses.append(pending_name)
            pending_name = None
        if kind == "name" and tok in ("in", "not") and prev_kind == "str":
            pending = None  # `'claude-3' in model_id`: a substring test, not a model
        if kind == "op" and tok == ":" and top.ternaries:
            top.ternaries -= 1  # a conditional's `:`, not a key's: what came before is a value
            flush(False)
            prev_kind, prev_val = "op", tok
            continue
        flush(kind == "op" and tok in (":", "=>") and top.kind != "call")
        if kind == "nl":
            # (a TypeScript union written one member a line, `type ModelKey =\n  | "gpt-4o"\n
            # | "gemini-pro"`, continues its statement)
            if len(stack) == 1 and not (
                (prev_kind == "op" and prev_val == "=")
                or _UNION_NEXT.match(text, m.end()) is not None
            ):
                assign = None
                type_ann = None
                prev_kind = ""
            # (a class field's annotation ends with its line: after `static task: PipelineType
            # = 'text-classification';`, `static model = 'Xenova/...'` names its own value)
            annotated = False
            continue
        if kind == "op" and tok == "?":
            top.ternaries += 1
            prev_kind, prev_val = "op", tok
            continue
        if kind == "op":
            if tok in ("=", ":", ":=", "=>", "?=", "??=", "+=", "<-"):
                if prev_kind == "name" and top.kind == "call" and tok == "=":
                    top.kw = prev_val
                elif (
                    tok == "="
                    and assign is not None
                    and assign[1] == len(stack)
                    and annotated
                    and prev_kind == "name"
                ):
                    pass  # `NAME: type = value` keeps NAME
                elif (
                    tok == "="
                    and type_ann is not None
                    and type_ann[1] == len(stack)
                    and prev_kind == "op"
                ):
                    # `const MODELS: { id: string }[] = [...]`: the type is over, the name stays
                    assign, type_ann, annotated = type_ann, None, False
                # (a string before `=>` is a key, PHP's `'default_model' => 'x'`; a name before
                # it, JavaScript's arrow function)
                elif prev_kind == "str" or (prev_kind == "name" and tok != "=>"):
                    assign = (prev_val, len(stack))
                    annotated = tok == ":" and prev_kind == "name"
                    if annotated and top.kind == "top":
                        type_ann = assign
            elif tok == "(":
                if len(stack) < _MAX_DEPTH:
                    if prev_kind == "name":
                        last = prev_val.rsplit(".", 1)[-1]
                        spec = loader_spec(prev_val)
                        if spec is None and ollama_module and prev_val.startswith("ollama."):
                            spec = loader_spec("ollama.chat")
                        if spec is None and last.lower().startswith("ollama"):
                            # a project's own client: `ollamaClient("kimi-k2.5:cloud")`
                            spec = loader_spec("ollama")
                        if spec is None and prev_val.endswith(OPENAI_MODEL_CALLS):
                            # `openai.embeddings.create({model: 'all-minilm:l6-v2', ...})`
                            spec = OPENAI_CALL
                        call = _Frame("call", func=prev_val, spec=spec, output=last in OUTPUT_CALLS)
                        if assign is not None and (
                            last in _FALLBACK_CALLS
                            or (spec is None and assign[1] == len(stack) and prev_val[:1].isupper())
                        ):
                            # the variable it is the default of; or the value a constructor
                            # builds (R's `model <- BERT("bert-base-uncased")`)
                            call.hint_name = assign[0]
                        stack.append(call)
                    else:
                        group = _Frame("group", hint_name=top.hint_name)
                        if assign is not None and assign[1] == len(stack):
                            group.hint_name = assign[0]
                            if top.kind == "top":
                                group.env_name = assign[0].rsplit(".", 1)[-1]
                        stack.append(group)
            elif tok in "[{":
                if len(stack) < _MAX_DEPTH:
                    hint_name = top.hint_name
                    if tok == "{" and prev_kind == "name" and prev_val in _NAMED_BLOCKS:
                        # Terraform's `model { format = "OpenAI"  name = "gpt-4o" }` inside an
                        # `azurerm_cognitive_deployment`: a block named for what it holds
                        hint_name = prev_val
                    elif (
                        tok == "{"
                        and prev_kind == "name"
                        and prev_val[:1].isupper()
                        and name_hint(prev_val.rsplit(".", 1)[-1]) is not None
                    ):
                        # a struct literal of a type named for what it holds: Elixir's
                        # `%ModelInfo{name: "org/x"}`, Go's `ModelSpec{Name: "org/x"}`
                        hint_name = prev_val.rsplit(".", 1)[-1]
                    elif assign is not None and assign[1] == len(stack):
                        hint_name = assign[0]
                    elif top.kind == "call" and top.kw is not None:
                        hint_name = (
                            top.first_arg if top.kw in _DEFAULT_KWS and top.first_arg else top.kw
                        )
                    elif tok == "[" and top.kind == "top" and root_keys is not None:
                        hint_name = "models"  # `model_registry.json`: `["org/a", "org/b"]`
                    served = tok == "{" and top.kind == "call" and top.spec is OPENAI_CALL
                    stack.append(_Frame("list", hint_name=hint_name, served=served))
            elif tok == ",":
                if top.kind == "call":
                    top.argi += 1
                    top.kw = None
                if assign is not None and assign[1] == len(stack) and top.kind != "top":
                    assign = None
            elif tok in ")]}":
                if len(stack) > 1:
                    frame = stack.pop()
                    _close(frame, found)
                    for offset, raw, name in _api_names(frame):
                        frame.found.append(len(found))
                        found.append(Found(offset, raw, Value(Kind.SERVICE, name)))
                        prio.append(1)
                    stack[-1].found.extend(frame.found)
                if assign is not None and assign[1] > len(stack):
                    assign = None
            prev_kind, prev_val = "op", tok
            continue
        if kind == "name":
            if top.kind == "call" and top.argi == 0 and tok in _GO_CONTEXTS:
                top.ctx_first = True
            if top.kind == "call" and prev_kind == "op" and prev_val in ("(", ",", "="):
                use_hint = _keyword_hint(top, top.kw) if top.kw else _positional_hint(top)
                if use_hint is not None and not top.output:
                    pending_name = (tok.rsplit(".", 1)[-1], use_hint)
            prev_kind, prev_val = "name", tok
            continue
        # a string
        sv = _string_value(tok)
        if sv is None and '"""' in tok[:5] and _JSON_BLOCK.match(tok, tok.index('"""') + 3):
            # a Java/Kotlin text block (or a Python-like triple-quoted string) holding a JSON
            # request body: `"""\n{ "model": "tinyllama", "prompt": %s }"""`
            start = tok.index('"""') + 3
            for f in scan_tokens(tok[start : len(tok) - 3]):
                stack[-1].found.append(len(found))
                found.append(Found(m.start() + start + f.offset, f.raw, f.value))
                prio.append(1)
            prev_kind, prev_val = "strx", ""
            continue
        if sv is None and tok.startswith("`") and "${" in tok:
            # `model: \`openai:${process.env.OPENAI_MODEL ?? "gpt-4o-mini"}\``: a template's
            # fallback is the value when the variable is unset
            fb = _TEMPLATE_FALLBACK.search(tok)
            sv = (fb.group("v"), fb.start("v")) if fb is not None else None
            # (the variable it stands in for names it: `${process.env.LLM_MODEL || "x"}`)
            fallback_for = _LAST_NAME.search(fb.group("e")) if fb is not None else None
        else:
            fallback_for = None
        if sv is None:
            prev_kind, prev_val = "strx", ""
            continue
        value, skip = sv
        hint: Hint | None = None
        env_name: str | None = None
        if assign is not None and assign[1] == len(stack):
            hint = child_hint(assign[0], top.hint_name)
            if top.served and assign[0] == "model":
                hint = SERVED  # `openai.embeddings.create({model: 'all-minilm:l6-v2'})`
            if (
                hint is None
                and value == top.hint_name
                and "/" in value
                and assign[0] in ("id", "name", "model", "model_id", "repo_id", "path")
                and len(stack) >= 3
            ):
                # `MODELS = {"org/x": {id: "org/x", ...}}`: the entry repeats its key, which
                # the table's name qualifies
                outer = stack[-2].hint_name
                hint = name_hint(outer) if outer else None
            if assign[0] == "revision" and len(stack) >= 2 and stack[-2].kind == "call":
                stack[-2].revision = value
            elif assign[0] in _REVISION_KEYS and top.kind == "list" and value:
                top.revision = value  # `{"model_id": "org/x", "model_revision": "5218..."}`
            if top.kind == "top" and prev_kind == "op":
                env_name = assign[0].rsplit(".", 1)[-1]
        elif top.kind == "call":
            if top.kw is not None:
                if top.kw == "revision":
                    top.revision = value
                elif top.kw == "repo_type":
                    top.repo_type = value
                hint = _keyword_hint(top, top.kw)
            else:
                hint = _positional_hint(top)
                if hint is None and top.argi == 0 and top.hint_name:
                    hint = name_hint(top.hint_name)
                if top.argi == 0 and top.first_arg is None:
                    top.first_arg = value
            if top.output:
                hint = None
            elif (hint is None or hint.weak) and distinctive_api_name(value):
                hint = MODEL_NAME  # `env.AI.run("@cf/meta/llama-3-8b-instruct", ...)`
        elif top.kind in ("list", "group") and top.hint_name:
            hint = name_hint(top.hint_name)
            env_name = top.env_name
        if (hint is None or hint.weak) and fallback_for is not None:
            hint = name_hint(fallback_for.group()) or hint
        if hint is None and not (top.kind == "call" and top.output):
            # the name this string is given: a call's keyword, or the assignment it is the value
            # of (`out = generate("org/x")` does not make "org/x" an output)
            given = top.kw if top.kind == "call" else assign[0] if assign is not None else None
            if given is None or not negative_name(given):
                hint = WEAK
        spring = _PLACEHOLDER_DEFAULT.fullmatch(value)
        if spring is not None:
            # Spring's `@Value("${openai.api.model:gpt-4}")`: a property and its default, the
            # value when the property is unset (named by the property's last part)
            hint = name_hint(spring.group("key").rsplit(".", 1)[-1])
            skip += spring.start("default")
            value = spring.group("default")
        pending = (m.start() + skip, value, hint, env_name)
        if top.kind == "list" and len(top.strings) < 256:
            top.strings.append((m.start() + skip, value))
        prev_kind, prev_val = "str", value
    flush(False)
    if "{:hf," in text:
        # Elixir's Bumblebee: `repo = "org/x"` then `Bumblebee.load_model({:hf, repo})`
        uses.extend((b.group(1), MODEL_NAME) for b in _BUMBLEBEE_HF.finditer(text))
    if uses and env:
        for name, use in uses:
            for offset, raw in env.get(name, ()):
                got = classify_value(raw, use)
                if got is not None:
                    found.append(Found(offset, raw, got))
                    prio.append(priority(use))
    if "ollama" in text:
        # `execInContainer("ollama", "pull", "moondream")`, `exec.Command("ollama", "run", m)`:
        # the CLI's words as separate arguments
        # (the name read as `ollama pull <name>` reads it in a shell script)
        for am in _OLLAMA_ARGV.finditer(text):
            got = classify_value(am.group("tag"), OLLAMA)
            if got is not None:
                found.append(Found(am.start("tag"), am.group("tag"), got))
                prio.append(2)
    if "openai.GPT" in text or "openai.O" in text:
        # go-openai's constants: `Model: openai.GPT4oMini` is "gpt-4o-mini"
        for gm in _GO_OPENAI.finditer(text):
            spelled = _go_openai_name(gm.group("c"))
            svc = classify_service(spelled) if spelled else None
            if svc is not None:
                found.append(Found(gm.start(), gm.group(), Value(Kind.SERVICE, svc)))
                prio.append(2)
    if "fn " in text or "func " in text or "fun " in text or "function " in text:
        # a function named for what it returns: Rust's `fn tokenizer_repo(&self) -> &'static
        # str { match self { Which::Leo7b => "LeoLM/leo-hessianai-7b", ... } }`
        for fm in _FN_HEAD.finditer(text):
            hint = name_hint(fm.group("name"))
            if hint is None or hint.weak or hint.kind not in (Kind.MODEL, Kind.DATASET):
                continue
            body = _body(text, fm.end() - 1)
            for q in _FN_STRING.finditer(text, fm.end(), fm.end() + len(body)):
                got = classify_value(q.group("v"), hint)
                if got is not None and got.kind is hint.kind:
                    found.append(Found(q.start("v"), q.group("v"), got))
                    prio.append(0)
    if "ChatModel" in text or "anthropic.Model" in text:
        # the official Go SDKs' and LangChain4j's constants: `openai.ChatModelGPT4o`,
        # `anthropic.ModelClaudeSonnet4_20250514`, `OpenAiChatModelName.GPT_4_O_MINI`
        for sm in _SDK_CONST.finditer(text):
            spelled = _sdk_name(sm.group("pkg"), sm.group("c"))
            svc = classify_service(spelled) if spelled else None
            if svc is None:
                continue
            places = _static_import_uses(text, sm) if sm.group("pkg").endswith(".") else []
            for place, written in places or [(sm.start(), sm.group())]:
                found.append(Found(place, written, Value(Kind.SERVICE, svc)))
                prio.append(2)
    best: dict[int, int] = {}
    for i, f in enumerate(found):
        j = best.get(f.offset)
        if j is None or prio[i] > prio[j]:
            best[f.offset] = i
    return [found[i] for i in sorted(best.values())]


_OLLAMA_ARGV = _lazyre.compile(
    r"[\"']ollama[\"'][ \t]*,[ \t]*[\"'](?:pull|run)[\"'][ \t]*,[ \t]*[\"'](?P<tag>[\w.:/-]+)[\"']"
)
_GO_OPENAI = _lazyre.compile(r"\bopenai\.(?P<c>(?:GPT|O)\d[A-Za-z0-9]*)\b")
_GO_PART = _lazyre.compile(r"Dot|[A-Z][a-z]+|\d+[a-z]?|[A-Z]+(?![a-z])")


#: Blocks whose name says what their settings describe (HCL's `model { name = "x" }`).
_NAMED_BLOCKS = frozenset({"model", "base_model", "dataset", "embedding_model"})
_FN_HEAD = _lazyre.compile(
    r"\b(?:fn|func|fun|function)[ \t]+(?:\([^)\n]*\)[ \t]*)?(?P<name>[A-Za-z_]\w*)[ \t]*"
    r"(?:<[^>\n]*>)?\([^)]{0,300}\)[^{;\n]{0,120}\{"
)
#: A string the function returns: a match arm's (`=> "org/x"`) or a `return "org/x"`.
_FN_STRING = _lazyre.compile(r"(?:=>|\breturn)[ \t]*\"(?P<v>[\w.-]+/[\w.-]+)\"")


def _body(text: str, brace: int, limit: int = 8000) -> str:
    """The block that opens at `text[brace]` (`{`), up to `limit` characters."""
    depth = 0
    for i in range(brace, min(len(text), brace + limit)):
        c = text[i]
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return text[brace + 1 : i]
    return text[brace + 1 : brace + limit]


_SDK_CONST = _lazyre.compile(
    r"\b(?P<pkg>openai\.ChatModel|anthropic\.Model|OpenAiChatModelName\.|"
    r"AnthropicChatModelName\.)(?P<c>[A-Za-z0-9_]+)\b"
)


def _static_import_uses(text: str, sm: re.Match[str]) -> list[tuple[int, str]]:
    """`import static ...OpenAiChatModelName.GPT_4_O_MINI;` then `.modelName(GPT_4_O_MINI)`:
    the places the imported constant is used (the model is chosen there, not at the import)."""
    ls = text.rfind("\n", 0, sm.start()) + 1
    if not text.startswith("import", ls):
        return []
    const = sm.group("c")
    return [
        (u.start(), const)
        for u in re.finditer(rf"(?<![\w.]){re.escape(const)}\b", text)
        if not text.startswith("import", text.rfind("\n", 0, u.start()) + 1)
    ]


def _sdk_name(pkg: str, const: str) -> str | None:
    """The API's name for an SDK's constant: openai-go's `GPT4_1Mini` -> `gpt-4.1-mini`,
    `GPT4oMini2024_07_18` -> `gpt-4o-mini-2024-07-18`; anthropic-sdk-go's `Claude3_7SonnetLatest`
    -> `claude-3-7-sonnet-latest`; LangChain4j's `GPT_4_O_MINI` -> `gpt-4o-mini`."""
    if pkg == "openai.ChatModel":
        c = re.sub(r"(\d{4})_(\d{2})_(\d{2})", r"\1\2\3", const)
        c = re.sub(r"(\d)_(\d)", r"\1Dot\2", c)
        name = _go_openai_name(c)
        return re.sub(r"-(\d{4})(\d{2})(\d{2})$", r"-\1-\2-\3", name) if name else None
    if pkg == "anthropic.Model":
        parts = [p for piece in const.split("_") for p in _GO_PART.findall(piece)]
        return "-".join(parts).lower() if parts else None
    name = const.lower().replace("_", "-")
    name = re.sub(r"(\d)-o\b", r"\1o", name)  # `GPT_4_O` is `gpt-4o`
    return re.sub(r"^gpt-(\d)-(\d)\b", r"gpt-\1.\2", name)  # `GPT_3_5_TURBO`


def _go_openai_name(const: str) -> str | None:
    """go-openai's constant for a model as the API spells it: `GPT4oMini` -> `gpt-4o-mini`,
    `GPT3Dot5Turbo` -> `gpt-3.5-turbo`, `O3Mini` -> `o3-mini`."""
    parts = _GO_PART.findall(const)
    if "".join(parts) != const:
        return None
    out = ""
    for p in parts:
        if p == "Dot":
            out += "."
        elif out and not out.endswith(".") and out != "O":  # (`O3`: no dash after the `O`)
            out += "-" + p
        else:
            out += p
    return out.lower()


def _api_names(frame: _Frame) -> list[tuple[int, str, str]]:
    """`[]string{"gpt-4o", "gpt-4o-mini"}`, `["claude-3-5-haiku-latest", ...]`: a list most of
    whose strings are hosted-API names is a list of models, whatever it is called (a list of
    name prefixes, `("claude", "command", "nova-")`, is not)."""
    if frame.kind != "list" or len(frame.strings) < 2:
        return []
    names = [(o, v, classify_service(v)) for o, v in frame.strings]
    hits = [(o, v, svc) for o, v, svc in names if svc is not None]
    # (two different names: Claude Code's hook `{"type": "command", "command": "npx ..."}` says
    # one word twice, a key and a value, and is no list of Cohere's models)
    distinct = {svc for _, _, svc in hits}
    return hits if len(distinct) >= 2 and 2 * len(hits) >= len(names) else []


def _close(frame: _Frame, found: list[Found]) -> None:
    """Apply a call's `revision=` and `repo_type=` to what was found in its arguments, and an
    object's `revision` key to the ids beside it."""
    if frame.kind not in ("call", "list") or not (frame.revision or frame.repo_type):
        return
    kind = {"dataset": Kind.DATASET, "space": Kind.SPACE}.get(frame.repo_type or "")
    for i in frame.found:
        f = found[i]
        v = f.value
        if v.kind is Kind.SERVICE:
            continue
        new = v
        if frame.revision and v.revision is None:
            new = replace(new, revision=frame.revision)
        if kind is not None and frame.spec is not None and frame.spec.repo_type_kw:
            new = replace(new, kind=kind)
        if new is not v:
            found[i] = Found(f.offset, f.raw, new)
