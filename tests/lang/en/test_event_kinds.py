"""English events of kinds the triggers learnt from lemmas (issue 13): offers and acceptances,
refusals, conditional threats, announced sanctions, aid, cooperation, support, concessions,
investigations, assaults and demands. Each sentence reports a real happening; the whole pipeline
must find exactly these events."""

import pytest

from ..event_rows import check_extracted

# Offers, readiness and acceptances are AGREE
K1 = [
    ('en', "2024-05-10", 'Armenia said on Tuesday that it is willing to normalise relations with Turkey.',
     [('AGREE', 'ARM', 'TUR', '2024-05-07', None)]),
    ('en', "2024-05-10", 'Russia offered to hand over the bodies of Ukrainian soldiers to Ukraine.',
     [('AGREE', 'RUS', 'UKR', '2024-05-10', None)]),
    ('en', "2024-05-10", "Serbia accepted the European Union's proposal to normalise relations with Kosovo.",
     [('AGREE', 'SRB', 'EU', '2024-05-10', None)]),
    ('en', "2024-05-10", 'Georgia said it is prepared to lift the ban on Russian flights.',
     [('AGREE', 'GEO', 'RUS', '2024-05-10', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", K1)
def test_kind_is_found(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
