"""Czech dates: (lang, published, text, expected) rows. The day is an ordinal with a dot."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("cs", "2024-11-20", "Rozhovory se konaly 14. listopadu ve Vídni.", [("14. listopadu", "2024-11-14", "absolute")]),
    ("cs", "2024-11-20", "Dohoda byla podepsána 3. března 2022.", [("3. března 2022", "2022-03-03", "absolute")]),
    ("cs", "2024-11-20", "Včera se ministr setkal s velvyslancem a v pátek odletěl do Madridu.",
     [("Včera", "2024-11-19", "relative"), ("pátek", "2024-11-15", "weekday")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
