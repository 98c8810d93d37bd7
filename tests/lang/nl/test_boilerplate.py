"""Dutch boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_line_after_body
from ..table import table

BODY = ("DEN HAAG, 12 maart. De ministers van Buitenlandse Zaken van Nederland en België bespraken in Den Haag "
        "de handel en de verbindingen over het water. Beide partijen spraken af de volgende ronde in Brussel te houden.")

LINES = [
    ("nl", "Deze website gebruikt cookies om uw ervaring te verbeteren.", True),
    ("nl", "Lees ook: Kabinet presenteert nieuw plan voor de infrastructuur", True),
    ("nl", "Volg ons op Telegram", True),
    ("nl", "Foto: ministerie van Buitenlandse Zaken", True),
    ("nl", "Reacties", True),
    ("nl", "De ministers spraken ook af regelmatig bezoeken op hoog niveau af te leggen.", False),
]


test_line_after_body = table(check_line_after_body, LINES, body=BODY)
