"""Indonesian: a tariff a president announces on a country's goods sanctions that country."""

import pytest

from ..event_rows import extracted_events

ROWS = [
    ('id', '2025-07-10', 'Presiden Amerika Serikat mengumumkan melalui surat tarif sebesar 32% untuk semua barang dari Indonesia.', [('SANCTION', 'USA', 'IDN', '2025-07-10')]),
    ('id', '2025-07-10', 'Amerika Serikat mengenakan tarif 32% terhadap produk Indonesia.', [('SANCTION', 'USA', 'IDN', '2025-07-10')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_tariffs(lang, published, text, expected):
    assert {e[:4] for e in extracted_events(lang, published, text)} == set(expected)
