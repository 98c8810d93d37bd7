"""The Brazilian press writes the day of the month in brackets after a weekday ("na quarta-feira (9)"):
that number is the date, in the publication's month or the one before, not the weekday's own guess."""

import pytest

from ..date_rows import check_dates
from ..event_rows import check_events

ROWS = [
    # Published on a Thursday: "quarta-feira (9)" is the day before.
    ("pt", "2025-10-10", "O ministro chegou a Brasília na quinta-feira (9) para a cúpula.",
     [("quinta-feira (9)", "2025-10-09", "weekday")]),
    # A day larger than the publication's: last month's (Sunday 28 September).
    ("pt", "2025-10-02", "A delegação desembarcou em Luanda no domingo (28).",
     [("domingo (28)", "2025-09-28", "weekday")]),
    # Published the day after, by the clock of the feed: the bracketed day still wins.
    ("pt", "2025-06-25", "O acordo foi firmado nesta terça-feira (24) em Lisboa.",
     [("terça-feira (24)", "2025-06-24", "weekday")]),
    # A number in brackets that is no day of the month changes nothing.
    ("pt", "2025-10-10", "Na quinta-feira (45) pessoas foram ouvidas.", [("quinta-feira", "2025-10-09", "weekday")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_bracketed_day(lang, published, text, expected):
    check_dates(lang, published, text, expected)


FRA = ("country", "FRA", ["França"])
BRA = ("country", "BRA", ["Brasil"])


def test_visit_dated_to_the_bracketed_day():
    # Published on a Monday: the weekday alone would be read as the latest Sunday, but (28) is a month back.
    check_events("pt", "2025-10-06", "O ministro da França visitou o Brasil no domingo (28).",
                 [FRA, BRA], [("CONSULT", "FRA", "BRA", "2025-09-28")])
