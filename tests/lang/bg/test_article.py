"""A whole Bulgarian news article (written for this test from a reported visit) through `legation.extract`."""

from pathlib import Path

from ..article_rows import check_article
from ..table import table

EXPECTED = {
    "body_starts": "Зеленски и Денков подписаха в София декларация",
    "dropped": ["Сподели:", "Прочетете още: Радев прие посланика на Франция",
                "Всички права запазени. При цитиране позоваването на източника е задължително."],
    "countries": {"UKR", "BGR"},
    "person": ("Nikolay Denkov", "prime minister", "BGR"),
    "event": ("CONSULT", {"UKR", "BGR"}, "2023-07-06", "Sofia"),
}

test_article = table(check_article, [("bg", Path(__file__).parent / "article.txt", "2023-07-07", EXPECTED)])
