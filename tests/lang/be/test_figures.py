"""Belarusian figures: (lang, input, expected) rows."""

from ..figure_rows import check_directions, check_figures
from ..table import table

ROWS = [
    ("be", "2024-03-01",
     "У 2023 годзе тавараабарот паміж Беларуссю і Кітаем склаў 8,4 млрд долараў.",
     [("trade_turnover", {"BLR", "CHN"}, "2023", 8.4e9, "USD")]),
    ("be", "2025-02-10",
     "У мінулым годзе тавараабарот Беларусі і Расіі дасягнуў 50 млрд долараў.",
     [("trade_turnover", {"BLR", "RUS"}, "2024", 5e10, "USD")]),
]


test_figures = table(check_figures, ROWS)


# Who exports to whom: (metric, reporter, partner) of the figures read.
DIRECTIONS = [
    ("be", "2025-03-02", "У 2024 годзе экспарт Беларусі ў Кітай склаў 3 млрд долараў, імпарт з Кітая — 5 млрд долараў.",
     [("exports", "BLR", "CHN"), ("imports", "BLR", "CHN")]),
]


test_trade_directions = table(check_directions, DIRECTIONS)
