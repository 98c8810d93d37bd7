"""Persian trade figures: (lang, published, text, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("fa", "2025-04-13", "حجم مبادلات تجاری ایران و عمان در سال ۲۰۲۴ به ۲٫۵ میلیارد دلار رسید.",
     [("trade_turnover", {"IRN", "OMN"}, "2024", 2.5e9, "USD")]),
    # خط اعتباری (a credit line) is aid.
    ("fa", "2022-03-18", "هند ۱ میلیارد دلار خط اعتباری به سریلانکا داد.",
     [("aid", {"IND", "LKA"}, "2022-03", 1e9, "USD")]),
]


test_figures = table(check_figures, ROWS)
