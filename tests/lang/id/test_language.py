"""Language identification of Indonesian texts: (lang, input) rows."""

from ..article_rows import check_language
from ..table import table

ROWS = [
    ("id", "Presiden Joko Widodo mengatakan pemerintah akan terus mendorong hilirisasi industri nikel dan kerja sama dengan negara-negara mitra."),
    ("id", "Kementerian Luar Negeri RI menyatakan bahwa pemerintah Indonesia mengecam keras serangan terhadap warga sipil di Gaza."),
]


test_language = table(check_language, ROWS)
