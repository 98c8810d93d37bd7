"""Spanish number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("es", "El comercio sumó 2.500 millones de dólares.", ("2.500 millones de dólares", 2_500_000_000, "USD", "money")),
    ("es", "La inversión fue de 1,2 mil millones de euros.", ("1,2 mil millones de euros", 1_200_000_000, "EUR", "money")),
    ("es", "Las importaciones llegaron a 4,3 millardos de dólares.", ("4,3 millardos de dólares", 4_300_000_000, "USD", "money")),
    ("es", "El préstamo fue de 300.000 euros.", ("300.000 euros", 300_000, "EUR", "money")),
    ("es", "Creció un 13,5 % en un año.", ("13,5 %", 13.5, "percent", "percent")),
    ("es", "Aumentó un 8 por ciento.", ("8 por ciento", 8, "percent", "percent")),
    ("es", "Las ventas se multiplicaron por 1,5 veces.", ("1,5 veces", 1.5, None, "multiple")),
    ("es", "El acuerdo se firmó en 2021.", ("2021", 2021, None, "year")),
    ("es", "La deuda pública roza los 1,6 billones de euros.", ("1,6 billones de euros", 1.6e12, "EUR", "money")),
]


test_numbers = table(check_number, ROWS)
