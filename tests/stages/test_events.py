"""The events stage: behaviour across languages, the example article, and the scorer."""

from __future__ import annotations

import json

import pytest

from legation import resources
from legation.document import PLOVER_TYPES, Actor, Document, Event, Location
from legation.eval.score_events import score
from legation.resources.event_types import event_types
from legation.stages.events.data import language

from lang.event_rows import check_events, run_events

KAZ = ("country", "KAZ", ["Kazakhstan", "Kazakh"])
BEL = ("country", "BEL", ["Belgium", "Belgian"])
EU = ("org", "EU", ["European Union", "EU"])
BRUSSELS = ("place", "Brussels:BEL:2800866", ["Brussels"])


@pytest.mark.parametrize("lang", resources.supporting("full"))
def test_every_plover_type_has_triggers_in_every_language(lang):
    assert language(lang).trigger_count > 50
    listed = {g["type"] for g in resources.load(lang, "events")["triggers"] if g.get("words")}
    assert listed == set(PLOVER_TYPES), (lang, set(PLOVER_TYPES) - listed)


def test_word_order_is_data():
    """Whether an actor after the verb is its object is data (a required key), not a list of languages in code."""
    assert language("es").subject_before_verb and not language("de").subject_before_verb


def test_plover_table_covers_every_type_with_cameo_and_intensity():
    table = event_types()
    assert set(table) == set(PLOVER_TYPES)
    assert all(info.cameo.isdigit() and -10 <= info.intensity <= 10 for info in table.values())


def test_one_event_per_type_pair_and_day_keeps_every_sentence():
    text = ("Kazakhstan and Belgium held talks in Brussels on Friday. The talks covered energy. "
            "Kazakh and Belgian diplomats met again on Friday to close the round.")
    doc = run_events("en", "2024-10-24", text, [KAZ, BEL, BRUSSELS])
    (event,) = doc.events
    assert len(event.mentions) == 3 and event.evidence.sentence == 0
    assert event.date == "2024-10-18" and "energy" in event.topics


def test_undated_headline_joins_the_dated_report():
    text = ("Kazakhstan and Belgium hold political consultations\n"
            "Kazakhstan and Belgium held political consultations in Brussels on October 18.")
    doc = run_events("en", "2024-10-24", text, [KAZ, BEL, BRUSSELS])
    assert [(e.type, e.date) for e in doc.events] == [("CONSULT", "2024-10-18")]


def test_background_negation_and_plans_give_no_event():
    text = ("Kazakhstan signed a memorandum with Belgium in 2015. "
            "Kazakhstan has not signed the protocol with Belgium. "
            "Kazakhstan plans to sign an agreement with Belgium.")
    check_events("en", "2024-10-24", text, [KAZ, BEL], [])


def test_invitation_is_agree_even_for_a_future_visit():
    text = "Kazakhstan invited Belgium to attend the summit next year."
    check_events("en", "2024-10-24", text, [KAZ, BEL], [("AGREE", "KAZ", "BEL", "2024-10-24")])


def test_trade_statistics_alone_give_no_event():
    text = ("Trade between Kazakhstan and Belgium rose 12% in 2023 to $1.2 billion. "
            "Belgium is Kazakhstan's fifth-largest trading partner in the European Union.")
    check_events("en", "2024-10-24", text, [KAZ, BEL, EU], [])


def test_example_article(example_path):
    text = example_path.read_text(encoding="utf-8")
    entities = [("country", "KAZ", ["Qazaxıstan"]), ("country", "BEL", ["Belçika"]),
                ("place", "Brussels:BEL:2800866", ["Brüssel"]),
                ("org", "EU", ["Avropa İttifaqı", "Aİ"]), ("org", "UN", ["BMT"]), ("org", "OSCE", ["ATƏT"]),
                ("person", "KAZ", ["Roman Vassilenko", "Vassilenko"]),
                ("person", "BEL", ["Jeroen Cooreman", "Cooreman"])]
    doc = run_events("az", "2024-10-24", text, entities)
    consults = [e for e in doc.events if e.type == "CONSULT"]
    assert len(consults) == 1
    (talks,) = consults
    assert {talks.source.code, talks.target.code} == {"KAZ", "BEL"}
    assert talks.date == "2024-10-18" and talks.date_precision == "day"
    assert talks.location is not None and talks.location.name == "Brussels"
    assert talks.round == 5
    assert {"energy", "transport", "finance"} <= set(talks.topics)
    assert all({e.source.code, e.target.code} == {"KAZ", "BEL"} for e in doc.events)
    json.dumps([e.to_dict() for e in doc.events])


def _event(kind: str, source: str, target: str, date: str, location: Location | None = None,
           round_: int | None = None) -> Event:
    return Event(id="v1", type=kind, source=Actor(source), target=Actor(target), date=date,
                 location=location, round=round_)


def test_scorer_matches_unordered_pairs_and_reports_direction_location_round():
    case = {"events": [
        {"type": "CONSULT", "source": "KAZ", "target": "BEL", "date": "2024-10-18",
         "location": {"name": "Brussels", "country": "BEL"}, "round": 5},
        {"type": "ACCUSE", "source": "RUS", "target": "DEU", "date": "2024-10-22", "location": None, "round": None},
    ]}
    doc = Document(events=[
        _event("CONSULT", "BEL", "KAZ", "2024-10-18", Location("Brussels", "BEL"), 5),
        _event("ACCUSE", "DEU", "RUS", "2024-10-22"),
        _event("SANCTION", "RUS", "DEU", "2024-10-22"),
    ])
    s = score(case, doc)
    assert (s["events"].tp, s["events"].fp, s["events"].fn) == (2, 1, 0)
    assert (s["events_direction"].hits, s["events_direction"].total) == (1, 2)
    assert s["events_location"].value == 1.0 and s["events_round"].value == 1.0
    assert "no_event_cases" not in s


def test_scorer_counts_articles_without_events():
    s = score({"events": []}, Document(events=[_event("AID", "USA", "AFG", "2022-06-28")]))
    assert s["no_event_cases"].value == 0.0 and s["events"].fp == 1


def test_scorer_accepts_another_spelling_of_the_same_city():
    case = {"events": [{"type": "CONSULT", "source": "KAZ", "target": "AZE", "date": "2025-03-11",
                        "location": {"name": "Baku", "country": "AZE"}, "round": None}]}
    doc = Document(events=[_event("CONSULT", "KAZ", "AZE", "2025-03-11", Location("Bakou", "AZE"))])
    assert score(case, doc)["events_location"].value == 1.0
    doc.events[0].location = Location("Ganja", "AZE")
    assert score(case, doc)["events_location"].value == 0.0


def test_pledged_aid_counts_and_the_rejecting_side_acts():
    # Aid only said to be coming is an offer of it (AGREE, CAMEO 033 "express intent to provide aid").
    text = ("Belgium will provide humanitarian aid to Kazakhstan, the minister said on Monday. "
            "Kazakhstan rejected the offer.")
    check_events("en", "2024-10-24", text, [KAZ, BEL],
                 [("AGREE", "BEL", "KAZ", "2024-10-21"), ("REJECT", "KAZ", "BEL", "2024-10-21")])


VENUES = [
    # A building as the only venue, or none at all, under a dateline: the dateline's city.
    ("de", "BERLIN – Bundeskanzler Olaf Scholz hat am Dienstag den polnischen Präsidenten Andrzej Duda "
           "im Kanzleramt empfangen.", ("POL", "DEU", "Berlin")),
    ("en", "WASHINGTON – President Joe Biden hosted Polish President Andrzej Duda at the White House on Tuesday.",
     ("POL", "USA", "Washington")),
    ("ru", "МОСКВА. Президент России Владимир Путин во вторник принял в Кремле президента Казахстана "
           "Касым-Жомарта Токаева.", ("KAZ", "RUS", "Moscow")),
    ("kk", "АСТАНА. Қазақстан Президенті Қасым-Жомарт Тоқаев сейсенбі күні Ақордада Қырғызстан Президенті "
           "Садыр Жапаровты қабылдады.", ("KGZ", "KAZ", "Astana")),
    ("fr", "PARIS – Le président Emmanuel Macron a reçu mardi à l'Élysée le président du Kazakhstan, "
           "Kassym-Jomart Tokaïev.", ("KAZ", "FRA", "Paris")),
    ("tr", "ANKARA – Cumhurbaşkanı Recep Tayyip Erdoğan, Azerbaycan Cumhurbaşkanı İlham Aliyev ile Salı günü görüştü.",
     ("AZE", "TUR", "Ankara")),
    # Without a dateline the building stands for its country's capital.
    ("de", "Bundeskanzler Olaf Scholz hat am Dienstag den polnischen Präsidenten Andrzej Duda im Kanzleramt empfangen.",
     ("POL", "DEU", "Berlin")),
    ("az", "Azərbaycan Prezidenti İlham Əliyev oktyabrın 22-də Ak Ordada Qazaxıstan Prezidenti "
           "Qasım-Jomart Tokayevlə görüşüb.", ("AZE", "KAZ", "Astana")),
    # A phone call has no venue, dateline or not.
    ("de", "BERLIN – Bundeskanzler Olaf Scholz hat am Dienstag mit dem polnischen Präsidenten Andrzej Duda telefoniert.",
     ("DEU", "POL", None)),
    ("en", "WASHINGTON – President Joe Biden spoke by phone with Polish President Andrzej Duda on Tuesday.",
     ("USA", "POL", None)),
]


@pytest.mark.parametrize("lang,text,expected", VENUES)
def test_a_building_or_no_venue_under_a_dateline_is_the_dateline_city(lang, text, expected):
    from legation.extract import extract

    doc = extract(text, published="2024-10-24", lang=lang)
    (talks,) = [e for e in doc.events if e.type == "CONSULT"]
    assert (talks.source.code, talks.target.code, talks.location and talks.location.name) == expected
    assert talks.date == "2024-10-22"


def test_the_dateline_locates_the_lead_not_an_earlier_act_told_later():
    from legation.extract import extract

    text = ("BERLIN – Deutschland hat am Dienstag zwei russische Diplomaten ausgewiesen. "
            "Russland hatte am Montag zwei deutsche Diplomaten ausgewiesen.")
    doc = extract(text, published="2024-10-24", lang="de")
    places = {(e.source.code, e.date): e.location and e.location.name for e in doc.events if e.type == "SANCTION"}
    assert places == {("DEU", "2024-10-22"): "Berlin", ("RUS", "2024-10-21"): None}


def test_a_dateline_city_that_also_names_its_government_still_locates_the_lead():
    from legation.extract import extract

    # "Den Haag" is also read as the Dutch government; under a dateline it is the city too.
    text = ("Nederland wijst Russische diplomaat uit\n"
            "DEN HAAG, 22 oktober. Nederland zet een Russische diplomaat het land uit.")
    doc = extract(text, published="2024-10-22", lang="nl")
    (expel,) = [e for e in doc.events if e.type == "SANCTION"]
    assert (expel.source.code, expel.target.code, expel.location and expel.location.name) == \
        ("NLD", "RUS", "The Hague")
