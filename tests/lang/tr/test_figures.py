"""Turkish figures: (lang, input, expected) rows."""

from ..figure_rows import check_directions, check_figures
from ..table import table

ROWS = [
    ("tr", "2024-04-11",
     "Türkiye ile Özbekistan arasındaki ticaret hacmi 2023 yılında 3,4 milyar dolar oldu.",
     [("trade_turnover", {"TUR", "UZB"}, "2023", 3.4e9, "USD")]),
    ("tr", "2024-04-11",
     "İki ülke, Türkiye ile Özbekistan arasındaki ticaret için 10 milyar dolarlık yeni bir hedef belirledi.",
     [("target", {"TUR", "UZB"}, None, 10e9, "USD")]),
    # The base of "bir önceki yıla göre" is 2023, whose value is not stated: no check, no error.
    ("tr", "2025-02-10",
     "Türkiye ile Özbekistan arasındaki ticaret hacmi 2024 yılında 3,4 milyar dolar oldu. İki ülke yeni "
     "anlaşmalar imzaladı. Ticaret hacmi bir önceki yıla göre yüzde 12 arttı.",
     [("trade_turnover", {"TUR", "UZB"}, "2024", 3.4e9, "USD"), ("growth_pct", {"TUR", "UZB"}, "2024", 12, "percent")]),
    ("tr", "2025-05-10",
     "2025 yılının ilk çeyreğinde Türkiye ile Özbekistan arasındaki ticaret hacmi 700 milyon dolar oldu.",
     [("trade_turnover", {"TUR", "UZB"}, "2025-01/2025-03", 7e8, "USD")]),
    ("tr", "2025-02-10",
     "Türk şirketleri 2024 yılında Özbekistan'a 300 milyon dolarlık yatırım yaptı.",
     [("investment", {"TUR", "UZB"}, "2024", 3e8, "USD")]),
]


test_figures = table(check_figures, ROWS)


# Who exports to whom: (metric, reporter, partner) of the figures read.
DIRECTIONS = [
    ('tr', '2025-03-02', "Türkiye'nin 2024 yılında Özbekistan'a ihracatı 1,1 milyar dolar, Özbekistan'dan ithalatı 800 milyon dolar oldu.", [('exports', 'TUR', 'UZB'), ('imports', 'TUR', 'UZB')]),
]


test_trade_directions = table(check_directions, DIRECTIONS)
