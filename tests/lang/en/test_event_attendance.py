"""Who took part in a gathering ("also took part", "in the presence of", a list of officials
with titles joined by "and" and commas) meets its host, the country where it was held when the
sentence does not name the host (its place, the place an earlier sentence set for the gathering,
or the dateline's), on the gathering's day; every country of the list, and they meet one another.
Not a state's troops at exercises, nor one at an organisation's summit (its seat's country is no
host). Issue 16; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('en', "2024-05-10", 'Greek Prime Minister Kyriakos Mitsotakis hosted a summit on migration in Athens on Monday. The prime ministers of Malta and Cyprus and the Italian foreign minister also took part.',
     [('CONSULT', 'MLT', 'CYP', '2024-05-06', 'Athens'), ('CONSULT', 'MLT', 'ITA', '2024-05-06', 'Athens'), ('CONSULT', 'MLT', 'GRC', '2024-05-06', 'Athens'), ('CONSULT', 'CYP', 'ITA', '2024-05-06', 'Athens'), ('CONSULT', 'CYP', 'GRC', '2024-05-06', 'Athens'), ('CONSULT', 'ITA', 'GRC', '2024-05-06', 'Athens')]),
    ('en', "2024-05-10", 'Greece and Cyprus signed a defence pact in Athens on Monday in the presence of the French and Italian defence ministers.',
     [('SUPPORT', 'GRC', 'CYP', '2024-05-06', 'Athens'), ('CONSULT', 'CYP', 'GRC', '2024-05-06', 'Athens'), ('CONSULT', 'FRA', 'GRC', '2024-05-06', 'Athens'), ('CONSULT', 'FRA', 'CYP', '2024-05-06', 'Athens'), ('CONSULT', 'ITA', 'GRC', '2024-05-06', 'Athens'), ('CONSULT', 'ITA', 'CYP', '2024-05-06', 'Athens')]),
    ('en', "2024-05-10", 'Russia took part in military exercises in Belarus on Monday.',
     [('COOPERATE', 'RUS', 'BLR', '2024-05-06', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_who_took_part_met_the_host(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
