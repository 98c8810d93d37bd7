"""English dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("en", "2023-06-15", "The envoys met on June 9 in Geneva.", [("June 9", "2023-06-09", "absolute")]),
    ("en", "2023-06-15", "The accord was signed on Sept. 30, 2021.", [("Sept. 30, 2021", "2021-09-30", "absolute")]),
    ("en", "2023-01-04", "Talks took place on Dec. 29.", [("Dec. 29", "2022-12-29", "absolute")]),
    ("en", "2023-06-15", "The ministers spoke on Thursday, a day after talks ended yesterday.",
     [("Thursday", "2023-06-15", "weekday"), ("yesterday", "2023-06-14", "relative")]),
    ("en", "2023-06-15", "Officials may meet again, but 2023 tonnes of grain were shipped.", []),
    ("en", "2023-06-15", "Exports reached $2021 million in 2022.", [("2022", "2022", "absolute")]),
    ("en", "2023-06-15", "The figures for 2023-06-01 and 01.06.2023 agree.",
     [("2023-06-01", "2023-06-01", "absolute"), ("01.06.2023", "2023-06-01", "absolute")]),
    ("en", "2023-06-15", "ROME, June 14 – The two sides agreed.", [("June 14", "2023-06-14", "dateline")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
