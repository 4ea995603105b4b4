"""The Python detector: `ast` with constant propagation, falling back to the token-level scanner
for files that do not parse.

Understands calls of known loaders (`_loaders`), keyword arguments, assignments, annotated and
dataclass/pydantic fields, function parameter defaults, argparse/click/typer defaults and
choices, `os.getenv`/`os.environ.get`/`dict.get` defaults, f-strings and `+` concatenations with
constant parts, list/tuple/dict literals, `for x in [...]` loops, comparisons and returns of
model-ish functions. A name passed to a loader is resolved through every string constant
assigned to it anywhere in the module.
"""

from __future__ import annotations

import ast
import io
import re
import tokenize
import warnings
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, replace
from typing import TypeVar

from license_gate import _lazyre
from license_gate.ids import (
    classify_service,
    expand_library_alias,
    is_legacy_model,
    is_ollama_family,
    is_ollama_tag,
    is_valid_hub_id,
    legacy_dataset_names,
    provider_model,
)
from license_gate.models import Kind, Reference
from license_gate.scan._common import (
    BARE_NAME,
    DATASET_LOADER,
    DATASET_NAME,
    FASTER_WHISPER,
    GENERIC_CHILD,
    MODEL_LOADER,
    MODEL_NAME,
    OLLAMA,
    OLLAMA_FILE,
    PROVIDER_SLUGS,
    REPO_NAME,
    SERVED,
    SPACE_LOADER,
    ST_LOADER,
    ST_SHORT,
    WEAK,
    WHISPER_BACKEND_KEYS,
    WHISPER_SIZE_KEYS,
    Hint,
    LineIndex,
    Value,
    child_hint,
    classify_items,
    classify_value,
    dashscope_name,
    distinctive_api_name,
    distinctive_st_name,
    first_party_api_name,
    harness_selector,
    is_negative_key,
    library_name,
    looks_local,
    name_hint,
    names_faster_whisper,
    negative_name,
    priority,
    ref_at,
    url_references,
    versioned_api_name,
    versioned_library_name,
)
from license_gate.scan._loaders import (
    OLLAMA_METHODS,
    OPENAI_MODEL_CALLS,
    OUTPUT_CALLS,
    LoaderSpec,
    loader_spec,
)
from license_gate.scan._tokens import _DEFAULT_KWS, _GETTERS, _VERBISH, scan_tokens
from license_gate.scan.shell import commented_commands, shell_found

__all__ = ["PythonDetector", "python_references"]

_FIELD_FUNCS = frozenset(
    {
        "field",
        "Field",
        "Option",
        "Argument",
        "option",
        "argument",
        "Param",
        "Query",
        "Body",
        "Form",
        "str",
        "Path",
        "Input",  # cog's `model_name: str = Input(default="small", choices=[...])`
    }
)
_MAX_VALUES = 64
_MAX_ELEMENTS = 4096
#: UI choosers whose options are what a user may pick: `st.selectbox("Model", (...))`,
#: `gr.Dropdown(choices=[...], label="Model")`.
_CHOOSERS = frozenset(
    {
        "selectbox",
        "radio",
        "multiselect",
        "select_slider",
        "pills",
        "segmented_control",
        "option_menu",
        "Dropdown",
        "Radio",
        "CheckboxGroup",
        "Select",
        "Textbox",  # `gr.Textbox(value="all-mpnet-base-v2", label="Encoder model")`
        "text_input",  # `st.text_input("Model name", "gpt-4o")`
        "select",  # questionary's `qs.select("OpenAI embedding model:", choices=[...])`
    }
)
#: A registry's record of one model: `ModelInfo(name="nomic-embed-text", ...)`, `ModelCard(...)`.
_MODEL_RECORD = _lazyre.compile(
    r"(?:[A-Z]\w*)?Model(?:Card|Info|Spec|Entry|Metadata|Meta|Record|Descriptor|Option|Preset"
    r"|Profile|Pricing|Price|Cost|Limits?|Capabilit(?:y|ies))"
)
#: A size after a dash in a name's library part: `smollm2-1.7b`, `llama3.1-8b-instruct`.
_DASH_SIZE = _lazyre.compile(r"^[^:]*-\d+(?:\.\d+)?[bm](?:-|$)", re.IGNORECASE)
#: Keywords naming where a call writes or caches what it fetches (`local_dir="Qwen/Qwen2.5-7B"`
#: beside the `repo_id=` of the same name): a directory, never a reference.
_WRITTEN_TO_KWS = frozenset(
    {"local_dir", "cache_dir", "output_dir", "save_dir", "save_directory", "target_dir"}
)
#: A weights file's name, given beside a repository (`WeightSource(repo="org/x",
#: filename="taew2_1.safetensors")`): `model-q4_k_m.gguf`, `pytorch_model.bin`.
_WEIGHTS_NAME = _lazyre.compile(r"\.(?:safetensors|gguf|bin|pth?|ckpt|onnx)$", re.IGNORECASE)
_WEIGHTS_KWS = ("filename", "file", "weights")  # (in the order they are looked for)
#: A function that registers models under a list of names.
_REGISTERS_MODELS = _lazyre.compile(r"(?:register|add)_models?(?:_info|_names)?", re.IGNORECASE)
#: `llm_factory("gpt-4o-mini")`, `embedding_factory(...)`, `get_llm_client(...)`.
_FACTORY = _lazyre.compile(
    r"(?:llm|model|chat_?model|embedding|embedder|embeddings)_?(?:factory|provider|client)",
    re.IGNORECASE,
)
_HTTP_METHODS = frozenset({"post", "put", "patch", "request", "get", "stream"})
#: Classes that hold or fetch a model by name (`ModelManager`, `DiffusionModelLoader`).
#: A class named for the Hub (`HuggingfaceTokenizer`, `HFSpeechMixEED`).
_HUB_CLASS = _lazyre.compile(r"(?:[A-Z]\w*)?(?:Hugging[Ff]ace|HF|Hf)[A-Z]\w*")
_MODEL_CLASS = _lazyre.compile(
    r"[A-Z]?\w*Model(?:Manager|Loader|Wrapper|Client)"
    r"|[A-Z]\w*(?:Encoder|Embedder|Embeddings?|Reranker|Ranker)"  # `MatryoshkaEncoder(name=...)`
    + "|"
    + _HUB_CLASS.pattern  # `HuggingfaceTokenizer(name="xlm-roberta-large")`
)
_CONTAINERS = frozenset(
    {"set", "frozenset", "list", "tuple", "sorted", "MappingProxyType", "dict.fromkeys"}
)  # (`list(dict.fromkeys([MODEL_ID, "org/x"]))`: the list, its duplicates dropped)
_REGISTRY_METHODS = frozenset({"register", "add", "get", "load", "from_name", "lookup"})
_CHOICE_KWS = frozenset({"options", "choices", "value", "values", "default", "index_options"})
#: Keys of a model registry entry that describe it rather than name it.
#: Keywords and keys that pin the revision of the id beside them (lighteval's `hf_revision=`,
#: mteb's `dataset={"path": ..., "revision": ...}`).
_REVISION_KWS = frozenset({"revision", "hf_revision", "model_revision", "dataset_revision"})
_DESCRIPTIVE_KEYS = frozenset(
    {
        *_REVISION_KWS,
        "developer",
        "vendor",
        "owner",
        "company",
        "creator",
        "publisher",
        "family",
        "organization",
        "org",
        "provider",
        "label",
        "title",
        "description",
        "icon",
        "logo",
        "display_name",
        "displayname",
    }
)


@dataclass(frozen=True, slots=True)
class _Lit:
    """A string value and where it is written (character offset, raw text)."""

    value: str
    offset: int
    raw: str


#: String methods whose result on a known value is known.
#: Typing forms whose arguments hold a field's possible values:
#: `Required[Union[str, Literal["compound-beta", ...]]]` (Groq's generated SDK).
_TYPE_WRAPPERS = frozenset(
    {"Literal", "Annotated", "Union", "Optional", "Required", "NotRequired", "Final"}
)

_STR_METHODS: dict[str, Callable[[str], str]] = {
    "capitalize": str.capitalize,
    "lower": str.lower,
    "upper": str.upper,
    "title": str.title,
    "strip": str.strip,
}


_N = TypeVar("_N", bound=ast.AST)


class _Analysis:
    """One module: positions, import aliases, the constant environment, and findings."""

    def __init__(self, text: str, tree: ast.Module) -> None:
        self.text = text
        self.index = LineIndex(text)
        self.tree = tree
        self.nodes = _all_nodes(tree)
        self._by_type: dict[type, list[ast.AST]] = {}
        for n in self.nodes:  # each pass reads only the node types it cares about
            self._by_type.setdefault(n.__class__, []).append(n)
        self.aliases: dict[str, str] = {}
        self.env: dict[str, list[ast.expr]] = {}
        #: constants given to a record's constructor by keyword (`Spec(repo_id="org/x")`)
        self.ctor_fields: dict[str, list[tuple[str, ast.expr]]] = {}
        self.funcs: dict[str, list[str]] = {}
        self.found: dict[int, tuple[int, _Lit, Value]] = {}
        self.extra: dict[int, list[tuple[int, _Lit, Value]]] = {}  # more values, same place
        self.skip: set[int] = set()  # ids of constants that are docstrings or outputs
        self.printed: set[int] = set()  # ids of constants that are outputs
        # offsets of values that are no reference whatever reads them: directories the file
        # saves to, an enum's labels, a local loading script
        self.outputs: set[int] = set()
        # offsets of ids a variable gives an upload with its `repo_type` (`_upload_kinds`)
        self.upload_kinds: dict[int, Kind] = {}
        # `load_dataset(cfg.train_file_path)`: attribute names passed to loaders, and the hint
        self.attr_hints: dict[str, Hint] = {}
        # first arguments of calls the scanner has no rule for, by callee (`_same_callee`)
        self.first_args: dict[str, list[ast.expr]] = {}
        self.arg_dests: set[str] = set()  # argparse destinations with a default
        self.forwarders: dict[str, str] = {}  # functions passing `**kwargs` on to a loader
        self._parameters: frozenset[str] | None = None
        self._imports_whisper: bool | None = None

    def of(self, *types: type[_N]) -> list[_N]:
        """The module's nodes of `types`, each type in walk order."""
        if len(types) == 1:
            return self._by_type.get(types[0], [])  # type: ignore[return-value]
        return [n for t in types for n in self._by_type.get(t, [])]  # type: ignore[misc]

    # -- positions --------------------------------------------------------------------------

    def offset(self, lineno: int, col_bytes: int) -> int:
        line = self.index.line_text(lineno)
        col = (
            col_bytes
            if line.isascii()
            else len(line.encode("utf-8")[:col_bytes].decode("utf-8", "ignore"))
        )
        return self.index.starts[lineno - 1] + col if lineno - 1 < len(self.index.starts) else 0

    def _text_start(self, node: ast.Constant) -> int:
        """Where a string or bytes constant's text starts: after its prefix (`rb`, `f`) and its
        opening quote (at the constant itself when neither is there)."""
        start = self.offset(node.lineno, node.col_offset)
        t = self.text
        i = start
        while i < len(t) and t[i] in "rRbBuUfF":
            i += 1
        if t.startswith(('"""', "'''"), i):
            return i + 3
        if i < len(t) and t[i] in "\"'":
            return i + 1
        return start

    def literal(self, node: ast.Constant) -> _Lit | None:
        if not isinstance(node.value, str):
            return None
        return _Lit(node.value, self._text_start(node), node.value)

    def span(self, node: ast.Constant) -> tuple[int, int] | None:
        """Where a string (or bytes) constant's text starts (inside its quotes) and where its
        source ends."""
        if (
            not isinstance(node.value, (str, bytes))
            or node.end_lineno is None
            or node.end_col_offset is None
        ):
            return None
        return self._text_start(node), self.offset(node.end_lineno, node.end_col_offset)

    def imports_whisper(self) -> bool:
        """Whether the module imports faster-whisper or WhisperX, whose lists of sizes are then
        models (computed once, when first asked)."""
        if self._imports_whisper is None:
            self._imports_whisper = _IMPORTS_WHISPER.search(self.text) is not None
        return self._imports_whisper

    def parameters(self) -> frozenset[str]:
        """The names of every function parameter in the module (computed once)."""
        if self._parameters is None:
            self._parameters = frozenset(p.arg for p in self.of(ast.arg))
        return self._parameters

    def not_references(self, nodes: Iterable[ast.AST]) -> None:
        """The string constants among `nodes` are no reference, whatever later reads them."""
        for node in nodes:
            lit = self.literal(node) if isinstance(node, ast.Constant) else None
            if lit is not None:
                self.outputs.add(lit.offset)

    def segment(self, node: ast.expr, value: str) -> _Lit:
        start = self.offset(node.lineno, node.col_offset)
        raw = value
        if node.end_lineno == node.lineno and node.end_col_offset is not None:
            end = self.offset(node.lineno, node.end_col_offset)
            raw = self.text[start:end]
        return _Lit(value, start, raw)

    # -- evaluation ------------------------------------------------------------------------

    def dotted(self, node: ast.expr) -> str | None:
        parts: list[str] = []
        while isinstance(node, ast.Attribute):
            parts.append(node.attr)
            node = node.value
        if isinstance(node, ast.Name):
            parts.append(self.aliases.get(node.id, node.id))
        elif isinstance(node, ast.Call):
            inner = self.dotted(node.func)
            if inner is None:
                return None
            parts.append(inner + "()")
        else:
            return None
        return ".".join(reversed(parts))

    def values(
        self, node: ast.expr | None, depth: int = 0, seen: frozenset[str] = frozenset()
    ) -> list[_Lit]:
        """String values `node` may evaluate to, each with where it is written."""
        if node is None or depth > 6:
            return []
        if isinstance(node, ast.Constant):
            lit = self.literal(node)
            return [lit] if lit is not None else []
        if isinstance(node, ast.Name):
            if node.id in seen:
                return []
            out: list[_Lit] = []
            for expr in self.env.get(node.id, ()):
                out.extend(self.values(expr, depth + 1, seen | {node.id}))
                if len(out) > _MAX_VALUES:
                    break
            return out
        if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name):
            if node.value.id in ("self", "cls") and node.attr not in seen:
                return self.values(ast.Name(node.attr), depth + 1, seen)
            if node.attr in self.arg_dests and node.attr not in seen:
                # `f"{args.hub_id}/{args.repo_id}"`: the parsed arguments' defaults
                return self.values(ast.Name(node.attr), depth + 1, seen)
            return []
        if isinstance(node, ast.JoinedStr):
            return self.joined(node, depth, seen)
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _STR_METHODS
            and not node.args
            and not node.keywords
        ):
            # `subset.capitalize()` over known values (only inside an f-string: no own column)
            method = _STR_METHODS[node.func.attr]
            return [
                _Lit(method(v.value), v.offset, method(v.value))
                for v in self.values(node.func.value, depth + 1, seen)
            ]
        if isinstance(node, ast.BinOp) and isinstance(node.op, ast.Add):
            left = self.values(node.left, depth + 1, seen)
            right = self.values(node.right, depth + 1, seen)
            if len(right) == 1 and 1 <= len(left) <= 4:
                # `base_path + "colpali_train_set"` with `base_path = "./data/" if LOCAL else
                # "vidore/"`: each way it can be joined (the local one is a path)
                return [self.segment(node, lv.value + right[0].value) for lv in left]
            return []
        if (
            isinstance(node, ast.BinOp)
            and isinstance(node.op, ast.Mod)
            and isinstance(node.left, ast.Constant)
            and isinstance(node.left.value, str)
            and node.left.value.count("%s") == 1
            and "%" not in node.left.value.replace("%s", "")
        ):
            # `"meta-llama/Llama-2-%s-hf" % MODEL` with `MODEL = "7b"`: each value it formats
            args = self.values(node.right, depth + 1, seen)
            if 1 <= len(args) <= 4:
                return [self.segment(node, node.left.value % a.value) for a in args]
            return []
        if isinstance(node, ast.BoolOp):
            return [v for e in node.values for v in self.values(e, depth + 1, seen)]
        if isinstance(node, ast.IfExp):
            return self.values(node.body, depth + 1, seen) + self.values(
                node.orelse, depth + 1, seen
            )
        if isinstance(node, (ast.List, ast.Tuple, ast.Set)):
            # a literal list is read whole (lerobot lists 150 datasets), up to a bound on what
            # it expands to (`[A, A, A, ...]` of a long `A` must not multiply)
            items: list[_Lit] = []
            for e in node.elts:
                items.extend(self.values(e, depth + 1, seen))
                if len(items) >= _MAX_ELEMENTS:
                    break
            return items
        if isinstance(node, ast.Dict):
            return [
                v
                for k, e in list(zip(node.keys, node.values, strict=True))[:_MAX_ELEMENTS]
                if not (
                    isinstance(k, ast.Constant)
                    and isinstance(k.value, str)
                    # (`'model_family': 'Opus'`, `'provider': 'openai'`: not the model)
                    and (k.value.lower() in _DESCRIPTIVE_KEYS or is_negative_key(k.value))
                )
                for v in self.values(e, depth + 1, seen)
            ]
        if isinstance(node, ast.Subscript):
            head = self.dotted(node.value) or ""
            if head.rsplit(".", 1)[-1] in _TYPE_WRAPPERS:
                # `Literal["gemini-embedding-001", ...]`: the values a typed field may take
                return self.values(node.slice, depth + 1, seen)
            key = node.slice
            # (a record: an entry of a table, `TABLE[key]`, or what a loop over one binds)
            bound = self.env.get(node.value.id, ()) if isinstance(node.value, ast.Name) else ()
            entry = isinstance(node.value, ast.Subscript) or (
                all(isinstance(e, (ast.Subscript, ast.Dict)) for e in bound)
                and (len(bound) >= 2 or any(isinstance(e, ast.Subscript) for e in bound))
            )
            tables = self.tables(node.value, depth + 1, seen) if entry else None
            if tables is not None and isinstance(key, ast.Constant) and isinstance(key.value, str):
                # `cfg = SOURCES[source]; load_dataset(cfg["repo"])`: a record's field, that
                # key's values only (not each entry's `"date_col": "date"`); a table of its
                # own (`SIZES["small"]`) is read whole, its other choices included
                field = [v for e in _entries(tables, key) for v in self.values(e, depth + 1, seen)]
                return field[: _MAX_VALUES + 1]
            return self.values(node.value, depth + 1, seen)
        if isinstance(node, ast.Call):
            return self.call_default(node, depth, seen)
        return []

    def tables(
        self, node: ast.expr, depth: int = 0, seen: frozenset[str] = frozenset()
    ) -> list[ast.Dict] | None:
        """The dict literals `node` is (a name bound to them, an entry of a table of them:
        `SOURCES[source]`), or None when it may be anything else."""
        if depth > 6:
            return None
        if isinstance(node, ast.Dict):
            return [node]
        if isinstance(node, ast.Name) and node.id not in seen:
            bound = self.env.get(node.id, ())
            found: list[ast.Dict] = []
            for expr in bound:
                got = self.tables(expr, depth + 1, seen | {node.id})
                if got is None:
                    return None
                found.extend(got)
            return found or None
        if isinstance(node, ast.Subscript):
            outer = self.tables(node.value, depth + 1, seen)
            if outer is None:
                return None
            entries = _entries(outer, node.slice)
            if not entries or not all(isinstance(e, ast.Dict) for e in entries):
                return None
            return [e for e in entries if isinstance(e, ast.Dict)]
        return None

    def call_default(self, node: ast.Call, depth: int, seen: frozenset[str]) -> list[_Lit]:
        func = self.dotted(node.func) or ""
        last = func.rsplit(".", 1)[-1]
        if func in _CONTAINERS and len(node.args) == 1:  # `frozenset({"org/a", "org/b"})`
            return self.values(node.args[0], depth + 1, seen)
        if last == "getattr":
            # `getattr(settings, "synthesis_model", "")`: the third argument is the default
            # (the second is the attribute's name, no value)
            return self.values(node.args[2], depth + 1, seen) if len(node.args) >= 3 else []
        if last in _GETTERS and len(node.args) >= 2:
            return self.values(node.args[1], depth + 1, seen)
        for kw in node.keywords:
            # python-decouple's and environs' `config("EMBEDDING_MODEL", default="org/x")`
            if kw.arg in ("default", "default_factory") and (
                last in _FIELD_FUNCS | _GETTERS or func in ("config", "decouple.config", "env.str")
            ):
                got = self.values(kw.value, depth + 1, seen)
                if last == "Input":
                    # cog's `Input(default="small", choices=SUPPORTED_MODEL_NAMES)`: any choice
                    for ch in node.keywords:
                        if ch.arg == "choices":
                            got += self.values(ch.value, depth + 1, seen)
                return got
        if last in _FIELD_FUNCS and node.args and not _pathlib(func):
            # (not pathlib's `Path("roberta-base-cola")`: a local directory)
            return self.values(node.args[0], depth + 1, seen)
        return []

    def numbers(self, node: ast.expr) -> list[str]:
        """An integer an f-string placeholder formats (`index = 19` in
        `f"org/split-{index}"`): written directly or bound once in the module."""
        if isinstance(node, ast.Name):
            bound = self.env.get(node.id, ())
            if len(bound) != 1:
                return []
            node = bound[0]
        if (
            isinstance(node, ast.Constant)
            and isinstance(node.value, int)
            and not isinstance(node.value, bool)
        ):
            return [str(node.value)]
        return []

    def joined(self, node: ast.JoinedStr, depth: int, seen: frozenset[str]) -> list[_Lit]:
        """The strings an f-string can be: each placeholder's known values (a parameter's
        default and the `--model-size` default that feeds it), at most four in all."""
        texts, template = [""], ""
        for v in node.values:
            if isinstance(v, ast.Constant) and isinstance(v.value, str):
                texts = [t + v.value for t in texts]
                template += v.value
            elif isinstance(v, ast.FormattedValue):
                got = list(dict.fromkeys(g.value for g in self.values(v.value, depth + 1, seen)))
                if not got and v.format_spec is None:
                    got = self.numbers(v.value)
                if not got or len(texts) * len(got) > 4:
                    return []
                texts = [t + g for t in texts for g in got]
                template += "\0"
            else:
                return []
        if len(texts) > 1 and template.rsplit("/", 1)[-1].strip("\0") == "":
            # `f"models/{name}"` over several names: those names are reported where they are
            # written; only a name the f-string itself builds (`moirai-1.1-R-{size}`) is new
            return []
        return [self.segment(node, t) for t in texts]

    # -- findings --------------------------------------------------------------------------

    def emit(
        self,
        node: ast.expr | None,
        hint: Hint | None,
        revision: str | None = None,
        kind: Kind | None = None,
        *,
        boost: bool = False,
    ) -> None:
        if node is None or hint is None:
            return
        if (
            hint.strong
            and isinstance(node, ast.Attribute)
            and not (isinstance(node.value, ast.Name) and node.value.id in ("self", "cls"))
        ):
            self.attr_hints.setdefault(node.attr, hint)
        prio = 2 if boost else priority(hint)
        if revision is None and isinstance(node, ast.Dict):
            revision = _dict_revision(node)
        if revision is None and isinstance(node, (ast.Dict, ast.List, ast.Tuple)):
            # `{"flowstate-r1.1": {"model_checkpoint": "org/x", "revision": "r1.1"}}`: each
            # entry pins its own revision
            for child in node.values if isinstance(node, ast.Dict) else node.elts:
                if isinstance(child, ast.Dict) and _dict_revision(child) is not None:
                    self.emit(child, hint, None, kind, boost=boost)
        written: set[int] = set()
        labels = _selector_labels(self, node, hint)
        for lit in self.values(node):
            if lit.offset in labels or lit.offset in self.outputs:
                continue
            old = self.found.get(lit.offset)
            if lit.offset in written and old is not None and old[1].value != lit.value:
                # another value of the same f-string (`f"Mollel/ARC_{subset}_SWH"` over two
                # subsets): both are read, at the f-string's place
                value2 = classify_value(lit.value, hint)
                if value2 is not None:
                    self.extra.setdefault(lit.offset, []).append((prio, lit, value2))
                continue
            if old is not None and old[0] >= prio:
                continue
            self.extra.pop(lit.offset, None)
            written.add(lit.offset)
            items = classify_items(lit.value, hint)
            if len(items) > 1 and lit.raw != lit.value:
                continue  # a list in an f-string or a concatenation: no exact columns
            for off, raw, value in items:
                if value.kind is not Kind.SERVICE:
                    if revision and value.revision is None:
                        value = replace(value, revision=revision)
                    if kind is not None:
                        value = replace(value, kind=kind)
                at = lit if off == 0 and raw == lit.value else _Lit(raw, lit.offset + off, raw)
                self.found[at.offset] = (prio, at, value)


def _bare_labels(values: list[ast.Constant], hint: Hint) -> bool:
    """Bare names of which one at least is no dataset on the Hub (`["humaneval", "mbpp"]`):
    a harness's own selector labels, the known ones (`mbpp`) included."""
    bare = [str(c.value) for c in values if isinstance(c.value, str) and "/" not in c.value]
    return all(BARE_NAME.fullmatch(v) for v in bare) and harness_selector(bare, hint)


def _architecture_names(values: list[ast.Constant], hint: Hint) -> bool:
    """`SUPPORTED_MODELS = ["bloom", "gptj", "gpt2", "gpt_neox", "opt"]`: bare names most of
    which are no model id are architecture or type names, `gpt2` among them."""
    bare = [str(c.value) for c in values if isinstance(c.value, str) and "/" not in c.value]
    if len(bare) < 3 or not all(BARE_NAME.fullmatch(v) for v in bare):
        return False
    got = [classify_value(v, hint) for v in bare]
    if any(g is not None and g.kind is Kind.SERVICE for g in got):
        return False  # a list of hosted and open models (FastChat's registry), not of types
    known = sum(g is not None for g in got)
    return known > 0 and 2 * known < len(bare)


def _selector_labels(a: _Analysis, node: ast.expr, hint: Hint) -> set[int]:
    """Offsets not to read in `node`: for a dataset hint, the bare names of a choice list that
    mixes them with names the Hub does not have (`choices=["humaneval", "mbpp"]`), also when
    a table maps keys to such lists (`METHOD_SUPPORT_DATASET = {"CoT": ["gsm8k", "csqa"]}`)."""
    if isinstance(node, ast.Dict) and hint.kind is Kind.DATASET:
        lists = [v for v in node.values[:_MAX_VALUES] if isinstance(v, (ast.List, ast.Tuple))]
        if not lists or len(lists) != len(node.values):
            return set()
        elts: list[ast.expr] = [e for v in lists for e in v.elts]
    elif isinstance(node, (ast.List, ast.Tuple, ast.Set)):
        elts = list(node.elts)
    else:
        return set()
    consts = [e for e in elts[:_MAX_VALUES] if isinstance(e, ast.Constant)]
    if hint.kind is Kind.DATASET:
        if not _bare_labels(consts, hint):
            return set()
    elif hint.kind is not Kind.MODEL or not _architecture_names(consts, hint):
        return set()
    lits = [a.literal(c) for c in consts if isinstance(c.value, str) and "/" not in c.value]
    return {lit.offset for lit in lits if lit is not None}


def _dict_revision(node: ast.Dict) -> str | None:
    """`{"path": "mteb/BUCC", "revision": "4145..."}`: the revision a dict pins."""
    for k, v in zip(node.keys, node.values, strict=True):
        if (
            isinstance(k, ast.Constant)
            and k.value in _REVISION_KWS
            and isinstance(v, ast.Constant)
            and isinstance(v.value, str)
            and v.value
        ):
            return v.value
    return None


def _target_hint(a: _Analysis, target: ast.expr, name: str) -> Hint | None:
    """`dataset.path = "org/x"` (a config object's field): the attribute's own name, or else
    the dotted name (`dataset.path`) when the object's name says what it holds."""
    hint = name_hint(name)
    if (
        hint is None
        and isinstance(target, ast.Attribute)
        and isinstance(target.value, ast.Name)
        and target.value.id not in ("self", "cls")
        and name in GENERIC_CHILD
    ):
        hint = child_hint(name, target.value.id)
    if (
        hint is None
        and isinstance(target, ast.Name)
        and name.isupper()
        and name.endswith(("_ID", "_REPO"))
        and not negative_name(name)
        and "ENV" not in name.split("_")  # Gymnasium's `_ENV_ID = "gym_aloha/AlohaTransferCube-v0"`
    ):
        # `BASE_ID = "open-unlearning/tofu_Llama-3.2-1B-Instruct_full"`: a constant named for an
        # id, given a model-like `org/name` (not `APP_ID = "acme/widgets"`)
        hint = REPO_NAME
    return hint


def _api_literal(node: ast.Assign | ast.AnnAssign, name: str) -> Hint | None:
    """`fallback = "claude-3-7-sonnet-latest"`: a distinctive hosted-API name assigned to a
    name that says nothing (or nothing against it) is still that model."""
    v = node.value
    if (
        isinstance(v, ast.Constant)
        and isinstance(v.value, str)
        and first_party_api_name(v.value)
        # `GEMINI_1_STABLE_VERSION = "gemini-1.0-pro-001"`: a name that says `version` is
        # no model, unless it names the model's own family
        and (not negative_name(name) or v.value.split("-")[0].lower() in name.lower())
        and not name.lower().endswith(("encoding", "enc", "tokenizer"))  # tiktoken's names
    ):
        return MODEL_NAME
    return None


def _column(node: ast.expr) -> bool:
    """`reg.corpus`, `df["dataset"]`: an attribute or item of something other than `self`,
    `args` or a config object, which is as likely a table column as a setting."""
    if isinstance(node, (ast.Attribute, ast.Subscript)):
        base = node.value
        while isinstance(base, ast.Attribute):  # `self.config.model`: judge by the root
            base = base.value
    else:
        return False
    return not (
        isinstance(base, ast.Name)
        and (base.id in ("self", "cls", "args", "opt", "opts", "cfg", "config", "conf", "hparams")
             or base.id.endswith(("args", "config", "cfg")))
    )  # fmt: skip


def _target_name(node: ast.expr) -> str | None:
    if isinstance(node, ast.Name):
        return node.id
    if isinstance(node, ast.Attribute):
        return node.attr
    if isinstance(node, ast.Subscript):
        s = node.slice
        if isinstance(s, ast.Constant) and isinstance(s.value, str):
            return s.value
    return None


#: Calls that give a named setting its value: `config.set("llm_model", "llama3")`.
_SETTERS = frozenset(
    {"set", "set_value", "set_setting", "set_config", "setenv", "putenv", "put",
     "assert_any_call", "assert_called_with", "assert_called_once_with",
     "declare_parameter"}  # a ROS 2 node's `self.declare_parameter("model_name", "org/x")`
)  # fmt: skip
#: A function whose result is a model's or dataset's name: `get_model`, `resolve_model_id`.
_NAME_GETTER = _lazyre.compile(
    r"_*(?:get|resolve|default|pick|select|choose|lookup|find)_?\w*?(?:model|dataset)"
    r"(?:_?(?:name|id))?",
    re.IGNORECASE,
)


def _returned_name(node: ast.expr) -> str | None:
    """`get_model("qwen") == "qwen3-coder-flash"`: a call that returns a name, by its name."""
    if isinstance(node, ast.Call):
        name = _target_name(node.func)
        if name and _NAME_GETTER.fullmatch(name) is not None:
            return name
    return None


def _getter_key(node: ast.expr) -> str | None:
    """The setting a getter reads: `cfg.get("llm.model")` reads `model`."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, ast.Attribute)
        and node.func.attr in ("get", "get_value", "get_setting")
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ):
        return node.args[0].value.rpartition(".")[2] or None
    return None


_AST = ast.AST


def _all_nodes(tree: ast.AST) -> list[ast.AST]:
    """Every node of `tree` (a faster `ast.walk`, materialised once for both passes)."""
    out: list[ast.AST] = []
    stack: list[ast.AST] = [tree]
    pop, push, append = stack.pop, stack.append, out.append
    while stack:
        node = pop()
        append(node)
        for f in node._fields:
            v = getattr(node, f, None)
            if v.__class__ is list:
                for x in v:
                    if isinstance(x, _AST):
                        push(x)
            elif isinstance(v, _AST):
                push(v)
    return out


_COLLECT = (
    ast.Import,
    ast.ImportFrom,
    ast.Assign,
    ast.AnnAssign,
    ast.For,
    ast.AsyncFor,
    ast.comprehension,
    ast.Expr,
    ast.FunctionDef,
    ast.AsyncFunctionDef,
)
_WALK = (
    ast.Constant,
    ast.Call,
    ast.List,
    ast.Tuple,
    ast.Set,
    ast.Assign,
    ast.AnnAssign,
    ast.Dict,
    ast.For,
    ast.AsyncFor,
    ast.comprehension,
    ast.FunctionDef,
    ast.AsyncFunctionDef,
    ast.Compare,
)


def _collect(a: _Analysis) -> None:
    unpacks: list[tuple[ast.Tuple, ast.expr]] = []
    for node in a.nodes:
        if not isinstance(node, _COLLECT):
            continue
        if isinstance(node, ast.Import):
            for al in node.names:
                if al.asname:
                    a.aliases[al.asname] = al.name
        elif isinstance(node, ast.ImportFrom) and node.module:
            for al in node.names:
                a.aliases[al.asname or al.name] = f"{node.module}.{al.name}"
        elif isinstance(node, ast.Assign):
            for t in node.targets:
                if isinstance(t, ast.Name):
                    a.env.setdefault(t.id, []).append(node.value)
                elif isinstance(t, ast.Attribute) and isinstance(t.value, ast.Name):
                    a.env.setdefault(t.attr, []).append(node.value)
                elif isinstance(t, ast.Tuple):
                    unpacks.append((t, node.value))
        elif isinstance(node, ast.AnnAssign) and node.value is not None:
            name = _target_name(node.target)
            if name:
                a.env.setdefault(name, []).append(node.value)
        elif isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension)):
            if isinstance(node.target, ast.Name):
                a.env.setdefault(node.target.id, []).append(node.iter)
            elif isinstance(node.target, ast.Tuple):
                unpacks.append((node.target, node.iter))
        elif isinstance(node, ast.Expr) and isinstance(node.value, ast.Constant):
            a.skip.add(id(node.value))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            args = node.args
            params = [p.arg for p in args.posonlyargs + args.args]
            a.funcs.setdefault(node.name, params)
            positional = args.posonlyargs + args.args
            for p, d in zip(
                positional[len(positional) - len(args.defaults) :], args.defaults, strict=True
            ):
                a.env.setdefault(p.arg, []).append(d)
            for p, dk in zip(args.kwonlyargs, args.kw_defaults, strict=True):
                if dk is not None:
                    a.env.setdefault(p.arg, []).append(dk)
    for node in a.of(ast.Call):  # `add_argument("--model-path", default=...)` binds `model_path`
        callee = node.func.id if isinstance(node.func, ast.Name) else ""
        if callee[:1].isupper() and callee[1:2].islower():
            # `VideoSpec(repo_id="org/x")`: the object's field, which `load_dataset(spec.repo_id)`
            # later reads (a record's constructor, by its capitalised name)
            for kw in node.keywords:
                if kw.arg is not None and isinstance(kw.value, ast.Constant):
                    a.ctor_fields.setdefault(kw.arg, []).append((callee, kw.value))
        if isinstance(node.func, ast.Attribute) and node.func.attr == "add_argument":
            dest = _argparse_dest(node)
            default = next((kw.value for kw in node.keywords if kw.arg == "default"), None)
            if dest and default is not None:
                a.env.setdefault(dest, []).append(default)
                a.arg_dests.add(dest)
    for target, value in unpacks:  # after the loop: the table may be assigned later
        _unpack(a, target, value)
    for fn in a.of(ast.FunctionDef):
        # `def load_my_data(**kwargs): return load_dataset(**kwargs, split="train")`: the
        # function's keyword arguments are the loader's
        kwarg = fn.args.kwarg.arg if fn.args.kwarg is not None else None
        if kwarg is None or len(fn.body) > 12:
            continue
        for sub in ast.walk(fn):
            if isinstance(sub, ast.Call) and any(
                kw.arg is None and isinstance(kw.value, ast.Name) and kw.value.id == kwarg
                for kw in sub.keywords
            ):
                inner = a.dotted(sub.func)
                if inner is not None and loader_spec(inner) is not None:
                    a.forwarders[fn.name] = inner
                    break


def _argparse_dest(node: ast.Call) -> str | None:
    for kw in node.keywords:
        if kw.arg == "dest" and isinstance(kw.value, ast.Constant):
            return str(kw.value.value)
    flags = [
        arg.value
        for arg in node.args
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str)
    ]
    long = [f for f in flags if f.startswith("--")]
    pick = long[0] if long else flags[0] if flags else None
    return pick.lstrip("-").replace("-", "_") if pick else None


def _rows(a: _Analysis, value: ast.expr) -> list[ast.expr]:
    """The tuples `value` may hold one of: `TABLE[key]`, `TABLE.items()`, `LIST`."""
    if isinstance(value, (ast.Tuple, ast.List)) and not all(
        isinstance(e, (ast.Tuple, ast.List)) for e in value.elts
    ):
        return [value]
    rows: list[ast.expr] = []
    items = False
    if isinstance(value, ast.Call) and isinstance(value.func, ast.Attribute):
        items = value.func.attr == "items" and not value.args
        value = value.func.value
    elif isinstance(value, ast.Subscript):
        value = value.value
    tables = list(a.env.get(value.id, ()))[:4] if isinstance(value, ast.Name) else [value]
    for table in tables:
        if isinstance(table, ast.Dict):
            if items:
                rows.extend(
                    ast.Tuple(elts=[k, v], ctx=ast.Load())
                    for k, v in zip(table.keys[:_MAX_VALUES], table.values, strict=False)
                    if k is not None
                )
            else:
                rows.extend(table.values[:_MAX_VALUES])
        elif isinstance(table, (ast.List, ast.Tuple)):
            rows.extend(table.elts[:_MAX_VALUES])
    return rows


def _unpack(a: _Analysis, target: ast.Tuple, value: ast.expr, depth: int = 0) -> None:
    """`repo, filename = ("org/x", "w.pth")`, `= TABLE[key]` or `for name, (repo, f) in
    TABLE.items()`: each name takes the matching element of every tuple the value may be."""
    for row in _rows(a, value):
        _bind(a, target, row, depth)


def _bind(a: _Analysis, target: ast.Tuple, row: ast.expr, depth: int) -> None:
    if not isinstance(row, (ast.Tuple, ast.List)) or len(row.elts) != len(target.elts):
        return
    for t, elt in zip(target.elts, row.elts, strict=True):
        if isinstance(t, ast.Name):
            a.env.setdefault(t.id, []).append(elt)
        elif isinstance(t, ast.Tuple) and depth < 3:
            _bind(a, t, elt, depth + 1)


_FS_METHODS = frozenset(
    {
        "ls",
        "open",
        "glob",
        "find",
        "exists",
        "info",
        "walk",
        "isdir",
        "isfile",
        "cat",
        "cat_file",
        "read_text",
        "read_bytes",
        "get",
        "get_file",
        "du",
    }
)
_FS_KINDS = {"datasets": Kind.DATASET, "spaces": Kind.SPACE}


def _hf_filesystem(a: _Analysis, receiver: ast.expr) -> bool:
    """`receiver` is a `huggingface_hub.HfFileSystem()` (directly or through a name)."""
    exprs: list[ast.expr] = [receiver]
    if isinstance(receiver, ast.Name):
        exprs = list(a.env.get(receiver.id, ()))
    elif isinstance(receiver, ast.Attribute) and isinstance(receiver.value, ast.Name):
        exprs = list(a.env.get(receiver.attr, ()))
    for e in exprs[:8]:
        if isinstance(e, ast.Call) and (a.dotted(e.func) or "").endswith("HfFileSystem"):
            return True
    return False


def _fs_path(a: _Analysis, node: ast.Call) -> None:
    """`fs.ls("datasets/org/name/data")`, `fs.open("org/model/config.json")` on an
    HfFileSystem: the repository the path is in."""
    for lit in a.values(node.args[0])[:_MAX_VALUES]:
        path = lit.value.removeprefix("hf://")
        parts = path.split("/")
        kind = _FS_KINDS.get(parts[0], Kind.MODEL)
        if kind is not Kind.MODEL:
            parts = parts[1:]
        if len(parts) < 2 or "*" in parts[0] or "*" in parts[1]:
            continue
        ident = f"{parts[0]}/{parts[1]}"
        value = classify_value(ident, Hint(kind, strong=True))
        if value is None or "/" not in value.identifier:
            continue
        old = a.found.get(lit.offset)
        if old is None or old[0] < 2:
            a.found[lit.offset] = (2, lit, value)


def _parametrize(a: _Analysis, node: ast.Call) -> None:
    """`@pytest.mark.parametrize("dataset", ["SetFit/emotion", ...])`, or with several names
    over tuples: each value gets the hint of the name it binds."""
    if len(node.args) < 2:
        return
    first = node.args[0]
    if isinstance(first, (ast.Tuple, ast.List)) and all(
        isinstance(e, ast.Constant) and isinstance(e.value, str) for e in first.elts
    ):
        # `parametrize(("model_name", "labels"), [...])`
        names_list = [str(e.value).strip() for e in first.elts if isinstance(e, ast.Constant)]
    elif isinstance(first, ast.Constant) and isinstance(first.value, str):
        names_list = [n.strip() for n in first.value.split(",") if n.strip()]
    else:
        return
    values = node.args[1]
    if not isinstance(values, (ast.List, ast.Tuple)):
        return
    hints = [name_hint(n) for n in names_list]
    if not any(h is not None for h in hints):
        passed = _passed_to_loaders(a, node)
        hints = [passed.get(n) for n in names_list]
        if not any(h is not None for h in hints):
            return
    for row in values.elts[:_MAX_ELEMENTS]:
        if isinstance(row, ast.Call) and a.dotted(row.func) in ("pytest.param", "param"):
            row = (
                ast.Tuple(elts=list(row.args), ctx=ast.Load())
                if len(row.args) > 1
                else (row.args[0] if row.args else row)
            )
        cells = row.elts if isinstance(row, ast.Tuple) and len(names_list) > 1 else [row]
        for hint, cell in zip(hints, cells, strict=False):
            if hint is not None:
                a.emit(cell, hint)


#: Keywords that take the model's id, leaving a positional name to be a label.
_ID_KEYWORDS = frozenset(
    {"model_id_or_path", "model_id", "model_name_or_path", "pretrained_model_name_or_path",
     "repo_id", "model_path", "hf_model_id"}
)  # fmt: skip


def _alias_of_hub_id(key: str, value: ast.expr) -> bool:
    """`MODELS = {"deepseek-coder": "deepseek-ai/deepseek-coder-6.7b-instruct"}`: a bare
    short name keying a Hub id is the project's alias for it (not Ollama's `deepseek-coder`,
    nor `{"gpt-4o": "openai/gpt-4o"}` or a tag `{"llama3:8b": "meta-llama/..."}`)."""
    if isinstance(value, (ast.Tuple, ast.List)) and value.elts:
        # `MODEL_REPOS = {"glm-4.7": ("unsloth/GLM-4.7-GGUF", 358.3, 32)}`: a row led by the id
        value = value.elts[0]
    if not (isinstance(value, ast.Constant) and isinstance(value.value, str)):
        return False
    target = value.value
    return (
        target.count("/") == 1
        and "/" not in key
        and ":" not in key
        and not first_party_api_name(key)
        and key.lower() != target.partition("/")[2].lower()
    )


def _names_its_model_by(callee: str, keyword: str | None) -> bool:
    """iopaint's `ModelManager(name="runwayml/stable-diffusion-inpainting")`,
    `load_model(path=...)`: a callee with no rule whose own name says the keyword names a
    model."""
    return keyword in ("name", "path", "id", "repo") and (
        _VERBISH.fullmatch(callee) is not None or _MODEL_CLASS.fullmatch(callee) is not None
    )


def _passed_to_loaders(a: _Analysis, decorator: ast.Call) -> dict[str, Hint]:
    """`@parametrize("name", [...])` on `def test(name): ModelManager(name=name)`: the test's
    parameters that it passes on to a loader, with the loader's hint."""
    test = next(
        (
            f
            for f in a.of(ast.FunctionDef, ast.AsyncFunctionDef)
            if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
            and any(d is decorator for d in f.decorator_list)
        ),
        None,
    )
    hints: dict[str, Hint] = {}
    if test is None:
        return hints
    for call in ast.walk(test):
        if not isinstance(call, ast.Call):
            continue
        func = a.dotted(call.func) or ""
        last = func.rsplit(".", 1)[-1]
        spec = loader_spec(func)
        for i, arg in enumerate(call.args[:8]):
            if isinstance(arg, ast.Name) and spec is not None and i in spec.positional:
                hints.setdefault(arg.id, spec.positional[i])
        for kw in call.keywords:
            if not isinstance(kw.value, ast.Name):
                continue
            if spec is not None and kw.arg in spec.keywords:
                hints.setdefault(kw.value.id, spec.keywords[kw.arg])
            elif spec is None and _names_its_model_by(last, kw.arg):
                hints.setdefault(kw.value.id, MODEL_NAME)
    return hints


#: OpenAI-compatible clients; given another server's address, their `model` is that server's.
_OPENAI_CLIENTS = frozenset(
    {"ChatOpenAI", "OpenAI", "AsyncOpenAI", "OpenAILike", "OpenAIChat", "OpenAIModel",
     "OpenAIChatModel", "OpenAIServerModel", "OpenAIChatCompletionClient"}
)  # fmt: skip
_OTHER_HOST = frozenset({"base_url", "api_base", "openai_api_base", "openai_api_base_url"})
#: A served model's name: a version or a size somewhere in it (`typhoon-v2-8b-instruct`).
_SERVED_NAME = _lazyre.compile(r"[A-Za-z][\w.]*(?:-[\w.]+)*-[\w.]*\d[\w.]*(?:-[\w.]+)*")


#: Hosted providers a settings table keys its entries by (`{"groq": {"model": ...}}`).
_HOSTED_PROVIDERS = frozenset(
    {"openai", "anthropic", "groq", "together", "fireworks", "mistral", "cohere", "deepseek",
     "gemini", "google", "xai", "perplexity", "cerebras", "sambanova", "deepinfra", "openrouter"}
)  # fmt: skip
#: A LangChain-style chat class named for its provider (`ChatOpencode`, `ChatGroq`), not a
#: message, prompt or history class.
_LC_CHAT_CLASS = _lazyre.compile(
    r"Chat(?!(?:Prompt|Message|History|Session|Template|Completion|Interface|Bot|Room|Window|"
    r"Response|Request|Result|State|Input|Output|Config|Settings|Log)\w*$)[A-Z][A-Za-z0-9]+"
)


def _served_names(a: _Analysis, node: ast.Call, *, positional: bool = False) -> None:
    """`ChatOpenAI(base_url="https://api.opentyphoon.ai/v1", model="typhoon-v2-8b-instruct")`:
    the name the other server serves its model by, a hosted name like OpenAI's own
    (`positional`: the first argument names it too)."""
    named = [kw.value for kw in node.keywords if kw.arg in ("model", "model_name")]
    if positional and node.args:
        named.append(node.args[0])
    for value in named:
        for lit in a.values(value):
            _served(a, lit)


def _served(a: _Analysis, lit: _Lit) -> None:
    """`lit`, a name a server or provider serves a model by (`typhoon-v2-8b-instruct`), as that
    service, unless already read or a name the catalogue knows otherwise."""
    v = lit.value
    if (
        lit.offset not in a.found
        and _SERVED_NAME.fullmatch(v) is not None
        and classify_service(v) is None
    ):
        a.found[lit.offset] = (1, lit, Value(Kind.SERVICE, v))


_DATASET_CALL_KWS = frozenset({"repo_id", "repo", "hf_repo", "hf_repo_id", "dataset_id"})
_REPLICATE_CALLS = frozenset(
    {"replicate.run", "replicate.stream", "replicate.async_run", "replicate.models.get"}
)
_GRADIO_APPS = frozenset({"Blocks", "Interface", "ChatInterface", "TabbedInterface"})


def _hub_datasource(func: ast.expr) -> bool:
    """Whether the method `func` is called on a chain that says `.format("huggingface")`."""
    node = func.value if isinstance(func, ast.Attribute) else None
    for _ in range(12):
        if not isinstance(node, ast.Call) or not isinstance(node.func, ast.Attribute):
            return False
        if (
            node.func.attr == "format"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and node.args[0].value in ("huggingface", "huggingface-datasets")
        ):
            return True
        node = node.func.value
    return False


#: absl's flag definitions: `flags.DEFINE_string(name, default, help)`.
_ABSL_DEFINES = frozenset({"DEFINE_string", "DEFINE_enum", "DEFINE_list", "DEFINE_multi_string"})


def _own_returns(func: ast.FunctionDef | ast.AsyncFunctionDef) -> Iterator[ast.Return]:
    """The returns of `func` itself, not of the functions and classes defined inside it (a
    test's fake response, `def json(self): return {"response": "ok"}`, returns no model)."""
    todo: list[ast.AST] = list(reversed(func.body))
    while todo:
        node = todo.pop()
        if isinstance(node, ast.Return):
            yield node
        if not isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef, ast.Lambda)):
            todo.extend(reversed(list(ast.iter_child_nodes(node))))


def _record_name(value: str) -> bool:
    """A record's name that says what it is: a hosted API's (`o3`, `gpt-4o-mini`) or an Ollama
    library's (`nomic-embed-text`, `deepseek-coder-v2:lite`), not a project's shorthand with the
    size after a dash (`llama3.1-8b-instruct`, `smollm2-1.7b`)."""
    if first_party_api_name(value):
        return True
    known = classify_service(value) is not None or library_name(value)
    return known and _DASH_SIZE.search(value) is None


def _unknown_word(raw: str, value: Value) -> bool:
    """A bare word a command in a string names as a service that nothing else knows: a message,
    not a command (`f"ollama pull failed for {model}"`)."""
    return (
        value.kind is Kind.SERVICE
        and raw.isalpha()
        and not is_ollama_family(raw)
        and classify_service(raw) is None
    )


def _says_model(key: str) -> bool:
    """A keyword that names a model itself (`hf_id=`, `repo_id=`, `model_path=`)."""
    hint = name_hint(key)
    return hint is not None and not hint.weak and hint.kind is Kind.MODEL


def _call(a: _Analysis, node: ast.Call) -> None:
    func = a.dotted(node.func) or ""
    if func.endswith("mark.parametrize") or func == "parametrize":
        _parametrize(a, node)
        return
    callee = func.rsplit(".", 1)[-1]
    a.not_references(kw.value for kw in node.keywords if kw.arg in _WRITTEN_TO_KWS)
    if callee in _ABSL_DEFINES and node.args and isinstance(node.args[0], ast.Constant):
        # absl's `flags.DEFINE_string('tokenizer', 'gpt2', 'A tokenizer for AutoTokenizer.')`:
        # a flag's default, read by the flag's name as argparse's are
        name = node.args[0].value
        default = node.args[1] if len(node.args) > 1 else None
        default = next((kw.value for kw in node.keywords if kw.arg == "default"), default)
        if isinstance(name, str) and default is not None:
            a.emit(default, name_hint(name))
    if (
        callee == "load_dataset"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and "/" not in str(node.args[0].value)
        and str(node.args[0].value).lower() not in legacy_dataset_names()
        and any(kw.arg in ("data_dir", "data_files") for kw in node.keywords)
    ):
        # `load_dataset("val", data_dir="val")`: a builder (or a local folder's name) given its
        # data, not a Hub dataset called `val` (`squad` with its own files is still `squad`)
        a.not_references([node.args[0]])
    if _REGISTERS_MODELS.fullmatch(callee) and node.args:
        # FastChat's `register_model_info(["org/a", "org/b"], "Family", ...)`: a list of the
        # models a registry entry covers
        first = node.args[0]
        if isinstance(first, (ast.List, ast.Tuple)):
            a.emit(first, MODEL_NAME)
    if "ollama" in callee.lower() and callee[:1].isupper() and node.args:
        # a project's own Ollama wrapper: `OllamaLLMService("llama2")`
        first = node.args[0]
        if isinstance(first, ast.Constant) and isinstance(first.value, str):
            v = first.value
            if is_ollama_family(v.partition(":")[0]) and "/" not in v:
                a.emit(first, OLLAMA)
    if any(
        isinstance(kw.value, ast.Constant) and names_faster_whisper(kw.value.value)
        for kw in node.keywords
    ):
        # `ProviderChoice(name="faster-whisper", model="base")`: the library's short name
        for kw in node.keywords:
            if kw.arg in WHISPER_SIZE_KEYS:
                a.emit(kw.value, FASTER_WHISPER, boost=True)
    if _MODEL_RECORD.fullmatch(callee) is not None:
        # a curated registry's entries (`ModelCard(name="deepseek-coder-v2:lite", ...)`,
        # `ModelInfo("o3", "o3", "Reasoning model")`): the names classify as any model key's
        # (only names that say what they are: a hosted API's, an Ollama library's; a project's
        # own shorthand, `ModelSpec(id="llama3.1-8b-instruct", engine="fast_engine")`, is its
        # engines' alias, where Ollama would write `llama3.1:8b-instruct`)
        keys = {kw.arg: kw.value for kw in node.keywords if kw.arg in _RECORD_NAME_KEYS}
        lead = node.args[0] if node.args else None
        others = [kw.arg for kw in node.keywords if kw.arg and kw.arg not in _RECORD_NAME_KEYS]
        if any(_says_model(k) for k in others):
            # `ModelSpec(name="bge-reranker-v2-m3", hf_id="BAAI/bge-reranker-v2-m3")`: the
            # model is the other keyword's (read as any model key's), the rest are labels
            keys.clear()
            lead = None
        elif keys.keys() - {"name"}:
            # `ModelInfo(name="LaBSE", model_id="sentence-transformers/LaBSE")`: a label
            keys.pop("name", None)
            lead = None
        for held in (lead, *keys.values()):
            if (
                isinstance(held, ast.Constant)
                and isinstance(held.value, str)
                and _record_name(held.value)
            ):
                a.emit(held, MODEL_NAME)
    if any(kw.arg in _WEIGHTS_KWS for kw in node.keywords):
        # `WeightSource(repo="ionden/taew2.1", filename="taew2_1.safetensors", revision=...)`:
        # a repository and the weights file fetched from it
        kws = {kw.arg: kw.value for kw in node.keywords if kw.arg}
        weights = next(kws[k] for k in _WEIGHTS_KWS if k in kws)
        repo = next((kws[k] for k in ("repo", "hf_repo", "repository") if k in kws), None)
        if (
            repo is not None
            and isinstance(weights, ast.Constant)
            and isinstance(weights.value, str)
            and _WEIGHTS_NAME.search(weights.value) is not None
        ):
            rev = kws.get("revision")
            pinned = (
                rev.value if isinstance(rev, ast.Constant) and isinstance(rev.value, str) else None
            )
            a.emit(repo, MODEL_LOADER, pinned)
    if func.endswith(OPENAI_MODEL_CALLS):
        model = next((kw.value for kw in node.keywords if kw.arg == "model"), None)
        if isinstance(model, (ast.Constant, ast.Name)):
            # `model="mistral"` sent to an OpenAI-compatible server (a hosted open-weight API,
            # Ollama's or LM Studio's endpoint), written there or in a constant (a config's
            # `model=cfg["model_name"]` may be a served checkpoint's own name, `qwen25-7b-ckpt`)
            a.emit(model, SERVED)
    if func == "dict" and not node.args:
        # OpenMMLab / xtuner / opencompass lazy configs: `dict(type=load_dataset, path="org/x")`
        # is the call `load_dataset(path="org/x")` made later by the config's builder
        typ = next((kw.value for kw in node.keywords if kw.arg == "type"), None)
        inner = a.dotted(typ) if isinstance(typ, (ast.Name, ast.Attribute)) else None
        if typ is not None and inner is not None:
            rest = [kw for kw in node.keywords if kw.arg != "type"]
            node = ast.copy_location(ast.Call(func=typ, args=[], keywords=rest), node)
            func = inner
    if isinstance(node.func, ast.Call) and len(node.func.args) == 1:
        # detectron2 / unidiffusion `L(load_dataset)(path="org/x")`: the lazily called loader
        inner = a.dotted(node.func.args[0])
        if inner is not None and loader_spec(inner) is not None:
            func = inner
    _deferred(a, node)
    last = func.rsplit(".", 1)[-1]
    if (
        last == "update"
        and isinstance(node.func, ast.Attribute)
        and node.args
        and isinstance(node.args[0], ast.Dict)
    ):
        # `lang2model.update({"en": "roberta-large", ...})`: entries of a table named for models
        recv = _target_name(node.func.value)
        rh = name_hint(recv) if recv else None
        if rh is not None and not rh.weak:
            _assigned(a, node.args[0], rh)
    if (
        last in _FS_METHODS
        and node.args
        and isinstance(node.func, ast.Attribute)
        and _hf_filesystem(a, node.func.value)
    ):
        _fs_path(a, node)
        return
    if func.startswith(("kagglehub.", "kaggle.")):
        # `kagglehub.model_download("mistral-ai/mistral/pyTorch/7b-instruct-v0.1-hf")`: Kaggle's
        # own handles (owner/model/framework/variation), not the Hub's
        a.not_references(ast.walk(node))
        return
    if func.startswith("modelscope."):
        # `modelscope.pipelines.pipeline(model="damo/speech_paraformer...")`,
        # `modelscope.snapshot_download("LLM-Research/gemma-2-9b-it")`, `MsDataset.load(...)`:
        # ModelScope's own hub, whose ids are not the Hugging Face Hub's
        a.not_references(ast.walk(node))
        return
    if last in _MESSAGES:
        # what the program prints or logs (`print("Loaded org/x")`) says what it did, not
        # what it uses: no prose of it is read for ids
        for sub in ast.walk(node):
            if isinstance(sub, ast.Constant):
                a.printed.add(id(sub))
    if last in OUTPUT_CALLS:
        # (sentence-transformers' `push_to_hub(..., train_datasets=["org/x"])` names the data
        # the pushed model was trained on: those are references)
        trained = [kw.value for kw in node.keywords if kw.arg == "train_datasets"]
        keep = {id(sub) for t in trained for sub in ast.walk(t)}
        for sub in ast.walk(node):
            if isinstance(sub, ast.Constant) and id(sub) not in keep:
                a.skip.add(id(sub))
                a.printed.add(id(sub))
        for t in trained:
            for sub in ast.walk(t):
                if isinstance(sub, ast.Constant) and isinstance(sub.value, str):
                    a.emit(sub, DATASET_LOADER)
        kws = {kw.arg: kw.value for kw in node.keywords if kw.arg is not None}
        target = kws.get("repo_id")
        if "repo_type" in kws and target is not None and not isinstance(target, ast.Constant):
            # `upload_file(..., repo_id=HF_REPO_ID, repo_type="dataset")`: the constant's kind
            typed = _repo_type(a, kws["repo_type"])
            if typed is not None:
                for lit in a.values(target):
                    a.upload_kinds[lit.offset] = typed
        return
    spec: LoaderSpec | None = loader_spec(func)
    if spec is None and (
        (isinstance(node.func, ast.Attribute) and _client_module(a, node.func.value) == "ollama")
        or (func.startswith("ollama.") and func.count(".") == 1)
    ):
        # `client = AsyncClient(); client.chat("gemma4", ...)`, `ollama.systemone(model=...)`:
        # a library name or a tagged name (a test's `client.chat("dummy")` is neither)
        args = [node.args[0]] if node.args and last in OLLAMA_METHODS else []
        args += [kw.value for kw in node.keywords if kw.arg in ("model", "from_")]
        for arg in args:
            if isinstance(arg, ast.Constant) and isinstance(arg.value, str):
                v = arg.value
                if is_ollama_family(v.partition(":")[0]) or _OLLAMA_TAGGED.fullmatch(v):
                    a.emit(arg, OLLAMA)
    if last in _OPENAI_CLIENTS and any(kw.arg in _OTHER_HOST for kw in node.keywords):
        _served_names(a, node)
    elif (
        spec is None
        and last not in _OPENAI_CLIENTS  # (`ChatOpenAI(model="my-finetune-v2")`: OpenAI's own)
        and _LC_CHAT_CLASS.fullmatch(last) is not None
    ):
        # LangChain's convention, `ChatOpencode("minimax-m3")`, `ChatFoo(model="x-2")`: a
        # provider's chat class takes the provider's own name for its model
        _served_names(a, node, positional=True)
    forwarded = spec is None and last in a.forwarders
    if forwarded:
        spec = loader_spec(a.forwarders[last])
    if spec is None and "dataset" in last.lower() and "model" not in last.lower():
        # a project's own `download_dataset(local_dir, repo_id="org/x")`: the repository a
        # function named for datasets is given is one
        for kw in node.keywords:
            if kw.arg in _DATASET_CALL_KWS:
                for lit in a.values(kw.value):
                    value = classify_value(lit.value, DATASET_NAME)
                    if value is not None and value.kind is Kind.DATASET:
                        a.found[lit.offset] = (2, lit, value)
    if func in _REPLICATE_CALLS and node.args:
        # `replicate.run("black-forest-labs/flux-dev-lora", input=...)`: a model Replicate
        # hosts, by its owner and name there (a version digest after `:` is read elsewhere)
        for lit in a.values(node.args[0]):
            v = lit.value
            if v.count("/") == 1 and ":" not in v and is_valid_hub_id(v):
                a.found[lit.offset] = (2, lit, Value(Kind.SERVICE, v))
    if last in ("log_param", "set_tag") and len(node.args) >= 2:
        # MLflow's `mlflow.log_param("model_name", "distilbert-base-uncased")`: the value a run
        # records under a name that says what it is
        key = node.args[0]
        if isinstance(key, ast.Constant) and isinstance(key.value, str):
            kh = name_hint(key.value)
            if kh is not None and not kh.weak:
                a.emit(node.args[1], Hint(kh.kind, strong=True))
    if last in _GRADIO_APPS:
        # `gr.Blocks(theme="finlaymacklon/boxy_violet")`: Gradio loads a theme from a Space
        for kw in node.keywords:
            if kw.arg == "theme" and isinstance(kw.value, ast.Constant):
                theme = kw.value.value
                # (not the theme gallery's own `gradio/soft`, Gradio's built-in themes)
                if isinstance(theme, str) and "/" in theme and not theme.startswith("gradio/"):
                    a.emit(kw.value, SPACE_LOADER)
    if last in ("load", "table") and node.args and _hub_datasource(node.func):
        # pyspark's Hub data source: `spark.read.format("huggingface").option(...).load(
        # "stanfordnlp/imdb")`
        a.emit(node.args[0], DATASET_LOADER)
    if (
        last == "load_dataset"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
        and "/" not in node.args[0].value
        and node.args[0].value not in legacy_dataset_names()
        and any(kw.arg == "data_files" for kw in node.keywords)
    ):
        # `load_dataset("retrieval_dataset_loading_script", data_files=...)`: a builder or a
        # loading script of the project's own, given its files
        a.not_references(node.args[:1])
    revision: str | None = None
    kind: Kind | None = None
    for kw in node.keywords:
        if kw.arg in _REVISION_KWS:
            revs = a.values(kw.value)
            if len(revs) == 1:
                revision = revs[0].value
        elif kw.arg == "src" and func.endswith("load"):  # gr.load("org/x", src="spaces")
            srcs = a.values(kw.value)
            if srcs:
                kind = {"spaces": Kind.SPACE, "models": Kind.MODEL}.get(srcs[0].value)
            elif (
                isinstance(kw.value, ast.Attribute)
                and kw.value.attr == "registry"
                and isinstance(kw.value.value, ast.Name)
                and kw.value.value.id.endswith("_gradio")
                and not kw.value.value.id.startswith(("huggingface", "hf_", "transformers"))
            ):
                # `gr.load("meta/llama-3.2-3b-instruct", src=nvidia_gradio.registry)`: a name
                # in the provider's own catalogue, served by its API
                kind = Kind.SERVICE
        elif kw.arg == "repo_type" and (
            (spec is not None and spec.repo_type_kw)
            # a project's own `zip_and_upload_dir(repo_id=f"org/{NAME}", repo_type="dataset")`,
            # hfdl's `HFDownloader("Anthropic/hh-rlhf", repo_type="dataset")`
            or (
                spec is None and (bool(node.args) or any(k.arg == "repo_id" for k in node.keywords))
            )
        ):
            kind = _repo_type(a, kw.value, unknown=kind)
    # `LeRobotDataset(repo_id)`, `StreamingDatasetMetadata(...)`: a dataset class, whatever
    # the variable passed to it is called
    # (`LeRobotDataModule(repo_id="lerobot/aloha_sim_transfer_cube_human")`: Lightning's data)
    dataset_class = (
        spec is None and last[:1].isupper() and ("Dataset" in last or "DataModule" in last)
    )
    # `@DatasetConfig.register("allenai/ai2_arc", "ARC-Easy")`: a dataset registry's key
    receiver = func.rpartition(".")[0].rsplit(".", 1)[-1]
    registry = spec is None and "Dataset" in receiver and last in _REGISTRY_METHODS
    first_str: str | None = None
    if node.args:
        firsts = a.values(node.args[0]) if isinstance(node.args[0], ast.Constant) else []
        first_str = firsts[0].value if firsts else None
    # positional arguments
    kwargs = {kw.arg for kw in node.keywords if kw.arg is not None}
    positional = dict(spec.positional) if spec is not None and not forwarded else {}
    if last == "from_pretrained" and isinstance(node.func, ast.Attribute):
        receiver = a.dotted(node.func.value) or ""
        rlast = receiver.rsplit(".", 1)[-1]
        if rlast.startswith(("Peft", "LoRA")) and not rlast.startswith("PeftConfig"):
            positional = {1: positional.get(0, Hint(strong=True))}
    for i, arg in enumerate(node.args[:8]):
        if isinstance(arg, ast.Starred):
            break
        hint = positional.get(i)
        if hint is None and registry and i == 0:
            hint = DATASET_NAME
        if hint is None:
            if i == 1 and first_str is not None and last in _GETTERS:
                hint = name_hint(first_str)
            elif i == 1 and first_str is not None and last in _SETTERS:
                # `config.set("llm_model", "llama3")`, a test's `mock_set.assert_any_call(
                # "llm_model", "llama3")`: a setting and the value it is given
                named = name_hint(first_str)
                hint = named if named is not None and not named.weak else None
            elif (
                i == 0
                and spec is None
                and (_VERBISH.fullmatch(last) or _FACTORY.fullmatch(last) or dataset_class)
            ):
                hint = name_hint(last) or (DATASET_NAME if dataset_class else None)
            elif spec is None and last in a.funcs and i < len(a.funcs[last]):
                hint = name_hint(a.funcs[last][i])
            elif (
                i == 0
                and spec is None
                and (_CHAT_MODEL_CLASS.search(last) or _PROVIDER_CLASS.fullmatch(last))
            ):
                # magentic's `MistralChatModel("mistral-large-latest")`, a project's
                # `OpenAIBackend("o1", api_key=...)`: a class named for a provider's models
                hint = name_hint("model")
            elif i == 0 and spec is None and _HF_WRAPPER.fullmatch(last):
                # datadreamer's `HFTransformers("gpt2", device=0)`, smolagents' `HfApiModel(...)`
                hint = MODEL_NAME
            elif (
                i == 0
                and spec is None
                and last in _LOAD_VERBS
                and kwargs & _PLACEMENT_KEYWORDS
                and isinstance(arg, ast.Constant)
            ):
                # interpkit's `load("gpt2", device="cpu")`: a loader told where to put what it
                # loads is given a model (a file has an extension and is no id)
                hint = MODEL_NAME
            elif i == 0 and spec is None and _ST_WRAPPER.search(last):
                # a project's own `load_sentence_transformer_with_retry("all-MiniLM-L6-v2")`
                hint = ST_LOADER
            elif (
                i < 3
                and spec is None
                and _HUB_CLASS.fullmatch(last) is not None
                and isinstance(arg, ast.Constant)
                and isinstance(arg.value, str)
                and arg.value.count("/") == 1
            ):
                # `HFSpeechMixEED('facebook/wav2vec2-base-960h', "voidful/bart-base-chinese")`:
                # a class named for the Hub, given ids
                hint = MODEL_NAME
        if hint is not None and spec is None and i == 0 and _ID_KEYWORDS & kwargs:
            # kserve's `HuggingfaceEncoderModel("bert-base-uncased-yelp-polarity",
            # model_id_or_path="textattack/...")`: the first argument is the name it serves under
            hint = None
        a.emit(arg, hint, revision, kind, boost=dataset_class and i == 0)
    if (
        spec is None
        and first_str is not None
        and "/" in first_str
        and last not in _NOT_LOADERS
        and not last.startswith(("print", "log", "warn", "debug", "info", "error", "assert"))
    ):
        a.first_args.setdefault(func, []).append(node.args[0])
    if last in _CHOOSERS:
        _chooser(a, node, first_str, last)
    for arg in (*node.args[:8], *(kw.value for kw in node.keywords)):
        # `Anthropic(name="claude-2.1")`, `encode(..., model="gpt-4o")`: a distinctive hosted-API
        # name passed to a call is a model, whatever the parameter is called
        if (
            isinstance(arg, ast.Constant)
            and isinstance(arg.value, str)
            and distinctive_api_name(arg.value)
        ):
            a.emit(arg, MODEL_NAME)
        elif (
            isinstance(arg, ast.Constant)
            and isinstance(arg.value, str)
            and arg in node.args[:2]
            and spec is None
            and last[:1].isupper()
            and last not in _NOT_LOADERS
            and not _pathlib(func)
            and not _ID_KEYWORDS & kwargs
            and _self_evident_short_name(arg.value)
        ):
            # `SBertSummarizer("paraphrase-MiniLM-L6-v2")`, `Summarizer("distilbert-base-
            # uncased")`: a class given a sentence-transformers name or a legacy Hub id
            a.emit(arg, ST_LOADER if arg.value.lower() in ST_SHORT else MODEL_NAME)
    for prev, arg in zip(node.args[:7], node.args[1:8], strict=False):
        # `calculate_cost("google", "gemini-pro", 1000, 500)`: a provider, then its model
        if _provider_then_model(prev, arg):
            a.emit(arg, MODEL_NAME)
    if func in ("timm.create_model", "create_model") and node.args:
        _timm(a, node)
    if last == "add_argument" or (
        last in _DESCRIBED and any(kw.arg in ("description", "help") for kw in node.keywords)
    ):
        _help_default(a, node, first_str if last == "add_argument" else None)
    generates = spec is None and any(kw.arg in _GENERATION_KWS for kw in node.keywords)
    for kw in node.keywords:
        if kw.arg is None:
            continue
        if spec is not None and kw.arg in spec.keywords:
            hint = spec.keywords[kw.arg]
        elif kw.arg in _DEFAULT_KWS and first_str is not None and first_str.startswith("-"):
            # `add_argument("-m", "--model", default=...)`: the long flag names the value
            hint = name_hint(_long_flag(node, first_str))
        else:
            hint = name_hint(kw.arg)
            if kw.arg == "model_type" and "bertscore" in func.lower().replace("_", ""):
                # bert-score's `BERTScorer(model_type="roberta-large")`, a project's
                # `BERTScoreSimilarityMetric(model_type=...)`: a Hub model by name
                hint = MODEL_LOADER
            elif kw.arg in ("data", "json") and last in _HTTP_METHODS:
                # `requests.post(url, data=json.dumps(body))`: a request body, whose fields
                # say what they are (`"model": "org/x"`)
                hint = None
            elif dataset_class and kw.arg in ("repo_id", "path", "name"):
                hint = name_hint(last) or DATASET_NAME
            elif hint is None and kw.arg in ("path", "id") and last[:1].isupper():
                # llm-guard's `Model(path="org/x", revision="...")`, NVIDIA's `Model(id=...)`
                hint = child_hint(kw.arg, last)
            elif hint is None and spec is None and _names_its_model_by(last, kw.arg):
                hint = MODEL_NAME
            elif hint is None and kw.arg in ("name", "path", "id") and generates:
                # `StarCoder(batch_size=8, name="bigcode/starcoder", temperature=0.2)`: a
                # generator's own settings say it is a model wrapper
                hint = MODEL_NAME
            if (
                isinstance(kw.value, ast.Dict)
                and hint is not None
                and _keys_say_otherwise(kw.value, hint)
            ):
                # `HfApiModel(data={"model_id": "org/x", ...})`: a dict whose own keys say what
                # their values are, whatever the keyword is called
                hint = None
        a.emit(kw.value, hint, revision, kind, boost=dataset_class and kw.arg == "repo_id")


def _client_module(a: _Analysis, receiver: ast.expr) -> str | None:
    """The library whose client `receiver` is (`client = ollama.AsyncClient()` -> `ollama`)."""
    if isinstance(receiver, ast.Call):
        made = [receiver]
    elif isinstance(receiver, ast.Name):
        made = [e for e in a.env.get(receiver.id, ()) if isinstance(e, ast.Call)]
    else:
        return None
    for call in made[:4]:
        dotted = a.dotted(call.func) or ""
        cls = dotted.rsplit(".", 1)[-1]
        if cls.endswith("Client") and "ollama" in cls.lower():
            return "ollama"  # a project's own wrapper: open-otk's `client = OllamaClient()`
        if "." in dotted and cls.endswith("Client"):
            return dotted.split(".", 1)[0]
    return None


_REVISION_NAME = _lazyre.compile(r"(?P<prefix>\w*?)_?REVISION", re.I)
_PAIRED_SUFFIXES = ("_NAME", "_ID", "", "_REPO", "_REPO_ID", "_PATH", "_NAME_OR_PATH")


def _paired_revisions(a: _Analysis) -> None:
    """`MODEL_NAME = "org/x"` beside `MODEL_REVISION = "6df6a758..."` (Modal's vLLM example and
    its many copies), or a config class's `model_name: str = "org/x"` beside `model_revision:
    str = "2025-01-09"`: the revision the constant's id is pinned at."""
    _pair_revisions(a, a.tree.body)
    for cls in a.of(ast.ClassDef):
        _pair_revisions(a, cls.body)


def _pair_revisions(a: _Analysis, body: list[ast.stmt]) -> None:
    consts: dict[str, ast.Constant] = {}
    for stmt in body:
        target = (
            stmt.targets[0]
            if isinstance(stmt, ast.Assign) and len(stmt.targets) == 1
            else stmt.target
            if isinstance(stmt, ast.AnnAssign)
            else None
        )
        value = stmt.value if isinstance(stmt, (ast.Assign, ast.AnnAssign)) else None
        if (
            isinstance(target, ast.Name)
            and isinstance(value, ast.Constant)
            and isinstance(value.value, str)
        ):
            consts[target.id] = value
    for name, rev in consts.items():
        m = _REVISION_NAME.fullmatch(name)
        revision = str(rev.value)
        if m is None or not revision or len(revision) > 100 or " " in revision:
            continue
        prefix = m.group("prefix") or "MODEL"
        for suffix in _PAIRED_SUFFIXES:
            const = consts.get(prefix + (suffix if name.isupper() else suffix.lower()))
            lit = a.literal(const) if const is not None else None
            if lit is None:
                continue
            found = a.found.get(lit.offset)
            if (
                found is not None
                and found[2].kind is not Kind.SERVICE
                and found[2].revision is None
            ):
                a.found[lit.offset] = (found[0], found[1], replace(found[2], revision=revision))


_REPO_TYPES = {"dataset": Kind.DATASET, "space": Kind.SPACE}


def _repo_type(a: _Analysis, node: ast.expr, unknown: Kind | None = None) -> Kind | None:
    """The kind a `repo_type=` argument names (its first value): a dataset, a Space, or None
    for a model or anything else; `unknown` when it has no value the file gives."""
    types = a.values(node)
    return _REPO_TYPES.get(types[0].value) if types else unknown


def _entries(tables: list[ast.Dict], key: ast.expr) -> list[ast.expr]:
    """The values `TABLE[key]` may be among `tables`: those under `key` when it is a string
    constant, every entry's otherwise."""
    want = key.value if isinstance(key, ast.Constant) and isinstance(key.value, str) else None
    return [
        e
        for t in tables
        for k, e in zip(t.keys, t.values, strict=True)
        if want is None or (isinstance(k, ast.Constant) and k.value == want)
    ]


def _upload_kinds(a: _Analysis) -> None:
    """A constant its name reports as a model (`HF_REPO_ID = "org/x"`) that an upload's
    `repo_type="dataset"` says is a dataset."""
    for off, kind in a.upload_kinds.items():
        got = a.found.get(off)
        if got is not None and got[2].kind is Kind.MODEL:
            a.found[off] = (got[0], got[1], replace(got[2], kind=kind))


def _same_callee(a: _Analysis) -> None:
    """`md.photon("Qwen/Qwen3.5-4B")` beside `md.photon("moondream/parakeet-redux")`: a call
    the scanner has no rule for, whose first argument is a Hub model in two or more of its
    calls and in at least as many as not, loads one in the others too (a lab's own models are
    the ones no list knows)."""
    for args in a.first_args.values():
        if len(args) < 2:
            continue
        known, unknown = [], []
        for arg in args:
            lit = a.literal(arg) if isinstance(arg, ast.Constant) else None
            if lit is None:
                continue
            got = a.found.get(lit.offset)
            if got is not None and got[2].kind is Kind.MODEL and "/" in got[2].identifier:
                known.append(arg)
            elif got is None:
                unknown.append(arg)
        if len(known) >= max(2, len(unknown)):
            for arg in unknown:
                a.emit(arg, MODEL_NAME)


#: Declarations of a parameter with a `description=` (FastAPI, pydantic, typer, click).
_DESCRIBED = frozenset({"Query", "Field", "Body", "Form", "Path", "Option", "Argument", "option"})
_HELP_DEFAULT = _lazyre.compile(
    r"(?:\b[Dd]efault(?:s[ \t]+to|[ \t]+is|[ \t]*[:=])|\be\.g\.,?|\bfor example,?|\(example:)"
    r"[ \t]*[\"'`]?"
    r"(?P<v>[\w][\w.:/@-]{1,150}[\w])"
)
#: A help text that says its value is a model's name or id.
_SAYS_MODEL_ID = _lazyre.compile(
    r"\bmodel(?:[ \t]+(?:repo(?:sitory)?[ \t]+)?(?:id|name|repo))\b", re.I
)


def _long_flag(node: ast.Call, first: str) -> str:
    """`add_argument("-m", "--model", ...)`: the long flag that names the argument (else the
    first)."""
    flags = [x.value for x in node.args if isinstance(x, ast.Constant) and isinstance(x.value, str)]
    return next((f for f in flags if f.startswith("--")), first)


_HELP_API = _lazyre.compile(
    r"(?<![\w./:@-])(?P<id>(?:gpt|chatgpt|o[134]|claude|gemini|grok|text-embedding)-[\w.:-]*[a-z0-9])"
    r"(?![\w/@-])"
)


def _help_default(a: _Analysis, node: ast.Call, first_str: str | None) -> None:
    """`add_argument("--extractor_name", help="Model used ... Default: bedrock/meta.llama3-...")`:
    the default a flag's help documents, when the flag says model or the value is a hosted API's
    own name."""
    help_node = next((kw.value for kw in node.keywords if kw.arg in ("help", "description")), None)
    if not (isinstance(help_node, ast.Constant) and isinstance(help_node.value, str)):
        return
    lit = a.literal(help_node)
    if lit is None:
        return
    # (click's `@click.option("--ollama-model", help=...)` names its flag too)
    flag = _long_flag(node, first_str or "")
    own = name_hint(flag.lstrip("-")) if flag else None
    if own is None and _SAYS_MODEL_ID.search(help_node.value) is not None:
        own = MODEL_NAME  # `Query(..., description="Base model repo id (e.g. Qwen/Qwen3-8B)")`
    end = (
        a.offset(help_node.end_lineno, help_node.end_col_offset)
        if help_node.end_lineno is not None and help_node.end_col_offset is not None
        else lit.offset + len(help_node.value)
    )
    seen: set[int] = set()

    def place(v: str, at: int) -> int | None:
        """Where `v` is in the source: at `at`, or (a literal continued over lines, in
        parentheses) its first occurrence not yet used within the literal's source."""
        if a.text[at : at + len(v)] == v:
            return at
        pos = a.text.find(v, lit.offset, end)
        while pos != -1 and pos in seen:
            pos = a.text.find(v, pos + 1, end)
        return pos if pos != -1 else None

    for m in _HELP_DEFAULT.finditer(help_node.value):
        v = m.group("v")
        at = place(v, lit.offset + m.start("v"))
        hint = own if own is not None and not own.weak else None
        if hint is None and distinctive_api_name(v):
            hint = MODEL_NAME
        if at is None or hint is None:
            continue
        if hint.ollama and not (is_ollama_tag(v) or library_name(v)):
            continue  # `--ollama`'s `help="Ollama URL override (default: auto-detect)"`
        value = classify_value(v, hint)
        if value is not None and at not in a.found:
            seen.add(at)
            a.found[at] = (priority(hint), _Lit(v, at, v), value)
    if re.search(r"\bmodels?\b", help_node.value, re.IGNORECASE):
        # `help="Use the deeper reasoning model (gemini-3-pro-preview)."`: a hosted API's own
        # name in help text that says model
        for m in _HELP_API.finditer(help_node.value):
            v = m.group("id")
            if not (v.islower() and first_party_api_name(v)):
                continue
            at = place(v, lit.offset + m.start("id"))
            svc = classify_service(v)
            if at is not None and svc is not None and at not in a.found:
                seen.add(at)
                a.found[at] = (1, _Lit(v, at, v), Value(Kind.SERVICE, svc))


def _timm(a: _Analysis, node: ast.Call) -> None:
    """`timm.create_model("convnext_tiny.fb_in22k", pretrained=True)`: timm downloads a tagged
    architecture's weights from the Hub repository `timm/<name>` (an untagged name picks a
    default tag this scanner cannot know, so only tagged names are reported)."""
    pretrained = next((kw.value for kw in node.keywords if kw.arg == "pretrained"), None)
    if not (isinstance(pretrained, ast.Constant) and pretrained.value is True):
        return
    for lit in a.values(node.args[0]):
        name = lit.value
        if "/" in name or ":" in name or "." not in name or looks_local(name):
            continue
        ident = f"timm/{name}"
        if is_valid_hub_id(ident) and lit.offset not in a.found:
            a.found[lit.offset] = (2, lit, Value(Kind.MODEL, ident))


def _deferred(a: _Analysis, node: ast.Call) -> None:
    """`LazyEvaluateInfo(download_if_needed, "org/x", "model.onnx")`, `partial(snapshot_download,
    "org/x")`, `executor.submit(hf_hub_download, "org/x", ...)`: a downloader passed with the
    arguments it will be called with."""
    func = _target_name(node.func)
    if func in ("getattr", "setattr", "hasattr", "delattr", "object"):
        return  # `monkeypatch.setattr(agent.ollama, "chat", broken)`: an attribute's name
    for i, arg in enumerate(node.args[:3]):
        if not isinstance(arg, (ast.Name, ast.Attribute)):
            continue
        if isinstance(arg, ast.Name) and (arg.id in a.env or arg.id in a.parameters()):
            continue  # `ClassificationDataset(hf_dataset, "labels")`: a variable, not a function
        callee = a.dotted(arg) or ""
        last = callee.rsplit(".", 1)[-1]
        spec = loader_spec(callee)
        hint = spec.positional.get(0) if spec is not None else None
        if hint is None and last.startswith(("download", "hf_hub_download", "snapshot")):
            hint = MODEL_NAME
        if hint is not None and i + 1 < len(node.args):
            a.emit(node.args[i + 1], hint)
            return


_LABEL_ASIDE = _lazyre.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_LABEL_WORD = _lazyre.compile(r"[A-Za-z][\w-]*")


#: "Model" in Chinese, Japanese and Korean (a chooser's label: `选择模型`, `モデルを選択`).
_CJK_MODEL = _lazyre.compile(r"模型|モデル|모델")


def _chooser(a: _Analysis, node: ast.Call, first_str: str | None, func_last: str) -> None:
    """`st.selectbox("Select Model", ("gpt-4o", ...))`: the label says what the options are."""
    label = first_str
    for kw in node.keywords:
        if kw.arg == "label":
            got = a.values(kw.value)
            label = got[0].value if got else label
    for kw in node.keywords:
        if kw.arg == "message" and label is None:
            got = a.values(kw.value)  # InquirerPy's `inquirer.select(message="Model:", ...)`
            label = got[0].value if got else label
    raw_label = label
    if label:
        # `"Encoder model (See the code)"`, `"🤖 Model:"`: the words that say what it holds
        label = " ".join(_LABEL_WORD.findall(_LABEL_ASIDE.sub(" ", label))[:4])
    hint = name_hint(label.replace(" ", "_")) if label else None
    if hint is None and raw_label and _CJK_MODEL.search(raw_label) is not None:
        hint = MODEL_NAME  # `st.selectbox("可以从下列模型选择一个模型", ("llama3", "mistral"))`
    if hint is None:
        return
    free_text = func_last in ("Textbox", "text_input")
    if node.args and any(kw.arg == "label" for kw in node.keywords):
        _choice(a, node.args[0], hint, free_text)  # gradio's `gr.Textbox("gpt-4o", label="Model")`
    for arg in node.args[1:4]:
        _choice(a, arg, hint, free_text)
    for kw in node.keywords:
        if kw.arg in _CHOICE_KWS:
            _choice(a, kw.value, hint, free_text)


def _choice(a: _Analysis, node: ast.expr, hint: Hint, free_text: bool) -> None:
    """A chooser's option; a text box's default only when it is a bare name (an `org/name` in
    it is read by the rules for ids, and the box may hold a provider's route to it)."""
    if free_text and any("/" in lit.value for lit in a.values(node)):
        return
    a.emit(node, hint)
    for e in node.elts[:_MAX_ELEMENTS] if isinstance(node, (ast.List, ast.Tuple)) else ():
        lit = a.literal(e) if isinstance(e, ast.Constant) else None
        aside = _CHOICE_ASIDE.fullmatch(lit.value) if lit is not None else None
        if lit is None or aside is None or lit.offset in a.found:
            continue
        # `"text-embedding-3-small (1536)"`: an option's name, then what it offers
        value = classify_value(aside.group("v"), hint)
        if value is not None:
            name = aside.group("v")
            a.found[lit.offset] = (1, _Lit(name, lit.offset, name), value)


_CHOICE_ASIDE = _lazyre.compile(r"(?P<v>[^\s()]+)[ \t]+\([^()\n]{1,40}\)")


_ARGV_WORDS = frozenset(
    {
        "vllm",
        "huggingface-cli",
        "hf",
        "ollama",
        "lm_eval",
        "lighteval",
        "mlx_lm.generate",
        "text-generation-launcher",
        "llama-server",
        "llama-cli",
        "tune",
        "litgpt",
        "config",  # a CLI test's `runner.invoke(main, ["config", "set", "embedding-model", x])`
    }
)


def _argv(a: _Analysis, node: ast.List | ast.Tuple) -> None:
    """`subprocess.run(["vllm", "serve", "org/x"])`, `["--model_args", "pretrained=org/x"]`."""
    lits: list[_Lit | None] = []
    for e in node.elts[:256]:
        lit = a.literal(e) if isinstance(e, ast.Constant) else None
        lits.append(lit)
    words = [lit.value if lit is not None else "X" for lit in lits]
    if not any(w.startswith("-") or w in _ARGV_WORDS for w in words):
        return
    parts: list[str] = []
    starts: list[int] = []
    pos = 0
    for w in words:
        w = w.replace("\n", " ")
        starts.append(pos)
        parts.append(w)
        pos += len(w) + 1
    synthetic = " ".join(parts)
    for f in shell_found(synthetic):
        k = bisect_right(starts, f.offset) - 1
        lit = lits[k] if 0 <= k < len(lits) else None
        if lit is None or lit.raw != lit.value:
            continue
        off = lit.offset + (f.offset - starts[k])
        old = a.found.get(off)
        if old is None or old[0] < 2:
            a.found[off] = (2, _Lit(f.raw, off, f.raw), f.value)


#: A table of a tool's shortcuts for models: `MODEL_ALIASES`, `model_shortcuts`.
_ALIAS_TABLE = _lazyre.compile(r"alias|shortcut|nickname", re.IGNORECASE)


def _alias_table(name: str, table: ast.Dict) -> bool:
    """A table named for shortcuts whose values are the models they stand for (not
    `TRANSFORMER_NICKNAMES = {"org/bert-base-x": "x-bert"}`, keyed by the models)."""
    if _ALIAS_TABLE.search(name) is None:
        return False
    values = [
        v.value
        for v in table.values[:_MAX_ELEMENTS]
        if isinstance(v, ast.Constant) and isinstance(v.value, str)
    ]
    models = sum(classify_value(v, MODEL_NAME) is not None for v in values)
    return bool(values) and 2 * models >= len(values)


#: A type alias of model names: `CerebrasChatModels = Literal["qwen-3.8-27b", ...]`.
_MODELS_ALIAS = _lazyre.compile(r"[a-z0-9_](?:Models|_MODELS)$|^(?:Models|MODELS)$")
_PROVIDER_NAME = _lazyre.compile(r"[A-Za-z][\w.:-]*\d[\w.:-]*")


def _literal_models(a: _Analysis, node: ast.Subscript) -> None:
    """The values of a `Literal[...]` type alias of a provider's model names: each is a name
    the API takes (`zai-glm-4.7`), or a Hub id where it is one."""
    if (a.dotted(node.value) or "").rsplit(".", 1)[-1] != "Literal":
        return
    elts = node.slice.elts if isinstance(node.slice, ast.Tuple) else [node.slice]
    for e in elts[:_MAX_ELEMENTS]:
        if not (isinstance(e, ast.Constant) and isinstance(e.value, str)):
            continue
        v = e.value
        if "/" in v or classify_service(v) is not None:
            a.emit(e, MODEL_NAME)
        elif _PROVIDER_NAME.fullmatch(v) is not None and "-" in v:
            lit = a.literal(e)
            if lit is not None and lit.offset not in a.found:
                a.found[lit.offset] = (1, lit, Value(Kind.SERVICE, v))


def _ollama_table(a: _Analysis, value: ast.expr) -> None:
    """`OLLAMA_EMBEDDING_DIMENSIONS = {"mxbai-embed-large": 1024, "all-minilm": 384}`: a table
    named for Ollama, keyed (or listing) by its library's names."""
    if isinstance(value, ast.Dict):
        elts = [k for k in value.keys if k is not None]
    elif isinstance(value, (ast.List, ast.Tuple, ast.Set)):
        elts = list(value.elts)
    else:
        return
    strings = [e for e in elts[:_MAX_ELEMENTS] if isinstance(e, ast.Constant)]
    names = [
        e
        for e in strings
        if isinstance(e.value, str)
        and "/" not in e.value
        and is_ollama_family(e.value.partition(":")[0])
        and _SIZE_SUFFIX.search(e.value) is None
    ]
    if len(names) >= 2 and 2 * len(names) >= len(strings):
        for e in names:
            a.emit(e, OLLAMA)


#: A size after a dash, `qwen3-30b`: a project's own shorthand, where Ollama's library puts the
#: size in the tag (`qwen3:30b`).
_SIZE_SUFFIX = _lazyre.compile(r"^[^:]*-\d+(?:\.\d+)?[bm]$", re.IGNORECASE)


#: A vendor's family word, never a model's whole name: a list holding one is of prefixes.
_FAMILY_WORDS = frozenset({"gpt", "claude", "gemini", "grok"})


def _service_list(a: _Analysis, elts: list[ast.expr], *, table: bool = False) -> None:
    """A list, set or dict whose strings include two or more hosted-API model names (`["gpt-4o",
    "gpt-4o-mini"]`, a price table keyed by them): a list of models, whatever it is called."""
    strings = [
        e
        for e in elts[:_MAX_ELEMENTS]
        if isinstance(e, ast.Constant) and isinstance(e.value, str) and id(e) not in a.skip
    ]
    if any(re.match(r"-[a-z]{2}", str(e.value)) for e in strings):
        return  # `("o1", "o3", "-reasoning", "-thinking")`: fragments matched inside model ids
    if any(str(e.value).lower() in _FAMILY_WORDS for e in strings):
        return  # `(["gpt", "o1", "o3", "o4"], "openai")`: what a provider's names start with
    names = [
        e
        for e in strings
        if classify_service(str(e.value)) is not None or dashscope_name(str(e.value))
    ]
    # most of it: a tuple of name prefixes ('claude', 'command', 'nova-', ...) is not a list;
    # a table keyed by dated first-party names (an arena's `{"gpt-4-0613": {...}, ...}`) is,
    # whatever else it keys
    firsts = [e for e in names if first_party_api_name(str(e.value))] if table else []
    if len(firsts) >= 2 and 2 * len(names) < len(strings):
        for e in firsts:
            a.emit(e, MODEL_NAME)
    elif len(names) >= 2 and 2 * len(names) >= len(strings):
        for e in names:
            a.emit(e, MODEL_NAME)
        for e in strings if table else ():
            v = str(e.value)
            if e not in names and any(c.isdigit() for c in v) and is_ollama_family(v):
                # a table keyed by them (context windows, prices) also keys a provider's names
                # for open weights (`gemma2`, `llama-3.1-405b-reasoning`): the same kind
                a.emit(e, OLLAMA)


#: GitHub organisations whose `org/name` is code, not a Hub repository.
_CODE_ORGS = frozenset(
    {"huggingface", "pytorch", "tensorflow", "facebookresearch", "google-research", "keras-team"}
)


def _model_list(a: _Analysis, elts: list[ast.expr], substrings: set[int]) -> None:
    """`["distilbert-base-uncased-finetuned-sst-2-english", "roberta-large-mnli"]`,
    `["sentence-transformers/all-mpnet-base-v2", "clips/mfaq"]`: a list of nothing but model
    ids, whatever it is called, when one of them is a well-known organisation's or all are
    the Hub's legacy ids."""
    if len(elts) > _MAX_ELEMENTS or not all(
        isinstance(e, ast.Constant) and isinstance(e.value, str) and id(e) not in substrings
        for e in elts
    ):
        return
    values = [str(e.value) for e in elts if isinstance(e, ast.Constant)]
    if any(v.partition("/")[0].lower() in _CODE_ORGS for v in values):
        return  # `["meta-llama/Llama-3.2-1B", "huggingface/transformers"]`: code and models
    models = [classify_value(v, MODEL_NAME) for v in values]
    if not all(m is not None and m.kind is Kind.MODEL for m in models):
        return
    known = any((w := classify_value(v, WEAK)) is not None and w.kind is Kind.MODEL for v in values)
    legacy = all("/" not in v and "-" in v and is_legacy_model(v) for v in values)
    if known or legacy:
        for e in elts:
            a.emit(e, MODEL_NAME)


def _listing(key: str, value: ast.expr) -> bool:
    """An OpenAI-style listing, `{"data": [{"id": "org/x", "owned_by": ...}]}`: its ids are
    whatever the service lists (models), not datasets."""
    return (
        key == "data"
        and isinstance(value, ast.List)
        and any(
            isinstance(e, ast.Dict)
            and any(isinstance(k, ast.Constant) and k.value == "id" for k in e.keys)
            for e in value.elts[:4]
        )
    )


def _self_evident_short_name(value: str) -> bool:
    """A sentence-transformers short name, or a legacy Hub id with an architecture and a size
    (`distilbert-base-uncased`; not `gpt2`, also a word)."""
    return value.lower() in ST_SHORT or (
        "-" in value and any(c.isalpha() for c in value) and is_legacy_model(value)
    )


_IMPORTS_WHISPER = _lazyre.compile(
    r"^[ \t]*(?:from|import)[ \t]+(?:faster_whisper|whisperx)\b", re.M
)
_FASTER_WHISPER_ID = _lazyre.compile(r"^Systran/faster-(?:distil-)?whisper-", re.IGNORECASE)


#: Fields of a record that name a dataset by a bare word: `{"path": "squad", "split": "train"}`.
_DATASET_FIELDS = frozenset(
    {"path", "name", "id", "repo", "repo_id", "hf_path", "hf_name", "source"}
)
#: Fields of a record that hold its model's name: `{"tag": "qwen3:8b", "tier": "fast"}`.
_RECORD_NAME_KEYS = frozenset({"tag", "name", "id", "model", "model_id", "model_name", "slug"})


def _assigned(a: _Analysis, value: ast.expr, hint: Hint | None) -> None:
    """`MODELS = {...}`: the values, and for a registry keyed by model name (`{"gpt-4o":
    {...}}`) the keys as well."""
    if (
        hint is not None
        and hint.kind is Kind.MODEL
        and isinstance(value, (ast.List, ast.Tuple, ast.Set))
        and len(value.elts) >= 3
        and all(
            isinstance(e, ast.Constant)
            and isinstance(e.value, str)
            and expand_library_alias("faster-whisper", e.value) is not None
            for e in value.elts[:_MAX_ELEMENTS]
        )
        and a.imports_whisper()
    ):
        # `MODELS = ["tiny", "base", "small", "medium", "large-v3"]` beside `from faster_whisper
        # import WhisperModel`: the sizes the tool offers, each a repository it downloads
        hint = FASTER_WHISPER
    if isinstance(value, (ast.List, ast.Tuple)) and any(
        isinstance(e, ast.Constant)
        and isinstance(e.value, str)
        and _FASTER_WHISPER_ID.search(e.value) is not None
        for e in value.elts[:_MAX_ELEMENTS]
    ):
        # `["tiny", "tiny.en", "base", "Systran/faster-whisper-base", ...]`: faster-whisper's
        # short names beside its repositories are the repositories it downloads
        hint = FASTER_WHISPER
    if (
        hint is not None
        and hint.ollama
        and isinstance(value, (ast.List, ast.Tuple))
        and value.elts
        and all(isinstance(e, ast.Dict) for e in value.elts[:_MAX_ELEMENTS])
    ):
        # `OLLAMA_CLOUD_MODELS = [{"tag": "gpt-oss:120b-cloud", "tier": "flagship",
        # "capabilities": ["chat", "coding"]}]`: records, whose other fields are no tags
        for entry in value.elts[:_MAX_ELEMENTS]:
            assert isinstance(entry, ast.Dict)
            for k, v in zip(entry.keys, entry.values, strict=True):
                field = k.value if isinstance(k, ast.Constant) and isinstance(k.value, str) else ""
                if field.lower() in _RECORD_NAME_KEYS or name_hint(field) is not None:
                    a.emit(v, hint)
        return
    if isinstance(value, ast.Dict) and hint is not None and hint.kind is Kind.DATASET:
        # `project_data = {"user_id": "usr_123", "phase": "discovery"}`: a record's fields,
        # whose bare words are no legacy dataset unless the field names one
        a.not_references(
            c
            for k, v in zip(value.keys[:_MAX_ELEMENTS], value.values, strict=False)
            if isinstance(k, ast.Constant)
            and isinstance(k.value, str)
            and k.value.lower() not in _DATASET_FIELDS
            and name_hint(k.value) is None
            # (`"phase": "discovery" if i % 2 == 0 else "implementation"`: either)
            for c in ((v.body, v.orelse) if isinstance(v, ast.IfExp) else (v,))
            if isinstance(c, ast.Constant) and isinstance(c.value, str) and "/" not in c.value
        )
    if isinstance(value, ast.Dict) and hint is not None and _keys_say_otherwise(value, hint):
        # `data = {"model": model, "messages": [...]}`: a request body, not a table of datasets;
        # each key that names its kind keeps it (the dict walk gives it)
        rev = _dict_revision(value)
        for k, v in zip(value.keys[:_MAX_ELEMENTS], value.values, strict=False):
            key = k.value if isinstance(k, ast.Constant) and isinstance(k.value, str) else None
            kh = name_hint(key) if key is not None else None
            if isinstance(v, ast.Dict) and _keys_say_otherwise(v, hint):
                continue  # a nested body (`"engine": {"llm_model": ...}`): its keys say
            if (kh is None or kh.kind is hint.kind) and (
                key or ""
            ).lower() not in _DESCRIPTIVE_KEYS:
                a.emit(v, hint, rev)
    else:
        a.emit(value, hint)
    if (
        isinstance(value, (ast.List, ast.Tuple))
        and hint is not None
        and not hint.weak
        and hint.kind is Kind.MODEL
    ):
        # `models = ["llama-3.1-8b-instant", "llama-guard-3-8b", ...]`: a list of models
        # that is mostly API names offers the provider's open-weight names beside them
        _service_list(a, value.elts, table=True)
    if isinstance(value, ast.Dict) and hint is not None and not hint.weak:
        # self-evident names only: an `org/name`, a hosted-API name or an Ollama tag; a bare
        # key (`{"c4": get_c4}`) is as often a dispatch label as a dataset
        key_hint = replace(hint, ollama=False, via_parent=True)
        keys = [
            str(k.value)
            for k in value.keys[:_MAX_ELEMENTS]
            if isinstance(k, ast.Constant) and isinstance(k.value, str)
        ]
        # `model2layers = {"bert-base-uncased": 9, "roberta-large": 17, ...}`: keyed by legacy
        # model ids (most of its keys), the legacy ones are models too
        n_legacy = sum(map(is_legacy_model, keys))
        n_ids = n_legacy + sum("/" in k for k in keys)
        legacy = hint.kind is Kind.MODEL and n_legacy >= 3 and 2 * n_ids >= len(keys)
        for k, v in zip(value.keys[:_MAX_ELEMENTS], value.values, strict=False):
            if (
                isinstance(k, ast.Constant)
                and isinstance(k.value, str)
                and id(k) not in a.skip
                and (
                    "/" in k.value
                    or classify_service(k.value) is not None
                    or (legacy and is_legacy_model(k.value))
                    # chaffer's `_EMBED_MODEL_LIMITS = {"all-mpnet-base-v2": {...}}`: a
                    # sentence-transformers short name no dispatch label is called
                    or (hint.kind is Kind.MODEL and distinctive_st_name(k.value))
                )
                and not _names_its_model(v)
                and not _alias_of_hub_id(k.value, v)
            ):
                a.emit(k, key_hint)
                # the entry repeats its key (`"llama3:8b": Meta(label=..., value="llama3:8b")`)
                fields = (
                    [kw.value for kw in v.keywords]
                    if isinstance(v, ast.Call)
                    else v.values
                    if isinstance(v, ast.Dict)
                    else []
                )
                for f in fields:
                    if isinstance(f, ast.Constant) and f.value == k.value:
                        a.emit(f, key_hint)


#: transformers' (and its vendored copies') tables of the checkpoints a class can download:
#: `BERT_PRETRAINED_MODEL_ARCHIVE_MAP`, `PRETRAINED_VOCAB_FILES_MAP`, `..._ARCHIVE_LIST`.
_PRETRAINED_MAP = _lazyre.compile(
    r"(?:[A-Z0-9]+_)*PRETRAINED_[A-Z_]*(?:MAP|LIST|SIZES|CONFIGURATION)", re.ASCII
)


def _pretrained_maps(a: _Analysis) -> None:
    """The ids keying transformers' pretrained tables (one level of nesting: `{"vocab_file":
    {"bert-base-uncased": url}}`), or listed in its archive lists."""
    for node in a.of(ast.Assign):
        if not (
            len(node.targets) == 1
            and isinstance(node.targets[0], ast.Name)
            and _PRETRAINED_MAP.fullmatch(node.targets[0].id)
        ):
            continue
        value = node.value
        items: list[ast.expr | None]
        if isinstance(value, ast.Dict):
            inner = [v for v in value.values[:_MAX_VALUES] if isinstance(v, ast.Dict)]
            items = [k for t in (value, *inner) for k in t.keys[:_MAX_ELEMENTS]]
        elif isinstance(value, (ast.List, ast.Tuple)):
            items = list(value.elts[:_MAX_ELEMENTS])
        else:
            continue
        for k in items:
            if not (isinstance(k, ast.Constant) and isinstance(k.value, str)):
                continue
            if is_legacy_model(k.value) or ("/" in k.value and is_valid_hub_id(k.value)):
                a.emit(k, MODEL_LOADER)


def _shared_keys(a: _Analysis) -> None:
    """`HEIGHT = {"argmaxinc/mlx-FLUX.1-dev": 512, ...}`, `SHIFT = {...}`: module tables of
    settings keyed by the same Hub ids (two or more tables, two or more ids in common) are
    keyed by the models the module loads, whatever the tables are called."""
    tables: list[list[ast.Constant]] = []
    for node in a.tree.body:
        value = node.value if isinstance(node, (ast.Assign, ast.AnnAssign)) else None
        if isinstance(value, ast.Dict):
            keys = [
                k
                for k in value.keys[:_MAX_ELEMENTS]
                if isinstance(k, ast.Constant) and isinstance(k.value, str) and "/" in k.value
            ]
            if len(keys) >= 2:
                tables.append(keys)
    if len(tables) < 2:
        return
    seen: dict[str, int] = {}
    for keys in tables:
        for v in {str(k.value) for k in keys}:
            seen[v] = seen.get(v, 0) + 1
    shared = {v for v, n in seen.items() if n >= 2}
    if len(shared) < 2:
        return
    for keys in tables:
        for k in keys:
            if k.value in shared:
                a.emit(k, MODEL_NAME)


def _keys_say_otherwise(node: ast.Dict, hint: Hint, depth: int = 0) -> bool:
    """A dict with a key whose own name says another kind than the name it is assigned to,
    also in a dict nested in it (`data = {"engine": {"llm_model": ...}}`)."""
    for k, v in zip(node.keys[:_MAX_VALUES], node.values, strict=False):
        if isinstance(k, ast.Constant) and isinstance(k.value, str):
            kh = name_hint(k.value)
            if kh is not None and not kh.weak and kh.kind is not hint.kind:
                return True
        if isinstance(v, ast.Dict) and depth < 3 and _keys_say_otherwise(v, hint, depth + 1):
            return True
    return False


def _has_model_key(entry: ast.Dict) -> bool:
    """`{"model": "llama2", "completion_path": ...}`: an entry with its own `model` key."""
    return any(
        isinstance(k, ast.Constant) and k.value in ("model", "model_name", "model_id")
        for k in entry.keys
    )


def _names_its_model(entry: ast.expr) -> bool:
    """`{"model": "Qwen/Qwen-VL-Plus", ...}`: a registry entry that names its model itself, so
    its key (`"qwen-vl-plus"`) is only a label."""
    if not isinstance(entry, ast.Dict):
        return False
    for k, v in zip(entry.keys, entry.values, strict=False):
        if not (isinstance(k, ast.Constant) and isinstance(k.value, str)):
            continue
        h = name_hint(k.value)
        if h is not None and not h.weak and isinstance(v, ast.Constant):
            return isinstance(v.value, str)
    return False


#: A key that says a dict describes a dataset: the split or subset to read.
_SPLIT_KEY = _lazyre.compile(r"(?:^|_)(?:split|splits|subset|config_name)$")
#: Keys under which such a dict gives the dataset's repository.
_DATASET_ENTRY_KEYS = frozenset(
    {"name", "path", "dataset", "dataset_name", "dataset_id", "id", "repo", "repo_id", "hf_path",
     "hf_name", "hub_id"}
)  # fmt: skip


def _dataset_entries(a: _Analysis) -> None:
    """`fleurs_config = {'name': "google/fleurs", 'test_split': 'test', ...}`: a dict that
    names a split describes a dataset, and its `name` or `path` is the dataset's repository
    (a namespaced one: a bare `name` there is the project's label for it)."""
    for node in a.of(ast.Dict, ast.Call):
        if isinstance(node, ast.Dict):
            keys = [k.value if isinstance(k, ast.Constant) else None for k in node.keys]
            values = node.values
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Name)
            and node.func.id == "dict"
        ):
            # the same written as a call: `dict(path="nyu-mll/glue", name="sst2", eval_split=...)`
            keys = [kw.arg for kw in node.keywords]
            values = [kw.value for kw in node.keywords]
        else:
            continue
        if not any(isinstance(k, str) and _SPLIT_KEY.search(k) for k in keys):
            continue
        for k, v in zip(keys, values, strict=False):
            if (
                k in _DATASET_ENTRY_KEYS
                and isinstance(v, ast.Constant)
                and isinstance(v.value, str)
                and v.value.count("/") == 1
            ):
                lit = a.literal(v)
                if lit is not None and lit.offset not in a.found:
                    a.emit(v, DATASET_NAME)


def _scope_of(funcs: list[tuple[int, int, int]], node: ast.AST) -> int:
    """The innermost function (by line range; 0 for module code) that holds `node`."""
    line = getattr(node, "lineno", 0)
    best, best_start = 0, -1
    for start, end, key in funcs:
        if start <= line <= end and start > best_start:
            best, best_start = key, start
    return best


def _dict_keys(a: _Analysis, node: ast.expr) -> list[ast.expr]:
    """The constant keys of the dict literal(s) a name is bound to."""
    if not isinstance(node, ast.Name):
        return []
    return [
        k
        for bound in a.env.get(node.id, ())
        if isinstance(bound, ast.Dict)
        for k in bound.keys[:_MAX_VALUES]
        if isinstance(k, ast.Constant)
    ]


def _local_flows(a: _Analysis) -> None:
    """Within one function: a variable passed to a loader (`load_dataset(name)`) gives its hint
    to the values it is compared with (`if name == "org/x":`) and to the keys of the tables it
    indexes (`FORMATTERS[name]`, `name in FORMATTERS`)."""
    calls = [
        n
        for n in a.of(ast.Call)
        if (
            any(isinstance(x, ast.Name) for x in n.args[:8])
            or any(isinstance(kw.value, ast.Name) for kw in n.keywords)
        )
        and loader_spec(a.dotted(n.func) or "") is not None
    ]
    if not calls:  # nothing to flow from
        return
    funcs = [
        (n.lineno, n.end_lineno or n.lineno, id(n))
        for n in a.of(ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda)
        if isinstance(n, (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda))
    ]
    users = [
        n
        for n in a.of(ast.Compare, ast.Subscript)
        if (isinstance(n, ast.Compare) and isinstance(n.left, ast.Name))
        or (isinstance(n, ast.Subscript) and isinstance(n.slice, ast.Name))
    ]
    scopes: dict[int, list[ast.AST]] = {}
    for n in (*calls, *users):
        scopes.setdefault(_scope_of(funcs, n), []).append(n)
    for nodes in scopes.values():
        hints: dict[str, Hint] = {}
        for node in nodes:
            if not isinstance(node, ast.Call):
                continue
            spec = loader_spec(a.dotted(node.func) or "")
            if spec is None:
                continue
            for i, arg in enumerate(node.args[:8]):
                if isinstance(arg, ast.Name) and i in spec.positional:
                    hints.setdefault(arg.id, spec.positional[i])
            for kw in node.keywords:
                if isinstance(kw.value, ast.Name) and kw.arg in spec.keywords:
                    hints.setdefault(kw.value.id, spec.keywords[kw.arg])
        if not hints:
            continue
        for node in nodes:
            if isinstance(node, ast.Compare) and isinstance(node.left, ast.Name):
                hint = hints.get(node.left.id)
                if hint is None:
                    continue
                for comp in node.comparators:
                    keys = _dict_keys(a, comp)
                    for k in keys:
                        a.emit(k, hint)
                    if not keys and isinstance(comp, (ast.Constant, ast.Tuple, ast.List, ast.Set)):
                        a.emit(comp, hint)
            elif isinstance(node, ast.Subscript) and isinstance(node.slice, ast.Name):
                hint = hints.get(node.slice.id)
                if hint is not None:
                    for k in _dict_keys(a, node.value):
                        a.emit(k, hint)


#: Sampling settings: a call that takes them makes or wraps a generative model.
_GENERATION_KWS = frozenset(
    {"temperature", "top_p", "top_k", "max_new_tokens", "max_tokens", "repetition_penalty"}
)
#: Chat-model classes whose first argument is the model (`OpenaiChatModel("gpt-4o")`).
_CHAT_MODEL_CLASS = _lazyre.compile(r"^[A-Z]\w*(?:ChatModel|LLM)$")
_MESSAGES = frozenset(
    {"print", "info", "debug", "warning", "warn", "error", "exception", "critical", "log",
     "echo", "secho", "write"}
)  # fmt: skip
#: A class named for a hosted provider and what serves its models (`AnthropicBackend`).
_PROVIDER_CLASS = _lazyre.compile(
    r"(?:OpenAI|Anthropic|Claude|Gemini|Google|Mistral|Groq|Cohere|Bedrock|Vertex|DeepSeek|"
    r"Together|Fireworks|XAI|Grok|Azure|Ollama|OpenRouter|Perplexity|Cerebras)\w*"
    r"(?:Backend|Provider|Engine|Generator|Judge|Chat|Completion|Completions|Model|Adapter|"
    r"Client|Wrapper)"
)
_PARTS_NAME = _lazyre.compile(r"(?:^|_)(?:prefix|prefixes|suffix|suffixes|patterns?)$", re.I)
#: `qwen3.8:27b`, `gpt-oss:120b-cloud`: a name with a size or variant tag.
_OLLAMA_TAGGED = _lazyre.compile(r"[a-z][\w.-]*:(?:\d[\w.-]*|latest|[\w.-]*cloud)")
#: Verbs of a library's own model loader (`interpkit.load`, `mylib.load_model`).
_LOAD_VERBS = frozenset({"load", "load_model", "load_pretrained", "from_hub", "load_from_hub"})
#: Keywords that say where the loaded weights go: only a model is put on a device.
_PLACEMENT_KEYWORDS = frozenset({"device", "device_map", "torch_dtype", "dtype"})
_HF_WRAPPER = _lazyre.compile(
    r"(?:HF|Hf|HuggingFace)(?!\w*(?:Dataset|Space|Folder|FileSystem))[A-Z]\w*"
)
_ST_WRAPPER = _lazyre.compile(r"sentence_?transformer", re.IGNORECASE)
#: Calls whose first argument is never a model, however many Hub ids they are given.
_NOT_LOADERS = frozenset(
    {"join", "append", "extend", "add", "format", "replace", "startswith", "endswith", "split"}
)
#: pathlib's classes: what they are given is a local path (`Path("roberta-base-cola")`).
_PATH_TYPES = frozenset({"Path", "PurePath", "PosixPath", "PurePosixPath", "WindowsPath"})


def _pathlib(func: str) -> bool:
    """`func` (a dotted call name) is one of pathlib's classes, not FastAPI's `Path(...)`."""
    return func.rsplit(".", 1)[-1] in _PATH_TYPES and "fastapi" not in func


#: Base classes of model wrappers (agno's `OpenAILike`, `Model`, a `BaseChatModel`, ...).
_MODEL_BASE = _lazyre.compile(r"Model|LLM|Chat|OpenAILike|Embedder|Embedding", re.IGNORECASE)


def _model_class_ids(a: _Analysis) -> None:
    """`class OpenRouter(OpenAILike): id: str = "gpt-5.4-mini"`: a model wrapper's `id` field is
    the model it calls."""
    for node in a.of(ast.ClassDef):
        bases = [a.dotted(b) or "" for b in node.bases]
        if not any(_MODEL_BASE.search(b.rsplit(".", 1)[-1]) for b in bases):
            continue
        for stmt in node.body:
            target: ast.expr | None = None
            value: ast.expr | None = None
            if isinstance(stmt, ast.AnnAssign):
                target, value = stmt.target, stmt.value
            elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
                target, value = stmt.targets[0], stmt.value
            if isinstance(target, ast.Name) and target.id in ("id", "model_id") and value:
                a.emit(value, MODEL_NAME)


def _is_enum(a: _Analysis, node: ast.ClassDef) -> bool:
    """`class X(Enum)`, `class X(str, enum.Enum)`, `class X(StrEnum)`."""
    return any((a.dotted(b) or "").endswith("Enum") for b in node.bases)


def _class_fields(a: _Analysis) -> None:
    """`class TokenizerConfig: identifier: str = "gpt2"`: a generic field (`identifier`,
    `name`, `path`, `repo_id`) of a class whose name says what it configures; and every member
    of an enum named that way (`class DenseModels(Enum): en_small = "BAAI/bge-small-en-v1.5"`)."""
    for node in a.of(ast.ClassDef):
        class_hint = name_hint(node.name)
        if class_hint is None:
            continue
        enum = _is_enum(a, node)
        for stmt in node.body:
            target: ast.expr
            if isinstance(stmt, ast.AnnAssign) and stmt.value is not None:
                target, value = stmt.target, stmt.value
            elif isinstance(stmt, ast.Assign) and len(stmt.targets) == 1:
                target, value = stmt.targets[0], stmt.value
            else:
                continue
            if not isinstance(target, ast.Name) or name_hint(target.id) is not None:
                continue
            if enum or _PLURAL_MODELS.search(node.name) is not None:
                # (`class AvailableLLMs: Zhipu = "glm-4-air"`: constants listing models)
                a.emit(value, class_hint)
            elif target.id.lower() in GENERIC_CHILD or target.id.lower() == "identifier":
                a.emit(value, child_hint(target.id, node.name))


_PLURAL_MODELS = _lazyre.compile(r"(?:LLMs|Models|ModelNames|ModelIds)$")


#: A table of settings keyed by what it sets: `DATASET_CONFIG = {"cais/mmlu": {...}}`.
_REGISTRY = _lazyre.compile(
    r"(?:^|_)(?P<kind>model|dataset)s?_(?:config|cfg|setting|spec|info)s?$", re.IGNORECASE
)


def _registry_keys(a: _Analysis, value: ast.expr, name: str) -> None:
    """The `org/name` keys of a registry whose name says what it configures (a name `name_hint`
    leaves alone: `dataset_config` alone is a dataset's configuration, `"wikitext-2-raw-v1"`),
    each entry a table of its own settings."""
    m = _REGISTRY.search(name)
    if m is None or not isinstance(value, ast.Dict) or name_hint(name) is not None:
        return
    hint = DATASET_NAME if m.group("kind").lower() == "dataset" else MODEL_NAME
    for k, v in zip(value.keys[:_MAX_ELEMENTS], value.values, strict=False):
        if (
            isinstance(k, ast.Constant)
            and isinstance(k.value, str)
            and k.value.count("/") == 1
            and isinstance(v, (ast.Dict, ast.Call))
        ):
            a.emit(k, hint)


def _id_table(a: _Analysis, keys: list[ast.expr]) -> None:
    """A dict keyed by Hub ids of several owners, most of them well known
    (`PREDICTION_TOKENS = {"castorini/monot5-base-msmarco": [...], "unicamp-dl/InRanker-base":
    [...]}`): a table of models, the lesser-known owners' keys included."""
    ids: list[ast.Constant] = [
        k
        for k in keys[:_MAX_ELEMENTS]
        if isinstance(k, ast.Constant) and isinstance(k.value, str) and k.value.count("/") == 1
    ]
    if len(ids) < 3:
        return
    values = [str(k.value) for k in ids]
    known = sum(classify_value(v, WEAK) is not None for v in values)
    modelish = all(classify_value(v, REPO_NAME) is not None for v in values)
    if 2 * known >= len(values) or (known >= 2 and modelish):
        for k in ids:
            a.emit(k, REPO_NAME)


def _attribute_flows(a: _Analysis) -> None:
    """`load_dataset(cfg.train_file_path)` with `train_file_path: str = field(default=...)`
    or `--train_file_path` defaulting to an id: the default gets the loader's hint."""
    for call in a.of(ast.Call):
        # `resolve_hf_dataset_dir(spec.repo_id)`: a helper whose name says dataset, given a
        # record's field, says what the records' field holds
        fn = call.func
        low = (fn.attr if isinstance(fn, ast.Attribute) else getattr(fn, "id", "")).lower()
        if "dataset" in low and "model" not in low and call.args:
            first = call.args[0]
            if (
                isinstance(first, ast.Attribute)
                and isinstance(first.value, ast.Name)
                and first.value.id not in ("self", "cls")
                and first.attr in a.ctor_fields
            ):
                a.attr_hints.setdefault(first.attr, DATASET_LOADER)
    for attr, hint in list(a.attr_hints.items()):  # emitting may record more attributes
        for expr in a.env.get(attr, ()):
            a.emit(expr, hint)
        if hint.kind is Kind.DATASET:
            # `Spec(repo_id="org/x")` then `load_dataset(spec.repo_id)`: a dataset, whatever
            # the field's name says
            given = a.ctor_fields.get(attr, [])
            if len({cls for cls, _ in given}) == 1:  # (one record type has the field)
                for _, expr in given:
                    a.emit(expr, hint, boost=True)


def _compared_hint(left: ast.expr, name: str) -> Hint | None:
    """What a compared expression holds: its name's hint, or for a generic field of a named
    object (`dataset_dict["name"]`, `ds_cfg.path`) the object's."""
    hint = name_hint(name)
    if hint is None and name.lower() in GENERIC_CHILD:
        base = left.value if isinstance(left, (ast.Attribute, ast.Subscript)) else None
        if isinstance(base, ast.Name) and base.id not in ("self", "cls"):
            hint = child_hint(name, base.id)
    return hint


def _dispatch_labels(a: _Analysis) -> set[int]:
    """Constants compared with a dataset-named variable that, over the whole file, is compared
    with bare names the Hub does not have (`if args.dataset == "humaneval": ... elif
    args.dataset == "mbpp":`): a harness's selector labels, not datasets it loads."""
    groups: dict[str, tuple[Hint, list[ast.Constant]]] = {}
    ops = (ast.Eq, ast.In, ast.NotEq, ast.NotIn)
    for node in a.of(ast.Compare):
        if not all(isinstance(op, ops) for op in node.ops):
            continue
        name = _target_name(node.left)
        hint = _compared_hint(node.left, name) if name else None
        if hint is None or hint.kind is not Kind.DATASET:
            continue
        consts = groups.setdefault(ast.dump(node.left), (hint, []))[1]
        for comp in node.comparators:
            elts = comp.elts if isinstance(comp, (ast.Tuple, ast.List, ast.Set)) else [comp]
            consts.extend(e for e in elts[:_MAX_VALUES] if isinstance(e, ast.Constant))
    out: set[int] = set()
    for hint, consts in groups.values():
        if _bare_labels(consts, hint):
            out.update(id(c) for c in consts if isinstance(c.value, str) and "/" not in c.value)
    return out


#: Calls that write to the path or repository they are given.
_WRITES = frozenset({"save_pretrained", "save_model", "save_to_disk", "makedirs", "mkdir"})


#: Datasets that torchvision and Keras ship loaders for, by their class name folded
#: (`CIFAR10`, `FashionMNIST`): names the Hub also has as legacy ids (`cifar10`, `mnist`).
_FRAMEWORK_DATASETS = frozenset(
    {
        "cifar10", "cifar100", "mnist", "fashionmnist", "kmnist", "emnist", "qmnist", "svhn",
        "stl10", "imagenet", "celeba", "caltech101", "caltech256", "places365", "flowers102",
        "food101", "stanfordcars", "oxfordiiitpet", "dtd", "eurosat", "gtsrb", "country211",
        "fgvcaircraft", "pcam", "sun397", "lsun", "omniglot", "usps", "semeion", "kinetics",
        "ucf101", "hmdb51", "inaturalist", "imagenette", "fer2013", "movingmnist",
        "tinyimagenet",
    }
)  # fmt: skip

#: torchvision's and Keras's dataset modules (`from torchvision import datasets`,
#: `torchvision.datasets.CIFAR10`, `keras.datasets.cifar10.load_data()`).
_FRAMEWORK_DATA = _lazyre.compile(
    r"\b(?:torchvision|keras)\.datasets\b|^\s*from\s+(?:torchvision|(?:tensorflow\.)?keras)\s+"
    r"import\b[^\n]*\bdatasets\b",
    re.MULTILINE,
)

#: Loaders that read a dataset from the Hub by the name they are given.
_HUB_DATA_LOADERS = frozenset(
    {"load_dataset", "load_dataset_builder", "snapshot_download", "hf_hub_download"}
)


def _provider_then_model(prev: ast.expr, arg: ast.expr) -> bool:
    """Two strings side by side that name a provider, then a name it serves."""
    return (
        isinstance(prev, ast.Constant)
        and isinstance(prev.value, str)
        and prev.value.lower() in PROVIDER_SLUGS
        and isinstance(arg, ast.Constant)
        and isinstance(arg.value, str)
        and classify_service(arg.value) is not None
    )


def _dataset_spec(a: _Analysis, node: ast.Dict) -> None:
    """`dataset_config={"name": "wikitext", "config": "wikitext-103-raw-v1", "split": "train"}`:
    a dataset's spec, its `name` beside its configuration and split (not `{"path": ...,
    "name": <config>}`, `load_dataset`'s own words, where the name is the configuration)."""
    keys = {
        k.value: v
        for k, v in zip(node.keys, node.values, strict=True)
        if isinstance(k, ast.Constant) and isinstance(k.value, str)
    }
    spec = "name" in keys and "split" in keys and ("config" in keys or "subset" in keys)
    if spec and "path" not in keys:
        a.emit(keys["name"], DATASET_NAME)
    if any(
        k in WHISPER_BACKEND_KEYS and isinstance(v, ast.Constant) and names_faster_whisper(v.value)
        for k, v in keys.items()
    ):
        # `{"backend": "faster-whisper", "model": "medium"}`: the library's short name
        for k in WHISPER_SIZE_KEYS & keys.keys():
            a.emit(keys[k], FASTER_WHISPER, boost=True)


def _provider_tables(a: _Analysis, node: ast.Dict) -> None:
    """`{"anthropic": {"claude-sonnet-5": {"input": 2.0, ...}}}`: a pricing or settings table
    keyed by provider, then by that provider's hosted names."""
    for k, v in zip(node.keys[:_MAX_VALUES], node.values, strict=False):
        if not (
            isinstance(k, ast.Constant)
            and isinstance(k.value, str)
            and k.value.lower() in _HOSTED_PROVIDERS
            and isinstance(v, ast.Dict)
        ):
            continue
        for inner in v.keys[:_MAX_VALUES]:
            if (
                isinstance(inner, ast.Constant)
                and isinstance(inner.value, str)
                and first_party_api_name(inner.value)
            ):
                a.emit(inner, MODEL_NAME)


def _provider_pairs(a: _Analysis) -> None:
    """`("openai", "o1"): ModelPricing(...)`, `("deepseek", "deepseek-chat")`: a pair that
    names a provider, then one of its models (a pricing table's keys); a longer tuple is a
    list (`("openai", "hermes", "deepseek", "kimi-k2")`, tool-call dialects)."""
    for node in a.of(ast.Tuple):
        if len(node.elts) == 2 and _provider_then_model(*node.elts):
            a.emit(node.elts[1], MODEL_NAME)
        elif 2 < len(node.elts) <= 16:
            # a row that names the provider beside the model (`("claude-sonnet-4-6", "Claude
            # Sonnet 4.6", "anthropic", "3.00", ...)`, a migration seeding a model table)
            strings = [
                e for e in node.elts if isinstance(e, ast.Constant) and isinstance(e.value, str)
            ]
            named = [e for e in strings if first_party_api_name(str(e.value))]
            if len(named) == 1 and any(str(e.value).lower() in PROVIDER_SLUGS for e in strings):
                a.emit(named[0], MODEL_NAME)


def _framework_datasets(a: _Analysis) -> None:
    """In a file that loads its data through torchvision's or Keras's datasets, or through
    functions of its own named for the dataset (`get_cifar10_loaders`), a bare `"cifar10"` or
    `"mnist"` (a `--dataset` choice, `if args.dataset == "cifar10":`) names that loader, not
    the Hub dataset of that name; one passed straight to `load_dataset` still reads the Hub."""
    candidates = [
        (off, folded)
        for off, (_, _, value) in a.found.items()
        if value.kind is Kind.DATASET
        and "/" not in value.identifier
        and (folded := re.sub(r"[-_]", "", value.identifier.lower())) in _FRAMEWORK_DATASETS
    ]
    if not candidates:
        return  # (the common case: nothing to look at, no pass over the module)
    framework = _FRAMEWORK_DATA.search(a.text) is not None
    # vit-trainer's `from .data import get_cifar10_loaders, CIFAR10_CLASSES`: the project's
    # own loaders for the dataset, by their names
    named = " ".join(
        n.id if isinstance(n, ast.Name) else n.attr if isinstance(n, ast.Attribute) else n.name
        for n in a.of(ast.Name, ast.Attribute, ast.alias)
        if isinstance(n, (ast.Name, ast.Attribute, ast.alias))
    ).lower()
    direct: set[int] = set()
    for node in a.of(ast.Call):
        func = node.func
        last = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", None)
        if last in _HUB_DATA_LOADERS:
            for arg in (*node.args[:1], *(kw.value for kw in node.keywords)):
                lit = a.literal(arg) if isinstance(arg, ast.Constant) else None
                if lit is not None:
                    direct.add(lit.offset)
    for off, folded in candidates:
        if off not in direct and (
            framework or re.search(rf"(?<![a-z0-9]){folded}(?![0-9])", named) is not None
        ):
            del a.found[off]


def _saved_to(a: _Analysis) -> None:
    """`MERGED = "model_save/final"` ... `model.save_pretrained(MERGED)` ... `from_pretrained(
    MERGED)`: a directory the file writes is its own output, whatever later loads it."""
    for node in a.of(ast.Call):
        if not isinstance(node.func, ast.Attribute) or node.func.attr not in _WRITES:
            continue
        for arg in (*node.args[:2], *(kw.value for kw in node.keywords)):
            if isinstance(arg, ast.Name):
                a.not_references(a.env.get(arg.id, ()))


#: Enums of kinds, not of models (`class EncoderType(Enum): MISTRAL = "mistral"`).
_LABEL_ENUM = _lazyre.compile(r"(?:Type|Kind|Provider|Backend|Vendor|Format|Mode|Platform)s?$")


#: A ComfyUI node's class attributes: its menu path and its outputs' types and names.
_COMFY_NODE_ATTRS = frozenset({"CATEGORY", "RETURN_TYPES", "RETURN_NAMES", "FUNCTION"})


def _parameter_loaders(a: _Analysis) -> None:
    """`def _download_and_save(hf_id, ...): full = load_dataset(hf_id)` called as
    `_download_and_save(MEDMCQA_HF_ID, ...)`: what a module-level function hands its parameter
    to a loader as, its callers' arguments are (one level, positional or by keyword)."""
    takes: dict[str, dict[int | str, Hint]] = {}
    for fn in a.tree.body:
        if not isinstance(fn, ast.FunctionDef) or loader_spec(fn.name) is not None:
            continue  # (a method, or a wrapper named like the loader it shadows in calls)
        params = [p.arg for p in fn.args.posonlyargs + fn.args.args]
        if not params or len(fn.body) > 60:
            continue
        for sub in ast.walk(fn):
            if not isinstance(sub, ast.Call):
                continue
            callee = a.dotted(sub.func)
            spec = loader_spec(callee) if callee else None
            if spec is None:
                continue
            passed = [(spec.positional.get(i), x) for i, x in enumerate(sub.args)]
            passed += [(spec.keywords.get(kw.arg or ""), kw.value) for kw in sub.keywords]
            for hint, x in passed:
                if hint is not None and isinstance(x, ast.Name) and x.id in params:
                    slots = takes.setdefault(fn.name, {})
                    slots[params.index(x.id)] = hint
                    slots[x.id] = hint
    if not takes:
        return
    for call in a.of(ast.Call):
        name = call.func.id if isinstance(call.func, ast.Name) else None
        wants = takes.get(name or "")
        if not wants:
            continue
        given = [(wants.get(i), x) for i, x in enumerate(call.args)]
        given += [(wants.get(kw.arg or ""), kw.value) for kw in call.keywords]
        for hint, x in given:
            if hint is None:
                continue
            for value in a.env.get(x.id, ()) if isinstance(x, ast.Name) else (x,):
                if isinstance(value, ast.Constant) and isinstance(value.value, str):
                    a.emit(value, hint, boost=True)


def _comfy_node_attributes(a: _Analysis) -> None:
    """`CATEGORY = "MFlux/Air"`: where a ComfyUI node sits in the menu, not a repository."""
    for node in a.of(ast.Assign):
        if any(isinstance(t, ast.Name) and t.id in _COMFY_NODE_ATTRS for t in node.targets):
            a.not_references(ast.walk(node.value))


def _label_enums(a: _Analysis) -> None:
    """The members of an enum of kinds or providers name a choice, not a model."""
    for node in a.of(ast.ClassDef):
        if node.name.endswith(("Family", "Families")):
            # autogen's `class ModelFamily: GPT_41 = "gpt-41"; CLAUDE_3_HAIKU = ...`: the
            # families a client groups models into, whatever their names look like
            a.not_references(
                sub
                for stmt in node.body
                if isinstance(stmt, (ast.Assign, ast.AnnAssign)) and stmt.value is not None
                for sub in ast.walk(stmt.value)
            )
            continue
        if _LABEL_ENUM.search(node.name) is None or "Model" in node.name:
            continue  # `OpenAIEmbeddingModelType(str, Enum)` lists models
        if not _is_enum(a, node):
            continue
        members = [
            stmt.value
            for stmt in node.body
            if isinstance(stmt, ast.Assign)
            and isinstance(stmt.value, ast.Constant)
            and isinstance(stmt.value.value, str)
        ]
        if any(first_party_api_name(str(m.value)) or "/" in str(m.value) for m in members):
            continue  # an enum whose members include real model names lists models
        a.not_references(members)


def _substring_loops(a: _Analysis) -> None:
    """`any(m in model for m in ["claude-opus-4", "claude-3-5-sonnet"])`,
    `any(model.startswith(p) for p in (...))`: the items are parts of names a model's name is
    tested against, not models; so are the items of a list named for prefixes
    (`_ANTHROPIC_MULTIMODAL_SUPPORTED_PREFIXES = ("claude-3", "claude-sonnet-4")`)."""
    for asg in a.of(ast.Assign):
        if not isinstance(asg.value, (ast.List, ast.Tuple)):
            continue
        names = [_target_name(t) or "" for t in asg.targets]
        if any(_PARTS_NAME.search(n) for n in names):
            a.not_references(asg.value.elts)
    for comp in a.of(ast.GeneratorExp, ast.ListComp, ast.SetComp):
        if not isinstance(comp, (ast.GeneratorExp, ast.ListComp, ast.SetComp)):
            continue
        for gen in comp.generators:
            if not (
                isinstance(gen.target, ast.Name) and isinstance(gen.iter, (ast.List, ast.Tuple))
            ):
                continue
            var = gen.target.id
            tests = [comp.elt, *gen.ifs]
            if any(_tests_part(t, var) for t in tests):
                a.not_references(gen.iter.elts)


def _pattern_loops(a: _Analysis) -> None:
    """`for pattern, kind in self.MODEL_TYPE_MAP.items(): if pattern in model_name.lower()`:
    a table whose keys a loop tests as parts of a model's name holds patterns, not models
    (a membership test, `if m in installed`, says nothing)."""
    for loop in a.of(ast.For):
        target = loop.target
        if isinstance(target, ast.Tuple) and target.elts:
            target = target.elts[0]
        if not isinstance(target, ast.Name):
            continue
        it = loop.iter
        if (
            isinstance(it, ast.Call)
            and isinstance(it.func, ast.Attribute)
            and it.func.attr in ("items", "keys")
            and not it.args
        ):
            it = it.func.value
        if (
            isinstance(it, ast.Attribute)
            and isinstance(it.value, ast.Name)
            and it.value.id in ("self", "cls")
        ):
            it = ast.Name(it.attr)
        if not isinstance(it, ast.Name):
            continue
        if not any(_tests_part(stmt, target.id, of_a_name=True) for stmt in loop.body):
            continue
        for bound in a.env.get(it.id, ()):
            items = [
                e
                for e in (bound.keys if isinstance(bound, ast.Dict) else getattr(bound, "elts", []))
                if isinstance(e, ast.Constant) and isinstance(e.value, str)
            ]
            if any(str(e.value).isalpha() for e in items):
                # (a family's bare word among them, `"qwen"`, says patterns; a price table's
                # `"gpt-4o"`, `"gpt-4-turbo"` keys are the models it prices)
                a.not_references(items)


#: What a name is lowered with before a test of its parts.
_CASE_METHODS = frozenset({"lower", "upper", "casefold"})


def _tests_part(node: ast.AST, var: str, *, of_a_name: bool = False) -> bool:
    """Whether `node` tests `var` as a part of a string (`var in s`, `s.startswith(var)`);
    `of_a_name`: only `var in model_name.lower()`, a test no membership in a list can be."""
    for sub in ast.walk(node):
        if (
            isinstance(sub, ast.Compare)
            and isinstance(sub.left, ast.Name)
            and sub.left.id == var
            and any(isinstance(op, (ast.In, ast.NotIn)) for op in sub.ops)
        ):
            right = sub.comparators[0]
            if not of_a_name or (
                (
                    isinstance(right, ast.Call)
                    and isinstance(right.func, ast.Attribute)
                    and right.func.attr in _CASE_METHODS
                )
                or (isinstance(right, ast.Name) and right.id.lower().endswith("name"))
            ):
                return True
        if (
            not of_a_name
            and isinstance(sub, ast.Call)
            and isinstance(sub.func, ast.Attribute)
            and sub.func.attr in ("startswith", "endswith")
            and any(isinstance(x, ast.Name) and x.id == var for x in sub.args)
        ):
            return True
    return False


def _name_and_label(strings: list[ast.Constant]) -> bool:
    """`("gpt-6-astra", "GPT-6 Astra")`: a name and its display label, the pair a model picker
    is built from (not a list of words)."""
    if len(strings) != 2:
        return False
    name, label = (str(e.value) for e in strings)
    return " " not in name and " " in label and label.lower().replace(" ", "-") == name.lower()


#: A table of models by its name: `MODEL_PRICING`, `SUPPORTED_MODELS`, `minimax_models`.
_MODEL_TABLE = _lazyre.compile(
    r"models$|model_?(?:pric|cost|table|regist|catalog|map|list|limit|alias|info|ids|names)"
    r"|^pric(?:e|es|ing)$"  # `assert "gpt-3.5-turbo" in adapter.pricing`
    r"|repo_?ids$",  # `assert "org/x" in repo_ids`
    re.IGNORECASE,
)


def _members_of_tables(a: _Analysis) -> None:
    """`assert "gpt-4o" in MODEL_PRICING`: a name looked up in a table of models (imported, so
    its keys are not in the file) is one of them; not `"gpt-4" in model` (a substring test)."""
    for node in a.of(ast.Compare):
        if not isinstance(node.left, ast.Constant):
            continue
        if len(node.ops) != 1 or not isinstance(node.ops[0], (ast.In, ast.NotIn)):
            continue
        name = _target_name(node.comparators[0])
        if name and _MODEL_TABLE.search(name) is not None:
            value = node.left.value
            got = classify_value(value, MODEL_NAME) if isinstance(value, str) else None
            # (a hosted name or a Hub id: `models = os.listdir(repo)` also holds `gpt2`; a
            # made-up Ollama tag is a test's `"sketchy-uncensored:latest" in shadowModels`)
            if got is not None and (
                "/" in got.identifier or (got.kind is Kind.SERVICE and ":" not in got.identifier)
            ):
                a.emit(node.left, MODEL_NAME)


def _names_a_model(node: ast.expr) -> bool:
    """`model`, `self.model_name`, `cfg.model_id`: a variable holding one model's name (not
    `tracker.cost_by_model`, a table of them, nor a response's `meta["model"]`)."""
    if not isinstance(node, (ast.Name, ast.Attribute)):
        return False
    n = (_target_name(node) or "").lower().rsplit(".", 1)[-1]
    return n in ("model", "model_name", "model_id", "llm") or n.endswith(
        ("_model_name", "_model_id")
    )


def _substring_tests(a: _Analysis) -> set[int]:
    """Constants tested for membership (`"gpt-4" in model`, `model in ("gpt-4", ...)`), and
    those of a list of words (`IDENTITY_WORDS = ["vicuna", "uc berkeley", "gpt-4"]`)."""
    out: set[int] = set()
    # (a test's `assert "gpt-5.5" in cmd`: the versioned name it expects to see, not a prefix)
    asserted = {id(getattr(n, "test", None)) for n in a.of(ast.Assert)}
    for node in a.of(ast.Compare):
        if any(isinstance(op, (ast.In, ast.NotIn)) for op in node.ops):
            for part in (node.left, *node.comparators):
                elts = part.elts if isinstance(part, (ast.Tuple, ast.List, ast.Set)) else [part]
                out.update(
                    id(e)
                    for e in elts
                    if isinstance(e, ast.Constant)
                    and not (
                        id(node) in asserted
                        and part is node.left
                        and isinstance(e.value, str)
                        and versioned_api_name(e.value) is not None
                        # (not `assert "gpt-4" in model`: a test of a model's name)
                        and not any(_names_a_model(c) for c in node.comparators)
                    )
                )
    for seq in a.of(ast.List, ast.Tuple, ast.Set):
        if not isinstance(seq, (ast.List, ast.Tuple, ast.Set)):
            continue
        strings = [
            e
            for e in seq.elts[:_MAX_ELEMENTS]
            if isinstance(e, ast.Constant) and isinstance(e.value, str)
        ]
        if any(" " in str(e.value) for e in strings) and not _name_and_label(strings):
            out.update(id(e) for e in strings)  # a list of words, not of names
    # an assigned value answers to its name (`ENCODING = "gpt-4"`, `image = "gpt-4o"`), a
    # table key to its table (`TIMEOUTS = {"gpt-4-0314": 1, ...}`): both decided elsewhere
    for asg in a.of(ast.Assign, ast.AnnAssign):
        if isinstance(asg, (ast.Assign, ast.AnnAssign)) and isinstance(asg.value, ast.Constant):
            out.add(id(asg.value))
    for d in a.of(ast.Dict):
        out.update(id(k) for k in d.keys if isinstance(k, ast.Constant))
    return out


_ASSERT_EQUAL = frozenset({"assertEqual", "assertEquals", "assert_equal"})


def _walk(a: _Analysis) -> None:
    constants: list[ast.Constant] = []
    dispatch = _dispatch_labels(a)
    substrings = _substring_tests(a)
    _members_of_tables(a)
    for node in a.nodes:
        if not isinstance(node, _WALK):
            continue
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _ASSERT_EQUAL
            and len(node.args) >= 2
        ):
            # unittest's `self.assertEqual(c.model, "llama3.2")`: a comparison, as `==` is
            node = ast.Compare(left=node.args[0], ops=[ast.Eq()], comparators=[node.args[1]])
        if isinstance(node, ast.Constant):
            if isinstance(node.value, str) and (
                "/" in node.value
                or (":" in node.value and provider_model(node.value))
                or (":" in node.value and is_ollama_tag(node.value))
                # a dated or versioned first-party API name says what it is wherever it is
                # (`(SIMILARITY_MODE, "text-embedding-ada-002"): ...`), not in a substring test
                or (
                    first_party_api_name(node.value)
                    and any(ch.isdigit() for ch in node.value)
                    and id(node) not in substrings
                )
            ):
                constants.append(node)
        elif isinstance(node, ast.Call):
            _call(a, node)
        elif isinstance(node, (ast.List, ast.Tuple, ast.Set)) and len(node.elts) >= 2:
            if not isinstance(node, ast.Set):
                _argv(a, node)
            _service_list(a, node.elts)
            _model_list(a, node.elts, substrings)
            pairs = [e for e in node.elts[:_MAX_ELEMENTS] if isinstance(e, ast.Tuple)]
            if (
                len(pairs) >= 3
                and len(pairs) == len(node.elts)
                and all(len(p.elts) == 2 for p in pairs)
            ):
                # `options=[("Stable Diffusion 2-1", "stabilityai/stable-diffusion-2-1"), ...]`:
                # a picker's (label, id) pairs, their ids read as a table's keys are
                _id_table(a, [p.elts[1] for p in pairs])
        elif isinstance(node, ast.Assign):
            for t in node.targets:
                name = _target_name(t)
                if name:
                    if isinstance(node.value, ast.Dict) and _alias_table(name, node.value):
                        # `MODEL_ALIASES = {"o1": "openai:o1-preview"}`: shortcuts, not models
                        a.skip.update(id(k) for k in node.value.keys if k is not None)
                    _assigned(a, node.value, _target_hint(a, t, name) or _api_literal(node, name))
                    _registry_keys(a, node.value, name)
                    if _MODELS_ALIAS.search(name) and isinstance(node.value, ast.Subscript):
                        _literal_models(a, node.value)
                    if "ollama" in name.lower() or (OLLAMA_FILE.get() and "model" in name.lower()):
                        # (`MODEL_DIMS = {"nomic-embed-text": 768, ...}` in an Ollama adapter)
                        _ollama_table(a, node.value)
        elif isinstance(node, ast.AnnAssign):
            name = _target_name(node.target)
            if name and node.value is not None:
                _assigned(a, node.value, name_hint(name) or _api_literal(node, name))
                _registry_keys(a, node.value, name)
            if name and isinstance(node.annotation, ast.Subscript):
                a.emit(node.annotation, name_hint(name))  # `model: Literal["a", "b"]`
        elif isinstance(node, ast.Dict):
            # (keys of rows led by Hub ids are the project's aliases for them: `{"glm-4.7":
            # ("unsloth/GLM-4.7-GGUF", 358.3)}`)
            keys = [
                k
                for k, v in zip(node.keys, node.values, strict=True)
                if k is not None
                and not (
                    isinstance(k, ast.Constant)
                    and isinstance(k.value, str)
                    and isinstance(v, (ast.Tuple, ast.List))
                    and _alias_of_hub_id(k.value, v)
                )
            ]
            _service_list(a, keys, table=True)
            _id_table(a, [k for k in node.keys if k is not None])
            _dataset_spec(a, node)
            _provider_tables(a, node)
            for k, v in zip(node.keys, node.values, strict=True):
                if isinstance(k, ast.Constant) and isinstance(k.value, str):
                    if isinstance(v, ast.Constant) and str(v.value).lower() == k.value.lower():
                        continue  # `{"mistral": "mistral"}`: a label mapped to itself
                    if isinstance(v, (ast.Tuple, ast.List)) and not _listing(k.value, v):
                        for e in v.elts:  # `{"mistral": ("pkg.mistral", "MistralChat", "mistral")}`
                            same = (
                                isinstance(e, ast.Constant)
                                and str(e.value).lower() == k.value.lower()
                            )
                            if not same:
                                a.emit(e, name_hint(k.value))
                        continue
                    if k.value.lower() in _HOSTED_PROVIDERS:
                        # `"groq": {"model": "llama-3.1-8b"}`, `"groq": ProviderConfig(model=
                        # "llama-3.1-8b")`: the provider's own name for its model
                        fields = (
                            zip(v.keys, v.values, strict=True)
                            if isinstance(v, ast.Dict)
                            else ((kw.arg, kw.value) for kw in v.keywords)
                            if isinstance(v, ast.Call)
                            else ()
                        )
                        for fk, fv in fields:
                            key = fk.value if isinstance(fk, ast.Constant) else fk
                            if key in ("model", "model_name", "model_id"):
                                for lit in a.values(fv):
                                    if "/" not in lit.value:
                                        _served(a, lit)
                    if isinstance(v, ast.Dict) and _has_model_key(v):
                        # `"ollama": {"model": "llama2", "completion_path": "api/generate"}`:
                        # a provider's settings name their model themselves (its own key
                        # gives it); the rest are settings, read by what they are called
                        continue
                    hint = name_hint(k.value)
                    if hint is not None and hint.ollama and isinstance(v, ast.Dict):
                        # `"ollama": {"type": "cli", "cli_args": [...], "cli_parser": "text"}`:
                        # settings, each read by what its own key calls it
                        for k2, v2 in zip(v.keys, v.values, strict=True):
                            if isinstance(k2, ast.Constant) and isinstance(k2.value, str):
                                h2 = child_hint(k2.value, k.value)
                                if h2 is not None and h2.kind is Kind.MODEL and not h2.weak:
                                    h2 = replace(h2, ollama=True)  # (`"models": [...]`: its)
                                a.emit(v2, h2)
                        continue
                    if hint is None and k.value.lower() == "repo":
                        # mlx_embedding_models' registry, `"bge-micro": {"repo":
                        # "TaylorAI/bge-micro-v2", "ndim": 384}`: model-like names only (as
                        # in YAML; a GitHub repository is often called `repo` too)
                        hint = REPO_NAME
                    a.emit(v, hint if not _listing(k.value, v) else WEAK)
        elif isinstance(node, (ast.For, ast.AsyncFor, ast.comprehension)):
            name = _target_name(node.target)
            if name:
                a.emit(node.iter, name_hint(name))
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            args = node.args
            positional = args.posonlyargs + args.args
            for p in (*positional, *args.kwonlyargs):
                if isinstance(p.annotation, ast.Subscript):
                    # `model_name_or_path: Literal["openai/clip-vit-base-patch16", ...] = ...`,
                    # inside a `Union[...]` or `Optional[...]` too
                    phint = name_hint(p.arg)
                    for sub in ast.walk(p.annotation):
                        if (
                            isinstance(sub, ast.Subscript)
                            and (a.dotted(sub.value) or "").rsplit(".", 1)[-1] == "Literal"
                        ):
                            a.emit(sub, phint)
            loads = node.name in ("from_pretrained", "load_model", "from_hub")
            for p, d in zip(
                positional[len(positional) - len(args.defaults) :], args.defaults, strict=True
            ):
                # `def from_pretrained(cls, path="minishlab/potion-base-32m")`: the default model
                generic = loads and p.arg in ("path", "name", "repo_id", "model_id", "ref")
                a.emit(d, MODEL_NAME if generic else name_hint(p.arg))
            for p, dk in zip(args.kwonlyargs, args.kw_defaults, strict=True):
                a.emit(dk, name_hint(p.arg))
            fh = (
                name_hint(node.name)
                if _VERBISH.fullmatch(node.name) or "model" in node.name
                else None
            )
            if fh is not None:
                for sub in _own_returns(node):
                    if fh.ollama and isinstance(sub.value, ast.Dict):
                        # `_translate_ollama_models_to_openai` returns `{"object": "list",
                        # "data": ...}`: a response, whose keys say what each value is
                        continue
                    a.emit(sub.value, fh)
        elif isinstance(node, ast.Compare):
            name = _target_name(node.left) or _getter_key(node.left) or _returned_name(node.left)
            ops = (ast.Eq, ast.In, ast.NotEq, ast.NotIn)
            if name and all(isinstance(op, ops) for op in node.ops):
                hint = _compared_hint(node.left, name)
                column = hint is not None and _column(node.left) and name_hint(name) is not None
                if column and hint is not None:
                    hint = replace(hint, modelish=True)  # `df.corpus == "wikiann"`: a column
                for comp in node.comparators:
                    if id(comp) in dispatch:
                        continue
                    if (
                        column
                        and isinstance(comp, ast.Constant)
                        and isinstance(comp.value, str)
                        and (
                            distinctive_api_name(comp.value)
                            or (
                                hint is not None
                                and hint.kind is Kind.MODEL
                                and ":" not in comp.value
                                and (
                                    classify_service(comp.value) is not None
                                    or is_legacy_model(comp.value)
                                    or distinctive_st_name(comp.value)
                                )
                            )
                        )
                    ):
                        # `assert embedder.model == "cohere.embed-english-v3"`: an object's
                        # model field, and a hosted API's own name (`client.model ==
                        # "deepseek-chat"`, `adapter.model_name == "gpt2"` too, where the
                        # field says model; `lens_embed.TEXT_MODEL == "all-MiniLM-L6-v2"`, a
                        # sentence-transformers short name, expanded)
                        st = distinctive_st_name(comp.value)
                        a.emit(comp, ST_LOADER if st else MODEL_NAME)
                        continue
                    if (
                        column
                        and hint is not None
                        and hint.kind is Kind.MODEL
                        and isinstance(comp, ast.Constant)
                        and isinstance(comp.value, str)
                        and versioned_library_name(comp.value)
                    ):
                        # `assert payload["model"] == "llama3.2"`: a request's model, an Ollama
                        # library name with its version
                        a.emit(comp, OLLAMA)
                        continue
                    if isinstance(comp, (ast.Constant, ast.Tuple, ast.List, ast.Set)):
                        a.emit(comp, hint)
                    if (
                        hint is None
                        and isinstance(comp, ast.Constant)
                        and isinstance(comp.value, str)
                        and all(isinstance(op, (ast.Eq, ast.NotEq)) for op in node.ops)
                        and first_party_api_name(comp.value)
                    ):
                        # `if self.name == "text-embedding-ada-002":` (a whole name, not a
                        # prefix test): the model the object is
                        a.emit(comp, MODEL_NAME)
    for cls in a.of(ast.ClassDef):
        # `class OllamaEmbeddingProvider: MODELS = {"nomic-embed-text": ..., "bge-m3": ...}`: a
        # table of models in a class named for Ollama
        if "ollama" in cls.name.lower():
            for stmt in cls.body:
                if (
                    isinstance(stmt, ast.Assign)
                    and isinstance(stmt.value, ast.Dict)
                    and any(_MODELS_ALIAS.search(_target_name(t) or "") for t in stmt.targets)
                ):
                    _ollama_table(a, stmt.value)
    for c in constants:
        if id(c) not in a.skip:
            a.emit(c, WEAK)


#: A line of a YAML config (mergekit, axolotl...) written inside a string: `  - model: org/x`.
_EMBEDDED_YAML = _lazyre.compile(
    # (also JSON's quoted keys: a test's `config_text = """{"dataset": "cais/mmlu"}"""`)
    r"^[ \t]*(?:-[ \t]+)?(?P<q>\"?)[\w.-]*(?:model|dataset|tokenizer)[\w.-]*(?P=q)[ \t]*:"
    r"[ \t]*[\w\"'$[{]",
    re.MULTILINE | re.IGNORECASE,
)


#: A `.env` line that sets a model-ish variable, in a template held in a string.
_EMBEDDED_ENV = _lazyre.compile(
    r"^(?P<k>[A-Z][A-Z0-9_]*(?:MODEL|DATASET)[A-Z0-9_]*)=(?P<v>[^\s\"'#=$]+)[ \t]*$", re.M
)


#: A section header of an INI config written in a string (spaCy's `[components.x.model]`).
_EMBEDDED_INI = _lazyre.compile(r"^[ \t]*\[[\w.]*(?:model|dataset|tokenizer)[\w.]*\][ \t]*$", re.M)


#: A command line in a string: `os.system("""accelerate launch train.py \\
#:   --pretrained_model_name_or_path="org/x" ...""")`.
_EMBEDDED_COMMAND = _lazyre.compile(
    r"(?:^|\s)--?[\w-]*(?:model|dataset|tokeni|pretrained|repo|ckpt|checkpoint|data_?name)"
    r"[\w-]*(?:[ \t]|=)"
    r"|(?:huggingface-cli|\bhf)[ \t]+download[ \t]|\bollama[ \t]+(?:pull|run)[ \t]"
    r"|\bvllm[ \t]+serve[ \t]"
    r"|\$env:\w*(?:model|dataset)\w*[ \t]*=",  # PowerShell's `$env:APP_MODEL='openai:gpt-5.1'`
    re.IGNORECASE,
)


def _embedded_configs(a: _Analysis) -> None:
    """Strings that hold a YAML config (a notebook writing `config.yaml` before running
    mergekit or axolotl) or a command line (`os.system("accelerate launch ... --model x")`):
    their values, with the YAML or shell scanner's context."""
    from license_gate.scan.config import ini_references, yaml_values  # (config imports shell)

    for node in a.of(ast.Constant):
        if not isinstance(node.value, str):
            continue
        value_text = node.value
        is_yaml = "\n" in value_text and _EMBEDDED_YAML.search(value_text) is not None
        is_cmd = _EMBEDDED_COMMAND.search(value_text) is not None
        # a spaCy / INI config (`[components.transformer.model]` / `name = "roberta-base"`)
        is_ini = "[" in value_text and _EMBEDDED_INI.search(value_text) is not None
        # a `.env` template the package writes out (`DOC_UPLOAD_LLM_MODEL=openai/gpt-4.1-mini`)
        is_env = "=" in value_text and _EMBEDDED_ENV.search(value_text) is not None
        if not (is_yaml or is_cmd or is_ini or is_env) or (id(node) in a.skip and not is_cmd):
            continue
        lit = a.literal(node)
        if lit is None:
            continue
        # (a template in triple quotes, not a test's `"K=azure/gpt-deploy\n"` pieces)
        is_env = is_env and _triple_quoted(a.text, lit.offset)
        verbatim = a.text.startswith(value_text, lit.offset)
        found: list[tuple[int, str, Value | None]] = []
        if is_yaml:
            found.extend(
                (off, raw, classify_value(raw, hint)) for off, raw, hint in yaml_values(value_text)
            )
        if is_cmd:
            found.extend(
                (f.offset, f.raw, f.value)
                for f in shell_found(value_text)
                if not _unknown_word(f.raw, f.value)
            )
        if is_env:
            for em in _EMBEDDED_ENV.finditer(value_text):
                env_hint = name_hint(em.group("k"))
                if env_hint is not None and not env_hint.weak:
                    found.append(
                        (em.start("v"), em.group("v"), classify_value(em.group("v"), env_hint))
                    )
        if is_ini:
            vindex = LineIndex(value_text)
            lines = value_text.split("\n")
            cut = min((len(x) - len(x.lstrip(" ")) for x in lines if x.strip()), default=0)
            dedented = "\n".join(x[cut:] for x in lines)  # a config indented in a test
            found.extend(
                (
                    vindex.starts[r.line - 1] + r.column - 1 + cut,
                    r.text,
                    Value(r.kind, r.identifier, r.revision),
                )
                for r in ini_references("embedded.cfg", dedented)
            )
        end = (
            a.offset(node.end_lineno, node.end_col_offset)
            if node.end_lineno is not None and node.end_col_offset is not None
            else len(a.text)
        )
        cursor = lit.offset
        for off, raw, value in sorted(found, key=lambda f: f[0]):
            if value is None:
                continue
            if verbatim:
                src = lit.offset + off
            else:  # escapes (`\` line continuations): find the text in the literal as written
                at = a.text.find(raw, cursor, end)
                if at == -1:
                    continue
                src, cursor = at, at + len(raw)
            if src not in a.found:
                a.found[src] = (1, _Lit(raw, src, raw), value)


_PASTED_COMMAND = _lazyre.compile(
    r"^(?:[^\n]{0,80}?[#$>][ \t]+)?(?P<cmd>(?:ollama|huggingface-cli|hf|vllm|llama-cli|"
    r"llama-server)[ \t]+[^\n]+)$",
    re.MULTILINE,
)


#: jupyter-ai's magics: `%%ai anthropic:claude-3-5-sonnet-latest`, `%ai chat ollama:llama3.2`.
_AI_MAGIC = _lazyre.compile(
    r"^[ \t]*%%?ai[ \t]+(?:(?:chat|generate|dealias|error)[ \t]+)?(?P<id>[\w.-]+:[^\s]+)", re.M
)


def ai_magic_references(path: str, text: str, index: LineIndex, detector: str) -> list[Reference]:
    """The model a jupyter-ai magic calls (`%%ai openai-chat:gpt-4o`): a hosted API's name or
    an Ollama tag, after the provider."""
    out: list[Reference] = []
    for m in _AI_MAGIC.finditer(text):
        raw = m.group("id")
        provider, _, name = raw.partition(":")
        svc = provider_model(raw) or (
            name if provider.lower() == "ollama" and name else classify_service(name)
        )
        if svc is not None:
            out.append(ref_at(path, index, m.start("id"), raw, Value(Kind.SERVICE, svc), detector))
    return out


def python_references(path: str, text: str, detector: str = "python") -> list[Reference]:
    """References in Python source `text` (AST, or the token scanner if it does not parse)."""
    index = LineIndex(text)
    out = url_references(path, text, index, detector)
    if "%ai" in text:
        out.extend(ai_magic_references(path, text, index, detector))
    tree, parsed, blanked = _parse(text)
    if tree is None:
        return out + _unparsed(path, text, index, detector, None)
    if blanked:
        # the lines blanked to parse the rest (Python 3.12's f-strings under 3.11, a pasted
        # prompt) are read by the token scanner
        out.extend(_unparsed(path, text, index, detector, blanked))
        text = parsed
    a = _Analysis(text, tree)
    try:
        if "patch" in text and "assert_" in text:
            _patched_loaders(a)
        _collect(a)
        _saved_to(a)
        _comfy_node_attributes(a)
        _label_enums(a)
        _substring_loops(a)
        _pattern_loops(a)
        _walk(a)
        _class_fields(a)
        _attribute_flows(a)
        _model_class_ids(a)
        _local_flows(a)
        _embedded_configs(a)
        _same_callee(a)
        _pretrained_maps(a)
        _shared_keys(a)
        _paired_revisions(a)
        _upload_kinds(a)
        _parameter_loaders(a)
        _dataset_entries(a)
        _framework_datasets(a)
        _provider_pairs(a)
    except RecursionError:
        for f in scan_tokens(text):
            out.append(ref_at(path, index, f.offset, f.raw, f.value, detector))
        return out
    for _, lit, value in a.found.values():
        out.append(ref_at(path, index, lit.offset, lit.raw, value, detector))
    for more in a.extra.values():
        for _, lit, value in more:
            out.append(ref_at(path, index, lit.offset, lit.raw, value, detector))
    out.extend(_repeated_ids(a, path, detector))
    out.extend(_colab_choices(path, text, index, detector))
    out.extend(_embedded_code(a, path, detector))
    out.extend(_prose_strings(a, path, detector))
    out.extend(_quoted_in_strings(a, path, detector))
    _calls_in_strings(a, path, detector, out)
    if "#" in text and detector != _COMMENTED:
        out.extend(_commented_calls(path, text, detector))
        out.extend(_alternatives(path, text, index, out, detector))
        out.extend(_examples_above(path, text, index, out, detector))
        out.extend(_labelled_comments(path, text, index, detector))
        if "# [" in text:
            out.extend(_printed_id_lists(path, text, index, detector))
        out.extend(commented_commands(path, text, index, detector))
        out.extend(_example_services(path, text, index, detector))
    return _without_restated(out)


#: A mock's assertions of the call it stood in for: `load.assert_called_once_with("org/x")`.
_MOCK_ASSERTS = frozenset({"assert_called_once_with", "assert_called_with", "assert_any_call"})


def _patch_target(node: ast.expr) -> str | None:
    """The function a `patch("datasets.load_dataset")` or `mocker.patch(...)` replaces."""
    if (
        isinstance(node, ast.Call)
        and isinstance(node.func, (ast.Name, ast.Attribute))
        and (node.func.id if isinstance(node.func, ast.Name) else node.func.attr) == "patch"
        and node.args
        and isinstance(node.args[0], ast.Constant)
        and isinstance(node.args[0].value, str)
    ):
        return node.args[0].value.rsplit(".", 1)[-1]
    return None


def _patched_loaders(a: _Analysis) -> None:
    """`with patch("datasets.load_dataset") as load:` / `load.assert_called_once_with("org/x",
    split="test")`: a test's assertion names what the loader it mocked was called with, read
    as that loader's call (a mock bound by `with`, by assignment or by a `@patch` decorator)."""
    mocks: dict[str, str] = {}
    for node in a.nodes:
        if isinstance(node, (ast.With, ast.AsyncWith)):
            for item in node.items:
                target = _patch_target(item.context_expr)
                if target and isinstance(item.optional_vars, ast.Name):
                    mocks[item.optional_vars.id] = target
        elif isinstance(node, ast.Assign) and len(node.targets) == 1:
            target = _patch_target(node.value)
            if target and isinstance(node.targets[0], ast.Name):
                mocks[node.targets[0].id] = target
        elif isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef)):
            params = [p.arg for p in node.args.posonlyargs + node.args.args]
            params = params[1:] if params[:1] in (["self"], ["cls"]) else params
            targets = [_patch_target(d) for d in reversed(node.decorator_list)]
            found = [t for t in targets if t is not None]
            mocks.update(zip(params, found, strict=False))
    if not mocks:
        return
    for node in a.nodes:
        if (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute)
            and node.func.attr in _MOCK_ASSERTS
            and isinstance(node.func.value, ast.Name)
            and node.func.value.id in mocks
        ):
            loader = ast.Name(id=mocks[node.func.value.id], ctx=ast.Load())
            node.func = ast.copy_location(loader, node.func)


#: An f-string that puts a file name after a constant: `f'{HUGGINGFACE_CKPT_URL}/yolox_s.pth'`.
_LEADING_FIELD = _lazyre.compile(
    r"[fF][rR]?(['\"]{1,3})\{[A-Za-z_][\w.]*\}/[\w./-]*\."
    r"(?:pth|pt|bin|safetensors|json|gguf|onnx|ckpt|txt|model|ya?ml|npz|h5|msgpack)\1$"
)


def _without_restated(refs: list[Reference]) -> list[Reference]:
    """`URL = "https://huggingface.co/org/x/resolve/main"` then `f"{URL}/model_s.pth"` for each
    file: the constant is the reference (its line is the one the contract names); the
    f-strings that extend it with a file name restate it."""
    plain = {
        (r.kind, r.identifier, r.revision)
        for r in refs
        if not r.text[:2].lower().startswith(("f'", 'f"'))
    }
    return [
        r
        for r in refs
        if not (
            _LEADING_FIELD.match(r.text) is not None and (r.kind, r.identifier, r.revision) in plain
        )
    ]


def _unparsed(
    path: str, text: str, index: LineIndex, detector: str, lines: set[int] | None
) -> list[Reference]:
    """What the token scanner finds in Python that does not parse (on `lines`, or anywhere),
    and the commands of a pasted terminal session (`root@host:~# ollama run qwen3:8b`, which is
    why many don't)."""
    out = [
        ref_at(path, index, f.offset, f.raw, f.value, detector)
        for f in scan_tokens(text)
        if lines is None or index.pos(f.offset)[0] in lines
    ]
    for m in _PASTED_COMMAND.finditer(text):
        if lines is None or index.pos(m.start("cmd"))[0] in lines:
            out.extend(
                ref_at(path, index, m.start("cmd") + sf.offset, sf.raw, sf.value, detector)
                for sf in shell_found(m.group("cmd"))
            )
    return out


#: A comment that is a label and a hosted API's name: `# Fast: claude-haiku-4-5`.
_LABELLED_COMMENT = _lazyre.compile(
    r"^[ \t]*#[ \t]*[A-Za-z][\w ()/-]{0,30}:[ \t]*`?(?P<v>[a-z][\w.:-]*[a-z0-9])`?[ \t]*$",
    re.M,
)


#: A comment that shows a printed list of ids: `# ['org/a', 'org/b']`.
_PRINTED_LIST = _lazyre.compile(
    r"^[ \t]*#[ \t]*\[(?P<body>[ \t]*[\"'][\w.-]+/[\w.-]+[\"'](?:[ \t]*,[ \t]*[\"'][\w.-]+/"
    r"[\w.-]+[\"']){1,30}[ \t]*,?)[ \t]*\][ \t]*$",
    re.M,
)
_QUOTED_ID = _lazyre.compile(r"[\"'](?P<id>[\w.-]+/[\w.-]+)[\"']")


def _printed_id_lists(path: str, text: str, index: LineIndex, detector: str) -> list[Reference]:
    """`print(Embedder.list_supported_models())` / `# ['sentence-transformers/all-MiniLM-L6-v2',
    'BAAI/bge-small-en-v1.5']`: the list a call that says model prints, shown in the comment
    below it, every item a Hub id."""
    out: list[Reference] = []
    for m in _PRINTED_LIST.finditer(text):
        ls = m.start()
        prev_end = ls - 1
        prev = text[text.rfind("\n", 0, max(prev_end, 0)) + 1 : max(prev_end, 0)]
        if "model" not in prev.lower() or prev.lstrip().startswith("#"):
            continue
        found: list[Reference] = []
        for q in _QUOTED_ID.finditer(m.group("body")):
            value = classify_value(q.group("id"), MODEL_NAME)
            if value is None or value.kind is not Kind.MODEL:
                found = []
                break
            found.append(
                ref_at(path, index, m.start("body") + q.start("id"), q.group("id"), value, detector)
            )
        out.extend(found)
    return out


def _labelled_comments(path: str, text: str, index: LineIndex, detector: str) -> list[Reference]:
    """`# Fast: claude-haiku-4-5` / `# Reasoning: o3` under a provider's client: the models a
    comment names for each use (a distinctive hosted-API name, or any under a line that has
    one)."""
    out: list[Reference] = []
    found = [
        (index.pos(m.start())[0], m, svc)
        for m in _LABELLED_COMMENT.finditer(text)
        if m.group("v").count(":") <= 1  # (`# ft:gpt-3.5-turbo:org:suffix:id`: a form)
        and (svc := classify_service(m.group("v"))) is not None
    ]
    lines = {line for line, m, _ in found if distinctive_api_name(m.group("v"))}
    for line, m, svc in found:
        if line in lines or line - 1 in lines or line + 1 in lines:
            out.append(
                ref_at(path, index, m.start("v"), m.group("v"), Value(Kind.SERVICE, svc), detector)
            )
    return out


_PARSE_ERRORS = (SyntaxError, ValueError, RecursionError, MemoryError, OverflowError)
#: How many lines may be blanked to parse the rest of a module, and up to what size.
_MAX_BLANKED, _REPAIR_LIMIT = 24, 400_000


def _parse(text: str) -> tuple[ast.Module | None, str, set[int]]:
    """The module's tree, the text it was parsed from, and the lines blanked to parse it: a
    line Python cannot read (an f-string written for Python 3.12 read by 3.11, a shell prompt
    pasted into a script) is blanked, offsets kept, and the rest parsed again, a few times."""
    blanked: set[int] = set()
    current = text
    padded = False
    for _ in range(_MAX_BLANKED + 2):
        try:
            with warnings.catch_warnings():
                warnings.simplefilter("ignore")
                return ast.parse(current), current, blanked
        except SyntaxError as e:
            line = e.lineno
            lines = current.split("\n")
            if isinstance(e, IndentationError) and blanked and not padded:
                # a block left empty by the blanking: its first blanked line says `pass`
                first = min(blanked)
                original = text.split("\n")[first - 1]
                indent = original[: len(original) - len(original.lstrip())]
                if len(original) < len(indent) + 4:
                    return None, text, set()
                lines[first - 1] = (indent + "pass").ljust(len(original))
                padded = True
                current = "\n".join(lines)
                continue
            if (
                line is None
                or line in blanked
                or len(blanked) >= _MAX_BLANKED
                or len(text) > _REPAIR_LIMIT
                or isinstance(e, IndentationError)
            ):
                return None, text, set()
            if not 1 <= line <= len(lines) or not lines[line - 1].strip():
                return None, text, set()
            lines[line - 1] = " " * len(lines[line - 1])
            blanked.add(line)
            current = "\n".join(lines)
        except _PARSE_ERRORS:
            return None, text, set()
    return None, text, set()


#: A quoted id in the comment after a choice: `model_name = "org/a", # or choose "org/b"`.
_ALTERNATIVE = _lazyre.compile(r"#[^\n]*?[\"'`](?P<id>[\w.-]+/[\w.-]+)[\"'`]")


def _comments(text: str, lines: set[int]) -> dict[int, tuple[int, str]]:
    """The comment on each of `lines`: (its 0-based column, its text), by Python's tokenizer."""
    out: dict[int, tuple[int, str]] = {}
    try:
        for tok in tokenize.generate_tokens(io.StringIO(text).readline):
            if tok.type == tokenize.COMMENT and tok.start[0] in lines:
                out[tok.start[0]] = (tok.start[1], tok.string)
    except (tokenize.TokenError, SyntaxError, IndentationError):
        pass
    return out


_EXAMPLE_COMMENT = _lazyre.compile(
    r"^[ \t]*(?P<name>[A-Za-z_]\w*)[ \t]*(?::[^=\n#]*)?=[^#\n]*#[^\n]*\be\.g\.", re.M
)


def _alternatives(
    path: str, text: str, index: LineIndex, found: list[Reference], detector: str
) -> list[Reference]:
    """The ids a comment offers beside the one its line chooses, read as the same kind."""
    out: list[Reference] = []
    kinds = {r.line: r.kind for r in found if r.kind in (Kind.MODEL, Kind.DATASET)}
    services = {r.line for r in found if r.kind is Kind.SERVICE} - set(kinds)
    on_line = {(r.line, r.identifier.lower()) for r in found}
    for m in _EXAMPLE_COMMENT.finditer(text):
        # `HF_MODEL_ID: Optional[str] = None   # e.g. "meta-llama/Llama-2-7b-chat-hf"`
        hint = name_hint(m.group("name"))
        if hint is not None and not hint.weak and hint.kind in (Kind.MODEL, Kind.DATASET):
            kinds.setdefault(index.pos(m.start("name"))[0], hint.kind)
    candidates = {
        line: kind
        for line, kind in kinds.items()
        if "#" in (body := index.line_text(line)) and "@param" not in body
    }  # (a Colab form's choices have their own rule)
    offered = {line for line in services if "#" in index.line_text(line)}
    comments = _comments(text, set(candidates) | offered) if candidates or offered else {}
    for line in offered:
        # `OPENAI_MODEL_NAME = os.getenv("OPENAI_MODEL_NAME", "gpt-4o-mini")  # or "gpt-4o",
        # "gpt-4-turbo"`: the hosted names a comment offers beside the one its line chooses
        if line not in comments or _OFFERS.match(comments[line][1]) is None:
            continue
        col, body = comments[line]
        ls = index.starts[line - 1] + col
        for m in _OFFERED_QUOTED.finditer(body):
            value = classify_value(m.group("id"), MODEL_NAME)
            if (
                value is not None
                and value.kind is Kind.SERVICE
                and (line, value.identifier.lower()) not in on_line
            ):
                out.append(ref_at(path, index, ls + m.start("id"), m.group("id"), value, detector))
    for line, kind in candidates.items():
        if line not in comments:
            continue  # a `#` inside a string (`"...\n## Install..."`), not a comment
        col, body = comments[line]
        ls = index.starts[line - 1] + col
        for m in _ALTERNATIVE.finditer(body):
            value = classify_value(
                m.group("id"), MODEL_NAME if kind is Kind.MODEL else DATASET_NAME
            )
            if (
                value is not None
                and value.kind is kind
                and (line, value.identifier.lower()) not in on_line
            ):
                out.append(ref_at(path, index, ls + m.start("id"), m.group("id"), value, detector))
    return out


#: A setting whose comment offers examples: `"model": "your-model",  # e.g., "llama2", ...`.
_EXAMPLE_SETTING = _lazyre.compile(
    r"^[ \t]*(?:(?P<name>[A-Za-z_]\w*)|[\"'](?P<key>[\w.-]+)[\"'])[ \t]*(?::[^=\n#]*)?[=:]"
    r"[^#\n]*(?P<c>#[^\n]*\be\.g\.[^\n]*)$",
    re.M,
)


def _example_services(path: str, text: str, index: LineIndex, detector: str) -> Iterator[Reference]:
    """Hosted or Ollama names a setting's comment gives as examples of its value (the Hub
    ids among them are `_alternatives`')."""
    if "e.g." not in text:
        return
    for m in _EXAMPLE_SETTING.finditer(text):
        hint = name_hint(m.group("name") or m.group("key"))
        if hint is None or hint.weak or hint.kind is not Kind.MODEL:
            continue
        for q in _OFFERED_QUOTED.finditer(m.group("c")):
            raw = q.group("id")
            value = classify_value(raw, MODEL_NAME) if "/" not in raw else None
            if value is not None and value.kind is Kind.SERVICE:
                yield ref_at(path, index, m.start("c") + q.start("id"), raw, value, detector)


#: A comment that offers other values: `# Examples: "groq/x", "gpt-4"`, `# Or org/y for ...`.
_OFFERS = _lazyre.compile(r"^#+[ \t]*(?:e\.g\.|examples?\b|or\b|alternatively\b|options?\b)", re.I)
_OFFERED_QUOTED = _lazyre.compile(r"[\"'`](?P<id>[\w.:/@-]{2,150})[\"'`]")
_OFFERED_BARE = _lazyre.compile(
    r"(?<![\w./:@-])(?P<id>[A-Za-z0-9][\w.-]*/[\w.-]*[A-Za-z0-9])(?![\w/@-])"
)


def _examples_above(
    path: str, text: str, index: LineIndex, found: list[Reference], detector: str
) -> list[Reference]:
    """`# Examples: "groq/llama-3.1-70b-versatile", "gpt-4"` or `# Or Qwen/Qwen2.5-7B for an
    ungated model` in the comment block right above a setting that names a model: the values
    the file offers in its place, read as that setting's kind."""
    out: list[Reference] = []
    kinds: dict[int, Kind] = {}
    for r in found:
        kinds.setdefault(r.line, r.kind)
    seen = {(r.line, r.identifier.lower()) for r in found}
    for line, kind in kinds.items():
        for above in range(line - 1, max(0, line - 4), -1):
            raw = index.line_text(above)
            body = raw.strip()
            if not body.startswith("#"):
                break
            if _OFFERS.match(body) is None:
                continue
            ls = index.starts[above - 1] + raw.index("#")
            # (a dataset's comment names its configs and subsets too: `"sample/100BT"`)
            hint = WEAK if kind is Kind.DATASET else MODEL_NAME
            for rx in (_OFFERED_QUOTED, _OFFERED_BARE):
                for m in rx.finditer(body):
                    value = classify_value(m.group("id"), hint if rx is _OFFERED_QUOTED else WEAK)
                    if (
                        value is None
                        or (above, value.identifier.lower()) in seen
                        or (value.kind is Kind.DATASET) != (kind is Kind.DATASET)
                    ):
                        continue
                    seen.add((above, value.identifier.lower()))
                    out.append(
                        ref_at(path, index, ls + m.start("id"), m.group("id"), value, detector)
                    )
    return out


_COMMENTED = "python-commented"
#: A loader call commented out (`#model = AutoModel.from_pretrained("org/x")  # 27B`): an
#: alternative the file offers its reader.
_COMMENTED_CALL = _lazyre.compile(
    r"^(?P<lead>[ \t]*#[ \t]?)(?P<code>(?:[\w.]+[ \t]*=[ \t]*)?[\w.]+\((?=[^\n#]*[\"'])[^\n#]*\))"
    r"[ \t]*(?:#[^\n]*)?$",
    re.M,
)


def _commented_calls(path: str, text: str, detector: str) -> list[Reference]:
    """The calls of commented-out lines, read as code in their place (each `#` blanked)."""
    lines: dict[int, str] = {}
    for m in _COMMENTED_CALL.finditer(text):
        line = text.count("\n", 0, m.start())
        lines[line] = " " * len(m.group("lead")) + m.group("code")
    if not lines:
        return []
    body = "\n".join(lines.get(i, "") for i in range(max(lines) + 1))
    refs = python_references(path, body, _COMMENTED)
    return [replace(r, detector=detector) for r in refs]


def _prose_strings(a: _Analysis, path: str, detector: str) -> list[Reference]:
    """Hosted-API names in the prose of a string (a prompt, a field's description, a docstring:
    `"simpler tasks may work well with cheaper models (gpt-4o-mini, gpt-5-nano)"`), on a line
    of it that says model, as the API spells them (lower case)."""
    from license_gate.scan.text import (  # (a cycle)
        heading_model_lists,
        prose_api_names,
        prose_hub_ids,
        prose_ollama_names,
    )

    # a form field's placeholder takes its label's words: `gr.Textbox(label="Custom LoRA (path
    # or HF repo)", placeholder="e.g., org/x, org/y")`
    labelled: dict[int, str] = {}
    for call in a.of(ast.Call):
        kws = {kw.arg: kw.value for kw in call.keywords if kw.arg is not None}
        label, hint = kws.get("label"), kws.get("placeholder")
        if (
            isinstance(label, ast.Constant)
            and isinstance(label.value, str)
            and isinstance(hint, ast.Constant)
        ):
            labelled[id(hint)] = label.value
    raised = {id(sub) for r in a.of(ast.Raise) for sub in ast.walk(r)}
    out: list[Reference] = []
    for node in a.of(ast.Constant):
        if not (isinstance(node.value, str) and " " in node.value and len(node.value) < 100_000):
            continue
        low = node.value.lower()
        listed = "models" in low and ":\n" in low and id(node) in a.skip
        # (a printed instruction still offers its examples: `print("... (e.g. org/x)")`)
        ids = "/" in node.value and (id(node) not in a.printed or "e.g." in node.value)
        names = ("model" in low or "text-embedding-" in low) and any(
            p in low for p in _API_PROSE_STEMS
        )
        ollama = "ollama" in low and "model" in low
        span = a.span(node) if ids or names or listed or ollama else None
        if span is None:
            continue
        if listed and id(node) not in a.printed:
            # `Popular models:` / `    llama-3.1-8b-instant (fastest)` in a docstring
            out.extend(heading_model_lists(path, a.text, a.index, *span, detector))
        if ids:
            context = labelled.get(id(node), "")
            offers = id(node) not in a.printed and id(node) not in raised
            out.extend(prose_hub_ids(path, a.text, a.index, *span, detector, context, offers))
        if names:
            out.extend(prose_api_names(path, a.text, a.index, *span, detector))
        if ollama:
            out.extend(prose_ollama_names(path, a.text, a.index, *span, detector))
    return out


#: A name quoted inside a string: code or JSON the file prints, sends or asserts
#: (`print("    OpenAIBackend('gpt-4o'),")`, `'{"model": "gpt-5"}'`).
_NESTED_QUOTED = _lazyre.compile(r"(?<![\w.-])(\\?['\"])(?P<v>[\w][\w.:/@-]{1,150}[\w])\1")


def _repeated_ids(a: _Analysis, path: str, detector: str) -> list[Reference]:
    """A Hub id the file uses, written again as a string of its own (`tqdm(ds,
    desc="org/x")`, `sources.append("org/x")` after `load_dataset("org/x")`): the same
    reference, wherever the copy goes."""
    known = {
        lit.raw: value
        for _, lit, value in a.found.values()
        if value.kind in (Kind.MODEL, Kind.DATASET)
        and (
            (lit.raw == value.identifier and lit.raw.count("/") == 1)
            # a sentence-transformers short name, as distinctive (`all-MiniLM-L6-v2`)
            or ("/" not in lit.raw and distinctive_st_name(lit.raw))
        )
    }
    if not known:
        return []
    # (`f"org/x{suffix}"`; a dict's entries have their keys' rules: `"modelscope": "org/x"`)
    parts = {id(v) for j in a.of(ast.JoinedStr) for v in j.values}
    parts |= {id(v) for d in a.of(ast.Dict) for v in (*d.keys, *d.values) if v is not None}
    out: list[Reference] = []
    for node in a.of(ast.Constant):
        if not (isinstance(node.value, str) and node.value in known) or id(node) in a.skip:
            continue
        if id(node) in parts:
            continue
        lit = a.literal(node)
        if lit is None or lit.offset in a.found or lit.offset in a.outputs:
            continue
        out.append(ref_at(path, a.index, lit.offset, node.value, known[node.value], detector))
    for node in a.of(ast.Constant):
        # a docstring that names what its code loads: `"""Loads the org/x model ..."""`
        v = node.value
        if not isinstance(v, str) or id(node) not in a.skip or id(node) in a.printed:
            continue
        named = [k for k in known if k in v]
        span = a.span(node) if named else None
        if span is None:
            continue
        for k in named:
            for m in re.finditer(r"(?<![\w./-])" + re.escape(k) + r"(?![\w/-]|\.\w)", a.text):
                if not span[0] <= m.start() < span[1]:
                    continue
                ls = a.text.rfind("\n", 0, m.start()) + 1
                le = a.text.find("\n", m.end())
                line = a.text[ls : le if le != -1 else len(a.text)]
                if _DOC_SAYS.search(line.replace(k, " ")) is not None:
                    out.append(ref_at(path, a.index, m.start(), k, known[k], detector))
    return out


#: A docstring's line that says what an id is: `Loads the org/x model`, `the HuggingFace org/x`.
_DOC_SAYS = _lazyre.compile(
    r"model|checkpoint|weights|transformer|hugging ?face|tokenizer|dataset|corpus|\bload(?:s|ed)?\b"
    r"|\bdefaults?[ \t]+(?:to|is)\b",  # `If None, defaults to "org/x".`
    re.I,
)


def _quoted_in_strings(a: _Analysis, path: str, detector: str) -> list[Reference]:
    """Distinctive hosted-API names quoted inside a string (code or a request body held in a
    string), where nothing names the string's own role."""
    out: list[Reference] = []
    for node in a.of(ast.Constant):
        v = node.value
        if isinstance(v, bytes):
            # a streamed response a test replays: `b'data: {"message":{"model":"claude-x"}}'`
            v = v.decode("latin-1")
        if not (isinstance(v, str) and ("'" in v or '"' in v) and len(v) < 100_000):
            continue
        span = a.span(node) if any(p in v for p in _API_PROSE_STEMS) else None
        if span is None:
            continue
        for m in _NESTED_QUOTED.finditer(a.text, span[0], span[1] - 1):
            raw = m.group("v")
            if distinctive_api_name(raw):
                value = classify_value(raw, MODEL_NAME)
                if value is not None:
                    out.append(ref_at(path, a.index, m.start("v"), raw, value, detector))
    return out


#: A keyword argument inside code held in a string: `'Forecaster(model_path="org/x", '`.
_STRING_KWARG = _lazyre.compile(
    r"(?<![\w.])(?P<k>[A-Za-z_]\w{0,40})[ \t]*=[ \t]*(?P<q>\\?[\"'])"
    r"(?P<v>[\w][\w.:/@-]{0,150}[\w])(?P=q)"
)
_STRING_CALL = _lazyre.compile(r"[A-Za-z_]\w*\([^()]*\w[ \t]*=[ \t]*[\"']")


def _calls_in_strings(a: _Analysis, path: str, detector: str, out: list[Reference]) -> None:
    """A call written as code in a string (sktime's registry of estimator specs,
    `'KronosForecaster(model_path="NeoQuasar/Kronos-small", revision="r1")'`, evaluated
    later): its keyword arguments read as a call's, the revision it passes kept (also on a
    reference another rule found there)."""
    at = {(r.line, r.column): i for i, r in enumerate(out)}
    for node in a.of(ast.Constant):
        v = node.value
        if not (isinstance(v, str) and "=" in v and "(" in v and len(v) < 20_000):
            continue
        if id(node) in a.skip or id(node) in a.printed:
            continue  # (a docstring's doctest output, a message)
        if _STRING_CALL.search(v) is None:
            continue
        span = a.span(node)
        if span is None:
            continue
        found: list[Reference] = []
        revision: set[str] = set()
        for m in _STRING_KWARG.finditer(a.text, span[0], span[1]):
            k = m.group("k")
            if k == "revision":
                revision.add(m.group("v"))
                continue
            hint = name_hint(k)
            if hint is None or hint.weak or hint.kind is Kind.SERVICE:
                continue
            value = classify_value(m.group("v"), hint)
            if value is None:
                continue
            found.append(ref_at(path, a.index, m.start("v"), m.group("v"), value, detector))
        for r in found:
            if len(revision) == 1 and r.kind is not Kind.SERVICE and r.revision is None:
                r = replace(r, revision=next(iter(revision)))
            i = at.get((r.line, r.column))
            if i is None:
                at[(r.line, r.column)] = len(out)
                out.append(r)
            elif out[i].revision is None and out[i].identifier == r.identifier:
                out[i] = replace(out[i], revision=r.revision)


_API_PROSE_STEMS = ("gpt-", "claude-", "gemini-", "o1-", "o3-", "o4-", "grok-", "text-embedding")


def _embedded_code(a: _Analysis, path: str, detector: str) -> list[Reference]:
    """Code inside a multi-line string: a docstring's usage fence (```bash python train.py
    --model_name_or_path org/x```) or its doctest (`>>> AutoModel.from_pretrained("x")`)."""
    from license_gate.scan.text import embedded_code_references, may_hold_code  # (a cycle)

    out: list[Reference] = []
    for node in a.of(ast.Constant):
        if not (
            isinstance(node.value, str)
            and node.end_lineno is not None
            and node.end_col_offset is not None
            and node.end_lineno > node.lineno
            and may_hold_code(node.value)
        ):
            continue
        span = a.span(node)
        if span is None:
            continue
        start, end = span
        segment = a.text[start:end]
        if not _triple_quoted(a.text, start):
            segment = _unquoted_pieces(segment)  # (a concatenation, one piece a line)
        out.extend(embedded_code_references(path, a.index, start, segment, detector))
    return out


def _triple_quoted(text: str, start: int) -> bool:
    """Whether the string whose text starts at `start` (inside its quotes) opens with three."""
    return text[max(start - 3, 0) : start] in ('"""', "'''")


#: One piece of an implicitly concatenated string on its own line: `"| x | Model |\n"`.
_PIECE = _lazyre.compile(
    r"^(?P<lead>[ \t]*[rRuUfF]{0,2}[\"'])(?P<body>[^\n]*?)(?P<tail>(?:\\n)?[\"'][ \t]*)$", re.M
)


def _unquoted_pieces(segment: str) -> str:
    """A prompt built of one string a line (`"| Name | Model |\\n"` / `"| **Forge** | qwen3.7-plus
    |\\n"`) as the text it makes: each piece's quotes and trailing `\\n` blanked to spaces, so a
    table or a list in it reads as one, every offset still the source's."""
    return _PIECE.sub(lambda m: " " * len(m["lead"]) + m["body"] + " " * len(m["tail"]), segment)


#: A Colab form field with a dropdown: `model_name = "org/a"  #@param ["org/a", "org/b"]`.
_COLAB_PARAM = _lazyre.compile(
    r"^[ \t]*(?P<name>[A-Za-z_]\w*)[ \t]*(?::[^=\n]+)?=[ \t]*(?P<value>[^#\n]*?)[ \t]*"
    r"#[ \t]*@param[ \t]*\[(?P<choices>[^\]\n]{1,2000})\]",
    re.MULTILINE,
)
_QUOTED = _lazyre.compile(r"(['\"])([^'\"\n]{1,300})\1")


def _colab_choices(path: str, text: str, index: LineIndex, detector: str) -> list[Reference]:
    """The other choices of a Colab dropdown whose field says model or dataset: the notebook
    offers each of them to whoever runs it (the chosen value is reported as an assignment)."""
    out: list[Reference] = []
    if "@param" not in text:
        return out
    for m in _COLAB_PARAM.finditer(text):
        hint = name_hint(m.group("name"))
        if hint is None:
            continue
        chosen = m.group("value").strip().strip("'\"")
        for q in _QUOTED.finditer(m.group("choices")):
            item = q.group(2)
            if item == chosen:
                continue
            value = classify_value(item, hint)
            if value is not None:
                offset = m.start("choices") + q.start(2)
                out.append(ref_at(path, index, offset, item, value, detector))
    return out


class PythonDetector:
    """`.py`, `.pyi` and Python scripts."""

    id = "python"

    def applies_to(self, path: str) -> bool:
        return path.endswith((".py", ".pyi", ".pyw"))

    def detect(self, path: str, text: str) -> Iterator[Reference]:
        yield from python_references(path, text, self.id)
