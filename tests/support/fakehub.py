"""A local imitation of the Hugging Face Hub's metadata API, for tests and benchmarks.

`FakeHub` is a `ThreadingHTTPServer` on 127.0.0.1 (port 0) that answers the endpoints the real
`huggingface_hub` client calls for license resolution, with the real response shapes (the
recorded samples in `tests/support/data/`) and the real error signalling (`X-Error-Code`,
`X-Error-Message`), so that `HfApi(endpoint=hub.url).model_info(...)` raises the same typed
errors it raises against huggingface.co:

- `GET /api/{models,datasets,spaces}/<id>[/revision/<rev>]` honouring `expand=` / `expand[]=`
  (with expand: only the listed properties plus `_id` and `id`; unknown properties give 400);
- 307 redirects for legacy ids (`bert-base-uncased` -> `google-bert/bert-base-uncased`); ids are
  case-insensitive and answered with the canonical casing;
- 404 + `X-Error-Code: RepoNotFound` (authenticated) or 401 + `X-Error-Code: RepoNotFound`
  (unauthenticated) for missing and private repos; 404 + `RevisionNotFound`; 401 + "Invalid
  credentials" for an unknown token; 403 + "Access to this resource is disabled." for disabled
  repos; gated repos serve their metadata (`gated: "manual"`);
- `GET /api/models`, `/api/datasets` (search, author, filter, sort, direction, limit, expand, full,
  cardData) with `Link: <...>; rel="next"` pagination;
- `GET /api/{models,datasets}/<id>/commits/<rev>` (what `list_repo_commits` reads), newest first;
- scripted faults: latency, N failures with a status (429 with `Retry-After`, 500, ...), hangs
  (accept and never answer until the server stops), abrupt connection resets.

Everything it receives is logged in `hub.requests` (thread-safe), for "no request at all"
assertions. Nothing here talks to the internet. Data attribution: `tests/support/data/README.md`.
"""

from __future__ import annotations

import copy
import dataclasses
import hashlib
import json
import socket
import threading
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from datetime import UTC, datetime, timedelta
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, unquote, urlencode

__all__ = [
    "DATASET_EXPAND",
    "DATA_DIR",
    "MODEL_EXPAND",
    "SAMPLE_IDS",
    "SPACE_EXPAND",
    "FakeHub",
    "Fault",
    "RequestRecord",
    "closed_port_url",
]

DATA_DIR = Path(__file__).parent / "data"

# The three real /api/models bodies recorded in huggingface_hub's test cassettes (Jan 2025).
SAMPLE_IDS: tuple[str, ...] = (
    "google-bert/bert-base-uncased",
    "deepset/roberta-base-squad2",
    "stabilityai/stable-diffusion-2-1",
)

# Valid `expand` properties (huggingface_hub 2.4.0 ExpandModelProperty_T etc.).
MODEL_EXPAND = frozenset(
    {
        "author", "baseModels", "cardData", "childrenModelCount", "config", "createdAt",
        "disabled", "downloads", "downloadsAllTime", "evalResults", "gated", "gguf", "inference",
        "inferenceProviderMapping", "lastModified", "library_name", "likes", "mask_token",
        "model-index", "pipeline_tag", "private", "resourceGroup", "safetensors", "sha",
        "siblings", "spaces", "tags", "transformersInfo", "trendingScore", "usedStorage",
        "widgetData", "xetEnabled",
    }
)  # fmt: skip
DATASET_EXPAND = frozenset(
    {
        "author", "cardData", "citation", "createdAt", "description", "disabled", "downloads",
        "downloadsAllTime", "gated", "lastModified", "likes", "mainSize", "paperswithcode_id",
        "private", "resourceGroup", "sha", "siblings", "tags", "trendingScore", "usedStorage",
        "xetEnabled",
    }
)  # fmt: skip
SPACE_EXPAND = frozenset(
    {
        "author", "cardData", "createdAt", "datasets", "disabled", "lastModified", "likes",
        "models", "private", "resourceGroup", "runtime", "sdk", "sha", "siblings", "subdomain",
        "tags", "trendingScore", "usedStorage", "xetEnabled",
    }
)  # fmt: skip
_EXPAND = {"model": MODEL_EXPAND, "dataset": DATASET_EXPAND, "space": SPACE_EXPAND}
_KINDS = {"models": "model", "datasets": "dataset", "spaces": "space"}
# Keys the list endpoints return without full/expand (what huggingface.co sends for /api/models).
_LIST_KEYS = (
    "_id", "id", "likes", "trendingScore", "private", "downloads", "tags", "pipeline_tag",
    "library_name", "createdAt", "modelId", "gated", "disabled", "author", "lastModified",
)  # fmt: skip
_DISABLED = "Access to this resource is disabled."
_EPOCH = datetime(2024, 1, 1, tzinfo=UTC)
_UNSET: Any = object()


def closed_port_url() -> str:
    """An http:// URL on 127.0.0.1 where nothing listens: connecting is refused at once."""
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    return f"http://127.0.0.1:{port}"


def _hex(seed: str, n: int) -> str:
    return hashlib.sha1(seed.encode()).hexdigest()[:n]


def _iso(t: datetime) -> str:
    return t.strftime("%Y-%m-%dT%H:%M:%S.000Z")


@dataclass(frozen=True, slots=True)
class RequestRecord:
    """One request as the server saw it. `path` is decoded; `raw_path` is as sent."""

    method: str
    path: str
    raw_path: str
    query: Mapping[str, tuple[str, ...]]
    headers: Mapping[str, str]
    time: float
    status: int | str = 0  # the status answered ("hang" / "reset" for those faults)

    @property
    def repo_id(self) -> str | None:
        parts = self.path.split("/")
        if len(parts) < 4 or parts[1] != "api" or parts[2] not in _KINDS:
            return None
        rest = parts[3:]
        for marker in ("revision", "commits"):
            if marker in rest[1:]:
                rest = rest[: rest.index(marker, 1)]
        return "/".join(rest[:2])


@dataclass(slots=True)
class Fault:
    """A scripted fault for requests matching `target` (a repo id, a path prefix, or "*").

    `status` is an HTTP status, "hang" (accept and never answer), "reset" (close the socket
    without answering) or "html" (a 200 login page, as a proxy or captive portal sends).
    `times` is how many matching requests it applies to (None: forever).
    """

    target: str
    status: int | str
    times: int | None = 1
    retry_after: float | None = None
    body: str | None = None
    headers: Mapping[str, str] = field(default_factory=dict)


@dataclass(slots=True)
class _Repo:
    kind: str
    id: str
    body: dict[str, Any]  # the full current body (baseModels included; filtered when served)
    history: list[
        tuple[dict[str, Any], dict[str, Any]]
    ]  # (commit, body at that commit), newest first


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    block_on_close = False
    allow_reuse_address = True
    request_queue_size = 256

    def __init__(self, addr: tuple[str, int], hub: FakeHub) -> None:
        self.hub = hub
        super().__init__(addr, _Handler)


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server
    timeout = 60  # an idle keep-alive connection never outlives a test by much

    def setup(self) -> None:
        super().setup()
        # headers and body go out in separate writes: without this, Nagle + delayed ACK add
        # ~40 ms to every keep-alive response (huggingface.co has no such delay)
        self.connection.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        self.server.hub._track(self.connection, add=True)

    def finish(self) -> None:
        with suppress(OSError):
            super().finish()
        self.server.hub._track(self.connection, add=False)

    def log_message(self, format: str, *args: Any) -> None:
        return  # quiet: the hub keeps its own log

    log_index = -1

    def send_response(self, code: int, message: str | None = None) -> None:
        self.server.hub._set_status(self.log_index, code)
        super().send_response(code, message)

    def do_GET(self) -> None:
        self.server.hub._handle(self)

    def do_HEAD(self) -> None:
        self.server.hub._handle(self)

    def send_json(
        self, status: int, payload: Any, headers: Mapping[str, str] | None = None
    ) -> None:
        data = json.dumps(payload).encode()
        self.send_response(status)
        self.send_header("Content-Type", "application/json; charset=utf-8")
        self.send_header("Content-Length", str(len(data)))
        for k, v in (headers or {}).items():
            self.send_header(k, v)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(data)


class FakeHub:
    """The fake Hub. Use as a context manager or `start()` / `stop()`; `url` is its endpoint.

    Adding repos: `add_model`, `add_dataset`, `add_space`, `add_redirect`, `add_samples`.
    Changing them: `set_license` / `update_card` (a new sha and a commit entry: upstream drift).
    Faults: `fail_next`, `latency`, `set_latency`, `hang`, `clear_faults`.
    Inspecting: `requests`, `request_count`, `clear_requests`.
    """

    def __init__(self, *, samples: bool = False, page_size: int = 100) -> None:
        self._lock = threading.RLock()
        self._repos: dict[tuple[str, str], _Repo] = {}
        self._redirects: dict[tuple[str, str], str] = {}
        self._faults: list[Fault] = []
        self._latency: list[tuple[str, float]] = []
        self._requests: list[RequestRecord] = []
        self._conns: set[socket.socket] = set()
        self._stop_event = threading.Event()
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self._port = 0
        self._clock = 0
        self.latency = 0.0  # seconds added to every request
        self.page_size = page_size
        # Any other bearer token is a valid login (a developer's own `hf auth login` token, read
        # by the client from its token file, must not break tests); these are rejected (401).
        self.rejected_tokens: set[str] = {"hf_revoked", "hf_wrong", "hf_invalid"}
        self.private_readers: set[str] = {"hf_test_token"}  # tokens that may read private repos
        if samples:
            self.add_samples()

    # ---------------------------------------------------------------- lifecycle
    def start(self) -> FakeHub:
        if self._server is not None:
            return self
        self._stop_event = threading.Event()
        server = _Server(("127.0.0.1", self._port), self)
        self._port = server.server_address[1]
        self._server = server
        self._thread = threading.Thread(
            target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop answering: hanging requests are released, open connections closed, the port
        refuses connections afterwards. `start()` again serves on the same port."""
        server, self._server = self._server, None
        if server is None:
            return
        self._stop_event.set()
        server.shutdown()
        server.server_close()
        with self._lock:
            conns = list(self._conns)
        for c in conns:
            with suppress(OSError):
                c.shutdown(socket.SHUT_RDWR)
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> FakeHub:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        if not self._port:
            raise RuntimeError("FakeHub not started")
        return f"http://127.0.0.1:{self._port}"

    @property
    def running(self) -> bool:
        return self._server is not None

    @contextmanager
    def down(self) -> Iterator[None]:
        """Temporarily stop the server (connections refused), then serve again."""
        self.stop()
        try:
            yield
        finally:
            self.start()

    def _track(self, conn: socket.socket, *, add: bool) -> None:
        with self._lock:
            if add:
                self._conns.add(conn)
            else:
                self._conns.discard(conn)

    # ---------------------------------------------------------------- repos
    def _tick(self) -> datetime:
        with self._lock:
            self._clock += 1
            return _EPOCH + timedelta(hours=self._clock)

    def add_samples(self) -> None:
        """The three recorded bodies plus the legacy redirect bert-base-uncased."""
        for repo_id in SAMPLE_IDS:
            body = json.loads((DATA_DIR / f"{repo_id.replace('/', '__')}.json").read_text())
            base = (body.get("cardData") or {}).get("base_model")
            if base:
                bases = [base] if isinstance(base, str) else list(base)
                relation = "merge" if len(bases) > 1 else "finetune"
                body["baseModels"] = {
                    "relation": relation,
                    "models": [{"_id": _hex(b, 24), "id": b} for b in bases],
                }
            self.add_raw("model", body)
        self.add_redirect("bert-base-uncased", "google-bert/bert-base-uncased")

    def add_raw(self, kind: str, body: dict[str, Any], *, title: str = "Initial commit") -> None:
        """Add a repo from a complete response body (must contain `id` and `sha`)."""
        repo_id = body["id"]
        commit = self._commit_entry(body["sha"], title, body.get("lastModified"))
        with self._lock:
            self._repos[(kind, repo_id.lower())] = _Repo(
                kind, repo_id, body, [(commit, copy.deepcopy(body))]
            )

    def add_redirect(self, legacy: str, canonical: str, *, kind: str = "model") -> None:
        with self._lock:
            self._redirects[(kind, legacy.lower())] = canonical

    def add_model(
        self,
        repo_id: str,
        *,
        license: Any = _UNSET,
        license_name: str | None = None,
        license_link: str | None = None,
        base_model: str | Sequence[str] | None = None,
        base_model_relation: str | None = None,
        base_models_relation: str | None = None,
        datasets: str | Sequence[str] | None = None,
        gated: bool | str = False,
        private: bool = False,
        disabled: bool = False,
        card_extra: Mapping[str, Any] | None = None,
        card: Mapping[str, Any] | None = None,
        sha: str | None = None,
        tags: Iterable[str] = (),
        pipeline_tag: str | None = "text-generation",
        library_name: str | None = "transformers",
        aliases: Iterable[str] = (),
    ) -> dict[str, Any]:
        """Add (or replace) a model. `license` is the card's `license` value (any YAML value,
        e.g. a list; leave unset for no license). `card` replaces the whole card data;
        `base_models_relation` overrides the relation the Hub infers for `baseModels`."""
        return self._add(
            "model", repo_id, license=license, license_name=license_name,
            license_link=license_link, base_model=base_model,
            base_model_relation=base_model_relation, base_models_relation=base_models_relation,
            datasets=datasets, gated=gated, private=private, disabled=disabled,
            card_extra=card_extra, card=card, sha=sha, tags=tags, pipeline_tag=pipeline_tag,
            library_name=library_name, aliases=aliases,
        )  # fmt: skip

    def add_dataset(
        self,
        repo_id: str,
        *,
        license: Any = _UNSET,
        license_name: str | None = None,
        license_link: str | None = None,
        gated: bool | str = False,
        private: bool = False,
        disabled: bool = False,
        card_extra: Mapping[str, Any] | None = None,
        card: Mapping[str, Any] | None = None,
        sha: str | None = None,
        tags: Iterable[str] = (),
        aliases: Iterable[str] = (),
    ) -> dict[str, Any]:
        return self._add(
            "dataset", repo_id, license=license, license_name=license_name,
            license_link=license_link, gated=gated, private=private, disabled=disabled,
            card_extra=card_extra, card=card, sha=sha, tags=tags, aliases=aliases,
        )  # fmt: skip

    def add_space(
        self,
        repo_id: str,
        *,
        license: Any = _UNSET,
        models: Sequence[str] = (),
        sha: str | None = None,
        card_extra: Mapping[str, Any] | None = None,
    ) -> dict[str, Any]:
        return self._add(
            "space", repo_id, license=license, sha=sha, card_extra=card_extra, models=models
        )

    def _add(self, kind: str, repo_id: str, **kw: Any) -> dict[str, Any]:
        created = self._tick()
        sha = kw.get("sha") or _hex(f"{kind}:{repo_id}:{created.isoformat()}", 40)
        card: dict[str, Any]
        if kw.get("card") is not None:
            card = dict(kw["card"])
        else:
            card = {}
            if kw.get("license", _UNSET) is not _UNSET:
                card["license"] = kw["license"]
            for key in ("license_name", "license_link", "base_model", "base_model_relation"):
                if kw.get(key) is not None:
                    card[key] = kw[key]
            if kw.get("datasets") is not None:
                card["datasets"] = kw["datasets"]
            card.update(kw.get("card_extra") or {})
        author = repo_id.split("/")[0] if "/" in repo_id else None
        body: dict[str, Any] = {
            "_id": _hex(f"id:{kind}:{repo_id}", 24),
            "id": repo_id,
            "author": author,
            "sha": sha,
            "lastModified": _iso(created),
            "createdAt": _iso(created),
            "private": bool(kw.get("private")),
            "gated": kw.get("gated") or False,
            "disabled": bool(kw.get("disabled")),
            "downloads": 1000 + int(_hex(repo_id, 4), 16),
            "likes": int(_hex(repo_id + "l", 2), 16),
            "trendingScore": 0,
            "tags": [],
            "cardData": card,
            "siblings": [{"rfilename": ".gitattributes"}, {"rfilename": "README.md"}],
            "usedStorage": 1024 * int(_hex(repo_id + "s", 4), 16),
        }
        if kind == "model":
            body["modelId"] = repo_id
            body["library_name"] = kw.get("library_name")
            body["pipeline_tag"] = kw.get("pipeline_tag")
            body["inference"] = "warm"
            body["config"] = {}
            body["spaces"] = []
            body["siblings"].append({"rfilename": "config.json"})
        elif kind == "dataset":
            body["description"] = f"Dataset card for {repo_id}"
            body["citation"] = None
            body["paperswithcode_id"] = None
        else:
            body["sdk"] = "gradio"
            body["runtime"] = {"stage": "RUNNING"}
            body["subdomain"] = repo_id.replace("/", "-").lower()
            body["models"] = list(kw.get("models") or ())
            body["datasets"] = []
        self._derive(
            kind, body, extra_tags=kw.get("tags") or (), relation=kw.get("base_models_relation")
        )
        commit = self._commit_entry(sha, "Initial commit", body["lastModified"])
        with self._lock:
            self._repos[(kind, repo_id.lower())] = _Repo(
                kind, repo_id, body, [(commit, copy.deepcopy(body))]
            )
        for alias in kw.get("aliases") or ():
            self.add_redirect(alias, repo_id, kind=kind)
        return copy.deepcopy(body)

    @staticmethod
    def _derive(
        kind: str, body: dict[str, Any], *, extra_tags: Iterable[str] = (), relation: str | None
    ) -> None:
        """Recompute tags and baseModels from the card, the way the Hub does."""
        card = body.get("cardData") or {}
        tags: list[str] = []
        if kind == "model" and body.get("library_name"):
            tags.append(body["library_name"])
        if kind == "model" and body.get("pipeline_tag"):
            tags.append(body["pipeline_tag"])
        tags.extend(extra_tags)
        ds = card.get("datasets")
        for d in [ds] if isinstance(ds, str) else (ds if isinstance(ds, list) else []):
            if isinstance(d, str):
                tags.append(f"dataset:{d}")
        base = card.get("base_model")
        bases = [base] if isinstance(base, str) else [b for b in base or () if isinstance(b, str)]
        body.pop("baseModels", None)
        if kind == "model" and bases:
            rel = card.get("base_model_relation")
            if not isinstance(rel, str) or rel not in ("adapter", "merge", "quantized", "finetune"):
                rel = relation or ("merge" if len(bases) > 1 else "finetune")
            for b in bases:
                tags.append(f"base_model:{b}")
                tags.append(f"base_model:{rel}:{b}")
            body["baseModels"] = {
                "relation": rel,
                "models": [{"_id": _hex(b, 24), "id": b} for b in bases],
            }
        lic = card.get("license")
        for v in [lic] if isinstance(lic, str) else (lic if isinstance(lic, list) else []):
            if isinstance(v, str):
                tags.append(f"license:{v}")
        tags.append("region:us")
        body["tags"] = list(dict.fromkeys(tags))

    def _commit_entry(self, sha: str, title: str, date: str | None) -> dict[str, Any]:
        return {
            "id": sha,
            "title": title,
            "message": "",
            "date": date or _iso(self._tick()),
            "authors": [{"user": "fake-hub-user", "avatar": "https://example.invalid/a.png"}],
        }

    def _get(self, kind: str, repo_id: str) -> _Repo:
        with self._lock:
            try:
                return self._repos[(kind, repo_id.lower())]
            except KeyError:
                raise KeyError(f"no {kind} {repo_id!r} on the fake hub") from None

    def update_card(
        self, repo_id: str, *, kind: str = "model", title: str = "Update README.md", **fields: Any
    ) -> str:
        """Change card fields (a value of None removes the key); records a new commit.
        Returns the new sha."""
        repo = self._get(kind, repo_id)
        when = self._tick()
        sha = _hex(f"{kind}:{repo_id}:{when.isoformat()}:{title}", 40)
        with self._lock:
            body = copy.deepcopy(repo.body)
            card = dict(body.get("cardData") or {})
            for k, v in fields.items():
                if v is None:
                    card.pop(k, None)
                else:
                    card[k] = v
            body["cardData"] = card
            body["sha"] = sha
            body["lastModified"] = _iso(when)
            rel = (repo.body.get("baseModels") or {}).get("relation")
            extra = [
                t for t in repo.body.get("tags", [])
                if not t.startswith(("license:", "dataset:", "base_model:", "region:"))
                and t not in (body.get("library_name"), body.get("pipeline_tag"))
            ]  # fmt: skip
            self._derive(kind, body, extra_tags=extra, relation=rel)
            repo.body = body
            repo.history.insert(
                0, (self._commit_entry(sha, title, body["lastModified"]), copy.deepcopy(body))
            )
        return sha

    def set_license(
        self,
        repo_id: str,
        license: Any,
        *,
        license_name: str | None = None,
        license_link: str | None = None,
        kind: str = "model",
        title: str | None = None,
    ) -> str:
        """Upstream drift: the card's license fields change in a new commit (new sha)."""
        return self.update_card(
            repo_id,
            kind=kind,
            title=title or f"Update license to {license}",
            license=license,
            license_name=license_name,
            license_link=license_link,
        )

    def set_flags(self, repo_id: str, *, kind: str = "model", **flags: Any) -> None:
        """Set top-level fields (private, gated, disabled) without a commit."""
        repo = self._get(kind, repo_id)
        with self._lock:
            repo.body.update(flags)

    def remove(self, repo_id: str, *, kind: str = "model") -> None:
        with self._lock:
            self._repos.pop((kind, repo_id.lower()), None)

    def body(self, repo_id: str, *, kind: str = "model") -> dict[str, Any]:
        return copy.deepcopy(self._get(kind, repo_id).body)

    # ---------------------------------------------------------------- faults
    def fail_next(
        self,
        target: str = "*",
        status: int | str = 500,
        times: int | None = 1,
        *,
        retry_after: float | None = None,
        body: str | None = None,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        """The next `times` requests matching `target` (a repo id, a path prefix such as
        "/api/models", or "*") answer `status` ("hang" and "reset" included)."""
        with self._lock:
            self._faults.append(
                Fault(target, status, times, retry_after, body, dict(headers or {}))
            )

    def hang(self, target: str = "*", times: int | None = None) -> None:
        """Matching requests are accepted and never answered (until the server stops)."""
        self.fail_next(target, "hang", times)

    def set_latency(self, seconds: float, target: str = "*") -> None:
        with self._lock:
            self._latency.append((target, seconds))

    def clear_faults(self) -> None:
        with self._lock:
            self._faults.clear()
            self._latency.clear()
            self.latency = 0.0

    # ---------------------------------------------------------------- log
    @property
    def requests(self) -> tuple[RequestRecord, ...]:
        with self._lock:
            return tuple(self._requests)

    def request_count(self, contains: str | None = None) -> int:
        with self._lock:
            return sum(1 for r in self._requests if contains is None or contains in r.path)

    def clear_requests(self) -> None:
        with self._lock:
            self._requests.clear()

    # ---------------------------------------------------------------- serving
    @staticmethod
    def _matches(target: str, path: str, repo_id: str | None) -> bool:
        if target == "*":
            return True
        if target.startswith("/"):
            return path.startswith(target)
        return repo_id is not None and repo_id.lower() == target.lower()

    def _take_fault(self, path: str, repo_id: str | None) -> Fault | None:
        with self._lock:
            for f in self._faults:
                if self._matches(f.target, path, repo_id):
                    if f.times is not None:
                        f.times -= 1
                        if f.times <= 0:
                            self._faults.remove(f)
                    return f
        return None

    def _delay(self, path: str, repo_id: str | None) -> float:
        with self._lock:
            extra = [s for t, s in self._latency if self._matches(t, path, repo_id)]
            return self.latency + sum(extra)

    def _handle(self, h: _Handler) -> None:
        raw = h.path
        raw_path, _, raw_query = raw.partition("?")
        path = unquote(raw_path)
        query = {k: tuple(v) for k, v in parse_qs(raw_query, keep_blank_values=True).items()}
        headers = {k.lower(): v for k, v in h.headers.items()}
        rec = RequestRecord(h.command, path, raw_path, query, headers, time.monotonic())
        repo_id = rec.repo_id
        with self._lock:  # logged on arrival; the status is filled in before the client can
            self._requests.append(rec)  # have read the response (see _Handler.send_response)
            h.log_index = len(self._requests) - 1
        status: int | str = 0
        try:
            delay = self._delay(path, repo_id)
            if delay > 0 and self._stop_event.wait(delay):
                status = "stopped"
                h.close_connection = True
                return
            fault = self._take_fault(path, repo_id)
            if fault is not None:
                status = self._serve_fault(h, fault)
                return
            status = self._route(h, raw_path, query, headers)
        finally:
            if not isinstance(status, int):
                self._set_status(h.log_index, status)

    def _set_status(self, index: int, status: int | str) -> None:
        with self._lock:
            if 0 <= index < len(self._requests):
                old = self._requests[index]
                if old.status in (0, None) or not isinstance(status, int):
                    self._requests[index] = dataclasses.replace(old, status=status)

    def _serve_fault(self, h: _Handler, fault: Fault) -> int | str:
        if fault.status == "hang":
            self._stop_event.wait()
            h.close_connection = True
            return "hang"
        if fault.status == "reset":
            h.close_connection = True
            with suppress(OSError):
                h.connection.setsockopt(
                    socket.SOL_SOCKET, socket.SO_LINGER, b"\x01\x00\x00\x00\x00\x00\x00\x00"
                )
                h.connection.close()
            return "reset"
        if fault.status == "html":  # a proxy/captive portal answering 200 with a login page
            data = (fault.body or "<html><body>Please sign in to the proxy</body></html>").encode()
            h.send_response(200)
            h.send_header("Content-Type", "text/html; charset=utf-8")
            h.send_header("Content-Length", str(len(data)))
            h.end_headers()
            h.wfile.write(data)
            return "html"
        status = int(fault.status)
        extra = dict(fault.headers)
        if fault.retry_after is not None:
            secs = fault.retry_after
            extra["Retry-After"] = str(int(secs)) if float(secs).is_integer() else str(secs)
            extra.setdefault("RateLimit", f'"api";r=0;t={max(1, round(secs))}')
            extra.setdefault("RateLimit-Policy", '"fixed window";"api";q=500;w=300')
        message = fault.body or {
            429: "You have exceeded our hourly quotas for action: api.",
            500: "Internal Error - We're working hard to fix this as soon as possible!",
            502: "Bad Gateway",
            503: "Service Unavailable",
        }.get(status, f"HTTP {status}")
        extra.setdefault("X-Error-Message", message)
        h.send_json(status, {"error": message}, extra)
        return status

    def _auth(self, headers: Mapping[str, str]) -> tuple[bool, str | None]:
        """(token valid or absent, token)."""
        auth = headers.get("authorization", "")
        if not auth.lower().startswith("bearer "):
            return True, None
        token = auth[7:].strip()
        return token not in self.rejected_tokens, token

    def _route(
        self,
        h: _Handler,
        raw_path: str,
        query: Mapping[str, tuple[str, ...]],
        headers: Mapping[str, str],
    ) -> int:
        segs = raw_path.split("/")  # "", "api", "models", ...
        if len(segs) < 3 or segs[1] != "api" or segs[2] not in _KINDS:
            h.send_json(404, {"error": "Sorry, we can't find the page you are looking for."})
            return 404
        kind = _KINDS[segs[2]]
        rest = [unquote(s) for s in segs[3:]]
        if not rest or rest == [""]:
            return self._list(h, kind, segs[2], query)
        ok, token = self._auth(headers)
        if not ok:
            msg = "Invalid credentials in Authorization header"
            h.send_json(401, {"error": msg}, {"X-Error-Message": msg})
            return 401
        action, rev = "info", None
        for marker in ("revision", "commits"):
            if marker in rest[1:]:
                i = rest.index(marker, 1)
                action, rev = marker, "/".join(rest[i + 1 :]) or None
                rest = rest[:i]
                break
        repo_id = "/".join(rest)
        with self._lock:
            target = self._redirects.get((kind, repo_id.lower()))
        if target is not None:
            tail = raw_path.split("/")[3 + len(rest) :]
            location = "/".join(["", "api", segs[2], target, *tail])
            q = h.path.partition("?")[2]
            if q:
                location += "?" + q
            data = f"Temporary Redirect. Redirecting to {location}".encode()
            h.send_response(307)
            h.send_header("Location", location)
            h.send_header("Content-Type", "text/plain; charset=utf-8")
            h.send_header("Content-Length", str(len(data)))
            h.end_headers()
            h.wfile.write(data)
            return 307
        with self._lock:
            repo = self._repos.get((kind, repo_id.lower()))
            repo = copy.deepcopy(repo) if repo is not None else None
        if repo is None or (repo.body.get("private") and token not in self.private_readers):
            status = 401 if token is None else 404
            msg = "Repository not found"
            h.send_json(
                status, {"error": msg}, {"X-Error-Code": "RepoNotFound", "X-Error-Message": msg}
            )
            return status
        if repo.body.get("disabled"):
            h.send_json(403, {"error": _DISABLED}, {"X-Error-Message": _DISABLED})
            return 403
        if action == "commits":
            history = self._history_from(repo, rev or "main")
            if history is None:
                return self._revision_not_found(h, rev)
            commits = [c for c, _ in history]
            return self._paged(h, commits, query, raw_path)
        body = repo.body
        if action == "revision" and rev is not None and rev not in ("main", "HEAD"):
            history = self._history_from(repo, rev)
            if history is None:
                return self._revision_not_found(h, rev)
            body = history[0][1]
        expand = [*query.get("expand", ()), *query.get("expand[]", ())]
        unknown = [e for e in expand if e not in _EXPAND[kind]]
        if unknown:
            msg = f'"expand" must be one of {sorted(_EXPAND[kind])}'
            h.send_json(400, {"error": msg}, {"X-Error-Message": msg})
            return 400
        h.send_json(200, self._shape(body, expand))
        return 200

    @staticmethod
    def _history_from(repo: _Repo, rev: str) -> list[tuple[dict[str, Any], dict[str, Any]]] | None:
        if rev in ("main", "HEAD"):
            return repo.history
        for i, (commit, _) in enumerate(repo.history):
            if len(rev) >= 7 and commit["id"].startswith(rev.lower()):
                return repo.history[i:]
        return None

    @staticmethod
    def _revision_not_found(h: _Handler, rev: str | None) -> int:
        msg = f"Invalid rev id: {rev}"
        h.send_json(
            404, {"error": msg}, {"X-Error-Code": "RevisionNotFound", "X-Error-Message": msg}
        )
        return 404

    @staticmethod
    def _shape(body: Mapping[str, Any], expand: Sequence[str]) -> dict[str, Any]:
        if expand:
            out = {"_id": body.get("_id"), "id": body.get("id")}
            for e in expand:
                if e in body:
                    out[e] = copy.deepcopy(body[e])
            return out
        return {k: copy.deepcopy(v) for k, v in body.items() if k != "baseModels"}

    def _list(
        self, h: _Handler, kind: str, segment: str, query: Mapping[str, tuple[str, ...]]
    ) -> int:
        def one(name: str) -> str | None:
            vals = query.get(name)
            return vals[-1] if vals else None

        with self._lock:
            repos = [copy.deepcopy(r.body) for (k, _), r in self._repos.items() if k == kind]
        repos = [b for b in repos if not b.get("private") and not b.get("disabled")]
        if (search := one("search")) is not None:
            repos = [b for b in repos if search.lower() in b["id"].lower()]
        if (author := one("author")) is not None:
            repos = [b for b in repos if b["id"].lower().startswith(author.lower() + "/")]
        for flt in query.get("filter", ()):
            repos = [b for b in repos if flt in b.get("tags", []) or flt == b.get("library_name")]
        sort = one("sort") or "id"
        reverse = (one("direction") or ("-1" if sort != "id" else "1")) == "-1"
        repos.sort(key=lambda b: (b.get(sort) is None, b.get(sort) or 0, b["id"]), reverse=reverse)
        limit = one("limit")
        if limit is not None:
            try:
                repos = repos[: max(0, int(limit))]
            except ValueError:
                h.send_json(400, {"error": "limit must be an integer"})
                return 400
        expand = [*query.get("expand", ()), *query.get("expand[]", ())]
        unknown = [e for e in expand if e not in _EXPAND[kind]]
        if unknown:
            msg = f'"expand" must be one of {sorted(_EXPAND[kind])}'
            h.send_json(400, {"error": msg}, {"X-Error-Message": msg})
            return 400
        full = (one("full") or "").lower() in ("1", "true")
        card = (one("cardData") or "").lower() in ("1", "true")
        items: list[dict[str, Any]] = []
        for b in repos:
            if expand:
                items.append(self._shape(b, expand))
                continue
            keys = (
                [k for k in b if k != "baseModels"] if full else [k for k in _LIST_KEYS if k in b]
            )
            item = {k: b[k] for k in keys if k != "cardData" or card}
            if card and "cardData" in b:
                item["cardData"] = b["cardData"]
            items.append(item)
        return self._paged(h, items, query, f"/api/{segment}")

    def _paged(
        self,
        h: _Handler,
        items: Sequence[Any],
        query: Mapping[str, tuple[str, ...]],
        path: str,
    ) -> int:
        cursor_vals = query.get("cursor")
        try:
            start = int(cursor_vals[-1]) if cursor_vals else 0
        except ValueError:
            start = 0
        page = list(items[start : start + self.page_size])
        headers: dict[str, str] = {}
        if start + self.page_size < len(items):
            params = [(k, v) for k, vs in query.items() if k != "cursor" for v in vs]
            params.append(("cursor", str(start + self.page_size)))
            headers["Link"] = f'<{self.url}{path}?{urlencode(params)}>; rel="next"'
        h.send_json(200, page, headers)
        return 200
