"""Who took part in a gathering ("also took part", "in the presence of", a list of officials
with titles joined by "and" and commas) meets its host, the country where it was held when the
sentence does not name the host (its place, the place an earlier sentence set for the gathering,
or the dateline's), on the gathering's day; every country of the list, and they meet one another.
Not a state's troops at exercises, nor one at an organisation's summit (its seat's country is no
host). Issue 16; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('de', "2024-05-10", 'BERLIN, 6. Mai - An dem Treffen in Berlin nahmen am Montag auch der polnische Ministerpräsident Donald Tusk und der tschechische Ministerpräsident Petr Fiala teil.',
     [('CONSULT', 'POL', 'CZE', '2024-05-06', 'Berlin'), ('CONSULT', 'POL', 'DEU', '2024-05-06', 'Berlin'), ('CONSULT', 'CZE', 'DEU', '2024-05-06', 'Berlin')]),
    ('de', "2024-05-10", 'Bundeskanzler Olaf Scholz nahm am Montag in Brüssel am Gipfel der EU teil.',
     []),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_who_took_part_met_the_host(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
