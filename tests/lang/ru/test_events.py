"""Russian events: (lang, published, text, entities, expected) rows."""

import pytest

from ..table import table
from ..event_rows import check_extracted, check_events, run_events

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
    # An adverb opening the sentence; the summoned side named after the verb.
    ("ru", "2024-11-20",
     "Во вторник МИД Франции вызвал посла Армении.",
     [ARM, FRA],
     [("ACCUSE", "FRA", "ARM", "2024-11-19")]),
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


test_events = table(check_events, ROWS)


def test_third_country_venue_and_ordinal_round():
    lang, published, text, entities, _ = ROWS[0]
    (event,) = run_events(lang, published, text, entities).events
    assert event.mode == "third-party" and event.location is not None and event.location.name == "Vienna"
    assert event.round == 24


FIN = ("country", "FIN", ["Финляндия", "Финляндии"])
CUB = ("country", "CUB", ["Кубе", "Куба"])
KAZ = ("country", "KAZ", ["Казахстана", "Казахстан"])
AZE = ("country", "AZE", ["Азербайджана", "Азербайджан"])
BAKU = ("place", "Baku:AZE:587084", ["Баку"])

MORE_ROWS = [
    ("ru", "2024-10-24", "В Москве пообещали ответить на этот шаг. Во вторник Финляндия выслала двух российских дипломатов.",
     [MOSCOW, FIN, ("country", "RUS", ["российских"])],
     [("THREATEN", "RUS", "FIN", "2024-10-24"), ("SANCTION", "FIN", "RUS", "2024-10-22")]),
    ("ru", "2024-10-24", "Министр иностранных дел Казахстана во вторник посетил Баку с официальным визитом.",
     [KAZ, BAKU], [("CONSULT", "KAZ", "AZE", "2024-10-22")]),
    ("ru", "2024-10-24", "Россия направила Кубе гуманитарную помощь в среду.",
     [RUS, CUB], [("AID", "RUS", "CUB", "2024-10-23")]),
    ("ru", "2024-10-24", "Казахстан и Азербайджан подписали меморандум о сотрудничестве в понедельник.",
     [KAZ, AZE], [("SUPPORT", "KAZ", "AZE", "2024-10-21")]),
    # Negatives: negation, a plan.
    ("ru", "2024-10-24", "Россия не вводила санкции против Армении.", [RUS, ARM], []),
    ("ru", "2024-10-24", "Министр Франции планирует посетить Армению в следующем месяце.", [FRA, ARM], []),
]


test_more_events = table(check_events, MORE_ROWS)


# The whole pipeline: an invitation made during a phone call under a dateline has no venue,
# neither the dateline's city nor the place the guest is invited to.
INVITATIONS = [
    ("ru", "2024-10-24",
     "МОСКВА. Президент России Владимир Путин 22 октября провел телефонный разговор с президентом Казахстана Касым-Жомартом Токаевым. "
     "Путин пригласил президента Казахстана посетить Москву.",
     [("CONSULT", "RUS", "KAZ", "2024-10-22", None),
      ("AGREE", "RUS", "KAZ", "2024-10-22", None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", INVITATIONS)
def test_invitation_during_a_call_has_no_venue(lang, published, text, expected):
    check_extracted(lang, published, text, expected)


# An impersonal promise to retaliate, placed in a capital: that capital's country threatens,
# the side that acted first is threatened; the capital speaks for its country and is no venue.
EST_ = ("country", "EST", ["Эстони"])
RUS_ = ("country", "RUS", ["российск"])
MOSCOW_ = ("place", "Moscow:RUS:524901", ["Москв"])


def test_impersonal_retaliation_from_a_capital():
    doc = check_events("ru", "2024-10-24", "Власти Эстонии выслали российского дипломата. В Москве пообещали ответить на этот шаг.", [EST_, RUS_, MOSCOW_],
                       [("SANCTION", "EST", "RUS", "2024-10-24"), ("THREATEN", "RUS", "EST", "2024-10-24")])
    assert all(e.location is None for e in doc.events if e.type == "THREATEN")



# Unqualified national bodies act for the dateline's country (none without a dateline); passive
# demands come from the dateline's country; a genitive actor inside the object is the target;
# a response announced by a capital threatens the side that acted; a phone call has no venue.
DATELINE_ROWS = [
    ('ru', '2024-10-24',
     'МОСКВА – МИД во вторник осудил удар Израиля по школе в Газе.',
     [('ACCUSE', 'RUS', 'ISR', '2024-10-22', 'Moscow')]),
    ('ru', '2024-10-24',
     'МИД во вторник осудил удар Израиля по школе в Газе.',
     []),
    ('ru', '2024-10-24',
     'МОСКВА – От Ирана потребовали освободить задержанных моряков.',
     [('REQUEST', 'RUS', 'IRN', '2024-10-24', 'Moscow')]),
    ('ru', '2024-10-24',
     'МОСКВА – Президент России Владимир Путин провел телефонный разговор с президентом Франции Эммануэлем Макроном. Стороны договорились продолжить контакты, сообщили в Кремле.',
     [('CONSULT', 'RUS', 'FRA', '2024-10-24', None), ('AGREE', 'RUS', 'FRA', '2024-10-24', None)]),
]


@pytest.mark.parametrize("lang,published,text,expected", DATELINE_ROWS)
def test_dateline_bodies_passive_demands_and_responses(lang, published, text, expected):
    check_extracted(lang, published, text, expected)


GEO_ = ("country", "GEO", ["Грузии", "Грузия"])
USA_ = ("country", "USA", ["США"])
VEN_ = ("country", "VEN", ["Венесуэлы", "Венесуэла"])
EU_ = ("org", "EU", ["Евросоюз"])

# An act its actor says it will do: a cooperative one is an intent, a coercive one a threat
# (plover.toml `promised`); a possibility is none. Lifting sanctions done is a retreat.
FUTURE_ROWS = [
    ("ru", "2024-05-10", "Россия готова снять санкции с Грузии.",
     [RUS, GEO_], [("AGREE", "RUS", "GEO", "2024-05-10")]),
    ("ru", "2024-05-10", "Евросоюз намерен ввести новые санкции против России.",
     [EU_, RUS], [("THREATEN", "EU", "RUS", "2024-05-10")]),
    ("ru", "2024-05-10", "США в четверг сняли санкции с Венесуэлы.",
     [USA_, VEN_], [("RETREAT", "USA", "VEN", "2024-05-09")]),
    ("ru", "2024-05-10", "Россия может снять санкции с Грузии.", [RUS, GEO_], []),
]

test_future = table(check_events, FUTURE_ROWS)
