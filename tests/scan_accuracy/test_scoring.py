"""The scoring rules of the accuracy harness, on small hand-made cases."""

from __future__ import annotations

from pathlib import Path

from tests.scan_accuracy.accuracy import Found, Label, check_labels, score


def _pos(line: int, ident: str, kind: str = "model", **extra: object) -> Label:
    return Label(file="r/a.py", line=line, label="positive", kind=kind, identifier=ident, **extra)  # type: ignore[arg-type]


def _found(line: int, ident: str, kind: str = "model", **extra: object) -> Found:
    fields: dict[str, object] = {"revision": None, "suppressed": False, **extra}
    return Found(file="r/a.py", line=line, kind=kind, identifier=ident, **fields)  # type: ignore[arg-type]


def test_match_needs_file_line_kind_and_identifier_ignoring_case() -> None:
    labels = [_pos(3, "Org/Model"), _pos(5, "org/data", kind="dataset")]
    result = score(labels, [_found(3, "org/model"), _found(5, "org/data", kind="model")])
    assert (result.overall.tp, result.overall.fp, result.overall.fn) == (1, 1, 1)
    assert result.false_negatives[0].line == 5
    assert result.false_positives[0][0].kind == "model"


def test_wrong_line_is_both_a_miss_and_a_false_positive() -> None:
    result = score([_pos(3, "org/model")], [_found(4, "org/model")])
    assert (result.overall.tp, result.overall.fp, result.overall.fn) == (0, 1, 1)


def test_duplicates_on_a_line_count_once() -> None:
    result = score([_pos(3, "org/model")], [_found(3, "org/model"), _found(3, "ORG/model")])
    assert (result.overall.tp, result.overall.fp) == (1, 0)


def test_accepted_alternatives_and_optional_labels() -> None:
    alt = _pos(7, "hf.co/org/repo:Q4_K_M", kind="service", accept=(("model", "org/repo"),))
    optional = Label(file="r/a.py", line=9, label="optional", kind="model", identifier="org/maybe")
    result = score([alt, optional], [_found(7, "org/repo"), _found(9, "org/maybe")])
    assert (result.overall.tp, result.overall.fp, result.overall.fn) == (1, 0, 0)
    assert score([optional], []).overall.fn == 0


def test_negatives_hit_are_reported() -> None:
    neg = Label(file="r/a.py", line=2, label="negative", text="./checkpoints/run-1")
    result = score([neg], [_found(2, "checkpoints/run-1")])
    assert result.overall.fp == 1
    assert result.negatives_hit == 1
    assert result.false_positives[0][1] is neg


def test_revision_and_suppression_are_attribute_errors_only() -> None:
    labels = [_pos(3, "org/a", revision="main"), _pos(4, "org/b", suppressed=True)]
    result = score(labels, [_found(3, "org/a", revision="v1"), _found(4, "org/b")])
    assert result.overall.tp == 2
    assert len(result.attribute_errors) == 2


def test_precision_and_recall_per_file_type() -> None:
    labels = [_pos(1, "org/a"), _pos(2, "org/b")]
    other = Found(
        file="r/Dockerfile", line=1, kind="model", identifier="x/y", revision=None, suppressed=False
    )
    result = score(labels, [_found(1, "org/a"), other])
    assert result.by_type["python"].recall == 0.5
    assert result.by_type["python"].precision == 1.0
    assert result.by_type["dockerfile"].precision == 0.0


def test_checker_rejects_untrue_labels(tmp_path: Path) -> None:
    repo = tmp_path / "r"
    repo.mkdir()
    (repo / "a.py").write_text('m = load("org/model")\nout = "runs/x"\n', encoding="utf-8")
    good = [_pos(1, "org/model"), Label(file="r/a.py", line=2, label="negative", text="runs/x")]
    assert check_labels(good, tmp_path) == []
    bad = [
        _pos(2, "org/model"),  # wrong line
        _pos(1, "org--model"),  # not a Hub id
        Label(file="r/a.py", line=1, label="negative", text="runs/x"),  # text not on the line
        Label(file="r/missing.py", line=1, label="negative", text="x"),
        _pos(9, "org/model"),  # out of range
    ]
    errors = check_labels(bad, tmp_path)
    flagged = {e.split(" ", 2)[1] for e in errors}
    assert flagged == {"#1", "#2", "#3", "#4", "#5"}, errors
    assert any("not a valid Hub id" in e for e in errors)
