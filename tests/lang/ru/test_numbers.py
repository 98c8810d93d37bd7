"""Russian number reading: (lang, input, expected) rows."""

import pytest

from ..number_rows import check_number

ROWS = [
    ("ru", "Объем составил 4 млрд 120 млн долларов.", ("4 млрд 120 млн долларов", 4_120_000_000, "USD", "money")),
    ("ru", "Инвестиции достигли 1 250,5 млн рублей.", ("1 250,5 млн рублей", 1_250_500_000, "RUB", "money")),
    ("ru", "Кредит на 300 тыс. евро одобрен.", ("300 тыс. евро", 300_000, "EUR", "money")),
    ("ru", "Рост на 13,5% зафиксирован.", ("13,5%", 13.5, "percent", "percent")),
    ("ru", "Выросло на 8 процентов.", ("8 процентов", 8, "percent", "percent")),
    ("ru", "Поставки выросли в 1,5 раза.", ("1,5 раза", 1.5, None, "multiple")),
    ("ru", "Договор подписан в 2021 году.", ("2021 году", 2021, None, "year")),
    ("ru", "Платеж в 2,5 млрд тенге прошел.", ("2,5 млрд тенге", 2_500_000_000, "KZT", "money")),
]


@pytest.mark.parametrize("lang,text,expected", ROWS)
def test_numbers(lang, text, expected):
    check_number(lang, text, expected)
