"""Hebrew number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("he", "היקף הסחר הגיע ל-1.2 מיליארד דולר.", ("1.2 מיליארד דולר", 1_200_000_000, "USD", "money")),
    ("he", "היצוא עלה ב-8 אחוזים.", ("8 אחוזים", 8, "percent", "percent")),
    ("he", "המענק עומד על 300 מיליון שקל.", ("300 מיליון שקל", 300_000_000, "ILS", "money")),
    ("he", "הסחר גדל ב-5%.", ("5%", 5, "percent", "percent")),
]


test_numbers = table(check_number, ROWS)
