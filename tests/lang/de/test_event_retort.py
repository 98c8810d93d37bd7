"""A threat set as a positive condition on the other side's hostile act ("if X raises its tariffs,
we will ...", "should Y retaliate, ..."): whoever sets it threatens the side it is about, on the
day it is said; the other side's act inside the condition is only supposed."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('de', "2024-03-05", 'Die Regierung in Peking erklärte, wenn Japan die Zölle erhöht, werde China entschieden reagieren.',
     [('THREATEN', 'CHN', 'JPN', '2024-03-05', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_positive_condition_threatens(lang: str, published: str, text: str, expected: list) -> None:
    check_extracted(lang, published, text, expected)
