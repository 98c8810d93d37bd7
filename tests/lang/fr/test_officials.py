"""Officials in fr: (lang, text, expected people) rows."""

import pytest

from ..entity_rows import check_officials

ROWS = [
    ("fr", "Le ministre belge des Affaires étrangères, Maxime Prévot, a reçu son homologue.",
     [("Maxime Prévot", "foreign minister", "BEL")]),
    ("fr", "Il a rencontré Hakan Fidan, ministre des Affaires étrangères de la Turquie.",
     [("Hakan Fidan", "foreign minister", "TUR")]),
]


@pytest.mark.parametrize("lang,text,expected", ROWS)
def test_officials(lang, text, expected):
    check_officials(lang, text, expected)
