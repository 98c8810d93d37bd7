"""Tajik dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("tg", "2024-07-06", "Гуфтушунидҳо 5 июл дар Душанбе баргузор гардиданд.", [("5 июл", "2024-07-05", "absolute")]),
    ("tg", "2025-04-01", "Шартнома 31 марти соли 2025 имзо шуд.", [("31 марти соли 2025", "2025-03-31", "absolute")]),
    ("tg", "2024-04-25", "Ҳайат дирӯз ба Душанбе омад.", [("дирӯз", "2024-04-24", "relative")]),
    # Monday is written as the capital's name: the city stays a city.
    ("tg", "2024-04-25", "Вазир дар Душанбе бо сафир вохӯрд.", []),
    ("tg", "2024-04-25", "Содирот ба 2020 миллион доллар расид.", []),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
