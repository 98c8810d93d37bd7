"""Spanish events: (lang, published, text, entities, expected) rows."""

from ..table import table
from ..event_rows import check_events, run_events

ESP = ("country", "ESP", ["España"])
MAR = ("country", "MAR", ["Marruecos"])
RUS = ("country", "RUS", ["Rusia"])
VEN = ("country", "VEN", ["Venezuela"])
COL = ("country", "COL", ["Colombia"])
VIENNA = ("place", "Vienna:AUT:2761369", ["Viena"])

ROWS = [
    ("es", "2024-11-20",
     "Los viceministros de Asuntos Exteriores de España y Marruecos celebraron consultas políticas "
     "el 18 de noviembre en Viena. Fue la séptima ronda de consultas.",
     [ESP, MAR, VIENNA],
     [("CONSULT", "ESP", "MAR", "2024-11-18")]),
    ("es", "2024-11-20",
     "El embajador de Rusia fue convocado ayer al Ministerio de Asuntos Exteriores de España.",
     [RUS, ESP],
     [("ACCUSE", "ESP", "RUS", "2024-11-19")]),
    ("es", "2024-11-20",
     "El Ministerio de Exteriores de España convocó ayer al embajador de Rusia.",
     [ESP, RUS],
     [("ACCUSE", "ESP", "RUS", "2024-11-19")]),
    ("es", "2024-11-20", "España expulsó el lunes a dos diplomáticos de Rusia.", [ESP, RUS],
     [("SANCTION", "ESP", "RUS", "2024-11-18")]),
    ("es", "2024-11-20",
     "El presidente de Colombia y el presidente de Venezuela mantuvieron una conversación telefónica el martes.",
     [COL, VEN],
     [("CONSULT", "COL", "VEN", "2024-11-19")]),
    # A negation, a plan and a background sentence are no events.
    ("es", "2024-11-20", "El ministro de España no se reunió con su homólogo de Marruecos.", [ESP, MAR], []),
    ("es", "2024-11-20", "El canciller de Colombia tiene previsto visitar Venezuela en diciembre.", [COL, VEN], []),
    ("es", "2024-11-20", "Anteriormente, España y Marruecos firmaron un acuerdo de intercambio cultural.",
     [ESP, MAR], []),
]


test_events = table(check_events, ROWS)


def test_third_country_venue_and_ordinal_round():
    lang, published, text, entities, _ = ROWS[0]
    (event,) = run_events(lang, published, text, entities).events
    assert event.mode == "third-party" and event.location is not None and event.location.name == "Vienna"
    assert event.round == 7


def test_summons_with_every_actor_after_the_verb():
    text = "El Ministerio de Exteriores convocó ayer al embajador de Rusia en España."
    doc = run_events("es", "2024-11-20", text, [RUS, ESP])
    # The summoned ambassador's country is acted upon, never the one who acts.
    assert not [e for e in doc.events if e.source is not None and e.source.code == "RUS"]
    # After a sentence that names who acts, the unnamed ministry is that side's.
    doc = run_events("es", "2024-11-20", "España expulsó el lunes a dos diplomáticos de Rusia. " + text, [RUS, ESP])
    assert ("ACCUSE", "ESP", "RUS", "2024-11-19") in {(e.type, e.source.code, e.target.code, e.date)
                                                        for e in doc.events}


UKR = ("country", "UKR", ["Ucrania"])

# Support restated, with the date between the verb and the support.
SUPPORT_ROWS = [
    ("es", "2024-05-10", "España reafirmó el jueves su apoyo a Ucrania.",
     [ESP, UKR], [("SUPPORT", "ESP", "UKR", "2024-05-09")]),
]

test_support = table(check_events, SUPPORT_ROWS)


# Endorsing another country's plan is support, in the words such endorsements are made in.
PLAN_ROWS = [
    ("es", "2024-05-10", "España considera la propuesta de autonomía de Marruecos como la base más seria, "
     "realista y creíble para resolver el conflicto.",
     [ESP, MAR], [("SUPPORT", "ESP", "MAR", "2024-05-10")]),
]

test_plans = table(check_events, PLAN_ROWS)


GEO_ = ("country", "GEO", ["Georgia"])
USA_ = ("country", "USA", ["Estados Unidos"])
TUR_ = ("country", "TUR", ["Turquía"])
SYR_ = ("country", "SYR", ["Siria"])

# An act its actor says it will do: a cooperative one is an intent, made on a condition a threat
# (plover.toml `promised`); a possibility is none. Lifting sanctions done is a retreat.
FUTURE_ROWS = [
    ("es", "2024-05-10", "Rusia está dispuesta a levantar las sanciones contra Georgia.",
     [RUS, GEO_], [("AGREE", "RUS", "GEO", "2024-05-10")]),
    ("es", "2024-05-10", "Turquía va a retirar sus tropas de Siria a menos que los kurdos depongan las armas.",
     [TUR_, SYR_], [("THREATEN", "TUR", "SYR", "2024-05-10")]),
    ("es", "2024-05-10", "Estados Unidos levantó el jueves las sanciones contra Venezuela.",
     [USA_, VEN], [("RETREAT", "USA", "VEN", "2024-05-09")]),
    ("es", "2024-05-10", "Rusia podría levantar las sanciones contra Georgia.", [RUS, GEO_], []),
]

test_future = table(check_events, FUTURE_ROWS)
