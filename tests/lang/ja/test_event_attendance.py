"""Who took part in a gathering ("also took part", "in the presence of", a list of officials
with titles joined by "and" and commas) meets its host, the country where it was held when the
sentence does not name the host (its place, the place an earlier sentence set for the gathering,
or the dateline's), on the gathering's day; every country of the list, and they meet one another.
Not a state's troops at exercises, nor one at an organisation's summit (its seat's country is no
host). Issue 16; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('ja', "2024-05-10", '【東京共同】岸田文雄首相は6日、東京で首脳会議を主催した。会議にはベトナムのファム・ミン・チン首相とタイのセター首相が出席した。',
     [('CONSULT', 'VNM', 'THA', '2024-05-06', 'Tokyo'), ('CONSULT', 'VNM', 'JPN', '2024-05-06', 'Tokyo'), ('CONSULT', 'THA', 'JPN', '2024-05-06', 'Tokyo')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_who_took_part_met_the_host(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
