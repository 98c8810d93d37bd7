"""Countries named inside a time elapsed since an act ("two years after Russia's invasion of
Ukraine, ...") say when, and are no party of the sentence's act: the act is the speaker's toward
whom it names later."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('tr', "2024-02-26", "Rusya'nın Ukrayna'yı işgalinin ikinci yılında Kanada, Ukrayna'ya desteğini yineledi.",
     [('SUPPORT', 'CAN', 'UKR', '2024-02-26', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_elapsed_time_names_no_party(lang: str, published: str, text: str, expected: list) -> None:
    check_extracted(lang, published, text, expected)
