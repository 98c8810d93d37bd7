"""German pledges: ministers assuring a state of support (SUPPORT from each) and a pledged
coalition or package (AID). Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    # Kyiv, September 2024: ministers of the Weimar triangle assured Ukraine of continued support.
    ("de", "2024-09-12",
     "Deutschland, Frankreich und Polen versicherten der Ukraine ihre Unterstützung.",
     [("SUPPORT", "DEU", "UKR", "2024-09-12", None), ("SUPPORT", "FRA", "UKR", "2024-09-12", None),
      ("SUPPORT", "POL", "UKR", "2024-09-12", None)]),
    # Ramstein, August 2024: Germany announced an air-defence coalition for Ukraine.
    ("de", "2024-09-12",
     "Deutschland kündigte eine Koalition für Luftverteidigung an, die der Ukraine weitere Patriot-Systeme "
     "liefern soll.",
     [("AID", "DEU", "UKR", "2024-09-12", None)]),
]

test_support_pledges = table(check_extracted, ROWS)
