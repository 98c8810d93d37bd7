"""Event knowledge as data: per-language triggers and cues.

`resources/<lang>/events.toml` lists triggers per PLOVER type and mode, and the
cue words the rules need (negation, future and plans, background, reference,
conjunctions, locative prepositions); `resources.event_types` says what each
type is and how it behaves. Everything is compiled once per language, into
one lexicon whose payloads say which tables (triggers, cues, topics, round
nouns) a phrase belongs to, so a document is scanned once.

Trigger phrase syntax: words are matched on folded text at word starts; a
trailing `*` lets the last word take any ending ("görüş*"); otherwise only the
language's inflection suffixes may follow. `a ... b c` needs `b` and then `c`
later in the same clause ("weist ... aus", "sicherte ... unterstützung zu").
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, fields
from functools import cache
from typing import Any, NamedTuple

from ... import resources
from ...errors import ResourceError
from ...resources.event_types import event_types
from ...text.fold import fold, is_unspaced
from ...text.matcher import Lexicon, Morphology, morphology


class _AnyTail(Morphology):
    """Accepts every word ending; each trigger then checks its own tail."""

    def accepts(self, rest: str, *, need_suffix: bool = False) -> bool:
        return True


@dataclass(frozen=True)
class Trigger:
    """One trigger phrase and what it means."""

    type: str
    mode: str | None
    stem: bool                      # any ending may follow the last word
    gap: tuple[str, ...] = ()       # words that must follow later in the clause
    passive: bool = False           # the first actor is acted upon ("was summoned")
    host: bool = False              # the subject hosts: "received", "kabul etti"
    weak: bool = False              # only confirms an event another sentence states
    strength: float = 0.8
    # The plover.toml kind it was inflected for ("repress_violently"); a phrase of two kinds of one
    # type is still one trigger.
    kind: str | None = field(default=None, compare=False)


@dataclass(frozen=True)
class Cues:
    """Closed word lists the role and modality rules use, as folded phrases."""

    negations: tuple[str, ...] = ()
    negation_tails: tuple[str, ...] = ()
    future: tuple[str, ...] = ()
    future_tails: tuple[str, ...] = ()
    background: tuple[str, ...] = ()
    reference: tuple[str, ...] = ()
    conjunctions: tuple[str, ...] = ()
    locative_prepositions: tuple[str, ...] = ()
    destination_prepositions: tuple[str, ...] = ()
    destination_suffixes: tuple[str, ...] = ()
    locative_suffixes: tuple[str, ...] = ()
    agent_markers: tuple[str, ...] = ()
    reporting: tuple[str, ...] = ()
    # An auxiliary right before a trigger, with an agent after it, makes it passive ("was condemned by").
    passive_auxiliaries: tuple[str, ...] = ()
    both_sides: tuple[str, ...] = ()
    together: tuple[str, ...] = ()  # "together", "společně": those named came as one party
    scene: tuple[str, ...] = ()     # "during", "в ходе": what follows is the present meeting
    plan: tuple[str, ...] = ()      # "next", "nächste": what follows is a later meeting
    subordinate: tuple[str, ...] = ()   # "after", "nachdem": a clause with its own actors follows
    # Relative pronouns after an actor and a comma (", which", ", care", ", который"), and those that
    # need no comma ("التي"): the act of the clause they open is the actor's (`_relative_clause`).
    relatives: tuple[str, ...] = ()
    bare_relatives: tuple[str, ...] = ()
    # An unqualified national body ("the Foreign Ministry", "МИД", "Bakanlık") acts for the dateline's country.
    national_bodies: tuple[str, ...] = ()
    # A ceremony or address a trip was for ("attended the inauguration", "gave a lecture"): no talks.
    ceremonies: tuple[str, ...] = ()
    owner_links: tuple[str, ...] = ()   # "of", "des": a country after these qualifies the body before
    articles: tuple[str, ...] = ()      # "la", "l'", "the": a list of names goes on through them
    owner_after: bool = False           # a country right after a body qualifies it ("МИД России")
    # A demand's addressee: "от Израиля потребовали", "İsrail'den ... istendi".
    addressee_markers: tuple[str, ...] = ()
    addressee_suffixes: tuple[str, ...] = ()
    # A genitive actor followed by an object participle is the actor of a clause inside the object
    # ("İsrail'in ... düzenlediği saldırıyı kınadı"): it is the target.
    genitive_suffixes: tuple[str, ...] = ()
    # Endings that join a name to the next one ("한국과 중국", "中国和…" needs none).
    conjunction_suffixes: tuple[str, ...] = ()
    # Conjunctions written as a name's first letters ("ומספרד": and from Spain): the name joins the list.
    conjunction_prefixes: tuple[str, ...] = ()
    # Clitics written onto a trigger's first word that leave it the act (Arabic "و" + "وقع": "and
    # signed", as a sentence's first word often is); not prepositions, which make it a circumstance.
    trigger_prefixes: tuple[str, ...] = ()
    # Particles a name may end with, read as its ending when no bare form of it is known
    # ("베이징에서" -> "에서"), longest first.
    name_particles: tuple[str, ...] = ()
    # Words between a country and a venue of its own that only say what the venue is
    # ("ペルーの首都リマで", "秘鲁首都利马"): the country is no party.
    venue_qualifiers: tuple[str, ...] = ()
    # Words after a country, in its clause, that make it where a gathering was held
    # ("イタリア南部プーリア州で開かれた G7 サミット"): the host country is no party of what is done there.
    venue_after: tuple[str, ...] = ()
    # Words right before a country that make it where a gathering is held ("G7サミットが開かれている
    # イタリア南部で"): the same.
    venue_before: tuple[str, ...] = ()
    # Gatherings named after an organisation ("APEC首脳会議", "BRICS summit", "саммит ШОС"): the
    # organisation named right before or after one is the setting, not a party.
    gathering_nouns: tuple[str, ...] = ()
    # Words before a broker ("بوساطة الصين", "mediated by China"): the broker is no party.
    broker_markers: tuple[str, ...] = ()
    # ... or right after it ("Армения төрағалық ететін ұйым": the body Armenia chairs).
    broker_after: tuple[str, ...] = ()
    # Where someone or something came from ("on his return from Germany", "a flight from Athens",
    # "aus Deutschland", "Германиядан"): in a domestic act, or as a route's end, no party.
    origin_prepositions: tuple[str, ...] = ()
    origin_suffixes: tuple[str, ...] = ()
    # Words for people who gathered in protest ("demonstrators", "митингующие"), as the start of a
    # word: a state dispersing or detaining them reports the protest they held too.
    protesters: tuple[str, ...] = ()
    # Words for a protest itself ("demonstration", "протест", "protesto"), as the start of a word: force
    # used against a crowd in a sentence that names its protest reports the protest too.
    protests: tuple[str, ...] = ()
    # Words before a third side that took part in a meeting ("with the participation of", "при участии"):
    # a party of the meeting, not of what the others agreed there.
    participant_markers: tuple[str, ...] = ()
    # Words right after a country that make it the leader of the organisation named next
    # ("the Russia-led CSTO", "Ресей бастаған ҰҚШҰ"): the organisation is the party.
    leading_markers: tuple[str, ...] = ()
    object_participles: tuple[str, ...] = ()
    # Currency names of more than one word (numbers.toml: "dólar* estadounidense*", "доллар* сша"):
    # a country named inside one ("trade in national currencies instead of the US dollar") is no party.
    currency_names: tuple[str, ...] = ()
    # What a meeting or decision is about: a country after these words or with these endings
    # ("об Украине", "Ukrajnáról") is its topic, no party ("the summit talked about Ukraine").
    topic_markers: tuple[str, ...] = ()
    # What someone depends on ("dependence on China", "Abhängigkeit von Russland"): a country right
    # after these is named for the dependence of another, no party of any act.
    dependence: tuple[str, ...] = ()
    # A team's people right after a country or demonym ("the French coach", "i giocatori tedeschi" is
    # written the other way round): players of a match, no state.
    sport_nouns: tuple[str, ...] = ()
    topic_suffixes: tuple[str, ...] = ()
    # ... or words right after it ("Suriye konulu zirve", "a Syria-focused summit").
    topic_after: tuple[str, ...] = ()
    # A time named by an event ("since Russia's invasion", "від початку вторгнення Росії"): a
    # country a few words after these is when, no party.
    epoch_markers: tuple[str, ...] = ()
    # The same closing the time's phrase after its date ("1 Mart'ta göreve başlamasından bu yana",
    # "3月1日の就任以来"): a date before these and the act after them is another event's day.
    epoch_after: tuple[str, ...] = ()
    # An act's noun that names a time elapsed or an anniversary ("three years after the invasion",
    # "la trei ani de la invazie"; after it: "侵攻から3年", "침공 3년", "işgalinin üçüncü yıl dönümü"):
    # what the time is counted from, no act of the sentence. `elapsed`: the words before the noun
    # (a few words may stand between); `elapsed_after`: after it, past a numeral.
    elapsed: tuple[str, ...] = ()
    elapsed_after: tuple[str, ...] = ()
    elapsed_numerals: tuple[str, ...] = ()   # numeral characters of a script without spaces ("三")
    # Words that close a time elapsed after its numeral where the act counted from stands before
    # ("ウクライナ侵攻から3年となる", "işgalinin üçüncü yılında"): a country named in that clause before
    # the numeral is when, no party (stages/events/actors.py). Ordinal words count as numerals.
    elapsed_anchors: tuple[str, ...] = ()
    elapsed_ordinals: tuple[str, ...] = ()
    # What a payment comes from ("repaid from immobilised Russian assets"): a country qualifying
    # these nouns (right before them, or right after in languages that put the adjective after)
    # is what is spoken of, no party of a cooperative act.
    funding_nouns: tuple[str, ...] = ()
    # Words for a set of actors named before ("die vier Europäer", "les deux dirigeants", "лідери",
    # "dört lider"), as the start of a word; `group_numerals` ("4 vier", "2 deux") say how many.
    # As the subject of an act, the set's members each act.
    group_nouns: tuple[str, ...] = ()
    group_numerals: tuple[str, ...] = ()
    # How many days a meeting named right after these words ("a day after talks in Bucharest", "einen
    # Tag nach Gesprächen", "il giorno dopo i colloqui") lies before the sentence's act; and words
    # right after the meeting that say so ("görüşmelerden bir gün sonra", "회담 다음 날"). Each
    # entry is "N words" ("1 a day after").
    days_after: tuple[str, ...] = ()
    days_after_post: tuple[str, ...] = ()
    # Words that join a companion to a subject ("gemeinsam mit", "together with", "разом з").
    companions: tuple[str, ...] = ()
    # A trigger right after one of these words and ending in one of those endings qualifies a
    # noun ("the jailed critic", "den inhaftierten Kremlkritiker"): what it names is no act here.
    attributive_determiners: tuple[str, ...] = ()
    attributive_endings: tuple[str, ...] = ()
    # Natural hazards ("earthquake", "flood"): when one is what struck, killed or destroyed, no
    # one acted.
    hazards: tuple[str, ...] = ()
    # A state's own instruments ("decree", "law", "указ"): signing one is no act towards another state.
    instruments: tuple[str, ...] = ()
    # Words by which an actor says it will do an act ("would boycott", "is prepared to lift"): the
    # act is its type's `promised` type (a threat or an intent); and words that make it a condition
    # ("unless", "or else"): a threat.
    commitments: tuple[str, ...] = ()
    # Words that say a visit or meeting is planned or expected ("is expected to", "bekleniyor",
    # "من المقرر", "قرار است"): a meeting told with one is announced, an intent to meet (announced.py).
    planned: tuple[str, ...] = ()
    # Endings of a meeting's own verb in the future, with no condition or duty ("görüşecek"): announced.
    planned_tails: tuple[str, ...] = ()
    # Endings of a verb's synthetic future ("lèvera", "visitará", "revocherà"): a trigger whose first
    # word ends so is an act its actor says it will do, as after a commitment word.
    future_endings: tuple[str, ...] = ()
    # Commitment words that say the act is decided ("decided to"): an act of a `decided` type
    # (plover.toml) after one is the act itself, not an intent.
    decisions: tuple[str, ...] = ()
    # Words that report a decision made ("announced", "anunció"): an act of a `decided` type its actor
    # says it will do after one in its sentence is the decided act ("announced it would deny entry").
    announcements: tuple[str, ...] = ()
    # Words right before a demand that make it the purpose of an act named before it ("to press").
    purpose: tuple[str, ...] = ()
    conditions: tuple[str, ...] = ()
    # Words that open a condition ("if", "falls", "якщо"): with a negation in their clause, a threat
    # (stages/events/conditional.py); and endings of a verb that make it a negative condition ("-mezse").
    threat_conditions: tuple[str, ...] = ()
    threat_condition_endings: tuple[str, ...] = ()
    # The positive shape (stages/events/conditional.py): more words that open a condition, words of a
    # hostile act of the other side inside one ("retaliates", "raises"), and words that are the
    # condition and its act in one ("misilleme yaparsa", "報復すれば").
    positive_conditions: tuple[str, ...] = ()
    retaliations: tuple[str, ...] = ()
    retaliation_conditions: tuple[str, ...] = ()
    # Words that open a goal or a condition to be met ("until", "so that", "bis", "jusqu'à ce que"), or
    # close one in a language whose verb ends it ("izin verene kadar"): an act named inside is what is
    # waited for ("sanctions stay until Israel allows aid into Gaza"), no act.
    goals: tuple[str, ...] = ()
    goals_after: tuple[str, ...] = ()
    # Nouns of a plan's points ("five-point consensus", "roadmap") and words that open their list
    # ("include", "mencakup"): an act named in the list after them (or after a colon) is a point
    # agreed or proposed, no act ("consensus: an end of violence ..., humanitarian aid by ASEAN").
    agendas: tuple[str, ...] = ()
    agenda_links: tuple[str, ...] = ()
    # Auxiliaries of the pluperfect ("hatte", "avait", "had"): an act told in it with the name of another
    # month than the report's ("had already expelled two diplomats in December") is background.
    pluperfect: tuple[str, ...] = ()
    # Parts of a day told without its date ("in the evening", "that night", "вечером"): an act told so
    # took place on the day of the last date named before its sentence, not on the report's day.
    same_day: tuple[str, ...] = ()
    # Reports or claims a denial turns down, with the word that opens what they say ("reports that",
    # "сообщения о том", "との報道"): the denial is no refusal between the parties the report names,
    # and what the report says is no act (stages/events/__init__.py `_denied_reports`).
    denied_reports: tuple[str, ...] = ()
    # "N words" for a day some days before the last one named ("1 the day before", "1 sehari
    # sebelumnya", "1 前日"): an act its sentence tells so took place that many days before it.
    days_earlier: tuple[str, ...] = ()
    months: tuple[str, ...] = ()        # the language's month names (dates.toml), when it has `pluperfect`
    # A people named right after one of these ("ethnic Albanians") is a group of the country it
    # lives in, not the state of its name; `resident_links` ("in", "of") name where it lives
    # ("Albanians of southern Serbia"). `people_nouns`: the language's demonyms (demonyms.toml).
    ethnic_markers: tuple[str, ...] = ()
    resident_links: tuple[str, ...] = ()
    people_nouns: frozenset[str] = frozenset()
    # A country named right before one of `border_nouns`, after one of `border_prepositions` a few
    # words back ("on the Thai border", "near the eastern Thai border"), is where the act was, no party.
    border_nouns: tuple[str, ...] = ()
    border_prepositions: tuple[str, ...] = ()
    people_endings: frozenset[str] = frozenset()    # the language's inflection endings ("Albanian|s")
    # The first words of the language's titles (roles.toml): "and" written onto one ("ورئيس") joins
    # the next official to a list, which a title that itself starts so ("وزير") does not.
    title_words: frozenset[str] = frozenset()


class Tables(NamedTuple):
    """What one phrase of the language's lexicon is, in each table it belongs to."""

    triggers: tuple[Trigger, ...] = ()
    cues: tuple[tuple[str, bool], ...] = ()      # (cue kind, any ending may follow)
    topics: tuple[tuple[str, bool], ...] = ()    # (topic, any ending may follow)
    rounds: tuple[bool, ...] = ()                # a round noun (any ending may follow)
    sectors: tuple[tuple[str, bool], ...] = ()   # (actor sector, any ending may follow)


@dataclass(frozen=True)
class LanguageEvents:
    lang: str
    lexicon: Lexicon                # triggers, cues, topics and round nouns: one pass per document
    trigger_count: int
    morph: Morphology
    cues: Cues
    ordinals: dict[str, int] = field(default_factory=dict)
    ordinal_stems: tuple[str, ...] = ()     # ordinal forms of 4+ letters, longest first
    digit_ordinal_suffixes: tuple[str, ...] = ()
    short_cues: re.Pattern[str] | None = None
    short_kinds: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # `[syntax] subject_before_verb`: an actor named only after the verb is its object.
    subject_before_verb: bool = False
    # `[syntax] verb_final`: a verb's actors are named before it; one after it is another clause's.
    verb_final: bool = False
    # `[syntax] object_before_verb`: a verb's object is named before it (SOV); what an accusation
    # charges someone with stands before the accusing verb, so a deed told before it is that charge.
    object_before_verb: bool = False
    # `language.toml` `home`: whom an unqualified national body speaks for without a dateline.
    home: str | None = None
    months: dict[str, int] = field(default_factory=dict)     # a month's folded name -> its number


def _phrases(values: Any) -> tuple[str, ...]:
    return tuple(sorted({fold(str(v)).strip() for v in values or () if str(v).strip()}, key=len, reverse=True))


def _parse_trigger(lang: str, phrase: str, group: dict[str, Any]) -> tuple[str, Trigger]:
    if str(group["type"]).upper() not in event_types():
        raise ResourceError(f"{lang}/events.toml", "triggers.type", f"{group['type']!r} is not a type of plover.toml")
    parts = [p.strip() for p in fold(phrase).split("...")]
    head = parts[0]
    stem = head.endswith("*")
    head = head.rstrip("*").strip()
    trigger = Trigger(
        type=str(group["type"]).upper(), mode=group.get("mode"), stem=stem,
        # Every later word must follow in order, not necessarily adjacent ("sicherte ... unterstützung zu").
        gap=tuple(w for p in parts[1:] for w in p.split()),
        passive=bool(group.get("passive", False)), host=bool(group.get("host", False)),
        weak=bool(group.get("weak", False)),
        strength=float(group.get("strength", 0.9 if " " in head else 0.8)),
        kind=group.get("kind"),
    )
    return head, trigger


@cache
def language(lang: str) -> LanguageEvents:
    """The compiled event data of `lang` (empty when the language has none)."""
    data = resources.load(lang, "events")
    entries: list[tuple[str, Trigger]] = []
    # Written triggers first, then those inflected from the language's lemmas (scripts/build_triggers.py).
    generated = resources.load(lang, "triggers").get("triggers") or []
    for group in [*(data.get("triggers") or []), *generated]:
        for phrase in group.get("words") or []:
            head, trigger = _parse_trigger(lang, phrase, group)
            if head:
                entries.append((head, trigger))
    cue_data = data.get("cues") or {}
    names = resources.load(lang, "morphology").get("names") or {}
    # Every word list is read the same way; the name table adds its locative endings.
    lists: dict[str, Any] = {f.name: _phrases(cue_data.get(f.name)) for f in fields(Cues)
                             if f.type not in ("bool", "frozenset[str]")}
    currencies = (resources.load(lang, "numbers").get("currencies") or {}).values()
    lists["currency_names"] = _phrases(form for forms in currencies for form in forms if len(fold(form).split()) > 1)
    lists["locative_suffixes"] = _phrases(list(cue_data.get("locative_suffixes") or [])
                                          + list(names.get("locative_suffixes") or []))
    demonyms = (resources.load(lang, "demonyms").get("demonyms") or {}).values()
    lists["people_nouns"] = frozenset(fold(form).strip() for forms in demonyms for form in forms)
    inflection = resources.load(lang, "morphology").get("inflection") or {}
    lists["people_endings"] = frozenset(fold(str(e)) for e in inflection.get("suffixes") or ())
    lists["title_words"] = frozenset(fold(str(k)).split()[0] for k in (resources.load(lang, "roles").get("roles") or {})
                                     if fold(str(k)).split())
    months: dict[str, int] = {}
    if lists["pluperfect"]:
        for number, names in (resources.load(lang, "dates").get("months") or {}).items():
            for name in names:
                if len(fold(str(name)).strip()) > 3:      # not "Mai" or "Jan", which other words spell too
                    months[fold(str(name)).strip()] = int(number)
    lists["months"] = _phrases(months)
    cues = Cues(**lists, owner_after=bool(cue_data.get("owner_after", False)))
    table: dict[str, dict[str, list[Any]]] = {}

    def add(key: str, kind: str, payload: Any) -> None:
        slots = table.setdefault(key, {"triggers": [], "cues": [], "topics": [], "rounds": [], "sectors": []})
        if payload not in slots[kind]:
            slots[kind].append(payload)

    for head, trigger in entries:
        add(head, "triggers", trigger)
    short: dict[str, list[str]] = {}
    for name in ("negations", "future", "background", "reference", "reporting", "both_sides", "together", "scene", "plan",
                 "subordinate", "national_bodies", "ceremonies", "hazards", "instruments", "commitments", "planned", "conditions",
                 "purpose", "announcements", "pluperfect", "months", "threat_conditions", "goals", "goals_after",
                 "agendas", "agenda_links",
                 "positive_conditions", "retaliations", "retaliation_conditions",
                 "same_day", "denied_reports"):
        for phrase in getattr(cues, name):
            if len(phrase) <= 3 and phrase.isalpha() and not any(map(is_unspaced, phrase)):
                # Short words ("не", "si") occur inside many words: a regex skips those faster.
                # (Not in a script without spaces: the lexicon finds those inside a run.)
                short.setdefault(name, []).append(phrase)
            else:
                add(phrase.rstrip("*"), "cues", (name, phrase.endswith("*")))
    # One regex for every short cue; `short_kinds` says which kinds a matched word is.
    short_kinds: dict[str, tuple[str, ...]] = {}
    for name, words in short.items():
        for word in words:
            short_kinds[word] = short_kinds.get(word, ()) + (name,)
    # No leading \b: a pattern that starts with its words lets the regex engine skip ahead;
    # the scan checks the start of the word.
    short_cues = re.compile("(?:" + "|".join(map(re.escape, sorted(short_kinds, key=len, reverse=True)))
                            + r")\b") if short_kinds else None
    for topic, words in (resources.load(lang, "topics").get("topics") or {}).items():
        for word in words:
            add(fold(word).rstrip("*"), "topics", (topic, word.endswith("*")))
    ordinal_data = resources.load(lang, "ordinals")
    ordinals = {fold(k): int(v) for k, v in (ordinal_data.get("ordinals") or {}).items()}
    for word in ordinal_data.get("round_nouns") or []:
        add(fold(word).rstrip("*"), "rounds", word.endswith("*"))
    for sector, words in (resources.load(lang, "sectors").get("sectors") or {}).items():
        for word in words:
            add(fold(word).rstrip("*"), "sectors", (sector, word.endswith("*")))
    lexicon = Lexicon([(key, Tables(**{k: tuple(v) for k, v in slots.items()})) for key, slots in table.items()],
                      _AnyTail(prefixes=frozenset(cues.trigger_prefixes)))
    return LanguageEvents(
        lang=lang,
        lexicon=lexicon,
        trigger_count=len({head for head, _ in entries}),
        morph=morphology(lang),
        cues=cues,
        short_cues=short_cues,
        short_kinds=short_kinds,
        ordinals=ordinals,
        ordinal_stems=tuple(sorted((f for f in ordinals if len(f) >= 4), key=len, reverse=True)),
        digit_ordinal_suffixes=_phrases(ordinal_data.get("digit_suffixes")),
        subject_before_verb=bool((data.get("syntax") or {}).get("subject_before_verb", False)),
        verb_final=bool((data.get("syntax") or {}).get("verb_final", False)),
        object_before_verb=bool((data.get("syntax") or {}).get("object_before_verb", False)),
        home=resources.load(lang, "language").get("home"),
        months=months,
    )


@cache
def state_sectors() -> frozenset[str]:
    """`resources/sectors.toml`: the sectors that are organs of the state and act for their country."""
    return frozenset(code for code, spec in resources.read("sectors.toml")["sectors"].items() if spec.get("state"))


@cache
def sovereign() -> dict[str, str]:
    """A territory governed as part of a state, and that state (`_all/territories.toml`)."""
    return dict(resources.load("_all", "territories").get("sovereign") or {})


def _kinds_flagged(flag: str) -> frozenset[str]:
    """`resources/plover.toml`: the kinds whose entry sets `flag`."""
    return frozenset(name for name, spec in (resources.read("plover.toml").get("kinds") or {}).items()
                     if spec.get(flag))


@cache
def own_kinds() -> frozenset[str]:
    """`resources/plover.toml`: the kinds of charge a state brings against its own people."""
    return _kinds_flagged("own")


@cache
def personal_kinds() -> frozenset[str]:
    """`resources/plover.toml`: the kinds of an official's own step (resigning), taken alone by an official
    named by title only."""
    return _kinds_flagged("personal")


@cache
def located_kinds() -> frozenset[str]:
    """`resources/plover.toml`: the kinds of act done at a place though their type's acts may not be."""
    return _kinds_flagged("located")


@cache
def reason_kinds() -> frozenset[str]:
    """`resources/plover.toml`: the kinds of accusation given as another act's reason, which charge no one
    with that act."""
    return _kinds_flagged("reason")


@cache
def crowd_kinds() -> frozenset[str]:
    """`resources/plover.toml`: the kinds of force used against a crowd, whose protest is reported with them."""
    return _kinds_flagged("crowd")


@cache
def together_kinds() -> frozenset[str]:
    """`resources/plover.toml`: the kinds of act the sides do in one place (signing), which done at
    a place named is also a meeting of them."""
    return _kinds_flagged("together")


@cache
def _together_modes() -> frozenset[str]:
    return frozenset(spec["mode"] for name, spec in (resources.read("plover.toml").get("kinds") or {}).items()
                     if spec.get("together") and spec.get("mode"))


@cache
def _said_kinds() -> frozenset[str]:
    return _kinds_flagged("said")


@cache
def _said_modes() -> frozenset[str]:
    return frozenset(spec["mode"] for name, spec in (resources.read("plover.toml").get("kinds") or {}).items()
                     if spec.get("said") and spec.get("mode"))


def said(trig: Trigger) -> bool:
    """Whether a trigger's act is words said where the speaker is (praise, thanks): its kind says so,
    or, written by hand (no kind), its mode is that of such a kind."""
    return trig.kind in _said_kinds() if trig.kind is not None else trig.mode in _said_modes()


def together(trig: Trigger) -> bool:
    """Whether a trigger's act is one the sides do in one place: its kind says so, or, written by
    hand (no kind), its mode is that of such a kind."""
    return trig.kind in together_kinds() if trig.kind is not None else trig.mode in _together_modes()


@cache
def at_host_kinds() -> frozenset[str]:
    """`resources/plover.toml`: the kinds of taking part in a gathering, whose doers meet its host."""
    return _kinds_flagged("at_host")
