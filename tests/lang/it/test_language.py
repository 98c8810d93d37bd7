"""Language identification of Italian texts: (lang, input) rows."""

import pytest

from ..article_rows import check_language

ROWS = [
    ("it", "Il ministro degli Esteri ha incontrato il suo omologo portoghese a Lisbona."),
    ("it", "Le esportazioni sono cresciute grazie alla domanda dei mercati asiatici."),
]


@pytest.mark.parametrize("lang,text", ROWS)
def test_language(lang, text):
    check_language(lang, text)
