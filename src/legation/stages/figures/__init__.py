"""The `figures` stage: which stated number is trade turnover, exports, imports, growth, investment or aid.

Per sentence: numbers and periods are read (`text.numbers`, `text.periods`); a money
amount takes the metric of the nearest role phrase (`resources/<lang>/figures.toml`),
a percentage or multiple next to a rise/fall word is growth; an amount after "rose by" or
before "less than" is a `change` of its metric (signed), one in a clause with a target word
a `target` (its period the year due); forecasts, shares and counts are left out. A currency
("долл. США") is part of its amount, never a party; a line stated twice (title and lead)
gives one figure with the other places as `repeats`. The period is the nearest stated one
(a base period after a comparison word for base values; "compared with the previous year" counts back
from the period being reported, never from itself); the countries come from the
figure's clause, the sentence's country mentions, or the pair the passage is about.

Growth is a figure (`growth_pct`) only for turnover, as the conventions define it.
Growth of exports or imports is kept as a note (`doc.layers["figure_notes"]`) that the
checks use but the record does not show. Working details for the checks go to
`doc.layers["figures"]` (one `FigureInfo` per figure).
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import cache

from ... import resources
from ...deadline import check as check_deadline
from ...document import Document, Evidence, Figure
from ...pipeline import stage
from ...settings import Settings
from ...text.fold import fold
from ...text.fold import UNSPACED_CLASS
from ...text.numbers import (AFTER_WORD, MONEY, MULTIPLE, NUMBER, PERCENT, YEAR, OwnerMemo, Quantity, alternation,
                             read_numbers)
from ...text.periods import PeriodMention, period_string, read_periods, shift_period
from .._lexicons import gives_as
from .aid import aid_parts, aid_sides, aid_tranches, named_part, opens_parts, part_names, pledged
from .parties import (CountryMention, country_mentions, figure_pair, home_country, parties, sentence_pair,
                      sides_from_people, without_venues)

_GAP_BASE = 16          # at most this many characters between a base period and its value
# Numbers and periods read per sentence: each is compared with its sentence's others, so a
# list or run-on of thousands would cost the square of that. News sentences state a few.
_MAX_PER_SENTENCE = 64
_CLAUSE_END = re.compile(r"[,;:()\u2014\u060c\u061b]")     # with the Arabic comma and semicolon
_YEAR_WORD = re.compile(r"(?<!\d)[12]\d{3}(?!\d)")
_YEAR_START = re.compile(r"[12]\d{3}(?:-\d\d)?(?:/[12]\d{3}-\d\d)?\Z")


@dataclass
class FigureInfo:
    """What the checks need to know about a figure beyond the record."""

    figure: Figure
    quantity: Quantity
    sentence: int
    period_key: str | None           # the period as written when it cannot be resolved
    period_mention: PeriodMention | None
    base: bool = False               # a comparison value ("compared to 2021 (310.4 M)")
    sign: int = 1                    # growth: +1 rise, -1 fall
    of_metric: str | None = None     # a growth note: the metric that grew (exports, imports)
    # A level the sentence says rose or fell ("imports fell to $157 billion"): the sign and the word.
    said: tuple[int, str] | None = None
    # Aid: the total this amount is a part of (grants, loans, budget support of a stated package), and
    # whether a total's parts are all stated (then they add up to it).
    part_of: FigureInfo | None = None
    parts_whole: bool = False


@dataclass(frozen=True)
class _Lexicon:
    roles: re.Pattern[str]
    role_of: tuple[tuple[re.Pattern[str], str], ...]
    up: re.Pattern[str]
    down: re.Pattern[str]
    blockers: re.Pattern[str]
    window: int
    compare_before: re.Pattern[str]
    compare_after: re.Pattern[str]
    from_to: re.Pattern[str]
    from_to_mid: re.Pattern[str] | None
    from_suffixes: tuple[str, ...]
    to_before: re.Pattern[str]
    from_before: re.Pattern[str]
    to_suffixes: tuple[str, ...]
    p_from_suffixes: tuple[str, ...]
    year_before: re.Pattern[str]
    targets: re.Pattern[str]
    change_by: re.Pattern[str]
    change_less: re.Pattern[str]
    change_more: re.Pattern[str]
    to_after: frozenset[str] = frozenset()       # postpositions after the country ("चीन को")
    from_after: frozenset[str] = frozenset()
    there: re.Pattern[str] | None = None         # "from there", "von dort": the partner just named
    bought: re.Pattern[str] | None = None        # verbs of buying: the place named is the seller
    shares: re.Pattern[str] | None = None        # share words among the blockers ("payına", "долю")
    flows: re.Pattern[str] | None = None         # the export and import role words
    record: re.Pattern[str] | None = None        # a record high ("사상 최대", "過去最高"): said to have risen
    links: re.Pattern[str] | None = None         # particles between a base period and its value ("前年の")


# After a word of a script without spaces, the next word follows without a space ("对俄罗斯"); so does
# it after an elided article ("vers l'Inde", "dall'Egitto").
_SPACE_OR_RUN = r"(?:\s+|(?<=[" + UNSPACED_CLASS + r"'’]))"


def _rx(words: list[str]) -> re.Pattern[str]:
    return re.compile(AFTER_WORD + r"(?:" + alternation(words) + ")")


@cache
def _lexicon(lang: str) -> _Lexicon:
    data = resources.load(lang, "figures") or resources.load("en", "figures")
    roles = data.get("roles", {})
    entries = [(w, metric) for metric, words in roles.items() for w in words]
    role_of = tuple((re.compile(alternation([w]) + r"\Z"), metric)
                    for w, metric in sorted(entries, key=lambda e: -len(e[0])))
    comp = data.get("compare", {})
    part = data.get("partners", {})
    nf = data.get("not_figures", {})
    return _Lexicon(
        _rx([w for w, _ in entries]), role_of,
        _rx(data.get("direction", {}).get("up", [])), _rx(data.get("direction", {}).get("down", [])),
        _rx(nf.get("words", [])), int(nf.get("window", 30)),
        re.compile(AFTER_WORD + r"(?:" + alternation(comp.get("before", [])) + r")"),
        re.compile(AFTER_WORD + r"(?:" + alternation(comp.get("after", [])) + ")"),
        re.compile(AFTER_WORD + r"(?:" + alternation(comp.get("from_to", [])) + r")\s*$"),
        re.compile(r"[\s,]*(?:(?:" + alternation(comp["to"]) + r")[\s,]*)?") if comp.get("to") else None,
        tuple(fold(s) for s in comp.get("from_suffixes", [])),
        re.compile(AFTER_WORD + r"(?:" + alternation(part.get("to_before", [])) + r")" + _SPACE_OR_RUN + "$"),
        re.compile(AFTER_WORD + r"(?:" + alternation(part.get("from_before", [])) + r")" + _SPACE_OR_RUN + "$"),
        tuple(fold(s) for s in part.get("to_suffixes", [])),
        tuple(fold(s) for s in part.get("from_suffixes", [])),
        re.compile(AFTER_WORD + r"(?:" + alternation(
            (resources.load(lang, "numbers") or {}).get("years", {}).get("before", [])) + ")"),
        _rx(data.get("targets", {}).get("words", [])),
        re.compile(AFTER_WORD + r"(?:" + alternation(data.get("change", {}).get("by", [])) + r")\s*$"),
        re.compile(r"\s*(?:" + alternation(data.get("change", {}).get("less", [])) + ")"),
        re.compile(r"\s*(?:" + alternation(data.get("change", {}).get("more", [])) + ")"),
        frozenset(fold(s) for s in part.get("to_after", [])),
        frozenset(fold(s) for s in part.get("from_after", [])),
        _rx(part["there"]) if part.get("there") else None,
        _rx(part["bought"]) if part.get("bought") else None,
        re.compile(alternation(nf["shares"]) + r"\Z") if nf.get("shares") else None,
        _rx(roles.get("exports", []) + roles.get("imports", [])) if roles.get("exports") else None,
        _rx(data["direction"]["record"]) if data.get("direction", {}).get("record") else None,
        re.compile(alternation(comp["links"])) if comp.get("links") else None,
    )


_METRICS = OwnerMemo()     # the metric of each role phrase read so far, per lexicon


def _metric_of(lex: _Lexicon, phrase: str) -> str | None:
    found: str | None = _METRICS.get(lex, phrase, lambda: next((metric for pattern, metric in lex.role_of
                                                                 if pattern.match(phrase)), None))
    return found


def _published(doc: Document) -> tuple[int | None, int | None]:
    pub = doc.source.published
    return (pub.year, pub.month) if pub else (None, None)


@dataclass
class _Context:
    """What carries over from one sentence to the next."""

    current: tuple[str | None, str | None, PeriodMention | None] = (None, None, None)
    compare: str | None = None
    pair: tuple[str, str] | None = None
    key_ends: dict[int, int] | None = None   # where each country name ends inside its word
    # The one level metric (and unit) the previous sentence stated, with that sentence's index:
    # "In 2023 turnover was $4.3 billion. In 2022 it stood at $3.9 billion."
    last_level: tuple[int, str, str | None] | None = None
    # The month of the act the sentence dates ("approved on Friday, 31 March"), from the dates stage.
    act_month: str | None = None
    # Who reported the last exports and imports (its reporter): "U.S. imports from China ... Imports from
    # Mexico ..." keeps the importer.
    flow_reporter: dict[str, str] | None = None
    last_pair: tuple[str, str] | None = None      # the parties of `last_level`
    org_spans: list[tuple[int, int]] | None = None  # where organisations are named (start, end), in order


def _resolve(p: PeriodMention, year: int | None, pub_year: int | None, pub_month: int | None,
             current: str | None, comparison: bool = False) -> tuple[str | None, str | None]:
    """(period string or None, key as written when it cannot be resolved).

    A relative year in a comparison ("compared with last year", "geçen yıla göre")
    counts back from the period being reported, like "the same period last year".
    """
    if p.kind == "cumulative":
        return "cumulative", None
    if p.kind == "same_period" and p.year is not None:
        # "The same period of 2023": the months being reported, in 2023.
        if current and current != "cumulative":
            return shift_period(current, int(p.year) - int(current[:4])), None
        return p.resolve(pub_year), None
    if p.kind == "same_period" or (comparison and p.kind == "year" and p.year is None and p.rel is not None):
        if current:
            return shift_period(current, p.rel or -1), None
        return (str(pub_year + (p.rel or -1)) if pub_year else None), None
    if p.year is None and p.rel is None and p.months is not None:
        y = year
        if y is None and pub_year is not None:
            y = pub_year if pub_month is None or p.months[1] <= pub_month else pub_year - 1
        return (period_string(y, p.months) if y else None), None
    resolved = p.resolve(pub_year, pub_month)
    if resolved is None:
        return None, p.year_written or p.written
    if pub_year is not None and int(resolved[-7:-3] if resolved[-3:-2] == "-" else resolved[-4:]) > pub_year:
        return None, resolved       # the last year of the period is after publication
    if int(resolved[:4]) < 1900:
        return None, resolved
    return resolved, None


@stage("figures", requires=("sentences", "entities", "dates"), assigns=("figures",))
def run(doc: Document, settings: Settings) -> Document:
    """Fill `doc.figures` (and `doc.layers["figures"]`) from the text."""
    lang = doc.lang or "en"
    text = doc.text
    folded = doc.layers.get("folded")
    if not isinstance(folded, str) or len(folded) != len(text):
        folded = fold(text)
        doc.layers["folded"] = folded
    sentences = doc.sentences or [(0, len(text))]
    lex = _lexicon(lang)
    quantities = _currency_carried(_range_end(_range_start(read_numbers(text, lang, folded), folded, lex), folded, lex),
                                   sentences, folded,
                                   _conjunctions(lang), (lex.roles, *part_names(lang)))
    # "For the first time since 2015" ranks a figure; it dates none.
    periods = [p for p in read_periods(text, lang, quantities, folded, _number_spans(sentences, quantities))
               if p.kind != "none"]
    doc.layers["numbers"] = quantities
    doc.layers["periods"] = periods
    pub_year, pub_month = _published(doc)
    # A currency ("US$", "долл. США", "ABD doları") is part of its amount, never a party.
    money_spans = [(q.start, q.end) for q in quantities if q.kind == MONEY]
    countries = [c for c in country_mentions(doc) if not _inside(c[0], money_spans)]
    countries = without_venues(doc, countries, sentences, [q.start for q in quantities if q.kind in (MONEY, PERCENT)])
    home = home_country(countries)
    ctx = _Context(key_ends={h.start: h.key_end for h in doc.layers.get("name_hits") or []
                             if getattr(h, "key_end", None) is not None},
                   org_spans=sorted((m.start, m.end) for e in doc.entities if e.kind == "org" for m in e.mentions))
    infos: list[FigureInfo] = []
    # Days an act is dated to; a dateline dates the report, not the act ("WASHINGTON, 1 April. The
    # board approved on Friday ..." is an act of 31 March).
    dated = [(d.start, d.iso[:7]) for d in doc.layers.get("dates") or []
             if getattr(d, "iso", None) and getattr(d, "precision", "") in ("day", "week")
             and getattr(d, "kind", "") != "dateline"]
    di = 0
    qi = pi = ci = 0
    for si, (s0, s1) in enumerate(sentences):
        check_deadline()
        sq = []
        while qi < len(quantities) and quantities[qi].start < s1:
            if quantities[qi].start >= s0:
                sq.append(quantities[qi])
            qi += 1
        sp = []
        while pi < len(periods) and periods[pi].start < s1:
            if periods[pi].start >= s0:
                sp.append(periods[pi])
            pi += 1
        sc = []
        while ci < len(countries) and countries[ci][0] < s1:
            if countries[ci][0] >= s0:
                sc.append(countries[ci])
            ci += 1
        while di < len(dated) and dated[di][0] < s0:
            di += 1
        ctx.act_month = dated[di][1] if di < len(dated) and dated[di][0] < s1 else None
        if not sq and not sp:
            # Nothing to read here: only the pair the passage is about carries on, and the level of
            # the sentence before when this one names no other country ("... $4.4 billion in 2023.
            # The statistics bureau published the figures. In 2022 it stood at $4.1 billion.").
            ctx.pair = sentence_pair(sc, ctx.pair, home) or ctx.pair
            last = ctx.last_level
            if last is not None and last[0] == si - 1 and ctx.last_pair is not None \
                    and all(c[2] in ctx.last_pair for c in sc):
                ctx.last_level = (si, last[1], last[2])
            continue
        _sentence(doc, si, s0, s1, folded, sq[:_MAX_PER_SENTENCE], sp[:_MAX_PER_SENTENCE], sc[:_MAX_PER_SENTENCE],
                  lex, ctx, home, pub_year, pub_month, infos)
    _lender(doc, infos, sentences)
    aid_sides(doc, [(i.figure, i.sentence, i.quantity.start) for i in infos if i.figure.metric == "aid" and not i.base],
              sentences, folded, lambda code: gives_as().get(code, code))
    infos = _merge_grants(infos, f"{pub_year:04d}-{pub_month:02d}" if pub_year and pub_month else None)
    aid_parts(lang, folded, sentences, infos)
    aid_tranches(lang, folded, infos)
    _complete_pairs(infos)
    sides_from_people(doc, [i.figure for i in infos])
    infos = _merge_rounded(_merge_repeats(infos, sentences, folded), _headlines(sentences, folded))
    notes = [i for i in infos if i.of_metric]
    infos = [i for i in infos if not i.of_metric]
    for n, info in enumerate(infos, 1):
        info.figure.id = f"f{n}"
    for n, info in enumerate(notes, 1):
        info.figure.id = f"n{n}"
    doc.figures = [info.figure for info in infos]
    doc.layers["figures"] = infos
    doc.layers["figure_notes"] = notes
    return doc


def _range_start(quantities: list[Quantity], folded: str, lex: _Lexicon) -> list[Quantity]:
    """The bare first number of "from X to Y billion dollars" ("с 26,3 до 25,1 млрд долларов") is
    in Y's scale and currency; with a scale of its own ("с 4,4 млрд до 4,0 млрд долларов"), in Y's
    currency."""
    if lex.from_to_mid is None:
        return quantities
    out = list(quantities)
    for n, q in enumerate(quantities[:-1]):
        nxt = quantities[n + 1]
        if q.kind != NUMBER or q.unit is not None or q.scale not in (1.0, nxt.scale) or nxt.kind != MONEY \
                or nxt.start - q.end > 12 or nxt.scale == 1.0:
            continue
        mid = lex.from_to_mid.match(folded, q.end, nxt.start)
        if mid is None or mid.end() != nxt.start or mid.end() == q.end \
                or not lex.from_to.search(folded[max(0, q.start - 12):q.start]):
            continue
        factor = nxt.scale / q.scale          # 1 when the number states the scale itself
        out[n] = replace(q, value=q.value * factor, scale=nxt.scale, unit=nxt.unit, kind=MONEY,
                         half_step=q.half_step * factor)
    return out


_RANGE_GAP = 40        # "с 4,4 млрд долларов в 2022 году до 4,0 млрд": at most a period between the two amounts


def _range_end(quantities: list[Quantity], folded: str, lex: _Lexicon) -> list[Quantity]:
    """The second amount of "from X (in 2022) to Y" ("с 4,4 млрд ... до 4,0 млрд", "z 3,0 mld ... do
    3,3 mld") is the level reached, not an upper bound: its "to" is no "up to"."""
    out = list(quantities)
    for n, q in enumerate(out[:-1]):
        if q.kind != MONEY:
            continue
        k = n + 1
        while k < len(out) and out[k].kind not in (MONEY, PERCENT) and out[k].start - q.end <= _RANGE_GAP:
            k += 1
        nxt = out[k] if k < len(out) else None
        if nxt is None or nxt.kind != MONEY or nxt.qualifier != "under" \
                or nxt.start - q.end > _RANGE_GAP or _CLAUSE_END.search(folded, q.end, nxt.start) \
                or not lex.from_to.search(folded[max(0, q.start - 12):q.start]):
            continue
        out[k] = replace(nxt, qualifier=None)
    return out


_TAIL_WORD = re.compile(r"[^\W\d_]+")
_NAMING_WORDS = 4       # "en dons", "в виде грантов", "als nicht rückzahlbare Zuschüsse"


@cache
def _conjunctions(lang: str) -> frozenset[str]:
    """The language's words for "and" (events.toml [cues] conjunctions, one-word ones)."""
    words = ((resources.load(lang, "events") or {}).get("cues") or {}).get("conjunctions") or []
    return frozenset(fold(w) for w in words if " " not in w.strip())


def _currency_carried(quantities: list[Quantity], sentences: list[tuple[int, int]], folded: str,
                      conjunctions: frozenset[str] = frozenset(),
                      names: Sequence[re.Pattern[str]] = ()) -> list[Quantity]:
    """A scaled number with no currency after an amount of its sentence is in that amount's currency
    ("exports of 8,1 milliards d'euros and imports of 6,1 milliards", "а импорт – 9,3 млрд"), when
    nothing but punctuation, a year and at most one short word follows it in its clause, or a few
    words that name what the amount is (`names`: role words, kinds of aid: "dont 8,1 milliards en
    dons", "з них 2 млрд у вигляді грантів"); a word for "and" ends the clause ("imports of
    6,1 milliards et les exportations ...")."""
    out: list[Quantity] = []
    last: Quantity | None = None
    starts = [s for s, _ in sentences]
    years = [y for y in quantities if y.kind == YEAR]
    year_starts = [y.start for y in years]
    for q in quantities:
        if q.kind == MONEY:
            last = q
        elif q.kind == NUMBER and q.unit is None and q.scale >= 1e6 and last is not None \
                and bisect.bisect_right(starts, last.start) == bisect.bisect_right(starts, q.start):
            stop = _CLAUSE_END.search(folded, q.end, q.end + 40)
            sentence_end = sentences[bisect.bisect_right(starts, q.start) - 1][1]
            hi = min(stop.start() if stop else q.end + 40, sentence_end)
            tail = folded[q.end:hi]
            # A year read with its word ("в 2023 году", "w 2023 r.") is no word of the amount's.
            for k in range(bisect.bisect_left(year_starts, q.end), bisect.bisect_left(year_starts, hi)):
                y0, y1 = years[k].start, min(years[k].end, hi)
                tail = tail[:y0 - q.end] + " " * (y1 - y0) + tail[y1 - q.end:]
            tail = _YEAR_WORD.sub(" ", tail)
            words = _TAIL_WORD.findall(tail.split(".")[0])
            cut = next((n for n, w in enumerate(words) if w in conjunctions), None)
            if cut is not None:
                words = words[:cut]
            if (len(words) <= 1 and all(len(w) <= 4 for w in words)) or (
                    len(words) <= _NAMING_WORDS and any(n.search(" ".join(words)) for n in names)):
                q = replace(q, unit=last.unit, kind=MONEY)
        out.append(q)
    return out


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
        giver = gives_as().get(giver, giver)       # the European Council approves the EU's money
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
    giver = gives_as().get(own[-1], own[-1])
    if giver != receiver:
        f.reporter, f.partner = giver, receiver


def _merge_grants(infos: list[FigureInfo], published: str | None) -> list[FigureInfo]:
    """One figure for aid stated twice in an article (the decision in the lead, the grant in the body):
    the same amount, currency and sides, unless both state different periods; the one with a period
    is kept, the other's place becomes a repeat. A period neither copy states, only the month of
    publication one copy fell back on, is no other period: the copy dated by its act is kept
    (`published`: the month of publication, YYYY-MM)."""
    kept: dict[tuple[object, ...], int] = {}
    out: list[FigureInfo] = []
    for info in infos:
        f = info.figure
        key = (f.value, f.unit, frozenset((f.reporter, f.partner)))
        n = kept.get(key) if f.metric == "aid" and not info.base else None
        if n is not None and out[n].sentence == info.sentence:
            n = None        # "2 млрд євро, з них 2 млрд євро грантів": a total and its part, not a repeat
        if n is None:
            if f.metric == "aid" and not info.base:
                kept[key] = len(out)
            out.append(info)
            continue
        first = out[n]
        if first.figure.period and f.period and first.figure.period != f.period:
            fallback = (first.period_mention is None and info.period_mention is None
                        and published in (first.figure.period, f.period))
            if not fallback:
                out.append(info)            # the same sum again in another period: another grant
                continue
            keep, drop = (info, first) if first.figure.period == published else (first, info)
        else:
            keep, drop = (info, first) if f.period and not first.figure.period else (first, info)
        keep.figure.repeats.extend([drop.figure.evidence, *drop.figure.repeats])
        out[n] = keep
    return out


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


def _inside(pos: int, spans: list[tuple[int, int]]) -> bool:
    i = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= pos < spans[i][1]


def _merge_repeats(infos: list[FigureInfo], sentences: list[tuple[int, int]], folded: str) -> list[FigureInfo]:
    """One figure for a line stated again (a title repeated as the lead, a teaser): the same
    sentence, word for word, giving the same figure; its other places become `repeats`."""
    first: dict[tuple[object, ...], FigureInfo] = {}
    lines: dict[int, str] = {}          # each sentence's words, read once however many figures it has
    out = []
    for info in infos:
        s0, s1 = sentences[info.sentence]
        if info.sentence not in lines:
            lines[info.sentence] = " ".join(folded[s0:s1].split())
        f = info.figure
        key = (lines[info.sentence], info.quantity.start - s0, f.metric, f.of, f.value,
               f.unit, f.reporter, f.partner, f.period, f.compared_to, info.of_metric)
        kept = first.get(key)
        if kept is None:
            first[key] = info
            out.append(info)
        else:
            kept.figure.repeats.append(f.evidence)
    return out


def _merge_rounded(infos: list[FigureInfo], headlines: frozenset[int] = frozenset()) -> list[FigureInfo]:
    """One figure for a value stated rounded in one sentence (a headline's "240 billion") and exactly
    in another (the body's "240.1 billion"), of the same metric, pair, period and unit: the exact one
    is kept, with the rounded one's place as a repeat. The same value stated again in another sentence
    is one figure too, and a copy with no period at all (a headline) takes the dated one's."""
    dropped: set[int] = set()
    for n, a in enumerate(infos):
        if n in dropped or a.of_metric or a.base or a.figure.metric in ("change", "target") \
                or not (a.figure.period or _undated(a)):
            continue
        for m in range(n + 1, len(infos)):
            b = infos[m]
            if m in dropped or b.sentence == a.sentence or b.of_metric or b.base:
                continue
            fa, fb = a.figure, b.figure
            if (fa.metric, fa.unit, fa.of) != (fb.metric, fb.unit, fb.of) \
                    or {fa.reporter, fa.partner} != {fb.reporter, fb.partner}:
                continue
            if fa.period != fb.period and not ((_undated(a) and fb.period) or (_undated(b) and fa.period)):
                continue
            coarse, fine = (a, b) if a.quantity.half_step > b.quantity.half_step else (b, a)
            if coarse.quantity.half_step == fine.quantity.half_step:
                # The same value in a headline and in the body: one figure, dated where it is dated. Two
                # sentences of the body may state it twice on purpose; they stay two.
                if fa.value != fb.value or not (a.sentence in headlines or b.sentence in headlines):
                    continue
                coarse, fine = (a, b) if _undated(a) or (a.sentence in headlines and not _undated(b)) else (b, a)
            lo, hi = coarse.quantity.bounds()
            if not lo <= fine.figure.value <= hi:
                continue
            fine.figure.repeats.append(coarse.figure.evidence)
            fine.figure.repeats.extend(coarse.figure.repeats)
            dropped.add(infos.index(coarse))
            if coarse is a:
                break
    return [i for k, i in enumerate(infos) if k not in dropped]


_SENTENCE_STOP = re.compile(r"[.!?\u2026\u3002\u0964\u061f]['\"\u201d\u00bb)]*\s*\Z")


def _headlines(sentences: list[tuple[int, int]], folded: str) -> frozenset[int]:
    """The sentences that are headlines: the first one, when it is a line of its own with no full stop."""
    if not sentences:
        return frozenset()
    s0, s1 = sentences[0]
    line = folded[s0:s1].rstrip()
    own_line = len(sentences) == 1 or "\n" in folded[s1 - 1:sentences[1][0] + 1]
    return frozenset({0}) if line and own_line and not _SENTENCE_STOP.search(line) else frozenset()


def _undated(info: FigureInfo) -> bool:
    """A figure with no period at all (a headline's "tops $218 billion"): the dated copy says which."""
    return info.figure.period is None and info.period_key is None and info.figure.compared_to is None


def _number_spans(sentences: list[tuple[int, int]], quantities: list[Quantity]) -> list[tuple[int, int]]:
    """The text worth reading periods in: sentences with an amount, a percentage, a multiple or a number
    in millions or more, and the sentence before each (whose period may carry over). Periods elsewhere date no
    figure, so they are not read; years alone come from the number reader anyway."""
    spans: list[tuple[int, int]] = []
    measures = [q for q in quantities if q.kind in (MONEY, PERCENT, MULTIPLE)
                or (q.kind == NUMBER and q.unit is None and q.scale >= 1e6)]     # maybe in a carried currency
    qi = 0
    for si, (s0, s1) in enumerate(sentences):
        while qi < len(measures) and measures[qi].start < s0:
            qi += 1
        if qi < len(measures) and measures[qi].start < s1:
            a = sentences[si - 1][0] if si else s0
            if spans and spans[-1][1] >= a:
                spans[-1] = (spans[-1][0], s1)
            else:
                spans.append((a, s1))
    return spans


def _change_follows(folded: str, pos: int, lex: _Lexicon) -> bool:
    """Whether a rise or fall word follows right after `pos`: the comparison before it is that
    change's ("2401亿美元，比上年增长26.3%": 比上年 is the base of the growth, not of the amount)."""
    while pos < len(folded) and folded[pos].isspace():
        pos += 1
    return bool(lex.up.match(folded, pos) or lex.down.match(folded, pos))


def _bare_gap(folded: str, start: int, end: int, sq: list[Quantity], lex: _Lexicon) -> bool:
    """Whether only punctuation, amounts and comparison words lie between `start` and `end`."""
    gap = list(folded[start:end])
    for q in sq:
        if q.end > start and q.start < end:
            for i in range(max(q.start, start), min(q.end, end)):
                gap[i - start] = " "
    rest = lex.year_before.sub(" ", lex.compare_after.sub(" ", "".join(gap)))
    if lex.links is not None:
        rest = lex.links.sub(" ", rest)
    return not re.search(r"\w", rest)


def _is_comparison(p: PeriodMention, folded: str, lex: _Lexicon, s0: int, s1: int,
                   sq: list[Quantity], others: Sequence[PeriodMention] = ()) -> bool:
    if p.kind == "same_period":
        return True
    if p.kind == "month_range" and lex.from_to.search(folded, max(s0, p.start - 12), p.start):
        return False        # "von Januar bis November": the range's own "from", not a comparison
    # "compared with 2022", "from $1.1 billion in 2022", "по сравнению с 2022 годом"
    marks = list(lex.compare_before.finditer(folded, max(s0, p.start - 45), p.start))
    if marks and _bare_gap(folded, marks[-1].end(), p.start, sq, lex):
        return True
    m = lex.compare_after.search(folded, p.end, min(s1, p.end + 45))
    if m and any(p.end <= o.start and o.end <= m.start() for o in others):
        return False        # "2023'te 2022'ye göre": the period right before the word is the compared one
    return bool(m) and _bare_gap(folded, p.end, m.start(), sq, lex)


def _sentence(doc: Document, si: int, s0: int, s1: int, folded: str, sq: list[Quantity],
              sp: list[PeriodMention], sc: list[CountryMention], lex: _Lexicon,
              ctx: _Context, home: str | None, pub_year: int | None, pub_month: int | None,
              infos: list[FigureInfo]) -> None:
    first = len(infos)          # where this sentence's figures begin
    sq = _unit_carried(sq, si, ctx)
    current_of = _sentence_periods(sp, folded, lex, s0, s1, sq, ctx, pub_year, pub_month)
    if _comparison_dates(current_of, sq, folded, lex, s0, s1):
        current_of = [(p, period, key, False) for p, period, key, _ in current_of]
    currents = [c for c in current_of if not c[3] and (c[1] or c[2])]
    comparisons = [c for c in current_of if c[3] and c[1]]
    pair = sentence_pair(sc, ctx.pair, home)
    sentence_compare = comparisons[0][1] if comparisons else None
    implied = _implied_period(currents, ctx, sentence_compare, pub_year)
    money = [q for q in sq if q.kind == MONEY]
    # Once per sentence; `_role` picks from them. A role word inside an organisation's name ("Avrupa Yatırım
    # Bankası", "European Investment Bank") names no figure.
    roles = [m for m in lex.roles.finditer(folded, s0, s1) if not _inside(m.start(), ctx.org_spans or [])]
    cuts = [m.end() for m in _CLAUSE_END.finditer(folded, s0, s1)]   # where each clause begins
    for q in sq:
        if q.kind not in (MONEY, PERCENT, MULTIPLE):
            continue
        metric = _closing(folded, q, doc.lang or "en", sq, s1) or _role(folded, q, lex, s0, s1, sq, roles)
        if metric is None and q.kind == MONEY and (pledged(doc.lang or "en", folded, s0, s1)
                                                   or opens_parts(doc.lang or "en", folded, q, sq, s1)
                                                   or named_part(doc.lang or "en", folded, q, sq, s1)):
            # "Germany pledged 300 million euros for Syria": no role word, a pledge; "a package of 12 billion,
            # of which 8 billion in grants": a total of aid's parts.
            metric = "aid"
        # A pledge of aid in the future tense ("zal ... geven", "przekaże") is aid, not a target.
        if q.kind == MONEY and metric != "aid" and _in_clause(lex.targets, folded, q, s0, sq):
            infos.append(_target(folded, q, si, s0, s1, sp, sq, sc, lex, pair, home, pub_year, ctx, roles))
            continue
        if _blocked(folded, q, lex, s0, s1, sq):
            continue
        direction = _direction(folded, q, lex, s0, s1)
        if q.change_word and direction == 0:
            direction = 1 if q.value >= 1 else -1
        base = False
        period: str | None = None
        key: str | None = None
        mention: PeriodMention | None = None
        compared_to: str | None = None
        of_metric: str | None = None
        of_change: str | None = None
        if metric == _BALANCE or _balance_before(folded, q, lex, s0, sq, roles):
            continue            # a deficit or surplus: the difference of the parts, no figure
        if q.kind == MONEY:
            carried = False
            if metric is None:
                metric = _metric_carried(ctx, si, q, roles, current_of)
                carried = metric is not None
            if metric is None:
                continue
            base, mention, period, key = _money_period(q, metric, current_of, currents, folded, sq, lex, money,
                                                       s0, ctx, sentence_compare, implied, pub_year, pub_month)
            value = q.value
            unit = q.unit
            sign = _change(folded, q, lex, s0)
            if sign:
                # "fell by $48.9 million", "$11 billion less than in 2022": a change of the metric.
                of_change, metric, value = metric, "change", sign * q.value
                if base:
                    near = _nearest(currents, q, folded, sq, lex)
                    mention, period, key = (near[0], near[1], near[2]) if near else (None, *ctx.current[:2])
                    base = False
                compared_to = _change_base(q, folded, lex, current_of) or sentence_compare or \
                    (shift_period(period, -1) if period and period != "cumulative" else None)
        else:
            if direction == 0 or metric not in (None, "trade_turnover", "exports", "imports"):
                continue
            if q.kind == MULTIPLE and q.value <= 0:
                continue          # "0 times" states no change that a percentage could give
            of_metric = metric if metric in ("exports", "imports") else None
            value = _growth_value(q, direction)
            metric, unit = "growth_pct", "percent"
            mention, period, key = _carried_period(currents, q, folded, sq, lex, ctx, implied)
            compared_to = _growth_base(period, key, sentence_compare, comparisons)
        fpair = figure_pair(q, sq, sc, pair, home, _clause_start(cuts, q.start))
        flows = ctx.flow_reporter if ctx.flow_reporter is not None else {}
        reporter, partner = parties(folded, of_metric or metric, q, sc, fpair, home, lex, sq, ctx.key_ends,
                                    flows.get(of_metric or metric))
        if (of_metric or metric) in ("exports", "imports") and reporter and partner:
            ctx.flow_reporter = {**flows, (of_metric or metric): reporter}
        if q.kind == MONEY and metric in _CARRIED:
            # "fell to $427.2 billion in 2023, down from $536.8 billion in 2022, as ... to Mexico": a base
            # value is of the parties of the level it is the base of; "A year earlier they were ..." of
            # those of the sentence before.
            same = next((i for i in reversed(infos) if i.sentence == si and not i.base and i.figure.metric == metric
                         and i.figure.reporter and i.figure.partner), None) if base else None
            if same is None and carried and not sc and ctx.last_pair is not None:
                reporter, partner = ctx.last_pair
            elif same is not None:
                reporter, partner = same.figure.reporter, same.figure.partner
        if q.unit_by_country and unit != "percent":
            unit = _shared_unit(q, (reporter, partner, home))
        fig = Figure(id="", metric=metric, value=round(value, 6), unit=unit, as_written=q.written,
                     evidence=Evidence(q.start, q.end, si), reporter=reporter, partner=partner,
                     period=period, compared_to=compared_to, of=of_change)
        info = FigureInfo(fig, q, si, period or key if period is None else period, mention,
                          base, direction or 1, of_metric)
        if q.kind == MONEY and metric in _CARRIED and not base:
            info.said = _said(folded, q, metric, lex, s0, sq, roles)
        infos.append(info)
    if sentence_compare is None:        # "compared with 2023" says which period is the base
        _growth_between_levels(infos[first:])
    _to_level_period(infos[first:], currents)
    _said_between_levels(infos[first:], folded, lex, s0, s1, sq, roles)
    _carry_over(ctx, currents, comparisons, pair)
    _remember_level(ctx, si, infos)


_CARRIED = ("trade_turnover", "exports", "imports")


def _growth_between_levels(mine: list[FigureInfo]) -> None:
    """A growth rate in a sentence that states its metric's level in two periods ("fell 9 % from
    $41.3 billion in 2021 to $37.6 billion in 2022", "2021'deki ... dolardan %9 azalarak 2022'de ...
    dolara", "снизился на 9 % с ... в 2021 году до ... в 2022 году") is the change from the earlier
    level to the later: of the later period, measured against the earlier one, whichever year
    stands nearest the percentage."""
    for g in mine:
        if g.figure.metric != "growth_pct":
            continue
        metric = g.of_metric or "trade_turnover"
        sides = {g.figure.reporter, g.figure.partner}
        levels = [i for i in mine if i.figure.metric == metric and not i.of_metric and i.figure.period
                  and i.figure.period != "cumulative" and {i.figure.reporter, i.figure.partner} == sides]
        periods = sorted({i.figure.period or "" for i in levels})
        if len(levels) != 2 or len(periods) != 2 or g.figure.period not in (*periods, None) \
                or len(periods[0]) != len(periods[1]):
            continue
        early, late = periods
        later = next(i for i in levels if i.figure.period == late)
        g.figure.period, g.figure.compared_to = late, early
        g.period_key, g.period_mention = late, later.period_mention


def _to_level_period(mine: list[FigureInfo], currents: list[_Period]) -> None:
    """A level of the period its sentence's base value has ("2023 жылы ... 2022 жылғы 31 млрд доллардан 24
    млрд долларға дейін", "2023-cü ildə ... 2022-ci ildəki ... dollardan ... dollara"): the year written
    before the "from" amount is the base's; the "to" amount is of the sentence's one later period."""
    for level in mine:
        period = level.figure.period
        if level.base or level.figure.metric not in _CARRIED or not period or period == "cumulative" \
                or not any(b.base and b.figure.metric == level.figure.metric and b.figure.period == period
                           and b.figure.unit == level.figure.unit for b in mine):
            continue
        later = {c[1]: c for c in currents if c[1] and c[1] != "cumulative" and len(c[1]) == len(period)
                 and c[1] > period}
        if len(later) == 1:
            mention, value, _, _ = next(iter(later.values()))
            level.figure.period, level.period_key, level.period_mention = value, value, mention


def _said_between_levels(mine: list[FigureInfo], folded: str, lex: _Lexicon, s0: int, s1: int,
                         sq: list[Quantity], roles: list[re.Match[str]]) -> None:
    """A sentence that states one metric's level in two consecutive periods and says which way it went
    ("790억 달러로 2022년 870억 달러보다 증가했다", "2022年の870億ドルから増加した", "أقل من", "a rise
    from ... to ..."): the later level is said to have risen (or fallen) against the earlier. The rise or
    fall words are those around the two amounts, up to the amounts of other figures beside them; they
    must all go one way, with no role word of another metric among them."""
    for late in mine:
        metric = late.figure.metric
        if metric not in _CARRIED or late.said is not None or late.base or not late.figure.period \
                or late.figure.period == "cumulative":
            continue
        early = [i for i in mine if i.figure.metric == metric and i is not late and i.figure.unit == late.figure.unit
                 and i.figure.period == shift_period(late.figure.period, -1)
                 and {i.figure.reporter, i.figure.partner} == {late.figure.reporter, late.figure.partner}]
        if len(early) != 1:
            continue
        a, b = sorted((late.quantity, early[0].quantity), key=lambda q: q.start)
        lo = max([s0] + [o.end for o in sq if o.kind == MONEY and o.end <= a.start])
        hi = min([s1] + [o.start for o in sq if o.kind == MONEY and o.start >= b.end])
        # "more than $5 billion": a bound of the amount it stands before (a comparison word, or one the
        # amount reads as its qualifier), not a comparison; before the earlier level ("أقل من"), "less
        # than" compares the later level with it.
        bounds = [o for o in sq if o.kind in (MONEY, PERCENT) and o is not early[0].quantity]

        def bound(m: re.Match[str]) -> bool:
            comparative = lex.change_more.fullmatch(m.group()) or lex.change_less.fullmatch(m.group())
            return any(0 <= o.start - m.end() <= 12 and (comparative or o.qualifier is not None) for o in bounds)
        marks = [(m, sign) for pattern, sign in ((lex.up, 1), (lex.down, -1))
                 for m in pattern.finditer(folded, lo, hi) if not bound(m)]
        if not marks or len({sign for _, sign in marks}) != 1:
            continue
        if any(_metric_of(lex, r.group()) not in (metric, None) for r in roles if lo <= r.start() and r.end() <= hi):
            continue
        late.said = marks[0][1], marks[0][0].group()


def _shared_unit(q: Quantity, countries: tuple[str | None, ...]) -> str | None:
    """The currency a word several countries use stands for ("ريال": the Saudi riyal, the Qatari riyal,
    the Iranian rial): that of the first of the figure's countries that uses it, else the language's
    most common one."""
    by_country = dict(q.unit_by_country)
    return next((by_country[c] for c in countries if c in by_country), q.unit)


def _unit_carried(sq: list[Quantity], si: int, ctx: _Context) -> list[Quantity]:
    """A scaled number with no currency, in a sentence with no amount of its own, right after a sentence
    that stated levels in one currency, is in that currency ("... $575 billion in 2023. A year earlier it
    was 690.6 billion.")."""
    last = ctx.last_level
    if last is None or last[0] != si - 1 or last[2] is None or any(q.kind == MONEY for q in sq):
        return sq
    return [replace(q, kind=MONEY, unit=last[2]) if q.kind == NUMBER and q.unit is None and q.scale >= 1e6 else q
            for q in sq]
_BALANCE = "balance"


def _said(folded: str, q: Quantity, metric: str, lex: _Lexicon, s0: int, sq: list[Quantity],
          roles: list[re.Match[str]]) -> tuple[int, str] | None:
    """The rise or fall word the sentence says of this level: the last one before it, with no other
    amount between them and no role word of another metric ("exports rose, imports stood at")."""
    lo = max([s0, q.start - 80] + [o.end for o in sq if o.kind == MONEY and o.end <= q.start])
    # A record high is above every earlier level, so above the year before's too. Before the amount it is
    # its own only when no amount stands before it ("807억 달러로 역대 최고치를 기록해 2021년의 877억 달러를":
    # the record is the first amount's).
    ups = [lex.up] if lex.record is None else [lex.up, lex.record]
    marks = [(m, 1) for m in lex.up.finditer(folded, lo, q.start)] + \
        [(m, -1) for m in lex.down.finditer(folded, lo, q.start)]
    if lex.record is not None and not any(o.kind == MONEY and s0 <= o.end <= q.start for o in sq):
        marks += [(m, 1) for m in lex.record.finditer(folded, lo, q.start)]
    if marks:
        m, sign = max(marks, key=lambda ms: ms[0].end())
    else:
        # Verb last ("45,2 milyar dolara geriledi"): the word right after the amount, in its clause.
        hi = min([q.end + 30] + [o.start for o in sq if o.kind == MONEY and o.start >= q.end])
        stop = _CLAUSE_END.search(folded, q.end, hi)
        hi = stop.start() if stop else hi
        after = [(m, 1) for up in ups for m in up.finditer(folded, q.end, hi)] + \
            [(m, -1) for m in lex.down.finditer(folded, q.end, hi)]
        if not after:
            return None
        m, sign = min(after, key=lambda ms: ms[0].start())
    if lex.change_more.fullmatch(m.group()) or lex.change_less.fullmatch(m.group()):
        return None             # "more than $5 billion", "больше": a comparison, not a rise
    between = [r for r in roles if m.end() <= r.start() and r.end() <= q.start]
    before = [r for r in roles if r.end() <= m.start()]
    near = between or before[-1:]
    if any(_metric_of(lex, r.group()) != metric for r in near):
        return None
    return sign, m.group()


def _balance_before(folded: str, q: Quantity, lex: _Lexicon, s0: int, sq: list[Quantity],
                    roles: list[re.Match[str]]) -> bool:
    """Whether a deficit or surplus word stands in the amount's clause before it ("the deficit in
    trade with China was $279.4 billion": the balance, though "trade with" is nearer)."""
    if q.kind != MONEY:
        return False
    lo = max((o.end for o in sq if o.kind in (MONEY, PERCENT) and s0 <= o.end <= q.start), default=s0)
    return any(lo <= r.start() and r.end() <= q.start and _metric_of(lex, r.group()) == _BALANCE for r in roles)


def _metric_carried(ctx: _Context, si: int, q: Quantity, roles: list[re.Match[str]],
                    current_of: list[_Period]) -> str | None:
    """The metric of an amount in a sentence with no role word at all, which states a period of
    its own, right after a sentence that stated levels of one metric in the same unit ("In 2022
    it stood at $3.9 billion", "2022 жылы бұл көрсеткіш 3,9 млрд доллар болды")."""
    last = ctx.last_level
    if roles or last is None or last[0] != si - 1 or last[2] not in (None, q.unit) or not any(c[1] for c in current_of):
        return None
    return last[1]


def _remember_level(ctx: _Context, si: int, infos: list[FigureInfo]) -> None:
    mine = [i for i in reversed(infos) if i.sentence == si]
    levels = {(i.figure.metric, i.figure.unit) for i in mine if i.figure.metric in _CARRIED}
    if len(levels) == 1:
        metric, unit = next(iter(levels))
        ctx.last_level = (si, metric, unit)
        pairs = {(i.figure.reporter, i.figure.partner) for i in mine if i.figure.metric in _CARRIED}
        only = next(iter(pairs)) if len(pairs) == 1 else None
        ctx.last_pair = (only[0], only[1]) if only and only[0] and only[1] else None
    elif mine and all(i.figure.metric == "growth_pct" and not i.of_metric for i in mine):
        # "Trade fell 7 % in 2023 compared with 2022. In 2023 it stood at 254 billion euros": the turnover's
        # growth; its levels follow in any unit.
        pairs = {(i.figure.reporter, i.figure.partner) for i in mine}
        only = next(iter(pairs)) if len(pairs) == 1 else None
        ctx.last_level = (si, "trade_turnover", None)
        ctx.last_pair = (only[0], only[1]) if only and only[0] and only[1] else None
    elif mine:
        ctx.last_level = None


_Period = tuple[PeriodMention, str | None, str | None, bool]   # a period, its value, as written, is a comparison


def _comparison_dates(current_of: list[_Period], sq: list[Quantity], folded: str, lex: _Lexicon,
                      s0: int, s1: int) -> bool:
    """Whether the sentence's only periods are comparisons ("a year earlier", "годом ранее") and no
    change is stated in it: then they date its amounts ("A year earlier, trade stood at $3.9 billion")."""
    if not current_of or any(not c[3] for c in current_of) or not any(c[1] for c in current_of):
        return False
    if any(q.kind in (PERCENT, MULTIPLE) for q in sq):
        return False
    return not (lex.up.search(folded, s0, s1) or lex.down.search(folded, s0, s1))


def _implied_period(currents: list[_Period], ctx: _Context, sentence_compare: str | None,
                    pub_year: int | None) -> str | None:
    """Which period a sentence with only a comparison year is about: "up 11 % compared with 2018",
    with no other period in sight, is about the year after 2018 (never after publication)."""
    implied = None
    if not currents and not ctx.current[0] and sentence_compare and re.fullmatch(r"\d{4}", sentence_compare):
        implied = shift_period(sentence_compare, 1)
        if pub_year is not None and int(implied) > pub_year:
            implied = None
    return implied


def _carried_period(currents: list[_Period], q: Quantity, folded: str, sq: list[Quantity], lex: _Lexicon,
                    ctx: _Context, implied: str | None
                    ) -> tuple[PeriodMention | None, str | None, str | None]:
    """Which period `q` is of when it is no base value: the nearest one stated in the sentence,
    else the one the passage is about, else the implied one. Gives (mention, period, as written)."""
    near = _nearest(currents, q, folded, sq, lex)
    if near:
        return near[0], near[1], near[2]
    if ctx.current[0] or ctx.current[1]:
        period, key, mention = ctx.current
        return mention, period, key
    return None, implied or None, None


def _money_period(q: Quantity, metric: str, current_of: list[_Period], currents: list[_Period], folded: str,
                  sq: list[Quantity], lex: _Lexicon, money: list[Quantity], s0: int, ctx: _Context,
                  sentence_compare: str | None, implied: str | None, pub_year: int | None,
                  pub_month: int | None) -> tuple[bool, PeriodMention | None, str | None, str | None]:
    """Whether an amount is a base value (right after or before a comparison period, or the
    "from" of "from X to Y") and which period it is of. Gives (base, mention, period, as written)."""
    prev = [c for c in current_of if c[0].end <= q.start]
    if prev and prev[-1][3] and prev[-1][1] and q.start - prev[-1][0].end <= _GAP_BASE + 12 \
            and (_bare_gap(folded, prev[-1][0].end, q.start, sq, lex) or _opens_clause(folded, prev[-1][0], q, sq)):
        return True, prev[-1][0], prev[-1][1], None
    if (nxt := next((c for c in current_of if c[0].start >= q.end), None)) is not None \
            and nxt[3] and nxt[1] and nxt[0].start - q.end <= _GAP_BASE \
            and _bare_gap(folded, q.end, nxt[0].start, sq, lex) and not _change_follows(folded, nxt[0].end, lex) \
            and not (_CLAUSE_END.search(folded, q.end, nxt[0].start) and _opens_clause(folded, nxt[0], None, sq)):
        return True, nxt[0], nxt[1], None
    compared = lex.compare_before.search(folded, max(s0, q.start - 24), q.start)
    if compared is not None and _bare_gap(folded, compared.end(), q.start, sq, lex):
        # "نسبت به ۶٫۱ میلیارد دلار سال ۲۰۲۲": the amount a comparison word stands before, with its own year.
        own = _own_year(q, current_of, folded, sq, lex)
        if own is not None:
            return True, own[0], own[1], None
    if _from_to(folded, q, lex, money, s0) or _to_from(folded, q, lex, money):
        # "с 2,6 млрд долларов в 2022 году", "2022 yılındaki 5,1 milyar dolardan": the year written right at
        # the "from" amount is its own, when another year of the sentence is later.
        own = _own_year(q, current_of, folded, sq, lex)
        if own is not None:
            return True, own[0], own[1], None
        near = _nearest(currents, q, folded, sq, lex)
        cur_s = near[1] if near else ctx.current[0]
        return True, None, sentence_compare or ctx.compare or (shift_period(cur_s, -1) if cur_s else None), None
    mention, period, key = _carried_period(currents, q, folded, sq, lex, ctx, implied)
    last_year = mention.year2 or mention.year if mention is not None else None
    future = last_year is not None and pub_year is not None and last_year > pub_year
    # Aid pledged "for this year", "for 2024", "na 2025 rik": the year it is to be spent in is its term;
    # pledged aid is of the month of the pledge.
    term = metric == "aid" and period is not None and pub_year is not None \
        and re.fullmatch(r"\d{4}(?:/\d{4})?", period) is not None and int(period[-4:]) >= pub_year
    if (period is None and (key is None or future) or term) and metric in ("aid", "investment"):
        # An act of the month it is dated in ("approved on Friday, 31 March", published 1 April), else
        # of the month of publication; a programme's years to come ("for 2025-2027") are its term,
        # which dates no figure.
        if future or term:
            mention, key, period = None, None, None
        if ctx.act_month:
            period = ctx.act_month
        elif pub_year and pub_month:
            period = f"{pub_year:04d}-{pub_month:02d}"
    return False, mention, period, key


def _own_year(q: Quantity, current_of: list[_Period], folded: str, sq: list[Quantity], lex: _Lexicon) -> _Period | None:
    """The period written right after or right before an amount, with nothing but a year's preposition
    or suffix between, when another stated period of the sentence is later (of the same length)."""
    after = next((c for c in current_of if c[0].start >= q.end), None)
    before = next((c for c in reversed(current_of) if c[0].end <= q.start), None)
    for c in (after, before):
        if c is None or not c[1] or c[1] == "cumulative":
            continue
        lo, hi = (q.end, c[0].start) if c is after else (c[0].end, q.start)
        if hi - lo > _GAP_BASE or not _bare_gap(folded, lo, hi, sq, lex):
            continue
        if any(o[1] and o[0] is not c[0] and len(o[1]) == len(c[1]) and o[1] > c[1] for o in current_of):
            return c
    return None


_OPENING_WORDS = 3      # "ein Jahr zuvor waren es 298 Milliarden", "роком раніше — 10 млрд", "bir yıl önce ise 48 milyar"


def _opens_clause(folded: str, p: PeriodMention, q: Quantity | None, sq: list[Quantity]) -> bool:
    """Whether a comparison period opens its clause (a word such as "while" may stand before it) and the
    amount `q` follows it there after a few words ("2023 stieg er auf 254 Milliarden Euro, ein Jahr zuvor
    waren es 298 Milliarden Euro": the second is the year before's). With `q` None: the first amount after
    `p`."""
    marks = list(_CLAUSE_END.finditer(folded, max(0, p.start - 40), p.start))
    if not marks or len(re.findall(r"\w+", folded[marks[-1].end():p.start])) > 1:
        return False
    if q is None:
        q = next((o for o in sq if o.kind == MONEY and o.start >= p.end), None)
        if q is None:
            return False
    gap = folded[p.end:q.start]
    if re.search(r"[,;:()\d%]", gap) or any(p.end <= o.start < q.start for o in sq if o.kind in (MONEY, PERCENT)):
        return False
    return len(re.findall(r"\w+", gap)) <= _OPENING_WORDS


def _growth_value(q: Quantity, direction: int) -> float:
    """The growth in percent a percentage or a multiple states ("fell 2.5 times" is -60 %)."""
    if q.kind == PERCENT:
        return direction * q.value
    factor = q.value
    if q.change_word:
        return (factor - 1) * 100
    return (factor - 1) * 100 if direction >= 0 else (1 / factor - 1) * 100


def _growth_base(period: str | None, key: str | None, sentence_compare: str | None,
                 comparisons: list[_Period]) -> str | None:
    """Which period a growth rate is measured against: the sentence's comparison, else the
    period before its own; never the period it describes."""
    base_period = sentence_compare or (shift_period(period, -1) if period else None)
    if base_period is None and key and comparisons:
        base_period = comparisons[0][1]
    if base_period is not None and base_period == period:
        base_period = shift_period(period, -1) if period and period != "cumulative" else None
    return base_period


def _carry_over(ctx: _Context, currents: list[_Period], comparisons: list[_Period],
                pair: tuple[str, str] | None) -> None:
    """What the next sentence inherits: the last period reported, the last comparison period
    (forgotten when a new period comes without one), and the pair."""
    if currents:
        # "2023-24 में ... 118.3 अरब डॉलर रहा, जबकि 2022-23 में यह 128.8 अरब डॉलर था। निर्यात ...": a look back at
        # an earlier period is no period the passage goes on with; the latest one stated is.
        last = currents[-1]
        dated = [c for c in currents if c[1] and _YEAR_START.match(c[1])]
        if dated and last in dated:
            last = max(reversed(dated), key=lambda c: c[1] or "")
        ctx.current = (last[1], last[2], last[0])
    if comparisons:
        ctx.compare = comparisons[-1][1]
    elif currents and ctx.current[0]:
        ctx.compare = None
    if pair:
        ctx.pair = pair


def _clause_start(cuts: list[int], pos: int) -> int:
    """The start of the clause `pos` is in (-1 when it is the sentence's first)."""
    i = bisect.bisect_right(cuts, pos)
    return cuts[i - 1] if i else -1


def _in_clause(pattern: re.Pattern[str], folded: str, q: Quantity, s0: int, sq: list[Quantity]) -> bool:
    """Whether `pattern` occurs in the clause of `q` before it ("agreed to raise trade ... to $5 billion")
    or within a few words after it ("$5 billion, the goal set for 2030")."""
    lo = max((o.end for o in sq if o.kind in (MONEY, PERCENT) and s0 <= o.end <= q.start), default=s0)
    lo = max(lo, q.start - 90)
    cut = [m.end() for m in _CLAUSE_END.finditer(folded, lo, q.start)]
    if cut:
        lo = cut[-1]
    if pattern.search(folded, lo, q.start):
        return True
    return bool(pattern.search(folded, q.end, min(len(folded), q.end + 25)))


def _target(folded: str, q: Quantity, si: int, s0: int, s1: int, sp: list[PeriodMention],
            sq: list[Quantity], sc: list[CountryMention], lex: _Lexicon, pair: tuple[str, str] | None,
            home: str | None, pub_year: int | None, ctx: _Context, roles: list[re.Match[str]]) -> FigureInfo:
    """A target ("to raise trade to $5 billion by 2030"): its period is the year it is due by,
    the first year stated after the amount, else the last one before it."""
    after = [p for p in sp if p.start >= q.end and p.year is not None]
    before = [p for p in sp if p.end <= q.start and p.year is not None]
    mention = after[0] if after else (before[-1] if before else None)
    period = mention.resolve(pub_year) if mention else None
    of = _role(folded, q, lex, s0, s1, sq, roles)
    fpair = figure_pair(q, sq, sc, pair, home)
    reporter, partner = parties(folded, of or "trade_turnover", q, sc, fpair, home, lex, sq, ctx.key_ends)
    fig = Figure(id="", metric="target", value=q.value, unit=q.unit, as_written=q.written,
                 evidence=Evidence(q.start, q.end, si), reporter=reporter, partner=partner,
                 period=period, of=of)
    return FigureInfo(fig, q, si, period, mention)


def _change(folded: str, q: Quantity, lex: _Lexicon, s0: int) -> int:
    """+1 or -1 when the amount is a change ("rose by $X", "$X less than"), else 0."""
    if lex.change_less.match(folded, q.end):
        return -1
    if lex.change_more.match(folded, q.end):
        return 1
    by = lex.change_by.search(folded, max(s0, q.start - 12), q.start)
    if not by:
        return 0
    # The rise/fall word governs the "by": at most a few words between them, no number, no comma
    # ("fell sharply by", not "fell 4 % and stood at").
    lo = max(s0, by.start() - 20)
    marks = [(m.end(), 1) for m in lex.up.finditer(folded, lo, by.start())] + \
        [(m.end(), -1) for m in lex.down.finditer(folded, lo, by.start())]
    if not marks:
        return 0
    end, sign = max(marks)
    gap = _YEAR_WORD.sub(" ", folded[end:by.start()])       # "sank 2023 um": a year may stand between
    return 0 if re.search(r"[\d,;:.%]", gap) else sign


def _change_base(q: Quantity, folded: str, lex: _Lexicon,
                 current_of: list[tuple[PeriodMention, str | None, str | None, bool]]) -> str | None:
    """The period a change is measured from when it is written right after "less than" / "more than"."""
    m = lex.change_less.match(folded, q.end) or lex.change_more.match(folded, q.end)
    if m is None:
        return None
    nxt = next((c for c in current_of if c[0].start >= m.end()), None)
    return nxt[1] if nxt is not None and nxt[0].start - m.end() <= 12 else None


def _sentence_periods(sp: list[PeriodMention], folded: str, lex: _Lexicon, s0: int, s1: int,
                      sq: list[Quantity], ctx: _Context, pub_year: int | None, pub_month: int | None
                      ) -> list[tuple[PeriodMention, str | None, str | None, bool]]:
    """(mention, period, key as written, is a comparison) for the sentence's periods.

    Current periods are resolved first, so that a comparison ("a year earlier",
    "bir önceki yıla göre") counts back from the period it is compared with.
    """
    year_hint = next((int(p.year) for p in sp if p.year and p.year == int(p.year)), None)
    marked = [(p, _is_comparison(p, folded, lex, s0, s1, sq, sp)) for p in sp
              if not (p.kind == "year" and p.year is not None and not p.year_written)]
    # "wuchs 2023 auf 3,1 Milliarden Euro, nach 3,4 Milliarden Euro im Vorjahr": a year counted back
    # from publication that lands on a year the sentence states outright counts back from that year.
    stated = {p.resolve(pub_year) for p, c in marked if not c and p.year is not None}
    # "Toplamda", "ümumilikdə": a word of summing is the total of the period the passage reports, when the
    # sentence or the one before states one ("Last year ... In total trade came to"); over the years otherwise.
    carried = ctx.current[0] is not None and ctx.current[0] != "cumulative"
    marked = [(p, c) for p, c in marked
              if p.kind != "total" or not (carried or any(o.kind not in ("total", "cumulative") for o, _ in marked))]
    marked = [(replace(p, kind="cumulative") if p.kind == "total" else p, c) for p, c in marked]
    if any(not c and p.kind != "cumulative" for p, c in marked):
        # "2023-cü ildə ümumilikdə", "geçen yıl toplamda": "in total" beside a stated period is that
        # period's total, not a sum since some year.
        marked = [(p, c) for p, c in marked if not (p.kind == "cumulative" and not _YEAR_WORD.search(p.written))]
    # A fiscal year stated outright ("2022-23 में ... जो पिछले वर्ष"): a year counted back from publication
    # that falls inside it is the one before it too.
    marked = [(p, c or (p.year is None and p.rel is not None and p.rel < 0 and p.kind == "year"
                        and _within_stated(p.resolve(pub_year), stated)))
              for p, c in marked]
    resolved: dict[int, tuple[str | None, str | None]] = {}
    cur = ctx.current[0]
    for p, comparison in marked:
        if not comparison:
            period, key = _resolve(p, year_hint, pub_year, pub_month, cur)
            if period or key:
                cur = period
            resolved[p.start] = (period, key)
    currents = [(p.start, resolved[p.start][0]) for p, c in marked if not c and resolved[p.start][0]]
    out = []
    for p, comparison in marked:
        if comparison:
            before = [c for s, c in currents if s < p.start]
            anchor = before[-1] if before else (currents[0][1] if currents else ctx.current[0])
            period, key = _resolve(p, year_hint, pub_year, pub_month, anchor, comparison=True)
            if period is not None and period == anchor:
                period = shift_period(anchor, -1) if anchor != "cumulative" else None
        else:
            period, key = resolved[p.start]
        out.append((p, period, key, comparison))
    return out


def _within_stated(year: str | None, stated: set[str | None]) -> bool:
    """Whether `year` is one of the `stated` periods or the start of a year-long one ("2022" and
    "2022-04/2023-03")."""
    if year is None:
        return False
    return year in stated or any(p and len(p) == 15 and p[:4] == year and p[5:7] != "01" for p in stated)


def _nearest(currents: list[tuple[PeriodMention, str | None, str | None, bool]], q: Quantity,
             folded: str, sq: list[Quantity], lex: _Lexicon
             ) -> tuple[PeriodMention, str | None, str | None, bool] | None:
    """The period of `q`: one right after it ("$4.5 billion in 2021"), else the last one before it,
    else the first one after it."""
    if not currents:
        return None
    close = next((c for c in currents if c[0].start >= q.end), None)
    before = [c for c in currents if c[0].end <= q.start and not _closed_aside(folded, c[0], q)]
    if close is not None and close[0].start - q.end <= 14:
        gap = lex.year_before.sub(" ", folded[q.end:close[0].start])
        # "2022 жылғы 6,3 млрд доллардан 2023 жылы 7,4 млрд долларға": an amount "from" which the level
        # moved (an ablative ending) keeps the year written right before it; the next year is the other's.
        ablative = bool(before) and not folded[before[-1][0].end:q.start].strip() \
            and any(folded[q.start:q.end].endswith(s) for s in lex.from_suffixes)
        if not gap.strip() and not ablative:
            return close
    # "Nel 2023 ... passando da 6,5 miliardi nel 2022 a 7,3 miliardi": the year right after the "from" amount
    # is that amount's; the amount the level moved to is of the period before it.
    own = [c for c in before if not _from_amount_year(folded, c[0], q, sq, lex)]
    if own:
        return own[-1]
    if before:
        return before[-1]
    after = [c for c in currents if c[0].start >= q.end]
    return after[0] if after else None


def _from_amount_year(folded: str, p: PeriodMention, q: Quantity, sq: list[Quantity], lex: _Lexicon) -> bool:
    """Whether `p` is written right after another amount that a "from" word opens ("da 6,5 miliardi nel
    2022", "from $41.3 billion in 2021"), before `q`: the year of that amount."""
    prev = next((o for o in reversed(sq) if o.kind == MONEY and o.end <= p.start and o is not q), None)
    if prev is None or p.start - prev.end > 14 or not p.end <= q.start:
        return False
    if lex.year_before.sub(" ", folded[prev.end:p.start]).strip():
        return False
    return bool(lex.from_to.search(folded[max(0, prev.start - 16):prev.start]))


def _closed_aside(folded: str, p: PeriodMention, q: Quantity) -> bool:
    """Whether `p` stands in brackets closed before `q` ("25,1 млрд (в 2022 году – 26,3 млрд), прирост
    – 5,7 %": the aside's year is not the growth's)."""
    opened = folded.rfind("(", max(0, p.start - 80), p.start)
    return opened != -1 and folded.rfind(")", opened, p.start) == -1 and folded.find(")", p.end, q.start) != -1


def _blocked(folded: str, q: Quantity, lex: _Lexicon, s0: int, s1: int, sq: list[Quantity]) -> bool:
    lo = max(s0, q.start - lex.window)
    hi = min(s1, q.end + lex.window)
    for other in sq:
        if other is q:
            continue
        if other.end <= q.start and other.end > lo:
            lo = other.end
        if other.start >= q.end and other.start < hi:
            hi = other.start
    for m in lex.blockers.finditer(folded, lo, hi):
        if q.kind == MONEY and lex.shares is not None and lex.flows is not None and lex.shares.match(m.group()) \
                and lex.flows.search(folded, max(lo, m.start() - 25), min(hi, m.end() + 25)):
            continue        # "ixracın payına düşüb", "на долю экспорта": that flow's part of the total
        return True
    return False


def _direction(folded: str, q: Quantity, lex: _Lexicon, s0: int, s1: int) -> int:
    lo, hi = max(s0, q.start - 45), min(s1, q.end + 45)
    best, dist = 0, 10**9
    for sign, pattern in ((1, lex.up), (-1, lex.down)):
        for m in pattern.finditer(folded, lo, hi):
            d = q.start - m.end() if m.end() <= q.start else m.start() - q.end
            if 0 <= d < dist:
                best, dist = sign, d
    return best


def _match_end(m: re.Match[str]) -> int:
    return m.end()


def _role(folded: str, q: Quantity, lex: _Lexicon, s0: int, s1: int, sq: list[Quantity],
          roles: list[re.Match[str]]) -> str | None:
    """The metric of `q`: a role word in its own clause (since the previous amount) before it,
    else one shortly after it ("$20 million in aid"), else the last one earlier in the sentence
    (`roles`: the sentence's role words)."""
    lo = max((o.end for o in sq if o.kind in (MONEY, PERCENT) and s0 <= o.end <= q.start), default=s0)
    upto = bisect.bisect_right(roles, q.start, key=_match_end)     # the roles that end before q
    # A role word in brackets closed before the amount is an aside ("Umsatz (Summe aus Exporten und
    # Importen) ... betrug"), not the amount's own.
    while upto and _bracketed(folded, roles[upto - 1], q.start):
        upto -= 1
    own = roles[upto - 1] if upto else None
    hi = min((o.start for o in sq if o.kind in (MONEY, PERCENT) and o.start >= q.end), default=s1)
    hi = min(s1, hi, q.end + 80)
    stop = _CLAUSE_END.search(folded, q.end, hi)
    after = lex.roles.search(folded, q.end, stop.start() if stop else hi)
    if after and after.start() - q.end > 30 and (upto or after.start() - q.end > 60):
        # Further than a few words only when it is the sentence's one role word, at the end of the
        # amount's clause ("wurden Waren im Wert von X ... in die USA exportiert").
        after = None
    if own is not None and own.start() >= lo:
        # "ihracat yaptı, oradan ise 25 milyar dolarlık ithalat": a role word closing the amount's own
        # clause wins over one of the clause before.
        if after is not None and _CLAUSE_END.search(folded, own.end(), q.start):
            return _metric_of(lex, after.group())
        # "1.8 billion in investments and 600 million in grants": a role word right after the amount
        # before is that amount's, when one follows this amount as closely.
        if after is not None and lo > s0 and own.start() - lo <= _CLOSE_ROLE and after.start() - q.end <= _CLOSE_ROLE \
                and not _CLAUSE_END.search(folded, lo, own.start()):
            return _metric_of(lex, after.group())
        return _metric_of(lex, own.group())
    if after:
        return _metric_of(lex, after.group())
    before = bisect.bisect_right(roles, lo, key=_match_end)
    if before:
        return _metric_of(lex, roles[before - 1].group())
    return None


def _bracketed(folded: str, m: re.Match[str], pos: int) -> bool:
    """Whether `m` stands in brackets that close before `pos`."""
    opened = folded.rfind("(", max(0, m.start() - 80), m.start())
    return opened != -1 and folded.rfind(")", opened, m.start()) == -1 and folded.find(")", m.end(), pos) != -1


_CLOSE_ROLE = 8         # at most a preposition between an amount and a role word that closes its phrase
_CLOSING_GAP = 12       # at most a short word ("бараа": goods) between an amount and its closing role word


@cache
def _closing_words(lang: str) -> tuple[re.Pattern[str], tuple[tuple[re.Pattern[str], str], ...]] | None:
    """The language's closing role words (figures.toml [closing]) and the metric of each."""
    data = resources.load(lang, "figures") or {}
    entries = [(w, metric) for metric, words in (data.get("closing") or {}).items() for w in words]
    if not entries:
        return None
    return _rx([w for w, _ in entries]), tuple((re.compile(alternation([w]) + r"\Z"), metric)
                                              for w, metric in sorted(entries, key=lambda e: -len(e[0])))


def _closing(folded: str, q: Quantity, lang: str, sq: list[Quantity], s1: int) -> str | None:
    """The metric a closing role word right after `q` names ("439 тэрбум долларын бараа импортолсон"),
    before any role word before it: in a language whose verb follows its amount."""
    words = _closing_words(lang)
    if words is None or q.kind != MONEY:
        return None
    hi = min([s1, q.end + _CLOSING_GAP + 40] + [o.start for o in sq if o.start >= q.end])
    m = words[0].search(folded, q.end, hi)
    if m is None or m.start() - q.end > _CLOSING_GAP or _CLAUSE_END.search(folded, q.end, m.start()):
        return None
    return next((metric for pattern, metric in words[1] if pattern.match(m.group())), None)


def _to_from(folded: str, q: Quantity, lex: _Lexicon, money: list[Quantity]) -> bool:
    """Whether `q` is the second of "to Y from X" ("fell to 254 billion euros from 298 billion euros"): only
    the word for "from" between the two amounts."""
    prev = next((m for m in reversed(money) if m.end <= q.start), None)
    if prev is None or q.start - prev.end > 12:
        return False
    mark = lex.from_to.search(folded, prev.end, q.start)
    return mark is not None and not folded[prev.end:mark.start()].strip(" ,")


def _from_to(folded: str, q: Quantity, lex: _Lexicon, money: list[Quantity], s0: int) -> bool:
    """Whether `q` is the first of "from X to Y" (the base value)."""
    nxt = next((m for m in money if m.start > q.end), None)
    if nxt is None or nxt.start - q.end > 12:
        return False
    if lex.from_to_mid is not None:
        # "from X to Y", "von X auf Y", "de X à Y": only the word for "to" between the amounts.
        mid = lex.from_to_mid.match(folded, q.end, nxt.start)
        if mid is None or mid.end() != nxt.start:
            return False
    if lex.from_to.search(folded[max(s0, q.start - 12):q.start]):
        return True
    tail = folded[q.start:q.end]
    return any(tail.endswith(s) for s in lex.from_suffixes)
