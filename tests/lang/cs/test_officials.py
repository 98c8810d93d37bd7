"""Officials in cs: (lang, text, expected people) rows. Names after a role word in an oblique case."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("cs", "Prezident Petr Pavel se v úterý setkal v Praze s polským prezidentem Andrzejem Dudou.",
     [("Petr Pavel", "president", "CZE"), ("Andrzej Duda", "president", "POL")]),
    ("cs", "Premiér Petr Fiala přijal slovenského premiéra Roberta Fica.",
     [("Petr Fiala", "prime minister", "CZE"), ("Robert Fico", "prime minister", "SVK")]),
]


test_officials = table(check_officials, ROWS)
