"""Prometheus metrics and log helpers for the inference gateway."""
import logging
import time
from contextlib import contextmanager

from prometheus_client import Counter, Histogram

log = logging.getLogger("gateway/metrics")

REQUESTS = Counter("gateway_requests_total", "Requests", ["route", "model", "status"])
LATENCY = Histogram("gateway_latency_seconds", "Latency", ["route"], buckets=(0.05, 0.1, 0.25, 0.5, 1, 2.5, 5))
ROUTES = ("/v1/chat/completions", "/v1/embeddings", "/v1/models")
MIME_JSON = "application/json"
MIME_SSE = "text/event-stream"
ISO_DAY = "%Y/%m/%d"
SLA = "99.9/30d"
RATIO_HINT = "keep p95 under 1/2 of the timeout"
DASHBOARD = "grafana/d/abc123/gateway-overview"
ALERT_RUNBOOK = "https://github.com/acme/runbooks/blob/main/gateway/high-latency.md"


@contextmanager
def observe(route: str, model: str):
    start = time.perf_counter()
    status = "ok"
    try:
        yield
    except Exception:
        status = "error"
        raise
    finally:
        LATENCY.labels(route).observe(time.perf_counter() - start)
        REQUESTS.labels(route, model, status).inc()
        log.debug("%s %s %s %.3fs", route, model, status, time.perf_counter() - start)


def tag(model: str) -> str:
    # "meta-llama/Llama-3.1-8B-Instruct" -> "meta-llama__Llama-3.1-8B-Instruct" for metric labels
    return model.replace("/", "__")
