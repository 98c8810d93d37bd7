"""`legation bench`: throughput and memory of extraction, ingest and the parallel engines.

A corpus is generated once (see `corpus`), then every configuration runs
`repeats` times, each in a fresh process (see `measure`), and the table shows
medians with their range. Extraction on one core is the headline; the other
rows say how much faster the same documents go with more workers or a cluster.
"""

from __future__ import annotations

import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .corpus import LANGS, write_corpus

WHATS = ("extract", "ingest", "workers", "dask", "compare")
TARGET_DOCS_PER_S = 300.0
TARGET_PEAK_MB = 400.0
TARGET_LANG_DOCS_PER_S = 150.0   # every language on its own, one core (issue 16)


@dataclass
class Row:
    """One configuration's figures over its repeats."""

    label: str
    engine: str
    workers: int
    runs: list[dict[str, Any]] = field(default_factory=list)
    note: str | None = None

    @property
    def rates(self) -> list[float]:
        return [r["docs"] / r["seconds"] for r in self.runs if r.get("seconds")]

    @property
    def docs_per_s(self) -> float:
        return statistics.median(self.rates) if self.rates else 0.0

    @property
    def mb_per_s(self) -> float:
        rates = [r["bytes"] / r["seconds"] / 1e6 for r in self.runs if r.get("seconds")]
        return statistics.median(rates) if rates else 0.0

    @property
    def peak_mb(self) -> float:
        return max((r["peak_kb"] for r in self.runs), default=0) / 1024

    @property
    def worker_peak_mb(self) -> float:
        return max((r.get("worker_peak_kb", 0) for r in self.runs), default=0) / 1024

    def lang_rates(self, clock: str = "seconds") -> dict[str, float]:
        """Documents/s of each language's documents (their time in extract and record), median of the
        repeats; `clock` "cpu_seconds" gives documents per CPU-second."""
        rates: dict[str, list[float]] = {}
        for run in self.runs:
            for lang, figures in run.get("langs", {}).items():
                if figures.get(clock):
                    rates.setdefault(lang, []).append(figures["docs"] / figures[clock])
        return {lang: statistics.median(values) for lang, values in sorted(rates.items())}

    def stage_shares(self) -> dict[str, float]:
        """Each stage's share of the time, summed over the repeats."""
        total: dict[str, float] = {}
        for run in self.runs:
            for name, seconds in run.get("stages", {}).items():
                total[name] = total.get(name, 0.0) + seconds
        whole = sum(total.values())
        return {name: s / whole for name, s in total.items()} if whole else {}

    def to_dict(self) -> dict[str, Any]:
        rates = self.rates
        return {"label": self.label, "engine": self.engine, "workers": self.workers,
                "note": self.note, "docs_per_s": round(self.docs_per_s, 1),
                "docs_per_s_min": round(min(rates), 1) if rates else None,
                "docs_per_s_max": round(max(rates), 1) if rates else None,
                "mb_per_s": round(self.mb_per_s, 3), "peak_mb": round(self.peak_mb, 1),
                "worker_peak_mb": round(self.worker_peak_mb, 1),
                "stage_shares": {k: round(v, 4) for k, v in self.stage_shares().items()},
                "langs_docs_per_s": {k: round(v, 1) for k, v in self.lang_rates().items()},
                "langs_docs_per_cpu_s": {k: round(v, 1) for k, v in self.lang_rates("cpu_seconds").items()},
                "docs_per_cpu_s": round(statistics.median(cpu), 1) if (cpu := [
                    r["docs"] / r["cpu_seconds"] for r in self.runs if r.get("cpu_seconds")]) else None,
                "repeats": len(self.runs)}


def _measure(config: dict[str, Any]) -> dict[str, Any]:
    """Run one configuration in a fresh interpreter and return what it printed."""
    done = subprocess.run([sys.executable, "-m", "legation.bench.measure", json.dumps(config)],
                          capture_output=True, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        tail = (done.stderr.strip().splitlines() or ["no output"])[-1]
        return {"error": f"exit {done.returncode}: {tail}"}
    result: dict[str, Any] = json.loads(lines[-1])
    return result


def _plan(what: Sequence[str], workers: Sequence[int], scheduler: str | None,
          langs: Sequence[str] = LANGS) -> list[tuple[Row, dict[str, Any]]]:
    plan: list[tuple[Row, dict[str, Any]]] = []
    if "extract" in what:
        plan.append((Row("extract", "inprocess", 1), {"mode": "extract"}))
    if "workers" in what:
        for n in workers:
            plan.append((Row("extract", "processes", n), {"mode": "processes", "workers": n}))
    if "dask" in what:
        if scheduler:
            plan.append((Row("extract", "dask", 0), {"mode": "dask", "scheduler": scheduler}))
        else:
            for n in workers:
                plan.append((Row("extract", "dask", n), {"mode": "dask", "workers": n}))
    if "ingest" in what:
        for n in workers:
            engine = "processes" if n > 1 else "inprocess"
            plan.append((Row("ingest", engine, n), {"mode": "ingest", "workers": n}))
        if "dask" in what:
            if scheduler:
                plan.append((Row("ingest", "dask", 0), {"mode": "ingest", "engine": "dask",
                                                        "scheduler": scheduler}))
            else:
                for n in workers:
                    plan.append((Row("ingest", "dask", n), {"mode": "ingest", "engine": "dask", "workers": n}))
    if "compare" in what:
        # Each other pipeline against ours on the same documents of its language.
        for lang, label, mode in (("en", "spaCy NER", "spacy"), ("ru", "natasha NER", "natasha")):
            if lang in langs:
                plan.append((Row(f"extract ({lang})", "inprocess", 1), {"mode": "extract", "langs": [lang]}))
                plan.append((Row(f"{label} ({lang})", "inprocess", 1), {"mode": mode}))
    return plan


def run_bench(docs: int = 1000, repeats: int = 3, what: Iterable[str] = WHATS,
              langs: Sequence[str] | None = None, workers: Sequence[int] = (1, 2),
              scheduler: str | None = None, seed: int = 0,
              progress: Callable[[str], None] | None = None) -> list[Row]:
    """Generate a corpus and measure every configuration in `what`, `repeats` times each.

    Args:
        docs: articles in the generated corpus.
        what: any of extract, ingest, workers, dask, compare (spaCy NER on the English articles, natasha NER on the Russian ones, when installed).
        workers: pool sizes for the workers, dask and ingest rows.
        scheduler: an existing Dask scheduler for the dask row, instead of local clusters.
        progress: told what is being measured, as it starts.

    Returns:
        One `Row` per configuration; a row that could not run has a `note` and no runs.
    """
    chosen = [w.strip() for w in what if w.strip()]
    unknown = sorted(set(chosen) - set(WHATS))
    if unknown:
        raise ValueError(f"unknown benchmark {', '.join(unknown)}; choose from {', '.join(WHATS)}")
    rows: list[Row] = []
    with tempfile.TemporaryDirectory(prefix="legation-bench-") as tmp:
        corpus = write_corpus(tmp, docs, seed=seed, langs=langs or LANGS, fmt="jsonl")
        for row, config in _plan(chosen, workers, scheduler, langs or LANGS):
            config["corpus"] = str(corpus)
            rows.append(row)
            for i in range(max(1, repeats)):
                if progress:
                    progress(f"{row.label} [{row.engine} x{row.workers or '?'}] run {i + 1}/{repeats}")
                result = _measure(config)
                if "skipped" in result or "error" in result:
                    row.note = (f"skipped: {result['skipped']}" if "skipped" in result
                                else f"failed: {result['error']}")
                    row.runs.clear()
                    break
                if result.get("workers"):
                    row.workers = result["workers"]
                row.runs.append(result)
    return rows


def machine() -> dict[str, Any]:
    """The machine the figures were measured on."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    memory = 0.0
    try:
        memory = os.sysconf("SC_PAGE_SIZE") * os.sysconf("SC_PHYS_PAGES") / 2**30
    except (ValueError, OSError, AttributeError):
        pass
    return {"cpus": os.cpu_count(), "cpu": cpu, "memory_gb": round(memory, 1),
            "python": platform.python_version(), "system": platform.system()}


def _lang_table(row: Row) -> str:
    """Each language's documents/s on one core (the extract row), four to a line, the slow ones marked."""
    rates, cpu = row.lang_rates(), row.lang_rates("cpu_seconds")
    docs: dict[str, int] = {}
    for run in row.runs[:1]:
        docs = {lang: int(f["docs"]) for lang, f in run.get("langs", {}).items()}
    cells = [f"{lang:<6} {rate:>5.0f}{'!' if rate < TARGET_LANG_DOCS_PER_S else ' '} {cpu.get(lang, 0):>5.0f} "
             f"({docs.get(lang, 0)})" for lang, rate in rates.items()]
    lines = [f"per language (extract, one core): docs/s, docs per CPU-second (documents) of each language's "
             f"documents, in extract and record; ! below {TARGET_LANG_DOCS_PER_S:.0f} docs/s"]
    lines += ["  " + "   ".join(f"{c:<24}" for c in cells[i:i + 4]).rstrip() for i in range(0, len(cells), 4)]
    slow = [lang for lang, rate in rates.items() if rate < TARGET_LANG_DOCS_PER_S]
    lines.append(f"  slowest: {min(rates, key=rates.__getitem__)} {min(rates.values()):.0f} docs/s; "
                 + (f"below {TARGET_LANG_DOCS_PER_S:.0f}: {', '.join(slow)}" if slow
                    else f"every language >= {TARGET_LANG_DOCS_PER_S:.0f} ok"))
    return "\n".join(lines)


def table(rows: Sequence[Row], *, docs: int, repeats: int) -> str:
    """The figures as a plain-text table, with stage shares and the targets."""
    # Each row against the first measured row of its kind: one core (or one worker).
    base: dict[str, float] = {}
    for r in rows:
        if r.runs and r.label not in base:
            base[r.label] = r.docs_per_s
    head = (f"{'what':<17} {'engine':<10} {'workers':>7} {'docs/s':>8} {'min-max':>13} {'MB/s':>6} "
            f"{'peak MB':>8} {'worker MB':>9} {'vs 1 core':>9}")
    lines = [f"legation bench: {docs} generated documents, median of {repeats} runs", "", head,
             "-" * len(head)]
    for r in rows:
        if not r.runs:
            lines.append(f"{r.label:<17} {r.engine:<10} {r.workers or '-':>7} {r.note}")
            continue
        rates = r.rates
        span = f"{min(rates):.0f}-{max(rates):.0f}"
        ratio = f"{r.docs_per_s / base[r.label]:.2f}x" if base.get(r.label) else "-"
        worker = f"{r.worker_peak_mb:.0f}" if r.worker_peak_mb else "-"
        lines.append(f"{r.label:<17} {r.engine:<10} {r.workers:>7} {r.docs_per_s:>8.1f} {span:>13} "
                     f"{r.mb_per_s:>6.2f} {r.peak_mb:>8.0f} {worker:>9} {ratio:>9}")
    for other, ours, language in (("spaCy", "extract (en)", "English"), ("natasha", "extract (ru)", "Russian")):
        theirs = next((r for r in rows if r.label.startswith(other) and r.runs), None)
        mine = next((r for r in rows if r.label == ours and r.runs), None)
        if theirs and mine:
            lines += ["", f"legation extract (whole pipeline) vs {other} NER alone on the same {language} "
                          f"documents: {mine.docs_per_s / theirs.docs_per_s:.2f}x the documents/s"]
    for r in rows:
        shares = r.stage_shares()
        if shares and r.label == "extract":
            lines += ["", f"stage shares ({r.label}, {r.engine}):",
                      "  " + " | ".join(f"{name} {share:.0%}" for name, share in shares.items())]
            per_doc = 1000 / r.docs_per_s if r.docs_per_s else 0.0
            cpu = [run["docs"] / run["cpu_seconds"] for run in r.runs if run.get("cpu_seconds")]
            cpu_note = (f"; {statistics.median(cpu):.1f} documents per CPU-second (what a busy machine "
                        "hides in wall time)") if cpu else ""
            lines.append(f"  {per_doc:.2f} ms per document{cpu_note}")
    headline = next((r for r in rows if r.label == "extract" and r.engine == "inprocess" and r.runs), None)
    if headline and headline.lang_rates():
        lines += ["", _lang_table(headline)]
    if headline:
        speed_ok = "ok" if headline.docs_per_s >= TARGET_DOCS_PER_S else "BELOW TARGET"
        mem_ok = "ok" if headline.peak_mb <= TARGET_PEAK_MB else "ABOVE TARGET"
        lines += ["", f"targets (one core): >= {TARGET_DOCS_PER_S:.0f} docs/s: {headline.docs_per_s:.0f} "
                      f"{speed_ok}; peak <= {TARGET_PEAK_MB:.0f} MB: {headline.peak_mb:.0f} {mem_ok}"]
    m = machine()
    lines += ["", f"machine: {m['cpus']} CPUs ({m['cpu']}), {m['memory_gb']} GB, "
                  f"Python {m['python']} on {m['system']}; load average at the end: "
                  f"{', '.join(f'{x:.2f}' for x in os.getloadavg())}"]
    return "\n".join(lines)
