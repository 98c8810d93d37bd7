"""French events of kinds the held-out cases found missing: a demand whose content is negated
("appelé la Chine à ne pas livrer d'armes") is still a demand; a French overseas territory named
where France acts (its government, its police) is France. Rows: (lang, published, text,
expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    # Beijing, 6 April 2023: Macron and von der Leyen urged Xi not to supply weapons to Russia.
    ("fr", "2023-04-07",
     "Emmanuel Macron et Ursula von der Leyen ont appelé la Chine à ne pas livrer d'armes à la Russie.",
     # von der Leyen asks for the Commission she heads.
     [("REQUEST", "FRA", "CHN", "2023-04-07", None), ("REQUEST", "EC", "CHN", "2023-04-07", None)]),
    # Nouméa, 15 May 2024: a state of emergency after riots against an electoral reform.
    ("fr", "2024-05-16",
     "Les forces de l'ordre ont interpellé plus de 200 personnes en Nouvelle-Calédonie.",
     [("COERCE", "FRA", "FRA", "2024-05-16", None)]),
]

test_kinds_s8 = table(check_extracted, ROWS)
