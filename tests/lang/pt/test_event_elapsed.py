"""Countries named inside a time elapsed since an act ("two years after Russia's invasion of
Ukraine, ...") say when, and are no party of the sentence's act: the act is the speaker's toward
whom it names later."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('pt', "2024-02-26", 'No segundo aniversário da invasão russa da Ucrânia, o Canadá expressou solidariedade à Ucrânia.',
     [('SUPPORT', 'CAN', 'UKR', '2024-02-26', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_elapsed_time_names_no_party(lang: str, published: str, text: str, expected: list) -> None:
    check_extracted(lang, published, text, expected)
