"""Hindi figures: (lang, input, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("hi", "2024-03-01",
     "2023 में भारत और रूस के बीच द्विपक्षीय व्यापार 65.7 अरब डॉलर रहा।",
     [("trade_turnover", {"IND", "RUS"}, "2023", 65.7e9, "USD")]),
    ("hi", "2024-03-01",
     "2023 में भारत और नेपाल के बीच व्यापार 65,000 करोड़ रुपये रहा।",
     [("trade_turnover", {"IND", "NPL"}, "2023", 6.5e11, "INR")]),
]


test_figures = table(check_figures, ROWS)
