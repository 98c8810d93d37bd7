"""Turkish boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_article, check_line_after_body
from ..table import table

BODY = ("ANKARA – Türkiye ile Macaristan dışişleri bakanları Ankara'da bir araya gelerek enerji ve "
        "ulaştırma alanındaki işbirliğini görüştü. Bakanlar, ortak ekonomik komisyonun bir sonraki "
        "toplantısının sonbaharda Budapeşte'de yapılmasını kararlaştırdı.")

ARTICLES = [
    ("tr",
     "Anasayfa › Dünya\n"
     "Türkiye ile Macaristan enerji işbirliğini görüştü\n"
     "Güncelleme: 21.05.2024 14:32\n\n"
     + BODY + "\n\n"
     "Görüşmede bölgesel gelişmeler de ele alındı.\n"
     "Bu haberi paylaş: Facebook · X · WhatsApp\n"
     "En çok okunanlar\n"
     "Tüm hakları saklıdır. İzinsiz kullanılamaz.",
     {"title": "Türkiye ile Macaristan enerji işbirliğini görüştü", "first": "ANKARA –",
      "last": "de ele alındı.",
      "dropped": ["Anasayfa › Dünya", "Güncelleme: 21.05.2024 14:32", "En çok okunanlar",
                  "Bu haberi paylaş: Facebook · X · WhatsApp", "Tüm hakları saklıdır. İzinsiz kullanılamaz."]}),
]

LINES = [
    ("tr", "Yazıda yer alan görüşler yazarına aittir ve yayın politikası ile örtüşmeyebilir.", True),
    ("tr", "Etiketler: Macaristan, enerji, diplomasi", True),
    ("tr", "Bizi takip edin", True),
    ("tr", "Yorumlar", True),
    ("tr", "Bakanlar ayrıca iki ülke arasındaki turizm potansiyelini değerlendirdi.", False),
]


test_article_body_and_headline = table(check_article, ARTICLES)
test_line_after_body = table(check_line_after_body, LINES, body=BODY)
