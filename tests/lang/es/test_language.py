"""Language identification of Spanish texts: (lang, input) rows."""

import pytest

from ..article_rows import check_language

ROWS = [
    ("es", "El ministro de Asuntos Exteriores se reunió con su homólogo portugués en Lisboa."),
    ("es", "Las exportaciones crecieron gracias a la demanda de los mercados asiáticos."),
]


@pytest.mark.parametrize("lang,text", ROWS)
def test_language(lang, text):
    check_language(lang, text)
