"""English events of several states travelling as one side: each visitor consults the host, the
visitors do not consult one another. Rows: (lang, published, text, expected (type, source,
target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    # Kyiv, 10 May 2025: the leaders of France, Germany, Britain and Poland arrived together.
    ("en", "2025-05-11",
     "The leaders of France, Germany, Britain and Poland arrived in Kyiv on Saturday.",
     [("CONSULT", "FRA", "UKR", "2025-05-10", "Kyiv"), ("CONSULT", "DEU", "UKR", "2025-05-10", "Kyiv"),
      ("CONSULT", "GBR", "UKR", "2025-05-10", "Kyiv"), ("CONSULT", "POL", "UKR", "2025-05-10", "Kyiv")]),
    # Kyiv, 16 June 2022: Scholz, Macron and Draghi came by night train together.
    ("en", "2022-06-17",
     "The leaders of Germany, France and Italy arrived in Kyiv on Thursday.",
     [("CONSULT", "DEU", "UKR", "2022-06-16", "Kyiv"), ("CONSULT", "FRA", "UKR", "2022-06-16", "Kyiv"),
      ("CONSULT", "ITA", "UKR", "2022-06-16", "Kyiv")]),
]

test_joint_visits = table(check_extracted, ROWS)
