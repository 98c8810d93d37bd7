"""Korean dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("ko", "2024-05-14", "조 장관은 2024년 5월 13일 베이징을 방문했다.",
     [("2024년 5월 13일", "2024-05-13", "absolute")]),
    ("ko", "2024-05-14", "조 장관은 13일 왕이 부장과 회담했다.", [("13일", "2024-05-13", "absolute")]),
    ("ko", "2024-05-14", "양국은 4월 30일 협정에 서명했다.", [("4월 30일", "2024-04-30", "absolute")]),
    ("ko", "2024-05-14", "정부는 어제 항의했고 금요일에 발표한다.",
     [("어제", "2024-05-13", "relative"), ("금요일에", "2024-05-10", "weekday")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
