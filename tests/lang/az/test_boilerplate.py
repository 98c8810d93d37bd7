"""Azerbaijani boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_article, check_line_after_body
from ..table import table

BODY = ("Bakı, 14 aprel. Azərbaycan və Gürcüstan xarici işlər nazirləri Tbilisidə nəqliyyat və "
        "enerji layihələrini müzakirə ediblər. Tərəflər növbəti görüşün payızda Bakıda "
        "keçirilməsi barədə razılığa gəliblər.")

ARTICLES = [
    ("az",
     "Bizimlə əlaqə\n\n"
     "Siyasət\n\n"
     "Azərbaycan və Gürcüstan nəqliyyat əməkdaşlığını genişləndirir\n\n"
     "Paylaş:\n\n"
     "14.04.2024 | 12:30\n\n"
     + BODY + "\n\n"
     "Görüşdə regional təhlükəsizlik məsələlərinə də toxunulub.\n\n"
     "Bu xəbəri paylaşın:\n\n"
     "Ən çox oxunanlar\n\n"
     "Saytdakı materiallardan istifadə zamanı istinad mütləqdir.",
     {"title": "Azərbaycan və Gürcüstan nəqliyyat əməkdaşlığını genişləndirir", "first": "Bakı, 14 aprel.",
      "last": "də toxunulub.",
      "dropped": ["Bizimlə əlaqə", "Siyasət", "Paylaş:", "14.04.2024 | 12:30", "Ən çox oxunanlar",
                  "Saytdakı materiallardan istifadə zamanı istinad mütləqdir."]}),
    # A trending label in Turkish at the end of an Azerbaijani page.
    ("az", BODY + "\n\nEğilimleri\n\nDigər xəbərlər",
     {"title": None, "first": "Bakı, 14 aprel.", "last": "razılığa gəliblər.",
      "dropped": ["Eğilimleri", "Digər xəbərlər"]}),
]

LINES = [
    ("az", "Müəllifin fikirləri redaksiyanın mövqeyini əks etdirmir.", True),
    ("az", "Bizi Telegram kanalımızda izləyin", True),
    ("az", "Nəşr", True),
    ("az", "Foto: XİN", True),
    ("az", "Nazirlər həmçinin humanitar sahədə əməkdaşlığın perspektivlərini nəzərdən keçiriblər.", False),
]


test_article_body_and_headline = table(check_article, ARTICLES)
test_line_after_body = table(check_line_after_body, LINES, body=BODY)
