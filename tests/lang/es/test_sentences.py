"""Spanish sentence segmentation: (lang, input, expected) rows."""

import pytest

from ..sentence_rows import check_sentences

ROWS = [
    ("es", "MADRID, 12 de marzo. El ministro se reunió con el embajador. Ambas partes discutieron el comercio.",
     ["MADRID, 12 de marzo. El ministro se reunió con el embajador.", "Ambas partes discutieron el comercio."]),
    ("es", "El intercambio creció un 13,5 % y alcanzó 523,7 millones de dólares en 2023. El Sr. Pérez, de EE.UU., llegó ayer.",
     ["El intercambio creció un 13,5 % y alcanzó 523,7 millones de dólares en 2023.", "El Sr. Pérez, de EE.UU., llegó ayer."]),
    ("es", "¿Habrá acuerdo? «No lo sé», dijo. La reunión la presidió el Dr. J. García.",
     ["¿Habrá acuerdo?", "«No lo sé», dijo.", "La reunión la presidió el Dr. J. García."]),
]


@pytest.mark.parametrize("lang,text,expected", ROWS)
def test_sentences(lang, text, expected):
    check_sentences(lang, text, expected)
