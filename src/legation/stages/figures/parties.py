"""Which countries a figure is about: the pair of the passage, and who exports to or imports from whom.

Helpers of the `figures` stage. Country mentions come from the `entities` stage; the
words that mark the other side of a trade flow ("exports to", "импорт из", "-ға
экспорт") come from `resources/<lang>/figures.toml` through the stage's lexicon.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from functools import cache
from typing import Any

from ... import resources
from ...document import Document
from ...text.fold import fold
from ...text.numbers import Quantity
from .._counting import most_named

CountryMention = tuple[int, int, str, str]      # start, end, ISO code, text as written
Pair = tuple[str, str]


@cache
def _trade_unions() -> frozenset[str]:
    return frozenset(((resources.load("en", "orgs").get("trade") or {}).get("parties")) or ())


def country_mentions(doc: Document) -> list[CountryMention]:
    """Every mention of a country entity in text order; a union that trades as one party (the EU) counts
    where a pair word names it with its partner ("中欧": its one letter). Named in full, a union stays
    out: it is mostly the context of a country's figure (membership, talks), not its partner."""
    out: list[CountryMention] = []
    unions = _trade_unions()
    for ent in doc.entities:
        if ent.kind == "country" and ent.code:
            out.extend((m.start, m.end, ent.code, m.text) for m in ent.mentions)
        elif ent.kind == "org" and ent.code in unions:
            out.extend((m.start, m.end, ent.code, m.text) for m in ent.mentions if m.end - m.start == 1)
    out.sort()
    return out


_VENUE_GAP_WORDS = 2          # "रूस के कज़ान", "Kazan, Russia", "the Russian city of Kazan"
_VENUE_GAP_LETTERS = 6


def without_venues(doc: Document, mentions: list[CountryMention], sentences: list[tuple[int, int]],
                   amounts: Sequence[int] = ()) -> list[CountryMention]:
    """The country mentions less those that only say where something happens, in a sentence that
    names another country: a country locating a place written next to it ("a summit in Kazan,
    Russia", "रूस के कज़ान में"), and in a sentence with no amount (`amounts`: where the amounts
    start), one the language's venue words mark ("रूस में": in Russia; figures.toml [venues]). A venue is no party of the figures."""
    text = doc.text
    venue = _next_to_places(doc, mentions) | _marked_venues(doc, mentions, sentences, amounts)
    if not venue:
        return mentions
    starts = [s for s, _ in sentences]
    out = []
    for m in mentions:
        if m[0] in venue:
            i = max(0, bisect.bisect_right(starts, m[0]) - 1)
            s0, s1 = sentences[i] if sentences else (0, len(text))
            others = {c for st, _, c, _ in mentions if s0 <= st < s1 and st not in venue and c != m[2]}
            if others:
                continue
        out.append(m)
    return out


def _next_to_places(doc: Document, mentions: list[CountryMention]) -> set[int]:
    """Where the mentions start that name the country of a place written next to them."""
    places = sorted((m.start, m.end, ent.country) for ent in doc.entities
                    if ent.kind == "place" and ent.country for m in ent.mentions)
    if not places:
        return set()
    text = doc.text
    starts = [p[0] for p in places]
    by_end = sorted(places, key=lambda p: p[1])
    ends = [p[1] for p in by_end]
    venue = set()
    for start, end, code, _ in mentions:
        # "रूस के कज़ान", "the Russian city of Kazan": a place at most _JOIN_GAP characters after the
        # country, tied by a few short words.
        after = range(bisect.bisect_left(starts, end), bisect.bisect_right(starts, end + _JOIN_GAP))
        if any(places[i][2] == code and _joins(text[end:places[i][0]]) for i in after):
            venue.add(start)
            continue
        # The other way round only "Kazan, Russia" or "Kazan (Russia)": a dateline ("WASHINGTON – The
        # United States ...") is no such tie. The place ends where only spaces, one comma or bracket
        # and spaces stand before the country.
        q = start
        while q > 0 and text[q - 1].isspace():
            q -= 1
        if q == 0 or text[q - 1] not in ",(":
            continue
        r = q - 1
        while r > 0 and text[r - 1].isspace():
            r -= 1
        before = range(bisect.bisect_left(ends, r), bisect.bisect_right(ends, q - 1))
        if any(by_end[i][2] == code for i in before):
            venue.add(start)
    return venue


@cache
def _venue_words(lang: str) -> tuple[re.Pattern[str] | None, frozenset[str]]:
    part = (resources.load(lang, "figures") or {}).get("venues") or {}
    before = [fold(w) for w in part.get("before") or []]
    rx = re.compile(r"(?<!\w)(?:" + "|".join(re.escape(w) for w in sorted(before, key=len, reverse=True))
                    + r")\s+$") if before else None
    return rx, frozenset(fold(w) for w in part.get("after") or [])


def _marked_venues(doc: Document, mentions: list[CountryMention], sentences: list[tuple[int, int]],
                   amounts: Sequence[int]) -> set[int]:
    """Where the mentions start that a venue word marks ("रूस में"), in sentences with no amount."""
    before, after = _venue_words(doc.lang or "en")
    if before is None and not after:
        return set()
    text = doc.text
    starts = [s for s, _ in sentences]
    with_amount = {bisect.bisect_right(starts, a) - 1 for a in amounts}
    venue = set()
    for start, end, _, _ in mentions:
        if bisect.bisect_right(starts, start) - 1 in with_amount:
            continue
        if before is not None and before.search(fold(text[max(0, start - 16):start])):
            venue.add(start)
            continue
        after_word = _word_end(text, end)
        following = fold(text[after_word:after_word + 16]).split(None, 1)
        if following and following[0] in after:
            venue.add(start)
    return venue


_TRADE_METRICS = frozenset({"trade_turnover", "growth_pct", "exports", "imports"})


def sides_from_people(doc: Document, figures: list[Any]) -> None:
    """A trade figure with one side only ("trade between the two countries" after a meeting where only
    one country is named, the other by its leader: "Prime Minister Modi and China's President Xi")
    takes as the other side the one other country the article's officials serve. So does aid whose
    giver the text names only by a word its reader resolves ("من المملكة إلى أوكرانيا": the Kingdom)."""
    served = {e.country for e in doc.entities if e.kind == "person" and e.country}
    if not served:
        return
    for f in figures:
        if f.metric not in _TRADE_METRICS and f.metric != "aid" or bool(f.reporter) == bool(f.partner):
            continue
        others = served - {f.reporter or f.partner}
        if len(others) != 1:
            continue
        other = next(iter(others))
        if f.reporter:
            f.partner = other
        else:
            f.reporter = other


_JOIN_GAP = 24      # characters at most between a country and the place it locates


def _joins(gap: str) -> bool:
    """Whether the text between a country and a place only ties them ("के", ", ", " (", "city of")."""
    if len(gap) > _JOIN_GAP:
        return False
    words = re.findall(r"[^\W\d_]+", gap)
    return len(words) <= _VENUE_GAP_WORDS and all(len(w) <= _VENUE_GAP_LETTERS for w in words) \
        and not re.search(r"[.;!?\d]", gap)


def home_country(mentions: list[CountryMention]) -> str | None:
    """The country named most often (first named on a tie): the side the article reports from."""
    return most_named((code, 1, i) for i, (_, _, code, _) in enumerate(mentions))


def _ordered(codes: list[str], home: str | None) -> Pair:
    pair = (codes[0], codes[1])
    if home in pair and pair[0] != home:
        pair = (home, pair[0])
    return pair


def sentence_pair(sc: list[CountryMention], previous: Pair | None, home: str | None) -> Pair | None:
    """The two countries a sentence's figures are about, carrying the passage's pair over."""
    codes = list(dict.fromkeys(code for _, _, code, _ in sc))
    if len(codes) >= 2:
        return _ordered(codes, home)
    if len(codes) == 1:
        c = codes[0]
        if previous and c in previous:
            return previous
        if previous:
            return (c, previous[1] if previous[0] != c else previous[0])
        if home and home != c:
            return (home, c)
        return None
    return previous


def figure_pair(q: Quantity, sq: list[Quantity], sc: list[CountryMention], pair: Pair | None,
                home: str | None, clause_start: int = -1) -> Pair | None:
    """The pair of one figure: a sentence naming three countries or more speaks of several pairs
    ("trade with A reached X, with B Y"), so the countries of the figure's own clause decide: first
    those since the last comma (`clause_start`; "speaking to Japanese journalists, the Armenian
    minister said trade with Georgia ..."), else those since the previous amount."""
    if len({code for _, _, code, _ in sc}) < 3:
        return pair
    lo = max((o.end for o in sq if o.end <= q.start and o.kind in ("money", "percent")), default=-1)
    clause = list(dict.fromkeys(code for s, _, code, _ in sc if max(lo, clause_start) <= s < q.start))
    if len(clause) >= 2:
        return _ordered(clause, home)
    own = [code for s, _, code, _ in sc if lo <= s < q.start]
    codes = list(dict.fromkeys(own))
    if len(codes) >= 2:
        return _ordered(codes, home)
    if len(codes) == 1 and pair and codes[0] not in pair:
        keep = home if home and home != codes[0] else pair[0]
        return (keep, codes[0])
    return pair


def _word(folded: str, start: int, end: int) -> str:
    """The whole written word of a mention: "özbekistan" of "Özbekistan'a" grows to "özbekistan'a"."""
    while end < len(folded) and (folded[end].isalnum() or folded[end] in "'’"):
        end += 1
    return folded[start:end]


def _direction_mark(folded: str, mention: CountryMention, stems: dict[str, str], lex: Any,
                    key_ends: dict[int, int]) -> str | None:
    """"to" or "from" when a preposition or case ending marks the country as a trade flow's end."""
    start, end, code, _ = mention
    window = folded[max(0, start - 20):start]
    if lex.to_before.search(window):
        return "to"
    if lex.from_before.search(window):
        return "from"
    word = _word(folded, start, end)
    if lex.to_after or lex.from_after:
        # A postposition written apart after the name ("चीन को", "चीन से").
        following = folded[start + len(word):start + len(word) + 16].split(None, 1)
        if following and following[0] in lex.to_after:
            return "to"
        if following and following[0] in lex.from_after:
            return "from"
    # The name ends where the matcher's key ends or where the country's forms stop agreeing,
    # whichever is later: a shorter key at the same place (a demonym inside the name) must
    # not turn the name's own letters ("qazax|ıstan") into a case ending.
    cut = 0
    key_end = key_ends.get(start)
    if key_end is not None and start < key_end <= start + len(word):
        cut = key_end - start
    stem = stems.get(code, "")
    if stem and word.startswith(stem):
        cut = max(cut, len(stem))
    tail = word[cut:] if cut else ""
    tail = tail.lstrip("'’")
    if not tail or len(word) - len(tail) < 3:
        return None
    # The ablative ("-dan", "-нан") is long and unambiguous; check it before the dative ("-a").
    if any(tail.endswith(x) for x in lex.p_from_suffixes):
        return "from"
    if any(tail.endswith(x) for x in lex.to_suffixes):
        return "to"
    return None


def parties(folded: str, metric: str, q: Quantity, sc: list[CountryMention], pair: Pair | None,
            home: str | None, lex: Any, sq: list[Quantity] | None = None,
            key_ends: dict[int, int] | None = None, last_reporter: str | None = None
            ) -> tuple[str | None, str | None]:
    """(reporter, partner): exports name their destination ("exports to", "-ға экспорт") and
    origin ("exports from", "-dan ixrac"), imports the reverse; the rest take the pair. A flow that
    names its partner only keeps the reporter of the passage's last flow of its kind (`last_reporter`),
    unless its own clause names another country."""
    if metric in ("exports", "imports") and sc and (there := _there(folded, q, sc, pair, home, lex, sq)):
        return there
    if metric in ("exports", "imports") and sc:
        stems: dict[str, str] = {}
        for _, _, code, written in sc:
            # Without the matcher's word, the common beginning of a country's forms is its name.
            form = fold(written)
            old = stems.get(code)
            if old is None:
                stems[code] = form
            else:
                n = 0
                while n < min(len(old), len(form)) and old[n] == form[n]:
                    n += 1
                stems[code] = old[:n]
        lo = max((o.end for o in sq or [] if o.kind == "money" and o.end <= q.start), default=-1)
        # The figure's own clause first, then the nearest mentions.
        ordered = [m for m in sc if lo <= m[0] < q.start][::-1] + \
            sorted((m for m in sc if not lo <= m[0] < q.start), key=lambda m: abs(m[0] - q.start))
        marks: dict[str, str] = {}
        own_clause = [m for m in sc if lo <= m[0] < q.start]
        # "Индия закупила в России товаров на ...": bought in a country is bought from it.
        bought = metric == "imports" and lex.bought is not None and \
            lex.bought.search(folded, max(0, lo, q.start - 120), q.start) is not None
        for m in ordered:
            mark = _direction_mark(folded, m, stems, lex, key_ends or {})
            if bought and mark == "to":
                mark = "from"
            if mark and mark not in marks and m[2] not in marks.values():
                if len(marks) == 1 and m not in own_clause and len({c[2] for c in own_clause}) >= 2:
                    # The figure's own words name both sides ("U.S. imports of goods from China"): a
                    # third country of a later clause ("as companies shifted purchases to Mexico") is
                    # not one of them.
                    break
                marks[mark] = m[2]
        # Exports go from the reporter to the partner; imports come to the reporter from the partner.
        partner_mark, reporter_mark = ("to", "from") if metric == "exports" else ("from", "to")
        codes = [m[2] for m in ordered]
        partner = marks.get(partner_mark)
        reporter = marks.get(reporter_mark)
        if partner and not reporter and last_reporter and last_reporter != partner \
                and not any(m[2] not in (partner, last_reporter) for m in own_clause):
            reporter = last_reporter
        if partner and not reporter:
            reporter = next((c for c in codes if c != partner), None) or (
                (pair[0] if pair[1] == partner else pair[1]) if pair and partner in pair else home)
        elif reporter and not partner:
            partner = next((c for c in codes if c != reporter), None) or (
                (pair[0] if pair[1] == reporter else pair[1]) if pair and reporter in pair else None)
        if reporter and partner and reporter != partner:
            return reporter, partner
    if metric in _PAIR_METRICS:
        # The figure's own words first: "trade between A and B reached X" is about A and B, whatever
        # else the sentence names ("in an interview with Japanese journalists, ...").
        lo = max((o.end for o in sq or [] if o.kind in ("money", "percent") and o.end <= q.start), default=-1)
        own = coordinated_pair(folded, [m for m in sc if lo <= m[0] < q.start])
        if own is not None:
            return own
        named = coordinated_pair(folded, sc)
        # Only the pair the figure is about: a sentence may join other countries too.
        if named is not None and (pair is None or set(named) == set(pair)):
            return named
    if pair:
        return pair
    return home, None


def _there(folded: str, q: Quantity, sc: list[CountryMention], pair: Pair | None, home: str | None,
           lex: Any, sq: list[Quantity] | None) -> Pair | None:
    """A flow whose other side is "there" ("... to the USA and imported goods worth Y from there", "von
    dort", "оттуда"): the partner is the country named last before that word, the reporter the side
    the sentence's verbs share (the other of the pair, else the first country the sentence names)."""
    if lex.there is None:
        return None
    money = [o for o in sq or [] if o.kind == "money"]
    lo = max([q.start - 120] + [o.end for o in money if o.end <= q.start])
    hi = min([q.end + 40] + [o.start for o in money if o.start >= q.end])
    m = lex.there.search(folded, max(0, lo), hi)
    if m is None:
        return None
    named = [c for c in sc if c[1] <= m.start()]
    if not named:
        return None
    partner = named[-1][2]
    if pair and partner in pair:
        reporter: str | None = pair[0] if pair[1] == partner else pair[1]
    else:
        reporter = next((c[2] for c in sc if c[2] != partner), None) or home
    if not reporter or reporter == partner:
        return None
    return reporter, partner


# Metrics of a pair's trade as a whole: "between A and B" names its reporting side first.
_PAIR_METRICS = frozenset({"trade_turnover", "growth_pct"})
_MAX_LINK_WORDS = 2          # "and", "ilə", "мен", "et l'": a conjunction and maybe an article
_MAX_LINK_LETTERS = 4


def _linked(gap: str) -> bool:
    """Whether the text between two country names only joins them ("A ilə B", "A et l'B", "भारत-चीन")."""
    if gap.strip() in ("-", "–", "—") and len(gap) <= 3:
        return True
    words = gap.split()
    if not 1 <= len(words) <= _MAX_LINK_WORDS:
        return False
    return all(0 < len(w.rstrip("'’")) <= _MAX_LINK_LETTERS and w.rstrip("'’").isalpha() for w in words)


def coordinated_pair(folded: str, sc: list[CountryMention]) -> Pair | None:
    """The two countries a sentence names side by side ("between A and B", "A ilə B arasında"),
    in the order written; the second first when the sentence names it once more on its own
    (its ministry or official speaks: "the Kazakh ministry said trade between A and Kazakhstan ...").
    """
    for i in range(len(sc) - 1):
        a, b = sc[i], sc[i + 1]
        if a[2] == b[2] or not _linked(folded[_word_end(folded, a[1]):b[0]]):
            continue
        others = {m[2] for j, m in enumerate(sc) if j not in (i, i + 1)}
        if b[2] in others and a[2] not in others:
            return b[2], a[2]
        return a[2], b[2]
    return None


def _word_end(folded: str, end: int) -> int:
    """The end of the word a mention ends in ("Kasachstan" of "Kasachstans")."""
    while end < len(folded) and (folded[end].isalnum()
                                 or (folded[end] in "'’" and folded[end + 1:end + 2].isalpha())):
        end += 1
    return end


__all__ = ["country_mentions", "without_venues", "sides_from_people", "home_country", "sentence_pair", "figure_pair", "parties", "coordinated_pair"]
