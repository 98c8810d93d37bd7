"""Czech boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_line_after_body
from ..table import table

BODY = ("PRAHA, 12. března. Ministři zahraničí Česka a Slovenska projednali v Praze rozvoj obchodu a "
        "železničního spojení. Obě strany se dohodly, že další kolo konzultací se uskuteční v Bratislavě.")

LINES = [
    ("cs", "Tento web používá cookies ke zlepšení služeb.", True),
    ("cs", "Čtěte také: Vláda představila nový plán investic", True),
    ("cs", "Sledujte nás na Telegramu", True),
    ("cs", "Foto: Ministerstvo zahraničních věcí", True),
    ("cs", "Diskuse", True),
    ("cs", "Ministři se dohodli také na pravidelných návštěvách na vysoké úrovni.", False),
]


test_line_after_body = table(check_line_after_body, LINES, body=BODY)
