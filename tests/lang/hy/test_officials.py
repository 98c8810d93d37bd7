"""Officials in hy, names with their glued case endings and in Latin letters: rows."""

from ..entity_rows import check_officials
from ..table import table

ROWS = [
    ("hy", "ՀՀ արտաքին գործերի նախարար Արարատ Միրզոյանը ժամանել է Բրյուսել։",
     [("Ararat Mirzoyan", "foreign minister", "ARM")]),
    ("hy", "ՀՀ վարչապետ Նիկոլ Փաշինյանը հեռախոսազրույց է ունեցել Ռուսաստանի նախագահ Վլադիմիր Պուտինի հետ։",
     [("Nikol Pashinyan", "prime minister", "ARM"), ("Vladimir Putin", "president", "RUS")]),
    ("hy", "Երևանում հանդիպում է կայացել Ֆրանսիայի արտաքին գործերի նախարար Կատրին Կոլոնայի հետ։",
     [("Katrin Kolona", "foreign minister", "FRA")]),
    # A name with lower-case particles ("ֆոն դեր").
    ('hy', 'Եվրոպական հանձնաժողովի նախագահ Ուրսուլա ֆոն դեր Լայենը ժամանել է Երևան։',
     [('Ursula von der Leyen', 'president', 'EC')]),
]


test_officials = table(check_officials, ROWS)
