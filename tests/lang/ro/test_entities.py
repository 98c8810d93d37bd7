"""Entities in ro: (lang, text, expected codes and places) rows. Country names take article endings."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("ro", "O delegație a Kazahstanului a sosit la Bruxelles, unde a discutat relațiile cu Uniunea Europeană.",
     {"KAZ", "Brussels/BEL", "EU"}),
    ("ro", "La București, experți români și moldoveni au analizat agenda NATO și a ONU.",
     {"Bucharest/ROU", "ROU", "MDA", "NATO", "UN"}),
    ("ro", "Ambasadorul Rusiei a fost convocat la sediul MAE al României.", {"RUS", "ROU"}),
]


test_entities = table(check_entities, ROWS)
