"""Alert rules and fired alerts in the store (the rules themselves are in `legation.alerts`)."""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Sequence
from typing import Any

from ..errors import LegationError
from .core import Store


def add_rule(store: Store, name: str, kind: str, params: dict[str, Any], deliver: Sequence[str],
             marks: Sequence[str]) -> None:
    """Add a rule, with the marks of what already matches (so that only what is new fires)."""
    if store.sql("SELECT 1 FROM alert_rules WHERE name = ?", [name]):
        raise LegationError(f"an alert rule named {name!r} exists (remove it first)")
    with store._transaction():
        store._con.execute("INSERT INTO alert_rules VALUES (?, ?, ?, ?, ?)",
                           [name, kind, json.dumps(params), json.dumps(list(deliver)), _now()])
        _add_marks(store, name, marks)


def remove_rule(store: Store, name: str) -> None:
    """Remove a rule and what it fired."""
    if not store.sql("SELECT 1 FROM alert_rules WHERE name = ?", [name]):
        raise LegationError(f"no alert rule named {name!r} (see `legation alerts list`)")
    with store._transaction():
        for table, column in (("alert_rules", "name"), ("alerts", "rule"), ("alert_marks", "rule")):
            store._con.execute(f"DELETE FROM {table} WHERE {column} = ?", [name])


def rules(store: Store) -> list[dict[str, Any]]:
    """Every rule, with how many alerts it fired and when it last did."""
    rows = store.sql("""
        SELECT r.name, r.kind, r.params, r.deliver, r.created_at,
               count(a.id) AS fired, max(a.fired_at) AS last_fired
        FROM alert_rules r LEFT JOIN alerts a ON a.rule = r.name
        GROUP BY ALL ORDER BY r.name""")
    for r in rows:
        r["params"] = json.loads(r["params"])
        r["deliver"] = json.loads(r["deliver"])
    return rows


def marks(store: Store, rule: str) -> set[str]:
    return {r[0] for r in store._con.execute("SELECT mark FROM alert_marks WHERE rule = ?", [rule]).fetchall()}


def record(store: Store, rule: str, fired: Sequence[dict[str, Any]], new_marks: Sequence[str]) -> None:
    """Store fired alerts (`{id, title, ...}`) and the marks that keep them from firing again."""
    with store._transaction():
        if fired:
            store._con.executemany("INSERT INTO alerts VALUES (?, ?, ?, ?, ?, NULL, NULL)", [
                (a["id"], rule, dt.datetime.fromisoformat(a["fired_at"]), a["title"],
                 json.dumps(a, ensure_ascii=False)) for a in fired])
        _add_marks(store, rule, new_marks)


def undelivered(store: Store) -> list[tuple[str, dict[str, Any]]]:
    """Alerts not delivered yet (a killed run, a webhook that was down), oldest first: (rule, alert)."""
    rows = store._con.execute("SELECT rule, payload FROM alerts WHERE delivered_at IS NULL "
                              "ORDER BY fired_at, id").fetchall()
    return [(rule, json.loads(payload)) for rule, payload in rows]


def delivered(store: Store, alert_id: str, error: str | None) -> None:
    """Note a delivery: done (error None), or failed with why (it is tried again next time)."""
    if error is None:
        store._con.execute("UPDATE alerts SET delivered_at = ?, delivery_error = NULL WHERE id = ?",
                           [_now(), alert_id])
    else:
        store._con.execute("UPDATE alerts SET delivery_error = ? WHERE id = ?", [error, alert_id])


def _add_marks(store: Store, rule: str, new_marks: Sequence[str]) -> None:
    if new_marks:
        store._con.executemany("INSERT INTO alert_marks VALUES (?, ?)", [(rule, m) for m in new_marks])


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
