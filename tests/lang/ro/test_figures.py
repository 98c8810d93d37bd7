"""Romanian figures: (lang, input, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("ro", "2024-03-01",
     "Schimburile comerciale dintre România și Republica Moldova au ajuns la 3,2 miliarde de euro în 2023, "
     "în creștere cu 5 la sută.",
     [("trade_turnover", {"ROU", "MDA"}, "2023", 3.2e9, "EUR"),
      ("growth_pct", {"ROU", "MDA"}, "2023", 5, "percent")]),
    # India's fiscal year runs from April to March.
    ("ro", "2024-07-10",
     "Comerțul bilateral dintre India și Rusia a atins 65,7 miliarde de dolari în anul fiscal indian 2023-24.",
     [("trade_turnover", {"IND", "RUS"}, "2023-04/2024-03", 65.7e9, "USD")]),
    # A payment received from the IMF is aid.
    ("ro", "2024-06-29", "Ucraina va primi 2,2 miliarde de dolari de la FMI.",
     [("aid", {"IMF", "UKR"}, "2024-06", 2.2e9, "USD")]),
]


test_figures = table(check_figures, ROWS)
