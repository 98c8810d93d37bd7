"""A trigger whose own verb is in the synthetic future ("lèvera les sanctions", "visitará") is an
act its actor says it will do: its type's `promised` type (plover.toml), as after "will"."""

from __future__ import annotations

from tests.lang.event_rows import check_events
from tests.lang.table import table

FRA = ("country", "FRA", ["France"])
SYR_FR = ("country", "SYR", ["Syrie"])
USA_ES = ("country", "USA", ["Estados Unidos"])
SYR_ES = ("country", "SYR", ["Siria"])
BRA = ("country", "BRA", ["Brasil", "brasileiro"])
VEN = ("country", "VEN", ["Venezuela"])
CHN = ("country", "CHN", ["China"])

ROWS = [
    # The EU and the US announced the lifting of Syria sanctions in May 2025 (done later that year).
    ("fr", "2025-05-21", "La France lèvera les sanctions économiques contre la Syrie dans les prochains mois.",
     [FRA, SYR_FR], [("AGREE", "FRA", "SYR", "2025-05-21")]),
    ("fr", "2025-05-21", "La France a levé les sanctions économiques contre la Syrie.",
     [FRA, SYR_FR], [("RETREAT", "FRA", "SYR", "2025-05-21")]),
    ("es", "2025-05-14", "Estados Unidos levantará las sanciones contra Siria, anunció el presidente.",
     [USA_ES, SYR_ES], [("AGREE", "USA", "SYR", "2025-05-14")]),
    ("es", "2025-05-14", "Estados Unidos levantó las sanciones contra Siria.",
     [USA_ES, SYR_ES], [("RETREAT", "USA", "SYR", "2025-05-14")]),
    # Lula's state visit to China, announced for May 2025: one announced visit, no talks yet.
    ("pt", "2025-04-30", "O presidente brasileiro visitará a China em maio.",
     [BRA, CHN], [("AGREE", "BRA", "CHN", "2025-04-30")]),
]

test_future_forms = table(check_events, ROWS)


EU = ("country", "EUR", ["European Union", "EU"])
BLR = ("country", "BLR", ["Belarus"])
LTU = ("country", "LTU", ["Lithuania"])
RUS = ("country", "RUS", ["Russian", "Russia"])

# A `decided` type (plover.toml) after "decided to" is the act itself, as after "agreed to";
# "will" keeps it a promise.
DECIDED_ROWS = [
    # The EU's sanctions on Belarus after the forced Ryanair landing (June 2021).
    ("en", "2021-06-25", "The European Union decided to impose economic sanctions on Belarus.",
     [EU, BLR], [("SANCTION", "EUR", "BLR", "2021-06-25")]),
    ("en", "2021-06-25", "The European Union will impose economic sanctions on Belarus.",
     [EU, BLR], [("THREATEN", "EUR", "BLR", "2021-06-25")]),
    # Lithuania expelled Russian diplomats in April 2022.
    ("en", "2022-04-04", "Lithuania has decided to expel the Russian ambassador.",
     [LTU, RUS], [("SANCTION", "LTU", "RUS", "2022-04-04")]),
]

test_decided_acts = table(check_events, DECIDED_ROWS)
