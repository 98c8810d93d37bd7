"""German acts at home: police clearing a protest camp, the protest itself, with the state on
both sides. Rows: (lang, published, text, expected (type, source, target, date, venue))."""

from ..table import table
from ..event_rows import check_extracted

ROWS = [
    # Lützerath, 11 January 2023: police began clearing the village occupied by climate activists.
    ("de", "2023-01-12",
     "Die Polizei in Deutschland räumte am Mittwoch ein besetztes Dorf. Die Klimaaktivisten protestierten "
     "gegen den Kohleabbau.",
     [("COERCE", "DEU", "DEU", "2023-01-11", None), ("PROTEST", "DEU", "DEU", "2023-01-11", None)]),
]

test_domestic_acts = table(check_extracted, ROWS)
