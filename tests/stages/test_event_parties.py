"""Who the parties of an event are and when it happened: passives with words between the
verb and its agent, and relative days under a dated dateline."""

from __future__ import annotations

import pytest

from legation.extract import extract


def _pairs(text: str, lang: str, published: str = "2024-05-10") -> set[tuple[str, frozenset[str], str | None]]:
    doc = extract(text, published=published, lang=lang)
    return {(e.type, frozenset((e.source.code, e.target.code)), e.date) for e in doc.events}


PASSIVES = [
    ("it", "La presidente del Consiglio italiana Giorgia Meloni è stata ricevuta mercoledì a Pechino dal "
           "presidente cinese Xi Jinping.", {"ITA", "CHN"}),
]


@pytest.mark.parametrize("lang,text,pair", PASSIVES)
def test_a_guest_received_by_a_host_with_a_day_between_verb_and_agent_is_a_meeting(lang, text, pair):
    assert ("CONSULT", frozenset(pair), "2024-05-08") in _pairs(text, lang)


DATELINED = [
    ("ru", "Москва, 8 мая. Президент России Владимир Путин вчера провел переговоры с президентом "
           "Казахстана Касым-Жомартом Токаевым.", "2024-05-07"),
    ("en", "MOSCOW, May 8 - Russian President Vladimir Putin held talks with Kazakh President "
           "Kassym-Jomart Tokayev yesterday.", "2024-05-07"),
    ("de", "Berlin, 8. Mai - Bundeskanzler Olaf Scholz hat am Montag den polnischen Ministerpräsidenten "
           "Donald Tusk empfangen.", "2024-05-06"),
]


@pytest.mark.parametrize("lang,text,day", DATELINED)
def test_relative_days_count_from_a_dated_dateline_before_publication(lang, text, day):
    doc = extract(text, published="2024-05-10", lang=lang)
    assert [e.date for e in doc.events if e.type == "CONSULT"] == [day]


def test_relative_days_without_a_dated_dateline_count_from_publication():
    text = "Президент России Владимир Путин вчера провел переговоры с президентом Казахстана Касым-Жомартом Токаевым."
    assert {e.date for e in extract(text, published="2024-05-10", lang="ru").events} == {"2024-05-09"}


SIDELINES = [
    ("en", "On the sidelines of the SCO summit in Astana, Chinese President Xi Jinping met Russian President "
           "Vladimir Putin on Wednesday.", {"CHN", "RUS"}),
    ("fr", "Au sommet de l'OCS à Astana, le président russe Vladimir Poutine a rencontré mercredi le président "
           "chinois Xi Jinping.", {"RUS", "CHN"}),
    ("ru", "В среду на полях саммита ШОС в Астане президент России Владимир Путин встретился с председателем "
           "КНР Си Цзиньпином.", {"RUS", "CHN"}),
    ("tr", "Cumhurbaşkanı Recep Tayyip Erdoğan, çarşamba günü ŞİÖ zirvesi marjında Astana'da Rusya Devlet "
           "Başkanı Vladimir Putin ile görüştü.", {"TUR", "RUS"}),
    ("de", "Am Rande des NATO-Gipfels in Washington traf Bundeskanzler Olaf Scholz am Mittwoch den "
           "polnischen Ministerpräsidenten Donald Tusk.", {"DEU", "POL"}),
]


@pytest.mark.parametrize("lang,text,pair", SIDELINES)
def test_a_meeting_on_a_summits_sidelines_is_between_its_two_sides_not_the_summits_organisation(lang, text, pair):
    assert _pairs(text, lang) == {("CONSULT", frozenset(pair), "2024-05-08")}
