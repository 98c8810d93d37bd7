"""Uzbek boilerplate removal, Latin and Cyrillic: (lang, input, expected) rows."""

from ..boilerplate_rows import check_article, check_line_after_body
from ..table import table

BODY = ("TOSHKENT. O'zbekiston va Qozog'iston tashqi ishlar vazirlari Toshkentda transport va suv "
        "resurslari sohasidagi hamkorlikni muhokama qildi. Tomonlar navbatdagi uchrashuvni kuzda "
        "Ostonada o'tkazishga kelishib oldi.")

ARTICLES = [
    ("uz",
     "Bosh sahifa › Siyosat\n"
     "O'zbekiston va Qozog'iston suv resurslari bo'yicha hamkorlikni muhokama qildi\n"
     "E'lon qilindi: 05.06.2024, 11:20\n"
     "Ulashish:\n\n"
     + BODY + "\n\n"
     "Uchrashuvda mintaqaviy xavfsizlik masalalari ham ko'rib chiqildi.\n"
     "Telegram kanalimizga obuna bo'ling\n"
     "Ko'p o'qilganlar\n"
     "© 2024 Barcha huquqlar himoyalangan.",
     {"title": "O'zbekiston va Qozog'iston suv resurslari bo'yicha hamkorlikni muhokama qildi",
      "first": "TOSHKENT.", "last": "ko'rib chiqildi.",
      "dropped": ["Bosh sahifa › Siyosat", "E'lon qilindi: 05.06.2024, 11:20", "Ulashish:",
                  "Telegram kanalimizga obuna bo'ling", "Ko'p o'qilganlar"]}),
]

LINES = [
    ("uz", "Materiallardan foydalanilganda havola majburiy.", True),
    ("uz", "Барча ҳуқуқлар ҳимояланган.", True),
    ("uz", "Izohlar", True),
    ("uz", "Vazirlar shuningdek savdo hajmini oshirish yo'llarini ko'rib chiqdi.", False),
]


test_article_body_and_headline = table(check_article, ARTICLES)
test_line_after_body = table(check_line_after_body, LINES, body=BODY)
