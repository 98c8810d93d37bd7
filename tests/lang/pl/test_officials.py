"""Officials in pl: (lang, text, expected people) rows. Names after a role word in an oblique case."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("pl", "Prezydent Andrzej Duda i premier Donald Tusk spotkali się w Białym Domu z prezydentem USA Joe Bidenem.",
     [("Andrzej Duda", "president", "POL"), ("Donald Tusk", "prime minister", "POL"),
      ("Joe Biden", "president", "USA")]),
    ("pl", "Szef MSZ Radosław Sikorski spotkał się w Kijowie z ukraińskim odpowiednikiem Dmytrem Kułebą.",
     [("Radosław Sikorski", "foreign minister", "POL"), ("Dmytro Kuleba", "counterpart", "UKR")]),
]


test_officials = table(check_officials, ROWS)
