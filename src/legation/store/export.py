"""Export a store's tables as Parquet (partitioned by month), CSV or JSON Lines.

Each table gets a `month` column (YYYY-MM, or "unknown") so Parquet output is
a hive-partitioned folder (`events/month=2024-10/...parquet`) that DuckDB,
Spark, pandas and polars read as one dataset.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from ..errors import InputError

FORMATS = ("parquet", "csv", "jsonl")

_TABLES: dict[str, str] = {
    "events": """
        SELECT id, type, mode, source, target, is_symmetric, date, date_precision, date_lo, date_hi,
               location_name, location_country, round, intensity, n_mentions, n_documents, n_sources,
               n_languages, languages, first_report, last_report,
               coalesce(month, 'unknown') AS month
        FROM happenings ORDER BY date_lo NULLS LAST, type, source, target, id""",
    "mentions": """
        SELECT hr.happening_id, e.document_id, e.event_id, e.type, e.mode, e.source, e.target,
               e.date, e.date_precision, e.location_name, e.location_country, e.round, e.topics,
               e.cameo, e.intensity, e.confidence, e.evidence_start, e.evidence_end, e.evidence_sentence,
               CASE WHEN e.evidence_start IS NOT NULL
                    THEN substr(d.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) END
                    AS evidence,
               d.lang, d.published, d.url, d.path, d.site,
               coalesce(strftime(coalesce(e.date_lo, d.published), '%Y-%m'), 'unknown') AS month
        FROM events e JOIN documents d ON d.id = e.document_id
        LEFT JOIN happening_reports hr ON hr.document_id = e.document_id AND hr.event_id = e.event_id
        ORDER BY e.document_id, e.event_id""",
    "figures": """
        SELECT f.document_id, f.figure_id, f.metric, f.reporter, f.partner, f.period, f.value, f.unit,
               f.compared_to, f.as_written, f.evidence_start, f.evidence_end, f.evidence_sentence,
               d.lang, d.published, d.url,
               coalesce(strftime(d.published, '%Y-%m'), 'unknown') AS month
        FROM figures f JOIN documents d ON d.id = f.document_id
        ORDER BY f.document_id, f.figure_id""",
    "flags": """
        SELECT 'document' AS scope, fl.document_id, NULL AS documents, fl.kind, fl.severity, fl.message,
               fl.figures, fl.proposal,
               coalesce(strftime(d.published, '%Y-%m'), 'unknown') AS month
        FROM flags fl JOIN documents d ON d.id = fl.document_id
        UNION ALL
        SELECT 'cross-document', NULL, c.documents, c.kind, c.severity, c.message, c.figures, NULL,
               coalesce((SELECT strftime(min(d.published), '%Y-%m') FROM documents d
                         WHERE list_contains(from_json(c.documents, '["VARCHAR"]'), d.id)), 'unknown')
        FROM figure_conflicts c
        ORDER BY scope DESC, document_id, kind""",
}


def export_tables(con: Any, fmt: str, out: str | Path) -> dict[str, str]:
    """Write events, mentions, figures and flags under `out`; returns table -> path written."""
    if fmt not in FORMATS:
        raise InputError("--format", f"{fmt!r} is not one of {', '.join(FORMATS)}")
    folder = Path(out)
    if folder.exists() and not folder.is_dir():
        raise InputError(str(folder), "exists and is not a folder")
    folder.mkdir(parents=True, exist_ok=True)
    written: dict[str, str] = {}
    for table, query in _TABLES.items():
        if fmt == "parquet":
            target = folder / table
            options = "FORMAT parquet, PARTITION_BY (month), OVERWRITE"
        elif fmt == "csv":
            target = folder / f"{table}.csv"
            options = "FORMAT csv, HEADER"
        else:
            target = folder / f"{table}.jsonl"
            options = "FORMAT json"
        path = str(target).replace("'", "''")
        empty = con.execute(f"SELECT count(*) = 0 FROM ({query})").fetchone()[0]
        if fmt == "parquet" and empty:
            # Partitioning writes no file for no rows; one empty file keeps the dataset's columns.
            target.mkdir(exist_ok=True)
            path = str(target / "empty.parquet").replace("'", "''")
            options = "FORMAT parquet"
        con.execute(f"COPY ({query}) TO '{path}' ({options})")
        written[table] = str(target)
    return written
