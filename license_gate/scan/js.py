"""JavaScript and TypeScript: transformers.js `pipeline("task", "Xenova/...")`,
`from_pretrained("...")`, `model: "..."` options of API clients, constants passed to loaders,
through the token-level scanner."""

from __future__ import annotations

from collections.abc import Iterator

from license_gate.models import Reference
from license_gate.scan._common import LineIndex, ref_at, url_references
from license_gate.scan._tokens import scan_tokens
from license_gate.scan.shell import comment_api_references

__all__ = ["JsDetector"]

_EXT = (".js", ".mjs", ".cjs", ".jsx", ".ts", ".tsx", ".mts", ".cts")


class JsDetector:
    """`.js`, `.ts` and friends."""

    id = "js"

    def applies_to(self, path: str) -> bool:
        return path.endswith(_EXT) and not path.endswith((".min.js", ".d.ts"))

    def detect(self, path: str, text: str) -> Iterator[Reference]:
        index = LineIndex(text)
        yield from url_references(path, text, index, self.id)
        for f in scan_tokens(text):
            yield ref_at(path, index, f.offset, f.raw, f.value, self.id)
        if "//" in text:
            yield from comment_api_references(path, text, index, self.id, "//")
