"""Azerbaijani figures: (lang, input, expected) rows."""

from ..figure_rows import check_directions, check_figures
from ..table import table

ROWS = [
    ("az", "2024-10-05",
     "2024-cü ilin ilk altı ayında Azərbaycan ilə Gürcüstan arasında ticarət dövriyyəsi 412,6 milyon dollar "
     "(ixrac — 301,2 milyon dollar, idxal — 111,4 milyon dollar) olub.",
     [("trade_turnover", {"AZE", "GEO"}, "2024-01/2024-06", 412.6e6, "USD"),
      ("exports", {"AZE", "GEO"}, "2024-01/2024-06", 301.2e6, "USD"),
      ("imports", {"AZE", "GEO"}, "2024-01/2024-06", 111.4e6, "USD")]),
    ("az", "2023-08-01",
     "Keçən il Azərbaycanla Qazaxıstan arasında ticarət dövriyyəsi 24 faiz artıb.",
     [("growth_pct", {"AZE", "KAZ"}, "2022", 24, "percent")]),
    ("az", "2025-02-10",
     "2024-cü ildə Azərbaycan ilə Gürcüstan arasında ticarət dövriyyəsi ötən illə müqayisədə 12 faiz artaraq "
     "3,4 milyard dollar təşkil edib.",
     [("trade_turnover", {"AZE", "GEO"}, "2024", 3.4e9, "USD"), ("growth_pct", {"AZE", "GEO"}, "2024", 12, "percent")]),
    ("az", "2025-05-10",
     "2025-ci ilin birinci rübündə Azərbaycan ilə Gürcüstan arasında ticarət dövriyyəsi 700 milyon dollar təşkil edib.",
     [("trade_turnover", {"AZE", "GEO"}, "2025-01/2025-03", 7e8, "USD")]),
    ("az", "2025-02-10",
     "Azərbaycan 2024-cü ildə Gürcüstan iqtisadiyyatına 300 milyon dollar sərmayə qoyub.",
     [("investment", {"AZE", "GEO"}, "2024", 3e8, "USD")]),
]


test_figures = table(check_figures, ROWS)


# Who exports to whom: (metric, reporter, partner) of the figures read.
DIRECTIONS = [
    ('az', '2025-03-02', '2024-cü ildə Azərbaycandan Gürcüstana ixrac 1,1 milyard dollar, Gürcüstandan idxal isə 800 milyon dollar olub.', [('exports', 'AZE', 'GEO'), ('imports', 'AZE', 'GEO')]),
    ('az', '2025-03-01',
     'Gürcüstan nümayəndə heyəti Bakıda olub. Gürcüstan tərəfi enerji layihələrini müzakirə edib. Azərbaycan ilə Gürcüstan arasında ticarət dövriyyəsi 2024-cü ildə 900 milyon dollar təşkil edib.',
     [('trade_turnover', 'AZE', 'GEO')]),
    # A country whose name holds a demonym ("Özbək|istan") keeps its "-stan" out of the case ending.
    ('az', '2025-02-01', '2024-cü ildə Özbəkistan və Latviya arasında ticarət dövriyyəsi 95 milyon dollar (ixrac — 60 milyon dollar, idxal — 35 milyon dollar) olub.',
     [('trade_turnover', 'UZB', 'LVA'), ('exports', 'UZB', 'LVA'), ('imports', 'UZB', 'LVA')]),
]


test_trade_directions = table(check_directions, DIRECTIONS)
