"""English officials: (lang, text, expected people) rows."""

import pytest

from ..entity_rows import check_officials

ROWS = [
    ("en", "Turkish Foreign Minister Hakan Fidan met Secretary of State Marco Rubio on Friday.",
     [("Hakan Fidan", "foreign minister", "TUR"), ("Marco Rubio", "secretary of state", "USA")]),
    ("en", "Talks were led by Mukhtar Tileuberdi, the Kazakh foreign minister. Tileuberdi's aides agreed.",
     [("Mukhtar Tileuberdi", "foreign minister", "KAZ")]),
    ("en", "Russian Ambassador to Germany Sergei Nechaev was summoned.",
     [("Sergei Nechaev", "ambassador", "RUS")]),
    ("en", "The report was praised by Minister Jane Doe at a conference.",
     [("Jane Doe", "minister", None)]),
]


@pytest.mark.parametrize("lang,text,expected", ROWS)
def test_officials(lang, text, expected):
    check_officials(lang, text, expected)
