"""A trip's earlier leg named in passing ("a day after talks in Vilnius with ...", "the day before
she was in Warsaw, where she had met ...") is a meeting of the traveller with the side met there,
on the day before the act the sentence reports, and the side met there is no side of that act.
Issue 13; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('fr', "2024-05-10", 'KIEV, 7 mai - La présidente du Conseil italien Giorgia Meloni est arrivée mardi à Kiev, où elle a rencontré le président ukrainien Volodymyr Zelensky. La veille, elle était à Varsovie, où elle avait rencontré le Premier ministre polonais Donald Tusk.',
     [('CONSULT', 'ITA', 'UKR', '2024-05-07', 'Kyiv'), ('CONSULT', 'ITA', 'POL', '2024-05-06', 'Warsaw')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_earlier_leg_is_met_the_day_before(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
