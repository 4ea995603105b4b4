from typing import Dict

import pytest
from pytest_helm_templates import HelmRunner


def test_defaults(app_version: str, chart_name: str, chart_version: str,
                  default_values: Dict, helm_runner: HelmRunner) -> None:
    release = "release-under-test"
    doc = render_subject(helm_runner=helm_runner, name=release)

    assert doc["kind"] == "Deployment"
    assert doc["apiVersion"] == "apps/v1"
    meta = doc["metadata"]
    assert meta["name"] == f"{release}-{chart_name}"
    labels = meta["labels"]
    assert labels["app.kubernetes.io/instance"] == release
    assert labels["app.kubernetes.io/managed-by"] == "Helm"
    assert labels["helm.sh/chart"] == f"{chart_name}-{chart_version}"

    container = get_container(doc)
    assert container["command"] == get_expected_command(
        host=default_values["apiServer"]["host"],
        model_name=default_values["modelName"],
        port=default_values["apiServer"]["port"],
    )
    assert container["image"] == get_expected_image(
        repository=default_values["image"]["repository"],
        tag=default_values["image"]["tag"],
    )


@pytest.mark.parametrize(
    "override,expected",
    (
        ("full-name-override", "full-name-override"),
        ("full-name-override-that-is-too-long-and-will-be-truncated-here-the-end",
         "full-name-override-that-is-too-long-and-will-be-truncated-here"),
    ),
)
def test_fullname_override(override: str, expected: str, helm_runner: HelmRunner) -> None:
    doc = render_subject(helm_runner=helm_runner, values={"fullnameOverride": override})
    assert doc["metadata"]["name"] == expected


def test_pod_labels(helm_runner: HelmRunner) -> None:
    extra = {"baz": "bat", "foo": "bar", "meow/meow": "cat"}
    doc = render_subject(helm_runner=helm_runner, values={"podLabels": extra})
    got = doc["spec"]["template"]["metadata"]["labels"]
    for key, value in extra.items():
        assert got[key] == value


def test_affinity(helm_runner: HelmRunner) -> None:
    affinity = {
        "nodeAffinity": {
            "requiredDuringSchedulingIgnoredDuringExecution": {
                "nodeSelectorTerms": [
                    {"matchExpressions": [
                        {"key": "topology.kubernetes.io/zone", "operator": "In", "values": ["antarctica-east1"]}
                    ]}
                ],
            },
        },
    }
    doc = render_subject(helm_runner=helm_runner, values={"affinity": affinity})
    assert doc["spec"]["template"]["spec"]["affinity"] == affinity


def test_model_name_can_be_configured(default_values: Dict, helm_runner: HelmRunner) -> None:
    model_name = "foo/bar"
    doc = render_subject(helm_runner=helm_runner, values={"modelName": model_name})
    assert get_container(doc)["command"] == get_expected_command(
        host=default_values["apiServer"]["host"],
        model_name=model_name,
        port=default_values["apiServer"]["port"],
    )


def test_image_repository(default_values: Dict, helm_runner: HelmRunner) -> None:
    repository = "some.repo"
    doc = render_subject(helm_runner=helm_runner, values={"image": {"repository": repository}})
    assert get_container(doc)["image"] == get_expected_image(
        repository=repository, tag=default_values["image"]["tag"])


def test_extra_args(default_values: Dict, helm_runner: HelmRunner) -> None:
    extra_args = ["--dtype", "float16", "--int", 7, "--bool", True, "--e-float", 1.203e2]
    doc = render_subject(helm_runner=helm_runner, values={"apiServer": {"extraArgs": extra_args}})
    assert get_container(doc)["command"] == get_expected_command(
        extra_args=extra_args,
        host=default_values["apiServer"]["host"],
        model_name=default_values["modelName"],
        port=default_values["apiServer"]["port"],
    )


def render_subject(helm_runner: HelmRunner, name: str = "release-name", values=None) -> Dict:
    return helm_runner.template(chart="nm-vllm", name=name, show_only=["templates/deployment.yaml"],
                                values=[values] if values else [])[0]


def get_container(doc: Dict) -> Dict:
    return doc["spec"]["template"]["spec"]["containers"][0]


def get_expected_command(host, model_name, port, extra_args=None):
    cmd = ["python3", "-m", "vllm.entrypoints.openai.api_server",
           "--host", str(host), "--model", model_name, "--port", str(port)]
    return cmd + [str(a) for a in (extra_args or [])]


def get_expected_image(repository: str, tag: str) -> str:
    return f"{repository}:{tag}"
