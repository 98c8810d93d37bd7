"""Who took part in a gathering ("also took part", "in the presence of", a list of officials
with titles joined by "and" and commas) meets its host, the country where it was held when the
sentence does not name the host (its place, the place an earlier sentence set for the gathering,
or the dateline's), on the gathering's day; every country of the list, and they meet one another.
Not a state's troops at exercises, nor one at an organisation's summit (its seat's country is no
host). Issue 16; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('ar', "2024-05-10", 'الرياض، 6 مايو 2024 (واس) – افتتح ولي العهد السعودي الأمير محمد بن سلمان القمة في الرياض اليوم. كما شارك في القمة الرئيس الكيني وليام روتو والرئيس الغاني نانا أكوفو أدو ورئيس الوزراء الإثيوبي آبي أحمد.',
     [('CONSULT', 'KEN', 'GHA', '2024-05-06', 'Riyadh'), ('CONSULT', 'KEN', 'ETH', '2024-05-06', 'Riyadh'), ('CONSULT', 'KEN', 'SAU', '2024-05-06', 'Riyadh'), ('CONSULT', 'GHA', 'ETH', '2024-05-06', 'Riyadh'), ('CONSULT', 'GHA', 'SAU', '2024-05-06', 'Riyadh'), ('CONSULT', 'ETH', 'SAU', '2024-05-06', 'Riyadh')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_who_took_part_met_the_host(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
