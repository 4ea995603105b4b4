"""JavaScript and TypeScript: transformers.js `pipeline("task", "Xenova/...")`,
`from_pretrained("...")`, `model: "..."` options of API clients, constants passed to loaders,
through the token-level scanner."""

from __future__ import annotations

import re
from collections.abc import Iterator

from license_gate import _lazyre
from license_gate.ids import is_ollama_family
from license_gate.models import Kind, Reference
from license_gate.scan._common import (
    MODEL_NAME,
    LineIndex,
    Value,
    classify_value,
    ref_at,
    sized_ollama_tag,
    url_references,
)
from license_gate.scan._tokens import scan_tokens
from license_gate.scan.shell import comment_api_references
from license_gate.scan.text import prose_api_names

__all__ = ["JsDetector"]

_EXT = (".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".mts", ".cts")


class JsDetector:
    """`.js`, `.ts` and friends."""

    id = "js"

    def applies_to(self, path: str) -> bool:
        return path.endswith(_EXT) and not path.endswith(".min.js")

    def detect(self, path: str, text: str) -> Iterator[Reference]:
        index = LineIndex(text)
        yield from url_references(path, text, index, self.id)
        for f in scan_tokens(text):
            yield ref_at(path, index, f.offset, f.raw, f.value, self.id)
        if "//" in text:
            yield from comment_api_references(path, text, index, self.id, "//")
        if "e.g." in text:
            yield from _offered_ollama(path, text, index, self.id)
        if "create" in text:
            yield from _provider_instances(path, text, index, self.id)
        if "provider" in text and "name" in text:
            yield from _provider_entries(path, text, index, self.id)
        if path.lower().endswith((".jsx", ".tsx")) and "</" in text:
            # a component's text: `<p>Enter model IDs like gpt-4o, claude-3-opus</p>`
            for m in _JSX_TEXT.finditer(text):
                yield from prose_api_names(path, text, index, m.start(), m.end(), self.id)


#: Examples a help text or a comment offers: `helperText="e.g., llama2:7b, codellama:13b"`,
#: `// The model to use, e.g., "gpt-4", "gpt-3.5-turbo", or "ollama/llama2"`.
_OFFERED = _lazyre.compile(r"\be\.g\.,?[ \t]*(?P<items>[^\n)]{1,300})")
_OFFERED_ITEM = _lazyre.compile(
    r"(?<![\w./:-])[\"'`]?(?P<id>(?:ollama/)?[a-z][\w.-]*(?::[\w.-]+)?)[\"'`]?(?![\w/])"
)


def _offered_ollama(path: str, text: str, index: LineIndex, detector: str) -> Iterator[Reference]:
    """Ollama's names among the examples offered: a sized tag (`llama2:7b`) or a name after
    litellm's `ollama/` prefix; the hosted APIs' own names are found as strings already."""
    for m in _OFFERED.finditer(text):
        for it in _OFFERED_ITEM.finditer(m.group("items")):
            raw = it.group("id")
            name = raw.removeprefix("ollama/")
            base = name.partition(":")[0]
            if not is_ollama_family(base):
                continue
            if raw.startswith("ollama/") or (":" in name and sized_ollama_tag(name)):
                at = m.start("items") + it.start("id") + (len(raw) - len(name))
                yield ref_at(path, index, at, name, Value(Kind.SERVICE, name), detector)


#: JSX text between a tag's end and the next tag (no expressions), where prose is written.
_JSX_TEXT = _lazyre.compile(r"(?<=>)[^<>{}]*[A-Za-z][^<>{}]*(?=</)")

#: The AI SDK's provider factories: `const lmstudio = createOpenAICompatible({...})`.
_FACTORY = _lazyre.compile(
    r"\b(?:const|let|var)[ \t]+(?P<name>[A-Za-z_$][\w$]*)[ \t]*=[ \t]*(?:await[ \t]+)?"
    r"create(?:OpenAICompatible|OpenAI|Anthropic|Ollama|Groq|Mistral|GoogleGenerativeAI|Google|"
    r"VertexAnthropic|Vertex|DeepSeek|XAI|OpenRouter|TogetherAI|Fireworks|Cerebras|Azure|"
    r"AmazonBedrock|Cohere|Perplexity|DeepInfra|LMStudio|HuggingFace|Workersai|WorkersAI)"
    r"[ \t]*\("
)
#: A model made by such an instance (after its name): `lmstudio("qwen2.5-7b-instruct-mlx")`,
#: `provider.textEmbeddingModel("text-embedding-nomic-embed-text-v1.5")`.
_INSTANCE_CALL = (
    r"(?:\.(?:chat|chatModel|languageModel|textEmbeddingModel|embedding|"
    r"textEmbedding|completion|responses|imageModel|image))?[ \t]*\([ \t\n]*"
    r"(?P<q>[\"'`])(?P<v>[^\"'`\n$]{2,200})(?P=q)"
)


def _provider_instances(
    path: str, text: str, index: LineIndex, detector: str
) -> Iterator[Reference]:
    """The models a project's own AI SDK provider instance is asked for: each is what that
    provider serves (a Hub id when it is one, else the provider's own name)."""
    names = {m.group("name") for m in _FACTORY.finditer(text)}
    for name in sorted(names):
        for m in re.finditer(r"(?<![\w$.])" + re.escape(name) + _INSTANCE_CALL, text):
            v = m.group("v")
            value = classify_value(v, MODEL_NAME)
            if value is None and _SERVED_NAME.fullmatch(v) is not None:
                value = Value(Kind.SERVICE, v)  # an OpenAI-compatible server's own name
            if value is not None:
                yield ref_at(path, index, m.start("v"), v, value, detector)


#: A name a local or hosted server gives a model: a word with a digit or a hyphen.
_SERVED_NAME = _lazyre.compile(r"(?=[\w.:/-]*[\d-])[A-Za-z][\w.:/-]{2,150}")


#: An object's `name` entry: `"name": "gpt-4.1"`, `name: 'claude-3-5-haiku'`.
_NAME_ENTRY = _lazyre.compile(
    r"(?<![\w$])[\"']?name[\"']?[ \t]*:[ \t]*(?P<q>[\"'`])(?P<v>[^\"'`\n$]{2,150})(?P=q)"
)
_PROVIDER_KEY = _lazyre.compile(r"(?<![\w$])[\"']?provider[\"']?[ \t]*:")


def _provider_entries(path: str, text: str, index: LineIndex, detector: str) -> Iterator[Reference]:
    """A model catalogue's entries, `{"name": "gpt-4.1", "provider": "openai", ...}`: the name of
    an object that also says its provider, when it is a hosted API's name."""
    for m in _NAME_ENTRY.finditer(text):
        start = text.rfind("{", max(0, m.start() - 400), m.start())
        end = text.find("}", m.end(), m.end() + 400)
        if start == -1:
            continue
        body = text[start : end if end != -1 else m.end() + 400]
        if "{" in text[start + 1 : m.start()] or _PROVIDER_KEY.search(body) is None:
            continue  # (the name of a nested object, or an object that names no provider)
        v = m.group("v")
        value = classify_value(v, MODEL_NAME)
        if value is not None and value.kind is Kind.SERVICE:
            yield ref_at(path, index, m.start("v"), v, value, detector)
