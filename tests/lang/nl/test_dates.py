"""Dutch dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("nl", "2024-11-20", "De gesprekken vonden op 14 november in Wenen plaats.",
     [("14 november", "2024-11-14", "absolute")]),
    ("nl", "2024-11-20", "Het akkoord werd op 3 maart 2022 ondertekend.", [("3 maart 2022", "2022-03-03", "absolute")]),
    ("nl", "2024-11-20", "Gisteren sprak de minister met zijn ambtgenoot en vrijdag reisde hij naar Madrid.",
     [("Gisteren", "2024-11-19", "relative"), ("vrijdag", "2024-11-15", "weekday")]),
    ("nl", "2024-11-20", "In oktober 2024 groeide de handel.", [("oktober 2024", "2024-10", "absolute")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
