"""A trip's earlier leg told with "the day before" words and no date of its own (often in the
pluperfect): it took place the day before the last day named, not on the report's day nor the day
before the report. Issue 16; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('ja', "2025-03-12",
     "石破茂首相は10日、ベルリンでドイツのショルツ首相と会談した。前日にはパリでフランスのマクロン大統領と会談していた。",
     [('CONSULT', 'JPN', 'DEU', '2025-03-10', 'Berlin'), ('CONSULT', 'JPN', 'FRA', '2025-03-09', 'Paris')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_earlier_leg_is_dated_from_the_last_day_named(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
