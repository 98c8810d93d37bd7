"""English entities: (lang, text, expected codes and places) rows."""

from ..entity_rows import check_entities
from ..table import table

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
    # The longest name wins: Northern Ireland is part of the United Kingdom, not of Ireland.
    ("en", "Police in Northern Ireland arrested three men after a bomb attack in Belfast.", {"GBR", "Belfast/GBR"}),
]


test_entities = table(check_entities, ROWS)
