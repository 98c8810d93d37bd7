"""Indonesian figures: (lang, input, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("id", "2024-03-01",
     "Nilai perdagangan Indonesia dan China pada 2023 mencapai 127 miliar dolar AS.",
     [("trade_turnover", {"IDN", "CHN"}, "2023", 127e9, "USD")]),
    ("id", "2024-07-10",
     "Perdagangan bilateral India dan Rusia pada tahun fiskal 2023-24 mencapai 65,7 miliar dolar AS.",
     [("trade_turnover", {"IND", "RUS"}, "2023-04/2024-03", 65.7e9, "USD")]),
    # A loan is aid, its lender the organisation that approves it.
    ("id", "2024-06-20", "Bank Dunia menyetujui pinjaman 500 juta dolar AS untuk Indonesia.",
     [("aid", {"WB", "IDN"}, "2024-06", 5e8, "USD")]),
]


test_figures = table(check_figures, ROWS)
