"""Language identification of Serbian in both scripts (close to Croatian, Bosnian, Macedonian, Bulgarian): (lang, input) rows."""

from ..article_rows import check_language
from ..table import table

ROWS = [
    ("sr", "Министар спољних послова Србије разговарао је у Београду са колегом из Мађарске о енергетици."),
    ("sr", "Ministar spoljnih poslova Srbije razgovarao je u Beogradu sa kolegom iz Mađarske o energetici."),
    ("sr", "Влада Србије усвојила је предлог споразума о изградњи гасног интерконектора са Бугарском."),
    ("sr", "Dve strane razgovarale su o trgovini, saobraćaju i saradnji u oblasti poljoprivrede."),
]


test_language = table(check_language, ROWS)
