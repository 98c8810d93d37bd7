"""Polish boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_line_after_body
from ..table import table

BODY = ("WARSZAWA, 12 marca. Ministrowie spraw zagranicznych Polski i Litwy omówili w Warszawie rozwój "
        "handlu i połączeń kolejowych. Obie strony uzgodniły, że kolejna runda konsultacji odbędzie się w Wilnie.")

LINES = [
    ("pl", "Ta strona używa plików cookie, aby poprawić jakość usług.", True),
    ("pl", "Czytaj także: Rząd przedstawia nowy plan inwestycji", True),
    ("pl", "Obserwuj nas na Telegramie", True),
    ("pl", "Fot. Ministerstwo Spraw Zagranicznych", True),
    ("pl", "Komentarze", True),
    ("pl", "Ministrowie uzgodnili także regularne wizyty na wysokim szczeblu.", False),
]


test_line_after_body = table(check_line_after_body, LINES, body=BODY)
