"""Hebrew events: (lang, published, text, entities, expected) rows."""

from ..table import table
import pytest

from ..event_rows import check_events, check_extracted

ISR = ("country", "ISR", ["ישראל", "הישראלי"])
HUN = ("country", "HUN", ["הונגריה", "ההונגרי"])
GRC = ("country", "GRC", ["יוון", "היווני"])

ROWS = [
    ("he", "2025-03-11", "שר החוץ הישראלי נפגש אתמול עם שר החוץ ההונגרי.",
     [ISR, HUN], [("CONSULT", "ISR", "HUN", "2025-03-10")]),
    ("he", "2025-03-11", "ישראל ויוון חתמו היום על הסכם לשיתוף פעולה בתחום האנרגיה.",
     [ISR, ("country", "GRC", ["יוון", "ויוון"])], [("SUPPORT", "ISR", "GRC", "2025-03-11")]),
    ("he", "2025-03-11", "ישראל גינתה את החלטת הונגריה.",
     [ISR, HUN], [("ACCUSE", "ISR", "HUN", "2025-03-11")]),
]


test_events = table(check_events, ROWS)


IRN = ("country", "IRN", ["איראן"])
MAR = ("country", "MAR", ["מרוקו"])

# Support in its other wordings, an accusation joined by a prefix, and the deed an accusation charges.
SUPPORT_ACCUSE_ROWS = [
    ("he", "2025-03-11", "ישראל הכירה בריבונות מרוקו על מערב סהרה.",
     [ISR, MAR], [("SUPPORT", "ISR", "MAR", "2025-03-11")]),
    ("he", "2025-03-11", "הונגריה הביעה את תמיכתה בישראל.",
     [("country", "ISR", ["ישראל", "בישראל"]), HUN], [("SUPPORT", "HUN", "ISR", "2025-03-11")]),
    ("he", "2025-03-11", "איראן טענה כי ישראל ביצעה את הפעולה והאשימה אותה בפשע.",
     [ISR, IRN], [("ACCUSE", "IRN", "ISR", "2025-03-11")]),
    # The attack is what Israel charges Iran with, not an attack of Israel's.
    ("he", "2025-03-11", "ישראל מאשימה את איראן, שלדבריה תקפה ספינות בים האדום.",
     [ISR, IRN], [("ACCUSE", "ISR", "IRN", "2025-03-11")]),
]

test_support_accuse = table(check_events, SUPPORT_ACCUSE_ROWS)


# The whole pipeline: (lang, published, text, [(type, source, target, date, place)]).
EXTRACTED = [
    # Ireland, Norway and Spain announced on 22 May 2024 that they would recognise a Palestinian state
    # (an intention: AGREE, one per state); Israel recalled its ambassadors from all three.
    ("he", "2024-05-22",
     "אירלנד, נורווגיה וספרד הודיעו היום כי יכירו במדינה פלסטינית ב-28 במאי. "
     "ישראל החזירה להתייעצויות את שגריריה מאירלנד, מנורווגיה ומספרד במחאה על ההחלטה.",
     [("AGREE", "IRL", "PSE", "2024-05-22", None), ("AGREE", "NOR", "PSE", "2024-05-22", None),
      ("AGREE", "ESP", "PSE", "2024-05-22", None), ("SANCTION", "ISR", "IRL", "2024-05-22", None),
      ("SANCTION", "ISR", "NOR", "2024-05-22", None), ("SANCTION", "ISR", "ESP", "2024-05-22", None)]),
    # On 28 May they recognised it: granting recognition is SUPPORT (CAMEO 054, plover.toml).
    ("he", "2024-05-28", "ספרד, אירלנד ונורווגיה הכירו היום רשמית במדינה פלסטינית.",
     [("SUPPORT", "ESP", "PSE", "2024-05-28", None), ("SUPPORT", "IRL", "PSE", "2024-05-28", None),
      ("SUPPORT", "NOR", "PSE", "2024-05-28", None)]),
]


# Envoys "were summoned" (זומנו): Israel, the dateline's country, summoned each; recalling one's
# own ambassadors named by the capitals they serve in is a sanction on each of those countries; a
# clause joined by "and" with its own subject ("..., ושר החוץ הורה") is that subject's act alone.
EXTRACTED += [
    ("he", "2024-05-23", "ירושלים, 23 במאי 2024 – שגרירי ספרד ואירלנד זומנו הבוקר לשיחת נזיפה במשרד החוץ.",
     [("ACCUSE", "ISR", "ESP", "2024-05-23", "Jerusalem"), ("ACCUSE", "ISR", "IRL", "2024-05-23", "Jerusalem")]),
    ("he", "2024-05-22", "ירושלים, 22 במאי 2024 – ישראל הורתה היום על החזרת שגריריה בדבלין ובאוסלו להתייעצויות.",
     [("SANCTION", "ISR", "IRL", "2024-05-22", "Jerusalem"), ("SANCTION", "ISR", "NOR", "2024-05-22", "Jerusalem")]),
    ("he", "2024-05-22",
     'ירושלים, 22 במאי 2024 – נורווגיה הודיעה היום כי תכיר במדינה פלסטינית, ושר החוץ ישראל כ"ץ הורה להחזיר את השגריר באוסלו.',
     [("AGREE", "NOR", "PSE", "2024-05-22", None), ("SANCTION", "ISR", "NOR", "2024-05-22", "Jerusalem")]),
    # A general strike and a labour court ordering it to end; protesters blocking a road last night
    # (אמש) and police dispersing them: domestic PROTEST and COERCE, where they happened.
    ("he", "2024-09-02", "תל אביב, 2 בספטמבר 2024 – ההסתדרות פתחה הבוקר בשביתה כללית, ובית הדין לעבודה הורה להפסיק אותה בצהריים.",
     [("PROTEST", "ISR", "ISR", "2024-09-02", "Tel Aviv"), ("COERCE", "ISR", "ISR", "2024-09-02", "Tel Aviv")]),
    ("he", "2024-09-02", 'תל אביב, 2 בספטמבר 2024 – אמש חסמו מפגינים את כביש החוף בחיפה, והמשטרה פיזרה אותם במכת"זית.',
     [("PROTEST", "ISR", "ISR", "2024-09-01", "Haifa"), ("COERCE", "ISR", "ISR", "2024-09-01", "Haifa")]),
]


@pytest.mark.parametrize("lang,published,text,expected", EXTRACTED)
def test_extracted(lang, published, text, expected):
    check_extracted(lang, published, text, expected)
