"""A whole Serbian news article (written for this test from Xi Jinping's state visit to Belgrade
on 7-8 May 2024), in Cyrillic and in Latin letters, through `legation.extract`."""

from pathlib import Path

from ..article_rows import check_article
from ..table import table

HERE = Path(__file__).parent

CYRILLIC = {
    "body_starts": "Вучић и Си потписали заједничку изјаву",
    "dropped": ["Почетна / Вести / Политика", "Прочитајте још: Дачић се састао са амбасадором Француске",
                "Сва права задржана."],
    "countries": {"SRB", "CHN"},
    "person": ("Aleksandar Vučić", "president", "SRB"),
    "event": ("CONSULT", {"SRB", "CHN"}, "2024-05-08", "Belgrade"),
}
LATIN = {
    "body_starts": "Vučić i Si potpisali zajedničku izjavu",
    "dropped": ["Početna / Vesti / Politika", "Pročitajte još: Dačić se sastao sa ambasadorom Francuske",
                "Sva prava zadržana."],
    "countries": {"SRB", "CHN"},
    "person": ("Aleksandar Vučić", "president", "SRB"),
    "event": ("CONSULT", {"SRB", "CHN"}, "2024-05-08", "Belgrade"),
}

test_article = table(check_article, [("sr", HERE / "article.txt", "2024-05-08", CYRILLIC),
                                     ("sr", HERE / "article_latin.txt", "2024-05-08", LATIN)])
