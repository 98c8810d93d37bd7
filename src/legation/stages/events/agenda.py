"""Points of a plan or a consensus listed in a sentence ("agreed on a five-point consensus: an
immediate end of violence, constructive dialogue and humanitarian assistance by ASEAN"): each is
what was agreed or proposed, not an act of its own.

A point lies after a noun of a plan's points (a language's `agendas` cue) once its list is opened:
by a colon right after that noun's words, or by a word that opens a list (`agenda_links`:
"include", "mencakup") close after it.
"""

from __future__ import annotations

import bisect

from .detail import Scan

_OPENER_REACH = 40        # characters at most from the plan's noun to the colon or word opening its list


def listed(scan: Scan, sent_start: int, start: int) -> bool:
    """Whether the act at `start` is a point in a plan's list opened before it in its sentence."""
    nouns = scan.cues.get("agendas") or []
    i = bisect.bisect_left(nouns, (sent_start,))
    links = scan.cues.get("agenda_links") or []
    for noun in nouns[i:]:
        if noun.finish > start:
            return False
        reach = min(start, noun.finish + _OPENER_REACH)
        if ":" in scan.folded[noun.finish:reach]:
            return True
        j = bisect.bisect_left(links, (noun.finish,))
        if j < len(links) and links[j].finish <= reach:
            return True
    return False
