"""Hindi dates: (lang, published, text, expected) rows."""

import pytest

from ..date_rows import check_dates

ROWS = [
    ("hi", "2024-07-10", "प्रधानमंत्री 9 जुलाई को मास्को में थे।", [("9 जुलाई", "2024-07-09", "absolute")]),
    ("hi", "2024-07-10", "दोनों नेताओं ने 8 जुलाई 2024 को वार्ता की।", [("8 जुलाई 2024", "2024-07-08", "absolute")]),
    ("hi", "2024-07-10", "वार्ता सोमवार को हुई।", [("सोमवार", "2024-07-08", "weekday")]),
    ("hi", "2024-07-10", "निर्यात 2020 करोड़ रुपये रहा।", []),
]


@pytest.mark.parametrize("lang,published,text,expected", ROWS)
def test_dates(lang, published, text, expected):
    check_dates(lang, published, text, expected)
