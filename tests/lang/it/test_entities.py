"""Entities in it: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("it", "Una delegazione del Kazakistan è arrivata a Bruxelles, dove ha discusso dei rapporti con l'Unione europea.",
     {"KAZ", "Brussels/BEL", "EU"}),
    ("it", "A Roma esperti italiani e tunisini hanno esaminato l'agenda della NATO e dell'ONU.",
     {"Rome/ITA", "ITA", "TUN", "NATO", "UN"}),
    ("it", "Lo pensano sia a Berlino sia all'OSCE.", {"Berlin/DEU", "OSCE"}),
    ("it", "L'ambasciata degli Stati Uniti ha inviato una nota al ministero degli Esteri dell'Egitto.", {"USA", "EGY"}),
]


test_entities = table(check_entities, ROWS)
