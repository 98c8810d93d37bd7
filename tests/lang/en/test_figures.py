"""English figures: (lang, input, expected) rows; the published date resolves "last year"."""

from ..figure_rows import check_directions, check_figures
from ..table import table

ROWS = [
    ("en", "2024-03-02",
     "Trade between Armenia and Iran reached $1.2 billion in 2023, up 14% from the previous year.",
     [("trade_turnover", {"ARM", "IRN"}, "2023", 1.2e9, "USD"), ("growth_pct", {"ARM", "IRN"}, "2023", 14, "percent")]),
    ("en", "2024-09-10",
     "In the first seven months of 2024, Mongolia's exports to China totalled $6.1 billion, "
     "while imports from China came to $2.3 billion.",
     [("exports", {"MNG", "CHN"}, "2024-01/2024-07", 6.1e9, "USD"),
      ("imports", {"MNG", "CHN"}, "2024-01/2024-07", 2.3e9, "USD")]),
    ("en", "2023-05-15",
     "Japan and Vietnam set a new target of $100 billion in trade by 2030, officials said.",
     [("target", {"JPN", "VNM"}, "2030", 100e9, "USD")]),
    ("en", "2022-11-03",
     "Norway pledged $20 million in humanitarian aid to Yemen.",
     [("aid", {"NOR", "YEM"}, "2022-11", 2e7, "USD")]),
    # Growth against the previous year: the base value is not stated, so nothing to check.
    ("en", "2025-03-02",
     "Trade between Chile and Peru reached $3.4 billion in 2024. The two sides also signed a customs deal. "
     "Trade was up 12% compared with the previous year.",
     [("trade_turnover", {"CHL", "PER"}, "2024", 3.4e9, "USD"), ("growth_pct", {"CHL", "PER"}, "2024", 12, "percent")]),
    ("en", "2025-03-02",
     "In 2024, trade between Chile and Peru rose from $3 billion to $3.4 billion.",
     [("trade_turnover", {"CHL", "PER"}, "2023", 3e9, "USD"), ("trade_turnover", {"CHL", "PER"}, "2024", 3.4e9, "USD")]),
    ("en", "2025-06-10",
     "In the first quarter of 2025, trade between Chile and Peru reached $700 million.",
     [("trade_turnover", {"CHL", "PER"}, "2025-01/2025-03", 7e8, "USD")]),
    ("en", "2025-09-10",
     "Trade between Chile and Peru reached $1.6 billion in the first half of 2025.",
     [("trade_turnover", {"CHL", "PER"}, "2025-01/2025-06", 1.6e9, "USD")]),
    ("en", "2025-03-02",
     "Since 1995, cumulative trade between Chile and Peru has exceeded $40 billion, and it reached $2.5 billion in 2024.",
     [("trade_turnover", {"CHL", "PER"}, "cumulative", 4e10, "USD"), ("trade_turnover", {"CHL", "PER"}, "2024", 2.5e9, "USD")]),
    ("en", "2025-03-02",
     "Chinese companies invested $300 million in Peru in 2024, and Peru received $20 million in aid from China.",
     [("investment", {"CHN", "PER"}, "2024", 3e8, "USD"), ("aid", {"CHN", "PER"}, "2024", 2e7, "USD")]),
]


test_figures = table(check_figures, ROWS)


# Who exports to whom: (metric, reporter, partner) of the figures read.
DIRECTIONS = [
    ('en', '2025-03-02', "In 2024, Chile's exports to Peru reached $1.1 billion and imports from Peru $800 million.", [('exports', 'CHL', 'PER'), ('imports', 'CHL', 'PER')]),
    ('en', '2025-03-01',
     'A Mongolian delegation arrived in Astana. Mongolia hopes to expand rail links. Trade between Kazakhstan and Mongolia reached $600 million in 2024.',
     [('trade_turnover', 'KAZ', 'MNG')]),
]


test_trade_directions = table(check_directions, DIRECTIONS)
