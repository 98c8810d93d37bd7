"""Persian number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("fa", "حجم تجارت به ۲٫۵ میلیارد دلار رسید.", ("۲٫۵ میلیارد دلار", 2_500_000_000, "USD", "money")),
    ("fa", "صادرات ۱۵ درصد افزایش یافت.", ("۱۵ درصد", 15, "percent", "percent")),
    ("fa", "ارزش قرارداد ۳۰۰ میلیون یورو است.", ("۳۰۰ میلیون یورو", 300_000_000, "EUR", "money")),
    ("fa", "حجم مبادلات 1.2 میلیارد دلار بود.", ("1.2 میلیارد دلار", 1_200_000_000, "USD", "money")),
    # Persian typing writes the decimal sign as "/": before a scale word it is one, the integer part kept.
    ("fa", "روسیه ۱/۳ میلیارد یورو وام به ایران می‌دهد.", ("۱/۳ میلیارد یورو", 1_300_000_000, "EUR", "money")),
    ("fa", "صادرات به ۱۲/۷۵ میلیون دلار رسید.", ("۱۲/۷۵ میلیون دلار", 12_750_000, "USD", "money")),
    # CLDR's sign with Western digits, and a date written with "/" beside an amount: no decimal there.
    ("fa", "حجم تجارت به 1٫3 میلیارد دلار رسید.", ("1٫3 میلیارد دلار", 1_300_000_000, "USD", "money")),
    ("fa", "در تاریخ ۱۴۰۳/۰۵/۱۲ مبلغ ۲ میلیارد دلار واریز شد.", ("۲ میلیارد دلار", 2_000_000_000, "USD", "money")),
]


test_numbers = table(check_number, ROWS)
