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
    # Investment written with the preposition on it ("باستثمارات"); a forecast ("من المتوقع ... تقدر
    # بنحو") is no stated figure.
    ("ar", "2024-02-23",
     "القاهرة في 23 فبراير – وقعت مصر اتفاقا مع الإمارات لتطوير منطقة ساحلية باستثمارات مباشرة قيمتها 35 مليار دولار. "
     "ومن المتوقع أن يجذب المشروع استثمارات إضافية تقدر بنحو 150 مليار دولار.",
     [("investment", {"EGY", "ARE"}, "2024-02", 35e9, "USD")]),
    # Aid "from the Kingdom to Ukraine": the giver the text names by a word is the other country the
    # article's officials serve.
    ("ar", "2023-02-26",
     "كييف، 26 فبراير – التقى وزير الخارجية الأمير فيصل بن فرحان الرئيس الأوكراني فولوديمير زيلينسكي. "
     "ووقع الجانبان مذكرة تفاهم لتقديم مساعدات إنسانية من المملكة إلى أوكرانيا بقيمة 100 مليون دولار.",
     [("aid", {"SAU", "UKR"}, "2023-02", 1e8, "USD")]),
    # قرض (a loan) is aid.
    ("ar", "2022-12-17", "وافق صندوق النقد الدولي على قرض بقيمة 3 مليارات دولار لمصر.",
     [("aid", {"IMF", "EGY"}, "2022-12", 3e9, "USD")]),
]


test_figures = table(check_figures, ROWS)
