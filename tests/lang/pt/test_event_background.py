"""Background by construction: a date inside a "since ..." phrase is another event's day (no second visit on it); an act's noun that a time is counted from ("three years after the invasion") is no act; a "the same day" word or "at the talks" dates an act on the last day named before it. Issue 16; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('pt', "2025-03-12",
     "O Presidente brasileiro Lula da Silva reuniu-se com o primeiro-ministro Luís Montenegro em Lisboa na terça-feira, 11 de março. Foi a primeira visita de Lula à Europa desde a posse, em 1 de março.",
     [('CONSULT', 'BRA', 'PRT', '2025-03-11', 'Lisbon')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_background_time_is_no_act(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
