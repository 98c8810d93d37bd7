"""Chinese number reading: 万 and 亿 scales, currencies, percent, full-width forms."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("zh", "2023年中俄贸易额达到2401亿美元。", ("2401亿美元", 240_100_000_000, "USD", "money")),
    ("zh", "投资总额为3.5万亿元人民币。", ("3.5万亿元人民币", 3_500_000_000_000, "CNY", "money")),
    ("zh", "援助金额为500万元。", ("500万元", 5_000_000, "CNY", "money")),
    ("zh", "同比增长26.3%。", ("26.3%", 26.3, "percent", "percent")),
    ("zh", "增长了百分之5.2。", ("百分之5.2", 5.2, "percent", "percent")),
    ("zh", "出口增长１２％。", ("１２％", 12, "percent", "percent")),
    ("zh", "贸易额增长3倍。", ("3倍", 3, None, "multiple")),
    ("zh", "援助总额为4亿7000万美元。", ("4亿7000万美元", 470_000_000, "USD", "money")),
]


test_numbers = table(check_number, ROWS)
