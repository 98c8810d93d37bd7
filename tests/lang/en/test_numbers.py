"""English number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("en", "Shipments reached $1,234.5 million last quarter.", ("$1,234.5 million", 1_234_500_000, "USD", "money")),
    ("en", "The fund holds €3.2bn in reserves.", ("€3.2bn", 3_200_000_000, "EUR", "money")),
    ("en", "Sales of $657m were booked.", ("$657m", 657_000_000, "USD", "money")),
    ("en", "The loan is worth 40 million US dollars.", ("40 million US dollars", 40_000_000, "USD", "money")),
    ("en", "A grant of 12 mln euros was signed.", ("12 mln euros", 12_000_000, "EUR", "money")),
    ("en", "Turnover rose 7.5 percent.", ("7.5 percent", 7.5, "percent", "percent")),
    ("en", "Exports grew 12% on the year.", ("12%", 12, "percent", "percent")),
    ("en", "Trade grew three times over the decade.", ("three times", 3, None, "multiple")),
    ("en", "Output doubled since then.", ("doubled", 2, None, "multiple")),
    ("en", "Imports reached 2,022 tonnes.", ("2,022", 2022, None, "number")),
    ("en", "The deal was signed in 2019.", ("2019", 2019, None, "year")),
    # Indian English: lakh and crore, and the Indian grouping of digits.
    ("en", "Bilateral trade reached Rs 1,00,000 crore.", ("Rs 1,00,000 crore", 1e12, "INR", "money")),
    ("en", "The budget sets aside ₹6.2 lakh crore for defence.", ("₹6.2 lakh crore", 6.2e12, "INR", "money")),
    ("en", "The grant of Rs 12,34,567 was paid.", ("Rs 12,34,567", 1234567, "INR", "money")),
    ("en", "About 3 lakh pilgrims attended.", ("3 lakh", 3e5, None, "number")),
]


test_numbers = table(check_number, ROWS)
