"""Portuguese: "will pay dearly" threatens whom it names; a vote against two countries' accession rejects each."""

import pytest

from ..event_rows import extracted_events

ROWS = [
    ('pt', '2025-04-10', 'O chanceler do Brasil afirmou que Israel vai pagar caro.', [('THREATEN', 'BRA', 'ISR', '2025-04-10')]),
    ('pt', '2025-04-10', 'A Áustria votou contra a adesão da Romênia e da Bulgária ao espaço Schengen.', [('REJECT', 'AUT', 'ROU', '2025-04-10'), ('REJECT', 'AUT', 'BGR', '2025-04-10')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_threats_votes(lang, published, text, expected):
    assert {e[:4] for e in extracted_events(lang, published, text)} == set(expected)
