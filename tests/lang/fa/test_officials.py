"""Officials in fa: (lang, text, expected people) rows."""

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
