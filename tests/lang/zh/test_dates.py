"""Chinese dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("zh", "2024-04-10", "2024年4月9日，王毅同拉夫罗夫举行会谈。", [("2024年4月9日", "2024-04-09", "absolute")]),
    ("zh", "2024-04-10", "外交部长王毅9日在北京举行会谈。", [("9日", "2024-04-09", "absolute")]),
    ("zh", "2024-04-10", "双方于3月28日签署协议。", [("3月28日", "2024-03-28", "absolute")]),
    ("zh", "2024-04-10", "代表团昨天抵达北京，星期一将返回。",
     [("昨天", "2024-04-09", "relative"), ("星期一", "2024-04-08", "weekday")]),
    ("zh", "2024-04-10", "出口额为2021亿美元。", []),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
