"""Indonesian domestic unrest: rallies ("demo", "unjuk rasa") are the people's protest against their
state; tear gas and a police vehicle running over a protester the state's coercion; an apology by the
national police chief or the president its concession; one country on both sides."""

from ..table import table
from ..event_rows import check_events, extracted_events

IDN = ("country", "IDN", ["Indonesia"])
JKT = ("place", "Jakarta:IDN:1642911", ["Jakarta"])

ROWS = [
    ("id", "2025-08-30", "Ribuan mahasiswa berdemo di depan gedung DPR di Jakarta pada Kamis.",
     [JKT], [("PROTEST", "IDN", "IDN", "2025-08-28")]),
    ("id", "2025-08-30", "Di Jakarta, polisi menembakkan gas air mata untuk membubarkan ribuan mahasiswa.",
     [JKT], [("COERCE", "IDN", "IDN", "2025-08-30")]),
    ("id", "2025-08-30", "Kapolri meminta maaf atas insiden kendaraan taktis polisi yang melindas seorang demonstran di Jakarta.",
     [JKT], [("CONCEDE", "IDN", "IDN", "2025-08-30"), ("COERCE", "IDN", "IDN", "2025-08-30")]),
]

test_unrest = table(check_events, ROWS)


def test_official_named_by_title_apologises_alone():
    # A minister or president named by title after the country's name, with no one else named.
    found = {e[:4] for e in extracted_events("id", "2025-08-30", "Presiden Indonesia meminta maaf atas insiden itu.")}
    assert found == {("CONCEDE", "IDN", "IDN", "2025-08-30")}
