"""A whole Georgian news article (written for this test from Prime Minister Garibashvili's visit
to Yerevan on 26 January 2024) through `legation.extract`: countries, the prime minister, the visit
and its venue."""

from pathlib import Path

from ..article_rows import check_article
from ..table import table

EXPECTED = {
    "body_starts": "საქართველო და სომხეთი სტრატეგიული პარტნიორები გახდნენ",
    "dropped": ["მთავარი / სიახლეები / პოლიტიკა", "ასევე წაიკითხეთ: პრემიერ-მინისტრი საფრანგეთის ელჩს შეხვდა",
                "ყველა უფლება დაცულია."],
    "countries": {"GEO", "ARM"},
    "person": ("Irakli Gharibashvili", "prime minister", "GEO"),
    "event": ("CONSULT", {"GEO", "ARM"}, "2024-01-26", "Yerevan"),
}

test_article = table(check_article, [("ka", Path(__file__).parent / "article.txt", "2024-01-26", EXPECTED)])


def test_article_countries_and_visit_without_names():
    """What works before the names: the body, both countries, the visit on its day in Yerevan."""
    import legation

    doc = legation.extract((Path(__file__).parent / "article.txt").read_text(encoding="utf-8"), published="2024-01-26")
    assert doc.lang == "ka" and doc.text.startswith(EXPECTED["body_starts"])
    assert {"GEO", "ARM"} <= {e.code for e in doc.entities if e.kind == "country"}
    visits = [ev for ev in doc.events if ev.type == "CONSULT" and ev.source and ev.target
              and (ev.source.code, ev.target.code) == ("GEO", "ARM")]
    assert visits and visits[0].date == "2024-01-26" and visits[0].location.name == "Yerevan"
    assert not [f for f in doc.flags if f.severity == "error"]
