"""A whole Spanish news article (written for this test) through `legation.extract`."""

from pathlib import Path

from ..article_rows import check_article
from ..table import table

EXPECTED = {
    "body_starts": "Chile y Argentina celebran la octava ronda de consultas políticas en Santiago",
    "dropped": ["Compartir:", "Lee también: El Gobierno presenta su plan de infraestructuras",
                "Síguenos en las redes sociales"],
    "countries": {"CHL", "ARG"},
    "person": ("Rodrigo Valdés", "deputy foreign minister", "CHL"),
    "event": ("CONSULT", {"CHL", "ARG"}, "2024-11-13", "Santiago"),
    "figures": [("trade_turnover", 5.8e9, "USD", "2023")],
}

test_article = table(check_article, [("es", Path(__file__).parent / "article.txt", "2024-11-14", EXPECTED)])
