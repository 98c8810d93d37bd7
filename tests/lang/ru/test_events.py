"""Russian events: (lang, published, text, entities, expected) rows."""

import pytest

from ..event_rows import check_events, run_events

RUS = ("country", "RUS", ["России", "Россия"])
ARM = ("country", "ARM", ["Армении", "Армения"])
FRA = ("country", "FRA", ["Франции", "Франция"])
MOSCOW = ("place", "Moscow:RUS:524901", ["Москв"])
VIENNA = ("place", "Vienna:AUT:2761369", ["Вене"])

ROWS = [
    ("ru", "2024-11-20",
     "Заместители министров иностранных дел России и Армении провели политические консультации "
     "18 ноября в Вене. Это было 24-е заседание рабочей группы.",
     [RUS, ARM, VIENNA],
     [("CONSULT", "RUS", "ARM", "2024-11-18")]),
    ("ru", "2024-11-20",
     "Посол Франции был вызван накануне в МИД России, где ему заявили протест.",
     [FRA, RUS],
     [("ACCUSE", "RUS", "FRA", "2024-11-19")]),
    ("ru", "2024-11-20",
     "Россия выслала двух дипломатов Франции в понедельник.",
     [RUS, FRA],
     [("SANCTION", "RUS", "FRA", "2024-11-18")]),
    ("ru", "2024-11-20",
     "Министр России не встретился с коллегой из Армении.",
     [RUS, ARM], []),
    ("ru", "2024-11-20",
     "Глава МИД Армении собирается посетить Россию в декабре.",
     [RUS, ARM], []),
    ("ru", "2024-11-20",
     "Ранее Россия и Франция подписали соглашение о культурном обмене.",
     [RUS, FRA], []),
]


@pytest.mark.parametrize("lang,published,text,entities,expected", ROWS)
def test_events(lang, published, text, entities, expected):
    check_events(lang, published, text, entities, expected)


def test_third_country_venue_and_ordinal_round():
    lang, published, text, entities, _ = ROWS[0]
    (event,) = run_events(lang, published, text, entities).events
    assert event.mode == "third-party" and event.location is not None and event.location.name == "Vienna"
    assert event.round == 24
