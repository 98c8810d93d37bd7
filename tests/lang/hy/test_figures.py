"""Armenian figures: (lang, input, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("hy", "2024-03-01",
     "Հայաստանի և Վրաստանի միջև ապրանքաշրջանառությունը 2023 թ. կազմել է 1,2 մլրդ դոլար՝ աճելով 15 տոկոսով։",
     [("trade_turnover", {"ARM", "GEO"}, "2023", 1.2e9, "USD"),
      ("growth_pct", {"ARM", "GEO"}, "2023", 15, "percent")]),
    # "կտրամադրի" (will provide) names aid.
    ("hy", "2024-04-06", "Ապրիլի 5-ին Բրյուսելում Եվրամիությունը հայտարարեց, որ Հայաստանին կտրամադրի 270 միլիոն եվրո։",
     [("aid", {"EU", "ARM"}, "2024-04", 2.7e8, "EUR")]),
]


test_figures = table(check_figures, ROWS)
