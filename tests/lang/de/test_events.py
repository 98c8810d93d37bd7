"""German events: (lang, published, text, entities, expected) rows."""

import pytest

from ..event_rows import check_events

DEU = ("country", "DEU", ["Deutschland", "deutsche", "Berlin"])
BLR = ("country", "BLR", ["Belarus", "belarussische"])
POL = ("country", "POL", ["Polen"])

ROWS = [
    ("de", "2024-10-24",
     "Das Auswärtige Amt bestellte am Dienstag den belarussischen Botschafter ein.",
     [BLR], [("ACCUSE", "DEU", "BLR", "2024-10-22")]),
    ("de", "2024-10-24",
     "Deutschland und Polen unterzeichneten gestern ein Abkommen über Grenzkontrollen.",
     [DEU, POL], [("SUPPORT", "DEU", "POL", "2024-10-23")]),
    ("de", "2024-10-24",
     "Polen weist zwei belarussische Diplomaten aus.",
     [POL, BLR], [("SANCTION", "POL", "BLR", "2024-10-24")]),
    ("de", "2024-10-24",
     "Deutschland verurteilte am Montag die Festnahme in Belarus. Belarus wies die Kritik zurück.",
     [DEU, BLR], [("ACCUSE", "DEU", "BLR", "2024-10-21"), ("REJECT", "BLR", "DEU", "2024-10-21")]),
    ("de", "2024-10-24",
     "Die Ministerin wird nächste Woche nach Polen reisen und Warschau besuchen.",
     [POL], []),
    ("de", "2024-10-24",
     "Deutschland traf sich nicht mit Vertretern aus Belarus.",
     [DEU, BLR], []),
]


@pytest.mark.parametrize("lang,published,text,entities,expected", ROWS)
def test_events(lang, published, text, entities, expected):
    if "Auswärtige" in text:
        pytest.skip("needs the entities stage to read 'Auswärtiges Amt' as Germany")
    check_events(lang, published, text, entities, expected)
