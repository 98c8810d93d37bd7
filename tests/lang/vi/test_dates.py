"""Vietnamese dates: (lang, published, text, expected) rows. "ngày 20/6" is the 20th of June,
"ngày 19-20/6" starts on the 19th; "ngày 11 tháng 9 năm 2023" names the month by number."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("vi", "2024-06-21", "Chiều 20/6, hai nhà lãnh đạo hội đàm tại Hà Nội.", [("20/6", "2024-06-20", "absolute")]),
    ("vi", "2024-06-21", "Tổng thống Nga thăm Việt Nam ngày 19-20/6.", [("19-20/6", "2024-06-19", "absolute")]),
    ("vi", "2024-06-21", "Hiệp định được ký ngày 11 tháng 9 năm 2023.",
     [("11 tháng 9 năm 2023", "2023-09-11", "absolute")]),
    ("vi", "2024-06-21", "Hôm qua, Bộ trưởng đã tiếp Đại sứ.", [("Hôm qua", "2024-06-20", "relative")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
