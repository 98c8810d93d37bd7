"""Korean number reading: 만, 억, 조 scales, currencies with particles, percent."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("ko", "교역액은 2673억 달러로 줄었다.", ("2673억 달러", 267_300_000_000, "USD", "money")),
    ("ko", "정부는 100억원을 지원한다.", ("100억원", 10_000_000_000, "KRW", "money")),
    ("ko", "투자액은 1.5조 원이었다.", ("1.5조 원", 1_500_000_000_000, "KRW", "money")),
    ("ko", "수출은 13.5% 감소했다.", ("13.5%", 13.5, "percent", "percent")),
    ("ko", "수입은 3.2퍼센트 늘었다.", ("3.2퍼센트", 3.2, "percent", "percent")),
    ("ko", "추가 지원 규모는 4억7000만 달러다.", ("4억7000만 달러", 470_000_000, "USD", "money")),
]


test_numbers = table(check_number, ROWS)
