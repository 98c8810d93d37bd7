"""Officials in kk: (lang, text, expected people) rows."""

import pytest

from ..entity_rows import check_officials

ROWS = [
    ("kk", "Қазақстан Сыртқы істер министрі Бекжан Оразалиев Түркияға барды.",
     [("Bekzhan Orazaliev", "foreign minister", "KAZ")]),
    ("kk", "Кездесуге Ресей елшісі Алексей Бородавкин қатысты.",
     [("Aleksey Borodavkin", "ambassador", "RUS")]),
]


@pytest.mark.parametrize("lang,text,expected", ROWS)
def test_officials(lang, text, expected):
    check_officials(lang, text, expected)
