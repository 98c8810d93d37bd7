"""People and international organisations against the gold set.

A gold person matches a person entity when their names agree after
transliteration, folding and dropping diacritics, on the whole name or on the
surname plus the first name's initial, compared with the gold `name` and with
`name_in_text`. `people_country` is the share of matched people whose country
is right; `orgs` compares the gold acronyms with the org entities' codes (armed
groups left out: the gold lists international organisations).
"""

from __future__ import annotations

from typing import Any

from ..document import Document
from ..stages.events.actors import ARMED_GROUP, org_actor
from ..text.names import name_key
from .metrics import PRF, Metric, Rate


def _forms(name: str, lang: str) -> set[str]:
    key = name_key(name, lang)
    words = key.split()
    forms = {key}
    if len(words) >= 2:
        forms.add(f"{words[0][0]} {words[-1]}")
    return forms


def _same(gold: dict[str, Any], surfaces: list[str], lang: str) -> bool:
    gold_forms = _forms(gold.get("name", ""), lang) | _forms(gold.get("name_in_text") or "", lang)
    return any(_forms(s, lang) & gold_forms for s in surfaces if s)


def score(case: dict[str, Any], doc: Document) -> dict[str, Metric]:
    lang = case.get("lang") or doc.lang or "en"
    people = [e for e in doc.entities if e.kind == "person"]
    used: set[int] = set()
    tp = 0
    country = Rate()
    for gold in case.get("people") or []:
        for i, ent in enumerate(people):
            if i in used:
                continue
            if _same(gold, [ent.name] + [m.text for m in ent.mentions], lang):
                used.add(i)
                tp += 1
                country += Rate(int(ent.country == gold.get("country")), 1)
                break
    out: dict[str, Metric] = {
        "people": PRF(tp, len(people) - tp, len(case.get("people") or []) - tp),
        "people_country": country,
    }
    gold_orgs = set(case.get("orgs") or [])
    # The gold lists international organisations: an armed group (Hamas, the Taliban) is none.
    found = {e.code for e in doc.entities if e.kind == "org" and e.code and org_actor(e.code)[1] != ARMED_GROUP}
    out["orgs"] = PRF(len(gold_orgs & found), len(found - gold_orgs), len(gold_orgs - found))
    return out
