"""Azerbaijani gatherings of three: "the three leaders" (üç lider) who sign after a trilateral
meeting are the three named before; each pair signs. Issue 16; the sentences are made up. The
whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('az', "2024-05-10", "Prezident İlham Əliyev, Türkmənistan Prezidenti Serdar Berdimuhamedov və Qazaxıstan "
     "Prezidenti Qasım-Jomart Tokayev çərşənbə günü Aşqabadda üçtərəfli görüş keçiriblər. "
     "Görüşün sonunda üç lider Aşqabad bəyannaməsini imzalayıb.",
     [('CONSULT', 'AZE', 'TKM', '2024-05-08', 'Ashgabat'), ('CONSULT', 'AZE', 'KAZ', '2024-05-08', 'Ashgabat'),
      ('CONSULT', 'KAZ', 'TKM', '2024-05-08', 'Ashgabat'),
      ('SUPPORT', 'AZE', 'TKM', '2024-05-08', 'Ashgabat'), ('SUPPORT', 'AZE', 'KAZ', '2024-05-08', 'Ashgabat'),
      ('SUPPORT', 'TKM', 'KAZ', '2024-05-08', 'Ashgabat')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_every_party_of_a_gathering(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
