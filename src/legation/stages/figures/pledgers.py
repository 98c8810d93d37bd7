"""Who invests when the amount's clause says who and for whom: "At the summit in Skopje, attended by the
leaders of Kosovo and Serbia, the European Commission pledged an investment of 1 billion euros for North
Macedonia". The countries attending, in another clause, are no side: the last actor of the amount's clause
before it (the subject: "the European Commission pledged", "la Commission a promis") invests, in the
country a receiver's mark names right after the amount ("for", "pour", "für": `figures.toml [aid]
receiver_before`). An organ that manages its money invests as itself (the Commission), others as their body.

An agreement's worth read as an investment ("signed agreements worth 8 billion dollars" during a visit): the
visitor's side invests in the host.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from functools import cache

from ... import resources
from ...document import Document
from .aid import _actors, _visit_actors, _words, marked_receiver
from .model import _CLAUSE_END, FigureInfo

_AFTER_VISIT = 48      # at most this many characters from a visit word to the city visited
_PLACE_BEFORE = 8      # at most this many characters from the host to its visit word after it ("Katar ziyareti")
_VISITOR_BEFORE = 48   # at most this many characters from the visitor to the visit word after the host
_AFTER_AMOUNT = 40      # at most this many characters from the amount to the receiver ("... euros for North Macedonia")


@cache
def _own_money() -> frozenset[str]:
    """The organs that manage their money themselves (`en/orgs.toml` [money] own)."""
    return frozenset((resources.load("en", "orgs").get("money") or {}).get("own") or ())


def _mentions(doc: Document, s0: int, s1: int, gives_as: Callable[[str], str]) -> list[tuple[int, int, str, str]]:
    """The countries and organisations named in `s0:s1`: start, end, the code they act as, kind."""
    own = _own_money()
    return sorted((m.start, m.end, gives_as(e.code) if e.kind == "org" and e.code not in own else e.code, e.kind)
                  for e in doc.entities if e.kind in ("country", "org") and e.code
                  for m in e.mentions if s0 <= m.start < s1)


def pledged_investment_sides(doc: Document, infos: Sequence[FigureInfo], sentences: list[tuple[int, int]],
                             folded: str, gives_as: Callable[[str], str]) -> None:
    """Set the sides of an investment whose clause names an actor before the amount and a country marked as
    receiver right after it: the actor invests (reporter), in that country (partner), whatever other countries
    the sentence names."""
    lang = doc.lang or "en"
    for info in infos:
        f = info.figure
        if f.metric != "investment" or info.base:
            continue
        s0, s1 = sentences[info.sentence]
        q = info.quantity
        cuts = [m.end() for m in _CLAUSE_END.finditer(folded, s0, q.start)]
        lo = cuts[-1] if cuts else s0
        mine = _mentions(doc, s0, s1, gives_as)
        subject = [a for a in mine if lo <= a[0] and a[1] <= q.start]
        stop = _CLAUSE_END.search(folded, q.end, min(s1, q.end + _AFTER_AMOUNT))
        hi = stop.start() if stop else min(s1, q.end + _AFTER_AMOUNT)
        receivers = [a for a in mine if q.end <= a[0] < hi and a[3] == "country"
                     and marked_receiver(lang, doc.text, folded, a[0], a[1])]
        if not subject or not receivers or subject[-1][2] == receivers[0][2]:
            continue
        f.reporter, f.partner = subject[-1][2], receivers[0][2]


def deal_sides(doc: Document, infos: Sequence[FigureInfo], sentences: list[tuple[int, int]], folded: str,
               gives_as: Callable[[str], str]) -> None:
    """The sides of an agreement's worth read as an investment (`FigureInfo.deal`) when its sentence, or the one
    before, speaks of a visit: the visitor's country invests in the host's ("During the president's visit to
    Doha, companies of the two countries signed agreements worth ..."), whichever country the sentence names first."""
    visits, _, _ = _words(doc.lang or "en")
    if visits is None:
        return
    actors = None
    for info in infos:
        if not info.deal or info.base:
            continue
        for si in (info.sentence, info.sentence - 1):
            if si < 0:
                continue
            s0, s1 = sentences[si]
            word = visits.search(folded, s0, s1)
            if word is None:
                continue
            if actors is None:
                actors = _actors(doc, gives_as, folded)
            mine = [a for a in actors if s0 <= a[0] < s1]
            _, host, visitor = _visit_actors(folded, visits, mine, s0, s1)
            placed = [a for a in mine if a[1] <= word.start() <= a[1] + _PLACE_BEFORE
                      and a[3] in ("place", "country", "capital")]
            after = [a for a in mine if word.end() <= a[0] <= word.end() + _AFTER_VISIT
                     and not _CLAUSE_END.search(folded, word.end(), a[0])]
            city = next((a for a in after if a[3] in ("capital", "place")), None)
            if city is not None and not placed:
                # "the visit of President Lula to Beijing", "la visite du président brésilien à Pékin": the city
                # visited is the host; a country named between the word and it is the visitor's.
                host = city[2]
                between = [a for a in after if a[0] < city[0] and a[3] in ("country", "person") and a[2] != host]
                visitor = between[0][2] if between else (visitor if visitor != host else None)
            if placed:
                # "Erdoğan'ın Katar ziyareti sırasında", "윤 대통령의 사우디아라비아 방문 중": the host right before
                # the visit word, the visitor before the host.
                host = placed[-1][2]
                before = [a for a in mine if a[3] == "person" and word.start() - _VISITOR_BEFORE <= a[0] < placed[-1][0]
                          and a[2] != host]
                visitor = before[-1][2] if before else None
            if host and not visitor:
                # "Prime Minister Modi's visit to Abu Dhabi": the person right before the visit word.
                before = [a for a in mine if a[3] == "person" and word.start() - _VISITOR_BEFORE <= a[0] < word.start()
                          and a[2] != host]
                visitor = before[-1][2] if before else None
            if host and not visitor:
                # A visitor known by name only ("President Lula"): the one other country the sentence names.
                others = {a[2] for a in mine if a[3] == "country" and a[2] != host}
                visitor = others.pop() if len(others) == 1 else None
            if host and visitor and host != visitor:
                info.figure.reporter, info.figure.partner = visitor, host
            break
