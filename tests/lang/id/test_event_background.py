"""Background by construction: a date inside a "since ..." phrase is another event's day (no second visit on it); an act's noun that a time is counted from ("three years after the invasion") is no act; a "the same day" word or "at the talks" dates an act on the last day named before it. Issue 16; the sentences are made up. The whole pipeline must find exactly these events."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('id', "2025-03-12",
     "Presiden Brasil Lula da Silva tiba di Jakarta pada Selasa (11/3) untuk bertemu Presiden Prabowo. Menurut Istana, kunjungan kenegaraan ini adalah yang pertama bagi Lula sejak ia terpilih kembali pada 1 Maret.",
     [('CONSULT', 'BRA', 'IDN', '2025-03-11', 'Jakarta')]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_background_time_is_no_act(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
