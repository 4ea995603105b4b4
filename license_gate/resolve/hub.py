"""Fetching repository metadata from the Hub with the real `huggingface_hub` client, bounded.

- one `HfApi(endpoint=..., token=...)`, `model_info` / `dataset_info` / `space_info` with a small
  `expand` list and an explicit per-request timeout (the client has none by default);
- a TOTAL network budget for the run (`NetworkBudget`, shared by every call): no request starts
  after it is spent and every request's timeout is capped by what is left;
- a bounded thread pool; ids are de-duplicated by the caller before anything is sent;
- retries with exponential backoff and full jitter on 429, 5xx, 408 and dropped connections,
  honouring `Retry-After` (a 429 pauses every worker), never past the budget;
- fail fast: a refused connection, a DNS failure or a connect timeout marks the Hub down and no
  further request is made; so do repeated read timeouts before any success (a hanging Hub);
- 404/401 `RepoNotFound` -> Unresolved("not-found"), gated repos resolve (their metadata is
  public), disabled repos are not-found with a clear detail.

`huggingface_hub` is imported only when a request is really about to be made.
"""

from __future__ import annotations

import contextlib
import importlib
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import TYPE_CHECKING, Any

from license_gate.models import Kind, RefKey, RepoRecord, Resolution, Unresolved
from license_gate.resolve.records import record_from_hub_info, valid_hub_id

if TYPE_CHECKING:
    import random
    from concurrent.futures import Future

__all__ = [
    "DATASET_EXPAND",
    "DEFAULT_ENDPOINT",
    "MODEL_EXPAND",
    "NOT_FOUND_DETAIL",
    "SPACE_EXPAND",
    "HubFetcher",
    "NetworkBudget",
    "SoftFailure",
    "parse_retry_after",
]

DEFAULT_ENDPOINT = "https://huggingface.co"
MODEL_EXPAND = [
    "cardData",
    "tags",
    "gated",
    "sha",
    "lastModified",
    "private",
    "disabled",
    "baseModels",
]
DATASET_EXPAND = ["cardData", "tags", "gated", "sha", "lastModified", "private", "disabled"]
SPACE_EXPAND = ["cardData", "tags", "sha", "lastModified", "private", "disabled"]
NOT_FOUND_DETAIL = (
    "not found on the Hub: a typo, a deleted repository, or a private one "
    "(set HF_TOKEN to a token that can read it)"
)
RETRY_STATUSES = frozenset({408, 429, 500, 502, 503, 504})
MAX_ATTEMPTS = 4
BACKOFF_BASE = 0.25
BACKOFF_CAP = 4.0
_MIN_REQUEST_TIME = 0.05  # below this much budget, don't start a request

# Transport errors, by class name so that 0.x (requests), 1.x (httpx) and 2.x (httpx2) all work.
_DOWN_ERRORS = frozenset(
    {"ConnectError", "ConnectTimeout", "ConnectionError", "ProxyError", "UnsupportedProtocol",
     "InvalidURL", "MissingSchema", "InvalidSchema", "OfflineModeIsEnabled", "SSLError"}
)  # fmt: skip
_TIMEOUT_ERRORS = frozenset(
    {"TimeoutException", "ReadTimeout", "WriteTimeout", "PoolTimeout", "Timeout"}
)
_RETRY_ERRORS = frozenset(
    {"ReadError", "WriteError", "RemoteProtocolError", "NetworkError", "CloseError",
     "ChunkedEncodingError", "ProtocolError", "RemoteDisconnected"}
)  # fmt: skip


def _names(exc: BaseException) -> set[str]:
    return {cls.__name__ for cls in type(exc).__mro__}


def parse_retry_after(value: str | None, *, now: float | None = None) -> float | None:
    """Seconds from a Retry-After header (delay-seconds or an HTTP date); None if absent/bad."""
    if not value:
        return None
    value = value.strip()
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    from email.utils import parsedate_to_datetime  # only for the rare HTTP-date form

    try:
        when = parsedate_to_datetime(value)
    except (TypeError, ValueError, IndexError):
        return None
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    current = now if now is not None else time.time()
    return max(0.0, when.timestamp() - current)


class NetworkBudget:
    """The total time one run may spend on the network, started at the first request."""

    def __init__(self, seconds: float, *, clock: Callable[[], float] = time.monotonic) -> None:
        self.seconds = max(0.0, seconds)
        self._clock = clock
        self._start: float | None = None
        self._lock = threading.Lock()

    def start(self) -> None:
        with self._lock:
            if self._start is None:
                self._start = self._clock()

    @property
    def started(self) -> bool:
        return self._start is not None

    @property
    def deadline(self) -> float:
        self.start()
        assert self._start is not None
        return self._start + self.seconds

    def remaining(self) -> float:
        return max(0.0, self.deadline - self._clock())

    def spent(self) -> float:
        return 0.0 if self._start is None else self._clock() - self._start


@dataclass(frozen=True, slots=True)
class SoftFailure:
    """The Hub could not be asked (network, budget): later resolvers may still answer."""

    reason: str  # "unreachable"
    detail: str


FetchResult = Resolution | SoftFailure


class HubFetcher:
    """Fetches many keys concurrently within a shared budget. Thread-safe counters."""

    def __init__(
        self,
        *,
        endpoint: str | None,
        token: str | None,
        budget: NetworkBudget,
        request_timeout: float = 5.0,
        concurrency: int = 32,
        on_record: Callable[[RefKey, Resolution], None] | None = None,
        sleep: Callable[[float], None] = time.sleep,
        rng: random.Random | None = None,
    ) -> None:
        self.endpoint = (endpoint or DEFAULT_ENDPOINT).rstrip("/")
        self.token = token
        self.budget = budget
        self.request_timeout = max(0.05, request_timeout)
        self.concurrency = max(1, concurrency)
        self._on_record = on_record
        self._sleep = sleep
        if rng is None:
            import random

            rng = random.Random()
        self._rng = rng
        self._lock = threading.Lock()
        self._api: Any = None
        self._pause_until = 0.0
        self._successes = 0
        self._timeouts = 0
        self.down: str | None = None  # why the Hub is considered unreachable, once it is
        self.requests = 0  # HTTP requests attempted
        self.retries = 0
        self.rate_limited = 0

    # ------------------------------------------------------------------ the pool
    def fetch_all(
        self,
        keys: Sequence[RefKey],
        *,
        progress: Callable[[int, int], None] | None = None,
    ) -> dict[RefKey, FetchResult]:
        """One result per key: a record, a definitive Unresolved, or a SoftFailure."""
        results: dict[RefKey, FetchResult] = {}
        todo: list[RefKey] = []
        seen: set[RefKey] = set()
        for key in keys:
            if key in seen:
                continue
            seen.add(key)
            early = self._precheck(key)
            if early is not None:
                results[key] = early
            else:
                todo.append(key)
        if not todo:
            return results
        from concurrent.futures import FIRST_COMPLETED, ThreadPoolExecutor, wait

        self.budget.start()
        workers = min(self.concurrency, len(todo))
        pool = ThreadPoolExecutor(max_workers=workers, thread_name_prefix="license-gate-hub")
        futures: dict[Future[FetchResult], RefKey] = {}
        try:
            for key in todo:
                futures[pool.submit(self._fetch_one, key)] = key
            pending = set(futures)
            done_count = 0
            hard_stop = self.budget.deadline + 1.0  # each request's own timeout is capped by
            while pending:  # the budget: this margin is only a safety net
                left = hard_stop - time.monotonic()
                if left <= 0:
                    break
                done, pending = wait(pending, timeout=min(left, 0.5), return_when=FIRST_COMPLETED)
                if not done:
                    if progress is not None:  # keep the indicator alive while waiting
                        progress(done_count, len(todo))
                    continue
                for fut in done:
                    key = futures[fut]
                    try:
                        results[key] = fut.result()
                    except Exception as e:  # a bug in parsing: never crash the run on one id
                        results[key] = Unresolved(key, "error", f"{type(e).__name__}: {e}")
                    done_count += 1
                if progress is not None:
                    progress(done_count, len(todo))
            for fut in pending:
                results[futures[fut]] = SoftFailure(
                    "unreachable",
                    f"no answer within the network budget of {self.budget.seconds:g} s",
                )
        finally:
            pool.shutdown(wait=False, cancel_futures=True)
        return results

    def _precheck(self, key: RefKey) -> FetchResult | None:
        if key.kind is Kind.SERVICE:
            return Unresolved(key, "invalid", "a hosted service name, not a Hub repository")
        if not _valid_id(key.identifier):
            return Unresolved(
                key, "invalid", f"{key.identifier!r} is not a valid Hub repository id"
            )
        return None

    # ------------------------------------------------------------------ one id
    def _client(self) -> Any:
        with self._lock:
            if self._api is None:
                import logging
                import os
                import sys

                if "huggingface_hub" not in sys.modules:
                    # Read once at import. Without it, huggingface_hub 2.x builds its user agent
                    # by fetching an "agent harnesses" list from the *default* endpoint
                    # (huggingface.co, whatever HF_ENDPOINT says later), racing in every
                    # thread: a license check must not phone anywhere but the endpoint it uses.
                    os.environ.setdefault("HF_HUB_DISABLE_TELEMETRY", "1")
                from huggingface_hub import HfApi

                # malformed model-index/eval results in cards are logged by the client; not ours
                logging.getLogger("huggingface_hub.repocard_data").setLevel(logging.ERROR)
                api = HfApi(endpoint=self.endpoint, token=self.token or None)
                with contextlib.suppress(Exception):
                    api._build_hf_headers()  # one-time token/user-agent work, once, not per thread
                self._api = api
            return self._api

    def _mark_down(self, why: str) -> None:
        with self._lock:
            if self.down is None:
                self.down = why

    def _count(self, attr: str) -> None:
        with self._lock:
            setattr(self, attr, getattr(self, attr) + 1)

    def _soft(self, detail: str) -> SoftFailure:
        return SoftFailure("unreachable", detail)

    def _fetch_one(self, key: RefKey) -> FetchResult:
        attempt = 0
        ident = _request_id(key)
        while True:
            if self.down is not None:
                return self._soft(self.down)
            wait_for = self._pause_until - time.monotonic()
            if wait_for > 0:
                if wait_for >= self.budget.remaining():
                    return self._soft("rate limited by the Hub beyond the network budget")
                self._sleep(wait_for)
            remaining = self.budget.remaining()
            if remaining < _MIN_REQUEST_TIME:
                return self._soft(f"network budget of {self.budget.seconds:g} s spent")
            timeout = min(self.request_timeout, remaining)
            self._count("requests")
            try:
                info = self._call(key, ident, timeout)
                record = record_from_hub_info(info, key.kind, key=key, recorded=_today())
                with self._lock:
                    self._successes += 1
                if self._on_record is not None:
                    self._on_record(key, record)
                return record
            except Exception as exc:
                verdict = self._classify(key, exc, attempt)
            if isinstance(verdict, float):
                attempt += 1
                self._count("retries")
                self._sleep(verdict)
                continue
            if isinstance(verdict, Unresolved) and self._on_record is not None:
                self._on_record(key, verdict)
            return verdict

    def _call(self, key: RefKey, ident: str, timeout: float) -> Any:
        api = self._client()
        kind = key.kind
        method, expand = {
            Kind.MODEL: (api.model_info, MODEL_EXPAND),
            Kind.DATASET: (api.dataset_info, DATASET_EXPAND),
            Kind.SPACE: (api.space_info, SPACE_EXPAND),
        }[kind]
        try:
            return method(ident, revision=key.revision, expand=list(expand), timeout=timeout)
        except Exception as exc:
            if _is_client_parse_failure(exc):
                return self._raw_call(kind, ident, key.revision, expand, timeout)
            raise

    def _raw_call(
        self, kind: Kind, ident: str, revision: str | None, expand: list[str], timeout: float
    ) -> Any:
        """The same GET through the client's own session and error mapping, for a body whose
        card metadata the client's dataclasses cannot parse; the raw JSON is read defensively."""
        from urllib.parse import quote

        from huggingface_hub.utils import (  # type: ignore[attr-defined]
            get_session,
            hf_raise_for_status,
        )

        api = self._client()
        url = f"{self.endpoint}/api/{kind.value}s/{ident}"
        if revision:
            url += f"/revision/{quote(revision, safe='')}"
        headers = api._build_hf_headers(token=self.token or None)
        self._count("requests")
        r = get_session().get(url, headers=headers, params={"expand": expand}, timeout=timeout)
        hf_raise_for_status(r)
        return r.json()

    # ------------------------------------------------------------------ history (drift)
    def list_commits(self, key: RefKey) -> list[dict[str, Any]] | None:
        """The newest commits of a repo (what `list_repo_commits` reads: the first page of
        `GET /api/{kind}s/{id}/commits/main`), each {id, title, date}; None if unavailable.
        One bounded request, no retries."""
        if self.down is not None or key.kind is Kind.SERVICE:
            return None
        remaining = self.budget.remaining()
        if remaining < _MIN_REQUEST_TIME:
            return None
        from urllib.parse import quote

        from huggingface_hub.utils import (  # type: ignore[attr-defined]
            get_session,
            hf_raise_for_status,
        )

        api = self._client()
        ident = _request_id(key)
        rev = quote(key.revision or "main", safe="")
        url = f"{self.endpoint}/api/{key.kind.value}s/{ident}/commits/{rev}"
        self._count("requests")
        try:
            r = get_session().get(
                url,
                headers=api._build_hf_headers(token=self.token or None),
                timeout=min(self.request_timeout, remaining),
            )
            hf_raise_for_status(r)
            data = r.json()
        except Exception:
            return None
        if not isinstance(data, list):
            return None
        out = []
        for item in data:
            if isinstance(item, dict) and isinstance(item.get("id"), str):
                title, date = item.get("title"), item.get("date")
                out.append({
                    "id": item["id"],
                    "title": title if isinstance(title, str) else None,
                    "date": date if isinstance(date, str) else None,
                })  # fmt: skip
        return out

    def record_at(self, key: RefKey, sha: str) -> RepoRecord | None:
        """The record as of commit `sha` (one bounded request, no retries), or None."""
        if self.down is not None:
            return None
        remaining = self.budget.remaining()
        if remaining < _MIN_REQUEST_TIME:
            return None
        at = RefKey(key.kind, key.identifier, sha)
        self._count("requests")
        try:
            info = self._call(at, _request_id(key), min(self.request_timeout, remaining))
        except Exception:
            return None
        return record_from_hub_info(info, key.kind, key=at)

    def _classify(
        self, key: RefKey, exc: Exception, attempt: int
    ) -> Resolution | SoftFailure | float:
        """What an exception means: a final answer, a soft failure, or a delay before retrying."""
        names = _names(exc)
        if "RevisionNotFoundError" in names:
            return Unresolved(
                key, "not-found", f"revision {key.revision!r} does not exist on the Hub"
            )
        if "DisabledRepoError" in names:
            return Unresolved(
                key, "not-found", "disabled on the Hub (access to this repository was removed)"
            )
        if "RepositoryNotFoundError" in names:  # 404, or 401 for private/missing (GatedRepo too)
            return Unresolved(key, "not-found", NOT_FOUND_DETAIL)
        if "HFValidationError" in names:
            return Unresolved(key, "invalid", f"not a valid Hub repository id: {exc}")
        if names & {"OfflineModeIsEnabled"}:
            self._mark_down("HF_HUB_OFFLINE is set")
            return self._soft("HF_HUB_OFFLINE is set")
        status = _status(exc)
        if status is not None:
            if status in RETRY_STATUSES:
                retry_after = parse_retry_after(_header(exc, "Retry-After"))
                if status == 429:
                    self._count("rate_limited")
                return self._retry_or_fail(
                    attempt, retry_after, f"HTTP {status} from the Hub", status
                )
            if status == 401:
                return Unresolved(
                    key, "error", "the Hub rejected the token (HF_TOKEN): " + _server_message(exc)
                )
            return Unresolved(
                key, "error", f"the Hub answered HTTP {status}: {_server_message(exc)}"
            )
        if names & _DOWN_ERRORS:
            why = f"cannot connect to {self.endpoint} ({type(exc).__name__}: {_short(exc)})"
            self._mark_down(why)
            return self._soft(why)
        if names & _TIMEOUT_ERRORS:
            with self._lock:
                self._timeouts += 1
                hanging = self._successes == 0 and self._timeouts >= 2
            why = f"no answer from {self.endpoint} within {self.request_timeout:g} s"
            if hanging:
                self._mark_down(why)
                return self._soft(why)
            return self._retry_or_fail(attempt, None, why, None)
        if names & _RETRY_ERRORS:
            return self._retry_or_fail(
                attempt, None, f"connection to {self.endpoint} dropped ({type(exc).__name__})", None
            )
        if "OSError" in names:  # e.g. a socket refused by a sandbox
            why = f"cannot reach {self.endpoint} ({type(exc).__name__}: {_short(exc)})"
            self._mark_down(why)
            return self._soft(why)
        if "JSONDecodeError" in names:  # a 200 that is not the Hub (proxy login page, portal)
            why = f"{self.endpoint} did not answer like the Hub (not JSON: a proxy or portal?)"
            self._mark_down(why)
            return self._soft(why)
        return Unresolved(
            key, "error", f"could not read the Hub's answer ({type(exc).__name__}: {_short(exc)})"
        )

    def _retry_or_fail(
        self, attempt: int, retry_after: float | None, why: str, status: int | None
    ) -> SoftFailure | float:
        backoff = min(BACKOFF_CAP, BACKOFF_BASE * 2**attempt)
        delay = self._rng.uniform(backoff / 2, backoff)  # jitter
        if retry_after is not None:
            delay = max(delay, retry_after)
        if attempt + 1 >= MAX_ATTEMPTS:
            return self._soft(f"{why} after {attempt + 1} attempts")
        if delay + _MIN_REQUEST_TIME >= self.budget.remaining():
            extra = f" (Retry-After {retry_after:g} s)" if retry_after is not None else ""
            return self._soft(f"{why}{extra}; no time left in the network budget to retry")
        if status == 429 and retry_after is not None:
            with self._lock:
                self._pause_until = max(self._pause_until, time.monotonic() + delay)
        return delay


def _valid_id(identifier: str) -> bool:
    return bool(identifier) and valid_hub_id(identifier)


def _request_id(key: RefKey) -> str:
    """The id to ask for: legacy ids (gpt2) mapped to their canonical form without a round trip
    through the Hub's redirect when the scanner's table knows them."""
    try:
        ids = importlib.import_module("license_gate.ids")
        canonical = ids.canonical_id(key.kind, key.identifier)
        return canonical if isinstance(canonical, str) and canonical else key.identifier
    except Exception:  # the table is an optimisation: the Hub's redirect gives the same answer
        return key.identifier


def _is_client_parse_failure(exc: Exception) -> bool:
    names = _names(exc)
    if names & {"HfHubHTTPError", "HTTPError", "HFValidationError", "OSError", "TransportError"}:
        return False
    return isinstance(exc, TypeError | KeyError | AttributeError | ValueError)


def _status(exc: Exception) -> int | None:
    response = getattr(exc, "response", None)
    status = getattr(response, "status_code", None)
    return status if isinstance(status, int) else None


def _header(exc: Exception, name: str) -> str | None:
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    try:
        value = headers.get(name)
    except Exception:
        return None
    return value if isinstance(value, str) else None


def _server_message(exc: Exception) -> str:
    msg = getattr(exc, "server_message", None)
    if isinstance(msg, str) and msg.strip():
        return _short(msg.strip())
    return _short(exc)


def _short(value: object, limit: int = 200) -> str:
    text = " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _today() -> str:
    return datetime.now(UTC).date().isoformat()
