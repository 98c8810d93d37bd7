"""Mongolian figures: (lang, input, expected) rows."""

from ..figure_rows import check_directions, check_figures
from ..table import table

ROWS = [
    ("mn", "2024-03-01",
     "2023 онд Монгол Улс, Хятадын худалдааны эргэлт 17.2 тэрбум ам.доллар болов.",
     [("trade_turnover", {"MNG", "CHN"}, "2023", 1.72e10, "USD")]),
    ("mn", "2023-11-16",
     "Өнгөрсөн онд АНУ, Хятадын худалдааны эргэлт 690 тэрбум ам.долларт хүрсэн.",
     [("trade_turnover", {"USA", "CHN"}, "2022", 6.9e11, "USD")]),
    # Months written as numbers, and the base year after the growth.
    ("mn", "2023-11-16",
     "АНУ, Хятадын худалдаа 2023 оны 1-9 дүгээр сард 500 тэрбум ам.доллар болов.",
     [("trade_turnover", {"USA", "CHN"}, "2023-01/2023-09", 5e11, "USD")]),
    # A soft loan (хөнгөлөлттэй зээл) is aid.
    ("mn", "2024-06-20", "Азийн хөгжлийн банк Монгол Улсад 100 сая ам.долларын хөнгөлөлттэй зээл олгоно.",
     [("aid", {"ADB", "MNG"}, "2024-06", 1e8, "USD")]),
]


test_figures = table(check_figures, ROWS)


# Who exports to whom: (metric, reporter, partner) of the figures read.
DIRECTIONS = [
    ("mn", "2025-03-02", "2024 онд Монгол Улсаас Хятад руу хийсэн экспорт 12 тэрбум ам.доллар, Монгол Улсын Хятадаас хийсэн импорт 4 тэрбум ам.доллар байв.",
     [("exports", "MNG", "CHN"), ("imports", "MNG", "CHN")]),
    # The verb after the amount names it, not the "trade" of the clause's start: imports from China,
    # then exports to China.
    ("mn", "2025-02-10",
     "АНУ, Хятадын худалдааны хувьд 2024 онд АНУ Хятадаас 439 тэрбум долларын бараа импортолсон бол "
     "Хятад руу 144 тэрбум долларын бараа экспортолсон байна.",
     [("imports", "USA", "CHN"), ("exports", "USA", "CHN")]),
]


test_trade_directions = table(check_directions, DIRECTIONS)
