"""Persian boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_article, check_line_after_body
from ..table import table

BODY = ("تهران - وزیر امور خارجه ایران روز یکشنبه در تهران با همتای ترکیه‌ای خود دیدار و درباره "
        "روابط دوجانبه گفتگو کرد. دو طرف بر گسترش همکاری‌های اقتصادی تاکید کردند.")

ARTICLES = [
    ("fa",
     "صفحه اصلی › سیاست › سیاست خارجی\n"
     "دیدار وزیران خارجه ایران و ترکیه در تهران\n"
     "تاریخ انتشار: ۱۴۰۴/۰۱/۲۴ - ۱۸:۲۰\n\n"
     + BODY + "\n\n"
     "همچنین تحولات منطقه در این دیدار بررسی شد.\n"
     "انتهای پیام\n"
     "اخبار مرتبط\n"
     "کلیه حقوق این سایت محفوظ است.",
     {"title": "دیدار وزیران خارجه ایران و ترکیه در تهران", "first": "تهران -",
      "last": "در این دیدار بررسی شد.",
      "dropped": ["صفحه اصلی › سیاست › سیاست خارجی", "تاریخ انتشار: ۱۴۰۴/۰۱/۲۴ - ۱۸:۲۰", "انتهای پیام"]}),
]

LINES = [
    ("fa", "بیشتر بخوانید: سفر رئیس‌جمهور به مسکو", True),
    ("fa", "نظرات", True),
    ("fa", "وزیر گفت که مذاکرات سازنده بود.", False),
]


test_article_body_and_headline = table(check_article, ARTICLES)
test_line_after_body = table(check_line_after_body, LINES, body=BODY)
