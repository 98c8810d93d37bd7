"""A whole Uzbek news article (written for this test from a reported state visit) through `legation.extract`."""

from pathlib import Path

from ..article_rows import check_article
from ..table import table

EXPECTED = {
    "body_starts": "Shavkat Mirziyoyev va Vladimir Putin Toshkentda muzokaralar o'tkazdi",
    "dropped": ["Ulashish:", "Telegram kanalimizga obuna bo'ling", "Ko'p o'qilganlar"],
    "countries": {"UZB", "RUS"},
    "person": ("Shavkat Mirziyoyev", "president", "UZB"),
    "event": ("CONSULT", {"UZB", "RUS"}, "2024-05-27", "Tashkent"),
    "figures": [("trade_turnover", 9.9e9, "USD", "2023")],
}

test_article = table(check_article, [("uz", Path(__file__).parent / "article.txt", "2024-05-28", EXPECTED)])
