"""A trip's earlier leg told with "the day before" words and no date of its own (often in the
pluperfect): it took place the day before the last day named, not on the report's day nor the day
before the report. Issue 16; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('tr', "2025-03-12",
     "Başbakan Yardımcısı Cevdet Yılmaz 10 Mart'ta Berlin'de Almanya Başbakanı Olaf Scholz ile görüştü. Yılmaz, bir gün önce Paris'te Fransa Cumhurbaşkanı Emmanuel Macron ile bir araya gelmişti.",
     [('CONSULT', 'TUR', 'DEU', '2025-03-10', 'Berlin'), ('CONSULT', 'TUR', 'FRA', '2025-03-09', 'Paris')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_earlier_leg_is_dated_from_the_last_day_named(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
