"""Officials in fa: (lang, text, expected people) rows."""

from legation.extract import extract

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("fa", "وزیر امور خارجه روسیه سرگئی لاوروف با همتای ایرانی خود گفتگو کرد.",
     [("Sergey Lavrov", "foreign minister", "RUS")]),
    ("fa", "سید عباس عراقچی، وزیر امور خارجه ایران، با بدر البوسعیدی، وزیر امور خارجه عمان، دیدار کرد.",
     [("Seyed Abbas Araghchi", "foreign minister", "IRN"),
      ("Sayyid Badr bin Hamad bin Hamood AlBusaidi", "foreign minister", "OMN")]),
    ("fa", "رئیس جمهور ایران مسعود پزشکیان وارد دوحه شد.", [("Masoud Pezeshkian", "president", "IRN")]),
]


test_officials = table(check_officials, ROWS)


def test_a_given_name_that_is_also_a_city_keeps_the_role_after_it():
    # "ولادیمیر" is a Russian city's name too: the name it opens is still the person the role follows.
    doc = extract("ولادیمیر پوتین، رئیس‌جمهور روسیه، روز دوشنبه با همتای چینی خود گفت‌وگو کرد.",
                  lang="fa", published="2025-01-20")
    assert [(e.name, e.role, e.country) for e in doc.entities if e.kind == "person"] == \
        [("Vladimir Putin", "president", "RUS")]
