"""A whole Italian news article (written for this test) through `legation.extract`."""

from pathlib import Path

from ..article_rows import check_article
from ..table import table

EXPECTED = {
    "body_starts": "Italia e Albania, colloqui a Tirana su energia e migrazioni",
    "dropped": ["Condividi:", "Leggi anche: Il governo approva il piano per le infrastrutture",
                "Seguici sui social network"],
    "countries": {"ITA", "ALB"},
    "person": ("Paolo Ferretti", "foreign minister", "ITA"),
    "event": ("CONSULT", {"ITA", "ALB"}, "2024-10-07", "Tirana"),
    "figures": [("trade_turnover", 3.1e9, "EUR", "2023")],
}

test_article = table(check_article, [("it", Path(__file__).parent / "article.txt", "2024-10-08", EXPECTED)])
