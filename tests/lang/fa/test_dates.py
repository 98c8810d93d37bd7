"""Persian dates, Solar Hijri and Gregorian: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("fa", "2026-12-06", "وزیر روز ۱۵ آذر ۱۴۰۵ وارد مسکو شد.", [("۱۵ آذر ۱۴۰۵", "2026-12-06", "absolute")]),
    ("fa", "2026-12-06", "این سند در ۲۹ اسفند ۱۴۰۴ امضا شد.", [("۲۹ اسفند ۱۴۰۴", "2026-03-20", "absolute")]),
    ("fa", "2026-12-06", "دیدار در ۳ دسامبر ۲۰۲۶ انجام شد.", [("۳ دسامبر ۲۰۲۶", "2026-12-03", "absolute")]),
    ("fa", "2026-12-06", "هیئت دیروز به تهران بازگشت.", [("دیروز", "2026-12-05", "relative")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
