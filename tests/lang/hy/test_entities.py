"""Entities in hy, with their case endings: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("hy", "Ղազախստանի պատվիրակությունը ժամանել է Բրյուսել՝ Եվրոպական միության հետ հարաբերությունները քննարկելու։",
     {"KAZ", "Brussels/BEL", "EU"}),
    ("hy", "Թբիլիսիում հայ և վրացի փորձագետները քննարկել են ԵԱՀԿ-ի և ՆԱՏՕ-ի օրակարգը։",
     {"Tbilisi/GEO", "ARM", "GEO", "OSCE", "NATO"}),
    ("hy", "ՀՀ ԱԳՆ-ն նոտա է հանձնել Ադրբեջանին։", {"ARM", "AZE"}),
    ("hy", "Ֆրանսիայում և ԱՄՆ-ում ողջունել են ՄԱԿ-ի որոշումը։", {"FRA", "USA", "UN"}),
]


test_entities = table(check_entities, ROWS)
