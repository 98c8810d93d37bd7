"""French sentence segmentation: (lang, input, expected) rows."""

import pytest

from ..sentence_rows import check_sentences

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


@pytest.mark.parametrize("lang,text,expected", ROWS)
def test_sentences(lang, text, expected):
    check_sentences(lang, text, expected)
