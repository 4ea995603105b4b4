"""Malformed exception files, signatures and trust roots: a clear message naming the file (and
line), never a traceback, never an applied exception."""

from __future__ import annotations

import base64
import contextlib

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from license_gate._repo import WorkTreeReader
from license_gate.errors import ConfigError
from license_gate.models import ExceptionsConfig, Verdict
from license_gate.waivers import apply_exceptions, load_exceptions
from license_gate.waivers.fileformat import WaiverFormatError, parse_waiver
from license_gate.waivers.signers import parse_allowed_signers
from license_gate.waivers.sshsig import SignatureFormatError, parse_signature
from tests.waivers.conftest import NLLB, TODAY, Key, Repo, decision, ssh_sign


def problem_of(repo: Repo, text: str | bytes, keys: dict[str, Key]) -> tuple[str, int | None]:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    path = repo.write("nllb-translate.yaml", text)
    ssh_sign(keys["bob"], path)  # signed: only the content is wrong
    exset = load_exceptions(
        repo.root, ExceptionsConfig(), trust=WorkTreeReader(repo.root), today=TODAY
    )
    (entry,) = exset.entries
    assert not entry.valid
    out, reports = apply_exceptions([decision()], exset, today=TODAY)
    assert out[0].verdict is Verdict.DENY
    assert reports[0].status == "invalid"
    assert reports[0].path == ".license-gate/exceptions/nllb-translate.yaml"
    assert reports[0].message == entry.problem  # formats print id and status themselves
    assert reports[0].line == entry.line
    assert entry.problem is not None
    return entry.problem, entry.line


@pytest.mark.parametrize(
    ("old", "new", "message", "line"),
    [
        ("expires: 2027-05-10", "expires: 10/05/2027", "expires: '10/05/2027' is not a date", 10),
        ("expires: 2027-05-10", "expires: 2027-13-01", "is not a date in the form YYYY-MM-DD", 10),
        ("expires: 2027-05-10", 'expires: "next year"', "'next year' is not a date", 10),
        ("expires: 2027-05-10", "expires: 2027-05-10T12:00:00", "not a date and time", 10),
        ("created: 2026-11-20", "created: 20261120", "created: 20261120 is not a date", 9),
        ("expires: 2027-05-10", "expires: 2026-11-01", "is before created", 10),
        ("expires: 2027-05-10\n", "", "missing required field 'expires'", None),
        (
            "approved_by: bob@example.com",
            "approver: bob@example.com",
            "unknown field 'approver'",
            8,
        ),
        (
            "approved_by: bob@example.com",
            "approved_by: '*@example.com'",
            "must be one principal",
            8,
        ),
        ("approved_by: bob@example.com", "approved_by: [bob@example.com]", "non-empty string", 8),
        ('paths: ["services/translate/**"]', "paths: {a: 1}", "must be a list of glob", 5),
        ('paths: ["services/translate/**"]', "paths: []", "omit it", 5),
        ("id: nllb-translate", "id: ../../etc/passwd", "must be letters, digits", 1),
        (
            "model: facebook/nllb-200-distilled-600M",
            "model: pkg:npm/left-pad",
            "not a pkg:huggingface/ purl",
            2,
        ),
        ("model: facebook/nllb-200-distilled-600M", "model: a/b/c/d", "is not a model id", 2),
        ('reason: "Commercial', 'reason: ["Commercial', "not valid YAML", 7),
        (
            "rule: no-nc-in-production",
            "rule: no-nc-in-production\nrule: other",
            "not valid YAML",
            5,
        ),
        (
            'paths: ["services/translate/**"]',
            'paths: &everything ["**"]\nticket: *everything',
            "anchors and aliases",
            5,
        ),
        ('paths: ["services/translate/**"]', '<<: {paths: ["**"]}', "merge keys", 5),
        ('reason: "Commercial', 'reason: "\\e[2JCommercial', "control or invisible", 6),
        ("license: cc-by-nc-4.0", 'license: "cc-by-\u202enc-4.0"', "control or invisible", 3),
    ],
    ids=[
        "dmy-date",
        "month-13",
        "words",
        "datetime",
        "compact-date",
        "expires-before-created",
        "missing-expires",
        "unknown-field",
        "wildcard-approver",
        "list-approver",
        "paths-mapping",
        "paths-empty",
        "id-path",
        "npm-purl",
        "deep-id",
        "broken-quote",
        "duplicate-key",
        "anchor",
        "merge-key",
        "ansi-escape",
        "bidi-override",
    ],
)
def test_malformed_fields(
    repo: Repo, keys: dict[str, Key], old: str, new: str, message: str, line: int | None
) -> None:
    assert old in NLLB
    problem, where = problem_of(repo, NLLB.replace(old, new, 1), keys)
    assert message in problem
    if line is not None:
        assert where == line


@pytest.mark.parametrize(
    "content",
    [
        b"",
        b"- a\n- b\n",
        b"just text\n",
        b"\xff\xfe\x00binary",
        b"a: !!python/object:os.system x\n",
        b"&a [*a]\n",
    ],
    ids=["empty", "list", "scalar", "binary", "python-tag", "recursive-alias"],
)
def test_not_an_exception_at_all(repo: Repo, keys: dict[str, Key], content: bytes) -> None:
    problem, _ = problem_of(repo, content, keys)
    assert problem


def test_deeply_nested_yaml(repo: Repo, keys: dict[str, Key]) -> None:
    problem, _ = problem_of(repo, "id: " + "[" * 3000 + "]" * 3000 + "\n", keys)
    assert problem == "not valid YAML: nested too deeply"


def test_ten_megabyte_exception_file(repo: Repo, keys: dict[str, Key]) -> None:
    big = NLLB + "# padding\n" * (1024 * 1024)
    problem, _ = problem_of(repo, big, keys)
    assert problem == "file is larger than 64 KiB; exception files are small YAML documents"


def test_duplicate_ids(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    ssh_sign(keys["bob"], repo.write("a.yaml", NLLB))
    ssh_sign(keys["bob"], repo.write("b.yaml", NLLB))
    exset = load_exceptions(
        repo.root, ExceptionsConfig(), trust=WorkTreeReader(repo.root), today=TODAY
    )
    assert [e.valid for e in exset.entries] == [True, False]
    assert "duplicate id 'nllb-translate' (also in .license-gate/exceptions/a.yaml)" in str(
        exset.entries[1].problem
    )


def test_sig_is_a_directory(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    repo.write("nllb-translate.yaml", NLLB)
    (repo.exc_dir / "nllb-translate.yaml.sig").mkdir()
    exset = load_exceptions(
        repo.root, ExceptionsConfig(), trust=WorkTreeReader(repo.root), today=TODAY
    )
    assert "nllb-translate.yaml.sig is not a regular file" in str(exset.entries[0].problem)


def test_allowed_signers_not_utf8(repo: Repo, keys: dict[str, Key]) -> None:
    repo.allowed.parent.mkdir(parents=True)
    repo.allowed.write_bytes(b"\xff\xfe bob")
    ssh_sign(keys["bob"], repo.write("nllb-translate.yaml", NLLB))
    with pytest.raises(ConfigError, match="not UTF-8"):
        load_exceptions(repo.root, ExceptionsConfig(), trust=WorkTreeReader(repo.root), today=TODAY)


# --- fuzzing: only the documented errors, whatever the bytes ---------------------------------


def _armored(body: bytes) -> bytes:
    wrapped = base64.encodebytes(b"SSHSIG" + body)
    return b"-----BEGIN SSH SIGNATURE-----\n" + wrapped + b"-----END SSH SIGNATURE-----\n"


_fuzz = settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])


@_fuzz
@given(st.binary(max_size=600))
def test_signature_parser_only_raises_format_errors(data: bytes) -> None:
    with contextlib.suppress(SignatureFormatError):
        parse_signature(data)


@_fuzz
@given(
    st.binary(max_size=400).map(
        lambda b: (
            b"-----BEGIN SSH SIGNATURE-----\n"
            + __import__("base64").encodebytes(b"SSHSIG" + b)
            + b"-----END SSH SIGNATURE-----\n"
        )
    )
)
def test_armored_garbage_only_raises_format_errors(data: bytes) -> None:
    with contextlib.suppress(SignatureFormatError):
        parse_signature(data)


@_fuzz
@given(st.text(max_size=400))
def test_exception_parser_only_raises_format_errors(text: str) -> None:
    with contextlib.suppress(WaiverFormatError):
        parse_waiver(text.encode("utf-8", "surrogatepass"), path="x.yaml")


@_fuzz
@given(st.lists(st.sampled_from(NLLB.splitlines(keepends=True)), max_size=14), st.text(max_size=20))
def test_shuffled_exception_lines(lines: list[str], noise: str) -> None:
    with contextlib.suppress(WaiverFormatError):
        parse_waiver(("".join(lines) + noise).encode("utf-8", "surrogatepass"), path="x.yaml")


@_fuzz
@given(st.text(max_size=300))
def test_allowed_signers_parser_only_raises_config_errors(text: str) -> None:
    sources = []
    try:
        parse_allowed_signers(text.encode("utf-8", "surrogatepass"), source="allowed_signers")
    except ConfigError as e:
        sources.append(e.source)
    assert sources in ([], ["allowed_signers"])


def test_huge_allowed_signers(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com") * 20000)
    ssh_sign(keys["bob"], repo.write("nllb-translate.yaml", NLLB))
    with pytest.raises(ConfigError, match="the limit is 1024 KiB") as info:
        load_exceptions(repo.root, ExceptionsConfig(), trust=WorkTreeReader(repo.root), today=TODAY)
    assert info.value.source == ".license-gate/allowed_signers"


def test_folded_reason_is_fine() -> None:
    text = NLLB.replace(
        'reason: "Commercial agreement with the model owner, ticket LEGAL-42"',
        "reason: >\n  Commercial agreement with the model owner,\n  ticket LEGAL-42",
    )
    w = parse_waiver(text.encode(), path="x.yaml")
    assert w.reason == "Commercial agreement with the model owner, ticket LEGAL-42"
