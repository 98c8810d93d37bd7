"""Georgian dates ("26 იანვარს", "2023 წლის 7 დეკემბერს"): (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("ka", "2024-11-20", "მოლაპარაკებები 14 ნოემბერს ვენაში გაიმართა.", [("14 ნოემბერს", "2024-11-14", "absolute")]),
    ("ka", "2024-11-20", "გუშინ მინისტრი ელჩს შეხვდა, პარასკევს კი ვარშავაში გაემგზავრა.",
     [("გუშინ", "2024-11-19", "relative"), ("პარასკევს", "2024-11-15", "weekday")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
