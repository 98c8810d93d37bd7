"""Officials in ar: (lang, text, expected people) rows."""

from legation.extract import extract

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


def _people(text: str, published: str) -> list[tuple[str, str | None, str | None]]:
    doc = extract(text, lang="ar", published=published)
    return [(e.name, e.role, e.country) for e in doc.entities if e.kind == "person"]


def test_name_before_its_role_past_honorifics_and_genealogy():
    # "صاحب السمو الأمير ... وزير الخارجية": honorifics before the name, the grandfather's name
    # after it ("بن عبدالله"), the role after; "فيصل" is a name, not "ف" + "يصل" (and he arrives).
    assert _people("وصل صاحب السمو الأمير فيصل بن فرحان بن عبدالله وزير الخارجية، اليوم، إلى بغداد في زيارة رسمية.",
                   "2023-03-12") == [("Faisal bin Farhan Al Saud", "foreign minister", "SAU")]
    # The name's particles do not count as its words: the crown prince is not his grandfather's son.
    assert _people("استقبل صاحب السمو الملكي الأمير محمد بن سلمان بن عبدالعزيز ولي العهد رئيس مجلس الوزراء "
                   "اليوم في الرياض الرئيس الصيني شي جين بينغ.", "2023-03-12")[0][0] == "Mohammed bin Salman"


def test_a_courtesy_title_between_a_womans_role_and_her_name():
    # "السيدة" after the role's complement ("وزيرة التعاون الدولي") opens no name and ends none.
    assert _people("وقالت وزيرة التعاون الدولي السيدة رانيا المشاط إن القاهرة ستوقع اتفاقيات جديدة مع البنك الدولي.",
                   "2025-06-03") == [("Rania Al-Mashat", "minister", "EGY")]
