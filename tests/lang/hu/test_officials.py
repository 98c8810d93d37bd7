"""Officials in hu: (lang, text, expected people) rows. Names are written family name first
("Orbán Viktor") and given in the usual order; the role follows the name without a comma,
and the name takes case endings ("Putyinnal", "Zelenszkijjel")."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("hu", "Orbán Viktor magyar miniszterelnök Moszkvában tárgyalt Vlagyimir Putyin orosz elnökkel.",
     [("Viktor Orbán", "prime minister", "HUN"), ("Vlagyimir Putyin", "president", "RUS")]),
    # The role between two names is the first one's.
    ("hu", "Sulyok Tamás magyar köztársasági elnök Robert Fico szlovák kormányfővel találkozott.",
     [("Tamás Sulyok", "president", "HUN"), ("Robert Fico", "prime minister", "SVK")]),
    ("hu", "Szijjártó Péter külügyminiszter Antony Blinken amerikai külügyminiszterrel egyeztetett.",
     [("Péter Szijjártó", "foreign minister", "HUN"), ("Antony Blinken", "secretary of state", "USA")]),
    # The office-holders table gives the country a bare role does not say.
    ("hu", "Sulyok Tamás köztársasági elnök fogadta a lengyel elnököt.",
     [("Tamás Sulyok", "president", "HUN")]),
]


test_officials = table(check_officials, ROWS)
