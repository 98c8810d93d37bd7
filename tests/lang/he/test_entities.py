"""Entities in he: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("he", "המשלחת הישראלית הגיעה לקהיר לשיחות עם מצרים וקטאר.", {"ISR", "Cairo/EGY", "EGY", "QAT"}),
    ("he", "הבית הלבן הגיב להחלטת האיחוד האירופי.", {"USA", "EU"}),
    ("he", "שר החוץ הגרמני ביקר בירושלים.", {"DEU", "Jerusalem/ISR"}),
    # A city of two words with a preposition written onto its first ("בתל אביב", "ובבאר שבע").
    ("he", "אלפים הפגינו בתל אביב ובבאר שבע נגד הממשלה.", {"Tel Aviv/ISR", "Beersheba/ISR"}),
]


test_entities = table(check_entities, ROWS)
