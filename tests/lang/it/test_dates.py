"""Italian dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("it", "2024-11-20", "I colloqui si sono svolti il 14 novembre a Vienna.", [("14 novembre", "2024-11-14", "absolute")]),
    ("it", "2024-11-20", "L'accordo è stato firmato il 3 marzo 2022.", [("3 marzo 2022", "2022-03-03", "absolute")]),
    ("it", "2024-11-20", "Ieri il ministro ha incontrato il suo omologo e venerdì è volato a Lisbona.",
     [("Ieri", "2024-11-19", "relative"), ("venerdì", "2024-11-15", "weekday")]),
    ("it", "2024-11-20", "A ottobre 2024 il commercio è cresciuto.", [("ottobre 2024", "2024-10", "absolute")]),
    ("it", "2024-11-20", "MILANO, 19 novembre (ANSA) – Le delegazioni hanno discusso del transito.",
     [("19 novembre", "2024-11-19", "dateline")]),
    # No linking word in Italian: "di" before a month is no part of the date.
    ("it", "2024-11-20", "Il vertice di ottobre 2023 si è chiuso il 2 ottobre.",
     [("ottobre 2023", "2023-10", "absolute"), ("2 ottobre", "2024-10-02", "absolute")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
