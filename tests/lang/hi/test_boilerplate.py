"""Hindi boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_article, check_line_after_body
from ..table import table

BODY = ("नई दिल्ली। भारत और नेपाल के विदेश सचिवों ने नई दिल्ली में ऊर्जा और संपर्क परियोजनाओं पर "
        "चर्चा की। दोनों पक्ष अगली बैठक काठमांडू में करने पर सहमत हुए।")

ARTICLES = [
    ("hi",
     "होम › देश\n"
     "भारत और नेपाल ने ऊर्जा सहयोग पर चर्चा की\n"
     "प्रकाशित: 05.06.2024, 11:20\n"
     "शेयर करें:\n\n"
     + BODY + "\n\n"
     "बैठक में सीमा प्रबंधन के मुद्दों पर भी विचार किया गया।\n"
     "हमें फॉलो करें\n"
     "सबसे ज्यादा पढ़ी गई\n"
     "© 2024 सर्वाधिकार सुरक्षित।",
     {"title": "भारत और नेपाल ने ऊर्जा सहयोग पर चर्चा की",
      "first": "नई दिल्ली।", "last": "विचार किया गया।",
      "dropped": ["होम › देश", "प्रकाशित: 05.06.2024, 11:20", "शेयर करें:", "हमें फॉलो करें",
                  "सबसे ज्यादा पढ़ी गई"]}),
]

LINES = [
    ("hi", "सर्वाधिकार सुरक्षित।", True),
    ("hi", "ये भी पढ़ें: शेयर बाजार में तेजी", True),
    ("hi", "दोनों मंत्रियों ने व्यापार बढ़ाने के उपायों पर भी चर्चा की।", False),
]


test_article_body_and_headline = table(check_article, ARTICLES)
test_line_after_body = table(check_line_after_body, LINES, body=BODY)
