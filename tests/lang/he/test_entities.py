"""Entities in he: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

ROWS = [
    ("he", "המשלחת הישראלית הגיעה לקהיר לשיחות עם מצרים וקטאר.", {"ISR", "Cairo/EGY", "EGY", "QAT"}),
    ("he", "הבית הלבן הגיב להחלטת האיחוד האירופי.", {"USA", "EU"}),
    ("he", "שר החוץ הגרמני ביקר בירושלים.", {"DEU", "Jerusalem/ISR"}),
]


test_entities = table(check_entities, ROWS)
