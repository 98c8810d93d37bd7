"""Who is a party and who is not: the host or mediator of others' talks, where a traveller came
from, a currency's country or a third country inside what two sides agreed."""

from __future__ import annotations

import pytest

from legation.extract import extract


def _pairs(text: str, lang: str, published: str) -> set[tuple[str, frozenset[str]]]:
    doc = extract(text, published=published, lang=lang)
    return {(e.type, frozenset((e.source.code, e.target.code))) for e in doc.events}


# Saudi Arabia and Iran agreed to restore relations after talks in Beijing (10 March 2023).
HOSTED = [
    ("ru", "Саудовская Аравия и Иран в пятницу договорились восстановить дипломатические отношения после "
           "переговоров в Пекине при посредничестве Китая."),
    ("ar", "اتفقت السعودية وإيران يوم الجمعة على استئناف العلاقات الدبلوماسية بعد محادثات استضافتها الصين في بكين."),
    ("en", "Saudi Arabia and Iran agreed on Friday to restore diplomatic relations after talks hosted by China "
           "in Beijing."),
    ("uk", "Саудівська Аравія та Іран у п'ятницю домовилися відновити дипломатичні відносини після переговорів "
           "у Пекіні за посередництва Китаю."),
]


@pytest.mark.parametrize("lang,text", HOSTED)
def test_the_host_of_others_talks_consults_each_side_and_is_no_party_of_their_agreement(lang, text):
    pairs = _pairs(text, lang, "2023-03-10")
    assert {("CONSULT", frozenset({"SAU", "IRN"})), ("CONSULT", frozenset({"CHN", "SAU"})),
            ("CONSULT", frozenset({"CHN", "IRN"})), ("AGREE", frozenset({"SAU", "IRN"}))} <= pairs
    assert not any(t != "CONSULT" and "CHN" in pair for t, pair in pairs)


def test_talks_named_without_a_host_stay_the_two_sides_own():
    text = "Саудовская Аравия и Иран в пятницу договорились восстановить дипломатические отношения."
    assert not any("CHN" in pair for _, pair in _pairs(text, "ru", "2023-03-10"))


# A journalist detained on arrival at a Moscow airport; an opposition figure detained in Minsk.
ORIGINS = [
    ("ru", "В четверг в московском аэропорту задержан мужчина, прилетевший из Берлина.", "DEU"),
    ("ru", "Прилетевший из Германии журналист был задержан в четверг в аэропорту Шереметьево.", "DEU"),
    ("en", "Police at Vnukovo airport detained a man who had flown in from Berlin on Thursday.", "DEU"),
    ("ru", "Полиция задержала в аэропорту Минска оппозиционера, вернувшегося из Литвы.", "LTU"),
]


@pytest.mark.parametrize("lang,text,origin", ORIGINS)
def test_where_a_traveller_came_from_is_no_party_of_what_was_done_on_arrival(lang, text, origin):
    doc = extract(text, published="2024-06-13", lang=lang)
    assert not any(origin in (e.source.code, e.target.code) for e in doc.events)
    assert all(e.location is None or e.location.country != origin for e in doc.events)


# Russia and Iran agreed to trade in national currencies (December 2023); Brazil and China (March 2023).
CURRENCIES = [
    ("es", "Rusia e Irán acordaron el martes comerciar en monedas nacionales en lugar del dólar estadounidense.",
     {"RUS", "IRN"}),
    ("en", "Russia and Iran agreed on Tuesday to trade in national currencies instead of the US dollar.",
     {"RUS", "IRN"}),
    ("ru", "Россия и Иран во вторник договорились торговать в национальных валютах вместо доллара США.",
     {"RUS", "IRN"}),
    ("es", "Brasil y China acordaron el miércoles comerciar en yuanes y reales, dejando de lado el dólar "
           "estadounidense.", {"BRA", "CHN"}),
]


@pytest.mark.parametrize("lang,text,pair", CURRENCIES)
def test_a_currency_named_in_what_two_sides_agreed_gives_no_third_party(lang, text, pair):
    assert _pairs(text, lang, "2023-12-12") == {("AGREE", frozenset(pair))}


def test_a_third_country_inside_what_two_sides_agreed_is_no_party():
    text = "Rusia y China acordaron el martes contrarrestar la influencia de Estados Unidos en Asia Central."
    assert _pairs(text, "es", "2023-12-12") == {("AGREE", frozenset({"RUS", "CHN"}))}


def test_a_country_that_agrees_with_another_named_after_the_verb_keeps_it():
    text = "Turkey agreed on Tuesday with Sweden to lift its objections to Stockholm's NATO bid."
    assert ("AGREE", frozenset({"TUR", "SWE"})) in _pairs(text, "en", "2023-07-11")
