"""Kazakh events: (lang, published, text, entities, expected) rows."""

import pytest

from ..table import table
from ..event_rows import check_extracted, check_events

KAZ = ("country", "KAZ", ["Қазақстан"])
UZB = ("country", "UZB", ["Өзбекстан"])
CHN = ("country", "CHN", ["Қытай"])
TASHKENT = ("place", "Tashkent:UZB:1512569", ["Ташкент"])

ROWS = [
    ("kk", "2024-04-25",
     "Қазақстан мен Өзбекстан сыртқы істер министрліктері 22 сәуірде Ташкентте саяси консультациялар өткізді.",
     [KAZ, UZB, TASHKENT],
     [("CONSULT", "KAZ", "UZB", "2024-04-22")]),
    ("kk", "2024-04-25",
     "Қазақстан Өзбекстанға гуманитарлық көмек жіберді.",
     [KAZ, UZB],
     [("AID", "KAZ", "UZB", "2024-04-25")]),
    ("kk", "2024-04-25",
     "Қазақстан мен Қытай арасындағы тауар айналымы 2023 жылы 41 миллиард долларға жетті.",
     [KAZ, CHN], []),
    ("kk", "2024-04-25",
     "Қазақстан делегациясы алдағы айда Қытайға сапармен барады.",
     [KAZ, CHN], [("AGREE", "KAZ", "CHN", "2024-04-25")]),
]


test_events = table(check_events, ROWS)


AZE = ("country", "AZE", ["Әзербайжан"])
BAKU = ("place", "Baku:AZE:587084", ["Баку"])
NURTLEU = ("person", "KAZ", ["Мұрат Нұртілеу"])

MORE_ROWS = [
    ("kk", "2024-10-24", "Мұрат Нұртілеу сейсенбі күні Бакуге ресми сапармен барды.",
     [NURTLEU, BAKU], [("CONSULT", "KAZ", "AZE", "2024-10-22")]),
    ("kk", "2024-10-24", "Қазақстан мен Әзербайжан арасында дүйсенбі күні көлік саласындағы меморандумға қол қойылды.",
     [KAZ, AZE], [("SUPPORT", "KAZ", "AZE", "2024-10-21")]),
    # Attending the signing ceremony of documents is signing them.
    ("kk", "2024-10-24", "Қазақстан мен Әзербайжан басшылары дүйсенбі күні ынтымақтастық құжаттарына қол қою "
                         "рәсіміне қатысты.",
     [KAZ, AZE], [("SUPPORT", "KAZ", "AZE", "2024-10-21")]),
    ("kk", "2024-10-24", "Қазақстан Өзбекстанға гуманитарлық көмек жіберді.",
     [KAZ, UZB], [("AID", "KAZ", "UZB", "2024-10-24")]),
    # Negatives: a plan, a background year.
    ("kk", "2024-10-24", "Қазақстан мен Қытай 2015 жылы келісімге қол қойды.", [KAZ, CHN], []),
]


test_more_events = table(check_events, MORE_ROWS)


# The whole pipeline: an invitation made during a phone call under a dateline has no venue,
# neither the dateline's city nor the place the guest is invited to.
INVITATIONS = [
    ("kk", "2024-10-24",
     "АСТАНА. Қазақстан Сыртқы істер министрі Ерлан Омаров 22 қазанда Қырғызстан Сыртқы істер министрі Жээнбек Кулубаевпен телефон арқылы сөйлесті. "
     "Ерлан Омаров Қырғызстан басшысын Астанаға ресми сапармен келуге шақырды.",
     [("CONSULT", "KAZ", "KGZ", "2024-10-22", None),
      ("AGREE", "KAZ", "KGZ", "2024-10-22", None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", INVITATIONS)
def test_invitation_during_a_call_has_no_venue(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
