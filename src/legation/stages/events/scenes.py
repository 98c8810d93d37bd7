"""Places of a scene told beside an act, which take no side in it."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING

from .data import Cues
from .organs import A     # an act: type, sentence, source and target

if TYPE_CHECKING:
    from .actors import ActorMention

_LINK_CHARS = 3            # a word this short between a team's noun and the name is a link ("de", "do", "of")
_DEPENDENCE_REACH = 40     # characters back from a name to the start of "dependence on (the)"


def passive_scene(group: Sequence[ActorMention], end: int, same_clause: Callable[[int, int], bool]) -> bool:
    """Whether a group named after a passive act, in a clause of its own, belongs to another act
    told beside it ("the Israeli ambassador was summoned to the ministry after Israeli forces hit
    positions in southern Lebanon"): Lebanon did not summon him; who did is the ministry's state
    (the dateline's or the publisher's), found as for a passive that names no agent."""
    return bool(group) and group[0].start >= end and not same_clause(end, group[0].start)


_ACCUSE = "ACCUSE"
_SUPPORT = "SUPPORT"


def victims_not_accused(cands: list[A]) -> list[A]:
    """A condemnation told with solidarity in one sentence ("solidarity with Czechia was expressed
    on behalf of the EU by the High Representative, who condemned the attack") is aimed at whoever
    attacked, not at the side the same speaker stands by: such an ACCUSE of the supported side,
    or of the speaker by the supported side, is dropped."""
    backed = {(c.sentence, getattr(c.source, "code", None), getattr(c.target, "code", None))
              for c in cands if c.type == _SUPPORT}
    backed |= {(s, t, f) for s, f, t in backed}
    return [c for c in cands if c.type != _ACCUSE
            or (c.sentence, getattr(c.source, "code", None), getattr(c.target, "code", None)) not in backed]


def depended_on(folded: str, start: int, cues: Cues) -> bool:
    """Whether a name is what another depends on ("reduce its dependence on China", "die
    Abhängigkeit von Russland verringern"): a background of economy, not a side of the act told
    (no REQUEST to China, no AGREE with Russia). A demonym's country counts too ("dependence on
    Russian gas"): the words right before the name end with the marker."""
    if not cues.dependence:
        return False
    chunk = folded[max(0, start - _DEPENDENCE_REACH):start].rstrip()
    return any(chunk.endswith(m) and (len(chunk) == len(m) or not chunk[-len(m) - 1].isalnum())
               for m in cues.dependence)


def plays_sport(folded: str, start: int, end: int, cues: Cues) -> bool:
    """Whether a country or demonym names a team's people ("the French coach praised the spirit of
    the German players", "o técnico português da seleção do Brasil"): sport, no act between the
    states. The team's noun comes right after the name or, where nouns come first, right before it
    (past an owner's link or a short word: "seleção do Brasil")."""
    if not cues.sport_nouns:
        return False
    rest = folded[end:end + _DEPENDENCE_REACH].lstrip(" -\u2010")
    if any(rest.startswith(n) and (len(rest) == len(n) or not rest[len(n)].isalnum())
           for n in cues.sport_nouns):
        return True
    words = folded[max(0, start - _DEPENDENCE_REACH):start].split()
    if len(words) > 1 and (words[-1] in cues.owner_links or len(words[-1]) <= _LINK_CHARS):
        words = words[:-1]            # "selección de Chile", "seleção do Brasil": the owner's link
    before = " ".join(words[-3:])
    return any(before.endswith(n) and (len(before) == len(n) or not before[-len(n) - 1].isalnum())
               for n in cues.sport_nouns)
