"""The GitHub job summary (`$GITHUB_STEP_SUMMARY`): a verdict line, a table of findings (file:line
linked to the commit when the GITHUB_* values are given, models linked to their Hub page), the
lineage chains as a Mermaid graph, exceptions used and expiring, notes, and the suppressed
references. Kept under `RenderOptions.summary_limit` bytes (GitHub's limit is 1 MiB per step):
the least important rows are dropped first, with a note saying how many.
"""

from __future__ import annotations

from urllib.parse import quote

from license_gate.models import Decision, GateResult, Source, Verdict
from license_gate.report._common import (
    by_severity,
    exception_hint,
    hub_link,
    license_text,
    lineage_text,
    outcome,
    provenance,
    snapshot_dates,
    summary_counts,
)
from license_gate.report.interface import RenderOptions

__all__ = ["MarkdownFormatter", "cell"]

_ICON = {
    Verdict.DENY: "❌ deny",
    Verdict.WARN: "⚠️ warn",
    Verdict.EXCEPTED: "☑️ excepted",
    Verdict.ALLOW: "✅ allow",
}
_OUTCOME = {"failed": "❌", "undecided": "❔", "passed": "✅"}
_EXCEPTION_ICON = {"applied": "☑️", "expiring": "⏳", "unused": "💤", "invalid": "❌"}
_MAX_CHAINS = 100


def cell(text: str) -> str:
    """Text safe inside a table cell: no pipes, no raw HTML, no line breaks."""
    text = text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    text = text.replace("|", "\\|").replace("\r", "")
    return "<br>".join(part for part in text.split("\n"))


def _code(text: str) -> str:
    return "`" + text.replace("`", "'") + "`"


def _file_link(d: Decision, options: RenderOptions) -> str:
    r = d.reference
    label = cell(f"{r.path}:{r.line}")
    if options.github_server_url and options.github_repository and options.github_sha:
        base = options.github_server_url.rstrip("/")
        url = f"{base}/{options.github_repository}/blob/{options.github_sha}/{quote(r.path)}"
        return f"[{label}]({url}#L{r.line})"
    return label


def _model_link(d: Decision, options: RenderOptions) -> str:
    url = hub_link(d.reference.kind, d.identifier, options.hub_url)
    label = cell(d.identifier)
    kind = "" if d.reference.kind.value == "model" else f" ({d.reference.kind.value})"
    return (f"[{label}]({url})" if url else label) + kind


def _details(d: Decision) -> str:
    parts = [cell(d.message)] if d.message else []
    if d.lineage:
        parts.append(cell(f"via {lineage_text(d.lineage)}"))
    label = provenance(d)
    if label:
        record = d.assessment.record
        stale = record is not None and record.source is Source.SNAPSHOT
        parts.append(f"**{cell(label)}**" if stale else cell(label))
    if d.assessment.unresolved is not None:
        parts.append(cell(f"could not resolve: {d.assessment.unresolved.detail}"))
    if d.exception:
        parts.append(f"exception {_code(d.exception)}")
    parts.extend(cell(n) for n in d.notes)
    return "<br>".join(parts)


def _row(d: Decision, options: RenderOptions) -> str:
    verdict = _ICON[d.verdict] + (" (pre-existing)" if d.pre_existing else "")
    return (
        f"| {_file_link(d, options)} | {_model_link(d, options)} | {cell(license_text(d))} "
        f"| {_code(d.rule)} | {verdict} | {_details(d)} |"
    )


def _mermaid_label(text: str) -> str:
    return text.replace('"', "#quot;").replace("<", "#lt;").replace(">", "#gt;")


def _mermaid(decisions: list[Decision]) -> list[str]:
    chains = [d for d in decisions if d.lineage][:_MAX_CHAINS]
    if not chains:
        return []
    nodes: dict[str, str] = {}
    lines = ["```mermaid", "graph LR"]

    def node(identifier: str, license: str | None) -> str:
        key = identifier.lower()
        if key not in nodes:
            nodes[key] = f"n{len(nodes)}"
            lic = license or "no license declared"
            label = f"{_mermaid_label(identifier)}<br/>{_mermaid_label(lic)}"
            lines.append(f'  {nodes[key]}["{label}"]')
        return nodes[key]

    edges: list[str] = []
    for d in chains:
        current = node(d.identifier, d.license)
        for step in d.lineage:
            parent = node(step.identifier, step.license)
            edge = f"  {current} -->|{_mermaid_label(step.relation)}| {parent}"
            if edge not in edges:
                edges.append(edge)
            current = parent
    lines.extend(edges)
    lines.append("```")
    return lines


class MarkdownFormatter:
    """Markdown for the GitHub job summary (and any markdown viewer)."""

    name = "markdown"

    def render(self, result: GateResult, options: RenderOptions) -> str:
        state = outcome(result)
        counts = " · ".join(
            f"**{n} {label}**" if label == "denied" and n else f"{n} {label}"
            for label, n in summary_counts(result)
            if n or label in ("denied", "warned")
        )
        policy = f" — policy {_code(result.policy_name)}" if result.policy_name else ""
        head = [f"## {_OUTCOME[state.split()[0]]} license-gate: {state}", "", counts + policy, ""]
        dates = snapshot_dates(result)
        if dates:
            head += [
                f"> [!WARNING]\n> Some licenses came from the bundled snapshot recorded "
                f"{', '.join(dates)}, not from the Hub: they may be out of date.",
                "",
            ]

        shown = [
            d
            for d in by_severity(result.decisions)
            if options.verbose or d.verdict is not Verdict.ALLOW
        ]
        table_head = [
            "| File | Model | License | Rule | Verdict | Details |",
            "| --- | --- | --- | --- | --- | --- |",
        ]
        rows = [_row(d, options) for d in shown]

        tail: list[str] = []
        denied = [d for d in shown if d.verdict is Verdict.DENY]
        if denied:
            tail += ["", f"To request an exception: {_code(exception_hint(denied[0]))}"]
        graph = _mermaid(shown)
        if graph:
            tail += ["", "### Lineage", "", *graph]
        if result.exceptions:
            tail += [
                "",
                "### Exceptions",
                "",
                "| Exception | Status | Expires | File | Details |",
                "| --- | --- | --- | --- | --- |",
            ]
            tail += [
                f"| {_code(e.id)} | {_EXCEPTION_ICON.get(e.status, '')} {cell(e.status)} "
                f"| {cell(e.expires or '')} | {cell(e.path)} | {cell(e.message)} |"
                for e in result.exceptions
            ]
        notes = [n for n in result.notes if options.verbose or n.level != "info"]
        if notes:
            tail += ["", "### Notes", ""]
            for n in notes:
                where = f" {_code(n.path + (f':{n.line}' if n.line else ''))}" if n.path else ""
                tail.append(f"- **{n.level}**{where}: {cell(n.message)} ({_code(n.code)})")
        if result.suppressed:
            tail += [
                "",
                f"<details><summary>{len(result.suppressed)} suppressed reference(s)</summary>",
                "",
            ]
            for r in sorted(result.suppressed, key=lambda r: (r.path, r.line, r.column)):
                why = f": {cell(r.suppression)}" if r.suppression else ""
                tail.append(f"- {_code(f'{r.path}:{r.line}')} {_code(r.identifier)}{why}")
            tail += ["", "</details>"]

        return self._fit(head, table_head if rows else [], rows, tail, options.summary_limit)

    @staticmethod
    def _fit(
        head: list[str], table_head: list[str], rows: list[str], tail: list[str], limit: int
    ) -> str:
        def size(lines: list[str]) -> int:
            return sum(len(line.encode("utf-8")) + 1 for line in lines)

        fixed = size(head) + size(table_head) + size(tail)
        if fixed + size(rows) <= limit:
            return "\n".join([*head, *table_head, *rows, *tail]) + "\n"
        note_reserve = 200
        budget = limit - fixed - note_reserve
        kept: list[str] = []
        used = 0
        for row in rows:
            cost = len(row.encode("utf-8")) + 1
            if used + cost > budget:
                break
            kept.append(row)
            used += cost
        dropped = len(rows) - len(kept)
        note = (
            f"\n_{dropped} more finding(s) not shown: GitHub limits a job summary to 1 MiB. "
            "The SARIF file and `--format json` list them all._"
        )
        body = [*head, *table_head, *kept, note, *tail]
        text = "\n".join(body) + "\n"
        if len(text.encode("utf-8")) > limit:  # the fixed parts alone are too large
            text = text.encode("utf-8")[: max(limit - 200, 0)].decode("utf-8", "ignore")
            text += "\n\n_Summary truncated: GitHub limits a job summary to 1 MiB._\n"
        return text
