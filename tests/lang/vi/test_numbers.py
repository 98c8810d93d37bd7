"""Vietnamese number reading: (lang, input, expected) rows. Decimal comma, grouping dot,
"tỷ" (10^9) and "triệu" (10^6)."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("vi", "Kim ngạch đạt 3,2 tỷ USD.", ("3,2 tỷ USD", 3_200_000_000, "USD", "money")),
    ("vi", "EU thông qua gói hỗ trợ 50 tỷ euro.", ("50 tỷ euro", 50_000_000_000, "EUR", "money")),
    ("vi", "Dự án trị giá 1.200 triệu đồng.", ("1.200 triệu đồng", 1_200_000_000, "VND", "money")),
    ("vi", "Xuất khẩu tăng 12,5%.", ("12,5%", 12.5, "percent", "percent")),
]


test_numbers = table(check_number, ROWS)
