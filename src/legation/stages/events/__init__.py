"""The `events` stage: who did what to whom, when and where (PLOVER).

One pass of the language's trigger lexicon over the text finds candidate acts.
Each trigger is kept only when it reports a past act: not negated, not a plan
or hypothetical (those are AGREE only when an AGREE trigger says so), not a
background clause, not inside a reference to an earlier act ("in response to
the expulsion of ..."). Roles come from sentence structure: the first group of
actors acts, the next group with other countries is acted upon; a passive or
an agent marker turns that round; a sentence that names no pair continues the
article's first event (its dyad).

Dates: a date stated in the sentence; otherwise the date of an event of the
same type and pair stated elsewhere in the article; otherwise the date of the
scene the article is describing (the last explicitly dated event); otherwise
the dateline's date; otherwise the publication date (news reports current
acts). Locations: a locative place in the sentence, else a building named as
the venue ("im Kanzleramt": the dateline's city or the capital), else the
scene's place, else the dateline's place (for acts of its day and the lead's
recent act), each only when it lies in one of the two countries (a third
country only when stated with a consultation: a third-party venue). A phone
call has no venue, nor has what the pair agreed during it. Without a
publication date, dates come from the text and lower the confidence.
"""

from __future__ import annotations

import bisect
from collections.abc import Callable, Container, Mapping, Sequence
import datetime as dt
from dataclasses import dataclass, field, replace
import re
from functools import cache, partial
from typing import cast

from ... import gazetteer
from ...document import Actor, Document, Event, Evidence, Location
from ...deadline import check as check_deadline
from ...pipeline import stage
from ...resources.event_types import EventType, event_types
from ...settings import Settings
from ...text.fold import fold, is_unspaced
from ...text.spans import Cover
from . import actors as actors_mod
from ..dates import DateMention, Dateline, news_day
from .actors import ActorMention, PlaceMention, split_party
from .._lexicons import gives_as, giving_body
from ..publisher import press_country
from .organs import own_body, welcomed_together
from .scenes import passive_scene, victims_not_accused
from .data import Cues, LanguageEvents, Trigger, at_host_kinds, crowd_kinds, language, located_kinds, own_kinds, \
    personal_kinds, reason_kinds, said, sovereign, state_sectors, together
from . import agenda, agreed, alleged, announced, attendance, bodies, company, conditional, domestic, story, timing
from ..figures import aid as figure_aid
from . import places as places_mod
from .detail import CLAUSE_BREAKS, CueHit, Scan, clause, has_cue, round_number, topics, word_end

_SCENE_REACH = 16             # characters between "during" and the meeting noun it opens
_SPEAKER_REACH = 40           # characters between a reporting verb and the speaker's name
_NEGATION_WINDOW = 32         # characters around a trigger a negation may sit in
_INFERRED_DATE_PENALTY = 0.2  # a date resolved without a publication date may be a year off
_GOVERNMENT_KINDS = ("person", "institution", "place")
_MODE_RANK = {"phone": 4, "visit": 3, "third-party": 2, "meeting": 1, None: 0}
# Caps per sentence, so that its work grows with its length and not with the square of it:
# each trigger looks at every actor, date and trigger of its sentence. A sentence of news
# names a handful of each; beyond these it is a list or a run-on, and the rest is not read.
_MAX_TRIGGERS = 24
_MAX_ACTORS = 48
_PROTEST = "PROTEST"          # the type a coercive act on protesters reports beside it


@dataclass
class Candidate:
    type: str
    trigger: Trigger
    source: ActorMention | None
    target: ActorMention | None
    sentence: int
    start: int
    end: int
    date: DateMention | None = None
    scene_date: str | None = None
    scene_place: PlaceMention | None = None
    place: PlaceMention | None = None
    round: int | None = None
    explicit: int = 0            # how many of the two actors the sentence names
    place_stated: bool = True    # the place is named as where the act happened, not a building or capital
    scene_codes: frozenset[str] = frozenset()   # the sides of the acts the scene's place was stated for
    dated_by: int | None = None  # the next sentence, when the act took the day it states


@dataclass
class _Merged:
    event: Event
    sentences: list[int] = field(default_factory=list)
    cameo_mode: str | None = None
    placed_by_context: bool = False     # the location is the scene's or the dateline's, not stated


_CIVILIANS = "CVL"     # a country's people, outside its state (resources/sectors.toml)


def _triggers(lang: LanguageEvents, scan: Scan) -> list[tuple[int, int, Trigger, int]]:
    """Trigger hits whose word endings fit, longest first where they overlap."""
    folded = scan.folded
    found = []
    accepts = lang.morph.accepts
    gap_words: list[tuple[int, int, int, int]] = []      # a gap word's span, and its phrase's head
    # A phrase's later words at one hit, read once: the same phrase comes written by hand and inflected.
    follows: dict[tuple[int, int, tuple[str, ...]], list[tuple[int, int]] | None] = {}
    # One hit holds many triggers (an English verb begins dozens of phrases): what only the hit
    # decides (whether its ending fits, where its clause ends, where a later word is) is read once.
    last_hit = None
    tail_fits: bool | None = None
    clause_end = -1
    places: dict[tuple[str, int], int] = {}
    for hit, trig in scan.triggers:
        if hit is not last_hit:
            last_hit, tail_fits, clause_end, places = hit, None, -1, {}
        if not trig.stem and hit.end != hit.key_end:
            if tail_fits is None:
                tail_fits = accepts(folded[hit.key_end:hit.end])
            if not tail_fits:
                continue
        if trig.gap:
            key = (hit.start, hit.end, trig.gap)
            if key in follows:
                follow = follows[key]
            else:
                if clause_end < 0:
                    clause_end = clause(scan, hit.start, len(folded), hit.start, hit.end)[1]
                follow = follows[key] = _gap_words_follow(folded, hit.end, trig.gap, clause_end, places)
            if follow is None:
                continue
            gap_words.extend((s, e, hit.start, hit.end) for s, e in _joined(follow, folded))
        found.append((hit.start, hit.end, trig, hit.key_end))
    if gap_words:
        # Words that complete a longer phrase are part of that act, not an act of their own:
        # "lifted its veto" is no veto, "halted its air strikes" no air strike. A phrase that
        # holds the longer phrase's own verb too ("a été appelé à") is a reading of its own.
        # So is a phrase whose first word is a later word of a phrase begun before it: "lifted its
        # ban on flights" is no ban.
        found = [f for f in found if not any(
            s < f[1] and f[0] < e and not (f[0] <= head and head_end <= f[1])
            and (not f[2].gap or head < f[0] and s <= f[0] < e) for s, e, head, head_end in gap_words)]
        # An announcement read with a later word as an act ("announced ... sanctions") names another
        # act told between the two ("announced the lifting of sanctions", "a pause of tariffs"): that
        # act is what was announced, and the announcement no act of the later word's type.
        announced = scan.cues.get("announcements")
        if announced:
            reach: dict[tuple[int, int], int] = {}
            for s, _, head, head_end in gap_words:
                reach[(head, head_end)] = max(reach.get((head, head_end), -1), s)
            found = [f for f in found if not (
                f[2].gap and any(c.begin < f[1] and f[0] < c.finish for c in announced)
                and any(o[2].type != f[2].type and f[1] <= o[0] < reach.get((f[0], f[1]), -1) for o in found))]
    # At the same words, the trigger that spells more of them comes first, and a phrase before
    # the same word alone ("trafen ... ein", arrived, before "trafen", met).
    found.sort(key=lambda t: (-(t[1] - t[0]), t[0], -(t[3] - t[0]), not t[2].gap))
    taken = Cover(len(folded))
    spans: set[tuple[int, int]] = set()
    same: set[tuple[int, int, int]] = set()
    typed: set[tuple[int, int, str]] = set()
    spelled: set[tuple[int, int]] = set()
    chosen = []
    for start, end, trig, key_end in found:
        # Another type at the very same words still counts ("signed ... memorandum").
        if taken.overlaps(start, end) and (start, end) not in spans:
            continue
        # ... unless a phrase spells those words whole and this one reads their last word only through
        # an ending ("استدعاء سفيرها", recalling its own ambassador, is no "استدعاء سفير", a summons).
        if not trig.gap and key_end < end and (start, end) in spelled:
            continue
        if not trig.gap and key_end == end:
            spelled.add((start, end))
        # The same type read twice at the same words is one act, as the longer key spells it:
        # "초치됐다" is the passive "초치됐*" (was summoned), not the active "초치*" (summoned).
        if (start, end, trig.type) in typed and not trig.gap:
            continue
        typed.add((start, end, trig.type))
        # The same trigger written by hand and inflected from a lemma is one hit.
        plain = _plain_id(trig)
        if (start, end, plain) in same:
            continue
        same.add((start, end, plain))
        taken.take(start, end)
        spans.add((start, end))
        chosen.append((start, end, trig, key_end))
    table = event_types()
    # "received ... a tranche": the verb of a meeting that a longer phrase reads as another act
    # names no meeting (what was received is a thing, not a guest).
    other_acts = {(s, e) for s, e, t, _ in chosen if t.gap and not _meets(table, t)}
    # So does the verb of a plan ("megállapodtak ... Ukrajna-eszközről", "agreed ... facility"):
    # what was agreed is the act the longer phrase names (aid, sanctions).
    if other_acts:
        chosen = [c for c in chosen if c[2].gap or not (_meets(table, c[2]) or _plans(table, c[2], other_acts, c))
                  or (c[0], c[1]) not in other_acts]
    # A verb read alone as a saying and, with the words after it, as a deed ("a condamné ... à deux ans
    # de prison", "verurteilte ... zu zwei Jahren Haft") names the deed: a sentence, not a condemnation.
    deeds = {(s, e) for s, e, t, _ in chosen if t.gap and t.type in table and not table[t.type].verbal}
    if deeds:
        chosen = [c for c in chosen if c[2].gap or (c[0], c[1]) not in deeds
                  or not (c[2].type in table and table[c[2].type].verbal and table[c[2].type].charges)]
    return sorted(chosen, key=lambda t: t[0])


def _fronted(scan: Scan, sent: tuple[int, int], ref: CueHit,
             hits: list[tuple[int, int, Trigger, int]]) -> tuple[int, int] | None:
    """The span of a reference that opens its clause, before the act that answers it ("Als Reaktion
    auf die Gräueltaten in Butscha weist Deutschland 40 Diplomaten aus", "In response to the
    sanctions, Russia banned ..."): up to the comma that closes it, else up to the sentence's last
    trigger (the verb that follows the fronted phrase). None when the reference follows the act."""
    c_start, c_end = clause(scan, sent[0], sent[1], ref.begin, ref.finish)
    if any(ch.isalpha() for ch in scan.folded[c_start:ref.begin]):
        return None
    if c_end < sent[1]:
        return (ref.begin, c_end) if any(h[0] >= c_end for h in hits) else None
    last = max((h[0] for h in hits if h[0] >= ref.finish), default=None)
    return (ref.begin, last) if last is not None else None


def _plans(table: Mapping[str, EventType], trig: Trigger, other_acts: set[tuple[int, int]],
           hit: tuple[int, int, Trigger, int]) -> bool:
    info = table.get(trig.type)
    return info is not None and info.plans and (hit[0], hit[1]) in other_acts


def _joined(spans: list[tuple[int, int]], folded: str) -> list[tuple[int, int]]:
    """Sorted word spans with only spaces between them joined into one ("air", "strikes")."""
    out: list[tuple[int, int]] = []
    for start, end in spans:
        if out and start >= out[-1][1] and not folded[out[-1][1]:start].strip():
            out[-1] = (out[-1][0], max(end, out[-1][1]))
        else:
            out.append((start, end))
    return out


def _meets(table: Mapping[str, EventType], trig: Trigger) -> bool:
    info = table.get(trig.type)
    return info is not None and info.meeting


# A trigger's identity without its strength, as one number: the id of the one object that stands
# for every trigger equal to it but for strength (the hand-written and the lemma-inflected one).
# Triggers are the language tables' own objects, so both dicts stay as small as the tables;
# each entry holds its trigger, whose id therefore cannot be reused.
_PLAIN_IDS: dict[int, tuple[Trigger, int]] = {}
_PLAIN: dict[Trigger, Trigger] = {}


def _plain_id(trig: Trigger) -> int:
    got = _PLAIN_IDS.get(id(trig))
    if got is None:
        plain = replace(trig, strength=0.0)
        got = _PLAIN_IDS[id(trig)] = (trig, id(_PLAIN.setdefault(plain, plain)))
    return got[1]


def _gap_words_follow(folded: str, end: int, words: tuple[str, ...], clause_end: int,
                      places: dict[tuple[str, int], int]) -> list[tuple[int, int]] | None:
    """Where `words` follow in order after `end` in the clause ("bestellte ... ein"); None if they do not.
    `places` keeps where a word was found from a position, for the other phrases of the same hit."""
    pos = end
    spans = []
    for word in words:
        idx = places.get((word, pos))
        if idx is None:
            # Most phrases' words are not in the clause at all: one search says so.
            idx = places[(word, pos)] = _find_word(folded, word, pos, clause_end) \
                if folded.find(word.rstrip("*"), pos, clause_end) >= 0 else -1
        if idx < 0:
            return None
        pos = idx + len(word)
        bare = word.rstrip("*")
        # The whole word in a spaced script ("blockade" of "blockade*"); just the word in one without spaces.
        spans.append((idx, idx + len(bare) if bare and is_unspaced(bare[-1]) else word_end(folded, idx)))
    return spans


def _gap_end(scan: Scan, start: int, end: int, words: tuple[str, ...]) -> int | None:
    """Where the last of a trigger's later words ends ("réaffirmé ... soutien": after "soutien")."""
    folded = scan.folded
    _, clause_end = clause(scan, start, len(folded), start, end)
    pos = end
    for word in words:
        idx = _find_word(folded, word, pos, clause_end)
        if idx < 0:
            return None
        pos = word_end(folded, idx + len(word.rstrip("*")))
    return pos


def _find_word(folded: str, word: str, start: int, end: int) -> int:
    """Where `word` starts as a whole word in `folded[start:end]`; a trailing "*" lets it take any ending."""
    free_end = word.endswith("*")
    word = word.rstrip("*")
    if word and is_unspaced(word[-1]):
        free_end = True               # a word without spaces ends anywhere ("签署...协议")
    unspaced_start = bool(word) and is_unspaced(word[0])
    pos = folded.find(word, start, end)
    while pos >= 0:
        before_ok = pos == 0 or unspaced_start or not folded[pos - 1].isalnum()
        after = pos + len(word)
        if before_ok and (free_end or after >= len(folded) or not folded[after].isalnum()):
            return pos
        pos = folded.find(word, pos + 1, end)
    return -1


def _reports_past_act(lang: LanguageEvents, scan: Scan, c_start: int, c_end: int, start: int, end: int,
                      trig: Trigger, key_end: int) -> bool:
    """False for negated and planned/hypothetical mentions (`c_start:c_end`: the trigger's clause)."""
    folded = scan.folded
    tail = folded[key_end:max(end, word_end(folded, end))]
    if tail.startswith(lang.cues.negation_tails):
        return False
    info = event_types().get(trig.type)
    # The trigger's own words may hold a negation ("nicht gerechtfertigt"): look around it. After a
    # demand, a negation is what is demanded ("a appelé la Chine à ne pas livrer d'armes").
    if has_cue(scan, "negations", max(c_start, start - _NEGATION_WINDOW), start) or \
            (info is None or not info.addressed) and has_cue(scan, "negations", end, min(c_end, end + _NEGATION_WINDOW)):
        return False
    # A design someone says another has is often a plan ("planned to overthrow"): the saying is the act.
    if (info is None or not info.pledge) and trig.kind not in alleged.reported_kinds():
        if tail.startswith(lang.cues.future_tails) or tail.endswith(lang.cues.future_tails):
            return False
        # What a saying says follows it ("demanded that Norway drop plans to build ...", "will not
        # sign the accord if tariffs rise"): a plan or condition there is its content, not its mood.
        if _future_cue(scan, c_start, end if info is not None and info.verbal else c_end, start, end):
            return False
    return True


def _future_cue(scan: Scan, c_start: int, c_end: int, start: int, end: int) -> bool:
    """Whether the clause holds a future or intent cue other than the trigger's own words
    ("agreed to ... demands" is the act's wording; "agreed to lift sanctions" an intent)."""
    hits = scan.cues.get("future") or []
    for cue in hits[bisect.bisect_left(hits, (c_start,)):]:
        if cue.finish > c_end:
            break
        if not (start <= cue.begin and cue.finish <= end):
            return True
    return False


def _speaker(scan: Scan, actors: list[ActorMention], end: int,
             sent_end: int) -> ActorMention | None:
    """Who reports the act when a reporting clause follows it ("..., teilte das Außenministerium mit",
    "..., the minister said"): the actor right after the reporting verb, or right before it."""
    folded = scan.folded
    m = has_cue(scan, "reporting", end, sent_end)
    if m is None:
        return None
    after = next((a for a in actors if m.end() <= a.start <= m.end() + _SPEAKER_REACH), None)
    if after is not None:
        return after
    before = [a for a in actors if end <= a.start and a.end <= m.start() and m.start() - a.end <= _SPEAKER_REACH
              and "," not in folded[a.end:m.start()]]
    return before[-1] if before else None


def _roles(trig: Trigger, info: EventType, actors: list[ActorMention], start: int, end: int,
           sent_start: int, sent_end: int, lang: LanguageEvents, scan: Scan,
           primary: tuple[ActorMention, ActorMention] | None
           ) -> tuple[list[tuple[ActorMention | None, ActorMention | None]], int]:
    """(source, target) pairs for one trigger and how many of the pair the sentence names."""
    folded = scan.folded
    words = _pair_words(actors, folded)
    for word in words:
        if 0 <= start - word[-1].end <= _PAIR_SUBJECT_GAP:
            # "북·러가 체결한 조약": the countries of a pair word right before the act are its two sides
            # (of a word naming three, each pair).
            return [(a, b) for n, a in enumerate(word) for b in word[n + 1:]], 2
    if words and not info.symmetric:
        # The letters of a pair word inside the sentence ("북·러 조약 체결에 항의하고") name one thing,
        # not sides of the act; only a pair word that opens the sentence ("한미 양국은") is its subject.
        opening = folded[sent_start:].lstrip()
        opens = sent_start + len(folded[sent_start:]) - len(opening)
        inner = {(a.start, a.end) for word in words if word[0].start != opens for a in word}
        if inner:
            actors = [a for a in actors if (a.start, a.end) not in inner]
    if trig.kind in alleged.reported_kinds():
        accused = alleged.sides(actors, scan.cues.get("reporting") or [], sent_start, start, scan.folded)
        return (accused, 2) if accused else ([], 0)
    if not info.symmetric:
        relative = _relative_clause(folded, lang.cues, actors, sent_start, sent_end, start, end)
        if relative is not None:
            return relative
    return _roles_inner(trig, info, actors, start, end, sent_start, sent_end, lang, scan, primary)


_RELATIVE_WORDS = 3        # words at most between a relative pronoun and its clause's verb ("which had voted")
_RELATIVE_REACH = 80       # characters at most from the pronoun to a clause-final verb ("das ... blockierte")
_CLAUSE_MARK = re.compile(r"[,;:()\u060c\u3001]")


@cache
def _relative_pattern(relatives: tuple[str, ...], bare: tuple[str, ...]) -> re.Pattern[str] | None:
    """The start of a relative clause right after its antecedent: a comma and a relative pronoun, or a
    pronoun that needs no comma."""
    def alt(words: tuple[str, ...]) -> str:
        return "|".join(re.escape(w) for w in sorted(words, key=len, reverse=True))
    parts = ([rf"\s*,\s*(?:{alt(relatives)})"] if relatives else []) + \
        ([rf"\s*,?\s*(?:{alt(bare)})"] if bare else [])
    return re.compile(rf"(?:{'|'.join(parts)})(?!\w)") if parts else None


def _relative_clause(folded: str, cues: Cues, actors: list[ActorMention], sent_start: int, sent_end: int,
                     start: int, end: int) -> tuple[list[tuple[ActorMention | None, ActorMention | None]], int] | None:
    """The sides of an act inside a relative clause ("Romania condemned Austria, which voted against its
    accession", "..., care a votat împotriva ...", "..., которая проголосовала против ..."): its actor
    is the clause's antecedent, the actor named right before the relative pronoun, not the main
    clause's subject. Its other side is an actor the clause names (before a clause-final verb, "das die
    Sanktionen gegen Russland blockierte", or after the verb), else the main clause's first actor
    (whose accession "its" speaks of). None when the act is not the verb of such a clause: the
    pronoun's clause must reach the act with no comma between, the verb a few words after the pronoun
    or ending the clause."""
    pattern = _relative_pattern(cues.relatives, cues.bare_relatives)
    if pattern is None:
        return None
    before = [a for a in actors if sent_start <= a.start and a.end <= start]
    for i in range(len(before) - 1, -1, -1):
        ante = before[i]
        m = pattern.match(folded, word_end(folded, ante.end))
        if m is None:
            continue
        gap = folded[m.end():start]
        if _CLAUSE_MARK.search(gap):
            return None
        inner = [a for a in before[i + 1:] if a.code != ante.code and not a.locative]
        rest = folded[word_end(folded, end):sent_end].strip()
        clause_final = not rest.strip(".!?\u3002") or _CLAUSE_MARK.match(rest) is not None
        if len(gap.split()) > _RELATIVE_WORDS and not (clause_final and len(gap) <= _RELATIVE_REACH):
            return None
        stop = _CLAUSE_MARK.search(folded, end, sent_end)
        after = [a for a in actors if end <= a.start < (stop.start() if stop else sent_end)
                 and a.code != ante.code and not a.locative]
        main = [a for a in before[:i] if a.code != ante.code and not a.locative]
        other = (inner or after or main or [None])[0]
        return [(ante, other)], 2 if other is not None else 1
    return None


_SUBJECT_KINDS = ("person", "sector")   # a subject named as someone, not a country a noun may qualify
_PAIR_SUBJECT_GAP = 3      # "북·러가 체결한": a particle between a pair word and the act


def _pair_words(actors: list[ActorMention], folded: str) -> list[tuple[ActorMention, ...]]:
    """Neighbouring one-letter country mentions: the letters of a pair word ("한미", "북·러"), or
    of a word naming three ("한미일")."""
    if not any(a.end - a.start == 1 for a in actors):
        return []             # (the common case) no mention is one letter long
    out: list[tuple[ActorMention, ...]] = []
    run: list[ActorMention] = []
    for a in actors:
        if run and actors_mod.letters_of_one_word(run[-1], a, folded) and not is_unspaced(folded[a.start]):
            run.append(a)
            continue
        if len(run) >= 2:
            out.append(tuple(run))
        run = [a]
    if len(run) >= 2:
        out.append(tuple(run))
    return out


def _trio_word(actors: list[ActorMention], folded: str, begin: int, finish: int) -> bool:
    """Whether the words at `begin:finish` are letters of a word that names three or more countries
    by a letter each ("한미" in "한미일")."""
    run: list[ActorMention] = []
    for a in actors:
        if run and actors_mod.letters_of_one_word(run[-1], a, folded):
            run.append(a)
        else:
            if len({b.code for b in run}) >= 3 and run[0].start <= begin and finish <= run[-1].end + 1:
                return True
            run = [a] if a.end - a.start == 1 else []
    return len({b.code for b in run}) >= 3 and run[0].start <= begin and finish <= run[-1].end + 1


def _roles_inner(trig: Trigger, info: EventType, actors: list[ActorMention], start: int, end: int,
                 sent_start: int, sent_end: int, lang: LanguageEvents, scan: Scan,
                 primary: tuple[ActorMention, ActorMention] | None
                 ) -> tuple[list[tuple[ActorMention | None, ActorMention | None]], int]:
    folded = scan.folded
    if lang.subject_before_verb and not info.symmetric:
        actors = _coordinated_clauses(scan, lang.cues, actors, sent_start, sent_end, start, end, trig.passive)
    both = has_cue(scan, "both_sides", sent_start, start)
    if both is not None and _trio_word(actors, folded, both.begin, both.finish):
        both = None                   # "한미일": the pair word is part of a word naming three sides
    if both is not None and not info.symmetric and not info.plans:
        # "한미 양국은 ... 북한의 파병을 규탄했다": both sides (the article's pair, or the countries the
        # cue itself names) act on a third country named after them.
        named = [a for a in actors if both.begin <= a.start and a.end <= both.finish]
        sides = named if len({a.code for a in named}) >= 2 else list(primary) if primary else []
        codes_ = {a.code for a in sides}
        third = next((a for a in actors if a.code not in codes_ and both.finish <= a.start < start
                      and not a.locative and a.kind == "country" and "," not in folded[a.end:start]), None)
        if len(codes_) >= 2 and third is not None:
            # Not the article's pair: each side's act on the third is one of its own.
            return [(a, third) for a in {a.code: a for a in sides}.values()], 1
    if primary and both is not None:
        return [primary], 1           # "both sides", "the parties": the article's dyad
    actors = [a for a in actors if not a.depended]
    if (info.meeting or info.plans or info.intensity > 0) and any(a.topic for a in actors):
        # "Az EU-csúcs Ukrajnáról tárgyalt": what a meeting or decision is about is no party of it,
        # nor does it make the meeting one with the article's other side.
        actors = [a for a in actors if not a.topic]
        if actors and len({a.code for a in actors}) < 2:
            return [], 0
    # An organisation named right after the act is its party, even in a locative ("froze its
    # participation in the CSTO", "заморозила участие в ОДКБ"), not the act's setting.
    if info.meeting:
        # "attended the APEC leaders' meeting": the organisation a gathering is named after is its
        # setting, never whom the attendee met.
        actors = [a for a in actors if not a.gathering]
    settled = [a for a in actors if not a.locative or ((a.participant or a.broker) and info.meeting)
               or (a.kind == "org" and a.start >= end and not (a.gathering and info.meeting)
                   and len(folded[end:a.start].split()) <= _ORG_AFTER_WORDS)]
    everyone = actors
    if len({a.code for a in settled}) >= 2:
        actors = settled              # "in the EU" is a setting unless nothing else can act
    merged = actors_mod.collapse(actors)
    codes = list(dict.fromkeys([a.code for a in merged]))
    primary_codes = {primary[0].code, primary[1].code} if primary else set()
    if not codes:
        return ([primary], 0) if primary else ([], 0)
    if len(codes) == 1:
        if trig.passive and not merged[0].agent or \
                actors_mod.acted_upon(merged[0], folded, start, lang.cues, info.addressed):
            return [(None, merged[0])], 1
        if primary and codes[0] in primary_codes:
            lead = merged[0]
            if not info.symmetric and not info.verbal and actors_mod.destined(lead, folded, lang.cues):
                # "Қазақстанға ... күштерін жіберді": the one side named is where the act went to.
                return [(primary[1] if primary[0].code == lead.code else primary[0], lead)], 1
            if not info.symmetric and lead.start < start and not lead.locative \
                    and (lead.seat or lead.kind == "person"
                         or _opens(folded[sent_start:lead.start], lang.cues.articles)):
                # "Hungary rejected the criticism": the one side named opens the sentence and acts;
                # so does the seat of an impersonal sentence ("В Москве пообещали ответить").
                other = primary[1] if primary[0].code == lead.code else primary[0]
                return [(lead, other)], 1
            return [primary], 1
        if lang.subject_before_verb and merged[0].start > end and not trig.passive and not merged[0].agent:
            return [(None, merged[0])], 1     # "a convoqué l'ambassadeur d'Iran": the one side named is the object
        return [(merged[0], None)], 1
    if info.symmetric:
        if trig.mode == "visit" and not trig.host:
            # "Sánchez, Costa and Frederiksen arrived in Chisinau": those who travel together each visit
            # the host (named as the place, or as a side after the verb), not one another.
            travellers = _groups(scan, merged, lang, titles=True)[0]
            # A gapped phrase may hold the list ("ist gemeinsam mit Macron nach Madrid gereist").
            limit = (_gap_end(scan, start, end, trig.gap) or start) if trig.gap else start
            if len({a.code for a in travellers}) >= 2 and travellers[-1].end <= limit:
                went = {a.code for a in travellers}
                hosts = [a for a in merged if a.code not in went and a.start >= end]
                if not hosts and len(merged) == len(travellers):
                    return [(a, None) for a in travellers], 1
                if hosts:
                    return [(a, h) for a in travellers for h in hosts[:1]], 2
        parties: dict[str, ActorMention] = {}
        # Three parties need three codes: with fewer, the groups are not looked at.
        joined = _groups(scan, merged, lang, titles=True)[:2] if len(codes) >= 3 else []
        if len(joined) == 2 and len({a.code for a in joined[0]}) >= 2 and not _next_to(folded, joined[1], start, end) \
                and not company.titled_after(folded, lang.cues, joined[1], end):
            # "France, Germany and Poland met ... on support for Ukraine": what they talked about, not a party.
            joined = joined[:1]
        for group in joined:
            for a in group:
                parties.setdefault(a.code, a)
        met = False
        if info.meeting and joined:
            # "talks of Russia and Ukraine with the participation of Turkey's foreign minister": a third party.
            # So is the host or mediator of the talks ("talks hosted by China", "при посредничестве
            # Китая"): it consulted each side, though it is no party of what they agreed.
            for a in merged:
                if (a.participant or a.broker) and a.code not in parties:
                    parties[a.code] = a
                    met = True
        if info.meeting and len(codes) >= 3 and joined and joined[0][0].start < start:
            # "Macron and von der Leyen met Xi in Beijing", "Pashinyan met von der Leyen and Blinken":
            # whom the subjects met, named after the verb by an official, is a party however far
            # from it; a country named bare is what they talked about.
            # Before a final verb ("... Blinken ile görüştü") the officials after the subjects count too.
            subjects_end = joined[0][-1].end
            for n, a in enumerate(merged):
                if a.locative or a.code in parties or a.start < subjects_end:
                    continue
                if a.start >= end:
                    added = _official_of(actors, a, end)
                else:
                    # Before the verb: an official in a list ("... von der Leyen ve ABD Dışişleri Bakanı
                    # Blinken ile görüştü"), joined to the one before by a conjunction.
                    gap = folded[merged[n - 1].end:a.start].split() if n else []
                    added = bool(gap) and gap[0] in lang.cues.conjunctions and _official_of(actors, a, a.start)
                if added:
                    parties[a.code] = a
                    met = True
        if len(parties) >= 3 and (any(len({a.code for a in g}) >= 2 for g in joined) or met):
            # "Kazakhstan, Uzbekistan and Kyrgyzstan met": a meeting of n parties is every pair.
            sides = list(parties.values())
            if trig.mode == "visit" and not trig.host and joined and joined[0][-1].end <= start:
                # "visited China and Japan": a trip to each, not a meeting of the two it went to.
                travellers = {a.code for a in joined[0]}
                return [(a, b) for n, a in enumerate(sides) for b in sides[n + 1:]
                        if a.code in travellers or b.code in travellers], 2
            if (not trig.host or trig.passive) and joined and joined[0][-1].end <= start:
                # "the leaders of France, Germany, Britain and Poland met Zelensky": three or more
                # states that came together are one side; each met the host named after the verb
                # (or, in the passive, by whom they "were received": "wurden ... von Selenskyj empfangen").
                subjects = {a.code: a for a in joined[0]}
                # "... liderleri Ukrayna Devlet Başkanı ile görüştü": an official before a final verb.
                met_before = {a.code for g in joined[1:] for a in g
                              if not lang.subject_before_verb and not trig.passive
                              and company.titled_before(folded, lang.cues, g, start)}
                hosts = [a for a in sides if a.code not in subjects
                         and (a.start >= (start if trig.passive else end) or a.code in met_before)]
                if len(subjects) >= 3 and hosts:
                    return [(a, h) for a in subjects.values() for h in hosts], 2
            return [(a, b) for n, a in enumerate(sides) for b in sides[n + 1:]], 2
        if primary and primary_codes <= set(codes):
            return [primary], 2
        first = merged[0]
        second = next(a for a in merged if a.code != first.code)
        if info.meeting and first.kind == "org" and first.start < start and second.start >= end \
                and second.kind == "country" and not _next_to(folded, [second], start, end) \
                and not _official_of(actors, second, end):
            # "The UN Security Council met to discuss North Korea's launch": a body's sitting on a
            # country is no meeting with it.
            return [], 0
        return [(first, second)], 2
    # Who said it acts when the act is a saying ("..., the ministry said" after a condemnation);
    # who reports a deed ("aid landed in Kabul, officials said") did not do it.
    speaker = _speaker(scan, merged, end, sent_end) if info.verbal else None
    if speaker is not None and lang.subject_before_verb and not trig.passive \
            and any(a.start < start and not a.locative and a.kind in _SUBJECT_KINDS
                    and _same_clause(scan, a.end, start) for a in merged):
        # "A Chilean exporter is suing Peru ..., its Peruvian counsel said": the subject
        # named before the act in its clause acts; who reports it does not.
        speaker = None
    if speaker is not None:
        other = next((a for a in merged if a.code != speaker.code), None)
        if other is not None:
            return [(speaker, other)], 2
    groups = _groups(scan, merged, lang)
    agents = [a for a in merged if a.agent]
    if agents and not trig.passive and merged[0].start < start:
        # "X condemned the arrest ... by Y": the agent belongs to a noun, X is the subject.
        agents = []
    if trig.passive and not agents:
        # A body named in the passive's own words ("Dışişleri Bakanlığına çağrılan İsveç Büyükelçisi",
        # summoned to the ministry) is where the act was done from: it acts.
        agents = [a for a in merged if start <= a.start < end and a.kind == "institution"][:1]
    if trig.passive or agents:
        targets = groups[0] if not (agents and agents[0] in groups[0]) else []
        if agents:
            sources = [agents[0]]
            if not targets:
                targets = next((g for g in groups if all(a.code != agents[0].code for a in g)), [])
        else:
            sources = next((g for g in groups[1:] if all(a.code not in {t.code for t in targets} for a in g)
                            and not passive_scene(g, end, lambda a, b: _same_clause(scan, a, b)
                                                  and has_cue(scan, "subordinate", a, b) is None)), [])
            before = [g for g in groups if g[-1].end <= start]
            if len(before) >= 2 and has_cue(scan, "reporting", before[-2][-1].end, before[-1][0].start):
                # "МИД Азербайджана сообщил, что посол Ирана был вызван": the passive's subject is
                # the one next to it; who reports the summons made it.
                targets, sources = before[-1], before[-2]
    else:
        if lang.subject_before_verb and merged[0].start > start:
            # "summoned the Russian ambassador": every actor is an object.
            src = None
            if primary:
                src = next((p for p in primary if p.code not in {a.code for a in groups[0]}), None)
            return [(src, t) for t in groups[0]] if src else [], 1
        titled = _groups(scan, merged, lang, titles=True)
        if len(titled[0]) > len(groups[0]) and titled[0][-1].end <= start:
            # "Macron et la présidente de la Commission européenne ont appelé Xi à ...": both ask.
            groups = titled
        sources = groups[0]
        joining = [g for g in groups[1:] if _accompanies(folded, lang.cues, g[0].start)]
        if joining and sources[-1].end <= start:
            # "Die vier Europäer forderten Russland zusammen mit dem ukrainischen Präsidenten auf":
            # a companion of the subject acts with it, it is not acted upon.
            sources = [*sources, *(a for g in joining for a in g)]
            groups = [g for g in groups if not any(g is j for j in joining)]
        source_codes = {a.code for a in sources}
        others = [g for g in groups[1:] if any(a.code not in source_codes for a in g)]
        reporter = speaker or _speaker(scan, merged, end, sent_end)
        if reporter is not None:
            # "Turkey and Greece agreed ..., a UN official said": who reports the act is not acted
            # upon when someone else may be, or the subjects act together. With no one else named
            # it may be ("Russian forces attacked Kharkiv, Ukrainian officials said").
            kept = [g for g in others if reporter not in g]
            if kept or len(source_codes) >= 2:
                others = kept
            elif info.repressive and others and reporter.start >= end and _home_organ(sources, reporter) \
                    and _reported_only(scan, everyone, reporter, end, sent_end):
                # "Palestinian police confiscated weapons ..., the Israeli army said": a state organ's
                # coercive act with no one else named is done to its own people, not to whoever
                # reports it from abroad (domestic.sides names them), unless its country is named
                # before ("detained two Ukrainian sailors, Ukraine's foreign ministry said").
                return [(s, None) for s in sources], 1
        targets = others[0] if others else []
        if info.plans and len(source_codes) >= 2 and sources[-1].end <= start \
                and all(t.start >= end for t in targets):
            # "Rusia y China acordaron contrarrestar la influencia de Estados Unidos": what two sides
            # agreed between them is about the country named in it, not with it.
            targets = []
        if info.pledge and not info.verbal:
            # "... Армения премьер-министрі Никол Пашинян Қазақстанға бітімгершілік күштер жіберілетінін":
            # help goes where it is sent, not to the country of whoever announced it.
            sent_to = next((a for a in everyone if a.code not in source_codes and not a.locative
                            and actors_mod.destined(a, folded, lang.cues)), None)
            if sent_to is not None:
                targets = [sent_to]
        if info.plans and targets and all(a.kind == "org" for a in sources) and sources[-1].end <= start \
                and trig.mode not in info.modes \
                and not any(a.kind == "person" and a.code in source_codes for a in everyone) \
                and all(t.kind == "country" and t.start >= end and not _official_of(actors, t, end) for t in targets):
            # "Az Európai Tanács megállapodott ... a csatlakozási tárgyalásokat Ukrajnával": a body's
            # decision about a country is no agreement with it.
            return [], 0
        if info.addressed:
            # "미국은 북한에 러시아 파병 병력의 철수를 요구했다": the side a demand is made to, in the
            # dative before the verb, is its target; a side named inside what is demanded is not.
            told = next((a for a in everyone if a.start < start and a.code not in source_codes
                         and a.tail is not None and a.tail in lang.cues.destination_suffixes), None)
            if told is None and not trig.passive:
                # "urged Beijing to withdraw the ban", "a demandé à Pékin d'user de son influence sur
                # Moscou": the side named right after the demand is whom it is made to; who is named
                # in what is asked is not.
                told = next((a for a in everyone if a.code not in source_codes and not a.locative
                             and _right_after(folded, lang.cues.destination_prepositions, end, a.start)), None)
                # "said French and Belgian troops must ...": the list it opens is asked as one.
                told_group = next((g for g in groups if told in g), None) if told is not None else None
                if told_group is not None:
                    targets = [a for a in told_group if a.code not in source_codes]
                    told = None
            if told is not None:
                targets = [told]
    if not targets and not trig.passive and len({a.code for a in sources}) >= 2:
        # "Macron et Scholz ont réaffirmé leur soutien à l'Ukraine": a country named after the act
        # with a dative that also marks places is whom the subjects act on.
        source_codes = {a.code for a in sources}
        noun_end = _gap_end(scan, start, end, trig.gap) if trig.gap else None
        dative = next((a for a in everyone if noun_end is not None and a.locative and a.start >= noun_end
                       and len(folded[noun_end:a.start].split()) <= _BESIDE_WORDS + 1
                       and a.code not in source_codes), None)
        if dative is not None:
            return [(s, dative) for s in sources], 2
    if not targets and sources and info.addressed and not trig.passive:
        # "called for the release of Navalny, detained in Russia", "призвали освободить ...,
        # задержанного в России": with no one else named, the country named as where it is
        # (after the demand) is whom it is made to, not a co-signer of it.
        source_codes = {a.code for a in sources}
        there = next((a for a in everyone if a.locative and a.kind == "country" and a.start >= end
                      and a.code not in source_codes), None)
        if there is not None:
            return [(s, there) for s in sources], 2
    if not targets and len({a.code for a in sources}) >= 2 and info.addressed and not trig.passive:
        # "Власти США, Великобритании и Евросоюза потребовали освободить ...": those who ask
        # together do not ask each other; whom they ask is not named here.
        return [(s, None) for s in sources], 1
    if not targets and len({a.code for a in sources}) >= 2:
        # "Deutschland und Polen unterzeichneten ...": the two sides act together.
        first = sources[0]
        sides = list({a.code: a for a in sources}.values())
        if len(sides) >= 3 and (info.plans or trig.mode == "sign"):
            # "한미일 외교장관은 ... 합의했다", "the three leaders signed a declaration": what three
            # or more agree or sign together binds every pair of them.
            return [(a, b) for n, a in enumerate(sides) for b in sides[n + 1:]], 2
        return [(first, next(a for a in sources if a.code != first.code))], 2
    genitive = lang.cues.genitive_suffixes
    if info.verbal and not trig.passive and genitive and sources and targets \
            and all(s.start < start and s.tail is not None and s.tail in genitive for s in sources):
        if all(t.kind == "org" and t.start < start for t in targets):
            # "한미 외교장관은 북한의 발사가 유엔 안보리 결의 위반이라고 규탄했다": a country in the genitive
            # owns what is condemned and the body is what it broke; the speaker is not named here.
            return [(None, s) for s in sources], 1
        if info.addressed and all(t.start < start and t.tail is not None and t.tail in lang.cues.addressee_suffixes
                                  for t in targets):
            # "대사는 이란의 핵 개발을 돕는 거래도 ... 중국에 즉시 멈출 것을 촉구했다": the demand is
            # made to the side addressed; the country in the genitive is inside what is demanded.
            return [(None, t) for t in targets], 1
    if trig.passive and targets and not sources and not agents:
        # "the ambassadors of Spain and Ireland were summoned": each was acted upon; by whom, the
        # sentence does not say (the dateline's country may: `_missing_side`).
        return [(None, t) for t in targets], 1
    pairs = [(s, t) for s in sources for t in targets if s.code != t.code]
    return pairs, 2 if pairs else 0


def _coordinated_clauses(scan: Scan, cues: Cues, actors: list[ActorMention], sent_start: int, sent_end: int,
                         start: int, end: int, passive: bool) -> list[ActorMention]:
    """The actors of a directed act's own clause when a clause joined by "and" names its own
    subject ("Spain said it would recognise Palestine, and Katz ordered the ambassador in Madrid
    home"): the recognition is no act on Israel, the recall none of Spain's."""
    c_start, c_end = clause(scan, sent_start, sent_end, start, end)
    out = actors
    if not passive and c_start > sent_start and _opens_with_conjunction(scan.folded, cues, c_start) \
            and any(a.start < c_start for a in out) \
            and any(c_start <= a.start < start and not a.locative for a in out):
        out = [a for a in out if a.start >= c_start]
    if c_end < sent_end and _opens_with_conjunction(scan.folded, cues, c_end + 1):
        after = next((a for a in out if a.start > c_end), None)
        if after is not None and not after.locative \
                and len(scan.folded[c_end + 1:after.start].split()) <= 1:
            out = [a for a in out if a.start <= c_end]
    return out


def _opens_with_conjunction(folded: str, cues: Cues, pos: int) -> bool:
    opening = folded[pos:pos + 24].lstrip()
    return bool(opening) and (bool(cues.conjunction_prefixes) and opening.startswith(cues.conjunction_prefixes)
                              or opening.split(" ", 1)[0] in cues.conjunctions)


def _posts_named(scan: Scan, sent: tuple[int, int], pairs: list[tuple[ActorMention | None, ActorMention | None]],
                 places: list[PlaceMention], actors: list[ActorMention], end: int
                 ) -> list[tuple[ActorMention | None, ActorMention | None]]:
    """A recall of one's own envoys named by the cities they serve in ("recalled our ambassadors
    in Dublin and Oslo"): an act on the country of each city named after it in its clause."""
    sources = {s.code: s for s, _ in pairs if s is not None}
    if len(sources) != 1:
        return pairs
    source = next(iter(sources.values()))
    c_end = clause(scan, sent[0], sent[1], end, end)[1]
    cities = [ActorMention(p.start, p.end, p.country, p.entity, "place") for p in places
              if p.country and end <= p.start < c_end]
    cities += [a for a in actors if a.kind == "place" and end <= a.start < c_end]
    known = {t.code for _, t in pairs if t is not None}
    extra = {c.code: c for c in sorted(cities, key=lambda c: c.start)
             if c.code not in known and c.code != source.code}
    if not extra:
        return pairs
    kept = [(s, t) for s, t in pairs if t is not None]
    return kept + [(source, c) for c in extra.values()]


def _home_organ(sources: list[ActorMention], reporter: ActorMention) -> bool:
    """Whether the sources are one country's state organs (its police, army, government, an official)
    and the reporter is another country's."""
    codes = {split_party(a.code)[0] for a in sources}
    return len(codes) == 1 and split_party(reporter.code)[0] not in codes and gazetteer.is_country(next(iter(codes))) \
        and all(a.kind == "person" or a.kind == "sector" and a.sector in state_sectors() for a in sources)


def _reported_only(scan: Scan, actors: list[ActorMention], reporter: ActorMention, end: int, sent_end: int) -> bool:
    """Whether the reporter's country is named only in the reporting clause after the act at `end`
    (", the U.S. embassy said"), not in the act's own words before it ("two Ukrainian sailors")."""
    m = has_cue(scan, "reporting", end, sent_end)
    if m is None:
        return False
    comma = scan.folded.rfind(",", end, m.start())
    opens = comma if comma >= 0 else m.start()
    country = split_party(reporter.code)[0]
    return not any(split_party(a.code)[0] == country and a.start < opens for a in actors)


def _own_leg(scan: Scan, lang: LanguageEvents, actors: list[ActorMention], meetings: list[tuple[int, int]],
             start: int, end: int) -> list[ActorMention]:
    """The actors of one leg of a trip told in one sentence ("met Xi in Beijing and then flew to
    Moscow, where he met Putin"): those between the joins (a comma, a conjunction, a subordinate
    clause's word) that part its meeting words from the one before and the one after, and the
    traveller who opens the sentence."""
    if lang.verb_final or is_unspaced(scan.folded[start]):
        return actors                 # objects before the verb, names without spaces: not read here
    before = [m for m in meetings if m[1] <= start]
    after = [m for m in meetings if m[0] >= end]
    lo = _join(scan, lang, actors, before[-1][1], start) if before else -1
    hi = _join(scan, lang, actors, end, after[0][0]) if after else -1
    if lo < 0 and hi < 0:
        return actors
    hi = hi if hi >= 0 else len(scan.folded)
    first = meetings[0][0]
    merged = actors_mod.collapse([a for a in actors if not a.locative])
    lead = _groups(scan, merged, lang)[0] if merged and merged[0].start < first else []
    lead_codes = {a.code for a in lead}
    # A setting in the leg ("on the sidelines of the G20") stays one even when its leg names one side.
    own = [a for a in actors if lo <= a.start < hi and (not a.locative or a.participant)]
    if lead and not any(a.code in lead_codes for a in own):
        own = sorted(own + [a for a in actors if a.code in lead_codes and a.start < first], key=lambda a: a.start)
    return own


def _join(scan: Scan, lang: LanguageEvents, actors: list[ActorMention], start: int, end: int) -> int:
    """Where the last join between two meeting words is (-1 if none): a comma or semicolon, a
    conjunction that does not join two names ("Xi and Putin"), or a subordinate clause's first word."""
    folded = scan.folded
    found = max(folded.rfind(",", start, end), folded.rfind(";", start, end))
    for word in lang.cues.conjunctions:
        pos = _find_word(folded, word, start, end)
        while pos >= 0:
            if not any(0 <= pos - a.end <= 2 for a in actors):
                found = max(found, pos)
            pos = _find_word(folded, word, pos + 1, end)
    sub = has_cue(scan, "subordinate", start, end)
    if sub is not None:
        found = max(found, sub.start())
    return found


_BROKER_AFTER_TALKS = 48    # characters between talks and their broker ("переговоров в Пекине при посредничестве")


def _brokered(folded: str, actors: list[ActorMention], end: int) -> bool:
    """Whether a broker or a third side at the table is named right after the talks' word, in its clause."""
    return any((a.broker or a.participant) and 0 <= a.start - end <= _BROKER_AFTER_TALKS
               and not any(ch in folded[end:a.start] for ch in ".;:()") for a in actors)


def _opens(before: str, articles: tuple[str, ...]) -> bool:
    """Whether a name opens its sentence: nothing but punctuation and articles before it
    ("La Russie a rejeté ...")."""
    return all(w in articles or not any(ch.isalpha() for ch in w) for w in before.split())


_ORG_AFTER_WORDS = 4  # words between an act and an organisation it is done to or in
_BESIDE_WORDS = 1     # words between a meeting verb and a party it names ("met with Poland", "trafen Polen")


_OFFICIAL_AFTER_CHARS = 48   # a country and the official named after it ("госсекретарем США Энтони Блинкеном")


def _official_of(actors: list[ActorMention], actor: ActorMention, after: int) -> bool:
    """Whether `actor` is an official, or a country or organisation an official of it is named right after."""
    return any(a.kind == "person" and a.code == actor.code and a.start >= after
               and actor.start <= a.start <= actor.end + _OFFICIAL_AFTER_CHARS for a in actors)


def _next_to(folded: str, group: list[ActorMention], start: int, end: int) -> bool:
    """Whether a group of actors comes before the act's words or right after them."""
    first = group[0]
    return first.start < start or len(folded[end:first.start].split()) <= _BESIDE_WORDS


def _groups(scan: Scan, merged: list[ActorMention], lang: LanguageEvents,
            titles: bool = False) -> list[list[ActorMention]]:
    """`actors.groups` of a sentence's actors, once per document: each trigger of a sentence asks
    again. The lists are shared: read them, never change them."""
    key = (titles, *merged)
    found = scan.groups.get(key)
    if found is None:
        found = scan.groups[key] = actors_mod.groups(merged, scan.folded, lang.cues, titles)
    return found


def _passive_voice(lang: LanguageEvents, scan: Scan, start: int, end: int, actors: list[ActorMention]) -> bool:
    """"was condemned by Poland", "fue recibido por": an auxiliary just before the trigger and an agent after it."""
    if not any(a.agent and a.start >= end for a in actors):
        return False                  # (the common case) no agent after the trigger: the words before are not read
    before = scan.folded[max(0, start - 24):start].split()
    return any(" ".join(before[-len(aux.split()):]) == aux for aux in lang.cues.passive_auxiliaries)


def _talked_about(scan: Scan, sent: tuple[int, int], start: int, end: int,
                  said: list[tuple[int, int, Trigger, int]], conjunctions: tuple[str, ...]) -> bool:
    """Whether an act's trigger names what a verbal act of the same clause is about."""
    c_start, c_end = clause(scan, sent[0], sent[1], start, end)
    for s, e, trig, _ in said:
        if not c_start <= s < c_end or (s, e) == (start, end) or trig.kind in reason_kinds():
            continue                  # "recalled its envoy in protest": the reason is no topic of the act
        lo, hi = min(e, end), max(s, start)
        if any(word in conjunctions for word in scan.folded[lo:hi].split()) \
                or has_cue(scan, "subordinate", lo, hi) is not None:
            continue                  # "expelled ... and demanded", "warned ... after Japan expelled": two acts
        return True
    return False


def _candidates(doc: Document, lang: LanguageEvents, scan: Scan, line_place: PlaceMention | None
                ) -> list[Candidate]:
    folded = scan.folded
    hits = bodies.outside_bodies(scan, _triggers(lang, scan))
    conditions = scan.cues.get("threat_conditions") or []
    retorts = bool(lang.cues.retaliations or lang.cues.retaliation_conditions)
    if not hits and not conditions and not lang.cues.threat_condition_endings and not retorts:
        return []
    table = event_types()
    # The type of a threat made as a condition (plover.toml `threat`).
    threat_type = next((name for name, kind in table.items() if kind.threat), None)
    meeting_type = next((name for name, kind in table.items() if kind.meeting and kind.symmetric), None)
    index = actors_mod.SentenceIndex(doc.sentences)
    home = line_place.country if line_place is not None else None
    by_sentence = _by_sentence(index, hits)
    # A sentence that sets a condition may threaten without a trigger ("if ... does not ..., we will not ...").
    for n, sent_span in enumerate(doc.sentences):
        if n not in by_sentence and ((conditions or lang.cues.threat_condition_endings)
                                     and conditional.condition(lang, scan, sent_span) is not None
                                     or retorts and conditional.positive(scan, sent_span) is not None):
            by_sentence[n] = []
    if not by_sentence:
        return []
    # Whose police, government or streets an unqualified word means: the dateline's country,
    # else the language's home country, else the country the article names most.
    # In a language several states' presses write, the agency or domain may say whose press it is.
    press = press_country(doc, doc.lang or "", home) or lang.home
    own = press or (domestic.main_country(doc) if scan.sectors or _domestic_acts(hits) else None)
    line = doc.layers.get("dateline")
    published = news_day(doc.source.published, line if isinstance(line, Dateline) else None)
    # The day a sentence without a date of its own goes on telling (story.py).
    tale = story.Story(doc.sentences, doc.layers.get("dates") or (), published)
    # Only the sentences with a trigger, and those whose day a later one goes on telling, are read
    # for actors: no other sentence is looked at.
    parties = actors_mod.collect(doc, folded, lang.cues, index, scan.cues.get("national_bodies"),
                                 press, scan.sectors, wanted=set(by_sentence) | tale.scenes(), sector_home=own,
                                 line_home=home)
    for here in parties:
        del here.actors[_MAX_ACTORS:], here.places[_MAX_ACTORS:], here.seats[_MAX_ACTORS:]
    # "tomorrow", "will visit on Thursday": the day of what is announced, not of the announcement,
    # which is the report's day.
    dates: list[DateMention] = sorted((replace(d, iso=published.isoformat(), precision="day")
                                       if published is not None and timing.ahead(d, published) else d
                                       for d in doc.layers.get("dates") or ()
                                       if not timing.to_come(d, published)), key=lambda d: d.start)
    date_starts = [d.start for d in dates]
    # Every date the text names as written (days to come kept): whether a meeting is one to come.
    named_dates = sorted(doc.layers.get("dates") or (), key=lambda d: d.start)
    named_starts = [d.start for d in named_dates]
    out: list[Candidate] = []
    primary: tuple[ActorMention, ActorMention] | None = None
    scene_date: str | None = None
    scene_parties: set[str] = set()     # the countries of the article's dated acts so far
    scene_actors: set[str] = set()      # those of them that acted (not only were acted upon)
    scene_place: PlaceMention | None = None
    scene_codes: frozenset[str] = frozenset()
    scene_sentence: int | None = None   # the sentence whose dated acts set the scene's day
    pending: list[Candidate] = []       # one side named; the other may be the article's dyad
    earlier: list[list[tuple[list[ActorMention], bool]]] = []     # lists of actors named in the sentences read so far
    named_in: list[int] = []        # the sentences read so far whose lists `earlier` holds, or will
    together_with: company.Company | None = None   # states that last met one host together
    signed: tuple[ActorMention, ActorMention] | None = None     # the two sides of the last sentence's signing
    # Where an official's title is named ("the minister of Chile"): a host receives people.
    # Without the entities stage's name hits the titles are unknown: every sentence may name one.
    hits = doc.layers.get("name_hits")
    verdicts = own_kinds()
    roles = sorted(h.start for h in hits if getattr(getattr(h, "payload", None), "kind", None) == "role") \
        if hits is not None else None
    for idx in sorted(by_sentence):
        check_deadline()
        sent = doc.sentences[idx]
        ref = has_cue(scan, "reference", sent[0], sent[1])
        cut = ref.start() if ref else sent[1]
        front = _fronted(scan, sent, ref, by_sentence[idx]) if ref else None
        if front is not None:
            cut = sent[1]             # the act follows what it answers
        own_dates = timing.in_span(dates, date_starts, sent[0], cut)
        in_sentence = timing.sentence_dates(own_dates, sent[0], sent[1], cut)[:_MAX_ACTORS]
        # A year that qualifies a noun ("lifted its 2019 ban") dates that thing, not the act.
        years = [d for d in own_dates if d.precision == "year"
                 and not _qualifies(lang.cues, folded, d.start)][:_MAX_ACTORS]
        sentence_roles: tuple[list, int] | None = None
        sentence_round: list[int | None] = []     # the round its meetings are, read for the first one
        sentence_dated: DateMention | None = None
        dated_parties: set[str] = set()
        dated_actors: set[str] = set()
        sentence_place: PlaceMention | None = None
        placed: set[str] = set()
        last_end = -1
        hits_here = by_sentence[idx][:_MAX_TRIGGERS]
        # The day of the occasion an undated act continues: the scene's, or that of a later sentence
        # that names a day and no act ("The summit opened in Nairobi on Monday."), whose countries
        # are then the scene's parties.
        day_here, place_here, codes_here, parties_here, actors_here = \
            scene_date, scene_place, scene_codes, scene_parties, scene_actors
        continued = tale.continued(idx, scene_sentence, parties)
        scene_heads = {split_party(code)[0] for code in scene_actors} if continued is not None else set()
        if continued is not None:
            day_here, parties_here, actors_here = continued.iso, scene_parties | continued.codes, \
                scene_actors | continued.codes
            if continued.iso != scene_date or continued.place is not None:
                place_here, codes_here = continued.place, frozenset()
        # The sets of actors named before this sentence ("die vier Europäer" refers back to one).
        # (Read only when a set's noun asks for them: each sentence's lists are worked out then, once.)
        named_before = len(named_in)
        lists = partial(_lists_before, scan, lang, parties, named_in, earlier, named_before)
        if lang.cues.group_nouns:
            named_in.append(idx)
        said = [h for h in hits_here if h[2].type in table and table[h[2].type].verbal]
        # A word that names an actor is no act: "demonstrators" are a side, not a protest.
        named = [(a.start, a.end) for a in parties[idx].actors if a.kind == "sector"]
        meetings = [(h[0], h[1]) for h in hits_here if not h[2].weak and h[2].type in table
                    and table[h[2].type].meeting]
        talks = any(not h[2].weak and h[2].mode != "visit" and h[2].type in table
                    and table[h[2].type].meeting for h in hits_here)
        owners = timing.date_owners(in_sentence, hits_here) if len(in_sentence) > 1 else {}
        types = {h[0]: h[2].type for h in hits_here}
        threats: list[int] = []         # where acts this sentence says will be done are threats
        opened = len(out)               # this sentence's acts are `out[opened:]`
        pended = len(pending)           # and its acts with one side named, `pending[pended:]`
        primary_before = primary
        # An earlier leg of a trip named here ("a day after talks in ..."): its words run to its
        # clause's end or to the next act (the main verb); no other act of the sentence takes them.
        # (Each meeting's days-after words are read once here, and asked for again below.)
        days_of = {(h[0], h[1]): _days_before(folded, lang.cues, h[0], h[1]) for h in hits_here
                   if h[2].type in table and table[h[2].type].meeting}
        legs: list[tuple[int, int]] = [
            (h[0], min([clause(scan, sent[0], sent[1], h[0], h[1])[1]]
                       + [o[0] for o in hits_here if o[0] >= h[1] and o[0] != h[0]]))
            for h in hits_here if h[2].type in table and table[h[2].type].meeting
            and (days_of[(h[0], h[1])] or 0) > 0]
        denied = _denied_reports(scan, sent, hits_here, table)
        for start, end, trig, key_end in hits_here:
            info = table.get(trig.type)
            if _purpose(scan, info, start, hits_here):
                continue
            if denied is not None and denied[0] <= start < denied[1]:
                continue              # "denied reports that Baku had asked Ankara to ...": no act
            promised = _promised(scan, sent, info, parties[idx].actors, start, end, trig, lang.cues, key_end)
            to_meet = info is not None and info.meeting     # an intent to meet, when promised
            if promised is None and info is not None and info.meeting and info.promised is not None \
                    and not trig.weak and announced.to_come(scan, lang.cues, sent, start, end, key_end,
                                                            [h[0] for h in hits_here if h[0] != start],
                                                            named_dates, named_starts, published):
                # "is expected to visit", "من المقرر أن يزور", "arrives tomorrow": a meeting announced,
                # an intent to meet told on the report's day.
                promised = info.promised
            if promised is not None and table.get(promised) is not None and table[promised].threat:
                threats.append(start)
            if promised is not None:
                # "said they would boycott all contact with ...": a threat; "will release the hostages":
                # an intent. Its words are the act's, and a negation still cancels it. The promised
                # type may have a mode named after what is promised ("aid": CAMEO 033).
                mode = trig.type.lower() if promised in table and trig.type.lower() in table[promised].modes else None
                # (A host announced receives a visitor: "will host", "will receive" keeps its sides.)
                trig = replace(trig, type=promised, mode=mode, passive=False, host=trig.host and to_meet)
                info = table.get(promised)
            if info is not None and trig.kind in verdicts \
                    and len({actors_mod.split_party(a.code)[0] for a in parties[idx].actors}) <= 1:
                # A court's finding is the state's act on one of its people, as a coercive act is
                # (with one country named: "Russia charged the American journalist" stays between two).
                info = replace(info, repressive=True, home_front=True)
            if front is not None and front[0] <= start < front[1]:
                continue              # "als Reaktion auf die Ausweisung ...": what the act answers
            if info is None or _attributive(lang.cues, doc.text, scan.folded, start, end, trig) \
                    or not _is_act(lang, scan, sent, cut, named, said, info, start, end, trig, key_end) \
                    or _by_nature(scan, info, parties[idx].actors, sent[0], start) \
                    or trig.mode == "sign" and _signs_own_instrument(scan, start, end) \
                    or _elapsed(folded, lang.cues, start, end, sent):
                continue
            date = timing.act_date(in_sentence, owners, types, start, trig.type)
            if promised is not None and to_meet and date is not None and date.kind == "weekday" \
                    and published is not None:
                # "will travel to Moscow on Friday": the weekday is the meeting's, to come (a verb's future
                # the date words did not see); the intent is told on the report's day.
                date = replace(date, iso=published.isoformat(), precision="day")
            if info.verbal:
                date = timing.said_on(in_sentence, owners, date, start,
                                      has_cue(scan, "reporting", sent[0], start) is not None)
            if date is None and (has_cue(scan, "same_day", sent[0], sent[1]) is not None
                                 or not info.meeting and has_cue(scan, "scene", sent[0], start) is not None):
                # "On Tuesday parliament passed the law. In the evening thousands gathered outside":
                # the evening is Tuesday's; "at the talks, he pledged ...": the talks' day.
                date = timing.day_before(dates, date_starts, sent[0], published)
            back = _days_earlier(folded, lang.cues, sent[0], start) \
                if date is None or date.kind == "relative" and sent[0] <= date.start < start else None
            if back is not None:
                # (A relative day the words themselves make, "전날", counts from the report's day.)
                # "Sehari sebelumnya, Prabowo bertemu ...": the day before the last act told (else the last
                # day named, else the report's): a date named between ("had announced on the 20th") is
                # another happening's day, not the one the story counts from.
                told = next((c.date for c in reversed(out) if c.sentence < idx and c.date is not None
                             and c.date.iso and c.date.precision == "day"), None)
                date = _earlier_day(told or timing.day_before(dates, date_starts, sent[0], published), published,
                                    back, start, end)
            if date is not None and (date.start >= end and _since(folded, lang.cues, end, date.start)
                                     or _since_after(folded, lang.cues, date.end, start)):
                date = None           # "erster Besuch ... seit seiner Wahl am Dienstag": the day of another event
            days_before = (days_of[(start, end)] if (start, end) in days_of
                           else _days_before(folded, lang.cues, start, end)) if info.meeting else None
            leg_after = days_before is not None and days_before < 0
            if days_before is not None:
                # "a day after talks in Bucharest with Ciolacu, he arrived in Chisinau on Tuesday": the earlier
                # leg of the trip, on the day before the sentence's act; its talks took place.
                days_before = abs(days_before)
                # Not a day the words themselves may name ("غداة": on the morrow), which end right
                # before the meeting.
                others = [d for d in in_sentence if d.start >= start or _apart(folded[d.end:start])]
                date = _earlier_day(timing.act_date(others, {}, types, start, trig.type) if others else None,
                                    published, days_before, start, end)
                trig = replace(trig, weak=False)
            # A detention the report recalls with its own month or day ("had been detained in
            # February 2022") is an act of its own, on that date, when it is domestic.
            recalled = date is not None and info.repressive and date.kind == "absolute" \
                and date.precision in ("day", "month")
            if timing.is_background(scan, sent, end, date, published, years, lang.months):
                if not recalled:
                    continue
            else:
                recalled = False
            if trig.weak and info.meeting and (has_cue(scan, "scene", max(sent[0], start - _SCENE_REACH), start)
                                               or _brokered(folded, parties[idx].actors, end)):
                # "during the talks in Minsk, the presidents signed ...", "после переговоров в Пекине при
                # посредничестве Китая": the talks took place.
                trig = replace(trig, weak=False)
            actors = domestic.frame(info, _acting(parties[idx], info, cut, start), start, end)
            if legs and days_before is None:
                # Who was met on the trip's earlier leg is no side of the sentence's other acts.
                actors = [a for a in actors if not any(lo <= a.start < hi for lo, hi in legs)]
            if front is not None:
                actors = [a for a in actors if not front[0] <= a.start < front[1]]
            if info.repressive and trig.kind in crowd_kinds():
                actors = domestic.crowd_frame(actors, folded, lang.cues.protesters + lang.cues.protests, sent, start)
            if info.addressed and not trig.passive:
                actors = _addressee_seat(folded, lang, parties[idx], actors, end)
            actors, aside_from = _aside(scan, info, trig, actors, primary, start, end, cut)
            members: set[str] = set()
            if named_before and not info.symmetric:
                actors, members = _set_members(scan, lang, sent, actors, lists, start, end)
            attends = info.meeting and trig.kind in at_host_kinds()
            if info.meeting and (trig.mode == "visit" and not talks or attends) \
                    and has_cue(scan, "ceremonies", sent[0], sent[1]) is not None:
                # "arrived in Manila to attend the inauguration of ...": a trip for a ceremony or a
                # speech is no talks with the host unless the sentence says they met.
                continue
            if info.meeting and len(meetings) >= 2:
                actors = _own_leg(scan, lang, actors, meetings, start, end)
            if lang.verb_final:
                # "ロシアと北朝鮮が…署名したことについて、日本政府は": who follows the verb is not its actor.
                before = [a for a in actors if a.start < end]
                actors = before if before else actors
            places = _venues(scan, sent, parties[idx], info, actors, cut, start, end)
            if legs and days_before is None:
                places = [p for p in places if not any(lo <= p.start < hi for lo, hi in legs)]
            if aside_from is not None and info.meeting:
                # "welcomed Sánchez ... after his meeting with Xi in Beijing": that meeting's place is
                # not this one's (an agreement "after talks in Beijing" was made there).
                places = [p for p in places if p.start < aside_from]
            if trig.host and info.meeting and not any(a.kind == "person" for a in actors) \
                    and not _titled(roles, sent):
                # "the committee approved (kabul etti) Sweden's accession protocol": a host receives
                # people; with no official named, what was received is a thing. What it says still sets
                # the scene: its day, and the two sides it names as the article's pair.
                named_pair, sides_named = _roles(trig, info, actors, start, end, sent[0], sent[1], lang, scan, None)
                if sides_named == 2 and len(named_pair) == 1:
                    first, second = named_pair[0]
                    if first is not None and second is not None:
                        primary = primary or (first, second)
                        sentence_place = _venue(doc, parties[idx], places, actors, first, second, start, info,
                                                line_place, sent)[0] or sentence_place
                        if date is not None:
                            dated_parties |= {first.code, second.code}
                            dated_actors |= {first.code, second.code}
                sentence_dated = date or sentence_dated
                continue
            actors = _own_body(actors)
            if not trig.passive and _passive_voice(lang, scan, start, end, actors):
                trig = replace(trig, passive=True)
            if not trig.passive and trig.mode == "summon" and _headline_participle(scan, sent, actors, start, end):
                trig = replace(trig, passive=True)
            # A protest or a crackdown that names no foreign side is domestic, never the article's dyad.
            at_home = info.inward or info.repressive
            pairs, explicit = _roles(trig, info, actors, start, end, sent[0], sent[1], lang, scan,
                                     None if at_home else primary)
            if not pairs and trig.kind in alleged.reported_kinds():
                continue              # a design no one is said to have is the writer's account, no act
            if info.inward and pairs:
                pairs = [(s, _own_government(scan, s, t, end)) for s, t in pairs]
            if days_before is not None and len(pairs) == 1 and (pairs[0][0] is None) != (pairs[0][1] is None):
                # "A day after talks in Vilnius with Nauseda, Scholz arrived in Riga": who travels,
                # named in the main clause, is the other side of the earlier talks.
                known = pairs[0][0] or pairs[0][1]
                traveller = next((a for a in parties[idx].actors if not a.locative and a.code != known.code
                                  and a.kind in ("person", "country") and not start <= a.start < clause(
                                      scan, sent[0], sent[1], start, end)[1]), None)
                if traveller is not None:
                    pairs, explicit = [(traveller, known)], 2
            if leg_after and pairs and all(x is not None for x in pairs[0]):
                # "바르샤바에서 투스크 총리와 회담한 다음 날": the leg's words, before the meeting in a
                # language whose verb comes last, from the side met (and the place before it) on.
                # The side met is the one named last before the meeting; who travels may be named
                # before it (the subject) or after the leg.
                met, traveller = sorted(pairs[0], key=lambda a: (a.start < start, a.start),  # type: ignore[arg-type,union-attr]
                                        reverse=True)
                since = traveller.end if traveller.start < met.start else sent[0]
                lo = min([met.start, start] + [p.start for p in places if since <= p.start < start])
                legs.append((lo, word_end(folded, end)))
            if attends and (any(a.kind == "person" for a in actors) or roles is not None and _titled(roles, sent)
                            or len({a.code for a in actors if a.kind == "country" and not a.locative}) >= 2) \
                    and not any(a.kind == "org" for a in parties[idx].actors) \
                    and not any(h[2].mode == "phone" for h in hits_here):
                # Officials, or two states or more, took part (not "Russia took part in exercises in
                # Belarus"), in person, in a gathering of states (at the EU's summit in Brussels
                # Belgium is no host).
                pairs, explicit = company.witnesses(pairs, actors, signed) or \
                    _with_host(pairs, explicit, actors, places, scene_place, line_place)
            if info.meeting and not explicit and trig.mode != "phone" and primary is not None:
                pairs = _travels_on(pairs, primary, places)
            if parties[idx].route and not explicit:
                pairs = []            # "a flight from Athens to Vilnius was diverted": no side named, none taken
            if promised is not None:
                # "will evacuate the settlements in Gaza": where the promised act is to be done is whom it is for.
                # A visit announced names where it goes before its verb in an object-first language
                # ("Atina'ya ... ziyaret gerçekleştirmesi bekleniyor", "به مسکو سفر خواهد کرد").
                pairs = [(s_, t_ if t_ is not None or s_ is None else
                          _promised_place(parties[idx].places, s_, end, start if to_meet else None))
                         for s_, t_ in pairs]
            if not pairs and info.inward:
                pairs = _people_of(places)
            if not pairs and at_home:
                # Where someone came from ("Прилетевший из Германии журналист был задержан") is not
                # whose the act is, though the article names it most.
                came_from = {actors_mod.split_party(a.code)[0] for a in parties[idx].actors if a.origin}
                pairs = domestic.nobody(info, places or parties[idx].places, None if own in came_from else own, start)
            if trig.kind in own_kinds():
                # "charged the former minister with corruption", "yolsuzluk suçlamasıyla tutuklandı":
                # a charge against one of the country's own people is its state's act on its own.
                pairs = domestic.charged(pairs, actors, own, _titled(roles, sent), start)
            if sentence_roles is not None and not info.symmetric:
                pairs, explicit = _sentence_direction(lang, scan, sent, trig, info, actors, start, end, last_end,
                                                      sentence_roles)
            elif explicit == 2 and not info.symmetric:
                sentence_roles = (pairs, explicit)
            if trig.mode == "expel" and not trig.passive and pairs:
                pairs = _posts_named(scan, sent, pairs, places, actors, end)
                # The cities the envoys served in say whose they are, not where the recall was decided.
                posts = {(t.start, t.end) for _, t in pairs if t is not None and t.kind == "place"}
                places = [p for p in places if (p.start, p.end) not in posts]
            last_end = end
            # The states of an act three or more did together, each pair of them ("the three leaders
            # signed"): a place in any of them is where each pair did it (not so for one side's act
            # on several: "Russia expelled diplomats of Germany, Poland and Sweden").
            group_codes = {split_party(a.code)[0] for pair in pairs for a in pair if a is not None}
            together_all = len(group_codes) >= 3 and len(pairs) == len(group_codes) * (len(group_codes) - 1) // 2
            for source, target in pairs:
                place, stated = _venue(doc, parties[idx], places, actors, source, target, start, info, line_place, sent)
                if place is None and together_all and not info.meeting:
                    inside = [p for p in places if p.country in group_codes]
                    place = next((p for p in inside if p.locative), inside[0] if inside else None)
                    stated = place is not None
                    if place is None and line_place is not None and line_place.country in group_codes:
                        place = line_place
                if place is None and source is not None and source.code in members and source.code in scene_codes:
                    # "Die vier Europäer forderten ...": the set met at the scene; its act is there too.
                    place = scene_place
                inward = target is None or source is None or source.code == target.code
                source, target = _missing_side(trig, info, source, target, place, home, line_place)
                source, target = domestic.sides(info, source, target)
                if source is not None and target is not None and source.code != target.code \
                        and not (info.inward or info.repressive or info.home_front) \
                        and split_party(source.code)[0] == split_party(target.code)[0] \
                        and _CIVILIANS in (split_party(source.code)[1], split_party(target.code)[1]) \
                        and any(a.kind == "country" and a.code != split_party(source.code)[0]
                                for a in parties[idx].actors):
                    # "the ban on flights between Russia and Georgia was lifted", after "visas for Georgian
                    # citizens": a country's people and its own state are no two sides of an act between states.
                    continue
                if info.meeting and source is not None and target is not None \
                        and "place" in (source.kind, target.kind) \
                        and split_party(source.code)[0] == split_party(target.code)[0]:
                    continue     # a capital speaks for its state abroad; at home it is no side of a meeting
                if inward and place is None and target is not None and at_home:
                    # "İstanbul'da çiftçiler yolları kapattı": the domestic act found its state just now.
                    place, stated = _venue(doc, parties[idx], places, actors, source, target, start, info,
                                           line_place, sent)
                if recalled and (source is None or target is None
                                 or split_party(source.code)[0] != split_party(target.code)[0]):
                    continue
                if source is None or target is None or source.code == target.code:
                    if trig.host and info.meeting and not trig.weak and (source is None) != (target is None):
                        # "Mitsotakis hosted a summit in Athens on Monday": who took part is named later,
                        # on the day and at the place this sets.
                        sentence_dated = date or sentence_dated
                        sentence_place = place or sentence_place
                    # An act on a flight ("forced a flight from Athens to Vilnius to land") has no
                    # other side in the article's pair: the vehicle was acted upon.
                    if (source is None) != (target is None) and not trig.weak and not parties[idx].route:
                        pending.append(Candidate(trig.type, trig, source, target, idx, start, end, date,
                                                 day_here, place_here, place, None, 1, scene_codes=codes_here))
                    continue
                # A country absent from the article's dated acts reacting to them (a protest at a treaty
                # two others signed), or one that was only acted upon pledging an answer (a threat to
                # answer sanctions), acts not on the scene's day: it is dated by the report.
                # (Two sides doing one thing together, a signing, answer no one: they are on the scene.)
                # A side that acted in the scene and that the later dated sentence does not name goes on
                # with the scene ("EU ministers agreed on Monday ... candidates were barred on Sunday ... The
                # ministers demanded"); one only acted upon there acts in the later occasion ("... police detained").
                here = (day_here, place_here, codes_here) if continued is None or continued.names(source.code) \
                    or split_party(source.code)[0] not in scene_heads else (scene_date, scene_place, scene_codes)
                outsider = date is None and not info.meeting and source.code != target.code \
                    and (source.code not in parties_here or info.pledge and source.code not in actors_here) \
                    and not (continued is not None and (info.symmetric or together(trig)))
                cand = Candidate(trig.type, trig, source, target, idx, start, end, date,
                                 None if outsider else here[0], here[1], place, None, explicit, stated, here[2])
                if info.meeting:
                    if not sentence_round:
                        sentence_round.append(_round(doc, lang, scan, idx, cut))
                    cand.round = sentence_round[0]
                out.append(cand)
                if meeting_type is not None and place is not None and explicit == 2 and together(trig) \
                        and (_in_person(actors, source) and _in_person(actors, target)
                             or roles is not None and _titled(roles, sent)) \
                        and not any(h[2].type == trig.type and not together(h[2]) for h in hits_here) \
                        and source.kind in _SIGNER_KINDS and target.kind in _SIGNER_KINDS \
                        and split_party(source.code)[0] != split_party(target.code)[0]:
                    # "signed a memorandum in Ljubljana", "a Lubiana hanno firmato": two sides whose
                    # officials sign at a place the sentence names met there ("Russia and North Korea
                    # signed a treaty in Pyongyang", "Zelensky signed an agreement with Germany in
                    # Berlin" name no one of a side who was there). Not when the signing is what
                    # another act of the type is done to ("approved the agreement signed in Baku").
                    met = replace(cand, type=meeting_type, trigger=replace(
                        trig, type=meeting_type, mode=None, passive=False, host=False, weak=False))
                    out.append(met)
                    # "... in the presence of the French and Italian ministers": who watched met both.
                    present = {a.code: a for a in actors if a.participant and a.kind in _SIGNER_KINDS
                               and a.code not in (source.code, target.code)}
                    out.extend(replace(met, source=p, target=side) for p in present.values()
                               for side in (source, target))
                held = domestic.protest_held(folded, lang.cues.protesters, source, target) \
                    if info.repressive and not trig.weak and trig.kind in crowd_kinds() else None
                if held is None and info.repressive and not trig.weak and trig.kind in crowd_kinds():
                    held = domestic.protest_named(folded, lang.cues.protesters + lang.cues.protests, sent,
                                                  source, target)
                if held is not None:
                    # "Police dispersed demonstrators": the demonstrators held a protest.
                    out.append(replace(cand, type=_PROTEST, trigger=replace(trig, type=_PROTEST, mode=None,
                                                                             passive=False, host=False),
                                       source=held[0], target=held[1]))
                if recalled or days_before is not None:
                    continue            # an earlier act sets no scene for the report's own
                if primary is None and not trig.weak and explicit == 2:
                    primary = (source, target)
                if date is not None:
                    sentence_dated = date
                    dated_parties |= {source.code, target.code}
                    dated_actors |= {source.code, target.code} if info.symmetric else {source.code}
                if place is not None:
                    sentence_place = place
                    placed.update((source.code, target.code))
        # What the sentence's acts settle among themselves: the acts of earlier sentences are not looked at again.
        threat = conditional.condition(lang, scan, sent) if threat_type is not None else None
        if threat is not None and threat_type is not None:
            # "falls Ungarn seine Zusagen nicht einhält, wird Österreich ... nicht ratifizieren": the
            # acts the sentence names are what is threatened or asked for; its speaker threatens. A
            # threat its own words state ("will boycott the summit unless ...") keeps its sides.
            stated = any(c.type == threat_type for c in out[opened:])
            out[opened:] = [c for c in out[opened:] if c.type == threat_type]
            trig = Trigger(type=threat_type, mode=None, stem=False)
            date = timing.act_date(in_sentence, owners, types, threat[0], threat_type)
            if not stated and not timing.is_background(scan, sent, threat[1], date, published, years, lang.months):
                for source, target in conditional.sides(parties[idx].actors, threat):
                    out.append(Candidate(threat_type, trig, source, target, idx, threat[0], threat[1], date,
                                         day_here, place_here, None, None, 2, False, codes_here))
        retort = conditional.positive(scan, sent) if threat is None and threat_type is not None else None
        if retort is not None and threat_type is not None:
            # "if Canada raises its tariffs in response, the increase will be added to the 25 %": the
            # speaker threatens the side the condition is about; the acts named after it stay, the
            # other side's act inside it is only supposed.
            out[opened:] = [c for c in out[opened:] if not retort[0] <= c.start < retort[1]]
            stated = {(c.source.code, c.target.code) for c in out[opened:] if c.type == threat_type}
            trig = Trigger(type=threat_type, mode=None, stem=False)
            date = timing.act_date(in_sentence, owners, types, retort[0], threat_type)
            if not timing.is_background(scan, sent, retort[1], date, published, years, lang.months):
                for source, target in conditional.retort_sides(parties[idx].actors, retort):
                    if (source.code, target.code) not in stated:
                        out.append(Candidate(threat_type, trig, source, target, idx, retort[0], retort[1], date,
                                             day_here, place_here, None, None, 2, False, codes_here))
        # Where sayings are not known, or the object precedes the verb (what is charged stands before
        # the accusation), a deed before an accusation cannot be told from its charge.
        acts = _charges_only(table, out[opened:], idx, scan, sent, lang.cues.conjunctions
                             if lang.cues.reporting and not lang.object_before_verb else None)
        acts = agreed.settled(table, acts, idx, lambda at, s=sent: clause(scan, s[0], s[1], at, at + 1)[1])
        if threats:
            acts = _threats_only(scan, sent, table, acts, idx, threats)
        acts = _home_money(doc, lang, scan, sent, table, _protest_demands(table, acts, idx))
        # Leaders who came together to one host: each met it, and what they then say is each one's.
        together_cue = has_cue(scan, "together", sent[0], sent[1])
        acts = company.travelled_together(acts, table, together_cue.begin if together_cue is not None else -1)
        # Those listed as attending an act no one is named doing: each met the host, not one another.
        acts = attendance.guests_of_host(acts, parties[idx].actors, parties[idx].places, table, meeting_type)
        # ("the two sides welcomed ..." is the article's pair, not a company of three.)
        acts, pending[pended:] = company.each_member(
            acts, pending[pended:], together_with if has_cue(scan, "both_sides", sent[0], sent[1]) is None else None,
            parties[idx].actors, table)
        together_with = company.company_of(acts, table) or (None if any(c.explicit == 2 for c in acts)
                                                            else together_with)
        signed = company.signing(acts) if acts else signed
        out[opened:] = acts
        if primary_before is None and primary is not None \
                and not any(c.source is primary[0] and c.target is primary[1] for c in acts):
            # The pair was travellers among themselves: the article's pair is the first one kept.
            primary = next(((c.source, c.target) for c in acts if c.explicit == 2 and not c.trigger.weak
                            and c.source is not None and c.target is not None), None)
        scene_parties |= dated_parties
        scene_actors |= dated_actors
        if sentence_dated is not None:
            scene_sentence = idx
            if sentence_dated.iso != scene_date:
                scene_date, scene_place, scene_codes = sentence_dated.iso, None, frozenset()
        if sentence_place is not None:
            scene_place, scene_codes = sentence_place, frozenset(placed)
    if primary is not None:
        out.extend(_with_dyad(pending, primary))
        out.sort(key=lambda c: c.start)
    elif pending:
        out.extend(_alone(scan, doc.sentences, pending, parties, table, lang.cues.conjunctions, roles or []))
        out.sort(key=lambda c: c.start)
    _told_next(doc, out, dates, date_starts, published, folded, lang.cues)
    return out


_SIGNER_KINDS = ("person", "country")     # who signs in person: a state, not a capital, a building or a body
_PROMISE_WORDS = 3    # words between "will", "would", "is prepared to" and the act it says will be done
# ... and a pledge's noun, after its verb and what is given ("will provide 8,000 tonnes of seed and fertiliser aid")
_PLEDGE_WORDS = 8


def _promised(scan: Scan, sent: tuple[int, int], info: EventType | None, actors: list[ActorMention],
              start: int, end: int, trig: Trigger, cues: Cues | None = None, key_end: int = 0) -> str | None:
    """The type an act is when its actor says it will do it, or sets it as a condition (plover.toml
    `promised`): a commitment word a few words before the trigger in its clause. None for an act
    stated as done, or decided (a `decided` type after a word of deciding: "decided to impose
    sanctions" is the sanction), or whose doer is someone other than who reports it ("officials said
    Russia would deploy troops": a plan a third party reports)."""
    if info is None or info.promised is None or trig.weak:
        return None
    folded = scan.folded
    c_start, _ = clause(scan, sent[0], sent[1], start, end)
    hits = scan.cues.get("commitments") or []
    i = bisect.bisect_left(hits, (start,))
    cue = hits[i - 1] if i else None
    if info.pledge and i < len(hits) and hits[i].begin == start and hits[i].finish < end:
        cue = hits[i]             # the pledge's own words open with it ("va verser")
    # The commitment may close the clause before, whose infinitive this one is ("versprach, die Hilfe
    # fortzusetzen"): only a comma between them.
    if cue is None or cue.begin < c_start and folded[cue.finish:c_start].strip(" ,") \
            or cue.finish > start and cue.begin != start \
            or len(folded[cue.finish:start].split()) > (_PLEDGE_WORDS if info.pledge else _PROMISE_WORDS):
        # "lèvera les sanctions", "visitará": the trigger's own verb is in the future; so is the verb
        # right before a pledge's noun ("enverra une aide"), or the pledge's own ending ("yardım gönderecek").
        if not _future_form(scan, cues, info, c_start, start, end, key_end):
            return None
        cue_begin = cue_end = start
    else:
        if info.decided and cues is not None and folded[cue.begin:cue.finish] in cues.decisions:
            return None
        cue_begin, cue_end = cue.begin, cue.finish
    if info.decided and info.pledge and cues is not None:
        # "announced that it will send tanks", "anunció que España enviará", "kündigte an, ... zu
        # liefern": aid reported as decided; "announced plans to send" is still a plan. (A sanction
        # announced for later stays a threat: "announced it will withdraw its inspectors".)
        told = has_cue(scan, "announcements", sent[0], cue_end)
        if told is not None and (told.finish <= cue_begin or folded[cue_begin:cue_end] in cues.announcements) \
                or has_cue(scan, "announcements", end, sent[1]):
            return None           # ... or after it ("göndereceğini açıkladı", "..., a annoncé le ministre")
    said = has_cue(scan, "reporting", sent[0], cue_begin)
    if said is not None:
        before = {a.code for a in actors if a.start < said.start() and not a.locative}
        doers = {a.code for a in actors if said.end() <= a.start < cue_begin and not a.locative}
        if doers - before:
            return None
    if has_cue(scan, "conditions", end, sent[1]) is not None:
        return next((name for name, kind in event_types().items() if kind.threat), info.promised)
    return info.promised


def _future_form(scan: Scan, cues: Cues | None, info: EventType, c_start: int, start: int, end: int,
                 key_end: int) -> bool:
    """Whether the act's own words are in the future ("lèvera", "visitará"), or, for a pledge, the verb
    a few words before its noun ("enverra une aide", "enviará ayuda") or its own ending ("gönderecek")."""
    if cues is None:
        return False
    folded = scan.folded
    verb = folded[start:word_end(folded, start)]
    endings = cues.future_endings
    if endings and len(verb) >= 5 and verb.endswith(endings):
        return True
    if not info.pledge:
        return False
    if key_end and cues.future_tails and folded[key_end:word_end(folded, end)].startswith(cues.future_tails):
        return True
    before = folded[c_start:start].split()[-_PROMISE_WORDS:]
    return bool(endings) and any(len(w) >= 5 and w.endswith(endings) for w in before)


def _purpose(scan: Scan, info: EventType | None, start: int, hits: list[tuple[int, int, Trigger, int]]) -> bool:
    """Whether a demand is the purpose of an act named before it ("collected signatures to press
    parliament", "rallied to demand"): part of that act, not one of its own."""
    if info is None or not info.addressed or not any(h[0] < start and not h[2].weak for h in hits):
        return False
    hits_ = scan.cues.get("purpose") or []
    i = bisect.bisect_left(hits_, (start,))
    cue = hits_[i - 1] if i else None
    return cue is not None and not scan.folded[cue.finish:start].strip()


def _threats_only(scan: Scan, sent: tuple[int, int], table: Mapping[str, EventType], out: list[Candidate],
                  idx: int, threats: list[int]) -> list[Candidate]:
    """An announcement whose announced act is a threat ("announced it will withdraw its inspectors")
    is that threat: an intent named before it in its clause is no intent of its own."""
    def threatened(c: Candidate) -> bool:
        if c.sentence != idx or c.type not in table or not table[c.type].plans:
            return False
        c_start, c_end = clause(scan, sent[0], sent[1], c.start, c.end)
        return any(c.end <= t < c_end for t in threats)
    return [c for c in out if not threatened(c)]


def _home_money(doc: Document, lang: LanguageEvents, scan: Scan, sent: tuple[int, int],
                table: Mapping[str, EventType], acts: list[Candidate]) -> list[Candidate]:
    """Money a state gives a group at home ("subsidies to farmers", "aides pour ses agriculteurs") is no
    aid between countries: an act of giving (`given` in plover.toml) in such a sentence goes, unless its
    target is a country marked as the receiver ("to Ukraine")."""
    pledged = [c for c in acts if (info := table.get(c.type)) is not None and info.given]
    if not pledged:
        return acts
    named = [(m.start, m.end) for e in doc.entities if e.kind in ("country", "org") for m in e.mentions
             if sent[0] <= m.start < sent[1]]
    if not figure_aid.money_for_home(lang.lang, scan.folded, sent[0], sent[1], named):
        return acts
    return [c for c in acts if c not in pledged or (
        c.target is not None and c.target.kind == "country"
        and figure_aid.marked_receiver(lang.lang, doc.text, scan.folded, c.target.start, c.target.end))]


def _protest_demands(table: Mapping[str, EventType], out: list[Candidate], idx: int) -> list[Candidate]:
    """What a protest demands of its own state in its sentence is the protest's cause, not a demand
    of its own ("rallied against the party's leader and said he must resign")."""
    held = {(c.source.code, c.target.code) for c in out if c.sentence == idx and c.type in table
            and table[c.type].inward and c.source is not None and c.target is not None
            and actors_mod.split_party(c.source.code)[0] == actors_mod.split_party(c.target.code)[0]}
    if not held:
        return out
    return [c for c in out if c.sentence != idx or c.type not in table or not table[c.type].addressed
            or c.source is None or c.target is None or (c.source.code, c.target.code) not in held]


def _promised_place(places: list[PlaceMention], source: ActorMention, end: int,
                    start: int | None = None) -> ActorMention | None:
    """The country of a place named after a promised act, other than its actor's own; with `start`
    (a meeting's), else that of the last destination named before it after its actor."""
    place = next((p for p in places if p.start >= end and p.country and p.country != source.code), None)
    if place is None and start is not None:
        place = next((p for p in reversed(places) if source.end <= p.start and p.end <= start and p.destination
                      and p.country and p.country != source.code), None)
    return None if place is None or place.country is None else \
        ActorMention(place.start, place.end, place.country, place.entity, "place")


def _charges_only(table: Mapping[str, EventType], out: list[Candidate], idx: int, scan: Scan,
                  sent: tuple[int, int], conjunctions: tuple[str, ...] | None) -> list[Candidate]:
    """A sentence's accusation and a deed of the same pair in the same direction are one act: the
    accusation ("Russia said Ukrainian forces shelled Belgorod and accused Kyiv of terrorism" is
    no Russian shelling of Ukraine). What the accused is charged with is theirs to answer for.
    A deed the accuser's own words do, told before the accusation with no saying before either, is
    the accuser's act and the accusation its reason ("Algeria severed relations with Morocco,
    accusing Rabat of hostile acts", "expelled two diplomats and accused them of spying"). Without
    `conjunctions` (a language whose sayings are not known, or whose verb follows its object), a
    deed before the accusation cannot be told from what it charges, and the accusation alone is kept."""
    # A state's charge against its own ("detained on charges of corruption") goes with the arrest.
    charged: dict[tuple[str, str], list[Candidate]] = {}
    for c in out:
        if c.sentence == idx and c.source is not None and c.target is not None \
                and c.type in table and table[c.type].charges and c.trigger.kind not in own_kinds() | reason_kinds():
            charged.setdefault((c.source.code, c.target.code), []).append(c)
    if not charged:
        return out
    return [c for c in out if c.sentence != idx or c.type not in table or table[c.type].verbal
            or c.source is None or c.target is None or (c.source.code, c.target.code) not in charged
            or conjunctions is not None
            and all(_own_deed(scan, sent, c, a, conjunctions) for a in charged[(c.source.code, c.target.code)])]


_DENIAL_GAP_AFTER = 4     # words between a denial and the reports it turns down, named after it
_DENIAL_GAP_BEFORE = 24   # ... named before it, what they say between ("گزارش‌ها مبنی بر ... را رد کرد")


def _denied_reports(scan: Scan, sent: tuple[int, int], hits: list[tuple[int, int, Trigger, int]],
                    table: Mapping[str, EventType]) -> tuple[int, int] | None:
    """Where a denial of reports and what they say lie in a sentence ("denied reports that Baku had
    asked Turkey to close the border", "опроверг сообщения о том, что ...", "…との報道を否定した"):
    the denial refuses nothing of the parties the report names, and what the report says is no act.
    The reports named after the denial say what follows them; named before it, what precedes it."""
    reports = [c for c in scan.cues.get("denied_reports") or () if sent[0] <= c.begin and c.finish <= sent[1]]
    if not reports:
        return None
    folded = scan.folded
    for start, end, trig, _ in hits:
        info = table.get(trig.type)
        if info is None or not info.refuses:
            continue
        for report in reports:
            if report.begin >= end and len(folded[end:report.begin].split()) <= _DENIAL_GAP_AFTER:
                return (start, sent[1])
            if report.finish <= start and len(folded[report.finish:start].split()) <= _DENIAL_GAP_BEFORE:
                return (sent[0], end)
    return None


def _own_deed(scan: Scan, sent: tuple[int, int], deed: Candidate, accusation: Candidate,
              conjunctions: tuple[str, ...]) -> bool:
    """Whether a deed before an accusation of the same pair is the accuser's own act: told before
    it, done by the very words that name the accuser (one subject of both verbs), the two verbs
    joined by a conjunction or a clause break ("severed relations with Morocco, accusing Rabat",
    "kesti ve ... suçladı"), and no saying before the accusation that would make the deed what is
    reported. Where the verb ends its clause, what an accusation charges stands right before it
    ("... ateşkesi ihlal etmekle suçladı"): that is no deed. A headline's measures after its topic
    and colon ("New Caledonia: state of emergency, army deployed, minister accuses Y") are what the
    accusation is about."""
    if deed.source is None or accusation.source is None or deed.end > accusation.start \
            or deed.source.start != accusation.source.start or ":" in scan.folded[deed.source.end:deed.start] \
            or has_cue(scan, "reporting", sent[0], accusation.start) is not None:
        return False
    between = scan.folded[deed.end:accusation.start]
    return any(word in conjunctions for word in between.split()) or any(b in between for b in CLAUSE_BREAKS)


def _titled(roles: list[int] | None, sent: tuple[int, int]) -> bool:
    """Whether an official's title is named in the sentence (`roles` are the titles' starts, in order;
    None when they are not known)."""
    if roles is None:
        return True
    i = bisect.bisect_left(roles, sent[0])
    return i < len(roles) and roles[i] < sent[1]


def _domestic_acts(hits: list[tuple[int, int, Trigger, int]]) -> bool:
    table = event_types()
    return any((info := table.get(h[2].type)) is not None and (info.inward or info.repressive) for h in hits)


_TOLD_WITHIN_DAYS = 7


def _told_next(doc: Document, cands: list[Candidate], dates: list[DateMention], starts: list[int],
               news: dt.date | None, folded: str, cues: Cues) -> None:
    """An undated act before any dated one takes the day the next sentence states, when that
    sentence tells of no act, or of one of the same pair ("EU sanctions Belarus. EU leaders agreed
    on Monday to ..."): "Romania voiced support for Ukraine. Iohannis made the statement
    on Monday evening" is Monday's, not the publication's."""
    if news is None:
        return
    acts = {(c.sentence, c.type, c.source.code, c.target.code) for c in cands}
    for c in cands:
        if c.date is not None or c.scene_date is not None or c.sentence + 1 >= len(doc.sentences):
            continue
        s, e = doc.sentences[c.sentence + 1]
        # Not a day inside a "since" phrase ("erster Besuch seit seiner Wahl am Dienstag").
        days = [d for d in timing.in_span(dates, starts, s, e) if d.precision == "day" and d.iso
                and d.kind in ("absolute", "relative", "weekday") and not _since(folded, cues, s, d.start)]
        when = timing.parse_day(days[0].iso) if days else None
        if when is None or not 0 <= (news - when).days <= _TOLD_WITHIN_DAYS:
            continue
        others = [(t, src, tgt) for i, t, src, tgt in acts if i == c.sentence + 1]
        if others and not any(t == c.type and {src, tgt} == {c.source.code, c.target.code}
                              or (src, tgt) == (c.source.code, c.target.code) for t, src, tgt in others):
            continue                # the next sentence tells of other parties' acts, or of the act
            #                         this one answers ("Moscow promised to respond. On Tuesday Finland expelled ...")
        c.date, c.dated_by = days[0], c.sentence + 1


def _by_sentence(index: actors_mod.SentenceIndex, hits: list[tuple[int, int, Trigger, int]]
                 ) -> dict[int, list[tuple[int, int, Trigger, int]]]:
    """Which sentence each trigger hit is in (hits outside every sentence are dropped)."""
    by_sentence: dict[int, list[tuple[int, int, Trigger, int]]] = {}
    for hit in hits:
        idx = index.of(hit[0])
        if idx is not None:
            by_sentence.setdefault(idx, []).append(hit)
    return by_sentence


def _is_act(lang: LanguageEvents, scan: Scan, sent: tuple[int, int], cut: int, named: list[tuple[int, int]],
            said: list, info: EventType, start: int, end: int, trig: Trigger, key_end: int) -> bool:
    """Whether a trigger reports an act: before any reference clause, a past act, not a word
    that names an actor ("demonstrators" are a side, not a protest), not what a statement
    is about ("condemned the Israeli air strike": the strike is what is condemned)."""
    if start >= cut:
        return False
    c_start, c_end = clause(scan, sent[0], sent[1], start, end)
    if not _reports_past_act(lang, scan, c_start, c_end, start, end, trig, key_end):
        return False
    if not info.verbal and _awaited(scan, c_start, c_end, start, end):
        return False
    if not info.verbal and agenda.listed(scan, sent[0], start):
        return False
    if not trig.gap and any(s <= start and end <= e for s, e in named):
        return False              # with words after it ("göstericileri ... dağıttı") the side's name opens the act
    if said and not info.verbal and _charged(scan, start, said, lang.cues.conjunctions):
        return False
    if said and info.verbal and not info.refuses and _refused(lang, scan, sent, start, end, said):
        return False
    if said and info.verbal and not info.addressed and lang.subject_before_verb \
            and _demanded(lang, scan, sent, start, end, said):
        return False
    # A protest that a saying follows is held for it ("blocked roads to press their demands",
    # "rioted, demanding a referendum"): the saying is its cause, not its topic.
    later = [h for h in said if h[0] < start] if info.inward else said
    return not (later and not info.verbal and _talked_about(scan, sent, start, end, later, lang.cues.conjunctions))


_GOAL_AFTER_WORDS = 8    # words between an act and the word that closes its goal clause ("... izin verene kadar")


def _awaited(scan: Scan, c_start: int, c_end: int, start: int, end: int) -> bool:
    """Whether an act is named inside a goal or a condition to be met ("until Israel allows aid into
    Gaza", "bis Russland seine Truppen abzieht", "yardım akışına izin verene kadar"): what is waited
    for is no act (`c_start:c_end`: its clause)."""
    if has_cue(scan, "goals", c_start, start) is not None:
        return True
    after = has_cue(scan, "goals_after", end, c_end)
    return after is not None and len(scan.folded[end:after.begin].split()) <= _GOAL_AFTER_WORDS


def _by_nature(scan: Scan, info: EventType, actors: list[ActorMention], s_start: int, start: int) -> bool:
    """Whether a natural hazard is what did the harm ("the quake struck south-eastern Turkey on
    Monday, killing ... and destroying homes"): a hazard word before the trigger in its sentence,
    and no actor between the two that could have done it: a person, a body, or a country outside
    the hazard's own clause ("after the floods, Turkey detained ...": Turkey is the doer; "the quake
    struck Turkey": Turkey is where it struck)."""
    hits = scan.cues.get("hazards")
    if not hits or info.verbal or info.intensity >= 0:
        return False
    i = bisect.bisect_left(hits, (start,))
    if i == 0 or hits[i - 1].start() < s_start:
        return False
    after = hits[i - 1].finish
    for a in actors:
        if after <= a.start < start and (a.kind != "country" or not _same_clause(scan, after, a.start)):
            return False
    return True


_INSTRUMENT_REACH = 24    # characters between "signed" and its object ("signed on Wednesday a decree")


def _signs_own_instrument(scan: Scan, start: int, end: int) -> bool:
    """Whether what was signed is a state's own instrument ("signed a decree abolishing visas",
    "ein Dekret unterzeichnet", "подписал указ"): a decree or a law binds one state, so signing
    it is no act towards another; what the instrument does may be one."""
    hits = scan.cues.get("instruments")
    if not hits:
        return False
    i = bisect.bisect_left(hits, (end,))
    if i < len(hits) and hits[i].start() - end <= _INSTRUMENT_REACH and _same_clause(scan, end, hits[i].start()):
        return True
    j = bisect.bisect_left(hits, (start,)) - 1
    return j >= 0 and 0 <= start - hits[j].finish <= _INSTRUMENT_REACH and _same_clause(scan, hits[j].finish, start)


def _same_clause(scan: Scan, pos: int, end: int) -> bool:
    """Whether no clause break lies in `[pos:end]`."""
    i = bisect.bisect_left(scan.breaks, pos)
    return i >= len(scan.breaks) or scan.breaks[i] >= end


def _qualifies(cues: Cues, folded: str, start: int) -> bool:
    """Whether the word at `start` follows a determiner ("its 2019 ban", "the 2015 deal")."""
    before = folded[max(0, start - 12):start].split()
    return bool(before) and before[-1] in cues.attributive_determiners


def _attributive(cues: Cues, text: str, folded: str, start: int, end: int, trig: Trigger) -> bool:
    """Whether a one-word trigger qualifies the noun after it ("the jailed critic"): a
    determiner right before it, a participle's ending, written in lower case (a capital would
    make it a noun in German), and a word right after it."""
    if not cues.attributive_endings or trig.gap or not text[start:start + 1].islower() \
            or " " in folded[start:end].strip():
        return False
    word = folded[start:end].rstrip()
    if not word.endswith(cues.attributive_endings):
        return False
    return _qualifies(cues, folded, start) and folded[end:end + 2].lstrip()[:1].isalpha()


def _charged(scan: Scan, start: int, said: list[tuple[int, int, Trigger, int]],
             conjunctions: tuple[str, ...]) -> bool:
    """Whether a deed is what an accusation before it in the sentence charges someone with
    ("accused Iran, which it says attacked ships"): the speaker accuses, the deed is theirs to
    answer for. A conjunction or a subordinate clause between them makes it an act of its own
    ("accused ... and expelled")."""
    table = event_types()
    for s, e, trig, _ in said:
        info = table.get(trig.type)
        if info is None or not info.charges or e > start or trig.kind in own_kinds() | reason_kinds():
            continue                  # "suçlamasıyla gözaltına alındı": detained on that charge, a deed
        if any(word in conjunctions for word in scan.folded[e:start].split()) \
                or has_cue(scan, "subordinate", e, start) is not None:
            continue
        return True
    return False


def _refused(lang: LanguageEvents, scan: Scan, sent: tuple[int, int], start: int, end: int,
             said: list[tuple[int, int, Trigger, int]]) -> bool:
    """Whether a demand or an accusation is what a refusal before it in its clause turns down
    ("rejected Russia's accusations", "отклонила требование ЕС", "talebini reddetti"): the
    refusal is the act. In a language whose verb closes the clause the refusal follows its
    object; where the subject opens the clause, a refusal after it is what the saying is about
    ("accused Russia of rejecting the plan"). A conjunction between them makes it an act of its own
    ("rejected ... and demanded")."""
    table = event_types()
    c_start, c_end = clause(scan, sent[0], sent[1], start, end)
    for s, e, trig, _ in said:
        info = table.get(trig.type)
        if info is None or not info.refuses or not (c_start <= s < c_end) or s == start:
            continue
        if s > start and lang.subject_before_verb:
            continue
        lo, hi = (e, start) if e <= start else (end, s)
        if any(word in lang.cues.conjunctions for word in scan.folded[lo:hi].split()):
            continue
        return True
    return False


def _demanded(lang: LanguageEvents, scan: Scan, sent: tuple[int, int], start: int, end: int,
              said: list[tuple[int, int, Trigger, int]]) -> bool:
    """Whether a saying is what a demand before it in its clause asks for ("demanded that its partners
    refuse to recognise ...", "urged Kyiv to condemn ..."): the demand is the act. A conjunction between
    them makes it an act of its own ("demanded ... and rejected ..."). Asked where the subject opens the
    clause: with a freer order a refusal after a demand's noun may be of it ("требование ЕС отклонили")."""
    table = event_types()
    c_start, _ = clause(scan, sent[0], sent[1], start, end)
    for s, e, trig, _ in said:
        info = table.get(trig.type)
        if info is None or not info.addressed or not c_start <= s or e > start:
            continue
        if any(word in lang.cues.conjunctions for word in scan.folded[e:start].split()):
            continue
        return True
    return False


def _venue(doc: Document, here: actors_mod.SentenceParties, places: list[PlaceMention],
           actors: list[ActorMention], source: ActorMention | None, target: ActorMention | None, start: int,
           info: EventType, line_place: PlaceMention | None, sent: tuple[int, int]) -> tuple[PlaceMention | None, bool]:
    """Where the pair's act happened and whether the sentence states it as such: a place of the
    sentence, else (not stated) a capital for a meeting or a seat for a located act."""
    hosts = frozenset(a.code for a in actors if a.broker or a.participant)
    place = places_mod.place_for(places, source, target, start, info.meeting, hosts)
    stated = place is not None
    if place is None and (info.meeting or hosts):
        place = places_mod.capital_venue(doc, actors, source, target, hosts)
    if place is None and line_place is not None and line_place.country in hosts:
        place = line_place            # "BEIJING - ... agreed at the end of talks hosted by China"
    if place is None and info.located:
        place = places_mod.seat_venue(doc.text, here.seats, source, target, line_place, info.meeting)
    if place is None and source is not None and target is not None \
            and actors_mod.split_party(source.code)[0] == actors_mod.split_party(target.code)[0]:
        # A domestic act in the country's capital ("dispersed protesters in Tbilisi"): the capital
        # is where it happened, though it was read as the seat that speaks for the country.
        country = actors_mod.split_party(source.code)[0]
        city = next((s for s in here.seats if s.kind == "place" and s.code == country), None)
        if city is not None:
            ent = next((e for e in doc.entities if e.id == city.entity), None)
            if ent is not None:
                place = PlaceMention(city.start, city.end, actors_mod.english_name(ent.geonameid, ent.name),
                                     city.code, city.entity, True, False)
                stated = True
        else:
            # "Police in Istanbul dispersed ...", "İstanbul'da çiftçiler": a city of the country in
            # the sentence, read as whose the sector is or who speaks, is where a domestic act was.
            origins = {a.start for a in here.actors if a.origin}
            place = _domestic_city(doc, sent, country, origins)
            stated = place is not None
    return place, stated


def _domestic_city(doc: Document, sent: tuple[int, int], country: str,
                   origins: Container[int] = ()) -> PlaceMention | None:
    """A city of `country` named in the sentence, not as where someone came from (`origins`: starts)."""
    for ent in doc.entities:
        if ent.kind != "place" or ent.country != country:
            continue
        m = next((m for m in ent.mentions if sent[0] <= m.start < sent[1] and m.start not in origins), None)
        if m is not None:
            return PlaceMention(m.start, m.end, actors_mod.english_name(ent.geonameid, ent.name),
                                country, ent.id, True, False)
    return None


def _acting(here: actors_mod.SentenceParties, info: EventType, cut: int, start: int) -> list[ActorMention]:
    """Who may take part in an act: the sentence's actors before any reference clause, and,
    when no actor comes before a directed act, the seat that speaks for its country
    ("В Москве пообещали ответить", "im Kreml hieß es")."""
    actors = [a for a in here.actors if a.start < cut]
    if not info.symmetric and not any(a.start < start and not a.locative for a in actors):
        seat = next((a for a in reversed(here.seats) if a.start < start), None)
        if seat is not None:
            actors = sorted(actors + [ActorMention(seat.start, seat.end, seat.code, seat.entity,
                                                   seat.kind, seat=True)], key=lambda a: a.start)
    return actors


def _aside(scan: Scan, info: EventType, trig: Trigger, actors: list[ActorMention],
           primary: tuple[ActorMention, ActorMention] | None, start: int, end: int, cut: int
           ) -> tuple[list[ActorMention], int | None]:
    """Countries the sentence names beside the act, not as its parties: where a visitor came from
    ("after an overnight train from Poland he arrived in Kyiv"); and those of a clause after the act that tells what came before
    it ("welcomed Zelensky ... after his tense meeting with Trump"), when the act's own words
    already name two sides; where that clause begins is returned too (its places are not the act's)."""
    if info.meeting and trig.mode != "phone" and any(a.origin for a in actors):
        # Met after coming from it: no side when the article's pair is another; at a visit's own
        # word, no side beside a named visitor either ("a delegation from China met Putin" stays).
        known = {a.code for a in primary} if primary else set()
        named = trig.mode == "visit" and any(not a.origin and not a.locative for a in actors)
        actors = [a for a in actors if not a.origin or not (named or (known and a.code not in known))]
    sub = has_cue(scan, "subordinate", end, cut)
    if sub is not None and not trig.passive:
        own = [a for a in actors if a.start < sub.begin]
        if len({a.code for a in own if not a.locative}) >= 2 and any(a.start < start for a in own):
            # A broker or host of the talks named there stays a setting ("after talks brokered by China").
            return [a for a in actors if a.start < sub.begin or a.broker or a.participant], sub.begin
    return actors, None


def _headline_participle(scan: Scan, sent: tuple[int, int], actors: list[ActorMention], start: int, end: int) -> bool:
    """A headline that names the summoned and ends with the summons ("Russischer Geschäftsträger
    einbestellt", "Russian chargé d'affaires summoned"): a passive without its auxiliary. A title
    has no closing full stop; nobody is named after the word, someone before it."""
    text = scan.folded[sent[0]:sent[1]].rstrip()
    if not text or text[-1] in ".!?…":
        return False
    return any(a.start < start for a in actors) and not any(a.start >= end for a in actors)


_LISTS_KEPT = 6     # lists (about two to three sentences) back a set's members may be named


def _named_list(scan: Scan, lang: LanguageEvents, actors: list[ActorMention]
                ) -> list[tuple[list[ActorMention], bool]]:
    """The lists of parties a sentence names ("Sánchez, Costa und Frederiksen", "Scholz hat Sánchez
    und Costa empfangen"): of its officials, countries and organisations, one per code, each list
    with whether it is one joined by conjunctions."""
    members: dict[str, ActorMention] = {}
    for a in actors:
        if a.kind in ("person", "country", "org") and a.code and not (a.locative or a.origin or a.topic):
            members.setdefault(a.code, a)
    if len(members) < 2:
        return []
    # Its lists joined by conjunctions ("le président portugais et le Premier ministre irlandais"),
    # then everyone it names (one who received two others: "die drei Politiker"), which only a
    # set of that stated size refers to.
    merged = actors_mod.collapse([a for a in actors if a.code in members and not a.locative])
    joined = [list({a.code: a for a in g}.values()) for g in _groups(scan, merged, lang, titles=True)]
    return [(g, True) for g in joined if 2 <= len(g) < len(members)] + \
        [(list(members.values()), any(len(g) == len(members) for g in joined))]


_GROUP_AFTER_WORDS = 3    # "sicherten die drei Politiker": the set named right after the verb is its subject


def _lists_before(scan: Scan, lang: LanguageEvents, parties: list[actors_mod.SentenceParties], named_in: list[int],
                  earlier: list[list[tuple[list[ActorMention], bool]]], count: int
                  ) -> list[tuple[list[ActorMention], bool]]:
    """The last lists of parties named in the first `count` sentences of `named_in` (`_named_list` of
    each, worked out once into `earlier`, the first time they are asked for)."""
    while len(earlier) < count:
        earlier.append(_named_list(scan, lang, parties[named_in[len(earlier)]].actors))
    return [found for per in earlier[:count] for found in per][-_LISTS_KEPT:]


def _set_members(scan: Scan, lang: LanguageEvents, sent: tuple[int, int], actors: list[ActorMention],
                 lists: Callable[[], list[tuple[list[ActorMention], bool]]], start: int, end: int
                 ) -> tuple[list[ActorMention], set[str]]:
    """A set named before as the act's subject ("die vier Europäer forderten", "les deux dirigeants
    ont appelé", "лідери закликали", "sicherten die drei Politiker ... zu"): each member named in
    the nearest earlier list of that size (with no size stated, the nearest list joined by
    conjunctions) acts. Members stand where the set's words are; their codes are returned too."""
    folded = scan.folded
    cues = lang.cues
    found = None
    for lo, hi in ((sent[0], start), (end, min(sent[1], word_end(folded, end + 1) + 64))):
        span = folded[lo:hi]
        if not any(noun in span for noun in cues.group_nouns):
            continue                  # no word there can start with a set's noun
        words = [(m.start(), m.end(), m.group()) for m in _WORD.finditer(folded, lo, hi)]
        if lo == end:
            words = words[:_GROUP_AFTER_WORDS]
        for n, (w_start, w_end, word) in enumerate(words):
            if word.startswith(cues.group_nouns):
                found = (w_start, w_end, _numeral(cues, words[n - 1][2]) if n else None)
                if found[2] is not None:
                    found = (words[n - 1][0], w_end, found[2])
                break
        if found:
            break
    if found is None:
        return actors, set()
    g_start, g_end, size = found
    members = next((group for group, joined in reversed(lists())
                    if (len(group) == size if size else joined and len(group) >= 2)), None)
    if members is None:
        return actors, set()
    # The set is the subject: no one else named before the act (or, after it, before the set); its
    # own members may be, in what it acts on ("세 정상은 한미일 정상회의를 ... 합의했다").
    codes = {m.code for m in members}
    if any(not a.locative and a.code not in codes and (a.start < start if g_start < start else end <= a.start < g_start)
           for a in actors):
        return actors, set()
    # Members named only after the set, in what it acts on, still act as the set.
    named = {a.code for a in actors if not a.locative and (a.start < g_start or g_start > start)}
    added = [ActorMention(g_start, g_end, m.code, m.entity, m.kind) for m in members if m.code not in named]
    return (sorted(actors + added, key=lambda a: a.start), {a.code for a in added}) if added else (actors, set())


_WORD = re.compile(r"[^\W\d_][\w'\-]*")


def _numeral(cues: Cues, word: str) -> int | None:
    """How many a numeral of `group_numerals` says ("vier" -> 4)."""
    for entry in cues.group_numerals:
        value, _, form = entry.partition(" ")
        if form == word and value.isdigit():
            return int(value)
    return None


def _since(folded: str, cues: Cues, end: int, pos: int) -> bool:
    """Whether a "since" phrase ("seit seiner Wahl", "since the invasion") opens between an act's
    words and a date at `pos`, in the same clause."""
    gap = folded[end:pos]
    if any(ch in gap for ch in ",;:()"):
        return False
    words = gap.split()
    text = " " + " ".join(words) + " "
    return any(f" {m} " in text for m in cues.epoch_markers)


_EPOCH_AFTER_REACH = 48    # characters between a date and the postposition that closes its "since" phrase


def _since_after(folded: str, cues: Cues, pos: int, start: int) -> bool:
    """Whether a date ending at `pos` opens a "since" phrase closed by a postposition in the same
    clause, with the act's words at `start` not inside it ("1 Mart'ta göreve başlamasından bu yana
    ilk ziyareti", "3月1日の就任以来初の訪問"): the date is the day of another event."""
    if not cues.epoch_after:
        return False
    gap = folded[pos:pos + _EPOCH_AFTER_REACH]
    cut = min((gap.find(ch) for ch in ",;:()、。." if ch in gap), default=len(gap))
    gap = gap[:cut]
    text = " " + " ".join(gap.split()) + " "
    for m in cues.epoch_after:
        at = gap.find(m) if is_unspaced(m[0]) else (text.find(f" {m} ") if f" {m} " in text else -1)
        if at < 0:
            continue
        if is_unspaced(m[0]):
            return not pos <= start < pos + at
        # the marker's place in `folded`: after its words, approximately (spaces were squeezed)
        return not pos <= start < pos + gap.find(m.split()[0])
    return False


_ELAPSED_GAP = 3        # words between "three years after" and the act's noun ("the start of the Russian")
_ELAPSED_REACH = 32      # characters after an act's noun its elapsed time may take ("から3年となる")
_NUMERAL = re.compile(r"[\d.,]+")


def _elapsed(folded: str, cues: Cues, start: int, end: int, sent: tuple[int, int]) -> bool:
    """Whether the act's noun at `start:end` names what a time is counted from ("three years after
    Russia's invasion", "ロシアの侵攻から3年", "침공 3년을 맞아"): a background, not an act."""
    if cues.elapsed:
        words = folded[max(sent[0], start - 96):start].split()
        # A phrase's last word is one of the last words before the noun, or no phrase matches.
        last = _last_words(cues.elapsed)
        for phrase in cues.elapsed if last is None or not last.isdisjoint(words[-_ELAPSED_GAP - 1:]) else ():
            size = len(phrase.split())
            for skip in range(_ELAPSED_GAP + 1):
                at = len(words) - skip - size
                if at >= 0 and " ".join(words[at:at + size]) == phrase \
                        and not any(ch in w for w in words[at + size - 1:] for ch in ",;:()"):
                    return True
    if cues.elapsed_after:
        after = folded[end:min(sent[1], end + _ELAPSED_REACH)]
        stop = _ELAPSED_STOP.search(after)
        if stop is not None:
            after = after[:stop.start()]
        if any(is_unspaced(ch) for ch in after[:4]):
            squeezed = after.replace(" ", "")
            anchors, after_kara, zeros = _elapsed_unspaced(cues.elapsed_after, cues.elapsed_numerals)
            bare = _NUMERAL.sub("", squeezed.translate(zeros))
            return bare != squeezed and (bare.startswith(anchors) or bare.startswith(after_kara))
        words = after.split()[:4]
        tails = []
        if words and _NUMERAL.match(words[0]):
            tails.append(" ".join([_NUMERAL.sub("", words[0], count=1)] + words[1:]).strip())
        tails.append(" ".join(words[1:]))
        tails.append(" ".join(words))
        return any(t.startswith(cues.elapsed_after) for t in tails if t)
    return False


_ELAPSED_STOP = re.compile("[,;:()、。]")     # where the words after an act's noun stop being read


@cache
def _elapsed_unspaced(anchors: tuple[str, ...], numerals: tuple[str, ...]
                      ) -> tuple[tuple[str, ...], tuple[str, ...], dict[int, str]]:
    """The anchors of a script without spaces, the same after "から", and the one-letter numerals
    each as "0" (a table for `str.translate`): made once per language, not once per act."""
    unspaced = tuple(p for p in anchors if is_unspaced(p[0]))
    zeros = {ord(n): "0" for n in numerals if len(n) == 1}
    return unspaced, tuple("から" + p for p in unspaced), zeros


@cache
def _last_words(phrases: tuple[str, ...]) -> frozenset[str] | None:
    """The last words of `phrases` (None when one has no words: it matches anywhere)."""
    if any(not p.split() for p in phrases):
        return None
    return frozenset(p.split()[-1] for p in phrases)


def _accompanies(folded: str, cues: Cues, pos: int) -> bool:
    """Whether a companion phrase ("zusammen mit", "together with", "разом з") stands right before
    the name at `pos`, with at most the words of a title between."""
    if not cues.companions:
        return False
    words = folded[max(0, pos - _COMPANION_REACH):pos].split()
    for phrase in cues.companions:
        size = len(phrase.split())
        for skip in range(_COMPANION_TITLE_WORDS + 1):
            if len(words) >= size + skip and " ".join(words[len(words) - skip - size:len(words) - skip]) == phrase:
                return True
    return False


_COMPANION_REACH = 64
_COMPANION_TITLE_WORDS = 2    # "zusammen mit dem ukrainischen Präsidenten": an article and a title word


def _right_after(folded: str, links: Container[str], end: int, pos: int) -> bool:
    """Whether only a linking word or two ("à", "to") stand between `end` and `pos`."""
    gap = folded[end:pos].split()
    return pos >= end and len(gap) <= _ADDRESSEE_WORDS and all(w in links for w in gap)


_ADDRESSEE_WORDS = 1     # "a demandé à Pékin": the preposition between a demand and whom it is made to


def _addressee_seat(folded: str, lang: LanguageEvents, here: actors_mod.SentenceParties,
                    actors: list[ActorMention], end: int) -> list[ActorMention]:
    """A capital right after a demand ("a demandé à Pékin de ...", "pidió a Pekín que ..."): whom the
    demand is made to, not where it was made; its country joins the actors."""
    seat = next((a for a in here.seats if a.kind == "place"
                 and _right_after(folded, lang.cues.destination_prepositions, end, a.start)), None)
    tail = None
    if seat is None and lang.cues.destination_suffixes:
        # "Pekin'e ... çağrısında bulundu": a capital in the dative before the demand.
        for p in here.places:
            name = folded[p.start:p.end]
            if p.destination and p.start < end and p.country and _capital_place(p):
                tail = next((t for t in sorted(lang.cues.destination_suffixes, key=len, reverse=True)
                             if name.endswith(t)), None)
                seat = ActorMention(p.start, p.end, p.country.upper(), p.entity, "place")
                break
    if seat is None or any(a.start == seat.start for a in actors):
        return actors
    return sorted(actors + [ActorMention(seat.start, seat.end, seat.code, seat.entity, "place", seat=True, tail=tail)],
                  key=lambda a: a.start)


def _capital_place(place: PlaceMention) -> bool:
    """Whether a place is its country's capital."""
    try:
        city = gazetteer.capital(place.country.upper()) if place.country else None
    except (KeyError, OSError, ValueError):
        return False
    return city is not None and actors_mod.english_name(city.geonameid, city.name) == place.name


def _venues(scan: Scan, sent: tuple[int, int], here: actors_mod.SentenceParties, info: EventType,
            actors: list[ActorMention], cut: int, start: int, end: int) -> list[PlaceMention]:
    """Which places of the sentence may be where the act happened: not a seat that speaks for
    its country ("В Москве пообещали"), and for a plan only where the act itself was
    ("agreed to meet next in Astana" is not in Astana)."""
    speaking = {(a.start, a.end) for a in actors if a.seat}
    places = [p for p in here.places if p.start < cut and (p.start, p.end) not in speaking]
    if info.plans:
        hosts = frozenset(a.code for a in actors if a.broker or a.participant)
        places = [p for p in places if places_mod.act_place(scan, sent, p, start, end, hosts)]
    return places


def _sentence_direction(lang: LanguageEvents, scan: Scan, sent: tuple[int, int], trig: Trigger, info: EventType,
                        actors: list[ActorMention], start: int, end: int, last_end: int,
                        sentence_roles: tuple[list, int]) -> tuple[list, int]:
    """One sentence, one direction: a later directed act takes the roles of the sentence's first
    ("X was summoned ..., where they protested to him"), unless a subordinate clause names its
    own pair ("warned ... after Finland expelled"), or it is the verb of a relative clause, whose actor is
    the pronoun's antecedent ("condemned Austria, which voted against ...")."""
    if not info.symmetric:
        relative = _relative_clause(scan.folded, lang.cues, actors, sent[0], sent[1], start, end)
        if relative is not None:
            return relative
    if info.addressed:
        # "한국과 미국은 북한의 발사를 규탄하고 유엔 안보리에 대응을 촉구했다": a demand's own addressee,
        # marked as such before it, is whom it is made to, whatever the sentence's first act was.
        own_pairs, own_explicit = _roles(trig, info, actors, start, end, sent[0], sent[1], lang, scan, None)
        if own_explicit == 2 and own_pairs and all(
                t is not None and t.start < start and t.tail is not None and t.tail in lang.cues.destination_suffixes
                for _, t in own_pairs):
            return own_pairs, own_explicit
    sub = has_cue(scan, "subordinate", last_end, start)
    if sub is None:
        # "Scholz drängte Erdoğan ..., Russland kritisierte das Gespräch": a side the sentence's
        # first act does not name, in this act's clause before it, is its subject: a clause of its own.
        known = {a.code for pair in sentence_roles[0] for a in pair if a is not None}
        c_start = clause(scan, sent[0], sent[1], start, end)[0]
        # A side in the genitive owns a thing named in the clause ("북한과의 군사협력을 중단할 것을
        #촉구했다": cooperation with the North), and is no subject of its own.
        genitive = lang.cues.genitive_suffixes
        if c_start >= last_end and any(c_start <= a.start < start and not a.locative and a.code not in known
                                       and not (not lang.subject_before_verb and a.tail is not None and a.tail in genitive)
                                       for a in actors):
            return _roles(trig, info, [a for a in actors if a.start >= c_start and not a.locative],
                          start, end, c_start, sent[1], lang, scan, None)
    later = [a for a in actors if sub is not None and sub.end() <= a.start and not a.locative]
    own = _roles(trig, info, later, start, end, sub.end(), sent[1], lang, scan, None) \
        if sub is not None and len({a.code for a in later}) >= 2 else ([], 0)
    if own[1] == 2:
        return own
    pairs, explicit = sentence_roles
    if not info.verbal:
        # "Kazakhstan asked the CSTO for help, and the alliance sent troops to Kazakhstan": a later
        # act sent to the side that acted first goes the other way.
        destined = {a.code for a in actors if a.start >= last_end
                    and actors_mod.destined(a, scan.folded, lang.cues)}
        if destined and all(s is not None and s.code in destined for s, _ in pairs):
            return [(t, s) for s, t in pairs], explicit
    return sentence_roles


def _own_government(scan: Scan, source: ActorMention | None, target: ActorMention | None,
                    end: int) -> ActorMention | None:
    """The target of a protest against the protesters' own government's step abroad ("rallied against
    the government's decision to suspend EU accession talks"): their state, not the foreign side
    named inside the step."""
    if source is None or target is None or target.start < end:
        return target
    country = actors_mod.split_party(source.code)[0]
    if actors_mod.split_party(target.code)[0] == country or not gazetteer.is_country(country):
        return target
    body = has_cue(scan, "national_bodies", end, target.start)
    if body is None:
        return target
    return ActorMention(body.start(), body.end(), country, "", "institution")


def _in_person(actors: list[ActorMention], side: ActorMention) -> bool:
    """Whether a side is named by one of its people (an official), not only as a state."""
    return any(a.kind == "person" and a.code == side.code for a in actors)


def _apart(gap: str) -> bool:
    """Whether a date ending `gap` before a meeting is not one of the words right before it: a
    comma or more words than the days-after words take lie between."""
    return any(ch in gap for ch in ",،;") or len(gap.split()) > _DAYS_AFTER_WORDS


_DAYS_AFTER_WORDS = 4    # the most words the days-after words before a meeting take ("the day after his")
_DAYS_AFTER_REACH = 64   # characters before a meeting its days-after words may stand in
_DAYS_AFTER_GAP = 2    # words between "a day after" and the talks it names ("a day after his talks")


def _days_before(folded: str, cues: Cues, start: int, end: int) -> int | None:
    """How many days before the sentence's act a meeting at `start:end` was, when words say so
    right before it ("a day after talks") or right after it ("görüşmelerden bir gün sonra")."""
    if cues.days_after:
        entries, last = _day_counts(cues.days_after)
        before = folded[max(0, start - _DAYS_AFTER_REACH):start].split()
        # Their last word is one of the last words before `start`, or no entry matches.
        if last is None or not last.isdisjoint(before[-_DAYS_AFTER_GAP - 1:]):
            for n, words in entries:
                for skip in range(_DAYS_AFTER_GAP + 1):
                    at = len(before) - skip - len(words)
                    if at >= 0 and before[at:at + len(words)] == words:
                        return n      # (its words are the last `len(words) + skip` before `start`)
    if cues.days_after_post:
        after_at = word_end(folded, end)
        after = folded[after_at:after_at + 64].split()
        firsts = after[:_DAYS_AFTER_GAP + 1]
        for n, words in _post_counts(cues.days_after_post):
            if len(words) > 1 and words[0] not in firsts:
                continue        # (the common case) its first word is none of the first words after
            for skip in range(_DAYS_AFTER_GAP + 1):
                got = after[skip:skip + len(words)]
                # The last word may carry a particle ("다음 날인").
                if len(got) == len(words) and got[:-1] == words[:-1] and got[-1].startswith(words[-1]):
                    return -n           # negative: the words follow the meeting (see `_leg_span`)
    return None


@cache
def _post_counts(entries: tuple[str, ...]) -> tuple[tuple[int, list[str]], ...]:
    """The days-after entries that follow a meeting ("1 다음 날") whose count is a number, as (days,
    words) in their order: read once, not once per meeting."""
    return tuple((int(n), phrase.split()) for n, _, phrase in (e.partition(" ") for e in entries) if n.isdigit())


@cache
def _day_counts(entries: tuple[str, ...]) -> tuple[list[tuple[int, list[str]]], frozenset[str] | None]:
    """The days-after entries ("1 day after") whose count is a number, as (days, words) in their
    order, and the last words of them all (None when one has no words: it matches anywhere)."""
    counted = [(int(n), phrase.split()) for n, _, phrase in (e.partition(" ") for e in entries) if n.isdigit()]
    last = frozenset(words[-1] for _, words in counted if words)
    return counted, None if any(not words for _, words in counted) else last


def _days_earlier(folded: str, cues: Cues, begin: int, start: int) -> int | None:
    """How many days before the last day named the words before an act at `start` in its sentence
    (from `begin`) put it ("The day before, ...", "Sehari sebelumnya, ...", "前日には")."""
    if not cues.days_earlier:
        return None
    before = folded[begin:start]
    text = None         # the words before, spaced one apart: made only for a phrase of spaced words
    for n, phrase, unspaced in _earlier_counts(cues.days_earlier):
        if unspaced:
            if phrase in before:
                return n
            continue
        if text is None:
            text = " " + " ".join(before.replace(",", " ").split()) + " "
        if f" {phrase} " in text:
            return n
    return None


@cache
def _earlier_counts(entries: tuple[str, ...]) -> tuple[tuple[int, str, bool], ...]:
    """The days-earlier entries ("1 the day before") whose count is a number, as (days, phrase, whether
    the phrase is of a script without spaces), in their order: read once, not once per act."""
    counted = ((n, phrase) for n, _, phrase in (e.partition(" ") for e in entries) if n.isdigit())
    return tuple((int(n), phrase, is_unspaced(phrase[0])) for n, phrase in counted)


def _earlier_day(date: DateMention | None, published: dt.date | None, days: int, start: int, end: int
                 ) -> DateMention | None:
    """The day `days` before the act's stated day (else before the report's day)."""
    if date is not None and date.iso and date.precision == "day":
        base = dt.date.fromisoformat(date.iso[:10])
        return replace(date, iso=(base - dt.timedelta(days=days)).isoformat(), kind="relative")
    if date is None and published is not None:
        day = (published - dt.timedelta(days=days)).isoformat()
        return DateMention(start, end, day, "day", "relative")
    return date


def _own_body(actors: list[ActorMention]) -> list[ActorMention]:
    """An organ's official speaks for the organ, and the body it belongs to is its own side, not
    whom it acts on: "the Commission president said the EU is ready to mobilise 500 million for
    Jordan" is the Commission's act for Jordan (`en/orgs.toml` `gives_as`: EC, EUCO -> EU)."""
    table = gives_as()
    bodies = {table[a.code]: a.start for a in actors if a.code in table and a.kind == "person"}
    if not bodies:
        return actors
    # Named after the official (what they said the body does), not before ("the EU's ... president").
    rest = [a for a in actors if a.code not in bodies or a.start < bodies[a.code]]
    return rest if len({a.code for a in rest}) >= 2 else actors


def _with_host(pairs: list[tuple[ActorMention | None, ActorMention | None]], explicit: int,
               actors: list[ActorMention], places: list[PlaceMention], scene_place: PlaceMention | None,
               line_place: PlaceMention | None) -> tuple[list[tuple[ActorMention | None, ActorMention | None]], int]:
    """Those who took part in a gathering ("X, Y and Z also took part", "شارك في القمة") meet its
    host when the sentence does not name it: the country of the place it names, else of the scene's
    place, else of the dateline's. Every pair of them and the host met."""
    named = {a.start for a in actors}
    sides: dict[str, ActorMention] = {}
    for pair in pairs:
        for a in pair:
            if a is not None and a.start in named:
                sides.setdefault(split_party(a.code)[0], a)
    place = next((p for p in places if p.locative), None) or scene_place or line_place
    if not sides or place is None or not place.country or place.country in sides:
        return pairs, explicit
    members = [*sides.values(), ActorMention(place.start, place.end, place.country, place.entity, "country")]
    return [(a, b) for n, a in enumerate(members) for b in members[n + 1:]], 2


def _travels_on(pairs: list[tuple[ActorMention | None, ActorMention | None]],
                primary: tuple[ActorMention, ActorMention], places: list[PlaceMention]
                ) -> list[tuple[ActorMention | None, ActorMention | None]]:
    """A trip that names no side but goes to a country outside the article's pair ("A kormányfő
    pénteken Moszkvába utazott"): the article's first traveller visits that country."""
    codes = {primary[0].code, primary[1].code}
    dest = next((p for p in places if p.destination and not p.locative and p.country
                 and p.country not in codes and gazetteer.is_country(p.country)), None)
    if dest is None or not gazetteer.is_country(primary[0].code):
        return pairs
    return [(primary[0], ActorMention(dest.start, dest.end, dest.country, dest.entity, "place"))]


def _people_of(places: list[PlaceMention]) -> list[tuple[ActorMention | None, ActorMention | None]]:
    """A protest with no side named but a place ("thousands protested in Tbilisi"): the people
    there against their own state."""
    place = next((p for p in places if p.locative and p.country), None)
    if place is None:
        return []
    people = ActorMention(place.start, place.end, actors_mod.party(place.country, actors_mod.CIVILIANS), "",
                          "sector", sector=actors_mod.CIVILIANS)
    return [(people, ActorMention(place.start, place.end, place.country, "", "institution"))]


def _missing_side(trig: Trigger, info: EventType, source: ActorMention | None, target: ActorMention | None,
                  place: PlaceMention | None, home: str | None, line_place: PlaceMention | None
                  ) -> tuple[ActorMention | None, ActorMention | None]:
    """Who the unnamed side of an act is: the dateline's country for one addressed in the passive
    ("Israel was urged to stop", "От Израиля потребовали"), the place's country for a target
    reached there (aid that "landed at Herat airport" goes to Afghanistan; "Tbilisiyə gəlib"
    visits Georgia)."""
    if target is not None and source is None and home and target.code != home \
            and (trig.passive or info.addressed) and line_place is not None:
        source = ActorMention(line_place.start, line_place.end, home, line_place.entity, "place")
    if target is not None and source is None and trig.passive and place is not None and place.country \
            and place.country != target.code:
        # "the ambassador of Iran was summoned to the ministry in Baku": who summoned is where.
        source = ActorMention(place.start, place.end, place.country, place.entity, "place")
    if target is None and source is not None and place is not None and place.country \
            and not info.verbal and place.country != source.code and (not info.symmetric or place.destination
                                                                      or trig.mode == "visit"):
        target = ActorMention(place.start, place.end, place.country, place.entity, "place")
    if target is None and source is not None and info.inward:
        country, sector = actors_mod.split_party(source.code)
        if sector is not None or (source.locative and source.kind == "country"):
            # "Workers went on strike", "В Грузии прошла забастовка": against their own state.
            if sector is None:
                source = source._replace(code=actors_mod.party(country, actors_mod.CIVILIANS), sector=actors_mod.CIVILIANS)
            target = ActorMention(source.start, source.end, country, "", "institution")
    return source, target


def _round(doc: Document, lang: LanguageEvents, scan: Scan, idx: int, cut: int) -> int | None:
    """Which round of talks a meeting is: stated in its sentence, else in the next one
    ("... held consultations. It was the 24th meeting of the group.")."""
    sent = doc.sentences[idx]
    found = round_number(lang, doc.text, scan, sent[0], cut)
    if found is None and idx + 1 < len(doc.sentences):
        found = round_number(lang, doc.text, scan, *doc.sentences[idx + 1])
    return found


def _with_dyad(pending: list[Candidate], primary: tuple[ActorMention, ActorMention]) -> list[Candidate]:
    """Acts with one side named whose other side is the article's dyad ("Moscow promised to respond")."""
    out = []
    table = event_types()
    for c in pending:
        known = c.source or c.target
        if known is not None and known.code not in {primary[0].code, primary[1].code} \
                and _next_leg(table[c.type], c, known, primary[0]):
            # "Orbán Kijevbe látogatott ... A kormányfő pénteken Moszkvába utazott, ahol Putyinnal
            # találkozott": the traveller of the article's first meeting met the one named where
            # the trip went on to.
            c.source, c.target = primary[0], known
            out.append(c)
            continue
        if known is None or known.code not in {primary[0].code, primary[1].code}:
            continue
        if (c.source is not None) != (known.start < c.start):
            continue                  # a subject before the verb acts, an object after it is acted upon
        other = primary[1] if primary[0].code == known.code else primary[0]
        if c.source is None:
            c.source = other
        else:
            c.target = other
        out.append(c)
    return out


_ALONE_KINDS = ("person", "sector")


def _coordinated(folded: str, conjunctions: tuple[str, ...], start: int, end: int) -> int:
    """Where a clause joined by a comma and a conjunction begins in `[start:end)` (`end` if none)."""
    comma = folded.find(",", start, end)
    while comma >= 0:
        words = folded[comma + 1:end].split()
        if words and words[0] in conjunctions:
            return comma
        comma = folded.find(",", comma + 1, end)
    return end


def _alone(scan: Scan, sentences: list[tuple[int, int]], pending: list[Candidate],
           parties: list[actors_mod.SentenceParties], table: Mapping[str, EventType],
           conjunctions: tuple[str, ...] = (), roles: list[int] | None = None) -> list[Candidate]:
    """Acts one actor did with no second party ("the president resigned", "promised to democratize
    the country"), in an article that names no pair: a type flagged `alone` is a domestic act, with
    the actor's own state as its target, when its sentence names no party of another country. Only
    the sentence's first act, done by the side named before it, and not inside a condition ("will
    boycott the elections unless the president agrees to step down"): a later one is what the first
    is about ("demanded that its partners refuse ..."). The actor is a person or a group (a sector): a
    country named alone ("Denmark accepted the formula") acts towards a side the sentence left out."""
    out = []
    first: dict[int, int] = {}
    for c in pending:
        first[c.sentence] = min(first.get(c.sentence, c.start), c.start)
    for c in pending:
        if c.source is None or c.target is not None or not table[c.type].alone or c.start != first[c.sentence] \
                or c.source.start > c.start or has_cue(scan, "conditions", sentences[c.sentence][0], c.start):
            continue
        if table[c.type].alone_on:
            # Before a clause joined after a comma ("denies any wrongdoing, and his party said it would
            # appeal to the court": the court is the party's matter).
            until = _coordinated(scan.folded, conjunctions, c.end, sentences[c.sentence][1])
            if not any(c.start < a.start < until and not a.locative for a in parties[c.sentence].actors):
                continue  # "investigating the cause of the fire": no one it is done to
        if c.source.kind not in _ALONE_KINDS and not any(
                a.kind == "person" and a.code == c.source.code for a in parties[c.sentence].actors) \
                and not (c.trigger.kind in personal_kinds() and domestic.official_titled(roles, c.source, c.start)):
            continue      # "Serbian President Vojislav Kostunica promised": the official is named
        country = split_party(c.source.code)[0]
        if not gazetteer.is_country(country) or any(
                split_party(a.code)[0] != country for a in parties[c.sentence].actors):
            continue
        c.target = ActorMention(c.source.start, c.source.end, country, "", "country")
        out.append(c)
    return out


def _next_leg(info: EventType, c: Candidate, known: ActorMention, traveller: ActorMention) -> bool:
    """Whether a meeting with one side named, in that side's country where a trip went to ("Moszkvába
    utazott, ahol"), is the next leg of the trip of the article's first traveller (a country, not
    the side named)."""
    # So is one there on a day named by its distance from another ("the day before he was in
    # Bucharest, where he had talks with Ciolacu"): the trip's earlier leg.
    return info.meeting and c.place is not None and c.place.country == known.code \
        and (c.place.destination or c.date is not None and c.date.kind == "relative") \
        and traveller.code != known.code and gazetteer.is_country(traveller.code) \
        and gazetteer.is_country(known.code)


def _build(doc: Document, lang: LanguageEvents, scan: Scan, cands: list[Candidate],
           line_place: PlaceMention | None) -> list[Event]:
    table = event_types()
    dateline = doc.layers.get("dateline")
    line_date = dateline.date.iso if isinstance(dateline, Dateline) and dateline.date else None
    published = doc.source.published.isoformat() if doc.source.published else None
    lead = places_mod.lead_sentences(doc, dateline) if isinstance(dateline, Dateline) else set()
    inferred = {d.iso for d in doc.layers.get("dates") or () if d.inferred}
    stated = _stated_dates(cands)
    talks = _talks_days(cands, table)
    merged: dict[tuple, _Merged] = {}
    order: list[tuple] = []
    dated = []
    venues: dict[tuple[int, int], PlaceMention] = {}   # a meeting word's venue, for every pair it names
    for c in cands:
        info = table[c.type]
        pair = frozenset((c.source.code, c.target.code))
        date = c.date or stated.get((c.type, pair))
        iso, precision = (date.iso, date.precision) if date else (c.scene_date or line_date or published, "day")
        if info.meeting and c.trigger.mode == "visit" and precision == "day":
            iso = _visit_talks(iso, c.start, talks.get(pair, ()))
        place = _place(c, info, pair, iso, line_place, line_date or published, lead)
        if place is not None and info.meeting and c.trigger.mode != "phone":
            venues.setdefault((c.sentence, c.start), place)
        dated.append((c, info, pair, date, iso, precision, place))
    # Where one side of a pair received the other on a day, what else they did to each other that day, told
    # with no place of its own ("... received the Kenyan president in Berlin. Germany announced 50 million for
    # Kenya's water supply"), was done there (a meeting in a third country locates no more than itself).
    met_at: dict[tuple[frozenset[str], str | None], PlaceMention] = {}
    for c, info, pair, date, iso, precision, place in dated:
        if info.meeting and c.trigger.mode != "phone" and place is not None \
                and place.country in {actors_mod.split_party(code)[0] for code in pair}:
            met_at.setdefault((pair, iso), place)
    if met_at:
        dated = [(c, info, pair, date, iso, precision,
                  met_at.get((pair, iso)) if place is None and not info.meeting else place)
                 for c, info, pair, date, iso, precision, place in dated]
    for c, info, pair, date, iso, precision, place in dated:
        if iso is None:
            precision = None
        guessed = date.inferred if date is not None else iso in inferred
        confidence = _confidence(c, guessed)
        # A building or capital ("сообщили в Кремле") is where the news came from as much as a venue.
        by_context = c.place is None or not c.place_stated
        if place is None and info.meeting and c.trigger.mode != "phone":
            # "Macron and von der Leyen met Xi": the three pairs of one meeting met at one place.
            place = venues.get((c.sentence, c.start))
        source, target, mode, place = _sides_and_mode(c, info, pair, place)
        if info.pledge and info.decided and source.kind == "org" and giving_body(source.code) != source.code:
            # "the European Council approved the Ukraine Facility": the money is the Union's (not the
            # Commission's own, which it manages).
            source = source._replace(code=giving_body(source.code))
        source, target = _governed(source), _governed(target)
        if own_body(source.code, target.code):
            continue        # an organ and its own body are one side (organs.py)
        key = (c.type, pair if info.symmetric else (source.code, target.code), iso)
        entry = merged.get(key)
        if entry is None:
            if c.trigger.weak:
                continue
            source_actor, target_actor = _actor(source), _actor(target)
            event = Event(id="", type=c.type, source=source_actor, target=target_actor, mode=mode, date=iso,
                          date_precision=precision, cameo=info.cameo, intensity=info.intensity,
                          confidence=confidence, domestic=source_actor.code == target_actor.code)
            entry = merged[key] = _Merged(event)
            order.append(key)
        _merge_into(entry, c, info, source, target, mode, place, by_context, confidence)
    _calls_have_no_venue(merged, order)
    return _finish(doc, lang, scan, [merged[k] for k in order])


def _governed(actor: ActorMention) -> ActorMention:
    """A territory's actor as its state's ("l'état d'urgence en Nouvelle-Calédonie": France acts at home)."""
    head, sector = split_party(actor.code)
    state = sovereign().get(head)
    if state is None:
        return actor
    return actor._replace(code=state + actor.code[len(head):])


def _merge_into(entry: _Merged, c: Candidate, info: EventType, source: ActorMention, target: ActorMention,
                mode: str | None, place: PlaceMention | None, by_context: bool, confidence: float) -> None:
    """What another mention of the same act adds: a surer mode (and a visit's direction), the
    first venue (none for a phone call), the round, the CAMEO mode, the highest confidence, its sentence."""
    ev = entry.event
    if _MODE_RANK.get(mode, 0) > _MODE_RANK.get(ev.mode, 0):
        ev.mode = mode
        if mode == "visit":
            ev.source, ev.target = _actor(source), _actor(target)
    if ev.location is None and place is not None and ev.mode != "phone":
        ev.location = Location(place.name, place.country)
        entry.placed_by_context = by_context
    if ev.mode == "phone":
        ev.location = None
    if ev.round is None and c.round is not None:
        ev.round = c.round
    if c.trigger.mode and not info.meeting:
        entry.cameo_mode = entry.cameo_mode or c.trigger.mode
    ev.confidence = max(ev.confidence, confidence)
    if c.sentence not in entry.sentences:
        entry.sentences.append(c.sentence)


def _finish(doc: Document, lang: LanguageEvents, scan: Scan, entries: list[_Merged]) -> list[Event]:
    """The events of the merged acts: evidence and mentions, confidence raised by each further
    mention, the CAMEO code of the mode, the topics (of the whole article for the talks of its
    only meeting pair), numbered in text order."""
    table = event_types()
    events = []
    meeting_pairs = {frozenset((entry.event.source.code, entry.event.target.code))
                     for entry in entries if table[entry.event.type].meeting}
    body = doc.sentences
    body_topics: list[str] | None = None      # the whole article's, asked by each meeting of its one pair
    for entry in entries:
        ev = entry.event
        told = sorted(entry.sentences)
        spans = [doc.sentences[i] for i in told]
        ev.evidence = Evidence(spans[0][0], spans[0][1], told[0])
        ev.mentions = [Evidence(s, e, i) for i, (s, e) in zip(told, spans)]
        ev.confidence = round(min(0.95, ev.confidence + 0.05 * (len(spans) - 1)), 2)
        info = table[ev.type]
        ev.cameo = info.modes.get(ev.mode or entry.cameo_mode or "", info.cameo)
        if info.meeting and len(meeting_pairs) == 1:
            if body_topics is None:
                body_topics = topics(lang, doc.text, scan, sorted(body))
            ev.topics = list(body_topics)
        else:
            ev.topics = topics(lang, doc.text, scan, sorted(spans))
        events.append(ev)
    events.sort(key=lambda e: (e.evidence.start if e.evidence else 0))
    for n, ev in enumerate(events, 1):
        ev.id = f"v{n}"
    return events


_VISIT_DAYS = 2      # talks this many days after a visit's first day or fewer are the visit's


def _talks_days(cands: list[Candidate], table: Mapping[str, EventType]
                ) -> dict[frozenset[str], list[tuple[dt.date, int]]]:
    """The days each pair is stated to have held talks or met (not: visited, arrived), with where."""
    out: dict[frozenset[str], list[tuple[dt.date, int]]] = {}
    for c in cands:
        day = timing.parse_day(c.date.iso) if c.date is not None and c.date.precision == "day" else None
        if day is not None and table[c.type].meeting and c.trigger.mode == "meeting":
            out.setdefault(frozenset((c.source.code, c.target.code)), []).append((day, c.start))
    return out


def _visit_talks(iso: str | None, pos: int, talks: Sequence[tuple[dt.date, int]]) -> str | None:
    """A visit the report mentions after leading with its talks is dated by them: "Lavrov held talks
    with Wang Yi on Tuesday ... He arrived on Monday for a two-day visit" is one meeting, on
    Tuesday. A visit told first, in the order of its days, keeps its own day."""
    day = timing.parse_day(iso)
    if day is None or any(t == day for t, _ in talks):
        return iso                  # talks on the visit's own day: a day of its own
    later = [t for t, at in talks if at < pos and 0 < (t - day).days <= _VISIT_DAYS]
    return min(later).isoformat() if later else iso


def _stated_dates(cands: list[Candidate]) -> dict[tuple[str, frozenset[str]], DateMention]:
    """The date the article states for each type and pair: an act stated undated elsewhere takes it."""
    stated: dict[tuple[str, frozenset[str]], DateMention] = {}
    for c in cands:
        if c.date is not None:
            stated.setdefault((c.type, frozenset((c.source.code, c.target.code))), c.date)
    return stated


def _place(c: Candidate, info: EventType, pair: frozenset[str], iso: str | None,
           line_place: PlaceMention | None, news_date: str | None, lead: set[int]) -> PlaceMention | None:
    """Where an act happened: its stated place, else the scene's place on the scene's day, else
    the dateline's place for acts of the news' day and the lead's recent act (the dateline locates
    the news it heads); each only in one of the pair's countries."""
    mode = event_types().get((c.trigger.mode or "").upper())
    if info.plans and mode is not None and mode.meeting:
        return None         # an intent to meet: the place named is the later meeting's
    place = c.place
    # A sector's act is its country's: "ISR:COP" is in Israel.
    states = {actors_mod.split_party(code)[0] for code in pair}
    if place is None and c.scene_place is not None and iso == c.scene_date \
            and (c.scene_place.country in states or pair <= c.scene_codes):
        # The scene's place is the pair's, or the pair met there ("talks in Istanbul ... The sides agreed").
        place = c.scene_place
    # Praise or thanks are said where the speaker is: the dateline places them for its country's speaker.
    if place is None and (info.located or c.trigger.kind in located_kinds()) and line_place is not None \
            and line_place.country in states \
            and not (said(c.trigger) and actors_mod.split_party(c.source.code)[0] != line_place.country) \
            and all(gazetteer.is_country(actors_mod.split_party(code)[0]) for code in pair) \
            and (iso == news_date or ((c.sentence in lead or c.dated_by in lead)
                                      and places_mod.recent(iso, news_date))):
        place = line_place
    return place


def _sides_and_mode(c: Candidate, info: EventType, pair: frozenset[str], place: PlaceMention | None
                    ) -> tuple[ActorMention, ActorMention, str | None, PlaceMention | None]:
    """Who is source and who target, and how a meeting was held: the host receives ("X received Y":
    Y came to X); a venue in one of the two countries makes a visit by the other side, a venue
    elsewhere a third-party meeting; a phone call has no venue."""
    source, target = c.source, c.target
    if c.trigger.host:
        source, target = target, source
    intent = event_types().get((c.trigger.mode or "").upper())
    if info.plans and intent is not None and intent.meeting and c.place is not None \
            and c.place.country == source.code != target.code:
        source, target = target, source     # a visit announced to the host's city: the visitor intends it
    mode = c.trigger.mode if info.meeting else None
    if info.meeting:
        if mode == "phone":
            place = None
        elif place is not None and place.country in pair:
            mode = "visit"
            if place.country == source.code:
                source, target = target, source
        elif place is not None:
            mode = "third-party"
        elif mode is None:
            mode = "meeting"
    return source, target, mode, place


def _calls_have_no_venue(merged: dict[tuple, _Merged], order: list[tuple]) -> None:
    """What a pair agreed in a phone call on the same day was agreed on the phone: no venue
    from the scene or the dateline ("invited him to Astana" during a call is not in Astana)."""
    table = event_types()
    calls = {(frozenset((e.source.code, e.target.code)), e.date) for e in (merged[k].event for k in order)
             if table[e.type].meeting and e.mode == "phone"}
    for k in order:
        entry = merged[k]
        ev = entry.event
        if not table[ev.type].meeting and entry.placed_by_context \
                and (frozenset((ev.source.code, ev.target.code)), ev.date) in calls:
            ev.location = None


def _actor(actor: ActorMention) -> Actor:
    code, sector = actors_mod.split_party(actor.code)
    entity = actor.entity if actor.kind in ("country", "org", "sector") else None
    if sector is None and actor.sector is None and actor.kind in _GOVERNMENT_KINDS:
        sector = "GOV"            # an official, a ministry, a capital that speaks for its government
    return Actor(code, entity or None, sector or actor.sector)


def _confidence(c: Candidate, inferred_date: bool = False) -> float:
    value = 0.35 + 0.4 * c.trigger.strength * (0.5 + 0.25 * c.explicit)
    if c.date is not None:
        value += 0.1
    if inferred_date:
        value -= _INFERRED_DATE_PENALTY
    return round(min(value, 0.95), 2)


@stage("events", requires=("entities", "people", "dates"), assigns=("events",))
def run(doc: Document, settings: Settings) -> Document:
    """Fill `doc.events` from the triggers, entities and dates of the document."""
    lang = language(doc.lang or "")
    if lang.trigger_count == 0 or not doc.entities:
        doc.events = []
        return doc
    folded = doc.layers.get("folded")
    if not isinstance(folded, str) or len(folded) != len(doc.text):
        folded = fold(doc.text)
    scan = Scan.of(lang, doc.text, folded, [(d.start, d.end) for d in doc.layers.get("dates") or ()])
    line_place = places_mod.dateline_place(doc)     # the dateline's place, asked by both steps
    table = event_types()
    cands = victims_not_accused(welcomed_together(_candidates(doc, lang, scan, line_place),
                                                  lambda kind: kind in table and table[kind].welcomes))
    doc.events = _build(doc, lang, scan, cands, line_place)
    if settings.events_reader == "add":
        from . import reader      # numpy and the encoder come with the 'reader' extra only

        doc.events = reader.add(doc, lang, scan, doc.events, settings)
    return doc
