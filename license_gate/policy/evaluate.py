"""The evaluator: a pure function of (references, assessments, policy) -> decisions.

For each unsuppressed reference, the ordered rules are tried and the first whose scope and match
fit decides; with none, `policy.default` decides with rule "default". Categories reached through
lineage count per `policy.lineage`: `inherit` as the model's own, `warn` only to raise the
verdict to at most warn (naming the chain), `ignore` not at all.

Fail-closed and total: one Decision per reference, always. A reference without an assessment is
treated as unresolved; an error while evaluating one reference denies it (rule
"evaluation-error") instead of letting it through.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from types import MappingProxyType

from license_gate.models import (
    CATEGORIES,
    RESTRICTIVE_ORDER,
    Action,
    Assessment,
    Decision,
    Kind,
    LicenseClass,
    LineageStep,
    Reference,
    RefKey,
    Unresolved,
    Verdict,
)
from license_gate.policy.model import DEFAULT_RULE, LineageMode, Policy, Rule

__all__ = ["ERROR_RULE", "SERVICE_LICENSE", "evaluate", "service_assessment"]

ERROR_RULE = "evaluation-error"
SERVICE_LICENSE = "service-terms"

_SEVERITY = {Action.ALLOW: 0, Action.WARN: 1, Action.DENY: 2}
_VERDICT = {Action.ALLOW: Verdict.ALLOW, Action.WARN: Verdict.WARN, Action.DENY: Verdict.DENY}
_VERB = {Action.ALLOW: "allowed", Action.WARN: "flagged", Action.DENY: "denied"}
_RESTRICTIVE_RANK = {c: i for i, c in enumerate(RESTRICTIVE_ORDER)}
_CATEGORY_RANK = {c: i for i, c in enumerate(CATEGORIES)}


def evaluate(
    references: Sequence[Reference],
    assessments: Mapping[RefKey, Assessment],
    policy: Policy,
) -> tuple[Decision, ...]:
    """One Decision per unsuppressed reference, in input order."""
    out: list[Decision] = []
    for ref in references:
        if ref.suppressed:
            continue
        assessment: Assessment | None = None
        try:
            assessment = assessments.get(ref.key)
            if assessment is None:
                assessment = _missing_assessment(ref)
            out.append(_decide(ref, assessment, policy))
        except Exception as exc:  # fail closed: never an allow
            out.append(_error_decision(ref, assessment, exc))
    return tuple(out)


def service_assessment(ref: Reference) -> Assessment:
    """How a hosted service (an API model name, an Ollama tag) is classified when the pipeline
    gave no assessment for it: proprietary service terms (the same reading the knowledge base
    gives). Services are never resolved on the Hub."""
    return Assessment(
        key=ref.key,
        identifier=ref.identifier,
        record=None,
        unresolved=None,
        own=LicenseClass(
            license_id=SERVICE_LICENSE,
            raw=SERVICE_LICENSE,
            categories=("proprietary",),
            recognised=True,
            name="hosted service terms",
        ),
    )


def _missing_assessment(ref: Reference) -> Assessment:
    if ref.kind is Kind.SERVICE:
        return service_assessment(ref)
    return Assessment(
        key=ref.key,
        identifier=ref.identifier,
        record=None,
        unresolved=Unresolved(ref.key, "error", "nothing was resolved for this reference"),
        own=LicenseClass(license_id=None, raw=None, categories=("unknown",), recognised=False),
    )


@dataclass(frozen=True, slots=True)
class _Facts:
    """What the rules look at for one reference under one set of counted categories."""

    ref: Reference
    a: Assessment
    categories: frozenset[str]
    unknown: bool


def _own_categories(a: Assessment) -> set[str]:
    cats = set(a.own.categories) or {"unknown"}
    if a.unresolved is not None or (a.own.raw is None and a.own.license_id is None):
        cats.add("unknown")
    return cats


def _by_mode(
    a: Assessment, policy: Policy, mode: LineageMode
) -> dict[str, tuple[LineageStep, ...]]:
    """Lineage categories (with their chains) that count under `mode`; base models first."""
    out: dict[str, tuple[LineageStep, ...]] = {}
    if policy.lineage.base_models is mode:
        out.update(a.inherited)
    if policy.lineage.datasets is mode:
        for cat, chain in a.from_datasets.items():
            out.setdefault(cat, chain)
    return out


def _facts(ref: Reference, a: Assessment, cats: set[str]) -> _Facts:
    return _Facts(ref=ref, a=a, categories=frozenset(cats), unknown="unknown" in cats)


def _scope_ok(rule: Rule, ref: Reference, policy: Policy) -> bool:
    if rule.scope is None:
        return True
    scope = policy.scope(rule.scope)
    if scope is None:  # the loader rejects this; never let it pass silently
        raise LookupError(f"rule {rule.id!r} names undefined scope {rule.scope!r}")
    return scope.matches(ref.path)


def _matches(rule: Rule, f: _Facts, policy: Policy) -> bool:
    if not _scope_ok(rule, f.ref, policy):
        return False
    m = rule.match
    if m.models:
        ids = (
            f.a.identifier,
            f.ref.identifier,
            str(RefKey(f.ref.kind, f.a.identifier)),
            str(RefKey(f.ref.kind, f.ref.identifier)),
        )
        if not m.model_matches(*ids):
            return False
    if m.categories and not any(c in f.categories for c in m.categories):
        return False
    if m.licenses:
        rec = f.a.record
        values: list[str | None] = [f.a.own.license_id, f.a.own.raw]
        if rec is not None:
            values += [rec.license, *rec.licenses, rec.license_name]
        if not m.license_matches(*values):
            return False
    if m.kinds and f.ref.kind not in m.kinds:
        return False
    return m.unknown is None or m.unknown is f.unknown


def _first(f: _Facts, policy: Policy) -> tuple[Rule | None, Action]:
    for rule in policy.rules:
        if _matches(rule, f, policy):
            return rule, rule.action
    return None, policy.default


def _ordered(cats: frozenset[str] | set[str]) -> tuple[str, ...]:
    return tuple(sorted(cats, key=lambda c: (_CATEGORY_RANK.get(c, len(CATEGORIES)), c)))


def _triggers(rule: Rule | None, f: _Facts) -> list[str]:
    """The categories by which `rule` matched, most restrictive first."""
    if rule is None:
        return []
    hits = {c for c in rule.match.categories if c in f.categories}
    if rule.match.unknown is True:
        hits.add("unknown")
    return sorted(hits, key=lambda c: _RESTRICTIVE_RANK.get(c, len(_RESTRICTIVE_RANK)))


def _license_text(a: Assessment) -> str:
    """The license as a reader knows it: the knowledge-base id, or what was declared when the
    id says no more than "other"."""
    if a.own.license_id and (a.own.license_id != "other" or not a.own.raw):
        return a.own.license_id
    return a.own.raw or "no license"


def _own_reason(a: Assessment, cat: str) -> str:
    if cat == "unknown":
        if a.unresolved is not None:
            u = a.unresolved
            return f"{a.identifier} could not be resolved ({u.reason}: {u.detail})"
        if a.own.raw is None and a.own.license_id is None:
            return f"{a.identifier} declares no license"
        return f"license {a.own.raw or a.own.license_id!r} is not recognised"
    return f"{_license_text(a)} is {cat}"


def _step_text(step: LineageStep) -> str:
    what = "training dataset" if step.relation == "dataset" else "base model"
    return f"{what} {step.identifier} ({step.license or 'no license'})"


def _inherited_reason(cat: str, chain: tuple[LineageStep, ...]) -> str:
    if not chain:
        return f"{cat} inherited through lineage"
    text = f"{cat} inherited from {_step_text(chain[-1])}"
    if len(chain) > 1:
        text += " via " + " -> ".join(f"{s.identifier} ({s.relation})" for s in chain)
    return text


def _explain(
    rule: Rule | None,
    f: _Facts,
    own: set[str],
    lineage: Mapping[str, tuple[LineageStep, ...]],
) -> tuple[str, tuple[LineageStep, ...]]:
    """(reason, chain) for why `rule` matched `f`: the model itself when any trigger is its own."""
    triggers = _triggers(rule, f)
    for cat in triggers:
        if cat in own:
            return _own_reason(f.a, cat), ()
    for cat in triggers:
        if cat in lineage:
            return _inherited_reason(cat, lineage[cat]), lineage[cat]
    if rule is not None and rule.match.unknown is False:
        return f"{_license_text(f.a)} is known", ()
    if rule is not None and (rule.match.models or rule.match.licenses or rule.match.kinds):
        return f"{f.a.identifier} ({_license_text(f.a)})", ()
    if f.unknown and "unknown" in own:
        return _own_reason(f.a, "unknown"), ()
    cats = [c for c in _ordered(own) if c != "unknown"]
    return (f"{_license_text(f.a)} is {', '.join(cats)}" if cats else _license_text(f.a)), ()


def _mode_key(chain: tuple[LineageStep, ...]) -> str:
    return "datasets" if any(s.relation == "dataset" for s in chain) else "base_models"


def _decided_by(rule: Rule | None, action: Action) -> str:
    if rule is None:
        return f"no rule matched; {_VERB[action]} by the policy default"
    where = f" in {rule.scope}" if rule.scope else ""
    text = f"{_VERB[action]}{where} by rule {rule.id}"
    return f"{text}: {rule.message}" if rule.message else text


def _decide(ref: Reference, a: Assessment, policy: Policy) -> Decision:
    own = _own_categories(a)
    counted = _by_mode(a, policy, LineageMode.INHERIT)
    strict = own | set(counted)
    f1 = _facts(ref, a, strict)
    rule1, action1 = _first(f1, policy)

    warn_only = {
        c: ch for c, ch in _by_mode(a, policy, LineageMode.WARN).items() if c not in strict
    }
    if warn_only:
        f2 = _facts(ref, a, strict | set(warn_only))
        rule2, action2 = _first(f2, policy)
        if _SEVERITY[action2] > _SEVERITY[action1]:
            reason, chain = _explain(rule2, f2, own, {**warn_only, **counted})
            capped = Action.WARN
            would = _VERB[action2]
            rid = rule2.id if rule2 is not None else DEFAULT_RULE
            message = (
                f"{reason}; would be {would} by "
                + (f"rule {rid}" if rule2 is not None else "the policy default")
                + f" but lineage.{_mode_key(chain)} is warn, so it only warns"
            )
            if rule2 is not None and rule2.message:
                message += f": {rule2.message}"
            return Decision(
                reference=ref,
                assessment=a,
                verdict=_VERDICT[capped],
                rule=rid,
                message=message,
                categories=_ordered(f2.categories),
                lineage=chain,
            )

    reason, chain = _explain(rule1, f1, own, counted)
    return Decision(
        reference=ref,
        assessment=a,
        verdict=_VERDICT[action1],
        rule=rule1.id if rule1 is not None else DEFAULT_RULE,
        message=f"{reason}; {_decided_by(rule1, action1)}",
        categories=_ordered(f1.categories),
        lineage=chain,
    )


def _error_decision(ref: Reference, a: Assessment | None, exc: Exception) -> Decision:
    if a is None:
        a = Assessment(
            key=ref.key,
            identifier=ref.identifier,
            record=None,
            unresolved=Unresolved(ref.key, "error", "policy evaluation failed"),
            own=LicenseClass(None, None, ("unknown",), False),
            inherited=MappingProxyType({}),
        )
    return Decision(
        reference=ref,
        assessment=a,
        verdict=Verdict.DENY,
        rule=ERROR_RULE,
        message=f"policy evaluation failed ({type(exc).__name__}: {exc}); denied (fail-closed)",
        categories=("unknown",),
    )
