"""The policy stage: load an organization policy (scopes, ordered rules, presets, `extends`) and
evaluate references against it.

Public API::

    load_policy(root, path=None, *, reader=None) -> Policy
    load_policy_text(text, *, source=".license-gate.yaml", root=None, reader=None) -> Policy
    evaluate(references, assessments, policy) -> tuple[Decision, ...]
    builtin_policy_dir() -> Path ; builtin_policy_names() -> tuple[str, ...]
    policy_to_yaml(policy) -> str
"""

from __future__ import annotations

from license_gate.policy.evaluate import ERROR_RULE, evaluate, service_assessment
from license_gate.policy.load import (
    BUILTIN_PREFIX,
    DEFAULT_POLICY,
    POLICY_FILE,
    builtin_policy_dir,
    builtin_policy_names,
    load_policy,
    load_policy_text,
    pyproject_policy_pointer,
)
from license_gate.policy.model import (
    DEFAULT_RULE,
    LineageMode,
    LineageModes,
    Match,
    ModelDeclaration,
    Policy,
    Rule,
    Scope,
)

__all__ = [
    "BUILTIN_PREFIX",
    "DEFAULT_POLICY",
    "DEFAULT_RULE",
    "ERROR_RULE",
    "POLICY_FILE",
    "LineageMode",
    "LineageModes",
    "Match",
    "ModelDeclaration",
    "Policy",
    "Rule",
    "Scope",
    "builtin_policy_dir",
    "builtin_policy_names",
    "evaluate",
    "load_policy",
    "load_policy_text",
    "policy_to_yaml",
    "pyproject_policy_pointer",
    "service_assessment",
]


def policy_to_yaml(policy: Policy) -> str:
    """The effective policy as YAML (what `license-gate policy check` prints)."""
    from license_gate.policy.dump import policy_to_yaml as _dump

    return _dump(policy)
