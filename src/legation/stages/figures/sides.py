"""Sides settled after all sentences are read: an organisation named in the sentence gives aid or a
loan (a country alone is its receiver), and a figure with one side takes the other from the one pair
the article's figures give that country.
"""

from __future__ import annotations

from ...document import Document
from .._lexicons import giving_body
from .model import FigureInfo


def _lender(doc: Document, infos: list[FigureInfo], sentences: list[tuple[int, int]]) -> None:
    """Aid or a loan with one country only takes the organisation its sentence names as the giver
    ("The IMF approved a $15.6 billion loan for Ukraine", "ԱՄՀ-ն Հայաստանին ... վարկ")."""
    orgs = sorted((m.start, e.code) for e in doc.entities if e.kind == "org" and e.code for m in e.mentions)
    if not orgs:
        return
    for info in infos:
        f = info.figure
        if f.metric != "aid":
            continue
        if f.reporter and f.partner:
            _own_giver(doc, info, infos, orgs, sentences)
            continue
        s0, s1 = sentences[info.sentence]
        near = [(abs(start - info.quantity.start), code) for start, code in orgs
                if s0 <= start < s1 and code not in (f.reporter, f.partner)]
        if not near:
            continue
        # The subject gives: the first organisation before the amount ("Avrupa Komisyonu, Avrupa Yatırım
        # Bankası'nın garantisiyle ... hibe verecek": the bank only guarantees), else the nearest.
        first = next((code for start, code in orgs if s0 <= start < info.quantity.start
                      and code not in (f.reporter, f.partner)), None)
        giver = first or min(near)[1]
        giver = giving_body(giver)       # the European Council approves the EU's money, the Commission gives its own
        country = f.reporter or f.partner
        f.reporter, f.partner = giver, country


def _own_giver(doc: Document, info: FigureInfo, infos: list[FigureInfo], orgs: list[tuple[int, str]],
               sentences: list[tuple[int, int]]) -> None:
    """Aid whose own words name an organisation as the giver and one of its two countries as the
    receiver ("the EU will give Armenia 270 million euros", after a sentence naming the US) is the
    organisation's: the other country came from the passage, not from these words."""
    s0, _ = sentences[info.sentence]
    q = info.quantity
    lo = max([s0] + [o.quantity.end for o in infos if o.sentence == info.sentence and o.quantity.end <= q.start])
    own = [code for start, code in orgs if lo <= start < q.start]
    if not own:
        return
    f = info.figure
    named = {e.code for e in doc.entities if e.kind == "country" and e.code
             for m in e.mentions if lo <= m.start < q.start}
    sides = {f.reporter, f.partner}
    if len(named) != 1 or not named <= sides:
        return
    receiver = next(iter(named))
    giver = giving_body(own[-1])
    if giver != receiver:
        f.reporter, f.partner = giver, receiver


def _complete_pairs(infos: list[FigureInfo]) -> None:
    """A figure with one side only ("the turnover of the two countries", the partner named in the
    next sentence) takes the other side from the one pair the article's figures give that country."""
    full: dict[str, set[tuple[str, str]]] = {}
    for info in infos:
        f = info.figure
        if f.reporter and f.partner:
            for c in (f.reporter, f.partner):
                full.setdefault(c, set()).add((f.reporter, f.partner) if f.reporter == c else (f.partner, f.reporter))
    for info in infos:
        f = info.figure
        known = f.reporter or f.partner
        if not known or (f.reporter and f.partner) or len(full.get(known, ())) != 1:
            continue
        other = next(iter(full[known]))[1]
        if f.reporter:
            f.partner = other
        else:
            f.reporter = other
