"""Italian sentence segmentation: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

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


test_sentences = table(check_sentences, ROWS)
