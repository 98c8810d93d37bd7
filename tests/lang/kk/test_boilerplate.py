"""Kazakh boilerplate removal: (lang, input, expected) rows."""

import pytest

from ..boilerplate_rows import check_article, check_line_after_body

BODY = ("АСТАНА. Қазақстан мен Өзбекстан сыртқы істер министрлері Астанада көлік және су "
        "ресурстары саласындағы ынтымақтастықты талқылады. Тараптар келесі кездесуді күзде "
        "Ташкентте өткізуге келісті.")

ARTICLES = [
    ("kk",
     "Басты бет › Саясат\n"
     "Қазақстан мен Өзбекстан су ресурстары бойынша ынтымақтастықты талқылады\n"
     "Жарияланды: 05.06.2024, 11:20\n"
     "Бөлісу:\n\n"
     + BODY + "\n\n"
     "Кездесуде өңірлік қауіпсіздік мәселелері де қаралды.\n"
     "Бізді Telegram арнамызда бақылаңыз\n"
     "Көп оқылғандар\n"
     "© 2024 Барлық құқықтар қорғалған.",
     {"title": "Қазақстан мен Өзбекстан су ресурстары бойынша ынтымақтастықты талқылады",
      "first": "АСТАНА.", "last": "де қаралды.",
      "dropped": ["Басты бет › Саясат", "Жарияланды: 05.06.2024, 11:20", "Бөлісу:",
                  "Бізді Telegram арнамызда бақылаңыз", "Көп оқылғандар"]}),
]

LINES = [
    ("kk", "Материалдарды пайдаланғанда сілтеме міндетті.", True),
    ("kk", "Пікірлер", True),
    ("kk", "Министрлер сондай-ақ сауда көлемін арттыру жолдарын қарастырды.", False),
]


@pytest.mark.parametrize("lang,raw,expected", ARTICLES)
def test_article_body_and_headline(lang, raw, expected):
    check_article(lang, raw, **expected)


@pytest.mark.parametrize("lang,line,dropped", LINES)
def test_line_after_body(lang, line, dropped):
    check_line_after_body(lang, BODY, line, dropped)
