"""The questions an analyst asks of a store; every answer is a list of plain dicts.

`Store.df(name, ...)` gives the same answer as a pandas DataFrame and
`Store.pl(name, ...)` as a polars one, for users who have them.
"""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter
from typing import Any

from ..errors import InputError, MissingExtra
from ..text.names import name_key

_PAIR_SPLIT = re.compile(r"[-~>,/_ ]+")
_CODE = re.compile(r"[A-Z]{2,6}")        # ISO alpha-3 or an organisation's acronym


def parse_pair(value: str) -> tuple[str, str]:
    """"KAZ-BEL" (or "KAZ,BEL", "kaz bel") as ("KAZ", "BEL"): the one reading of a pair.

    Raises:
        InputError: not two different codes of two to six letters.
    """
    parts = [p for p in _PAIR_SPLIT.split(value.strip().upper()) if p]
    if len(parts) != 2 or not all(_CODE.fullmatch(p) for p in parts):
        raise InputError("--pair", f"{value!r} is not a pair of codes like KAZ-BEL")
    if parts[0] == parts[1]:
        raise InputError("--pair", f"{value!r} names one country twice")
    return parts[0], parts[1]


def parse_date(value: str | dt.date | None, what: str) -> dt.date | None:
    """A date option: YYYY-MM-DD, or YYYY-MM / YYYY meaning their first day."""
    if value is None or isinstance(value, dt.date):
        return value
    text = value.strip()
    for pattern, fmt in ((r"\d{4}-\d{2}-\d{2}", "%Y-%m-%d"), (r"\d{4}-\d{2}", "%Y-%m"), (r"\d{4}", "%Y")):
        if re.fullmatch(pattern, text):
            try:
                return dt.datetime.strptime(text, fmt).date()
            except ValueError:
                break
    raise InputError(what, f"{value!r} is not a date (YYYY-MM-DD, YYYY-MM or YYYY)")


def one_row_per_official(rows: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """One row per person and country, however many languages and spellings report them.

    Rows (name, role, country, lang, documents: ids) whose names share a `name_key`
    ("Farrukh Tursunov" in one report, "Farukh Tursunov" in another) are one
    official, shown under the spelling and role most of their documents give.
    """
    people: dict[tuple[str, str], tuple[Counter[str], Counter[str], set[str]]] = {}
    for row in rows:
        key = (name_key(row["name"] or "", row["lang"]), row["country"])
        names, roles, documents = people.setdefault(key, (Counter(), Counter(), set()))
        names[row["name"] or ""] += len(row["documents"])
        if row["role"]:
            roles[row["role"]] += len(row["documents"])
        documents.update(row["documents"])
    out: list[dict[str, Any]] = [
        {"name": _most_common(names), "role": _most_common(roles) if roles else None,
         "country": country, "documents": len(documents)}
        for (_, country), (names, roles, documents) in people.items()]
    out.sort(key=lambda r: (-r["documents"], r["country"], r["name"]))
    return out


def _most_common(counts: Counter[str]) -> str:
    # Ties go to the alphabetically first, so the answer does not depend on row order.
    return min(counts, key=lambda value: (-counts[value], value))


class Queries:
    """The read queries over a store's connection (what `Store` offers, and the web pages use).

    Lists that can grow with the store take `limit` and `offset`, so pages can be paginated.
    """

    def __init__(self, con: Any) -> None:
        self._con = con

    def sql(self, query: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Run any read query; rows as dicts."""
        cur = self._con.execute(query, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def events(self, *, pair: str | tuple[str, str] | None = None, type: str | None = None,
               since: str | dt.date | None = None, until: str | dt.date | None = None,
               lang: str | None = None, id: str | None = None, newest_first: bool = False,
               limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Merged events (happenings), oldest first (or newest first).

        Args:
            pair: two actor codes ("KAZ-BEL"), in either direction.
            type: a PLOVER type.
            since, until: keep events whose date range overlaps [since, until].
            lang: keep events reported in this language.
            id: the one merged event with this id.
        """
        where: list[str] = ["TRUE"]
        params: list[Any] = []
        if pair:
            a, b = parse_pair(pair) if isinstance(pair, str) else pair
            where.append("((source = ? AND target = ?) OR (source = ? AND target = ?))")
            params += [a, b, b, a]
        if type:
            where.append("type = ?")
            params.append(type.upper())
        if since is not None:
            where.append("date_hi >= ?")
            params.append(parse_date(since, "--since"))
        if until is not None:
            where.append("date_lo <= ?")
            params.append(parse_date(until, "--until"))
        if lang:
            where.append("list_contains(string_split(languages, ','), ?)")
            params.append(lang.lower())
        if id is not None:
            where.append("id = ?")
            params.append(id)
        order = ("date_lo DESC NULLS LAST, n_documents DESC, id" if newest_first
                 else "date_lo NULLS LAST, type, source, target, id")
        return self.sql(f"""
            SELECT id, date, date_precision, month, type, mode, source, target, location_name AS place,
                   location_country AS place_country, round, intensity, n_mentions AS mentions,
                   n_documents AS documents, n_sources AS sources, n_languages,
                   languages, first_report, last_report
            FROM happenings WHERE {' AND '.join(where)}
            ORDER BY {order}{_page(limit, offset)}""", params)

    def reports(self, happening_id: str, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """The reports a merged event is made of, each with its document and evidence text."""
        return self.sql(f"""
            SELECT hr.document_id AS document, e.event_id AS event, d.lang, d.published, d.url, d.path,
                   d.title, d.source_key, e.confidence,
                   e.source, e.target, e.date, e.date_precision, e.location_name AS place,
                   e.evidence_start, e.evidence_end,
                   CASE WHEN e.evidence_start IS NOT NULL
                        THEN substr(d.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) END
                        AS evidence
            FROM happening_reports hr
            JOIN events e ON e.document_id = hr.document_id AND e.event_id = hr.event_id
            JOIN documents d ON d.id = hr.document_id
            WHERE hr.happening_id = ?
            ORDER BY d.published NULLS LAST, hr.document_id, e.event_id{_page(limit, offset)}""",
            [happening_id])

    def figures(self, *, pair: str | tuple[str, str] | None = None, metric: str | None = None,
                limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Every stated figure, by period, with the flags raised on it in its document and across documents.

        `kind` tells levels (turnover, exports, investment ...) from changes (growth, "fell by $X") and
        targets ("$5 billion by 2030", whose period is the year due); `of` names what a change or target is of.
        """
        where, params = ["TRUE"], []
        if pair:
            a, b = parse_pair(pair) if isinstance(pair, str) else pair
            where.append("((f.reporter = ? AND f.partner = ?) OR (f.reporter = ? AND f.partner = ?))")
            params += [a, b, b, a]
        if metric:
            where.append("f.metric = ?")
            params.append(metric)
        return self.sql(f"""
            WITH doc_flags AS (
                SELECT fl.document_id, unnest(from_json(fl.figures, '["VARCHAR"]')) AS figure_id, fl.kind
                FROM flags fl),
            cross_flags AS (
                SELECT unnest(from_json(c.figures, '[{{"document": "VARCHAR", "figure": "VARCHAR"}}]'))
                       AS f, c.kind FROM figure_conflicts c),
            all_flags AS (
                SELECT document_id, figure_id, kind FROM doc_flags
                UNION ALL SELECT f.document, f.figure, kind FROM cross_flags)
            SELECT f.period,
                   CASE WHEN f.metric IN ('change', 'growth_pct') THEN 'change'
                        WHEN f.metric = 'target' THEN 'target' ELSE 'level' END AS kind,
                   f.metric, f.of_metric AS "of", f.reporter, f.partner, f.value, f.unit, f.as_written,
                   f.compared_to, f.document_id AS document, f.figure_id AS figure, d.published, d.lang,
                   coalesce((SELECT string_agg(DISTINCT a.kind, ',' ORDER BY a.kind) FROM all_flags a
                             WHERE a.document_id = f.document_id AND a.figure_id = f.figure_id), '')
                       AS flags
            FROM figures f JOIN documents d ON d.id = f.document_id
            WHERE {' AND '.join(where)}
            ORDER BY f.period NULLS LAST, f.metric, f.reporter, f.partner, f.value, f.document_id,
                     f.figure_id{_page(limit, offset)}""", params)

    def conflicts(self) -> list[dict[str, Any]]:
        """Cross-document flags: figures of one quantity stated differently by different documents."""
        return self.sql("""SELECT kind, severity, metric, reporter, partner, period, unit, message,
                                  from_json(documents, '["VARCHAR"]') AS documents
                           FROM figure_conflicts ORDER BY period, metric, id""")

    def pair(self, a: str, b: str) -> dict[str, Any]:
        """The relationship of two actors: events by month and type, score per month, officials, figures."""
        return {**self.relationship(a, b), "figures": self.figures(pair=(a.upper(), b.upper()))}

    def relationship(self, a: str, b: str) -> dict[str, Any]:
        """`pair` without the list of figures (which can be long): events by month and type,
        score per month, officials."""
        a, b = a.upper(), b.upper()
        match = "((h.source = $1 AND h.target = $2) OR (h.source = $2 AND h.target = $1))"
        by_type = self.sql(f"""
            SELECT coalesce(h.month, 'undated') AS month, h.type, count(*) AS events,
                   sum(h.n_mentions) AS mentions, sum(h.n_sources) AS sources
            FROM happenings h WHERE {match} GROUP BY ALL ORDER BY 1, 2""", [a, b])
        score = self.sql(f"""
            SELECT coalesce(h.month, 'undated') AS month, count(*) AS events,
                   round(sum(h.intensity), 2) AS score, round(avg(h.intensity), 2) AS mean_intensity
            FROM happenings h WHERE {match} GROUP BY ALL ORDER BY 1""", [a, b])
        officials = self.sql(f"""
            WITH docs AS (
                SELECT hr.document_id FROM happening_reports hr JOIN happenings h ON h.id = hr.happening_id
                WHERE {match}
                UNION
                SELECT document_id FROM entities WHERE kind = 'country' AND code IN ($1, $2)
                GROUP BY document_id HAVING count(DISTINCT code) = 2)
            SELECT e.name, e.role, e.country, d.lang, list(DISTINCT e.document_id) AS documents
            FROM entities e JOIN documents d ON d.id = e.document_id
            WHERE e.kind = 'person' AND e.country IN ($1, $2)
              AND e.document_id IN (SELECT document_id FROM docs)
            GROUP BY ALL""", [a, b])
        return {"pair": [a, b], "events_by_month": by_type, "score_by_month": score,
                "officials": one_row_per_official(officials)}

    # --- what the web pages browse ------------------------------------------------------------

    def counts(self) -> dict[str, int]:
        """Documents, merged events, figures, and flags that are errors or warnings."""
        return self.sql("""
            SELECT (SELECT count(*) FROM documents) AS documents, (SELECT count(*) FROM happenings) AS events,
                   (SELECT count(*) FROM figures) AS figures,
                   (SELECT count(*) FROM flags WHERE severity IN ('error', 'warning')) AS flags""")[0]

    def active_pairs(self, *, codes: list[str] | None = None, limit: int | None = None,
                     offset: int = 0) -> list[dict[str, Any]]:
        """Pairs of two different actors by how many merged events they share (of `codes` only, if given)."""
        where, params = "", []
        if codes is not None:
            where, params = "AND (list_contains($1, source) OR list_contains($1, target))", [codes]
        return self.sql(f"""
            SELECT least(source, target) AS a, greatest(source, target) AS b, count(*) AS events,
                   sum(n_documents) AS reports, max(month) AS latest_month
            FROM happenings WHERE source IS NOT NULL AND target IS NOT NULL AND source <> target {where}
            GROUP BY 1, 2 ORDER BY events DESC, reports DESC, a, b{_page(limit, offset)}""", params)

    def newest_flags(self, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Errors and warnings raised on documents, newest documents first."""
        return self.sql(f"""
            SELECT f.kind, f.severity, f.message, d.id AS document, d.title, d.lang, d.published
            FROM flags f JOIN documents d ON d.id = f.document_id
            WHERE f.severity IN ('error', 'warning')
            ORDER BY d.published DESC NULLS LAST, d.ingested_at DESC, d.id, f.n{_page(limit, offset)}""")

    def conflicts_of(self, pair: tuple[str, str] | None = None, *, limit: int | None = None,
                     offset: int = 0) -> list[dict[str, Any]]:
        """Cross-document conflicts (of one pair, if given), newest period first, with their
        documents and figures as lists."""
        where, params = "", []
        if pair:
            where, params = "WHERE (reporter = ? AND partner = ?) OR (reporter = ? AND partner = ?)", \
                [pair[0], pair[1], pair[1], pair[0]]
        return self.sql(f"""
            SELECT id, kind, severity, message, metric, reporter, partner, period, unit,
                   from_json(documents, '["VARCHAR"]') AS documents, figures
            FROM figure_conflicts {where} ORDER BY period DESC NULLS LAST, id{_page(limit, offset)}""", params)

    def flags_of(self, documents: list[str]) -> list[dict[str, Any]]:
        """Every flag raised in these documents, in their order."""
        if not documents:
            return []
        return self.sql("""
            SELECT document_id AS document, n, kind, severity, message,
                   figures, proposal
            FROM flags WHERE list_contains(?, document_id) ORDER BY document_id, n""", [documents])

    def known_pair(self, a: str, b: str) -> bool:
        """Whether both codes name countries found in some document."""
        rows = self.sql("SELECT count(DISTINCT code) AS n FROM entities WHERE kind = 'country' AND code IN (?, ?)",
                        [a, b])
        return rows[0]["n"] == 2

    def document(self, id: str) -> dict[str, Any] | None:
        """A document's metadata and its record (the legation/1 JSON text); None if unknown."""
        rows = self.sql("""
            SELECT id, path, url, title, published, site, source_key, lang, lang_confidence, ingested_at, record
            FROM documents WHERE id = ?""", [id])
        return rows[0] if rows else None

    def event_links(self, document: str) -> dict[str, str]:
        """A document's event ids -> the merged events they are part of."""
        return {r["event_id"]: r["happening_id"] for r in self.sql(
            "SELECT event_id, happening_id FROM happening_reports WHERE document_id = ?", [document])}

    def people_named(self, text: str, *, kind: str = "person", limit: int | None = None,
                     offset: int = 0) -> list[dict[str, Any]]:
        """People (or places, with kind='place') whose name contains `text`, by how many documents name them."""
        role = "mode(role) AS role, " if kind == "person" else ""
        return self.sql(f"""
            SELECT name, country, {role}count(DISTINCT document_id) AS documents
            FROM entities WHERE kind = ? AND contains(lower(name), lower(?))
            GROUP BY name, country ORDER BY documents DESC, name{_page(limit, offset)}""", [kind, text])

    def codes_named(self, text: str) -> list[str]:
        """Codes of the countries and organisations whose code is `text`, or whose name, as
        stored or as written in any document, contains it."""
        return [r["code"] for r in self.sql("""
            SELECT DISTINCT code FROM entities WHERE kind IN ('country', 'org') AND code IS NOT NULL
            AND (upper(code) = upper($1) OR contains(lower(name), lower($1)))
            UNION SELECT DISTINCT e.code FROM entities e JOIN mentions m
              ON m.document_id = e.document_id AND m.entity_id = e.entity_id
            WHERE e.kind = 'country' AND e.code IS NOT NULL AND contains(lower(m.text), lower($1))
            ORDER BY 1""", [text])]

    def documents_with(self, text: str, *, limit: int | None = None, offset: int = 0) -> list[dict[str, Any]]:
        """Documents whose text or title contains `text` (any case), newest first, with their text."""
        return self.sql(f"""
            SELECT id, title, lang, published, text FROM documents
            WHERE contains(lower(text), lower($1)) OR contains(lower(coalesce(title, '')), lower($1))
            ORDER BY published DESC NULLS LAST, id{_page(limit, offset)}""", [text])

    def stats(self) -> dict[str, Any]:
        """How much is stored: documents, reports, merged events, figures, flags, rejects."""
        one = self._con.execute("""
            SELECT (SELECT count(*) FROM documents), (SELECT count(*) FROM events),
                   (SELECT count(*) FROM happenings), (SELECT count(*) FROM happenings WHERE n_documents > 1),
                   (SELECT count(*) FROM entities), (SELECT count(*) FROM figures),
                   (SELECT count(*) FROM flags), (SELECT count(*) FROM figure_conflicts),
                   (SELECT count(*) FROM rejects), (SELECT count(*) FROM inputs),
                   (SELECT min(published) FROM documents), (SELECT max(published) FROM documents),
                   (SELECT max(version) FROM migrations),
                   (SELECT count(DISTINCT (kind, bucket)) FROM pending_merges)""").fetchone()
        keys = ("documents", "event_reports", "events", "events_merged_from_several_documents",
                "entities", "figures", "flags", "conflicts", "rejects", "inputs",
                "first_published", "last_published", "schema", "buckets_waiting_to_merge")
        out: dict[str, Any] = dict(zip(keys, one))
        out["languages"] = {r["lang"] or "?": r["n"] for r in self.sql(
            "SELECT lang, count(*) AS n FROM documents GROUP BY lang ORDER BY n DESC, lang")}
        out["event_types"] = {r["type"]: r["n"] for r in self.sql(
            "SELECT type, count(*) AS n FROM happenings GROUP BY type ORDER BY n DESC, type")}
        return out

    def rejects(self) -> list[dict[str, Any]]:
        """Inputs that could not be stored, with the reason."""
        return self.sql("SELECT input, reason, rejected_at FROM rejects ORDER BY rejected_at, input")

    def df(self, name: str, /, *args: Any, **kwargs: Any) -> Any:
        """The answer of query method `name` as a pandas DataFrame."""
        try:
            import pandas as pd
        except ImportError:
            raise MissingExtra("DataFrames", "dataframes") from None
        return pd.DataFrame(self._answer(name, *args, **kwargs))

    to_pandas = df

    def pl(self, name: str, /, *args: Any, **kwargs: Any) -> Any:
        """The answer of query method `name` as a polars DataFrame."""
        try:
            import polars
        except ImportError:
            raise MissingExtra("polars DataFrames", "dataframes") from None
        return polars.DataFrame(self._answer(name, *args, **kwargs))

    def _answer(self, name: str, *args: Any, **kwargs: Any) -> list[dict[str, Any]]:
        if name not in ("events", "reports", "figures", "conflicts", "rejects", "sql"):
            raise ValueError(f"no table-shaped query named {name!r}")
        return getattr(self, name)(*args, **kwargs)


def _page(limit: int | None, offset: int) -> str:
    """The LIMIT/OFFSET clause of a paginated list (both are numbers, never user text)."""
    return (f" LIMIT {int(limit)}" if limit else "") + (f" OFFSET {int(offset)}" if offset else "")
