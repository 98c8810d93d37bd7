"""Georgian number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("ka", "მოცულობამ 1,1 მილიარდი აშშ დოლარი შეადგინა.", ("1,1 მილიარდი აშშ დოლარი", 1_100_000_000, "USD", "money")),
    ("ka", "ინვესტიციებმა 250 მლნ ევროს მიაღწია.", ("250 მლნ ევროს", 250_000_000, "EUR", "money")),
    ("ka", "პროგრამის ბიუჯეტი 900 ათასი ლარია.", ("900 ათასი ლარია", 900_000, "GEL", "money")),
    ("ka", "დაფიქსირდა 13,5% ზრდა.", ("13,5%", 13.5, "percent", "percent")),
]


test_numbers = table(check_number, ROWS)
