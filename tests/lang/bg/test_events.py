"""Bulgarian events: (lang, published, text, entities, expected) rows."""

from ..table import table
from ..event_rows import check_events, run_events

BGR = ("country", "BGR", ["България", "Българя"])
UKR = ("country", "UKR", ["Украйна"])
RUS = ("country", "RUS", ["Русия"])
TUR = ("country", "TUR", ["Турция"])
GRC = ("country", "GRC", ["Гърция"])
ATHENS = ("place", "Athens:GRC:264371", ["Атина"])

ROWS = [
    ("bg", "2023-07-07",
     "Президентът на Украйна пристигна на посещение в България и се срещна с министър-председателя в петък.",
     [UKR, BGR],
     [("CONSULT", "UKR", "BGR", "2023-07-07")]),
    ("bg", "2022-06-29",
     "Вчера България експулсира 70 руски дипломати и служители на посолството на Русия.",
     [BGR, RUS],
     [("SANCTION", "BGR", "RUS", "2022-06-28")]),
    ("bg", "2022-03-02",
     "Посланикът на Русия беше привикан вчера в МВнР на България, където му беше връчена протестна нота.",
     [RUS, BGR],
     [("ACCUSE", "BGR", "RUS", "2022-03-01")]),
    ("bg", "2024-11-20",
     "Президентът на България и президентът на Турция проведоха телефонен разговор във вторник.",
     [BGR, TUR],
     [("CONSULT", "BGR", "TUR", "2024-11-19")]),
    ("bg", "2024-11-20",
     "Заместник-министрите на външните работи на България и Гърция проведоха политически консултации "
     "на 18 ноември в Атина. Това беше петият кръг консултации.",
     [BGR, GRC, ATHENS],
     [("CONSULT", "BGR", "GRC", "2024-11-18")]),
    # A negation, a plan and a background sentence are no events.
    ("bg", "2024-11-20", "Министърът на България не се срещна с колегата си от Гърция.", [BGR, GRC], []),
    # A visit announced is an intent to visit, on the report's day (announced.py).
    ("bg", "2024-11-20", "Министърът на Гърция ще посети България през декември.", [BGR, GRC],
     [("AGREE", "GRC", "BGR", "2024-11-20")]),
    ("bg", "2024-11-20", "По-рано България и Турция подписаха споразумение за културен обмен.", [BGR, TUR], []),
]


test_events = table(check_events, ROWS)


def test_ordinal_round_in_the_host_capital():
    lang, published, text, entities, _ = ROWS[4]
    (event,) = run_events(lang, published, text, entities).events
    assert event.location is not None and event.location.name == "Athens"
    assert event.round == 5


def test_phone_call_mode():
    lang, published, text, entities, _ = ROWS[3]
    (event,) = run_events(lang, published, text, entities).events
    assert event.mode == "phone"
