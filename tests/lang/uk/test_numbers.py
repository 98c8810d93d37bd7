"""Ukrainian number reading: (lang, input, expected) rows."""

import pytest

from ..number_rows import check_number

ROWS = [
    ("uk", "Обсяг становив 4 млрд 120 млн доларів.", ("4 млрд 120 млн доларів", 4_120_000_000, "USD", "money")),
    ("uk", "Інвестиції сягнули 1 250,5 млн гривень.", ("1 250,5 млн гривень", 1_250_500_000, "UAH", "money")),
    ("uk", "Бюджет програми — 900 тис. грн.", ("900 тис. грн", 900_000, "UAH", "money")),
    ("uk", "Кредит на 300 тис. євро схвалено.", ("300 тис. євро", 300_000, "EUR", "money")),
    ("uk", "Зростання на 13,5% зафіксовано.", ("13,5%", 13.5, "percent", "percent")),
    ("uk", "Показник зріс на 8 відсотків.", ("8 відсотків", 8, "percent", "percent")),
    ("uk", "Постачання зросли у 1,5 раза.", ("1,5 раза", 1.5, None, "multiple")),
    ("uk", "Угоду підписано у 2021 році.", ("2021 році", 2021, None, "year")),
    ("uk", "Пакет допомоги становить 2,5 мільярда доларів.", ("2,5 мільярда доларів", 2_500_000_000, "USD", "money")),
]


@pytest.mark.parametrize("lang,text,expected", ROWS)
def test_numbers(lang, text, expected):
    check_number(lang, text, expected)
