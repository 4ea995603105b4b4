"""Properties of the evaluator over generated findings: total (one decision per unsuppressed
reference, never an exception) and fail-closed (what a policy denies is never allowed)."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from license_gate.models import CATEGORIES, Kind, Verdict
from license_gate.policy import evaluate, load_policy_text
from tests.policy.helpers import LICENSES, assess, chain, index, ref

PATHS = ["src/app.py", "tests/test_app.py", "notebooks/a.ipynb", "docs/x.md", "lib/x/y.py"]
IDS = ["facebook/nllb-200-distilled-600M", "acme/ft", "gpt2", "meta-llama/Llama-3.1-8B", "x/y"]

finding = st.tuples(
    st.sampled_from(IDS),
    st.sampled_from(PATHS),
    st.sampled_from([Kind.MODEL, Kind.DATASET, Kind.SPACE, Kind.SERVICE]),
    st.sampled_from([*LICENSES, None, "made-up-license"]),
    st.dictionaries(
        st.sampled_from(CATEGORIES), st.just(chain(("base/m", "finetune", "x"))), max_size=3
    ),
    st.dictionaries(
        st.sampled_from(CATEGORIES), st.just(chain(("d/s", "dataset", "y"))), max_size=3
    ),
    st.sampled_from([None, None, "not-found", "unreachable"]),
    st.booleans(),
    st.booleans(),  # assessment missing
)

MODES = st.sampled_from(["inherit", "warn", "ignore"])


@settings(max_examples=150, deadline=None)
@given(st.lists(finding, max_size=8), MODES, MODES)
def test_evaluate_is_total_and_never_allows_a_strict_deny(findings, base, data) -> None:  # type: ignore[no-untyped-def]
    policy = load_policy_text(
        "version: 1\nrules:\n  - {id: nc, match: {categories: [non-commercial]}, action: deny}\n"
        "  - {id: unknown, match: {unknown: true}, action: deny}\n"
        f"default: allow\nlineage: {{base_models: {base}, datasets: {data}}}\n"
    )
    refs, assessments = [], []
    for ident, path, kind, lic, inh, ds, unresolved, suppressed, missing in findings:
        r = ref(ident, path, kind=kind, suppressed=suppressed)
        refs.append(r)
        if not missing:
            assessments.append(
                assess(ident, lic, kind=kind, inherited=inh, datasets=ds, unresolved=unresolved)
            )
    decisions = evaluate(refs, index(assessments), policy)
    assert [d.reference for d in decisions] == [r for r in refs if not r.suppressed]
    for d in decisions:
        assert d.verdict in (Verdict.DENY, Verdict.WARN, Verdict.ALLOW)
        assert d.message
        assert set(d.categories) <= set(CATEGORIES)
        own = set(d.assessment.own.categories)
        if d.assessment.unresolved is not None or "non-commercial" in own or "unknown" in own:
            assert d.verdict is Verdict.DENY, d.message
        if d.verdict is Verdict.ALLOW:
            assert d.rule == "default"
            assert "non-commercial" not in d.categories
