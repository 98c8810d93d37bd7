"""French figures: (lang, input, expected) rows."""

from ..figure_rows import check_directions, check_figures
from ..table import table

ROWS = [
    ("fr", "2024-06-20",
     "En 2023, les échanges commerciaux entre la France et le Maroc ont atteint 14,3 milliards d'euros.",
     [("trade_turnover", {"FRA", "MAR"}, "2023", 14.3e9, "EUR")]),
    ("fr", "2025-02-10",
     "En 2024, les échanges commerciaux entre la France et le Maroc ont atteint 3,4 milliards d'euros, "
     "en hausse de 12 % par rapport à l'année précédente.",
     [("trade_turnover", {"FRA", "MAR"}, "2024", 3.4e9, "EUR"), ("growth_pct", {"FRA", "MAR"}, "2024", 12, "percent")]),
    ("fr", "2025-02-10",
     "En 2024, les échanges commerciaux entre la France et le Maroc sont passés de 3 milliards d'euros "
     "à 3,4 milliards d'euros.",
     [("trade_turnover", {"FRA", "MAR"}, "2023", 3e9, "EUR"), ("trade_turnover", {"FRA", "MAR"}, "2024", 3.4e9, "EUR")]),
    ("fr", "2025-08-10",
     "Au premier semestre 2025, les échanges commerciaux entre la France et le Maroc ont atteint 2 milliards d'euros.",
     [("trade_turnover", {"FRA", "MAR"}, "2025-01/2025-06", 2e9, "EUR")]),
    ("fr", "2025-02-10",
     "Les investissements français au Maroc ont atteint 300 millions d'euros en 2024.",
     [("investment", {"FRA", "MAR"}, "2024", 3e8, "EUR")]),
]


test_figures = table(check_figures, ROWS)


# Who exports to whom: (metric, reporter, partner) of the figures read.
DIRECTIONS = [
    ('fr', '2025-03-02', "En 2024, les exportations de la France vers le Maroc ont atteint 1,1 milliard d'euros et les importations en provenance du Maroc 800 millions d'euros.", [('exports', 'FRA', 'MAR'), ('imports', 'FRA', 'MAR')]),
    ('fr', '2025-03-01',
     "Une délégation marocaine est arrivée à Dakar. Le Maroc veut développer les liaisons maritimes. Les échanges commerciaux entre le Sénégal et le Maroc ont atteint 300 millions d'euros en 2024.",
     [('trade_turnover', 'SEN', 'MAR')]),
]


test_trade_directions = table(check_directions, DIRECTIONS)
