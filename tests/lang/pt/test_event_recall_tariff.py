"""Portuguese: an envoy called back ("chamou de volta", "convocou para consultas o seu embaixador") is a
recall, the sender against the country of the post; a tariff a president announces on a country's goods
is a sanction on that country; a development fund's deposit in a central bank is its state's aid."""

from ..table import table
from ..event_rows import check_events

BRA = ("country", "BRA", ["Brasil"])
PRT = ("country", "PRT", ["Portugal"])
ISR = ("country", "ISR", ["Israel"])
USA = ("country", "USA", ["Estados Unidos"])
VEN = ("place", "Caracas:VEN:3646738", ["Caracas"])
PAK = ("country", "PAK", ["Paquistão"])
SFD = ("org", "SAU", ["Fundo Saudita para o Desenvolvimento"])

ROWS = [
    ("pt", "2025-04-10", "O governo do Brasil chamou de volta o seu embaixador em Israel para consultas.",
     [BRA, ISR], [("SANCTION", "BRA", "ISR", "2025-04-10")]),
    ("pt", "2025-04-10", "Portugal convocou para consultas o seu embaixador em Caracas.",
     [PRT, VEN], [("SANCTION", "PRT", "VEN", "2025-04-10")]),
    # Summoning the other side's envoy to explain is no recall.
    ("pt", "2025-04-10", "O Brasil convocou o embaixador de Israel para dar explicações.",
     [BRA, ISR], [("ACCUSE", "BRA", "ISR", "2025-04-10")]),
    ("pt", "2025-07-10", "O presidente dos Estados Unidos anunciou uma tarifa de 25% sobre as importações do Brasil, numa carta a Lula.",
     [USA, BRA], [("SANCTION", "USA", "BRA", "2025-07-10")]),
    ("pt", "2025-04-10", "O Fundo Saudita para o Desenvolvimento depositou 500 milhões de dólares no banco central do Paquistão.",
     [SFD, PAK], [("AID", "SAU", "PAK", "2025-04-10")]),
]

test_recall_tariff = table(check_events, ROWS)
