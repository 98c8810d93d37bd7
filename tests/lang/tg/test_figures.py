"""Tajik figures: (lang, input, expected) rows."""

from ..figure_rows import check_directions, check_figures
from ..table import table

ROWS = [
    ("tg", "2024-07-05",
     "Соли гузашта гардиши мол байни Тоҷикистон ва Чин 3,9 миллиард долларро ташкил дод.",
     [("trade_turnover", {"TJK", "CHN"}, "2023", 3.9e9, "USD")]),
    ("tg", "2024-05-16",
     "Дар соли 2023 ҳаҷми савдои байни Русия ва Чин ба 240 миллиард доллар расид.",
     [("trade_turnover", {"RUS", "CHN"}, "2023", 2.4e11, "USD")]),
    # Growth with "афзуда" (having grown) and "... фоиз зиёд аст" (is ... percent more).
    ("tg", "2024-02-12",
     "Соли 2023 гардиши мол миёни Тоҷикистон ва Чин 29 фоиз афзуда, ба 3,9 миллиард доллар расид.",
     [("trade_turnover", {"TJK", "CHN"}, "2023", 3.9e9, "USD"), ("growth_pct", {"TJK", "CHN"}, "2023", 29, "percent")]),
    ("tg", "2024-02-12",
     "Соли 2023 гардиши моли Тоҷикистон бо Қазоқистон 1,2 миллиард долларро ташкил дод, ки 8 фоиз зиёд аст.",
     [("trade_turnover", {"TJK", "KAZ"}, "2023", 1.2e9, "USD"), ("growth_pct", {"TJK", "KAZ"}, "2023", 8, "percent")]),
]


test_figures = table(check_figures, ROWS)


# Who exports to whom: (metric, reporter, partner) of the figures read.
DIRECTIONS = [
    ("tg", "2025-03-02", "Дар соли 2024 содироти Тоҷикистон ба Чин 200 млн доллар ва воридот аз Чин 3,7 млрд доллар буд.",
     [("exports", "TJK", "CHN"), ("imports", "TJK", "CHN")]),
]


test_trade_directions = table(check_directions, DIRECTIONS)
