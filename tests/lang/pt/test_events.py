"""Portuguese events: (lang, published, text, entities, expected) rows."""

from ..table import table
from ..event_rows import check_events, run_events

PRT = ("country", "PRT", ["Portugal"])
BRA = ("country", "BRA", ["Brasil"])
RUS = ("country", "RUS", ["Rússia"])
AGO = ("country", "AGO", ["Angola"])
CHN = ("country", "CHN", ["China"])
VIENNA = ("place", "Vienna:AUT:2761369", ["Viena"])

ROWS = [
    ("pt", "2024-11-20",
     "Os secretários de Estado dos Negócios Estrangeiros de Portugal e de Angola realizaram consultas políticas "
     "a 18 de novembro em Viena. Foi a sétima ronda de consultas.",
     [PRT, AGO, VIENNA],
     [("CONSULT", "PRT", "AGO", "2024-11-18")]),
    ("pt", "2024-11-20",
     "O embaixador da Rússia foi convocado ontem ao Ministério dos Negócios Estrangeiros de Portugal.",
     [RUS, PRT],
     [("ACCUSE", "PRT", "RUS", "2024-11-19")]),
    ("pt", "2024-11-20", "Portugal expulsou na segunda-feira dois diplomatas da Rússia.", [PRT, RUS],
     [("SANCTION", "PRT", "RUS", "2024-11-18")]),
    # A Portuguese clitic after the verb, a Brazilian one before it.
    ("pt", "2024-01-22", "O chanceler do Brasil reuniu-se com o ministro da China em Pequim a 19 de janeiro.",
     [BRA, CHN], [("CONSULT", "BRA", "CHN", "2024-01-19")]),
    ("pt", "2024-01-22", "O chanceler do Brasil se reuniu com o ministro da China a 19 de janeiro.",
     [BRA, CHN], [("CONSULT", "BRA", "CHN", "2024-01-19")]),
    ("pt", "2023-04-25", "O Presidente do Brasil e o primeiro-ministro de Portugal assinaram 13 acordos no sábado.",
     [BRA, PRT], [("SUPPORT", "BRA", "PRT", "2023-04-22")]),
    # A negation, a plan and a background sentence are no events.
    ("pt", "2024-11-20", "O ministro de Portugal não se reuniu com o seu homólogo de Angola.", [PRT, AGO], []),
    # A visit intended is an intent to visit, on the report's day (announced.py).
    ("pt", "2024-11-20", "O ministro de Portugal pretende visitar Angola em dezembro.", [PRT, AGO],
     [("AGREE", "PRT", "AGO", "2024-11-20")]),
]


test_events = table(check_events, ROWS)


def test_third_country_venue_and_ordinal_round():
    lang, published, text, entities, _ = ROWS[0]
    (event,) = run_events(lang, published, text, entities).events
    assert event.mode == "third-party" and event.location is not None and event.location.name == "Vienna"
    assert event.round == 7
