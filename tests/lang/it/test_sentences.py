"""Italian sentence segmentation: (lang, input, expected) rows."""

import pytest

from ..sentence_rows import check_sentences

ROWS = [
    ("it", "ROMA, 12 marzo – Il ministro ha incontrato l'ambasciatore. Le due parti hanno discusso di commercio.",
     ["ROMA, 12 marzo – Il ministro ha incontrato l'ambasciatore.", "Le due parti hanno discusso di commercio."]),
    ("it", "L'interscambio è cresciuto del 13,5% e ha raggiunto 523,7 milioni di dollari nel 2023. "
           "Il sig. Rossi, della S.p.A. Alfa, è arrivato ieri.",
     ["L'interscambio è cresciuto del 13,5% e ha raggiunto 523,7 milioni di dollari nel 2023.",
      "Il sig. Rossi, della S.p.A. Alfa, è arrivato ieri."]),
    ("it", "«Siamo pronti!» ha detto il ministro. Poi l'ha accolto il dott. G. Verdi.",
     ["«Siamo pronti!» ha detto il ministro.", "Poi l'ha accolto il dott. G. Verdi."]),
]


@pytest.mark.parametrize("lang,text,expected", ROWS)
def test_sentences(lang, text, expected):
    check_sentences(lang, text, expected)
