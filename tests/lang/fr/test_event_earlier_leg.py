"""A trip's earlier leg named in passing ("a day after talks in Vilnius with ...", "the day before
she was in Warsaw, where she had met ...") is a meeting of the traveller with the side met there,
on the day before the act the sentence reports, and the side met there is no side of that act.
Issue 13; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('fr', "2024-05-10", 'CHISINAU, 7 mai - Le Premier ministre espagnol Pedro Sánchez est arrivé mardi à Chisinau, où il a rencontré la présidente moldave Maia Sandu. La veille, il était à Bucarest, où il avait rencontré le Premier ministre roumain Marcel Ciolacu.',
     [('CONSULT', 'ESP', 'MDA', '2024-05-07', 'Chisinau'), ('CONSULT', 'ESP', 'ROU', '2024-05-06', 'Bucharest')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_earlier_leg_is_met_the_day_before(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
