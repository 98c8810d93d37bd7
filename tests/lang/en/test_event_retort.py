"""A threat set as a positive condition on the other side's hostile act ("if X raises its tariffs,
we will ...", "should Y retaliate, ..."): whoever sets it threatens the side it is about, on the
day it is said; the other side's act inside the condition is only supposed."""

import pytest

from ..event_rows import check_extracted

ROWS = [
    ('en', "2024-03-05", 'Ottawa said on Tuesday that if Washington imposes new duties on Canadian lumber, the tariffs on American steel will be doubled.',
     [('THREATEN', 'CAN', 'USA', '2024-03-05', None)]),
    ('en', "2024-03-05", 'Beijing said that if Japan retaliates, China will take firm measures.',
     [('THREATEN', 'CHN', 'JPN', '2024-03-05', None)]),
    ('en', "2024-03-05", 'Russia said that if the European Union lifts its sanctions, it will resume gas deliveries.',
     []),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_positive_condition_threatens(lang: str, published: str, text: str, expected: list) -> None:
    check_extracted(lang, published, text, expected)
