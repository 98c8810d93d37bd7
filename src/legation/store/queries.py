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

_PAIR_SPLIT = re.compile(r"[-~>,/ ]+")


def parse_pair(value: str) -> tuple[str, str]:
    """"KAZ-BEL" (or "KAZ,BEL", "KAZ BEL") as ("KAZ", "BEL")."""
    parts = [p for p in _PAIR_SPLIT.split(value.strip().upper()) if p]
    if len(parts) != 2:
        raise InputError("--pair", f"{value!r} is not a pair of codes like KAZ-BEL")
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
    """Read-side methods of `Store` (mixed in; uses `self._con`)."""

    _con: Any

    def sql(self, query: str, params: list[Any] | None = None) -> list[dict[str, Any]]:
        """Run any read query; rows as dicts."""
        cur = self._con.execute(query, params or [])
        names = [d[0] for d in cur.description]
        return [dict(zip(names, row)) for row in cur.fetchall()]

    def events(self, *, pair: str | tuple[str, str] | None = None, type: str | None = None,
               since: str | dt.date | None = None, until: str | dt.date | None = None,
               lang: str | None = None, limit: int | None = None) -> list[dict[str, Any]]:
        """Merged events (happenings), oldest first.

        Args:
            pair: two actor codes ("KAZ-BEL"), in either direction.
            type: a PLOVER type.
            since, until: keep events whose date range overlaps [since, until].
            lang: keep events reported in this language.
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
        lim = f" LIMIT {int(limit)}" if limit else ""
        return self.sql(f"""
            SELECT id, date, date_precision, type, mode, source, target, location_name AS place,
                   location_country AS place_country, round, intensity, n_mentions AS mentions,
                   n_documents AS documents, n_sources AS sources, n_languages,
                   languages, first_report, last_report
            FROM happenings WHERE {' AND '.join(where)}
            ORDER BY date_lo NULLS LAST, type, source, target, id{lim}""", params)

    def reports(self, happening_id: str) -> list[dict[str, Any]]:
        """The reports a merged event is made of, each with its document and evidence text."""
        return self.sql("""
            SELECT hr.document_id AS document, e.event_id AS event, d.lang, d.published, d.url, d.path,
                   e.source, e.target, e.date, e.date_precision, e.location_name AS place,
                   e.evidence_start, e.evidence_end,
                   CASE WHEN e.evidence_start IS NOT NULL
                        THEN substr(d.text, e.evidence_start + 1, e.evidence_end - e.evidence_start) END
                        AS evidence
            FROM happening_reports hr
            JOIN events e ON e.document_id = hr.document_id AND e.event_id = hr.event_id
            JOIN documents d ON d.id = hr.document_id
            WHERE hr.happening_id = ? ORDER BY d.published NULLS LAST, hr.document_id, e.event_id""",
            [happening_id])

    def figures(self, *, pair: str | tuple[str, str] | None = None,
                metric: str | None = None) -> list[dict[str, Any]]:
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
                   f.document_id AS document, d.published, d.lang,
                   coalesce((SELECT string_agg(DISTINCT a.kind, ',' ORDER BY a.kind) FROM all_flags a
                             WHERE a.document_id = f.document_id AND a.figure_id = f.figure_id), '')
                       AS flags
            FROM figures f JOIN documents d ON d.id = f.document_id
            WHERE {' AND '.join(where)}
            ORDER BY f.period NULLS LAST, f.metric, f.reporter, f.partner, f.value, f.document_id""", params)

    def conflicts(self) -> list[dict[str, Any]]:
        """Cross-document flags: figures of one quantity stated differently by different documents."""
        return self.sql("""SELECT kind, severity, metric, reporter, partner, period, unit, message,
                                  from_json(documents, '["VARCHAR"]') AS documents
                           FROM figure_conflicts ORDER BY period, metric, id""")

    def pair(self, a: str, b: str) -> dict[str, Any]:
        """The relationship of two actors: events by month and type, score per month, officials, figures."""
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
                "officials": one_row_per_official(officials), "figures": self.figures(pair=(a, b))}

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
