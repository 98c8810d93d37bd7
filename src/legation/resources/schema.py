"""What each resource file may hold: its keys, their types, which are required.

Every file is checked against its declaration when it is loaded: a key the
declaration does not name, a required key that is missing, or a value of the
wrong type fails with the file and the key named (a misspelt cue list fails
loudly instead of silently matching nothing).

A language declares how far legation supports it in `<lang>/language.toml`
(`support = "identification" | "entities" | "full"`). Each level needs the
files `LEVELS` lists for it and for the levels below; every other file is
optional. `lacks(lang)` says what a language is missing for its level.

How to add a key (or a file):

1. Declare it below, in the table of its file: in `required` when every
   language at the file's level must give it (then give it in every such
   language), otherwise in `optional`. Shapes: `STR`, `INT`, `NUMBER` (int or
   float), `BOOL`, `WORDS` (a list of strings), `ListOf(shape)`,
   `MapOf(shape)` (free keys: words, codes; `keys=` a pattern they must
   match), `Table(required={...}, optional={...})` (fixed keys), and
   `AnyOf(shape, ...)`.
2. A new file gets an entry in `FILES` (language folders) or `SHARED`
   (`_all/` and the top-level files), and, if a level needs it, a place in
   `LEVELS`.
3. Read it in the code with `resources.load(lang, name)`; run
   `pytest tests/resources`.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from ..errors import ResourceError


class Shape:
    """A declared value: `check` raises `ResourceError` naming `file` and `key` when `value` does not fit."""

    def check(self, value: Any, file: str, key: str) -> None:
        raise NotImplementedError


@dataclass(frozen=True)
class Scalar(Shape):
    name: str
    types: tuple[type, ...]

    def check(self, value: Any, file: str, key: str) -> None:
        if isinstance(value, bool) != (bool in self.types) or not isinstance(value, self.types):
            raise ResourceError(file, key, f"must be {self.name}, not {value!r}")


@dataclass(frozen=True)
class ListOf(Shape):
    item: Shape

    def check(self, value: Any, file: str, key: str) -> None:
        if not isinstance(value, list):
            raise ResourceError(file, key, f"must be a list, not {value!r}")
        for n, item in enumerate(value):
            self.item.check(item, file, f"{key}[{n}]")


@dataclass(frozen=True)
class MapOf(Shape):
    """A table whose keys are data (words, codes), each with a value of one shape."""

    value: Shape
    keys: str | None = None         # a pattern every key must match

    def check(self, value: Any, file: str, key: str) -> None:
        if not isinstance(value, dict):
            raise ResourceError(file, key, f"must be a table, not {value!r}")
        for name, item in value.items():
            if self.keys is not None and not re.fullmatch(self.keys, name):
                raise ResourceError(file, _join(key, name), f"key must match {self.keys}")
            self.value.check(item, file, _join(key, name))


@dataclass(frozen=True)
class Table(Shape):
    """A table with fixed keys: unknown keys and missing required ones are errors."""

    required: Mapping[str, Shape] = field(default_factory=dict)
    optional: Mapping[str, Shape] = field(default_factory=dict)

    def check(self, value: Any, file: str, key: str) -> None:
        if not isinstance(value, dict):
            raise ResourceError(file, key or "(file)", f"must be a table, not {value!r}")
        for name, item in value.items():      # an unknown key first: a misspelt key is also a missing one
            shape = self.required.get(name) or self.optional.get(name)
            if shape is None:
                known = ", ".join(sorted({*self.required, *self.optional}))
                raise ResourceError(file, _join(key, name), f"unknown key (known: {known})")
            shape.check(item, file, _join(key, name))
        for name in self.required:
            if name not in value:
                raise ResourceError(file, _join(key, name), "missing")


@dataclass(frozen=True)
class AnyOf(Shape):
    shapes: tuple[Shape, ...]

    def __init__(self, *shapes: Shape) -> None:
        object.__setattr__(self, "shapes", shapes)

    def check(self, value: Any, file: str, key: str) -> None:
        errors = []
        for shape in self.shapes:
            try:
                shape.check(value, file, key)
                return
            except ResourceError as exc:
                errors.append(exc.problem)
        raise ResourceError(file, key, " or ".join(errors))


def _join(key: str, name: str) -> str:
    return f"{key}.{name}" if key else name


STR = Scalar("a string", (str,))
INT = Scalar("an integer", (int,))
NUMBER = Scalar("a number", (int, float))
BOOL = Scalar("true or false", (bool,))
WORDS = ListOf(STR)
COUNTRY = r"[A-Z]{3}"                # ISO 3166 alpha-3
ORG = r"[A-Z][A-Z0-9]{1,9}"          # an organisation code as the record's JSON Schema allows it


SECTOR_CODE = r"[A-Z]{3}"            # PLOVER/CAMEO sector (GOV, MIL, REB, ...), declared in sectors.toml


@dataclass(frozen=True)
class Matching(Shape):
    """A string that matches a pattern."""

    pattern: str

    def check(self, value: Any, file: str, key: str) -> None:
        if not isinstance(value, str) or not re.fullmatch(self.pattern, value):
            raise ResourceError(file, key, f"must be a string matching {self.pattern}, not {value!r}")


SECTOR = Matching(SECTOR_CODE)
COUNTRY_CODE = Matching(COUNTRY)


def _words(*names: str) -> dict[str, Shape]:
    return dict.fromkeys(names, WORDS)


# A group of event triggers: `events.toml` (written) and `triggers.toml` (generated, with its kind).
TRIGGERS = ListOf(Table(required={"type": STR, "words": WORDS},
                        optional={"mode": STR, "host": BOOL, "weak": BOOL, "passive": BOOL, "strength": NUMBER,
                                  "kind": STR}))
BOILERPLATE = Table(optional=_words("strong", "label", "prefix", "byline"))

# The files of a language folder, `<lang>/<name>.toml`.
FILES: dict[str, Shape] = {
    # Support level and language identification hints (lang/identify.py).
    "language": Table(
        required={"support": Scalar("identification, entities or full", (str,))},
        optional={
            "evidence": ListOf(Table(required={"letters": STR}, optional={"against": WORDS})),
            "expected": Table(required={"letters": STR}, optional={"fallback": STR}),
            # The country whose press writes nearly all of the language's news (ja: JPN): a bare
            # "Foreign Ministry" acts for it when no dateline says otherwise (stages/events),
            # and a bare role beside a name in its own script is asked of its office holders.
            "home": COUNTRY_CODE,
            # The countries whose own press writes the language, when there are several (stages/publisher.py):
            # an article is one's when it names its news agency (`agencies`), counts in its currency
            # (`currencies`), or comes from its country-code domain; a bare "President of the Republic"
            # or "the government" then acts for it, not for `home`.
            "presses": MapOf(Table(optional={"agencies": WORDS, "currencies": WORDS}), keys=COUNTRY),
        }),
    # Lines to drop from a page (read/clean.py).
    "boilerplate": BOILERPLATE,
    # Sentence splitting (text/sentences.py).
    "sentences": Table(required=_words("abbreviations"),
                       optional={**_words("after_number", "terminators"), "ordinal_dot": BOOL}),
    # Inflection endings (text/matcher.py) and name endings (stages/entities.py, _lexicons.py).
    "morphology": Table(
        # `prefixes`: clitics written onto the next word (Arabic و ب ل ال, Hebrew ו ה ב ל מ ש):
        # a phrase may start after a chain of them inside a word. `elisions`: the start of a
        # phrase that a prefix replaces (Arabic ل + ال -> لل, Hebrew ב + ה -> ב).
        required={"inflection": Table(required={"max_suffixes": INT, "apostrophe_suffix": BOOL},
                                      optional={**_words("suffixes", "stem_endings", "prefixes"),
                                                "elisions": MapOf(WORDS),
                                                # an apostrophe between letters is a letter (Uzbek To'qayev)
                                                "apostrophe_letter": BOOL,
                                                # a gershayim between letters is inside the word
                                                # (Hebrew abbreviations and names: כ"ץ)
                                                "gershayim_letter": BOOL})},
        optional={"names": Table(optional=_words("case_suffixes", "demonym_suffixes", "locative_suffixes"))}),
    # Country aliases, demonyms and regions (stages/_lexicons.py).
    "demonyms": Table(optional={"aliases": MapOf(WORDS, keys=COUNTRY), "demonyms": MapOf(WORDS, keys=COUNTRY),
                                "regions": Table(optional=_words("names")),
                                # Words made of one-letter short forms of two or three countries
                                # (Korean 한미: South Korea and the US): each letter's country, in order.
                                "pairs": MapOf(ListOf(Scalar("a country code", (str,)))),
                                # A regex character class of what may not stand right before a pair
                                # word (Japanese 日 is also "day": "6日米国で", "今日中国").
                                "pairs_not_after": STR}),
    # Organisations by code; `english` (English only): the name to show; `actors` (English only):
    # an organisation that is not one of states, as an actor: its sector, and the country of a
    # group of one country (stages/events/actors.py).
    "orgs": Table(required={"names": MapOf(WORDS, keys=ORG)},
                  optional={"english": MapOf(STR, keys=ORG),
                            "actors": MapOf(Table(required={"sector": SECTOR}, optional={"country": COUNTRY_CODE}),
                                            keys=ORG),
                            # English only: the body whose money an organ gives (EUCO: EU), the giver
                            # of an aid figure (stages/figures).
                            "gives_as": MapOf(Matching(ORG), keys=ORG),
                            # English only: the organs among them that manage their body's money, whose
                            # official announcing it gives as the organ (EC; stages/figures).
                            "money": Table(optional={"own": ListOf(Matching(ORG))}),
                            # English only: the unions that trade as one party, a party of trade figures
                            # like a country where a pair word names them ("中欧贸易额"; stages/figures).
                            "trade": Table(optional={"parties": ListOf(Matching(ORG))})}),
    # Words for an actor's sector, by sector code of sectors.toml (stages/events/data.py, events/actors.py).
    "sectors": Table(required={"sectors": MapOf(WORDS, keys=SECTOR_CODE)}),
    # Roles, qualifiers, institutions and role-chain words (stages/_lexicons.py, _role_chains.py).
    "roles": Table(
        required={"roles": MapOf(AnyOf(STR, Table(required={"role": STR},
                                                  optional={"country": STR, "counterpart": BOOL})))},
        optional={
            "qualifiers": MapOf(STR),
            "institutions": MapOf(Table(optional={"country": STR, "head": STR})),
            # `portfolios`: a title's complement words ("Exchequer", "Apărării"); `place_heads`: stems ending a
            # place's compound name ("körfez"); `place_openers`: words opening one ("istana")
            # (stages/_complements.py); `honorifics`: courtesy titles and ranks before a name ("Frau", "général").
            "words": Table(optional=_words("pairs", "connectors", "joiners", "sides", "postings", "particles",
                                            "buildings", "prefixes", "portfolios", "place_heads", "place_openers",
                                            "honorifics")),
            "compose": MapOf(MapOf(STR)),
            # English roles -> the offices of data/officials.tsv (English only; stages/_uncased.py).
            "offices": MapOf(WORDS),
            "compose_default": MapOf(STR),
            # The role may follow a name with no comma between (Hungarian "Putyin orosz elnök").
            "role_after_name": BOOL,
            # English only: the offices of data/officials.tsv each role is (stages/_uncased.py).
            "offices": MapOf(WORDS),
            # English only: roles of people outside the state (an opposition politician, a journalist),
            # who belong to the dateline's country when the text names none (stages/officials.py).
            "domestic": WORDS,
            # English only: roles that head a body named right after them with no connector, a name
            # after a comma taking the role across the body's name ("președintele sindicatului Cartel
            # Alfa, Bogdan Hossu"; stages/_role_chains.py).
            "body_heads": WORDS,
        }),
    # Curated place names beside GeoNames (gazetteer/).
    "places": Table(optional={"countries": MapOf(STR), "exact_countries": MapOf(STR), "cities": MapOf(INT),
                              # City names that are ordinary words (in scripts without spaces; elsewhere
                              # a word GeoNames gives a town that names a state's form: "Reino").
                              "not_cities": WORDS}),
    # Month and weekday names, relative days, links inside a date (stages/dates.py, dates_lang.py).
    "dates": Table(optional={
        **_words("links", "not_year_after", "not_weekdays"),
        # Which way a weekday lies from publication: "last Friday" (right next to it: strictly before),
        # "next Friday" (strictly after), a future or announcement word before it in its sentence
        # ("will visit on Thursday", "посетит в четверг": on or after); future_dates: such words for a
        # day and month only ("will meet on August 15": this year's), where `future` is not given.
        **_words("last_weekday", "next_weekday", "future", "future_dates"),
        # Languages that write a year before its month ("2023 жылғы маусымда"): the words that may
        # stand between the two (an empty list: the year right before the month).
        **_words("year_before_month"),
        # Words that make a day and month without a year an announced start ("from 15 May", "с 15 мая",
        # "15 Mayıs'tan itibaren"): `before` the date, `after` it, `endings` written onto its last word
        # ("15 მაისიდან"), `not_after`: words right after an `after` word that undo it ("से पहले"). Such a
        # date is the nearer of last and next ("from 15 May" on 2 May: this May's; stages/dates.py).
        "starting": Table(optional=_words("before", "after", "endings", "not_after")),
        "months": MapOf(WORDS, keys=r"[1-9]|1[0-2]"),
        "weekdays": MapOf(WORDS, keys=r"[1-7]"),
        # {days, weekday}: that weekday (1 Monday .. 7) of the week `days` away ("上周五": -7, 5)
        "relative": MapOf(AnyOf(INT, Table(required={"days": INT}, optional={"precision": STR, "weekday": INT}))),
        "months_cased": BOOL,
        # Dates written as numbers with unit markers: "2026年12月6日", "2026년 12월 6일", "6日".
        "markers": Table(optional=_words("year", "month", "day",
                                         # words before a day/month written with a slash: "ngày 20/6"
                                         "before_day_month",
                                         # what joins the two days of a range: "5日至7日", "5～7日"
                                         "range")),
        # Other calendars (stages/_calendars.py): month names, words after a year, letter numerals.
        "calendars": MapOf(Table(required={"months": MapOf(WORDS, keys=r"[1-9]|1[0-3]")},
                                 optional={"era": WORDS, "letters": MapOf(INT), "year_base": INT}),
                           keys=r"persian|hebrew|islamic"),
    }),
    # Numerals, scales, currencies, hedges (text/numbers.py).
    "numbers": Table(
        # `native`: the decimal and grouping signs CLDR gives with the language's native digits
        # (Arabic ٫ ٬), read beside `decimal` and `group`; tests/text checks them against Babel.
        required={"format": Table(required={"decimal": STR}, optional={
            # `clitics`: one-letter words written onto a numeral ("و600": and 600).
            **_words("group", "unit_links", "currency_words", "clitics"),
            "native": Table(required={"decimal": STR, "group": STR}),
            # `scale_decimals`: marks that are a decimal sign only between a few digits right before a scale
            # word (Persian typing: "۱/۳ میلیارد" is 1.3 billion).
            "scale_decimals": WORDS,
            "lakh_grouping": BOOL})},     # Indian digit grouping: 1,00,000 and 12,34,56,789
        optional={
            "scales": MapOf(NUMBER), "money_scales": MapOf(NUMBER), "currencies": MapOf(WORDS, keys=r"[A-Z]{3}"),
            # Scales made of two scale words ("千万", "천억"): read as scales, but no word a writer puts in
            # place of another (a scale repair never proposes one).
            "compound_scales": MapOf(NUMBER),
            # A currency word several countries use ("ريال": riyal, rial): the currency of each country,
            # the first when the figure is about none of them (stages/figures reads it).
            "shared_currencies": MapOf(MapOf(Matching(r"[A-Z]{3}"), keys=COUNTRY)),
            "percent": Table(optional=_words("before", "after")),
            "multiples": Table(optional={"times": WORDS, "words": MapOf(NUMBER)}),
            "words": MapOf(NUMBER),
            # Amounts written as one word with no numeral (the Arabic dual "مليارين": two billion); a
            # currency may follow.
            "amounts": MapOf(NUMBER),
            "qualifiers": Table(optional={"before": MapOf(STR), "after": MapOf(STR)}),
            "years": Table(optional=_words("before", "after")),
        }),
    # Period expressions (text/periods.py).
    "periods": Table(optional={
        "months": MapOf(INT), "ordinals": MapOf(INT),
        # kind "fiscal_year": twelve months from `from_month` of {YEAR} ("वित्त वर्ष 2023-24": April to March)
        "pattern": ListOf(Table(required={"re": STR, "kind": STR}, optional={"rel": INT, "from_month": INT})),
    }),
    # Ordinals and round nouns ("fifth round"), stages/events/data.py.
    "ordinals": Table(optional={"ordinals": MapOf(INT), **_words("round_nouns", "digit_suffixes")}),
    # Topics of talks (stages/events/data.py).
    "topics": Table(required={"topics": MapOf(WORDS)}),
    # Event triggers and the cue words of the events stage (stages/events/data.py).
    "events": Table(
        required={
            # verb_final: a verb's actors are all named before it (ja, ko): one named after a trigger
            # belongs to another clause.
            # object_before_verb: a verb's object is named before it (SOV: ja, ko, tr, az, fa, ...).
            "syntax": Table(required={"subject_before_verb": BOOL}, optional={"verb_final": BOOL,
                                                                             "object_before_verb": BOOL}),
            "triggers": TRIGGERS,
        },
        optional={"cues": Table(optional={
            **_words("negations", "negation_tails", "future", "future_tails", "planned_tails", "future_endings", "background", "reference",
                     "conjunctions", "locative_prepositions", "destination_prepositions", "destination_suffixes",
                     "locative_suffixes", "agent_markers", "reporting", "both_sides", "together", "scene", "plan",
                     "subordinate", "relatives", "bare_relatives", "national_bodies", "ceremonies", "owner_links", "articles", "addressee_markers",
                     "addressee_suffixes",
                     "genitive_suffixes", "object_participles", "passive_auxiliaries", "conjunction_suffixes",
                     "conjunction_prefixes", "trigger_prefixes",
                     "name_particles", "venue_qualifiers", "venue_after", "venue_before", "gathering_nouns", "broker_markers",
                     "participant_markers", "leading_markers", "origin_prepositions", "origin_suffixes",
                     "protesters", "protests", "broker_after", "attributive_determiners", "attributive_endings",
                     "hazards", "instruments", "commitments", "planned", "decisions", "announcements", "conditions", "purpose", "pluperfect",
                     "threat_conditions", "threat_condition_endings", "positive_conditions", "retaliations", "retaliation_conditions", "goals", "goals_after", "agendas", "agenda_links", "same_day", "denied_reports",
                     "days_earlier", "topic_markers", "dependence", "sport_nouns", "topic_suffixes", "topic_after", "epoch_markers", "epoch_after", "elapsed",
                     "elapsed_after", "elapsed_numerals", "elapsed_anchors", "elapsed_ordinals", "funding_nouns", "group_nouns", "group_numerals", "days_after",
                     "days_after_post", "companions",
                     "ethnic_markers", "resident_links",
                     "border_nouns", "border_prepositions"),
            "owner_after": BOOL,
        })}),
    # Trigger lemmas per kind of plover.toml (scripts/build_triggers.py reads them).
    "lemmas": Table(required={"kinds": MapOf(WORDS)}),
    # Triggers inflected from lemmas.toml by scripts/build_triggers.py (stages/events/data.py).
    "triggers": Table(required={"triggers": TRIGGERS}),
    # Figure roles, directions and partners (stages/figures/__init__.py, figures/parties.py).
    "figures": Table(optional={
        # balance: a deficit, surplus or trade balance, which is no figure (never a turnover).
        "roles": Table(optional=_words("trade_turnover", "exports", "imports", "investment", "aid", "balance")),
        # deals: the words of an agreement, deal or contract whose stated worth, in a sentence naming two
        # sides, is an investment ("an agreement worth 8 billion dollars": figures/programmes.py).
        # foreign: words of the world abroad ("foreign investment"): an investment whose stretch of the
        # sentence has one and names at most one country is that country's total, no pair's figure
        # (figures/country_totals.py).
        "investment": Table(optional=_words("deals", "foreign")),
        # Role words that close their amount's phrase, right after it (Mongolian "... долларын бараа
        # импортолсон"): one of these names the amount's metric before any role word before it.
        "closing": Table(optional=_words("trade_turnover", "exports", "imports", "investment", "aid")),
        # record: a record high ("사상 최대", "過去最高", "创历史新高"): the level is said to stand above the
        # year before's, and the checks flag it when the numbers say the opposite.
        "direction": Table(optional=_words("up", "down", "record")),
        # shares: those of `words` that name a share; next to an export or import word they mark an amount
        # as that flow's part of a total ("1,4 milyard dolları ixracın payına düşüb"), which is a figure.
        "not_figures": Table(optional={"words": WORDS, "window": INT, "shares": WORDS}),
        # links: particles that may stand between a base period and its value ("前年の480億ドル", "전년의").
        "compare": Table(optional=_words("before", "after", "from_to", "to", "from_suffixes", "links")),
        # to_after, from_after: postpositions written apart after the country (Hindi "चीन को", "चीन से").
        # there: "from there", "von dort": the other side is the country just named (a second verb
        # of the same subject: "exported X to A and imported Y from there"). bought: verbs of buying,
        # whose place ("закупила в России", "bought in Russia") is the seller.
        "partners": Table(optional=_words("to_before", "from_before", "to_suffixes", "from_suffixes",
                                          "to_after", "from_after", "there", "bought")),
        "targets": Table(optional=_words("words")),
        # before_level: an amount right before a rise or fall word, with another amount of its unit after it in
        # the sentence, is the change, the other the level ("0,6 млрд долларға артып, 4,5 млрд долларды
        # құрады", "0,6 milyar dolar artarak 4,5 milyar dolara ulaştı"): in languages whose verb follows.
        # by_suffixes: the case endings of an amount that is a change when a rise or fall word follows it
        # right away (Kazakh, Kyrgyz, Uzbek dative: "800 млн долларға өсті", grew by), after a larger amount of
        # its unit, the level, in its sentence; not after a "from" amount ("X-тан Y-ға": to Y).
        "change": Table(optional={**_words("by", "less", "more", "by_suffixes"), "before_level": BOOL}),
        # Words marking a country as where something happens, before or after it (Hindi "रूस में": in
        # Russia): a venue is no party of the figures (figures/parties.py).
        "venues": Table(optional=_words("before", "after")),
        # Words of a visit ("during his visit to Kyiv", "キーウを訪問"): the visitor and the place visited
        # are no giver of aid pledged there; its giver is the subject, its receiver the host or the
        # one named (figures/aid.py).
        # receiver_before / receiver_after: words right before or after an actor that mark it as the
        # receiver ("to Ukraine", "ウクライナに対し"), never the giver.
        # with_before: words right before an actor (a title or two may stand between) that make it the
        # one met, never the giver ("bei seinem Treffen mit Präsident Selenskyj sagte Scholz ... zu").
        # giver_before: words right before an actor that make it the giver ("erhält von Deutschland").
        # pledges: words of pledging, granting or allocating money ("pledged", "sagt … zu": a verb and
        # the particle closing its clause): an amount no role word names is aid (figures/aid.py).
        # grants, loans, support: the words naming each kind of part of an aid total ("4 mld euro dotacji
        # i 2 mld euro pożyczek"): parts of a stated package add up to it (figures/aid.py, checks); of_which:
        # the words that open the parts of a total ("of which", "w tym", "davon"); not_of_which: phrases
        # that begin with one but open no part ("bunun yanı sıra": besides this); tranches: the words
        # naming a tranche or instalment of a total stated before it ("whose first tranche of ..."), a
        # part of it without an "of which"; tranches_after: those naming the amount right before them a
        # tranche ("5 milyar dolarlık ilk dilimi"); total_after: the words stating a total right before its amount
        # after its parts joined by "and" ("..., a total of 5 billion"): they add up to it (figures/totals.py).
        # of_which_after: words after an aid total's parts saying they make it up ("... krediden oluşuyor",
        # "로 구성된다", "からなる": figures/closing_parts.py).
        # worth: words that, right after a role, programme or deal noun, state its worth rather than a bound
        # ("ein Programm über 3 Millionen Dollar": no "more than"; figures/qualifiers.py).
        # programmes: the words of a plan, programme, package, facility or deposit whose stated worth, in a
        # sentence naming two sides, is aid ("recovery plan worth ...", "paquet de ...": figures/programmes.py).
        # deposits, central_banks: the words of a deposit ("deposited", "وديعة") and of a central bank: an amount
        # whose sentence has both, and names two sides, is aid (figures/deposits.py).
        # receiver_articles: articles of the receiving case right before an actor, a mark of the receiver
        # when the word before them is no capitalised noun (German "sagt der Ukraine ... zu", "stellt dem
        # Libanon ... bereit"; "Präsident der Ukraine" is a genitive), of a country only, and not of one of
        # `article_subjects` after `nominative_article`, their nominative ("der Iran"). home_receivers: words of groups at home a
        # state pays, beside those of sectors.toml's subsidised sectors ("boeren"): money for them is no aid.
        "aid": Table(optional={**_words("visits", "receiver_before", "receiver_after", "with_before",
                                        "giver_before", "pledges", "grants", "loans", "support", "deposits", "deferred", "of_which", "not_of_which",
                                        "tranches", "tranches_after", "total_after", "receiver_articles", "article_subjects",
                                        "programmes", "of_which_after",
                                        "home_receivers", "worth", "central_banks"),
                               "nominative_article": STR}),
    }),
    # Names in oblique cases back to the nominative (stages/_name_cases.py).
    # In a script without capital letters (`cased = false`), a name is the words after a role
    # chain (stages/_uncased.py): at most `max_words` (`particles` such as "bin" not counted),
    # ended by a `stops` word, a name lexicon's word or punctuation; `titles` ("Mr", "Sheikh")
    # may open it; `nominative` puts the name's last word back into the nominative (oblique
    # ending -> nominative ending, longest first: Georgian "კობახიძემ" -> "კობახიძე").
    "names": Table(optional={
        # `given_stops`: stop words that are also given names, a name's first word right after a role
        # ("राष्ट्रपति जो बाइडेन": जो, "who", is Joe).
        "cased": BOOL, "max_words": INT, "home": STR, **_words("stops", "titles", "particles", "given_stops"),
        # `not_name_endings`: endings of case forms no name's word takes (Georgian "-დან", "from").
        # `complement_prefixes`: a word with one, right after a role, is its complement (Hebrew "ל": "for").
        # `coordinated_prefixes`: a word with one, right after a role, joins a second complement to it
        # (Hebrew "וה": "and the"); the name follows it.
        **_words("not_name_endings", "complement_prefixes", "coordinated_prefixes"),
        # `given_countries`: given names written like a country's name ("جورجيا", "जॉर्जिया", "Jordan": Giorgia
        # and Georgia): right before a surname, after another country's name or right after a role word, no
        # country anywhere (stages/entities.py; English's apply in every language). `country_after_role`: the
        # language writes an office right before its country ("رئيسة جورجيا", "Presiden Georgia"), so a role
        # word right before such a name keeps the country.
        **_words("given_countries"), "country_after_role": BOOL,
        # `kingdom_words`: the word for "the Kingdom" alone, a mention of the last kingdom named before it
        # (stages/_back_references.py); `kingdoms` (English file): the states that are kingdoms.
        **_words("kingdom_words", "kingdoms"),
        # A capital letter and a dot before a capitalised word are the name's initial ("У.Хүрэлсүх").
        "initials": BOOL,
        "nominative": MapOf(STR),
        # Names in Han, kana or Hangul beside a role (stages/_uncased.py).
        "beside_role": Table(required={"position": STR},
                             optional={"min_chars": INT, "max_chars": INT, "verified": BOOL,
                                       **_words("stops", "prefixes", "word_endings", "home_surnames"),
                                       # `surname_spellings`: a home family name -> its usual Latin
                                       # spelling ("김" = "Kim"), for a name the office-holders table
                                       # lacks; `address_units`: a district's name's endings ("구").
                                       # `name_countries`: the countries whose names it spells so.
                                       # `given_endings`: `word_endings` a foreign given name may have
                                       # when it opens a clause ("구마가이 나오키").
                                       # `role_suffixes`: a title glued to its office's name -> its
                                       # role ("처장" = "head": "공수처장"). `body_endings`: endings of a
                                       # ministry's or agency's name ("에너지부"), no name's.
                                       "surname_spellings": MapOf(STR), "role_suffixes": MapOf(STR),
                                       **_words("address_units", "name_countries", "given_endings",
                                                "body_endings")}),
        "suffixes": Table(optional={"min_stem": INT, **_words("always", "after_consonant", "guarded")}),
        "surnames": Table(optional=_words("endings")),
        "governed": MapOf(WORDS),
        "first": MapOf(MapOf(STR)),
        "last": MapOf(MapOf(STR)),
        # Names written family name first ("Orbán Viktor"): the given names that show it, so the
        # name is given in the usual order ("Viktor Orbán"; stages/_name_cases.usual_order).
        "family_first": Table(optional=_words("given_names")),
    }),
    # Romanisation of names (text/names.py).
    "translit": Table(optional={name: MapOf(STR) for name in ("latin", "romanise", "letters", "pairs", "initial",
                                                                      "final")}),
    # Flag messages (English only; stages/checks.py, repair.py).
    "messages": Table(required={
        **dict.fromkeys(("sum_mismatch", "scale", "growth_mismatch", "impossible_year_fraction",
                         "impossible_year_early", "impossible_year_future", "conflict", "repair",
                         "repair_note", "repair_total", "repair_part", "change_mismatch", "small_scale", "beyond_economies",
                         "period_order", "too_large", "unit_slip", "said_against_values",
                         "aid_sum_mismatch", "aid_unit_slip", "scale_unit", "aid_parts_scale", "aid_parts_digit", "trade_parts_scale", "repair_scale", "repair_digit"), STR),
        "metric_names": MapOf(STR),
    }),
    # Templates of the benchmark's synthetic corpus (bench/corpus.py).
    "corpus": Table(required={
        "format": Table(required={**dict.fromkeys(("decimal", "date", "dateline", "money_million",
                                                   "money_billion"), STR), "months": WORDS},
                        optional=_words("months_in", "ordinal_suffixes")),
        "slots": Table(required=_words("agencies", "first_names", "last_names")),
        "roles": ListOf(Table(required={"title": STR})),
        "countries": ListOf(MapOf(STR)),    # name, city and the grammatical forms the templates use
        "text": Table(required=_words("headlines", "leads", "body", "quotes", "trade", "trade_years",
                                      "closings", "before", "after")),
    }),
}

# Files outside the language folders, by path relative to the resource folder.
SHARED: dict[str, Shape] = {
    "_all/boilerplate.toml": BOILERPLATE,
    "_all/name_variants.toml": Table(required={"fold": ListOf(ListOf(STR))},
                                     optional={"skeleton": ListOf(ListOf(STR)),
                                               "skeleton_letters": ListOf(ListOf(STR)),
                                               "unwritten": ListOf(STR)}),
    "_all/stoplists.toml": MapOf(STR),      # language code -> jusText stop list name
    # Territories governed as part of a state, which acts for them in events (stages/events).
    "_all/territories.toml": Table(required={"sovereign": MapOf(COUNTRY_CODE, keys=COUNTRY)}),
    # Actor sectors and which are organs of the state (stages/events/data.py).
    # `subsidised`: a group a state pays at home (farmers, businesses): money given to it is no aid between
    # countries (stages/figures/aid.py).
    "sectors.toml": Table(required={"sectors": MapOf(Table(required={"label": STR}, optional={"state": BOOL,
                                                                                             "subsidised": BOOL}),
                                                     keys=SECTOR_CODE)}),
    "plover.toml": Table(required={"types": MapOf(Table(
        required={"cameo": STR, "intensity": NUMBER, "colour": STR},
        optional={"modes": MapOf(STR), "promised": STR,
                  **dict.fromkeys(("symmetric", "located", "pledge", "verbal", "addressed", "meeting",
                                   "plans", "inward", "repressive", "charges", "refuses", "home_front",
                                   "decided", "threat", "alone", "alone_on", "given", "welcomes"), BOOL)}),
                         keys=r"[A-Z][A-Z_]*")},
                        optional={"kinds": MapOf(Table(required={"type": STR, "cameo": STR},
                                                       optional={"mode": STR, "host": BOOL, "crowd": BOOL, "own": BOOL,
                                                                 "reason": BOOL, "personal": BOOL, "located": BOOL,
                                                                 "together": BOOL, "at_host": BOOL, "said": BOOL, "reported": BOOL}),
                                                 keys=r"[a-z_]+")}),
}

# The files each support level needs, on top of those of the levels before it.
LEVELS: dict[str, tuple[str, ...]] = {
    "identification": ("language",),
    "entities": ("boilerplate", "sentences", "morphology", "demonyms", "orgs", "roles", "places"),
    "full": ("dates", "numbers", "periods", "ordinals", "topics", "events", "figures", "sectors"),
}
