"""Precision and recall of the scanner on the labelled corpus in tests/corpus/.

    PYTHONPATH=. python benchmarks/scan_accuracy.py [--mode paths|text] [--json] [--limit N]
        [--repos a,b] [--file repo/path] [--save run.json] [--compare run.json]

Prints, per file type and overall: files, labelled positives and look-alike negatives, true and
false positives, false negatives, precision and recall; then every false positive (flagging those
that hit a labelled negative), every false negative, and revision/suppression mismatches on
matched references. The labels format and the matching rules are in tests/corpus/README.md.
Exit status: 0 after a run (a benchmark reports, it does not judge), 2 if the labels are
inconsistent with the corpus files.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

from tests.scan_accuracy.accuracy import (  # noqa: E402
    CORPUS,
    Found,
    Label,
    Score,
    check_labels,
    load_labels,
    render,
    repositories,
    run_scanner,
    score,
    split_summary,
)


def _error_keys(result: Score) -> set[tuple[str, str, int, str, str]]:
    """Every false positive and false negative as a comparable key."""
    keys = {("FP", f.file, f.line, f.kind, f.identifier.lower()) for f, _ in result.false_positives}
    keys |= {
        ("FN", lab.file, lab.line, lab.kind or "", (lab.identifier or "").lower())
        for lab in result.false_negatives
    }
    return keys


def explain_file(rel: str, labels: list[Label], found: list[Found]) -> str:
    """The labels of one corpus file and the scanner's findings, line by line."""
    out = [f"{rel}:"]
    rows: list[tuple[int, str]] = []
    for lab in labels:
        if lab.file == rel:
            what = lab.text if lab.label == "negative" else f"{lab.kind} {lab.identifier}"
            rows.append((lab.line, f"label {lab.label:<8} {what}"))
    for f in found:
        if f.file == rel:
            extra = f"@{f.revision}" if f.revision else ""
            extra += " (suppressed)" if f.suppressed else ""
            rows.append((f.line, f"found {'':<9}{f.kind} {f.identifier}{extra}"))
    if len(rows) == 0:
        out.append("  (no labels, nothing found)")
    out.extend(f"  {line:>5}  {text}" for line, text in sorted(rows))
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mode", choices=("paths", "text"), default="paths")
    parser.add_argument("--json", action="store_true", help="machine-readable summary")
    parser.add_argument("--limit", type=int, default=400, help="max FP/FN lines listed")
    parser.add_argument(
        "--repos",
        help="comma-separated corpus repositories to score (default: all); --list-repos shows them",
    )
    parser.add_argument("--list-repos", action="store_true")
    parser.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        help="a corpus directory with its own labels.json (default: tests/corpus); held-out "
        "batches are scored from outside the tree this way before anyone tunes against them",
    )
    parser.add_argument(
        "--file", help="show one corpus file's labels next to what the scanner reported"
    )
    parser.add_argument("--save", type=Path, help="write this run's FP/FN keys to a JSON file")
    parser.add_argument(
        "--compare", type=Path, help="a file from --save: list what is newly wrong or fixed"
    )
    args = parser.parse_args(argv)

    if args.list_repos:
        print("\n".join(repositories(args.corpus)))
        return 0
    corpus: Path = args.corpus.resolve()
    labels = load_labels(corpus / "labels.json")
    errors = check_labels(labels, corpus)
    if errors:
        print("labels are inconsistent with the corpus:", *errors, sep="\n  ", file=sys.stderr)
        return 2
    repos = set(args.repos.split(",")) if args.repos else None
    if repos is not None:
        unknown = repos - set(repositories(corpus))
        if unknown:
            print(f"unknown corpus repositories: {sorted(unknown)}", file=sys.stderr)
            return 2
        labels = [lab for lab in labels if lab.file.partition("/")[0] in repos]
    started = time.perf_counter()
    found = run_scanner(corpus, mode=args.mode, repos=repos)
    elapsed = time.perf_counter() - started
    result = score(labels, found)
    if args.file:
        print(explain_file(args.file, labels, found))
        return 0
    errors_now = _error_keys(result)
    if args.save:
        args.save.write_text(json.dumps(sorted(errors_now), indent=1) + "\n", encoding="utf-8")
    if args.json:
        summary = {
            "overall": {
                "precision": result.overall.precision,
                "recall": result.overall.recall,
                "tp": result.overall.tp,
                "fp": result.overall.fp,
                "fn": result.overall.fn,
            },
            "by_type": {
                k: {
                    "precision": t.precision,
                    "recall": t.recall,
                    "tp": t.tp,
                    "fp": t.fp,
                    "fn": t.fn,
                }
                for k, t in sorted(result.by_type.items())
            },
            "by_kind": {
                k: {
                    "precision": t.precision,
                    "recall": t.recall,
                    "tp": t.tp,
                    "fp": t.fp,
                    "fn": t.fn,
                }
                for k, t in sorted(result.by_kind.items())
            },
            "negatives_hit": result.negatives_hit,
            "negatives_total": result.negatives_total,
            "attribute_errors": len(result.attribute_errors),
            "seconds": round(elapsed, 3),
        }
        print(json.dumps(summary, indent=2))
    else:
        print(render(result, labels, limit=args.limit, repos=repos, corpus=corpus))
        split = split_summary(labels, found) if corpus == CORPUS.resolve() else ""
        if split:
            print(f"\nBY SPLIT\n{split}")
        print(f"\nscanned in {elapsed:.2f}s (mode {args.mode})")
    if args.compare:
        before = {tuple(e) for e in json.loads(args.compare.read_text(encoding="utf-8"))}
        for title, keys in (("NEWLY WRONG", errors_now - before), ("FIXED", before - errors_now)):
            print(f"\n{title} since {args.compare} ({len(keys)})")
            for key in sorted(keys):
                print("  " + "  ".join(str(k) for k in key))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
