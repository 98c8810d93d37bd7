"""Romanian: "will pay a heavy price" threatens whom it names, whoever says it after; a tariff announced in
a letter sanctions the country whose goods it taxes; severing relations is a sanction, the accusation beside
it an accusation."""

import pytest

from ..event_rows import extracted_events

ROWS = [
    ('ro', '2025-04-10', 'Rusia va plăti un preț greu, a declarat ministrul român de externe.', [('THREATEN', 'ROU', 'RUS', '2025-04-10')]),
    ('ro', '2025-07-10', 'Președintele Statelor Unite a anunțat într-o scrisoare un tarif de 50% pentru toate produsele din Brazilia.', [('SANCTION', 'USA', 'BRA', '2025-07-10')]),
    ('ro', '2025-04-10', 'Algeria a decis să rupă relațiile diplomatice cu Marocul, acuzându-l de acțiuni ostile.', [('SANCTION', 'DZA', 'MAR', '2025-04-10'), ('ACCUSE', 'DZA', 'MAR', '2025-04-10')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_threats_votes(lang, published, text, expected):
    assert {e[:4] for e in extracted_events(lang, published, text)} == set(expected)
