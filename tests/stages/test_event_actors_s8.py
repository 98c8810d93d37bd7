"""Issue 13, PLOVER measure: who the actors are and which way round. Texts written for these
tests from reported happenings (the kinds, not any gold sentence)."""

import pytest

from legation import extract


def _events(text: str, lang: str = "en", published: str = "2024-05-20") -> set[tuple[str, str, str]]:
    doc = extract(text, published=published, lang=lang)
    return {(e.type, e.source.code, e.target.code) for e in doc.events}


# --- An ethnic group belongs to the country it lives in, not the state of its name ---------------

@pytest.mark.parametrize(("lang", "text", "expected", "wrong"), [
    # Osh, June 2010: Uzbeks of southern Kyrgyzstan protested against the interim government.
    ("en", "Hundreds of ethnic Uzbeks in Kyrgyzstan rallied on Monday against the interim government.",
     ("PROTEST", "KGZ", "KGZ"), "UZB"),
    # Presevo valley, 2001: Serbian police and ethnic Albanian fighters.
    ("en", "Serbian police killed two ethnic Albanians in a clash near Presevo in southern Serbia on Friday.",
     ("ASSAULT", "SRB", "SRB"), "ALB"),
    # Slovakia's 2009 language law, protested by its Hungarian minority.
    ("en", "The Hungarians of southern Slovakia demanded on Saturday that Slovakia's parliament repeal the "
           "language law.", ("REQUEST", "SVK", "SVK"), "HUN"),
    # Sweden, 1989: ethnic Turks from Bulgaria on hunger strike against deportation back to Bulgaria.
    ("en", "About 200 ethnic Turks began a hunger strike on Monday to protest against Sweden's decision to "
           "send them back to Bulgaria.", ("PROTEST", "SWE", "SWE"), "TUR"),
    # Kazakhstan: ethnic Germans' rallies against the authorities, 1990s.
    ("ru", "Этнические немцы в Казахстане провели акцию протеста против властей.",
     ("PROTEST", "KAZ", "KAZ"), "DEU"),
])
def test_an_ethnic_group_is_of_the_country_it_lives_in(lang: str, text: str, expected: tuple[str, str, str],
                                                      wrong: str) -> None:
    found = _events(text, lang)
    assert expected in found, found
    assert not any(wrong in (s, t) for _, s, t in found), found


def test_a_people_named_with_a_state_it_struggles_against_keeps_its_name() -> None:
    """"the rights of Palestinians in their struggle against Israel": no resident link to Israel."""
    found = _events("Saudi Arabia pledged on Thursday to support the rights of Palestinians in their struggle "
                    "against Israel.")
    assert not any(s == t == "ISR" for _, s, t in found), found
    russians = _events("Russian troops in Syria shelled rebel positions near Idlib on Tuesday.")
    assert all(s == "RUS" for t, s, _ in russians if t == "ASSAULT"), russians


# --- One-sided acts: an official resigns, demands elections; the target is the actor's own state --

@pytest.mark.parametrize(("lang", "text", "expected"), [
    # Colombo, 9 May 2022.
    ("en", "Sri Lankan Prime Minister Mahinda Rajapaksa resigned on Monday.", ("RETREAT", "LKA", "LKA")),
    ("fr", "Le Premier ministre sri-lankais Mahinda Rajapaksa a démissionné lundi.", ("RETREAT", "LKA", "LKA")),
    ("ru", "Премьер-министр Шри-Ланки Махинда Раджапакса в понедельник ушел в отставку.", ("RETREAT", "LKA", "LKA")),
    # Pakistan, after the no-confidence vote of April 2022.
    ("en", "Former Pakistani prime minister Imran Khan demanded early elections on Saturday.",
     ("REQUEST", "PAK", "PAK")),
    ("ru", "Бывший премьер-министр Пакистана Имран Хан в субботу потребовал досрочных выборов.",
     ("REQUEST", "PAK", "PAK")),
])
def test_a_one_sided_act_of_an_official_is_domestic(lang: str, text: str, expected: tuple[str, str, str]) -> None:
    doc = extract(text, published="2024-05-20", lang=lang)
    found = {(e.type, e.source.code, e.target.code): e.domestic for e in doc.events}
    assert found.get(expected) is True, found


def test_a_country_acting_alone_is_no_domestic_act() -> None:
    """A country named alone acts towards a side the sentence left out: no act of it on itself."""
    found = _events("Denmark accepted the compromise on Friday. Russia demanded an explanation.")
    assert not any(s == t for _, s, t in found), found
