"""Hebrew trade figures: (lang, published, text, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("he", "2025-03-11", "היקף הסחר בין ישראל להונגריה הגיע ל-1.2 מיליארד דולר בשנת 2024.",
     [("trade_turnover", {"ISR", "HUN"}, "2024", 1.2e9, "USD")]),
]


test_figures = table(check_figures, ROWS)
