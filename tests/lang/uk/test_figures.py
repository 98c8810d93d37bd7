"""Ukrainian figures: (lang, input, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("uk", "2024-10-01",
     "За підсумками січня–липня 2024 року товарообіг України та Польщі становив 2,6 млрд доларів, "
     "збільшившись на 9,1%.",
     [("trade_turnover", {"UKR", "POL"}, "2024-01/2024-07", 2.6e9, "USD"),
      ("growth_pct", {"UKR", "POL"}, "2024-01/2024-07", 9.1, "percent")]),
    ("uk", "2023-02-20",
     "Торік товарообіг України та Туреччини знизився на 4% і становив 7 млрд 400 млн доларів.",
     [("trade_turnover", {"UKR", "TUR"}, "2022", 7.4e9, "USD"),
      ("growth_pct", {"UKR", "TUR"}, "2022", -4, "percent")]),
    # "виділить" (will allocate) names aid.
    ("uk", "2024-02-02", "ЄС виділить Україні 50 млрд євро.",
     [("aid", {"EU", "UKR"}, "2024-02", 5e10, "EUR")]),
    ("uk", "2024-06-30", "Рада директорів МВФ схвалила виділення Україні 2,2 млрд доларів.",
     [("aid", {"IMF", "UKR"}, "2024-06", 2.2e9, "USD")]),
]


test_figures = table(check_figures, ROWS)
