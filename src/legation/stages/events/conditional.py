"""Threats made as a negative condition: "if Sweden does not keep its commitments, we will not send
the protocol to parliament", "falls Ungarn seine Zusagen nicht einhält, wird ...", "si ... ne ... pas",
"якщо ... не ...", "jeśli ... nie ...", "dacă ... nu ...", Turkish "yerine getirmezse",
"getirmemesi halinde". Whoever sets the condition threatens the side the condition is about; the
acts the sentence names are what is threatened or what is asked, no acts of their own.

A condition opens with a word of `threat_conditions` and holds a negation in its clause, or (in a
language whose verbs take the condition as an ending) is a word ending in one of
`threat_condition_endings`, its clause running from the clause's start to that word.

A positive condition names a hostile act of the other side ("if Canada raises its tariffs in
response, ...", "si les États-Unis ripostent, ...", "misilleme yaparsa"): a word of
`threat_conditions` or `positive_conditions` with a word of `retaliations` in its clause and no
negation, or a word of `retaliation_conditions` (the condition and its act in one). Whoever sets it
threatens the side it is about; the acts of the rest of the sentence stay what they are.
"""

from __future__ import annotations

import bisect
import re
from functools import cache

from .actors import ActorMention, split_party
from .data import LanguageEvents
from .detail import Scan, clause, has_cue


@cache
def _endings(endings: tuple[str, ...]) -> re.Pattern[str] | None:
    if not endings:
        return None
    # A condition's word starts where a word does: the look-behind lets the search pass over the
    # inside of every other word at once, not try each ending from each of its letters.
    return re.compile(r"(?<!\w)\w*(?:" + "|".join(map(re.escape, endings)) + r")(?!\w)")


def condition(lang: LanguageEvents, scan: Scan, sent: tuple[int, int]) -> tuple[int, int] | None:
    """The span of a negative condition in the sentence, or None."""
    hits = scan.cues.get("threat_conditions") or []
    for hit in hits[bisect.bisect_left(hits, (sent[0],)):]:
        if hit.begin >= sent[1]:
            break
        c_start, c_end = clause(scan, sent[0], sent[1], hit.begin, hit.finish)
        if has_cue(scan, "negations", hit.finish, c_end) is not None:
            return hit.begin, c_end
    pattern = _endings(lang.cues.threat_condition_endings)
    if pattern is not None:
        m = pattern.search(scan.folded, sent[0], sent[1])
        if m is not None:
            c_start, _ = clause(scan, sent[0], sent[1], m.start(), m.end())
            return c_start, m.end()
    return None


def positive(scan: Scan, sent: tuple[int, int]) -> tuple[int, int] | None:
    """The span of a condition that the other side does a hostile act, or None."""
    if not scan.cues.get("retaliations") and not scan.cues.get("retaliation_conditions"):
        return None
    for name in ("threat_conditions", "positive_conditions"):
        hits = scan.cues.get(name) or []
        for hit in hits[bisect.bisect_left(hits, (sent[0],)):]:
            if hit.begin >= sent[1]:
                break
            _, c_end = clause(scan, sent[0], sent[1], hit.begin, hit.finish)
            if has_cue(scan, "retaliations", hit.finish, c_end) is not None \
                    and has_cue(scan, "negations", hit.finish, c_end) is None:
                return hit.begin, c_end
    hits = scan.cues.get("retaliation_conditions") or []
    for hit in hits[bisect.bisect_left(hits, (sent[0],)):]:
        if hit.begin >= sent[1]:
            break
        c_start, _ = clause(scan, sent[0], sent[1], hit.begin, hit.finish)
        return c_start, hit.finish
    return None


def sides(actors: list[ActorMention], span: tuple[int, int]) -> list[tuple[ActorMention, ActorMention]]:
    """Who threatens whom: the sides the condition names are threatened by the first side named
    outside it (the one who speaks, or the subject of what is threatened)."""
    inside = [a for a in actors if span[0] <= a.start < span[1] and not a.locative and not a.topic and not a.origin]
    codes = {split_party(a.code)[0] for a in inside}
    outside = next((a for a in actors if not span[0] <= a.start < span[1] and not a.locative
                    and split_party(a.code)[0] not in codes), None)
    if outside is None:
        return []
    targets = list({a.code: a for a in inside}.values())
    return [(outside, t) for t in targets]


def retort_sides(actors: list[ActorMention], span: tuple[int, int]) -> list[tuple[ActorMention, ActorMention]]:
    """Who threatens whom with a positive condition: the side named first outside it (who speaks,
    or who will answer) threatens each other side named inside ("if Washington imposes duties on
    Canadian lumber": Washington, not the speaker's own lumber)."""
    named = [a for a in actors if not a.locative and not a.topic and not a.origin]
    outside = next((a for a in named if a.start < span[0]), None) \
        or next((a for a in named if a.start >= span[1]), None)
    if outside is None:
        return sides_within(actors, span)
    own = split_party(outside.code)[0]
    targets = {split_party(a.code)[0]: a for a in named if span[0] <= a.start < span[1]
               and split_party(a.code)[0] != own}
    return [(outside, t) for t in targets.values()]


def sides_within(actors: list[ActorMention], span: tuple[int, int]) -> list[tuple[ActorMention, ActorMention]]:
    """Who threatens whom when the condition's clause names both ("중국 정부는 한국이 보복 조치를
    취하면", a verb-final clause): the side named first sets it, the side named last before the
    condition's verb is the one it is about."""
    inside = [a for a in actors if span[0] <= a.start < span[1] and not a.locative and not a.topic and not a.origin]
    if len({split_party(a.code)[0] for a in inside}) < 2 or split_party(inside[0].code)[0] == split_party(inside[-1].code)[0]:
        return []
    return [(inside[0], inside[-1])]
