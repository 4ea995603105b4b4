"""Tests for OllamaEmbedding cloud backend — api_key field, base-URL resolution, and live cloud calls.

Unit tests validate Pydantic field behaviour and client header construction with
no network calls.  End-to-end tests send real requests to https://api.ollama.com
and are skipped automatically when ``cloud_client`` is ``None`` (unreachable or
invalid key).

Run unit tests only::

    pytest tests/embeddings/test_ollama_embedding_cloud.py -m unit

Run cloud e2e tests only::

    pytest tests/embeddings/test_ollama_embedding_cloud.py -m e2e
"""
from __future__ import annotations

import pytest

from serapeum.ollama import OllamaEmbedding
from serapeum.ollama.client import DEFAULT_BASE_URL, OLLAMA_CLOUD_BASE_URL

# ollama cloud does not have any embedding models, so do not run the e2e tests
cloud_client = None


@pytest.fixture
def cloud_embedder(embedding_model_cloud: str, ollama_api_key_required: str) -> OllamaEmbedding:
    """Return an OllamaEmbedding instance configured for the cloud backend.

    Uses the api_key and cloud_embedding_model from the shared test models module.
    """
    return OllamaEmbedding(
        model_name=embedding_model_cloud,
        api_key=ollama_api_key_required,
    )


class TestApiKeyField:
    """Tests for the api_key Pydantic field on OllamaEmbedding."""

    @pytest.mark.unit
    def test_api_key_defaults_to_none(self) -> None:
        """
        Inputs: OllamaEmbedding constructed with no api_key.
        Expected: api_key is None.
        Checks: Default value is correct.
        """
        embedder = OllamaEmbedding(model_name="nomic-embed-text")
        assert embedder.api_key is None

    @pytest.mark.unit
    def test_api_key_stored_as_provided(self) -> None:
        """
        Inputs: api_key="my-embed-key".
        Expected: embedder.api_key == "my-embed-key".
        Checks: Field assignment round-trips correctly.
        """
        embedder = OllamaEmbedding(model_name="nomic-embed-text", api_key="my-embed-key")
        assert embedder.api_key == "my-embed-key"

    @pytest.mark.unit
    @pytest.mark.parametrize("key", ["", "short", "x" * 256])
    def test_api_key_accepts_any_string(self, key: str) -> None:
        """
        Inputs: Various string lengths (empty, short, very long).
        Expected: api_key stored as-is with no validation error.
        Checks: No length or format constraints are applied.
        """
        embedder = OllamaEmbedding(model_name="nomic-embed-text", api_key=key)
        assert embedder.api_key == key


class TestResolveBaseUrl:
    """Tests for the _resolve_base_url model_validator on OllamaEmbedding."""

    @pytest.mark.unit
    def test_local_default_unchanged_without_api_key(self) -> None:
        """
        Inputs: No api_key provided.
        Expected: base_url remains DEFAULT_BASE_URL.
        Checks: Validator does not modify base_url when api_key is absent.
        """
        embedder = OllamaEmbedding(model_name="nomic-embed-text")
        assert embedder.base_url == DEFAULT_BASE_URL

    @pytest.mark.unit
    def test_cloud_url_auto_resolved_when_api_key_provided(self) -> None:
        """
        Inputs: api_key="secret", no explicit base_url.
        Expected: base_url switches to OLLAMA_CLOUD_BASE_URL.
        Checks: Validator redirects localhost → cloud when api_key is set.
        """
        embedder = OllamaEmbedding(model_name="nomic-embed-text", api_key="secret")
        assert embedder.base_url == OLLAMA_CLOUD_BASE_URL

    @pytest.mark.unit
    def test_explicit_base_url_not_overridden(self) -> None:
        """
        Inputs: api_key="secret", base_url="http://my-server:11434".
        Expected: base_url stays "http://my-server:11434".
        Checks: Explicit non-default base_url is always respected.
        """
        custom = "http://my-server:11434"
        embedder = OllamaEmbedding(
            model_name="nomic-embed-text", api_key="secret", base_url=custom
        )
        assert embedder.base_url == custom

    @pytest.mark.unit
    def test_none_api_key_leaves_base_url_as_local(self) -> None:
        """
        Inputs: api_key=None explicitly.
        Expected: base_url stays at DEFAULT_BASE_URL.
        Checks: Explicit None behaves the same as omitting api_key.
        """
        embedder = OllamaEmbedding(model_name="nomic-embed-text", api_key=None)
        assert embedder.base_url == DEFAULT_BASE_URL


class TestClientAuthHeader:
    """Tests that the client properties inject the correct Authorization header."""

    @pytest.mark.unit
    def test_auth_header_injected_when_api_key_set(self) -> None:
        """
        Inputs: api_key="embed-key".
        Expected: The underlying sync httpx client carries 'Authorization: Bearer embed-key'.
        Checks: Header is present and has exact expected value.
        """
        embedder = OllamaEmbedding(model_name="nomic-embed-text", api_key="embed-key")
        headers = dict(embedder.client._client.headers)
        assert headers.get("authorization") == "Bearer embed-key"

    @pytest.mark.unit
    def test_async_auth_header_injected_when_api_key_set(self) -> None:
        """
        Inputs: api_key="embed-key".
        Expected: The underlying async httpx client carries 'Authorization: Bearer embed-key'.
        Checks: Both sync and async clients receive the header.
        """
        embedder = OllamaEmbedding(model_name="nomic-embed-text", api_key="embed-key")
        headers = dict(embedder.async_client._client.headers)
        assert headers.get("authorization") == "Bearer embed-key"

    @pytest.mark.unit
    def test_clients_use_resolved_cloud_base_url(self) -> None:
        """
        Inputs: api_key="key", no explicit base_url.
        Expected: The sync client's base_url matches OLLAMA_CLOUD_BASE_URL.
        Checks: _resolve_base_url runs before client creation so the
                client is pointed at the cloud host, not localhost.
        """
        embedder = OllamaEmbedding(model_name="nomic-embed-text", api_key="key")
        assert embedder.base_url == OLLAMA_CLOUD_BASE_URL
        # Verify client base_url via the underlying httpx base_url
        assert OLLAMA_CLOUD_BASE_URL in str(embedder.client._client.base_url)
