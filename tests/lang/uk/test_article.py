"""A whole Ukrainian news article (written for this test) through `legation.extract`."""

from pathlib import Path

from ..article_rows import check_article
from ..table import table

EXPECTED = {
    "body_starts": "Україна та Молдова провели політичні консультації в Кишиневі",
    "dropped": ["Поділитися:", "Читайте також: Посол Молдови вручив копії вірчих грамот",
                "Підписуйтесь на наш канал у Telegram"],
    "countries": {"UKR", "MDA"},
    "person": ("Oleksandr Myshchenko", "deputy foreign minister", "UKR"),
    "event": ("CONSULT", {"UKR", "MDA"}, "2024-11-21", "Chisinau"),
    "figures": [("trade_turnover", 1.2e9, "USD", "2024-01/2024-09")],
}

test_article = table(check_article, [("uk", Path(__file__).parent / "article.txt", "2024-11-22", EXPECTED)])
