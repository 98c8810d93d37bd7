"""Persian number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("fa", "حجم تجارت به ۲٫۵ میلیارد دلار رسید.", ("۲٫۵ میلیارد دلار", 2_500_000_000, "USD", "money")),
    ("fa", "صادرات ۱۵ درصد افزایش یافت.", ("۱۵ درصد", 15, "percent", "percent")),
    ("fa", "ارزش قرارداد ۳۰۰ میلیون یورو است.", ("۳۰۰ میلیون یورو", 300_000_000, "EUR", "money")),
    ("fa", "حجم مبادلات 1.2 میلیارد دلار بود.", ("1.2 میلیارد دلار", 1_200_000_000, "USD", "money")),
]


test_numbers = table(check_number, ROWS)
