"""Officials in sr, both scripts, names in their cases: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("sr", "Министар спољних послова Србије Марко Ђурић састао се у Београду са колегом из Грчке.",
     [("Marko Đurić", "foreign minister", "SRB")]),
    ("sr", "Ministar spoljnih poslova Srbije Marko Đurić doputovao je u Atinu.",
     [("Marko Đurić", "foreign minister", "SRB")]),
    ("sr", "Председник је разговарао са министром спољних послова Мађарске Петером Сијартом.",
     [("Péter Szijjártó", "foreign minister", "HUN")]),
    ("sr", "Премијер се састао са амбасадором Француске Пјером Кошаром у Београду.",
     [("Pjer Košar", "ambassador", "FRA")]),
    ("sr", "Председник Србије Александар Вучић примио је делегацију. Вучић је нагласио значај посете.",
     [("Aleksandar Vučić", "president", "SRB")]),
]


test_officials = table(check_officials, ROWS)
