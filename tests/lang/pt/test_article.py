"""A whole Portuguese news article (written for this test, from a reported meeting) through `legation.extract`."""

from pathlib import Path

from ..article_rows import check_article
from ..table import table

EXPECTED = {
    "body_starts": "Brasil e China reforçam parceria estratégica em Pequim",
    "dropped": ["Partilhar:", "Leia também: Governo apresenta novo plano de infraestruturas",
                "Siga-nos nas redes sociais"],
    "countries": {"BRA", "CHN"},
    "person": ("Mauro Vieira", "foreign minister", "BRA"),
    "event": ("CONSULT", {"BRA", "CHN"}, "2024-01-19", "Beijing"),
    "figures": [("trade_turnover", 157.5e9, "USD", "2023")],
}

test_article = table(check_article, [("pt", Path(__file__).parent / "article.txt", "2024-01-20", EXPECTED)])
