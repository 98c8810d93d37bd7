"""Citizens demonstrating at home ("berdemonstrasi", "memprotes pemerintah") is a domestic
PROTEST of the country's people against their government, on the day and at the place told.
Sentences made up."""

import pytest

from ..event_rows import extracted_events

ROWS = [
    ("Ribuan mahasiswa berdemonstrasi di depan gedung DPR di Jakarta pada Selasa menentang pemerintah.", "Jakarta"),
    ("Ribuan buruh memprotes pemerintah di Surabaya pada Selasa terkait kenaikan harga bahan bakar.", "Surabaya"),
]


@pytest.mark.parametrize("text,place", ROWS)
def test_a_demonstration_at_home_is_a_domestic_protest(text, place):
    assert ("PROTEST", "IDN", "IDN", "2024-03-05", place) in extracted_events('id', "2024-03-06", text)
