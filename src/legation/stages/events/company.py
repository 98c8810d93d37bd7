"""Several parties at one act: who travelled together, whom they met, and who only looked on.

"The leaders of Italy, France and Germany ... met the Ukrainian president": three states that came
together are one side, and the host is named by an official's title beside its country (after the
verb, or before a final verb: "... Ukrayna Devlet Başkanı ile görüştü"); each of them met the host,
not one another. What a sentence with no subject of its own says next ("Together they backed
...") is said by each of them. A list of states "also attending" or "in the presence of" whom an
act was done makes them witnesses: no side of the act.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import replace
from typing import TYPE_CHECKING, NamedTuple

from ...resources.event_types import EventType
from .actors import ActorMention
from .data import Cues

if TYPE_CHECKING:
    from . import Candidate

_TITLE_GAP_WORDS = 4       # words between a meeting verb and its host's country ("com o presidente do")
_FUNCTION_CHARS = 3        # a word this short beside a title is a preposition or article ("com", "o", "s")
_TITLE_ENDING = 3          # letters of a case ending after a title's first word ("Präsident|en")
_TITLE_STEM = 5            # a title word at least this long may take an ending


def _function_word(word: str, cues: Cues) -> bool:
    return word in cues.articles or word in cues.owner_links or len(word) <= _FUNCTION_CHARS \
        or word in cues.destination_prepositions or word in cues.locative_prepositions


def _title(word: str, cues: Cues) -> bool:
    if word in cues.title_words:
        return True
    return any(word[:k] in cues.title_words for k in range(max(_TITLE_STEM, len(word) - _TITLE_ENDING), len(word)))


def _titled_gap(gap: str, cues: Cues) -> bool:
    """Whether `gap` is an official's title with prepositions and articles only ("il presidente",
    "com o primeiro-ministro de", "Devlet Başkanı ile")."""
    if any(ch in gap for ch in ",;:.()"):
        return False
    words = gap.split()
    if not words or len(words) > _TITLE_GAP_WORDS or not any(_title(w, cues) for w in words):
        return False
    first = next(n for n, w in enumerate(words) if _title(w, cues))
    # The title's own further words follow it ("Devlet Başkanı"); before it stand only small words.
    return all(_function_word(w, cues) for w in words[:first])


def titled_after(folded: str, cues: Cues, group: list[ActorMention], end: int) -> bool:
    """Whether `group` names an official met, by a title between the verb ending at `end` and its
    country ("hanno incontrato il presidente ucraino", "reuniram-se com o presidente da Ucrânia")."""
    first = group[0]
    return first.start >= end and _titled_gap(folded[end:first.start], cues)


def titled_before(folded: str, cues: Cues, group: list[ActorMention], start: int) -> bool:
    """Whether `group` names an official right before a final verb at `start`: by a title after its
    country ("... Ukrayna Devlet Başkanı ile görüştü"), or by name ("... Zelenskiy ile görüştü")."""
    last = group[-1]
    if last.end > start:
        return False
    gap = folded[last.end:start]
    # An official named by name, or a country and its official taken as one ("Ukrayna Devlet Başkanı
    # Volodimir Zelenskiy"), right before the verb.
    official = last.kind == "person" or any(_title(w, cues) for w in folded[last.start:last.end].split())
    if official and not any(ch in gap for ch in ",;:.()"):
        words = gap.split()
        return len(words) <= 1 and all(_function_word(w, cues) for w in words)
    return _titled_gap(gap, cues)




class Company(NamedTuple):
    """States that did one act together on one other side (each visited the host, each met it)."""

    members: dict[str, ActorMention]
    other: str


def company_of(acts: Sequence[Candidate], table: Mapping[str, EventType]) -> Company | None:
    """The states that each met or visited one host by one act word of a sentence (the host named,
    or the country they went to): two or more that did it together, and the one side each of its
    meetings has."""
    if len(acts) < 2:
        return None           # one act has one side besides its host, or none
    by_word: dict[tuple[int, int], list[Candidate]] = {}
    for c in acts:
        if c.explicit >= 1 and c.source is not None and c.target is not None \
                and c.type in table and table[c.type].meeting:
            by_word.setdefault((c.start, c.end), []).append(c)
    for met in by_word.values():
        sides = [{c.source.code: c.source, c.target.code: c.target} for c in met
                 if c.source is not None and c.target is not None]
        hub = set.intersection(*(set(pair) for pair in sides))
        if len(hub) != 1:
            continue
        host = next(iter(hub))
        members = {code: a for pair in sides for code, a in pair.items() if code != host}
        if len(members) >= 2:
            return Company(members, host)
    return None


def _acted_upon(named: Sequence[ActorMention], host: str, act: Candidate) -> bool:
    """Whether the host is named in the act's sentence only after the act (its object), or not at all."""
    return not any(a.code == host and a.end <= act.start for a in named)


def each_member(acts: list[Candidate], pending: list[Candidate], company: Company | None,
                named: Sequence[ActorMention], table: Mapping[str, EventType]) -> tuple[list[Candidate], list[Candidate]]:
    """What a sentence that names none of the company says of them, with only their host named
    ("Insieme hanno sostenuto la candidatura dell'Ucraina", "Sie unterstützten die Kandidatur der
    Ukraine"): each member's act on the host. `acts` have both sides (one from the article's pair),
    `pending` one; returns them with the company's acts added and the pending ones taken."""
    if company is None or any(a.code in company.members for a in named if not a.locative):
        return acts, pending
    out: list[Candidate] = []
    for c in acts:
        sides = {a.code for a in (c.source, c.target) if a is not None}
        if c.explicit < 2 and len(sides) == 2 and company.other in sides and sides & company.members.keys() \
                and not table[c.type].symmetric and _acted_upon(named, company.other, c):
            host = c.target if c.target is not None and c.target.code == company.other else c.source
            out.extend(replace(c, source=m, target=host) for m in company.members.values())
            continue
        out.append(c)
    left: list[Candidate] = []
    for c in pending:
        known = c.target if c.source is None else c.source
        if known is None or known.code != company.other or c.type not in table or table[c.type].symmetric \
                or c.target is None and known.start < c.end:
            # (a host named before the act, with no one after, is who did it: "Ukraine thanked them")
            left.append(c)
            continue
        out.extend(replace(c, source=m, target=known, explicit=1) for m in company.members.values())
    return out, left


def _met_where_hosted(acts: list[Candidate], table: Mapping[str, EventType], together_at: int) -> list[set[str]]:
    """Two named before a "together" (at `together_at`) who met a third at a later meeting word, in a
    place of the third's country ("Duda and Nausėda travelled together to Kyiv, where they met
    Zelensky"): they came there as one party, and their pair is no talk of theirs."""
    by_word: dict[tuple[int, int], list[Candidate]] = {}
    if together_at < 0:
        return []
    for c in acts:
        if c.type in table and table[c.type].meeting and c.source is not None and c.target is not None \
                and c.start > together_at:
            by_word.setdefault((c.start, c.end), []).append(c)
    out: list[set[str]] = []
    for met in by_word.values():
        pairs = {frozenset((c.source.code, c.target.code)) for c in met    # type: ignore[union-attr]
                 if c.source is not None and c.target is not None}
        codes = set().union(*pairs) if pairs else set()
        places = {p.country for c in met for p in (c.place,) if p is not None and p.country}
        if len(codes) != 3 or len(pairs) != 3 or len(places) != 1:
            continue
        host = next(iter(places))
        sides = [a for c in met for a in (c.source, c.target) if a is not None]
        went = codes - {host}
        # The travellers are named before the "together", the host after the meeting word.
        if host in codes and all(a.kind != "org" for a in sides if a.code == host) \
                and all(a.end <= together_at for a in sides if a.code in went) \
                and all(a.start >= met[0].end for a in sides if a.code == host):
            out.append(went)
    return out


def travelled_together(acts: list[Candidate], table: Mapping[str, EventType], together_at: int = -1) -> list[Candidate]:
    """A sentence's acts without the talks among those who travelled together to one host ("Scholz,
    Macron und Draghi sind nach Kiew gereist und haben Selenskyj getroffen"): each visited the host;
    a meeting whose sides are all travellers is theirs with the host, not with one another."""
    visits: dict[str, set[str]] = {}
    placed: dict[tuple[int, int], set[str]] = {}      # travellers to a place, the host not named as a side
    for c in acts:
        if c.trigger.mode == "visit" and not c.trigger.host and c.source is not None \
                and c.type in table and table[c.type].meeting:
            if c.target is not None:
                visits.setdefault(c.target.code, set()).add(c.source.code)
            else:
                placed.setdefault((c.start, c.end), set()).add(c.source.code)
    travellers = [went for host, went in visits.items() if len(went - {host}) >= 2]
    travellers += [went for went in placed.values() if len(went) >= 2]
    travellers += _met_where_hosted(acts, table, together_at)
    if not travellers:
        return acts
    by_trigger: dict[tuple[int, int], set[str]] = {}
    for c in acts:
        if c.type in table and table[c.type].meeting and not (c.trigger.mode == "visit" and not c.trigger.host):
            by_trigger.setdefault((c.start, c.end), set()).update(
                a.code for a in (c.source, c.target) if a is not None)
    among = {key for key, sides in by_trigger.items() if any(sides <= went for went in travellers)}
    # "... travelled together to Kyiv, where they met Zelensky": the meeting word names the host as
    # well, and its pair of two travellers is no talk of theirs either.
    return [c for c in acts if (c.start, c.end) not in among and not (
        c.type in table and table[c.type].meeting and c.source is not None and c.target is not None
        and not (c.trigger.mode == "visit" and not c.trigger.host)
        and any({c.source.code, c.target.code} <= went for went in travellers))]


def signing(acts: Sequence[Candidate]) -> tuple[ActorMention, ActorMention] | None:
    """The two sides of a sentence's signing (both named), when its acts are that signing alone."""
    signed = {(c.source.code, c.target.code): (c.source, c.target) for c in acts
              if c.trigger.mode == "sign" and c.explicit == 2 and c.source is not None and c.target is not None}
    return next(iter(signed.values())) if len(signed) == 1 else None


def witnesses(pairs: Sequence[tuple[ActorMention | None, ActorMention | None]], actors: Sequence[ActorMention],
              signed: tuple[ActorMention, ActorMention] | None
              ) -> tuple[list[tuple[ActorMention | None, ActorMention | None]], int] | None:
    """Those listed as present right after a signing ("Also attending the ceremony were the ministers
    of A, B and C") witnessed it: each met the two signers, not one another. None when the sentence
    follows no signing or names one of its sides."""
    if signed is None:
        return None
    named = {a.start for a in actors}
    listed = {a.code: a for pair in pairs for a in pair if a is not None and a.start in named}
    if len(listed) < 2 or any(s.code in listed for s in signed):
        return None
    return [(w, s) for w in listed.values() for s in signed], 2


__all__ = ["Company", "company_of", "each_member", "signing", "titled_after", "titled_before", "travelled_together",
           "witnesses"]
