"""The fake Hub answers the real huggingface_hub client the way huggingface.co does."""

from __future__ import annotations

import time

import pytest
from huggingface_hub import HfApi
from huggingface_hub import errors as hf_errors

from tests.support.fakehub import FakeHub

EXPAND = ["cardData", "tags", "gated", "sha", "lastModified", "private", "disabled", "baseModels"]


def api(hub: FakeHub, token: str | bool = False) -> HfApi:
    return HfApi(endpoint=hub.url, token=token)


def test_recorded_sample_and_legacy_redirect(fake_hub: FakeHub) -> None:
    info = api(fake_hub).model_info("bert-base-uncased", expand=EXPAND, timeout=5)
    assert info.id == "google-bert/bert-base-uncased"
    assert info.sha == "86b5e0934494bd15c9632b12f734a8a67f723594"
    assert info.card_data is not None
    assert info.card_data.license == "apache-2.0"
    statuses = [r.status for r in fake_hub.requests]
    assert statuses == [307, 200]
    assert fake_hub.requests[0].query["expand"] == tuple(EXPAND)


def test_expand_limits_the_body(fake_hub: FakeHub) -> None:
    info = api(fake_hub).model_info("deepset/roberta-base-squad2", expand=["cardData"], timeout=5)
    assert info.card_data is not None
    assert info.card_data.base_model == ["FacebookAI/roberta-base"]
    assert info.siblings is None
    assert info.sha is None
    full = api(fake_hub).model_info("deepset/roberta-base-squad2", timeout=5)
    assert full.siblings
    assert full.sha
    assert full.base_models is None


def test_base_models_merge_and_gated(fake_hub: FakeHub) -> None:
    fake_hub.add_model(
        "mergekit-community/franken-7b",
        license="apache-2.0",
        base_model=["mistralai/Mistral-7B-v0.1", "HuggingFaceH4/zephyr-7b-beta"],
        gated="manual",
    )
    info = api(fake_hub).model_info("mergekit-community/franken-7b", expand=EXPAND, timeout=5)
    assert info.gated == "manual"
    assert info.base_models["relation"] == "merge"
    assert [m["id"] for m in info.base_models["models"]] == [
        "mistralai/Mistral-7B-v0.1",
        "HuggingFaceH4/zephyr-7b-beta",
    ]
    assert "base_model:merge:mistralai/Mistral-7B-v0.1" in info.tags


@pytest.mark.parametrize(
    ("token", "error"),
    [
        (False, hf_errors.RepositoryNotFoundError),  # 401 + RepoNotFound
        ("hf_test_token", hf_errors.RepositoryNotFoundError),  # 404 + RepoNotFound
        ("hf_wrong", hf_errors.HfHubHTTPError),  # invalid credentials
    ],
)
def test_missing_repo(fake_hub: FakeHub, token: str | bool, error: type[Exception]) -> None:
    with pytest.raises(error):
        api(fake_hub, token).model_info("someone/does-not-exist", timeout=5)


def test_private_disabled_revision(fake_hub: FakeHub) -> None:
    fake_hub.add_model("acme/internal", license="other", private=True)
    fake_hub.add_model("acme/taken-down", license="mit", disabled=True)
    with pytest.raises(hf_errors.RepositoryNotFoundError):
        api(fake_hub).model_info("acme/internal", timeout=5)
    assert api(fake_hub, "hf_test_token").model_info("acme/internal", timeout=5).private
    with pytest.raises(hf_errors.DisabledRepoError):
        api(fake_hub).model_info("acme/taken-down", timeout=5)
    with pytest.raises(hf_errors.RevisionNotFoundError):
        api(fake_hub).model_info("deepset/roberta-base-squad2", revision="0123456789", timeout=5)


def test_drift_commits_and_revisions(fake_hub: FakeHub) -> None:
    fake_hub.add_model("tiiuae/falcon-7b", license="other", license_name="falcon-llm-license")
    old = api(fake_hub).model_info("tiiuae/falcon-7b", timeout=5).sha
    new = fake_hub.set_license("tiiuae/falcon-7b", "apache-2.0")
    assert new != old
    now = api(fake_hub).model_info("tiiuae/falcon-7b", expand=EXPAND, timeout=5)
    assert now.sha == new
    assert now.card_data.license == "apache-2.0"
    assert now.card_data.license_name is None
    then = api(fake_hub).model_info("tiiuae/falcon-7b", revision=old, timeout=5)
    assert then.card_data.license == "other"
    commits = api(fake_hub).list_repo_commits("tiiuae/falcon-7b")
    assert [c.commit_id for c in commits] == [new, old]
    assert commits[0].title == "Update license to apache-2.0"


def test_list_models_pagination_and_filters(fake_hub: FakeHub) -> None:
    fake_hub.page_size = 2
    for n in range(5):
        fake_hub.add_model(f"acme/model-{n}", license="mit" if n % 2 else "cc-by-nc-4.0")
    ids = [m.id for m in api(fake_hub).list_models(author="acme")]
    assert ids == [f"acme/model-{n}" for n in range(5)]
    nc = [m.id for m in api(fake_hub).list_models(filter="license:cc-by-nc-4.0", author="acme")]
    assert nc == ["acme/model-0", "acme/model-2", "acme/model-4"]
    expanded = list(api(fake_hub).list_models(search="model-3", expand=["cardData"]))
    assert expanded[0].card_data.license == "mit"
    assert sum(1 for r in fake_hub.requests if r.path == "/api/models") >= 3


def test_scripted_faults(fake_hub: FakeHub) -> None:
    fake_hub.fail_next("deepset/roberta-base-squad2", 429, retry_after=2)
    with pytest.raises(hf_errors.HfHubHTTPError) as e:
        api(fake_hub).model_info("deepset/roberta-base-squad2", timeout=5)
    assert e.value.response.status_code == 429
    assert e.value.response.headers["Retry-After"] == "2"
    fake_hub.fail_next("/api/models", 500)
    with pytest.raises(hf_errors.HfHubHTTPError):
        api(fake_hub).model_info("deepset/roberta-base-squad2", timeout=5)
    assert api(fake_hub).model_info("deepset/roberta-base-squad2", timeout=5).id
    fake_hub.hang("deepset/roberta-base-squad2", times=1)
    start = time.monotonic()
    with pytest.raises(Exception, match=r"(?i)timed? ?out"):
        api(fake_hub).model_info("deepset/roberta-base-squad2", timeout=0.3)
    assert time.monotonic() - start < 2


def test_connection_refused_is_fast(closed_port: str) -> None:
    start = time.monotonic()
    with pytest.raises(Exception, match=r"(?i)connect"):
        HfApi(endpoint=closed_port, token=False).model_info("a/b", timeout=5)
    assert time.monotonic() - start < 1


def test_stopped_hub_refuses_then_serves_again(fake_hub: FakeHub) -> None:
    with fake_hub.down(), pytest.raises(Exception, match=r"(?i)connect"):
        api(fake_hub).model_info("deepset/roberta-base-squad2", timeout=2)
    assert api(fake_hub).model_info("deepset/roberta-base-squad2", timeout=2).id
