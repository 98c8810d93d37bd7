"""Spanish sentence segmentation: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("es", "MADRID, 12 de marzo. El ministro se reunió con el embajador. Ambas partes discutieron el comercio.",
     ["MADRID, 12 de marzo. El ministro se reunió con el embajador.", "Ambas partes discutieron el comercio."]),
    ("es", "El intercambio creció un 13,5 % y alcanzó 523,7 millones de dólares en 2023. El Sr. Pérez, de EE.UU., llegó ayer.",
     ["El intercambio creció un 13,5 % y alcanzó 523,7 millones de dólares en 2023.", "El Sr. Pérez, de EE.UU., llegó ayer."]),
    ("es", "¿Habrá acuerdo? «No lo sé», dijo. La reunión la presidió el Dr. J. García.",
     ["¿Habrá acuerdo?", "«No lo sé», dijo.", "La reunión la presidió el Dr. J. García."]),
]


test_sentences = table(check_sentences, ROWS)
