"""English protests: people who gather or rally to protest hold a protest against their own state
(PROTEST, domestic), and workers of a union glossed by its acronym in brackets who stop work
strike. Issue 13; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('en', "2024-05-10", 'On Monday nurses in the Kenya National Union of Nurses (KNUN) stopped work in Nairobi and Mombasa against a pay freeze.',
     [('PROTEST', 'KEN', 'KEN', '2024-05-06', 'Nairobi')]),
    ('en', "2024-05-10", 'On Thursday thousands of Kenyans gathered for a rally in Nairobi against the new tax law.',
     [('PROTEST', 'KEN', 'KEN', '2024-05-09', 'Nairobi')]),
    ('en', "2024-05-10", 'Hundreds of Chileans gathered to protest the pension reform in Santiago on Monday.',
     [('PROTEST', 'CHL', 'CHL', '2024-05-06', 'Santiago')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_gathering_to_protest_is_a_protest(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
