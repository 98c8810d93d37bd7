"""German protests: people who gather or rally to protest hold a protest against their own state
(PROTEST, domestic), and workers of a union glossed by its acronym in brackets who stop work
strike. Issue 13; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('de', "2024-05-10", 'Tausende Serben versammelten sich am Montag in Belgrad, um gegen das Gesetz zu protestieren.',
     [('PROTEST', 'SRB', 'SRB', '2024-05-06', 'Belgrade')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_gathering_to_protest_is_a_protest(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
