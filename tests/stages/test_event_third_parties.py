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


# EU leaders agreed the Ukraine Facility on 1 February 2024; Zelensky thanked the Union.
def test_the_union_agreeing_a_facility_for_ukraine_is_its_aid():
    text = ("Лідери ЄС на саміті в четвер погодили створення Механізму для України обсягом 50 мільярдів євро. "
            "Президент Володимир Зеленський подякував Євросоюзу за рішення.")
    doc = extract(text, published="2024-02-01", lang="uk")
    found = {(e.type, e.source.code, e.target.code) for e in doc.events}
    assert {("AID", "EU", "UKR"), ("SUPPORT", "UKR", "EU")} <= found


# EU summits in Brussels deciding on Ukraine's accession talks (14 December 2023).
ABOUT = [
    ("hu", "Az EU-csúcs csütörtökön Ukrajnáról tárgyalt Brüsszelben."),
    ("hu", "Az Európai Tanács csütörtökön megállapodott arról, hogy megkezdi a csatlakozási tárgyalásokat "
           "Ukrajnával és Moldovával."),
    ("ru", "Лидеры ЕС на саммите в Брюсселе в четверг говорили об Украине."),
]


@pytest.mark.parametrize("lang,text", ABOUT)
def test_a_summit_deciding_about_a_country_that_did_not_attend_is_no_meeting_or_agreement_with_it(lang, text):
    doc = extract(text, published="2023-12-14", lang=lang)
    assert not [e for e in doc.events if e.type in ("CONSULT", "AGREE")]


def test_two_sides_who_talked_about_a_third_country_met_each_other():
    text = "Путин и Эрдоган в четверг провели переговоры об Украине."
    assert _pairs(text, "ru", "2023-12-14") == {("CONSULT", frozenset({"RUS", "TUR"}))}


# Georgians protested after the government suspended EU accession talks (28-29 November 2024).
def test_a_protest_against_the_governments_step_abroad_is_against_the_government():
    text = ("Thousands of Georgians rallied in Tbilisi on Friday against the government's decision to suspend "
            "European Union accession talks. Police used water cannon and tear gas against the protesters.")
    doc = extract(text, published="2024-11-29", lang="en")
    home = [e for e in doc.events if e.type in ("PROTEST", "COERCE")]
    assert {e.type for e in home} == {"PROTEST", "COERCE"}
    assert all(e.source.code == e.target.code == "GEO" for e in home)
    assert not any("EU" in (e.source.code, e.target.code) and e.type in ("PROTEST", "COERCE", "SANCTION")
                   for e in doc.events)


def test_a_protest_against_a_foreign_state_keeps_it_as_the_target():
    text = "Thousands of Georgians rallied in Tbilisi on Friday against Russia."
    doc = extract(text, published="2024-11-29", lang="en")
    assert {(e.type, e.target.code) for e in doc.events} == {("PROTEST", "RUS")}


# Orbán's trip of July 2024: Kyiv on 2 July, Moscow on 5 July, Beijing on 8 July.
LEGS = [
    ("hu", "Orbán Viktor kedden Kijevbe látogatott, ahol Volodimir Zelenszkij ukrán elnökkel tárgyalt. "
           "A kormányfő pénteken Moszkvába utazott, ahol Putyinnal találkozott. "
           "Hétfőn Pekingbe repült, ahol Hszi Csin-pinggel tárgyalt."),
    ("en", "Hungarian Prime Minister Viktor Orban visited Kyiv on Tuesday for talks with Ukrainian President "
           "Volodymyr Zelensky. On Friday he travelled to Moscow. On Monday he flew to Beijing for talks."),
]


@pytest.mark.parametrize("lang,text", LEGS)
def test_each_leg_of_a_trip_is_a_meeting_of_the_traveller_with_its_host(lang, text):
    doc = extract(text, published="2024-07-08", lang=lang)
    met = {(e.source.code, e.target.code, e.date, e.location.name if e.location else None)
           for e in doc.events if e.type == "CONSULT"}
    assert met == {("HUN", "UKR", "2024-07-02", "Kyiv"), ("HUN", "RUS", "2024-07-05", "Moscow"),
                   ("HUN", "CHN", "2024-07-08", "Beijing")}


# CSTO peacekeepers to Kazakhstan (6 January 2022), announced by Armenia's prime minister, who chaired
# the alliance's council.
def test_an_alliances_help_goes_where_it_was_sent_not_to_the_country_of_its_chair():
    text = ("ҰҚШҰ Ұжымдық қауіпсіздік кеңесінің төрағасы, Армения премьер-министрі Никол Пашинян Қазақстанға "
            "бітімгершілік күштер жіберілетінін мәлімдеді.")
    doc = extract(text, published="2022-01-06", lang="kk")
    assert {(e.type, e.source.code, e.target.code) for e in doc.events if e.type == "AID"} == {("AID", "CSTO", "KAZ")}
