"""Countries named inside a time elapsed since an act ("two years after Russia's invasion of
Ukraine, ...") say when, and are no party of the sentence's act: the act is the speaker's toward
whom it names later."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('ko', "2024-02-26", '러시아의 우크라이나 침공 2년을 맞아 캐나다는 우크라이나에 대한 연대를 표명했다.',
     [('SUPPORT', 'CAN', 'UKR', '2024-02-26', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_elapsed_time_names_no_party(lang: str, published: str, text: str, expected: list) -> None:
    check_extracted(lang, published, text, expected)
