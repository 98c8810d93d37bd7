"""Recognising a state is support of the recognised state ("recognised the State of Palestine",
"признала государство Палестина", "Filistin Devletini tanıdı"), and the other side's summons of the
recogniser's ambassador in reply is its summons (ACCUSE), active or passive. Made-up sentences.
Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from .table import table
from .event_rows import check_extracted

ROWS = [
    ("en", "2025-05-10",
     "Armenia recognised the State of Palestine on Friday. Israel summoned the Armenian ambassador in reply.",
     [("SUPPORT", "ARM", "PSE", "2025-05-09", None), ("ACCUSE", "ISR", "ARM", "2025-05-10", None)]),
    ("en", "2025-05-10", "Norway has formally recognized the State of Palestine.",
     [("SUPPORT", "NOR", "PSE", "2025-05-10", None)]),
    ("ru", "2025-05-10", "Армения официально признала государство Палестина.",
     [("SUPPORT", "ARM", "PSE", "2025-05-10", None)]),
    ("es", "2025-05-10", "Noruega reconoció oficialmente al Estado de Palestina.",
     [("SUPPORT", "NOR", "PSE", "2025-05-10", None)]),
    ("tr", "2025-05-10", "Norveç, Filistin Devletini resmen tanıdı.",
     [("SUPPORT", "NOR", "PSE", "2025-05-10", None)]),
    ("ar", "2025-05-10", "اعترفت النرويج رسميا بدولة فلسطين.",
     [("SUPPORT", "NOR", "PSE", "2025-05-10", None)]),
    ("hy", "2025-05-10", "Հայաստանը ճանաչեց Պաղեստին պետությունը։",
     [("SUPPORT", "ARM", "PSE", "2025-05-10", None)]),
    ("hy", "2025-05-10", "Իսրայելը կանչել է Հայաստանի դեսպանին։",
     [("ACCUSE", "ISR", "ARM", "2025-05-10", None)]),
]

test_event_recognition = table(check_extracted, ROWS)
