"""Arabic number reading: (lang, input, expected) rows."""

from ..number_rows import check_number
from ..table import table

ROWS = [
    ("ar", "بلغ حجم التبادل التجاري 12.5 مليار دولار.", ("12.5 مليار دولار", 12_500_000_000, "USD", "money")),
    ("ar", "بلغ حجم التبادل ١٢٫٥ مليار دولار.", ("١٢٫٥ مليار دولار", 12_500_000_000, "USD", "money")),
    ("ar", "ارتفعت الصادرات بنسبة 15% خلال العام.", ("15%", 15, "percent", "percent")),
    ("ar", "ارتفعت الصادرات بنسبة ١٥٪ خلال العام.", ("١٥٪", 15, "percent", "percent")),
    ("ar", "قدمت منحة بقيمة 300 مليون يورو.", ("300 مليون يورو", 300_000_000, "EUR", "money")),
    ("ar", "بلغت الواردات ٢٬٥٠٠ مليون دولار.", ("٢٬٥٠٠ مليون دولار", 2_500_000_000, "USD", "money")),
]


test_numbers = table(check_number, ROWS)
