"""Hungarian dates: (lang, published, text, expected) rows. The day takes an ending ("5-én",
"1-jén"), so does the weekday ("kedden", "szerdán")."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("hu", "2024-07-06", "A tárgyalásra július 5-én került sor Moszkvában.",
     [("július 5-én", "2024-07-05", "absolute")]),
    ("hu", "2024-07-06", "Tegnap a miniszter fogadta a nagykövetet, kedden pedig Kijevbe utazott.",
     [("Tegnap", "2024-07-05", "relative"), ("kedden", "2024-07-02", "weekday")]),
    ("hu", "2024-07-06", "A küldöttség szerdán érkezett Pekingbe.", [("szerdán", "2024-07-03", "weekday")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
