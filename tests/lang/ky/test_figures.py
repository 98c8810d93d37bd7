"""Kyrgyz figures: (lang, input, expected) rows."""

from ..figure_rows import check_directions, check_figures
from ..table import table

ROWS = [
    ("ky", "2024-03-01",
     "2023-жылы Кыргызстан менен Орусиянын ортосундагы соода жүгүртүү 3,5 млрд долларды түздү.",
     [("trade_turnover", {"KGZ", "RUS"}, "2023", 3.5e9, "USD")]),
    ("ky", "2024-05-10",
     "2024-жылдын биринчи чейрегинде Кыргызстан менен Кытайдын ортосундагы соода жүгүртүү 700 млн доллар болду.",
     [("trade_turnover", {"KGZ", "CHN"}, "2024-01/2024-03", 7e8, "USD")]),
]


test_figures = table(check_figures, ROWS)


# Who exports to whom: (metric, reporter, partner) of the figures read.
DIRECTIONS = [
    ("ky", "2025-03-02", "2024-жылы Кыргызстандан Казакстанга экспорт 600 млн доллар, Казакстандан импорт 900 млн доллар болду.",
     [("exports", "KGZ", "KAZ"), ("imports", "KGZ", "KAZ")]),
]


test_trade_directions = table(check_directions, DIRECTIONS)
