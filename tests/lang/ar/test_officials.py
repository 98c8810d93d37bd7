"""Officials in ar: (lang, text, expected people) rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("ar", "التقى وزير الخارجية الروسي سيرغي لافروف نظيره الإيراني عباس عراقجي في موسكو.",
     [("Sergey Lavrov", "foreign minister", "RUS"), ("Seyed Abbas Araghchi", "counterpart", "IRN")]),
    ("ar", "استقبل الرئيس المصري عبد الفتاح السيسي وزير الخارجية التركي في القاهرة.",
     [("Abdel Fattah el-Sisi", "president", "EGY")]),
    ("ar", "قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن المحادثات مستمرة.",
     [("Benjamin Netanyahu", "prime minister", "ISR")]),
    ("ar", "وأكد وزير الخارجية العماني بدر البوسعيدي أن الجولة المقبلة ستعقد في مسقط.",
     [("Sayyid Badr bin Hamad bin Hamood AlBusaidi", "foreign minister", "OMN")]),
]


test_officials = table(check_officials, ROWS)
