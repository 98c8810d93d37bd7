"""Language identification of Ukrainian texts (a hard pair with Russian): (lang, input) rows."""

from ..article_rows import check_language
from ..table import table

ROWS = [
    ("uk", "Міністр закордонних справ України провів переговори з польським колегою у Варшаві."),
    ("uk", "Уряд підтримав ініціативу щодо спрощення митних процедур для перевізників."),
    ("uk", "Сторони обговорили розвиток торгівлі, енергетики та транспортного сполучення між країнами."),
]


test_language = table(check_language, ROWS)
