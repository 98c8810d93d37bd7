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

The modules, in the order `run` uses them (none imports this one):

  model.py     FigureInfo, what carries from sentence to sentence (`_Context`), shared patterns
  lexicon.py   a language's figure words (figures.toml) compiled once; the metric of a role phrase
  amounts.py   amounts and units across numbers: "from X to Y", a currency or unit carried to a bare number
  periods.py   which period an amount is of, which is a comparison (base) period, what the next sentence inherits
  metrics.py   which metric an amount is (role words, closing words), what blocks it, rise/fall direction
  changes.py   levels vs changes vs targets: "rose by $X", growth values, targets, a level said to rise or fall
  sentence.py  one sentence's figures, from the parts above
  sides.py     after all sentences: the organisation giving aid, the other side of a one-sided figure
  repeats.py   one figure for a line or amount stated twice (title and lead, rounded and exact); the rest
               become its `repeats`
  parties.py   the countries of a figure (reporter, partner); aid.py: aid's parts, tranches, givers and receivers
  totals.py    aid parts joined by "and" before the total a total word states ("..., a total of 5 billion")
  growth_years.py  a growth on the year before, carried to the earlier of two years' levels, is the later one's
  later_totals.py  the total of a sentence's aid amounts stated in the next one ("In total the package ...")
  closing_parts.py  aid parts a word after them says make up the total ("... krediden oluşuyor")
  next_parts.py  parts of a total listed in the next sentence an "of which" word opens ("It includes ...")
  programmes.py  the worth of a plan, programme, package or deposit one side gives another: aid; of an
               agreement or deal between two sides: an investment
  qualifiers.py  "hasta", "до" after a rise or fall: "to", no bound; "ein Programm über X": its worth, no bound
  country_totals.py  an amount of a country with the whole world ("foreign investment in X reached"): no pair's figure
  pledgers.py  the sides of an investment one actor pledges for a country, whatever countries attend, and
               of an agreement's worth signed during a visit (the visitor's side invests in the host)
"""

from __future__ import annotations

from ...deadline import check as check_deadline
from ...document import Document
from ...pipeline import stage
from ...settings import Settings
from ...text.fold import fold
from ...text.numbers import MONEY, PERCENT, read_numbers
from ...text.periods import read_periods
from .._lexicons import gives_as
from .closing_parts import parts_closed_after
from .country_totals import without_country_totals
from .trade_totals import trade_totals_after_parts
from .aid import aid_parts, aid_sides, aid_tranches, of_which_words, part_names, visit_investment_sides
from .amounts import _currency_carried, _number_spans, _range_end, _range_start
from .lexicon import _conjunctions, _lexicon
from .model import FigureInfo, _Context, _inside
from .pledgers import deal_sides, pledged_investment_sides
from .qualifiers import to_not_bound, worth_not_bound
from .next_parts import parts_in_next_sentence
from .parties import country_mentions, home_country, sentence_pair, sides_from_people, without_venues
from .repeats import _headlines, _merge_grants, _merge_repeats, _merge_rounded
from .sentence import _sentence
from .sides import _complete_pairs, _lender
from .totals import totals_after_parts
from .later_totals import totals_in_next_sentence
from .growth_years import growth_of_later_year

__all__ = ["FigureInfo", "run"]

# Numbers and periods read per sentence: each is compared with its sentence's others, so a
# list or run-on of thousands would cost the square of that. News sentences state a few.
_MAX_PER_SENTENCE = 64


def _published(doc: Document) -> tuple[int | None, int | None]:
    pub = doc.source.published
    return (pub.year, pub.month) if pub else (None, None)


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
    read = worth_not_bound(to_not_bound(read_numbers(text, lang, folded), folded, lex, lang), folded, lex, lang)
    quantities = _currency_carried(_range_end(_range_start(read, folded, lex), folded, lex),
                                   sentences, folded,
                                   _conjunctions(lang), (lex.roles, *part_names(lang)), of_which_words(lang))
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
    infos = without_country_totals(lang, folded, sentences, countries, infos)
    _lender(doc, infos, sentences)
    aid_sides(doc, [(i.figure, i.sentence, i.quantity.start) for i in infos if i.figure.metric == "aid" and not i.base],
              sentences, folded, lambda code: gives_as().get(code, code))
    visit_investment_sides(doc, infos, sentences, folded, lambda code: gives_as().get(code, code))
    pledged_investment_sides(doc, infos, sentences, folded, lambda code: gives_as().get(code, code))
    deal_sides(doc, infos, sentences, folded, lambda code: gives_as().get(code, code))
    # An agreement's worth with no side known is no figure of anyone's.
    infos = [i for i in infos if not (i.deal and i.figure.reporter is None and i.figure.partner is None)]
    infos = _merge_grants(infos, f"{pub_year:04d}-{pub_month:02d}" if pub_year and pub_month else None)
    trade_totals_after_parts(lang, folded, infos)
    aid_parts(lang, folded, sentences, infos)
    aid_tranches(lang, folded, infos)
    totals_after_parts(lang, folded, infos)
    totals_in_next_sentence(lang, folded, sentences, infos)
    parts_closed_after(lang, folded, sentences, infos)
    parts_in_next_sentence(lang, folded, sentences, infos)
    _complete_pairs(infos)
    growth_of_later_year(sentences, infos)
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
