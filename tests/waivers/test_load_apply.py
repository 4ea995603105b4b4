"""load_exceptions + apply_exceptions with real signatures: what applies, and every rejection."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from license_gate._repo import WorkTreeReader
from license_gate.errors import ConfigError
from license_gate.models import ExceptionsConfig, GateResult, Kind, Verdict
from license_gate.waivers import ExceptionSet, apply_exceptions, load_exceptions
from tests.waivers.conftest import NLLB, TODAY, Key, Repo, decision, ssh_sign


def load(repo: Repo, *, today: date = TODAY, **config: object) -> ExceptionSet:
    cfg = ExceptionsConfig(**config)  # type: ignore[arg-type]
    return load_exceptions(repo.root, cfg, trust=WorkTreeReader(repo.root), today=today)


def signed(repo: Repo, key: Key, text: str = NLLB, name: str = "nllb-translate.yaml") -> Path:
    path = repo.write(name, text)
    ssh_sign(key, path)
    return path


def only_problem(exset: ExceptionSet) -> str:
    (entry,) = exset.entries
    assert not entry.valid
    assert entry.problem is not None
    return entry.problem


def assert_not_applied(exset: ExceptionSet, reason: str | None) -> None:
    """The finding stays denied, carries the reason, and the run fails."""
    decisions, reports = apply_exceptions([decision()], exset, today=TODAY)
    (d,) = decisions
    assert d.verdict is Verdict.DENY
    assert d.exception is None
    if reason is not None:
        assert any(reason in n for n in d.notes), d.notes
    result = GateResult(decisions, exceptions=reports)
    assert result.exit_code == 1


# --- what applies ---------------------------------------------------------------------------


@pytest.mark.parametrize("name", ["bob", "carol", "dave"])
def test_signed_exception_lifts_the_finding(repo: Repo, keys: dict[str, Key], name: str) -> None:
    repo.trust(keys[name].signer_line("bob@example.com"))
    signed(repo, keys[name])
    exset = load(repo)
    (entry,) = exset.entries
    assert entry.valid, entry.problem
    assert entry.signer == "bob@example.com"
    other = decision("bigscience/bloom", license="bigscience-bloom-rail-1.0", path="x.py")
    decisions, reports = apply_exceptions([decision(), other], exset, today=TODAY)
    assert decisions[0].verdict is Verdict.EXCEPTED
    assert decisions[0].exception == "nllb-translate"
    assert decisions[1] == other
    assert [r.status for r in reports] == ["applied"]
    assert "services/translate/app.py:12" in reports[0].message
    assert GateResult(decisions[:1], exceptions=reports).exit_code == 0


def test_wildcard_principal_and_namespaces_option(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(
        keys["bob"].signer_line(
            "*@example.com,!eve@example.com", 'namespaces="license-gate-exception,file"'
        )
    )
    signed(repo, keys["bob"])
    assert load(repo).entries[0].valid


def test_model_as_purl_with_revision(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    rev = "f5a3b2c1d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9"
    text = NLLB.replace(
        "model: facebook/nllb-200-distilled-600M",
        f"model: pkg:huggingface/facebook/nllb-200-distilled-600M@{rev}",
    )
    signed(repo, keys["bob"], text)
    exset = load(repo)
    pinned = decision(revision=rev)
    unpinned = decision()
    other = decision(revision="0" * 40)
    out, _ = apply_exceptions([pinned, unpinned, other], exset, today=TODAY)
    assert out[0].verdict is Verdict.EXCEPTED
    assert out[1].verdict is Verdict.DENY
    assert out[1].notes == (
        f"exception nllb-translate not applied: it is for revision {rev}, the reference has "
        "no pinned revision",
    )
    assert out[2].verdict is Verdict.DENY
    assert f"the reference has revision {'0' * 40}" in out[2].notes[0]


def test_identifier_and_license_compare_case_insensitively(
    repo: Repo, keys: dict[str, Key]
) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    text = NLLB.replace("facebook/nllb-200-distilled-600M", "Facebook/NLLB-200-distilled-600m")
    signed(repo, keys["bob"], text.replace("cc-by-nc-4.0", "CC-BY-NC-4.0"))
    out, _ = apply_exceptions([decision()], load(repo), today=TODAY)
    assert out[0].verdict is Verdict.EXCEPTED


def test_warn_is_lifted_but_allow_is_left_alone(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    signed(repo, keys["bob"])
    warn = decision(verdict=Verdict.WARN)
    allow = decision(verdict=Verdict.ALLOW)
    out, reports = apply_exceptions([warn], load(repo), today=TODAY)
    assert out[0].verdict is Verdict.EXCEPTED
    out, reports = apply_exceptions([allow], load(repo), today=TODAY)
    assert out[0] == allow
    assert [r.status for r in reports] == ["unused"]


def test_no_exception_directory_is_empty(repo: Repo) -> None:
    exset = load(repo)
    assert exset.entries == ()
    d = decision()
    assert apply_exceptions([d], exset, today=TODAY) == ((d,), ())


def test_no_exceptions_imports_nothing_heavy(repo: Repo) -> None:
    """The hook's fast path: without exception files neither cryptography nor ruamel loads."""
    import subprocess
    import sys

    code = (
        "import sys, datetime, pathlib\n"
        "from license_gate._repo import WorkTreeReader\n"
        "from license_gate.models import ExceptionsConfig\n"
        "from license_gate.waivers import apply_exceptions, load_exceptions\n"
        "root = pathlib.Path(sys.argv[1])\n"
        "s = load_exceptions(root, ExceptionsConfig(), trust=WorkTreeReader(root),"
        " today=datetime.date.today())\n"
        "apply_exceptions([], s, today=datetime.date.today())\n"
        "heavy = [m for m in sys.modules if m.startswith(('cryptography', 'ruamel'))]\n"
        "print(heavy)\n"
    )
    repo.exc_dir.mkdir(parents=True)
    out = subprocess.run(
        [sys.executable, "-c", code, str(repo.root)],
        capture_output=True,
        text=True,
        check=True,
        cwd=Path(__file__).parents[2],
    )
    assert out.stdout.strip() == "[]"


def test_unused_and_expiring_reports(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    signed(repo, keys["bob"], NLLB.replace("2027-05-10", "2026-12-03"))
    exset = load(repo)
    _, reports = apply_exceptions([], exset, today=TODAY)
    assert [r.status for r in reports] == ["unused", "expiring"]
    assert "in 7 days" in reports[1].message
    assert GateResult((), exceptions=reports).exit_code == 0


# --- rejections: signature and trust --------------------------------------------------------


def _nllb_fields() -> list[tuple[str, str]]:
    out = []
    for line in NLLB.splitlines():
        key = line.split(":", 1)[0]
        out.append((key, line))
    return out


@pytest.mark.parametrize(("field", "line"), _nllb_fields(), ids=[f for f, _ in _nllb_fields()])
def test_one_byte_changed_in_any_field(
    repo: Repo, keys: dict[str, Key], field: str, line: str
) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    path = signed(repo, keys["bob"])
    data = bytearray(path.read_bytes())
    start = data.index(line.encode())
    # change one byte inside the value (after "key: "), keeping the file valid YAML
    pos = start + len(field) + 2
    while chr(data[pos]) in ' "[':
        pos += 1
    data[pos] = ord("9") if chr(data[pos]) != "9" else ord("8")
    path.write_bytes(bytes(data))
    problem = only_problem(load(repo))
    if field in ("model", "created"):  # no longer names this model / no longer parses
        assert_not_applied(load(repo), None)
    else:
        assert "does not match the file" in problem
        assert_not_applied(load(repo), "changed after it was signed")


def test_one_byte_appended_is_rejected(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    path = signed(repo, keys["bob"])
    path.write_bytes(path.read_bytes() + b"\n")
    assert "does not match the file" in only_problem(load(repo))
    assert_not_applied(load(repo), "changed after it was signed")


def test_unlisted_key(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    signed(repo, keys["mallory"])
    assert "not in .license-gate/allowed_signers" in only_problem(load(repo))
    assert_not_applied(load(repo), "key not in")


def test_listed_key_signing_for_another_principal(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(
        keys["bob"].signer_line("bob@example.com"),
        keys["mallory"].signer_line("mallory@example.com"),
    )
    signed(repo, keys["mallory"])  # approved_by says bob
    problem = only_problem(load(repo))
    assert "listed for mallory@example.com, not for approved_by bob@example.com" in problem
    assert_not_applied(load(repo), "not for approved_by")


def test_negated_principal_is_refused(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("*@example.com,!bob@example.com"))
    signed(repo, keys["bob"])
    assert "not for approved_by" in only_problem(load(repo))


def test_wrong_namespace(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    path = repo.write("nllb-translate.yaml", NLLB)
    ssh_sign(keys["bob"], path, namespace="git")
    assert "namespace 'git', not 'license-gate-exception'" in only_problem(load(repo))
    assert_not_applied(load(repo), "namespace")


def test_namespaces_option_excludes_ours(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com", 'namespaces="git,file"'))
    signed(repo, keys["bob"])
    assert "does not allow namespace" in only_problem(load(repo))


def test_key_past_valid_before(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com", 'valid-before="20261101Z"'))
    signed(repo, keys["bob"])
    assert 'valid-before="20261101Z"' in only_problem(load(repo))
    assert_not_applied(load(repo), "no longer valid")


def test_key_not_yet_valid(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com", 'valid-after="202612011200Z"'))
    signed(repo, keys["bob"])
    assert "not valid before 202612011200Z" in only_problem(load(repo))


def test_key_inside_validity_window(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(
        keys["bob"].signer_line("bob@example.com", 'valid-after="20260101",valid-before="20270101"')
    )
    signed(repo, keys["bob"])
    assert load(repo).entries[0].valid


def test_sig_that_is_not_sshsig(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    repo.write("nllb-translate.yaml", NLLB)
    repo.write(
        "nllb-translate.yaml.sig",
        "-----BEGIN PGP SIGNATURE-----\n\niQEzBAABCAAdFiEE\n-----END PGP SIGNATURE-----\n",
    )
    assert "nllb-translate.yaml.sig: not an SSH signature" in only_problem(load(repo))
    assert_not_applied(load(repo), "not an SSH signature")


def test_missing_sig(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    repo.write("nllb-translate.yaml", NLLB)
    assert "missing signature nllb-translate.yaml.sig" in only_problem(load(repo))
    assert_not_applied(load(repo), "missing signature")


def test_missing_allowed_signers(repo: Repo, keys: dict[str, Key]) -> None:
    signed(repo, keys["bob"])
    assert "no trusted signers" in only_problem(load(repo))


@pytest.mark.parametrize(
    "content",
    [b"", b"-----BEGIN SSH SIGNATURE-----\nU1NIU0lHAAAAAQ\n", b"\x89PNG\r\n\x1a\n" * 100],
    ids=["empty", "truncated", "binary"],
)
def test_garbage_sig_files(repo: Repo, keys: dict[str, Key], content: bytes) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    repo.write("nllb-translate.yaml", NLLB)
    repo.write("nllb-translate.yaml.sig", content)
    assert "nllb-translate.yaml.sig" in only_problem(load(repo))
    assert_not_applied(load(repo), "not applied")


def test_huge_sig_file(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    repo.write("nllb-translate.yaml", NLLB)
    repo.write("nllb-translate.yaml.sig", b"A" * 1_000_000)
    assert "larger than" in only_problem(load(repo))


def test_signature_moved_to_another_exception(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    first = signed(repo, keys["bob"])
    other = NLLB.replace("nllb-translate", "bloom").replace(
        "facebook/nllb-200-distilled-600M", "bigscience/bloom"
    )
    repo.write("bloom.yaml", other)
    Path(f"{repo.exc_dir}/bloom.yaml.sig").write_bytes(Path(f"{first}.sig").read_bytes())
    exset = load(repo)
    assert [e.valid for e in exset.entries] == [False, True]  # bloom.yaml sorts first


# --- rejections: dates, scope, drift --------------------------------------------------------


def test_expired_exception(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    signed(repo, keys["bob"], NLLB.replace("2027-05-10", "2026-11-25"))
    entry = load(repo).entries[0]
    assert entry.problem == "expired on 2026-11-25"
    assert entry.line == 10
    assert_not_applied(load(repo), "exception nllb-translate not applied: expired on 2026-11-25")


def test_expires_today_still_applies(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    signed(repo, keys["bob"], NLLB.replace("2027-05-10", "2026-11-26"))
    out, reports = apply_exceptions([decision()], load(repo), today=TODAY)
    assert out[0].verdict is Verdict.EXCEPTED
    assert reports[-1].message.startswith("ends today (2026-11-26)")


def test_expires_beyond_max_days(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    signed(repo, keys["bob"], NLLB.replace("2027-05-10", "2027-11-20"))
    problem = only_problem(load(repo))
    assert "365 days after created 2026-11-20; the policy allows at most 180 days" in problem
    assert load(repo, max_days=400).entries[0].valid
    assert_not_applied(load(repo), "at most 180 days")


def test_created_in_the_future(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    signed(repo, keys["bob"], NLLB.replace("created: 2026-11-20", "created: 2027-03-01"))
    assert "is in the future" in only_problem(load(repo))


def test_changed_upstream_license(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    signed(repo, keys["bob"])
    relicensed = decision(license="cc-by-nc-sa-4.0")
    out, reports = apply_exceptions([relicensed], load(repo), today=TODAY)
    assert out[0].verdict is Verdict.DENY
    assert out[0].notes == (
        "exception nllb-translate not applied: license changed from cc-by-nc-4.0 (approved) "
        "to cc-by-nc-sa-4.0",
    )
    assert reports[0].status == "unused"
    assert "license changed" in reports[0].message


def test_unresolved_license_never_matches(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    signed(repo, keys["bob"])
    out, _ = apply_exceptions([decision(unresolved="not-found")], load(repo), today=TODAY)
    assert out[0].verdict is Verdict.DENY
    assert "could not be resolved" in out[0].notes[0]


def test_path_out_of_scope(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    signed(repo, keys["bob"])
    inside = decision(path="services/translate/worker/batch.py")
    outside = decision(path="services/chat/app.py")
    out, _ = apply_exceptions([inside, outside], load(repo), today=TODAY)
    assert out[0].verdict is Verdict.EXCEPTED
    assert out[1].verdict is Verdict.DENY
    assert "services/chat/app.py is outside its paths" in out[1].notes[0]


def test_other_rule_is_not_lifted(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    signed(repo, keys["bob"])
    d = decision(rule="no-unknown-licenses")
    out, _ = apply_exceptions([d], load(repo), today=TODAY)
    assert out[0].verdict is Verdict.DENY
    assert "lifts rule 'no-nc-in-production'" in out[0].notes[0]


def test_dataset_prefix_only_matches_datasets(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    text = NLLB.replace("model: facebook/nllb-200-distilled-600M", "model: datasets/org/corpus")
    signed(repo, keys["bob"], text)
    model = decision("org/corpus")
    dataset = decision("org/corpus", kind=Kind.DATASET)
    out, _ = apply_exceptions([model, dataset], load(repo), today=TODAY)
    assert [d.verdict for d in out] == [Verdict.DENY, Verdict.EXCEPTED]


def test_legacy_id_as_written_matches(repo: Repo, keys: dict[str, Key]) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    text = NLLB.replace("facebook/nllb-200-distilled-600M", "gpt2").replace(
        'paths: ["services/translate/**"]   # optional; default every file\n', ""
    )
    signed(repo, keys["bob"], text)
    d = decision("openai-community/gpt2", written="gpt2", path="train.py")
    out, _ = apply_exceptions([d], load(repo), today=TODAY)
    assert out[0].verdict is Verdict.EXCEPTED


# --- unsigned mode --------------------------------------------------------------------------


def test_require_signature_false_accepts_unsigned(repo: Repo) -> None:
    repo.write("nllb-translate.yaml", NLLB)
    exset = load(repo, require_signature=False)
    out, reports = apply_exceptions([decision()], exset, today=TODAY)
    assert out[0].verdict is Verdict.EXCEPTED
    assert [r.status for r in reports] == ["applied"]
    assert "unsigned, accepted because exceptions.require_signature is false" in (
        reports[0].message
    )


def test_require_signature_false_still_refuses_a_bad_signature(
    repo: Repo, keys: dict[str, Key]
) -> None:
    repo.trust(keys["bob"].signer_line("bob@example.com"))
    path = signed(repo, keys["bob"])
    path.write_text(NLLB.replace("LEGAL-42", "LEGAL-43"))
    assert "does not match" in only_problem(load(repo, require_signature=False))


# --- allowed_signers errors -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "message"),
    [
        ("bob@example.com no-touch-required {pub}\n", "unknown option 'no-touch-required'"),
        ("bob@example.com cert-authority {pub}\n", "cert-authority is not supported"),
        ("bob@example.com ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIB\n", "broken ssh-ed25519 key"),
        ("bob@example.com ssh-ed25519 not*base64\n", "not valid base64"),
        ('bob@example.com valid-before="2027-01-01" {pub}\n', "valid-before"),
        ("bob@example.com valid-before=20270101 {pub}\n", "must be in double quotes"),
        ("bob@example.com\n", "expected `principals [options] keytype base64-key`"),
        ("bob@example.com ssh-rsa {pub_ed}\n", "its data is a 'ssh-ed25519' key"),
    ],
    ids=[
        "unknown-option",
        "cert-authority",
        "truncated-key",
        "bad-base64",
        "bad-date",
        "unquoted",
        "no-key",
        "type-mismatch",
    ],
)
def test_broken_allowed_signers_is_a_config_error(
    repo: Repo, keys: dict[str, Key], line: str, message: str
) -> None:
    ed = keys["bob"].pub.split()[1]
    repo.trust(line.format(pub=keys["bob"].pub, pub_ed=ed))
    signed(repo, keys["bob"])
    with pytest.raises(ConfigError) as info:
        load(repo)
    assert message in info.value.message
    assert info.value.diagnostics().startswith(".license-gate/allowed_signers:2: ")


def test_policy_namespace_is_the_one_checked(repo: Repo, keys: dict[str, Key]) -> None:
    ns = "license-gate-exception@example.com"
    repo.trust(keys["bob"].signer_line("bob@example.com", f'namespaces="{ns}"'))
    path = repo.write("nllb-translate.yaml", NLLB)
    ssh_sign(keys["bob"], path, namespace=ns)
    assert load(repo, namespace=ns).entries[0].valid
    assert f"namespace {ns!r}, not 'license-gate-exception'" in only_problem(load(repo))


def test_allowed_signers_is_read_only_through_trust(repo: Repo, keys: dict[str, Key]) -> None:
    """The working tree's allowed_signers trusts mallory; the trust reader does not."""

    class BaseBranch:
        description = "git ref origin/main"

        def read(self, path: str) -> bytes | None:
            assert path == ".license-gate/allowed_signers"
            return keys["bob"].signer_line("bob@example.com").encode()

    repo.trust(keys["mallory"].signer_line("bob@example.com"))
    signed(repo, keys["mallory"])
    exset = load_exceptions(repo.root, ExceptionsConfig(), trust=BaseBranch(), today=TODAY)
    (entry,) = exset.entries
    assert entry.problem is not None
    assert "not in .license-gate/allowed_signers (git ref origin/main)" in entry.problem
    assert exset.trust == "git ref origin/main"
