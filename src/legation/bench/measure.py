"""One measured configuration of `legation bench`, run in a fresh process.

`python -m legation.bench.measure CONFIG_JSON` reads a corpus (JSONL written by
`legation.bench.corpus.write_corpus`), runs one configuration over it, and
prints one JSON line: documents, bytes, seconds, seconds per stage, and peak
memory. A fresh process per configuration keeps peaks from mixing: the
high-water mark of one run never shows up in the next.

Start-up (imports, worker processes, a Dask cluster) and a warm-up pass over a
few documents are not timed: the figures are for steady-state throughput.
"""

from __future__ import annotations

import gc
import json
import resource
import sys
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path
from typing import Any

WARMUP_DOCS = 14   # two documents per language of the first corpus (the parallel rows warm this many per worker)
# The in-process row warms this many documents of every language of its corpus: enough for the
# lookups built once per language and set of offices (office holders by sound, by office) to be
# built before the clock starts, as they are after the first documents of any long run.
WARMUP_PER_LANG = 8


def _items(corpus: str, langs: list[str] | None = None) -> Iterator[dict[str, Any]]:
    with open(corpus, encoding="utf-8") as fh:
        for line in fh:
            item = json.loads(line)
            if not langs or item["lang"] in langs:
                yield item


def _warmup(corpus: str, langs: list[str] | None = None) -> list[dict[str, Any]]:
    """The first `WARMUP_PER_LANG` documents of each language: every language's resources load
    before the clock starts, however many languages the corpus has."""
    seen: dict[str, int] = {}
    out = []
    for item in _items(corpus, langs):
        if seen.get(item["lang"], 0) < WARMUP_PER_LANG:
            seen[item["lang"]] = seen.get(item["lang"], 0) + 1
            out.append(item)
    return out


def _corpus_bytes(corpus: str, langs: list[str] | None = None) -> tuple[int, int]:
    docs = size = 0
    for item in _items(corpus, langs):
        docs += 1
        size += len(item["text"].encode("utf-8"))
    return docs, size


def _self_peak_kb() -> int:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss   # kilobytes on Linux


def _proc_peak_kb(pid: int) -> int:
    # VmHWM is the resident-set high-water mark of a live process.
    try:
        for line in Path(f"/proc/{pid}/status").read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1])
    except OSError:
        pass
    return 0


def _worker_peak(executor: Any) -> int:
    """The largest resident-set peak among an executor's worker processes, in KB."""
    pool = getattr(executor, "_pool", None)
    if pool is not None:                      # ProcessPool: read the workers' /proc entries
        processes = getattr(pool, "_processes", None) or {}
        return max((_proc_peak_kb(pid) for pid in processes), default=0)
    client = getattr(executor, "_client", None)
    if client is not None:                    # Dask: ask every worker for its own peak
        peaks = client.run(_self_peak_kb)
        return max(peaks.values(), default=0)
    return 0


def _extract(config: dict[str, Any]) -> dict[str, Any]:
    from ..errors import TooSlow
    from ..extract import _pipeline, extract
    from ..settings import DEFAULT

    corpus = config["corpus"]
    langs = config.get("langs")
    for item in _warmup(corpus, langs):   # load every language's resources
        try:
            extract(item["text"], published=item["published"], url=item["url"]).to_dict()
        except TooSlow:
            # The first document of a language builds its lexicons, which on a loaded machine can
            # take longer than a document's budget; they are built now, so it goes through again.
            extract(item["text"], published=item["published"], url=item["url"]).to_dict()
    # What start-up loaded (lexicons, gazetteers, office holders: most of a million objects) stays
    # for the process's life: out of the collector's sight, as a worker's warm-up leaves it. Else one
    # full collection over it, up to a second, lands in the measured window, and in whichever
    # language's documents it happens to (uz at 35 documents/s, every other over 90).
    gc.freeze()
    pipeline = _pipeline(DEFAULT, None)
    pipeline.timings = {}
    clock = time.perf_counter
    docs = size = 0
    extract_s = record_s = 0.0
    by_lang: dict[str, list[float]] = {}     # language -> [documents, seconds, CPU seconds in extract and record]
    cpu_clock = time.process_time
    cpu_start = time.process_time()
    start = clock()
    for item in _items(corpus, langs):
        text = item["text"]
        c0 = cpu_clock()
        t0 = clock()
        doc = extract(text, published=item["published"], url=item["url"])
        t1 = clock()
        doc.to_dict()
        t2 = clock()
        c2 = cpu_clock()
        record_s += t2 - t1
        extract_s += t1 - t0
        mine = by_lang.setdefault(item.get("lang") or "?", [0, 0.0, 0.0])
        mine[0] += 1
        mine[1] += t2 - t0
        mine[2] += c2 - c0
        docs += 1
        size += len(text.encode("utf-8"))
    seconds = clock() - start
    cpu_seconds = time.process_time() - cpu_start   # unaffected by other processes' load
    stages = dict(pipeline.timings)
    pipeline.timings = None
    # What extract() spends outside the stages: reading the input, building the Document.
    stages = {"read": max(0.0, extract_s - sum(stages.values())), **stages, "record": record_s}
    return {"docs": docs, "bytes": size, "seconds": seconds, "cpu_seconds": cpu_seconds, "stages": stages,
            "peak_kb": _self_peak_kb(), "worker_peak_kb": 0, "workers": 1,
            "langs": {lang: {"docs": int(n), "seconds": sec, "cpu_seconds": cpu}
                      for lang, (n, sec, cpu) in sorted(by_lang.items())}}


def _parallel(config: dict[str, Any]) -> dict[str, Any]:
    """Batch extraction as `legation extract CORPUS --engine E --out FILE` runs it: records to a JSONL file."""
    from ..batch import Options, as_json, outcomes, warm
    from ..executors import DaskEngine, ProcessPool
    from ..outputs import RecordWriter
    from ..read.inputs import iter_inputs

    corpus = config["corpus"]
    workers = int(config.get("workers") or 1)
    if config["mode"] == "dask":
        executor: Any = DaskEngine(workers, scheduler=config.get("scheduler"), warm=warm)
    else:
        # A real pool even for one worker: the ratio between pool sizes is what is measured.
        executor = ProcessPool(workers, warm=warm)

    def run(source: str, out: str) -> int:
        with RecordWriter(out) as writer:
            for done in outcomes(executor, iter_inputs([source]), Options(shape=as_json)):
                writer.write(done)
            return writer.written

    try:
        with tempfile.TemporaryDirectory(prefix="legation-bench-") as tmp:
            head = Path(tmp) / "warm.jsonl"
            with head.open("w", encoding="utf-8") as fh:
                for _, item in zip(range(WARMUP_DOCS * executor.workers), _items(corpus)):
                    fh.write(json.dumps(item, ensure_ascii=False) + "\n")
            run(str(head), str(Path(tmp) / "warm-records.jsonl"))
            docs, size = _corpus_bytes(corpus)
            start = time.perf_counter()
            done = run(corpus, str(Path(tmp) / "records.jsonl"))
            seconds = time.perf_counter() - start
        worker_peak = _worker_peak(executor)
        used = executor.workers
    finally:
        executor.close()
    return {"docs": done, "bytes": size if done == docs else 0, "seconds": seconds, "stages": {},
            "peak_kb": _self_peak_kb(), "worker_peak_kb": worker_peak, "workers": used}


def _ingest(config: dict[str, Any]) -> dict[str, Any]:
    try:
        from ..store import Store
        from ..store.ingest import ingest
    except ImportError as exc:
        return {"skipped": f"the store's ingest API is not importable ({exc})"}
    from ..batch import warm
    from ..executors import Engine

    corpus = config["corpus"]
    workers = int(config.get("workers") or 1)
    executor = Engine.choose(config.get("engine"), workers, config.get("scheduler")).start(warm=warm)
    worker_peak = 0
    try:
        with tempfile.TemporaryDirectory(prefix="legation-bench-") as tmp:
            # Warm the workers (and this process) on a throwaway store first.
            head = Path(tmp) / "warm.jsonl"
            with head.open("w", encoding="utf-8") as fh:
                for _, item in zip(range(WARMUP_DOCS * max(1, workers)), _items(corpus)):
                    fh.write(json.dumps(item, ensure_ascii=False) + "\n")
            with Store(Path(tmp) / "warm.duckdb") as store:
                ingest(store, [str(head)], executor=executor)
            docs, size = _corpus_bytes(corpus)
            with Store(Path(tmp) / "bench.duckdb") as store:
                start = time.perf_counter()
                summary = ingest(store, [corpus], executor=executor)
                seconds = time.perf_counter() - start
            worker_peak = _worker_peak(executor)
    finally:
        executor.close()
    return {"docs": summary.ingested, "bytes": size, "seconds": seconds, "stages": {},
            "peak_kb": _self_peak_kb(), "worker_peak_kb": worker_peak,
            "workers": getattr(executor, "workers", workers), "rejected": summary.rejected, "expected_docs": docs}


def _spacy(config: dict[str, Any]) -> dict[str, Any]:
    import importlib.util

    model = config.get("model") or "en_core_web_sm"
    if importlib.util.find_spec("spacy") is None or importlib.util.find_spec(model) is None:
        return {"skipped": f"spaCy with {model} is not installed"}
    import spacy

    nlp = spacy.load(model)
    # Named-entity recognition alone: the closest spaCy counterpart of legation's entity stages.
    keep = {"tok2vec", "ner"}
    nlp.select_pipes(enable=[name for name in nlp.pipe_names if name in keep])
    texts = [item["text"] for item in _items(config["corpus"], ["en"])]
    list(nlp.pipe(texts[:WARMUP_DOCS]))
    start = time.perf_counter()
    for _ in nlp.pipe(texts, batch_size=32):
        pass
    seconds = time.perf_counter() - start
    return {"docs": len(texts), "bytes": sum(len(t.encode("utf-8")) for t in texts),
            "seconds": seconds, "stages": {}, "peak_kb": _self_peak_kb(), "worker_peak_kb": 0,
            "workers": 1}


def _natasha(config: dict[str, Any]) -> dict[str, Any]:
    import importlib.util

    if importlib.util.find_spec("natasha") is None:
        return {"skipped": "natasha is not installed (pip install natasha: Russian NER that ships its weights)"}
    from natasha import Doc, NewsEmbedding, NewsNERTagger, Segmenter

    segmenter = Segmenter()
    tagger = NewsNERTagger(NewsEmbedding())

    def tag(text: str) -> None:
        doc = Doc(text)
        doc.segment(segmenter)
        doc.tag_ner(tagger)

    # Segmentation and NER alone: natasha's counterpart of legation's entity stages.
    texts = [item["text"] for item in _items(config["corpus"], ["ru"])]
    for text in texts[:WARMUP_DOCS]:
        tag(text)
    start = time.perf_counter()
    for text in texts:
        tag(text)
    seconds = time.perf_counter() - start
    return {"docs": len(texts), "bytes": sum(len(t.encode("utf-8")) for t in texts),
            "seconds": seconds, "stages": {}, "peak_kb": _self_peak_kb(), "worker_peak_kb": 0,
            "workers": 1}


MODES = {"extract": _extract, "processes": _parallel, "dask": _parallel, "ingest": _ingest,
         "spacy": _spacy, "natasha": _natasha}


def measure(config: dict[str, Any]) -> dict[str, Any]:
    """Run one configuration (`mode`, `corpus`, and the mode's options) and return its figures."""
    return MODES[config["mode"]](config)


def main(argv: list[str] | None = None) -> int:
    args = sys.argv[1:] if argv is None else argv
    config = json.loads(args[0])
    try:
        result = measure(config)
    except Exception as exc:   # reported as a row note by the parent, not a traceback mid-table
        result = {"error": f"{type(exc).__name__}: {exc}"}
    print(json.dumps(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
