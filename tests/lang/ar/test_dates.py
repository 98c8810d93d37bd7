"""Arabic dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("ar", "2025-11-30", "التقى الوزيران في 26 نوفمبر في الرياض.", [("26 نوفمبر", "2025-11-26", "absolute")]),
    ("ar", "2025-11-30", "وقعت الاتفاقية في ٣ آذار ٢٠٢٥.", [("٣ آذار ٢٠٢٥", "2025-03-03", "absolute")]),
    ("ar", "2025-11-30", "وصل الوفد أمس إلى القاهرة.", [("أمس", "2025-11-29", "relative")]),
    ("ar", "2025-11-30", "صدر البيان في 5 جمادى الآخرة 1447 هـ.", [("5 جمادى الآخرة 1447 هـ", "2025-11-26", "absolute")]),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
