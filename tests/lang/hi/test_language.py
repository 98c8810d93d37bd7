"""Language identification of Hindi texts: (lang, input) rows."""

from ..article_rows import check_language
from ..table import table

ROWS = [
    ("hi", "भारत के विदेश मंत्री ने रूसी समकक्ष के साथ द्विपक्षीय वार्ता की और दोनों पक्षों ने व्यापार बढ़ाने पर सहमति जताई।"),
    ("hi", "प्रधानमंत्री ने कहा कि दोनों देशों के बीच संबंध ऐतिहासिक हैं और सहयोग लगातार बढ़ रहा है।"),
]


test_language = table(check_language, ROWS)
