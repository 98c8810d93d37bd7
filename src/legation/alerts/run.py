"""Add, run and deliver alert rules (`legation alerts`; run after every ingest and watch pass).

Delivery: `stdout` prints one line per alert; a path ending in `.jsonl` gets the
alert appended as one JSON line; an http(s) URL gets it as a JSON POST. An alert
is recorded when it fires and marked delivered once every destination took it;
one a destination refused (a webhook that was down) is tried again on the next run.
"""

from __future__ import annotations

import datetime as dt
import json
import sys
from collections.abc import Sequence
from typing import Any, TextIO

from ..errors import InputError
from ..store import alerting
from ..store.core import Store
from .rules import KINDS, Rule, alert_of, matches

DEFAULT_BASE_URL = "http://127.0.0.1:8000"    # where `legation serve` answers by default
WEBHOOK_TIMEOUT = 10.0


def add(store: Store, name: str, kind: str, params: dict[str, Any], deliver: Sequence[str]) -> int:
    """Add a rule; what already matches is marked seen, so only what is new fires. Returns that count."""
    if not name.strip():
        raise InputError("NAME", "an alert rule needs a name")
    if kind not in KINDS:
        raise InputError("--kind", f"{kind!r} is not one of {', '.join(KINDS)}")
    for to in deliver:
        if not (to == "stdout" or to.endswith(".jsonl") or to.startswith(("http://", "https://"))):
            raise InputError("--to", f"{to!r} is not stdout, a .jsonl file or an http(s) URL")
    rule = Rule(name, kind, params)
    found = matches(rule, store)
    alerting.add_rule(store, name, kind, params, deliver, sorted({m for x in found for m in x.marks}))
    return len(found)


def load(store: Store) -> list[tuple[Rule, list[str]]]:
    """Every rule with its destinations."""
    return [(Rule(r["name"], r["kind"], r["params"]), r["deliver"]) for r in alerting.rules(store)]


def test(store: Store, name: str) -> list[dict[str, Any]]:
    """What rule `name` matches in the store now, each with whether it has fired; nothing is sent."""
    found = [(rule, to) for rule, to in load(store) if rule.name == name]
    if not found:
        raise InputError(name, "no alert rule with this name (see `legation alerts list`)")
    rule = found[0][0]
    seen = alerting.marks(store, name)
    now = _now()
    base = rule.params.get("base_url", DEFAULT_BASE_URL)
    return [{**alert_of(rule, m, now, base), "new": not any(k in seen for k in m.marks)}
            for m in matches(rule, store)]


def run_rules(store: Store, *, out: TextIO | None = None) -> list[dict[str, Any]]:
    """Evaluate every rule, record what fires, deliver what waits. Returns the alerts fired now."""
    rules = load(store)
    if not rules:
        return []
    now = _now()
    fired_now: list[dict[str, Any]] = []
    for rule, _ in rules:
        seen = alerting.marks(store, rule.name)
        fired, new_marks = [], []
        for m in matches(rule, store):
            fresh = [k for k in m.marks if k not in seen]
            if len(fresh) == len(m.marks):          # nothing of it was seen: it is new
                fired.append(alert_of(rule, m, now, rule.params.get("base_url", DEFAULT_BASE_URL)))
            new_marks.extend(fresh)
            seen.update(fresh)
        if new_marks:
            alerting.record(store, rule.name, fired, new_marks)
        fired_now.extend(fired)
    deliver_waiting(store, {rule.name: to for rule, to in rules}, out or sys.stdout)
    return fired_now


def deliver_waiting(store: Store, destinations: dict[str, list[str]], out: TextIO) -> None:
    """Deliver every alert not delivered yet to its rule's destinations."""
    for rule, alert in alerting.undelivered(store):
        errors = [e for e in (_deliver(alert, to, out) for to in destinations.get(rule, [])) if e]
        alerting.delivered(store, alert["id"], "; ".join(errors) or None)


def _deliver(alert: dict[str, Any], to: str, out: TextIO) -> str | None:
    """Send one alert to one destination; the reason it failed, or None."""
    if to == "stdout":
        print(f"alert {alert['rule']}: {alert['title']}  {alert['link']}", file=out, flush=True)
        return None
    if to.startswith(("http://", "https://")):
        import httpx

        try:
            response = httpx.post(to, json=alert, timeout=WEBHOOK_TIMEOUT,
                                  headers={"user-agent": "legation alerts"})
        except httpx.HTTPError as exc:
            return f"{to}: {type(exc).__name__}: {exc}"
        return None if response.is_success else f"{to}: HTTP {response.status_code}"
    try:
        with open(to, "a", encoding="utf-8") as fh:
            fh.write(json.dumps(alert, ensure_ascii=False) + "\n")
    except OSError as exc:
        return f"{to}: {exc.strerror or exc}"
    return None


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC).replace(tzinfo=None)
