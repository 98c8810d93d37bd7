"""Arabic boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_article, check_line_after_body
from ..table import table

BODY = ("الدوحة - بحث وزير الخارجية القطري مع نظيره التركي في الدوحة يوم الأحد سبل تعزيز التعاون "
        "الاقتصادي بين البلدين. واتفق الجانبان على عقد اجتماع اللجنة الاستراتيجية العليا في أنقرة.")

ARTICLES = [
    ("ar",
     "الرئيسية › سياسة › عربي ودولي\n"
     "قطر وتركيا تبحثان تعزيز التعاون الاقتصادي\n"
     "تاريخ النشر: 12 أكتوبر 2025\n\n"
     + BODY + "\n\n"
     "كما تناول اللقاء التطورات في المنطقة.\n"
     "شارك على: فيسبوك · إكس · واتساب\n"
     "الأكثر قراءة\n"
     "© 2025 جميع الحقوق محفوظة.",
     {"title": "قطر وتركيا تبحثان تعزيز التعاون الاقتصادي", "first": "الدوحة -",
      "last": "التطورات في المنطقة.",
      "dropped": ["الرئيسية › سياسة › عربي ودولي", "شارك على: فيسبوك · إكس · واتساب", "الأكثر قراءة"]}),
]

LINES = [
    ("ar", "اقرأ أيضا: قمة الخليج في الرياض", True),
    ("ar", "تعليقات", True),
    ("ar", "وأكد الوزير أن المحادثات كانت بناءة ومثمرة.", False),
]


test_article_body_and_headline = table(check_article, ARTICLES)
test_line_after_body = table(check_line_after_body, LINES, body=BODY)
