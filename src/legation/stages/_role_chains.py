"""Role chains: the role words, qualifiers, institutions and countries next to a name.

A chain is role words, qualifiers, institutions, countries and demonyms joined
by connectors, read leftwards from a name ("the Freedonian deputy minister of
trade Ada Quill") or rightwards after a comma ("Ada Quill, the Freedonian
envoy"). `resolve` turns a chain into a role, the country the person serves,
and the grammatical case the chain puts the name in.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from .. import resources
from ..document import Document
from ..gazetteer import officials
from ..text.fold import fold, is_unspaced
from ..text.spans import TokenAt
from ._lexicons import COUNTRY, DEMONYM, INSTITUTION, ORG, PIVOT, QUALIFIER, ROLE, SIDE, RoleWords
from ._name_cases import NameCases, governing_case
from .entities import PLACE, NameHit

_CHAIN_KINDS = frozenset({ROLE, QUALIFIER, INSTITUTION, COUNTRY, DEMONYM, ORG})
_SERVES = frozenset({COUNTRY, DEMONYM, ORG})
_MAX_GAP_WORDS = 4          # free words between an institution and its official's title
APOSTROPHES = "'’ʼ‘"

@dataclass
class Chain:
    """What a role chain says about the person next to it."""

    role: str | None
    country: str | None               # a country or organisation named in the chain
    fallback: str | None              # the role's or institution's own country
    case: str | None = None           # the grammatical case the chain puts the name in
    counterpart: bool = False



def after_connector(text: str, start: int, tokens: list[tuple[int, int]], tok_by_end: TokenAt,
                     words: RoleWords) -> bool:
    p = start
    while p > 0 and text[p - 1] == " ":
        p -= 1
    ti = tok_by_end.get(p)
    return ti is not None and p < start and _connector(text, *tokens[ti], words) is not None


def _connector(text: str, start: int, end: int, words: RoleWords) -> str | None:
    """The connector class of the word at start:end ("join", "post", "link") or None."""
    word = fold(text[start:end])
    elided = word + "'" if end < len(text) and text[end] in APOSTROPHES else None
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


def chain_before(text: str, pos: int, hits_by_end: dict[int, NameHit], tokens: list[tuple[int, int]],
                  tok_by_end: TokenAt, words: RoleWords,
                  across: list[tuple[int, int]] | None = None) -> list[tuple[str, NameHit | None]]:
    """Role-chain elements ending right before `pos`, in text order; ("post"/"join", None) markers.

    With `across`, a name after a comma may take its role across the name of the body the role
    heads ("the head of the union Cartel Alfa, Ada Quill"; see `_body_across`): the body's
    span is added to `across`."""
    elements: list[tuple[str, NameHit | None]] = []
    first = True
    comma = False
    titled = False              # only honorifics and connectors read so far ("..., le général", "Frau")
    while pos > 0:
        p = pos
        while p > 0 and text[p - 1] in " \t":
            p -= 1
        if (first or titled) and p > 0 and text[p - 1] == ",":
            p -= 1
            while p > 0 and text[p - 1] in " \t\n":
                p -= 1
            titled = False
            comma = True
        first = False
        if words.honorifics and p not in hits_by_end:
            ti = tok_by_end.get(p - 1 if p > 1 and text[p - 1] == "." else p)
            if ti is not None and fold(text[tokens[ti][0]:tokens[ti][1]]) in words.honorifics \
                    and all(kind == "link" for kind, _ in elements):
                # "la embajadora, la Sra. X", "chef de la junte, le général X": the title is no role's part.
                elements.append(("title", None))
                titled = True
                pos = tokens[ti][0]
                continue
        hit = hits_by_end.get(p)
        if hit is None and p > 1 and text[p - 1] == "-":
            # A hyphenated compound: "UN-Generalsekretär", "EU-Kommissar".
            joined = hits_by_end.get(p - 1)
            if joined is not None and joined.kind in _SERVES:
                hit = joined
        if hit is not None and (hit.kind in _CHAIN_KINDS or hit.kind == PLACE):
            elements.append(("hit", hit))
            titled = False
            pos = hit.start
            while pos > 0 and text[pos - 1].isalnum() and not is_unspaced(text[pos - 1]):
                pos -= 1             # clitics written onto the word ("ال" + "روسي"); not inside a Han run
            continue
        ti = tok_by_end.get(p)
        if ti is None:
            break
        if across is not None and comma and all(kind != "hit" for kind, _ in elements):
            body = _body_across(text, ti, hits_by_end, tokens, tok_by_end, words)
            if body is not None:
                across.append((tokens[body][0], p))
                pos = tokens[body][0]
                comma = False
                continue
        s, e = tokens[ti]
        link = _connector(text, s, e, words)
        if link is not None:
            elements.append((link, None))
            pos = s
            continue
        titled = False
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


_MAX_BODY_WORDS = 3          # words of a company's or union's name a role is read across


@cache
def _body_heads() -> frozenset[str]:
    """Roles heading a body named right after them (en roles.toml `body_heads`)."""
    return frozenset(resources.load(PIVOT, "roles").get("body_heads", []))


def _body_across(text: str, ti: int, hits_by_end: dict[int, NameHit], tokens: list[tuple[int, int]],
                 tok_by_end: TokenAt, words: RoleWords) -> int | None:
    """The first token of a body's name ending with token `ti` that a role heads, when one does: a
    few capitalised words ("Rolls-Royce", "British Airways", "Cartel Alfa") no lexicon knows, right
    after a role word and a connector ("head of", "chef de"), or right after the role word
    ("președintele sindicatului"). Without a connector the body's first word is no given name the
    office-holders table knows ("President Ada Quill, Bob Smith" is two people)."""
    first = ti
    for _ in range(_MAX_BODY_WORDS):
        s, e = tokens[first]
        inside = hits_by_end.get(e) if first != ti else None
        if not text[s].isupper() or inside is not None and inside.kind != DEMONYM:
            return None           # (a demonym may open a body's name: "British Airways")
        q = s
        while q > 0 and text[q - 1] == " ":
            q -= 1
        if q == s:
            if q > 1 and text[q - 1] == "-" and (tj := tok_by_end.get(q - 1)) is not None:
                first = tj            # "Rolls-Royce"
                continue
            return None
        before = hits_by_end.get(q)
        if before is not None and before.kind == DEMONYM and (tj := tok_by_end.get(q)) is not None \
                and tokens[tj][0] == before.start:
            first = tj                # "British Airways"
            continue
        if before is not None:
            if before.kind != ROLE or before.payload.value not in _body_heads() or officials.given_name(text[s:e]):
                return None
            return first
        tj = tok_by_end.get(q)
        if tj is None:
            return None
        if _connector(text, *tokens[tj], words) == "link":
            r = tokens[tj][0]
            while r > 0 and text[r - 1] == " ":
                r -= 1
            role = hits_by_end.get(r)
            return first if role is not None and role.kind == ROLE and r < tokens[tj][0] else None
        first = tj
    return None


def _institution_across_gap(text: str, p: int, hits_by_end: dict[int, NameHit],
                            tokens: list[tuple[int, int]], tok_by_end: TokenAt) -> NameHit | None:
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


def chain_after(text: str, mention_end: int, hits_by_start: dict[int, NameHit], tokens: list[tuple[int, int]],
                 tok_by_start: TokenAt, words: RoleWords,
                 run_starts: set[int]) -> list[tuple[str, NameHit | None]]:
    """A role chain right after the name, introduced by a comma ("Ada Quill, the Freedonian ...");
    in a language whose roles follow the name (`roles.toml` `role_after_name`), without one too
    ("Vlagyimir Putyin orosz elnök")."""
    pos = mention_end
    while pos < len(text) and text[pos] in " \t":
        pos += 1
    if pos >= len(text):
        return []
    if text[pos] in ",\u060c":      # a comma, or the Arabic-script comma
        pos += 1
    elif not words.role_after_name or pos == mention_end:
        return []
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
        pos = e + (1 if e < len(text) and text[e] in APOSTROPHES else 0)
    # "X, Türkiye Ticaret Bakanı Y": the chain introduces the next name, not X.
    if pos in run_starts:
        return []
    return elements


def resolve(elements: list[tuple[str, NameHit | None]], text: str, folded: str,
             words: RoleWords, cases: NameCases) -> Chain:
    """The role, whom the person serves, and the case a chain puts the name in.

    Of several countries, the one closest before the first role word wins
    ("Gürcistan Başbakanı X, Türkiye Ticaret Bakanı Y"); one after the role
    counts only when none stands before it ("Minister of Foreign Affairs of
    Kazakhstan"). A country beats an organisation ("Russian UN envoy").
    """
    segments: list[list[NameHit]] = [[]]
    before: list[tuple[int, str]] = []       # (rank, code) before the first role
    after: list[tuple[int, str]] = []
    fallback = None
    posted = False
    seen_role = False
    case = None
    counterpart = False
    for kind, hit in elements:
        if kind == "join":
            segments.append([])
            continue
        if kind == "post":
            posted = True
            continue
        if hit is None:
            continue
        if hit.kind in _SERVES:
            tail = folded[hit.key_end:hit.end]
            if not posted and hit.payload.code and tail not in words.locative_suffixes:
                (after if seen_role else before).append((int(hit.kind == ORG), hit.payload.code))
            posted = False
            continue
        posted = False
        if hit.kind in (ROLE, QUALIFIER, INSTITUTION):
            segments[-1].append(hit)
            if hit.payload.code and fallback is None:
                fallback = hit.payload.code
            if hit.kind == ROLE and not seen_role:
                seen_role = True
                case = governing_case(text[hit.start:hit.end], cases)
                counterpart = hit.payload.counterpart
    roles = []
    pending: list[NameHit] = []               # qualifiers before "and" ("Trade and Integration Minister")
    for seg in segments:
        if not any(h.kind == ROLE for h in seg):
            pending.extend(h for h in seg if h.kind == QUALIFIER)
            continue
        seg = pending + seg
        pending = []
        role = None
        qualifier = None
        head = None
        for hit in seg:
            if hit.kind == ROLE:
                role = hit.payload.value
            elif hit.kind == QUALIFIER and qualifier is None:
                qualifier = hit.payload.value
            elif hit.kind == INSTITUTION and hit.payload.value:
                head = hit.payload.value
        if role is None:
            continue
        if role == "head" and head:
            role = head
        if qualifier:
            composed = words.compose.get(qualifier, {}).get(role)
            if composed is None and role in words.compose_default:
                composed = words.compose_default[role].format(qualifier)
            role = composed or role
        roles.append(role)
    country = None
    # A country on either side beats an organisation: "На полях саммита ШОС ... президент России X"
    # serves Russia, not the summit's organisation.
    for rank in (0, 1):
        for named, pick in ((before, -1), (after, 0)):
            countries = [c for r, c in named if r == rank]
            if countries:
                country = countries[pick]
                break
        if country is not None:
            break
    if not roles:
        return Chain(None, country, fallback)
    return Chain(words.role_joiner.join(dict.fromkeys(roles)), country, fallback, case, counterpart)



def sides(hits: list[NameHit], text: str) -> list[tuple[int, str]]:
    """Where a "[Country] side" stands, with the country's code, in text order (few articles have one)."""
    found = []
    for i, hit in enumerate(hits[:-1]):
        if hit.kind not in (COUNTRY, DEMONYM):
            continue
        nxt = hits[i + 1]
        if nxt.kind == SIDE and not text[hit.end:nxt.start].strip():
            found.append((hit.start, hit.payload.code))
    return found


def side_country(doc: Document, found: list[tuple[int, str]], pos: int) -> str | None:
    """The nearest "[Country] side" (of `sides`) in the sentence holding `pos`."""
    if not found:
        return None
    sent = doc.sentence_of(pos)
    if sent is None:
        return None
    s, e = doc.sentences[sent]
    best, best_dist = None, None
    for start, code in found:
        if not s <= start < e:
            continue
        dist = abs(start - pos)
        if best_dist is None or dist < best_dist:
            best, best_dist = code, dist
    return best

