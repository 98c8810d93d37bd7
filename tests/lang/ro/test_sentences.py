"""Romanian sentence segmentation: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("ro", "BUCUREȘTI, 12 martie. Ministrul s-a întâlnit cu ambasadorul. Cele două părți au discutat comerțul.",
     ["BUCUREȘTI, 12 martie. Ministrul s-a întâlnit cu ambasadorul.", "Cele două părți au discutat comerțul."]),
    ("ro", "Comerțul a crescut cu 13,5 % și a ajuns la 523,7 mil. euro în 2023. Dl. Popescu, din SUA, a sosit ieri.",
     ["Comerțul a crescut cu 13,5 % și a ajuns la 523,7 mil. euro în 2023.", "Dl. Popescu, din SUA, a sosit ieri."]),
]


test_sentences = table(check_sentences, ROWS)
