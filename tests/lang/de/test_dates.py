"""German dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("de", "2024-10-24", "Die Minister trafen sich am 18. Oktober in Wien.", [("18. Oktober", "2024-10-18", "absolute")]),
    ("de", "2024-10-24", "Das Abkommen vom 2. Mai 2019 gilt weiter.", [("2. Mai 2019", "2019-05-02", "absolute")]),
    ("de", "2024-10-24", "Am Montag reiste sie ab, gestern kehrte sie zurück.",
     [("Montag", "2024-10-21", "weekday"), ("gestern", "2024-10-23", "relative")]),
    ("de", "2024-10-24", "WIEN – Die Gespräche dauerten an.", []),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
