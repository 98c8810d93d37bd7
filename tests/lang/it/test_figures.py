"""Italian figures: (lang, input, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("it", "2024-10-01",
     "Tra gennaio e luglio 2024 l'interscambio commerciale tra Italia e Tunisia ha raggiunto "
     "2,6 miliardi di euro, con un aumento del 9,1%.",
     [("trade_turnover", {"ITA", "TUN"}, "2024-01/2024-07", 2.6e9, "EUR"),
      ("growth_pct", {"ITA", "TUN"}, "2024-01/2024-07", 9.1, "percent")]),
    ("it", "2023-02-20",
     "L'anno scorso il commercio tra Italia e Egitto è calato del 4% attestandosi a 740 milioni di euro.",
     [("trade_turnover", {"ITA", "EGY"}, "2022", 740e6, "EUR"),
      ("growth_pct", {"ITA", "EGY"}, "2022", -4, "percent")]),
]


test_figures = table(check_figures, ROWS)
