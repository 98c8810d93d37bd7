"""German figures: (lang, input, expected) rows."""

from ..figure_rows import check_directions, check_figures
from ..table import table

ROWS = [
    ("de", "2024-02-14",
     "Das Handelsvolumen zwischen Deutschland und Kasachstan stieg 2023 um 12 Prozent auf 4,2 Mrd. Euro.",
     [("trade_turnover", {"DEU", "KAZ"}, "2023", 4.2e9, "EUR"), ("growth_pct", {"DEU", "KAZ"}, "2023", 12, "percent")]),
    ("de", "2025-02-10",
     "Das Handelsvolumen zwischen Deutschland und Kasachstan stieg 2024 gegenüber dem Vorjahr um 12 Prozent "
     "auf 3,4 Mrd. Euro.",
     [("trade_turnover", {"DEU", "KAZ"}, "2024", 3.4e9, "EUR"), ("growth_pct", {"DEU", "KAZ"}, "2024", 12, "percent")]),
    ("de", "2025-02-10",
     "Im Jahr 2024 stieg der Warenverkehr zwischen Deutschland und Kasachstan von 3 Mrd. Euro auf 3,4 Mrd. Euro.",
     [("trade_turnover", {"DEU", "KAZ"}, "2023", 3e9, "EUR"), ("trade_turnover", {"DEU", "KAZ"}, "2024", 3.4e9, "EUR")]),
    ("de", "2025-08-10",
     "Im ersten Halbjahr 2025 erreichte das Handelsvolumen zwischen Deutschland und Kasachstan 2 Mrd. Euro.",
     [("trade_turnover", {"DEU", "KAZ"}, "2025-01/2025-06", 2e9, "EUR")]),
    ("de", "2025-02-10",
     "Deutsche Unternehmen investierten 2024 rund 300 Mio. Euro in Kasachstan.",
     [("investment", {"DEU", "KAZ"}, "2024", 3e8, "EUR")]),
]


test_figures = table(check_figures, ROWS)


# Who exports to whom: (metric, reporter, partner) of the figures read.
DIRECTIONS = [
    ('de', '2025-03-02', 'Im Jahr 2024 beliefen sich die Ausfuhren Deutschlands nach Kasachstan auf 1,1 Mrd. Euro, die Einfuhren aus Kasachstan auf 800 Mio. Euro.', [('exports', 'DEU', 'KAZ'), ('imports', 'DEU', 'KAZ')]),
    ('de', '2025-03-01',
     'Eine Delegation aus Polen traf in Berlin ein. Polen will die Bahnverbindungen ausbauen. Der Handelsumsatz zwischen Deutschland und Polen erreichte 2024 rund 170 Milliarden Euro.',
     [('trade_turnover', 'DEU', 'POL')]),
]


test_trade_directions = table(check_directions, DIRECTIONS)
