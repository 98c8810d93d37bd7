"""Italian events: (lang, published, text, entities, expected) rows."""

from ..table import table
from ..event_rows import check_events, run_events

ITA = ("country", "ITA", ["Italia"])
TUN = ("country", "TUN", ["Tunisia"])
RUS = ("country", "RUS", ["Russia"])
EGY = ("country", "EGY", ["Egitto"])
FRA = ("country", "FRA", ["Francia"])
VIENNA = ("place", "Vienna:AUT:2761369", ["Vienna"])

ROWS = [
    ("it", "2024-11-20",
     "I viceministri degli Esteri dell'Italia e della Tunisia hanno tenuto consultazioni politiche "
     "il 18 novembre a Vienna. Si è trattato della quinta tornata di consultazioni.",
     [ITA, TUN, VIENNA],
     [("CONSULT", "ITA", "TUN", "2024-11-18")]),
    ("it", "2024-11-20",
     "L'ambasciatore della Russia è stato convocato ieri alla Farnesina dal ministero degli Esteri dell'Italia.",
     [RUS, ITA],
     [("ACCUSE", "ITA", "RUS", "2024-11-19")]),
    ("it", "2024-11-20", "L'Italia ha espulso lunedì due diplomatici della Russia.", [ITA, RUS],
     [("SANCTION", "ITA", "RUS", "2024-11-18")]),
    ("it", "2024-11-20",
     "Il presidente della Francia e il presidente dell'Egitto hanno avuto un colloquio telefonico martedì.",
     [FRA, EGY],
     [("CONSULT", "FRA", "EGY", "2024-11-19")]),
    # A negation, a plan and a background sentence are no events.
    ("it", "2024-11-20", "Il ministro dell'Italia non ha incontrato il suo omologo della Tunisia.", [ITA, TUN], []),
    ("it", "2024-11-20", "Il ministro degli Esteri dell'Egitto visiterà l'Italia a dicembre.", [ITA, EGY], [("AGREE", "EGY", "ITA", "2024-11-20")]),
    ("it", "2024-11-20", "In passato l'Italia e la Francia hanno firmato un accordo di scambio culturale.",
     [ITA, FRA], []),
]


test_events = table(check_events, ROWS)


def test_third_country_venue_and_ordinal_round():
    lang, published, text, entities, _ = ROWS[0]
    (event,) = run_events(lang, published, text, entities).events
    assert event.mode == "third-party" and event.location is not None and event.location.name == "Vienna"
    assert event.round == 5


def test_phone_call_mode():
    lang, published, text, entities, _ = ROWS[3]
    (event,) = run_events(lang, published, text, entities).events
    assert event.mode == "phone"


def test_summons_with_every_actor_after_the_verb():
    text = "Il ministero degli Esteri ha convocato ieri l'ambasciatore della Russia in Italia."
    doc = run_events("it", "2024-11-20", text, [RUS, ITA])
    # The summoned ambassador's country is acted upon, never the one who acts.
    assert not [e for e in doc.events if e.source is not None and e.source.code == "RUS"]
    # After a sentence that names who acts, the unnamed ministry is that side's.
    doc = run_events("it", "2024-11-20", "L'Italia ha espulso lunedì due diplomatici della Russia. " + text, [RUS, ITA])
    assert ("ACCUSE", "ITA", "RUS", "2024-11-19") in {(e.type, e.source.code, e.target.code, e.date)
                                                        for e in doc.events}
