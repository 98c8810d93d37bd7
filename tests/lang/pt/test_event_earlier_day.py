"""A trip's earlier leg told with "the day before" words and no date of its own (often in the
pluperfect): it took place the day before the last day named, not on the report's day nor the day
before the report. Issue 16; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('pt', "2025-03-12",
     "O primeiro-ministro Luís Montenegro reuniu-se com o chanceler alemão Olaf Scholz em Berlim na segunda-feira, 10 de março. Na véspera, Montenegro tinha-se encontrado com o Presidente francês Emmanuel Macron em Paris.",
     [('CONSULT', 'PRT', 'DEU', '2025-03-10', 'Berlin'), ('CONSULT', 'PRT', 'FRA', '2025-03-09', 'Paris')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_earlier_leg_is_dated_from_the_last_day_named(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
