"""Japanese dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("ja", "2023-11-27", "上川外相は2023年11月26日、王毅外相と会談した。",
     [("2023年11月26日", "2023-11-26", "absolute")]),
    ("ja", "2023-11-27", "上川外相は26日、釜山で会談した。", [("26日", "2023-11-26", "absolute")]),
    ("ja", "2023-11-27", "両国は10月30日に協定に署名した。", [("10月30日", "2023-10-30", "absolute")]),
    ("ja", "2023-11-27", "政府は昨日、抗議した。金曜日に発表する。",
     [("昨日", "2023-11-26", "relative"), ("金曜日", "2023-11-24", "weekday")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
