"""Portuguese number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("pt", "O comércio somou 2.500 milhões de dólares.", ("2.500 milhões de dólares", 2_500_000_000, "USD", "money")),
    ("pt", "O investimento foi de 1,2 mil milhões de euros.", ("1,2 mil milhões de euros", 1_200_000_000, "EUR", "money")),
    ("pt", "As importações chegaram a 4,3 bilhões de dólares.", ("4,3 bilhões de dólares", 4_300_000_000, "USD", "money")),
    # Portugal's "bilião" is 10^12, Brazil's "bilhão" 10^9.
    ("pt", "A dívida pública ronda os 1,6 biliões de euros.", ("1,6 biliões de euros", 1.6e12, "EUR", "money")),
    ("pt", "O fundo soma R$ 5 bilhões.", ("R$ 5 bilhões", 5e9, "BRL", "money")),
    ("pt", "O empréstimo foi de 300.000 euros.", ("300.000 euros", 300_000, "EUR", "money")),
    ("pt", "Cresceu 13,5 % num ano.", ("13,5 %", 13.5, "percent", "percent")),
    ("pt", "Aumentou 8 por cento.", ("8 por cento", 8, "percent", "percent")),
    ("pt", "O acordo foi assinado em 2021.", ("2021", 2021, None, "year")),
]


test_numbers = table(check_number, ROWS)
