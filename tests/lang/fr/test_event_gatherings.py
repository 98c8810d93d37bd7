"""French protests: people who gather or rally to protest hold a protest against their own state
(PROTEST, domestic), and workers of a union glossed by its acronym in brackets who stop work
strike. Issue 13; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('fr', "2024-05-10", 'Des milliers de Serbes se sont rassemblés lundi à Belgrade pour protester.',
     [('PROTEST', 'SRB', 'SRB', '2024-05-06', 'Belgrade')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_gathering_to_protest_is_a_protest(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
