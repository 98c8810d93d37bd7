"""Uzbek figures, Latin and Cyrillic: (lang, input, expected) rows."""

from ..figure_rows import check_directions, check_figures
from ..table import table

ROWS = [
    ("uz", "2024-03-01",
     "2023-yilda O'zbekiston va Rossiya o'rtasidagi tovar ayirboshlash 9,9 mlrd dollarni tashkil etdi.",
     [("trade_turnover", {"UZB", "RUS"}, "2023", 9.9e9, "USD")]),
    ("uz", "2024-05-10",
     "2024-yilning birinchi choragida O'zbekiston va Xitoy o'rtasidagi savdo hajmi 2,5 mlrd dollar bo'ldi.",
     [("trade_turnover", {"UZB", "CHN"}, "2024-01/2024-03", 2.5e9, "USD")]),
    ("uz", "2024-03-01",
     "2023-йилда Ўзбекистон ва Қозоғистон ўртасидаги товар айирбошлаш ҳажми 4,4 млрд долларни ташкил этди.",
     [("trade_turnover", {"UZB", "KAZ"}, "2023", 4.4e9, "USD")]),
]


test_figures = table(check_figures, ROWS)


# Who exports to whom: (metric, reporter, partner) of the figures read.
DIRECTIONS = [
    ("uz", "2025-03-02", "2024-yilda O'zbekistondan Xitoyga eksport 2,1 mlrd dollar, Xitoydan import 8,3 mlrd dollar bo'ldi.",
     [("exports", "UZB", "CHN"), ("imports", "UZB", "CHN")]),
]


test_trade_directions = table(check_directions, DIRECTIONS)
