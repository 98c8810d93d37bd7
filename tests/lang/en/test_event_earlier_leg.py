"""A trip's earlier leg named in passing ("a day after talks in Vilnius with ...", "the day before
she was in Warsaw, where she had met ...") is a meeting of the traveller with the side met there,
on the day before the act the sentence reports, and the side met there is no side of that act.
Issue 13; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('en', "2024-05-10", 'A day after talks in Vilnius with Lithuanian President Gitanas Nauseda, German Chancellor Olaf Scholz arrived in Riga on Wednesday.',
     [('CONSULT', 'DEU', 'LTU', '2024-05-07', 'Vilnius'), ('CONSULT', 'DEU', 'LVA', '2024-05-08', 'Riga')]),
    ('en', "2024-05-10", 'Scholz arrived in Riga on Wednesday, a day after talks in Vilnius with Lithuanian President Gitanas Nauseda.',
     [('CONSULT', 'DEU', 'LVA', '2024-05-08', 'Riga'), ('CONSULT', 'DEU', 'LTU', '2024-05-07', 'Vilnius')]),
    ('en', "2024-05-10", 'CHISINAU, May 7 - Spanish Prime Minister Pedro Sanchez arrived in Chisinau on Tuesday, where he met Moldovan President Maia Sandu. The day before, the prime minister was in Bucharest, where he had held talks with Romanian Prime Minister Marcel Ciolacu.',
     [('CONSULT', 'ESP', 'MDA', '2024-05-07', 'Chisinau'), ('CONSULT', 'ESP', 'ROU', '2024-05-06', 'Bucharest')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_earlier_leg_is_met_the_day_before(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
