"""English entities: (lang, text, expected codes and places) rows."""

import pytest

from ..entity_rows import check_entities

ROWS = [
    ("en", "The Kazakh delegation arrived in Vienna for talks at the OSCE.", {"KAZ", "OSCE", "Vienna/AUT"}),
    ("en", "Belgium's envoy said the U.S. and the European Union agreed.", {"BEL", "USA", "EU"}),
    ("en", "Delegates discussed the UN Framework Convention on Climate Change in Bonn.",
     {"UNFCCC", "Bonn/DEU"}),
    ("en", "Mobile networks failed, while Azerbaijanis in Baku watched the news.", {"AZE", "Baku/AZE"}),
    ("en", "Officials from NATO and the CSTO met; us and them, said one of them.", {"NATO", "CSTO"}),
    # Offices that speak for their country are country mentions.
    ("en", "The Kremlin rejected the proposal, while Downing Street said it would study it.", {"RUS", "GBR"}),
    ("en", "The State Department and the White House disagreed with the Elysee.", {"USA", "FRA"}),
]


@pytest.mark.parametrize("lang,text,expected", ROWS)
def test_entities(lang, text, expected):
    check_entities(lang, text, expected)
