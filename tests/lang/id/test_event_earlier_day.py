"""A trip's earlier leg told with "the day before" words and no date of its own (often in the
pluperfect): it took place the day before the last day named, not on the report's day nor the day
before the report. Issue 16; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('id', "2025-03-13",
     "Presiden Prabowo Subianto bertemu Kanselir Jerman Olaf Scholz di Berlin, Rabu (12/3). Sehari sebelumnya, Prabowo telah bertemu Presiden Prancis Emmanuel Macron di Paris.",
     [('CONSULT', 'IDN', 'DEU', '2025-03-12', 'Berlin'), ('CONSULT', 'IDN', 'FRA', '2025-03-11', 'Paris')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_earlier_leg_is_dated_from_the_last_day_named(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
