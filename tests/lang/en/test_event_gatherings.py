"""English protests: people who gather, converge or rally to protest hold a protest against their own state
(PROTEST, domestic), and workers of a union glossed by its acronym in brackets who stop work
strike. Issue 13; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('en', "2024-05-10", 'Some 5,000 workers affiliated with the Kenyan Teachers Union (KNUT) stopped work on Monday over a new labour bill.',
     [('PROTEST', 'KEN', 'KEN', '2024-05-06', None)]),
    ('en', "2024-05-10", 'Thousands of Kenyans were converging on Thursday for a rally in Nairobi to protest the new tax law.',
     [('PROTEST', 'KEN', 'KEN', '2024-05-09', 'Nairobi')]),
    ('en', "2024-05-10", 'Hundreds of Chileans gathered to protest the pension reform in Santiago on Monday.',
     [('PROTEST', 'CHL', 'CHL', '2024-05-06', 'Santiago')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_gathering_to_protest_is_a_protest(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
