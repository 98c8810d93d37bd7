"""Kazakh figures: (lang, input, expected) rows."""

from ..figure_rows import check_directions, check_figures
from ..table import table

ROWS = [
    ("kk", "2024-03-01",
     "2023 жылы Қазақстан мен Қытай арасындағы тауар айналымы 31,5 млрд долларды құрады.",
     [("trade_turnover", {"KAZ", "CHN"}, "2023", 31.5e9, "USD")]),
    ("kk", "2025-05-10",
     "2025 жылдың бірінші тоқсанында Қазақстан мен Қытай арасындағы тауар айналымы 700 млн доллар болды.",
     [("trade_turnover", {"KAZ", "CHN"}, "2025-01/2025-03", 7e8, "USD")]),
    ("kk", "2025-02-10",
     "2024 жылы Қазақстан мен Қытай арасындағы сауда айналымы 3 млрд доллардан 3,4 млрд долларға дейін өсті.",
     [("trade_turnover", {"KAZ", "CHN"}, "2023", 3e9, "USD"), ("trade_turnover", {"KAZ", "CHN"}, "2024", 3.4e9, "USD")]),
]


test_figures = table(check_figures, ROWS)


# Who exports to whom: (metric, reporter, partner) of the figures read.
DIRECTIONS = [
    ('kk', '2025-03-02', '2024 жылы Қазақстаннан Қытайға экспорт 1,1 млрд доллар, Қытайдан импорт 800 млн доллар болды.', [('exports', 'KAZ', 'CHN'), ('imports', 'KAZ', 'CHN')]),
    ('kk', '2025-03-01',
     'Қырғызстан делегациясы Астанаға келді. Қырғызстан тарапы көлік жобаларын талқылады. Қазақстан мен Қырғызстан арасындағы тауар айналымы 2024 жылы 2 миллиард долларға жетті.',
     [('trade_turnover', 'KAZ', 'KGZ')]),
]


test_trade_directions = table(check_directions, DIRECTIONS)
