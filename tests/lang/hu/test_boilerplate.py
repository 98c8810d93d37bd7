"""Hungarian boilerplate removal: (lang, input, expected) rows."""

from ..boilerplate_rows import check_line_after_body
from ..table import table

BODY = ("BUDAPEST, március 12. A magyar és a szlovák külügyminiszter Budapesten tárgyalt a vasúti "
        "összeköttetésről és a kereskedelemről. A felek megállapodtak, hogy a következő konzultációt Pozsonyban tartják.")

LINES = [
    ("hu", "Ez a weboldal sütiket használ a szolgáltatások javítására.", True),
    ("hu", "Kapcsolódó cikkek: A kormány új beruházási tervet mutatott be", True),
    ("hu", "Kövessen minket a Facebookon!", True),
    ("hu", "Fotó: Külgazdasági és Külügyminisztérium", True),
    ("hu", "Minden jog fenntartva.", True),
    ("hu", "A miniszterek a magas szintű látogatások rendszeresítéséről is megállapodtak.", False),
]


test_line_after_body = table(check_line_after_body, LINES, body=BODY)
