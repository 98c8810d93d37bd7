"""The day an event is dated to, end to end: relative days and weekdays against the dateline,
dates on two clocks, reports published after the act. Texts written from the facts of real
reported happenings; each names the day of the act, and the event must carry it, not a day
before or after."""

from __future__ import annotations

import pytest

from legation import extract

CASES = [
    # APEC in Lima, 15 November 2024: Ishiba met Xi in the afternoon, local time; on Tokyo's clock it
    # was the morning of the 16th. The time of day between the date and its bracket does not make
    # the Tokyo date a day of its own.
    ("2024-11-16", "石破茂首相は15日午後（日本時間16日午前）、訪問先のペルー・リマで中国の習近平国家主席と会談した。",
     ("CONSULT", {"JPN", "CHN"}, "2024-11-15")),
    # Moscow threatened Helsinki over its NATO accession (14 March): a Moscow dateline on the local
    # clock, the publication date a day earlier on another. "в четверг" is the dateline's Thursday,
    # not the Thursday of the week before, and the act is not in the future.
    ("2024-03-13", "МОСКВА, 14 марта. Россия в четверг пригрозила Финляндии ответными мерами в связи "
     "с вступлением страны в НАТО.", ("THREATEN", {"RUS", "FIN"}, "2024-03-14")),
    # The same on a German dateline: its day and month are this year's, not last year's.
    ("2024-05-26", "Moskau, 27. Mai. Russland hat Deutschland mit Konsequenzen gedroht, falls Berlin "
     "Taurus-Marschflugkörper an die Ukraine liefert.", ("THREATEN", {"RUS", "DEU"}, "2024-05-27")),
]


def _found(doc):
    return {(ev.type, frozenset((ev.source.code, ev.target.code)), ev.date) for ev in doc.events}


@pytest.mark.parametrize(("published", "text", "expected"), CASES)
def test_event_carries_the_day_of_its_act(published, text, expected):
    doc = extract(text, published=published)
    kind, pair, date = expected
    assert (kind, frozenset(pair), date) in _found(doc), _found(doc)
