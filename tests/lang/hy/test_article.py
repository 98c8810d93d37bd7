"""A whole Armenian news article (written for this test from Catherine Colonna's visit to Yerevan
on 3 October 2023) through `legation.extract`."""

from pathlib import Path

from ..article_rows import check_article
from ..table import table

EXPECTED = {
    "body_starts": "Միրզոյանը և Կոլոնան քննարկել են",
    "dropped": ["Գլխավոր / Լուրեր / Քաղաքականություն", "Կարդացեք նաև՝ Փաշինյանը ընդունել է Գերմանիայի դեսպանին",
                "Բոլոր իրավունքները պաշտպանված են։"],
    "countries": {"ARM", "FRA"},
    "person": ("Ararat Mirzoyan", "foreign minister", "ARM"),
    "event": ("CONSULT", {"ARM", "FRA"}, "2023-10-03", "Yerevan"),
}

test_article = table(check_article, [("hy", Path(__file__).parent / "article.txt", "2023-10-03", EXPECTED)])
