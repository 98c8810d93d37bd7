"""Entities in kk: (lang, text, expected codes and places) rows."""

import pytest

from ..entity_rows import check_entities

ROWS = [
    ("kk", "Қазақстанның делегациясы Брюссельде Еуропалық Одақ өкілдерімен кездесті.", {"KAZ", "Brussels/BEL", "EU"}),
    ("kk", "Астанада БҰҰ және ЕҚЫҰ өкілдері бас қосты.", {"Astana/KAZ", "UN", "OSCE"}),
    ("kk", "Ақорда хабарлағандай, келіссөздер Ақ үй өкілдерімен жалғасады.", {"KAZ", "USA"}),
]


@pytest.mark.parametrize("lang,text,expected", ROWS)
def test_entities(lang, text, expected):
    check_entities(lang, text, expected)
