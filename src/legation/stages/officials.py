"""The `officials` stage: people named next to a role, tied to the country they serve.

A personal name is a run of two to four capitalised words (particles such as
"de" or "van" allowed inside) that no name lexicon claims. It is an official
when a role chain touches it: before it ("Qazaxıstan xarici işlər nazirinin
müavini Roman Vassilenko", "U.S. Secretary of State Rex Tillerson", "Le
ministre azerbaïdjanais des Affaires étrangères, Djeyhoun Baïramov") or after
it ("Murat Nurtleu, the Kazakh foreign minister"). A chain is role words,
qualifiers, institutions, countries and demonyms joined by connectors.

Whom the person serves, first that applies: a country in the chain (not one
after a posting preposition or in a locative case), the institution's country
("TBMM Başkanı"), the role's own country ("Secretary of State"), a "[country]
side" in the same sentence, the dateline city's country; else null.

Later mentions (surname only, inflected, possessive) join the same entity.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from ..document import Document, Entity, Mention
from ..pipeline import stage
from ..settings import Settings
from ..text.fold import fold
from ..text.matcher import Lexicon, morphology
from ._lexicons import (COUNTRY, DEMONYM, INSTITUTION, PIVOT, QUALIFIER, ROLE, SIDE, RoleWords,
                        role_words)
from ._names import transliterate
from .entities import PLACE, NameHit

_CHAIN_KINDS = frozenset({ROLE, QUALIFIER, INSTITUTION, COUNTRY, DEMONYM})
_MAX_NAME_WORDS = 4
_MAX_GAP_WORDS = 4          # free words between an institution and its official's title
_APOSTROPHES = "'’ʼ‘"


@dataclass
class NameRun:
    start: int
    end: int                 # end of the name itself
    mention_end: int         # with an apostrophe suffix ("Kurtulmuş'u")
    words: list[tuple[int, int]]


@dataclass
class Person:
    runs: list[NameRun]
    role: str | None
    country: str | None
    mentions: list[tuple[int, int]] = field(default_factory=list)


def _name_runs(text: str, folded: str, tokens: list[tuple[int, int]], claimed: bytearray,
               words: RoleWords) -> list[NameRun]:
    """Runs of capitalised words not claimed by a name or role lexicon."""
    runs: list[NameRun] = []
    current: list[tuple[int, int]] = []
    pending: list[tuple[int, int]] = []      # particles waiting for a capitalised word

    def close() -> None:
        if len(current) >= 2:
            words_ = current[:_MAX_NAME_WORDS]
            end = words_[-1][1]
            mention_end = end
            if end + 1 < len(text) and text[end] in _APOSTROPHES and text[end + 1].isalpha():
                mention_end = end + 1
                while mention_end < len(text) and text[mention_end].isalpha():
                    mention_end += 1
            runs.append(NameRun(words_[0][0], end, mention_end, list(words_)))
        current.clear()
        pending.clear()

    prev_end = -1
    for start, end in tokens:
        if current and not (start - prev_end == 1 and text[prev_end] == " "):
            close()
        if text[start].isupper() and not claimed[start]:
            current.extend(pending)
            pending.clear()
            current.append((start, end))
        elif current:
            if folded[start:end] in words.particles:
                pending.append((start, end))
            else:
                close()
        prev_end = end
    close()
    return runs


def _token_index(tokens: list[tuple[int, int]]) -> tuple[dict[int, int], dict[int, int]]:
    by_end = {e: i for i, (s, e) in enumerate(tokens)}
    by_start = {s: i for i, (s, e) in enumerate(tokens)}
    return by_end, by_start


def _after_connector(text: str, start: int, tokens: list[tuple[int, int]], tok_by_end: dict[int, int],
                     words: RoleWords) -> bool:
    p = start
    while p > 0 and text[p - 1] == " ":
        p -= 1
    ti = tok_by_end.get(p)
    return ti is not None and p < start and _connector(text, *tokens[ti], words) is not None


def _connector(text: str, start: int, end: int, words: RoleWords) -> str | None:
    """The connector class of the word at start:end ("join", "post", "link") or None."""
    word = fold(text[start:end])
    elided = word + "'" if end < len(text) and text[end] in _APOSTROPHES else None
    for w in (word, elided):
        if w is None:
            continue
        if w in words.joiners:
            return "join"
        if w in words.postings:
            return "post"
        if w in words.connectors:
            return "link"
    return None


def _chain_before(text: str, pos: int, hits_by_end: dict[int, NameHit], tokens: list[tuple[int, int]],
                  tok_by_end: dict[int, int], words: RoleWords) -> list[tuple[str, NameHit | None]]:
    """Role-chain elements ending right before `pos`, in text order; ("post"/"join", None) markers."""
    elements: list[tuple[str, NameHit | None]] = []
    first = True
    while pos > 0:
        p = pos
        while p > 0 and text[p - 1] in " \t":
            p -= 1
        if first and p > 0 and text[p - 1] == ",":
            p -= 1
            while p > 0 and text[p - 1] in " \t\n":
                p -= 1
        first = False
        hit = hits_by_end.get(p)
        if hit is not None and (hit.kind in _CHAIN_KINDS or hit.kind == PLACE):
            elements.append(("hit", hit))
            pos = hit.start
            continue
        ti = tok_by_end.get(p)
        if ti is None:
            break
        s, e = tokens[ti]
        link = _connector(text, s, e, words)
        if link is not None:
            elements.append((link, None))
            pos = s
            continue
        # A few free words may sit between an institution and its official's title.
        if any(h is not None and h.kind == ROLE for _, h in elements):
            found = _institution_across_gap(text, p, hits_by_end, tokens, tok_by_end)
            if found is not None:
                elements.append(("hit", found))
                pos = found.start
                continue
        break
    elements.reverse()
    return elements


def _institution_across_gap(text: str, p: int, hits_by_end: dict[int, NameHit],
                            tokens: list[tuple[int, int]], tok_by_end: dict[int, int]) -> NameHit | None:
    """An institution at most a few lower-case words before `p`."""
    q = p
    for _ in range(_MAX_GAP_WORDS):
        tj = tok_by_end.get(q)
        if tj is None or text[tokens[tj][0]].isupper():
            return None
        q = tokens[tj][0]
        while q > 0 and text[q - 1] in " \t":
            q -= 1
        hit = hits_by_end.get(q)
        if hit is not None and hit.kind == INSTITUTION:
            return hit
    return None


def _chain_after(text: str, run: NameRun, hits_by_start: dict[int, NameHit], tokens: list[tuple[int, int]],
                 tok_by_start: dict[int, int], words: RoleWords) -> list[tuple[str, NameHit | None]]:
    """A role chain right after the name, introduced by a comma ("Murat Nurtleu, the Kazakh ...")."""
    pos = run.mention_end
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    if pos >= len(text) or text[pos] != ",":
        return []
    pos += 1
    elements: list[tuple[str, NameHit | None]] = []
    while pos < len(text):
        while pos < len(text) and text[pos] in " \t":
            pos += 1
        hit = hits_by_start.get(pos)
        if hit is not None and hit.kind in _CHAIN_KINDS:
            elements.append(("hit", hit))
            pos = hit.end
            continue
        ti = tok_by_start.get(pos)
        if ti is None:
            break
        s, e = tokens[ti]
        link = _connector(text, s, e, words)
        if link is None:
            break
        elements.append((link, None))
        pos = e + (1 if e < len(text) and text[e] in _APOSTROPHES else 0)
    return elements


def _resolve(elements: list[tuple[str, NameHit | None]], text: str, folded: str,
             words: RoleWords) -> tuple[str | None, str | None, str | None]:
    """(role, chain country, fallback country from the role or institution)."""
    segments: list[list[NameHit]] = [[]]
    country = None
    fallback = None
    posted = False
    for kind, hit in elements:
        if kind == "join":
            segments.append([])
            continue
        if kind == "post":
            posted = True
            continue
        if hit is None:
            continue
        if hit.kind in (COUNTRY, DEMONYM):
            tail = folded[hit.key_end:hit.end]
            if not posted and country is None and tail not in words.locative_suffixes:
                country = hit.payload.code
            posted = False
            continue
        posted = False
        if hit.kind in (ROLE, QUALIFIER, INSTITUTION):
            segments[-1].append(hit)
            if hit.payload.code and fallback is None:
                fallback = hit.payload.code
    roles = []
    for seg in segments:
        role = None
        qualifier = None
        head = None
        for hit in seg:
            if hit.kind == ROLE:
                role = hit.payload.value
            elif hit.kind == QUALIFIER:
                qualifier = hit.payload.value
            elif hit.kind == INSTITUTION and hit.payload.value:
                head = hit.payload.value
        if role is None:
            continue
        if role == "head" and head:
            role = head
        if qualifier:
            role = words.compose.get(qualifier, {}).get(role, role)
        roles.append(role)
    if not roles:
        return None, country, fallback
    return words.role_joiner.join(dict.fromkeys(roles)), country, fallback


def _side_country(doc: Document, hits: list[NameHit], pos: int) -> str | None:
    """The nearest "[Country] side" in the sentence holding `pos`."""
    sent = doc.sentence_of(pos)
    if sent is None:
        return None
    s, e = doc.sentences[sent]
    best, best_dist = None, None
    for i, hit in enumerate(hits[:-1]):
        if hit.kind not in (COUNTRY, DEMONYM) or not s <= hit.start < e:
            continue
        nxt = hits[i + 1]
        if nxt.kind == SIDE and not doc.text[hit.end:nxt.start].strip():
            dist = abs(hit.start - pos)
            if best_dist is None or dist < best_dist:
                best, best_dist = hit.payload.code, dist
    return best


def _display_name(text: str, run: NameRun, lang: str, bases: dict[int, str]) -> str:
    parts = [bases.get(s, text[s:e]) for s, e in run.words]
    return transliterate(" ".join(parts), lang)


@stage("officials", requires=("entities",), assigns=("people",))
def run(doc: Document, settings: Settings) -> Document:
    """Add a person entity for every official named next to a role."""
    text = doc.text
    lang = (doc.lang or PIVOT).split("-")[0]
    hits: list[NameHit] = doc.layers.get("name_hits", [])
    tokens: list[tuple[int, int]] = doc.layers.get("tokens", [])
    if not text or not tokens:
        return doc
    words = role_words(lang)
    folded = doc.layers.get("folded") or fold(text)
    claimed = bytearray(len(text) + 1)
    tok_by_end, tok_by_start = _token_index(tokens)
    for hit in hits:
        # An inflected city ("в Москве") or one after a preposition ("в Баку") is no
        # first name; a bare one may be ("Roman").
        if hit.kind != PLACE or hit.key_end < hit.end or _after_connector(text, hit.start, tokens, tok_by_end, words):
            claimed[hit.start:hit.end] = b"\x01" * (hit.end - hit.start)
    runs = _name_runs(text, folded, tokens, claimed, words)
    hits_by_end = {h.end: h for h in hits}
    hits_by_start = {h.start: h for h in hits}
    dateline = doc.layers.get("place_dateline")

    people: dict[str, Person] = {}
    for nr in runs:
        elements = _chain_before(text, nr.start, hits_by_end, tokens, tok_by_end, words)
        role, country, fallback = _resolve(elements, text, folded, words)
        if role is None:
            elements = _chain_after(text, nr, hits_by_start, tokens, tok_by_start, words)
            role, country, fallback = _resolve(elements, text, folded, words)
        if role is None:
            continue
        country = country or fallback or _side_country(doc, hits, nr.start) or dateline
        key = fold(text[nr.start:nr.end])
        person = people.get(key)
        if person is None:
            people[key] = Person([nr], role, country)
        else:
            person.runs.append(nr)
            person.country = person.country or country

    if not people:
        return doc
    _link_mentions(doc, people, lang, folded)
    return doc


def _link_mentions(doc: Document, people: dict[str, Person], lang: str, folded: str) -> None:
    """Find every mention of each person (full name, surname, inflected) and add the entities."""
    text = doc.text
    words = role_words(lang)
    morph = morphology(*dict.fromkeys((lang, PIVOT)))
    entries = []
    for pid, (key, person) in enumerate(people.items()):
        first = person.runs[0]
        forms = {text[first.start:first.end]}
        last_s, last_e = first.words[-1]
        surname = text[last_s:last_e]
        forms.add(surname)
        for suffix in words.case_suffixes:
            if fold(surname).endswith(suffix) and len(surname) - len(suffix) >= 3:
                forms.add(surname[: len(surname) - len(suffix)])
        for form in forms:
            entries.append((form, pid, True))
    found = Lexicon(entries, morph).find(text, folded)
    persons = list(people.values())
    taken = bytearray(len(text) + 1)
    bases: dict[int, str] = {}
    for hit in found:
        for pid in hit.payloads:
            person = persons[pid]
            start, end = hit.start, hit.end
            if any(taken[start:end]):
                continue
            taken[start:end] = b"\x01" * (end - start)
            person.mentions.append((start, end))
            last_s, last_e = person.runs[0].words[-1]
            surname = folded[last_s:last_e]
            seen = folded[start:end].split("'")[0]
            if (start != last_s and surname.startswith(seen)
                    and surname[len(seen):] in words.case_suffixes):
                bases[last_s] = text[last_s:last_s + len(seen)]
            break
    # A place reading of a word inside a person's name gives way ("Roman").
    spans = [m for p in persons for m in p.mentions]
    for ent in doc.entities:
        if ent.kind == PLACE:
            ent.mentions = [m for m in ent.mentions
                            if not any(s < m.end and m.start < e for s, e in spans)]
    doc.entities = [e for e in doc.entities if e.kind != PLACE or e.mentions]
    for person in persons:
        if not person.mentions:
            continue
        name = _display_name(text, person.runs[0], lang, bases)
        doc.entities.append(Entity("", "person", name, role=person.role, country=person.country,
                                   mentions=[Mention(s, e, text[s:e]) for s, e in sorted(person.mentions)]))
    # Ids in order of first mention, as the entities stage gives them.
    doc.entities.sort(key=lambda ent: ent.mentions[0].start)
    for n, ent in enumerate(doc.entities, start=1):
        ent.id = f"e{n}"
