"""Japanese number reading: 万, 億, 兆 scales, currencies, percent."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("ja", "貿易総額は約3180億ドルだった。", ("3180億ドル", 318_000_000_000, "USD", "money")),
    ("ja", "政府は4500億円を支援する。", ("4500億円", 450_000_000_000, "JPY", "money")),
    ("ja", "投資額は1.2兆円に達した。", ("1.2兆円", 1_200_000_000_000, "JPY", "money")),
    ("ja", "前年比10.7%減少した。", ("10.7%", 10.7, "percent", "percent")),
    ("ja", "輸出は5.5パーセント増えた。", ("5.5パーセント", 5.5, "percent", "percent")),
    ("ja", "追加支援は4億7000万ドルに上る。", ("4億7000万ドル", 470_000_000, "USD", "money")),
]


test_numbers = table(check_number, ROWS)
