"""Language identification of Ukrainian texts (a hard pair with Russian): (lang, input) rows."""

import pytest

from ..article_rows import check_language

ROWS = [
    ("uk", "Міністр закордонних справ України провів переговори з польським колегою у Варшаві."),
    ("uk", "Уряд підтримав ініціативу щодо спрощення митних процедур для перевізників."),
    ("uk", "Сторони обговорили розвиток торгівлі, енергетики та транспортного сполучення між країнами."),
]


@pytest.mark.parametrize("lang,text", ROWS)
def test_language(lang, text):
    check_language(lang, text)
