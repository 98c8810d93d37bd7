"""Officials in de: (lang, text, expected people) rows."""

import pytest

from ..entity_rows import check_officials

ROWS = [
    ("de", "Außenminister Johann Wadephul reiste am Montag nach Rom. Wadephuls Besuch dauerte zwei Tage.",
     [("Johann Wadephul", "foreign minister", None)]),
    ("de", "BERLIN – Bundeskanzler Friedrich Merz empfing den kasachischen Präsidenten Kassym Tokajew.",
     [("Friedrich Merz", "chancellor", "DEU"), ("Kassym Tokajew", "president", "KAZ")]),
]


@pytest.mark.parametrize("lang,text,expected", ROWS)
def test_officials(lang, text, expected):
    check_officials(lang, text, expected)
