"""Armenian events: (lang, published, text, entities, expected) rows."""

from ..table import table
from ..event_rows import check_events, run_events

ARM = ("country", "ARM", ["ՀՀ", "Հայաստան", "Հայաստանի", "Հայաստանում"])
FRA = ("country", "FRA", ["Ֆրանսիայի"])
RUS = ("country", "RUS", ["Ռուսաստանի"])
GEO = ("country", "GEO", ["Վրաստանի", "Վրաստան"])

ROWS = [
    ("hy", "2023-10-04", "Ֆրանսիայի արտաքին գործերի նախարարը երեկ պաշտոնական այցով ժամանել է Հայաստան։",
     [FRA, ARM], [("CONSULT", "FRA", "ARM", "2023-10-03")]),
    ("hy", "2024-11-20", "ՀՀ վարչապետը երեքշաբթի հեռախոսազրույց է ունեցել Ռուսաստանի նախագահի հետ։",
     [ARM, RUS], [("CONSULT", "ARM", "RUS", "2024-11-19")]),
    ("hy", "2024-11-20", "Հայաստանը և Վրաստանը երեկ ստորագրեցին ռազմավարական գործընկերության մասին հռչակագիր։",
     [ARM, GEO], [("SUPPORT", "ARM", "GEO", "2024-11-19")]),
    # A negation and a plan are no events.
    ("hy", "2024-11-20", "Հայաստանի նախարարը չի հանդիպել Վրաստանի գործընկերոջ հետ։", [ARM, GEO], []),
    ("hy", "2024-11-20", "Վրաստանի վարչապետը կայցելի Հայաստան դեկտեմբերին։", [GEO, ARM], []),
]


test_events = table(check_events, ROWS)


def test_phone_call_mode():
    lang, published, text, entities, _ = ROWS[1]
    (event,) = run_events(lang, published, text, entities).events
    assert event.mode == "phone"
