"""French sentence segmentation: (lang, input, expected) rows."""

from ..sentence_rows import check_sentences
from ..table import table

ROWS = [
    ("fr", "BAKOU, 11 mars – M. Dupont a rencontré le ministre. Ils ont parlé d'énergie.",
     ["BAKOU, 11 mars – M. Dupont a rencontré le ministre.", "Ils ont parlé d'énergie."]),
    ("fr", "Les échanges ont atteint 523,7 millions d'euros. La société Airbus S.A. Group est présente.",
     ["Les échanges ont atteint 523,7 millions d'euros.", "La société Airbus S.A. Group est présente."]),
    ("fr", "« Nous sommes prêts. » Le ministre est reparti. Il a dit : « Oui ! » et a souri.",
     ["« Nous sommes prêts. »", "Le ministre est reparti.", "Il a dit : « Oui ! » et a souri."]),
    ("fr", "Mme Martin et le Dr Lévy étaient présents. La séance fut levée.",
     ["Mme Martin et le Dr Lévy étaient présents.", "La séance fut levée."]),
]


test_sentences = table(check_sentences, ROWS)
