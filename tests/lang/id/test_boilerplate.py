"""Indonesian boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_article, check_line_after_body
from ..table import table

BODY = ("JAKARTA – Menteri Luar Negeri Indonesia dan Menteri Luar Negeri Malaysia bertemu di Jakarta "
        "untuk membahas perbatasan laut dan perlindungan pekerja migran. Kedua pihak sepakat menggelar "
        "pertemuan berikutnya di Kuala Lumpur tahun depan.")

ARTICLES = [
    ("id",
     "Beranda › Internasional\n"
     "Indonesia dan Malaysia bahas perbatasan laut\n"
     "Dipublikasikan: 05.06.2024, 11:20\n"
     "Bagikan:\n\n"
     + BODY + "\n\n"
     "Pertemuan itu juga menyinggung kerja sama ASEAN di bidang energi.\n"
     "Baca juga: Harga minyak dunia naik\n"
     "Terpopuler\n"
     "© 2024 Hak cipta dilindungi undang-undang.",
     {"title": "Indonesia dan Malaysia bahas perbatasan laut",
      "first": "JAKARTA –", "last": "bidang energi.",
      "dropped": ["Beranda › Internasional", "Dipublikasikan: 05.06.2024, 11:20", "Bagikan:",
                  "Baca juga: Harga minyak dunia naik", "Terpopuler"]}),
]

LINES = [
    ("id", "Hak cipta dilindungi undang-undang.", True),
    ("id", "Komentar", True),
    ("id", "Kedua menteri juga membahas cara meningkatkan nilai perdagangan kedua negara.", False),
]


test_article_body_and_headline = table(check_article, ARTICLES)
test_line_after_body = table(check_line_after_body, LINES, body=BODY)
