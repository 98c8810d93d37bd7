"""Officials in mn: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("mn", "Монгол Улсын Гадаад харилцааны сайд Батмөнхийн Батцэцэг Бээжинд айлчлав.",
     [("Batmunkhiin Battsetseg", "foreign minister", "MNG")]),
    # A name with its father's initial, and an abbreviation with its case ending.
    ("mn", "ОХУ-ын Ерөнхийлөгч В.Путин Монгол Улсын Ерөнхийлөгч У.Хүрэлсүхтэй уулзав.",
     [("V Putin", "president", "RUS"), ("U Khurelsukh", "president", "MNG")]),
    ("mn", "Франц Улсын Ерөнхийлөгч Эммануэль Макрон Улаанбаатарт хүрэлцэн ирэв.",
     [("Emmanuel Macron", "president", "FRA")]),
]


test_officials = table(check_officials, ROWS)
