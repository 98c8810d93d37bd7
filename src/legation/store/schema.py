"""The store's schema, as numbered migrations recorded in the database.

A migration is applied once, in its own transaction, and recorded in
`migrations`; opening a store applies whatever is missing. Never edit a
migration that has shipped: add the next number.

Row layout, in brief:
- `documents`: one row per distinct cleaned body (id = record id), with the full record JSON.
- `inputs`: every input seen (file, JSON line, WARC record) by a content key, and what became
  of it; lets a re-run skip work already committed.
  Both are unique by `Store.write_batch`, not by a primary key (see migration 3).
- `entities`/`mentions`, `events`/`event_mentions`, `figures`, `flags`: the record's layers.
- `happenings`/`happening_reports`: reports of one happening merged across documents.
- `figure_conflicts`: cross-document flags (same metric, pair and period; different values).
- `rejects`: inputs that could not be read as articles, with the reason.

Rows derived across documents (`happenings`, `figure_conflicts`) carry the `bucket` they
were computed for, so exactly the buckets new reports fell into are recomputed.
`pending_merges` lists those buckets between the batch that touched them and the merge
(see `Store.settle`).
"""

from __future__ import annotations

MIGRATIONS: tuple[tuple[int, str, str], ...] = (
    (1, "initial schema", """
CREATE TABLE documents (
    id VARCHAR PRIMARY KEY,
    path VARCHAR, url VARCHAR, title VARCHAR, published DATE, site VARCHAR,
    source_key VARCHAR NOT NULL,          -- site, else URL host, else the document id
    lang VARCHAR, lang_confidence DOUBLE,
    text VARCHAR NOT NULL,
    record VARCHAR NOT NULL,              -- the full legation/1 record as JSON
    n_events INTEGER, n_figures INTEGER, n_flags INTEGER,
    ingested_at TIMESTAMP NOT NULL
);
CREATE TABLE inputs (
    key VARCHAR PRIMARY KEY,              -- sha256 of the input bytes and its metadata
    input VARCHAR NOT NULL,               -- path, path:line, or path#record
    outcome VARCHAR NOT NULL,             -- ingested | duplicate | rejected
    document_id VARCHAR,
    seen_at TIMESTAMP NOT NULL
);
CREATE TABLE entities (
    document_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL,
    kind VARCHAR NOT NULL, code VARCHAR, name VARCHAR, role VARCHAR, country VARCHAR,
    geonameid BIGINT, n_mentions INTEGER
);
CREATE TABLE mentions (
    document_id VARCHAR NOT NULL, entity_id VARCHAR NOT NULL,
    start_char INTEGER, end_char INTEGER, text VARCHAR
);
CREATE TABLE events (
    document_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL,
    type VARCHAR NOT NULL, mode VARCHAR,
    source VARCHAR, target VARCHAR, source_entity VARCHAR, target_entity VARCHAR,
    date VARCHAR, date_precision VARCHAR, date_lo DATE, date_hi DATE,
    location_name VARCHAR, location_country VARCHAR,
    round INTEGER, topics VARCHAR, cameo VARCHAR, intensity DOUBLE, confidence DOUBLE,
    evidence_start INTEGER, evidence_end INTEGER, evidence_sentence INTEGER,
    bucket VARCHAR NOT NULL
);
CREATE TABLE event_mentions (
    document_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL,
    start_char INTEGER, end_char INTEGER, sentence INTEGER
);
CREATE TABLE figures (
    document_id VARCHAR NOT NULL, figure_id VARCHAR NOT NULL,
    metric VARCHAR NOT NULL, reporter VARCHAR, partner VARCHAR, period VARCHAR,
    value DOUBLE, unit VARCHAR, compared_to VARCHAR, as_written VARCHAR,
    evidence_start INTEGER, evidence_end INTEGER, evidence_sentence INTEGER,
    bucket VARCHAR NOT NULL
);
CREATE TABLE flags (
    document_id VARCHAR NOT NULL, n INTEGER NOT NULL,
    kind VARCHAR NOT NULL, severity VARCHAR, message VARCHAR,
    figures VARCHAR, evidence VARCHAR, proposal VARCHAR     -- JSON lists
);
CREATE TABLE happenings (
    id VARCHAR NOT NULL, bucket VARCHAR NOT NULL,
    type VARCHAR NOT NULL, mode VARCHAR, source VARCHAR, target VARCHAR, is_symmetric BOOLEAN,
    date VARCHAR, date_precision VARCHAR, date_lo DATE, date_hi DATE, month VARCHAR,
    location_name VARCHAR, location_country VARCHAR, round INTEGER, intensity DOUBLE,
    n_mentions INTEGER, n_documents INTEGER, n_sources INTEGER, n_languages INTEGER,
    languages VARCHAR, first_report DATE, last_report DATE
);
CREATE TABLE happening_reports (
    happening_id VARCHAR NOT NULL, bucket VARCHAR NOT NULL,
    document_id VARCHAR NOT NULL, event_id VARCHAR NOT NULL
);
CREATE TABLE figure_conflicts (
    id VARCHAR NOT NULL, bucket VARCHAR NOT NULL,
    kind VARCHAR NOT NULL, severity VARCHAR NOT NULL, message VARCHAR NOT NULL,
    metric VARCHAR, reporter VARCHAR, partner VARCHAR, period VARCHAR, unit VARCHAR,
    documents VARCHAR NOT NULL,           -- JSON list of document ids
    figures VARCHAR NOT NULL              -- JSON list of {document, figure, value}
);
CREATE TABLE rejects (
    key VARCHAR NOT NULL, input VARCHAR NOT NULL, reason VARCHAR NOT NULL, rejected_at TIMESTAMP NOT NULL
);
"""),
    (2, "buckets waiting to be merged", """
CREATE TABLE pending_merges (
    kind VARCHAR NOT NULL,                -- 'event' or 'figure'
    bucket VARCHAR NOT NULL
);
"""),
    # DuckDB keeps a primary key's index in memory, inside the buffer limit, so an ingest of a
    # few hundred thousand documents ran out of it. `Store.write_batch` already checks ids
    # and input keys before it writes, so the keys go: the tables are rebuilt without them.
    (3, "document ids and input keys without in-memory indexes", """
CREATE TABLE documents_v3 (
    id VARCHAR NOT NULL,
    path VARCHAR, url VARCHAR, title VARCHAR, published DATE, site VARCHAR,
    source_key VARCHAR NOT NULL,
    lang VARCHAR, lang_confidence DOUBLE,
    text VARCHAR NOT NULL,
    record VARCHAR NOT NULL,
    n_events INTEGER, n_figures INTEGER, n_flags INTEGER,
    ingested_at TIMESTAMP NOT NULL
);
INSERT INTO documents_v3 SELECT * FROM documents;
DROP TABLE documents;
ALTER TABLE documents_v3 RENAME TO documents;
CREATE TABLE inputs_v3 (
    key VARCHAR NOT NULL,
    input VARCHAR NOT NULL,
    outcome VARCHAR NOT NULL,
    document_id VARCHAR,
    seen_at TIMESTAMP NOT NULL
);
INSERT INTO inputs_v3 SELECT * FROM inputs;
DROP TABLE inputs;
ALTER TABLE inputs_v3 RENAME TO inputs;
"""),
    (6, "figures name the metric a change or target is of", """
ALTER TABLE figures ADD COLUMN IF NOT EXISTS of_metric VARCHAR;   -- change, target: the metric they are of
"""),
)


def latest() -> int:
    """The schema version this code writes."""
    return MIGRATIONS[-1][0]
