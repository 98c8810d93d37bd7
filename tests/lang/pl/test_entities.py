"""Entities in pl: (lang, text, expected codes and places) rows. Country names in every case."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("pl", "Delegacja Kazachstanu przybyła do Brukseli, gdzie omówiła stosunki z Unią Europejską.",
     {"KAZ", "Brussels/BEL", "EU"}),
    ("pl", "W Warszawie polscy i niemieccy eksperci omówili agendę NATO i ONZ.",
     {"Warsaw/POL", "POL", "DEU", "NATO", "UN"}),
    ("pl", "Obroty handlowe między Polską a Niemcami rosną, podobnie jak handel z Ukrainą i Rosją.",
     {"POL", "DEU", "UKR", "RUS"}),
]


test_entities = table(check_entities, ROWS)
