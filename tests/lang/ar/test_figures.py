"""Arabic trade figures: (lang, published, text, expected) rows."""

from ..figure_rows import check_figures
from ..table import table

ROWS = [
    ("ar", "2025-04-13",
     "بلغ حجم التبادل التجاري بين إيران وسلطنة عمان 2.5 مليار دولار في عام 2024.",
     [("trade_turnover", {"IRN", "OMN"}, "2024", 2.5e9, "USD")]),
    ("ar", "2025-04-13",
     "وبلغ حجم التبادل التجاري بين مصر وتركيا ٨٫٨ مليار دولار في عام ٢٠٢٤.",
     [("trade_turnover", {"EGY", "TUR"}, "2024", 8.8e9, "USD")]),
    # قرض (a loan) is aid.
    ("ar", "2022-12-17", "وافق صندوق النقد الدولي على قرض بقيمة 3 مليارات دولار لمصر.",
     [("aid", {"IMF", "EGY"}, "2022-12", 3e9, "USD")]),
]


test_figures = table(check_figures, ROWS)
